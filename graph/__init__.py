"""newsgraph: knowledge graphs of who accuses, denies, demands and claims what in news.

The stages are plain modules: ``ingest`` (articles and offsets), ``nlp`` (the spaCy pipeline),
``extract`` (statements, actors, events), ``records`` (the statement contract), ``rdf`` (the graph),
``store``, ``query``, ``views``, ``analytics``, ``eval`` and ``engine``; ``cli`` is a thin layer over them.
"""

__all__ = ["__version__"]

__version__ = "0.1.0"
