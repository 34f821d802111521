"""The HTML views: an overview page and three interactive networks, readable offline.

``render_views(dataset, out_dir)`` writes into ``out_dir``:

- ``index.html``: counts, top accusers, most accused, mutual accusations, links (``index.py``);
- ``actors.html``: who accuses, denies, demands and responds to whom (``actors.py``);
- ``statements.html``: statements and their chains of answers, left to right (``statements.py``);
- ``events.html``: events in time order and the statements about them (``events.py``).

Each view module turns ``GraphData`` (read by SPARQL in ``data.py``) into a ``Page``; ``page.py``
writes pages around pyvis's nodes and edges with filters, search and tooltips (``assets/view.js``),
and ``layout.py`` places the nodes of big graphs. Pages are written atomically, one file each, with
vis-network inside, so they open from disk, in a notebook or on a machine without network.

The views read the graph with SPARQL (``data.py``), from an Oxigraph store (the one a build wrote,
or a graph file loaded into a scratch one on disk: ``render_file``) or an rdflib graph. A build
reads the same from the view notes its documents left in its cache (``data.read_notes``), which
does not grow with the corpus (``render_notes``).
``render_command`` is ``newsgraph view``: it opens the store or loads the file first, or, for a graph
file that a build wrote and whose cache still describes it, reads that build's view notes
(``cache.build_notes``), as the build did. Network pages draw at most
``limit`` statements (``data.read_graph``: chains of answers first, then the most recent) and say
so; the overview counts everything.
"""

from __future__ import annotations

import html
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from ..errors import NewsgraphError, UsageError
from ..rdf import collector_paused
from .actors import actors_page
from .data import GraphData, GraphSource, read_graph, read_notes
from .events import events_page
from .index import write_index
from .page import Page, write_page
from .statements import statements_page

__all__ = ["PAGES", "VIEW_LIMIT", "inline_frame", "load_dataset", "load_store", "render_command", "render_file",
           "render_notes", "render_views", "write_pages"]

DEFAULT_GRAPH = Path("out/graph.trig")
PAGES: tuple[Callable[[GraphData], Page], ...] = (actors_page, statements_page, events_page)
VIEW_LIMIT = 5000  # statements (and events) one network page draws; a browser stays quick below this


def render_views(source: GraphSource, out_dir: Path, *, limit: int = VIEW_LIMIT) -> list[Path]:
    """Write the overview and the three views of ``source`` into ``out_dir``; return their paths."""
    _check_limit(limit)
    # Drawing makes some 100,000 small dicts and lists that live until the page is written: the
    # collector would walk them again and again (0.7 of the 1.5 s that 5,000 statements take).
    with collector_paused():
        return write_pages(read_graph(source, limit=limit), out_dir)


def render_notes(notes: sqlite3.Connection, out_dir: Path, *, limit: int = VIEW_LIMIT) -> list[Path]:
    """Write the overview and the three views of a build's graph from its view notes
    (``ResultCache.view_notes``, or ``cache.build_notes`` of its graph file) into ``out_dir``."""
    _check_limit(limit)
    with collector_paused():
        return write_pages(read_notes(notes, limit=limit), out_dir)


def _check_limit(limit: int) -> None:
    if limit < 1:
        raise UsageError(f"--limit must be at least 1, not {limit}")


def write_pages(data: GraphData, out_dir: Path) -> list[Path]:
    """Write the overview and the three views of what ``data`` holds (``read_graph`` or, in a build,
    ``read_notes``) into ``out_dir``; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pages = []
    for build in PAGES:
        page = build(data)
        if data.totals is not None:
            page.intro += (f" The graph holds {data.totals.statements:,} statements and {data.totals.events:,} "
                           f"events; this page draws {len(data.statements):,} statements and "
                           f"{len(data.events):,} events: those in chains of answers first, then the most "
                           "recent. Query the graph for the rest.")
        pages.append(write_page(page, out_dir))
    return [write_index(data, out_dir), *pages]


def render_file(graph: Path, out_dir: Path, *, union: Path | None = None, limit: int = VIEW_LIMIT) -> list[Path]:
    """``render_views`` of a graph file, loaded into a scratch Oxigraph store on disk in ``out_dir``
    (``.newsgraph-views-store``) that is removed once the pages are written: in memory, a store
    takes several times the size of the graph (gigabytes for 10,000 articles). ``union`` is a
    Turtle file of the union of the graph's named graphs (a build's ``graph.ttl``), loaded as the
    default graph instead of made from the named graphs in Python (see ``rdf.load_oxigraph``)."""
    from ..rdf import load_oxigraph

    scratch = Path(out_dir) / ".newsgraph-views-store"
    shutil.rmtree(scratch, ignore_errors=True)  # a killed run's
    scratch.parent.mkdir(parents=True, exist_ok=True)
    store: ox.Store | None = None
    try:
        store = load_oxigraph(graph, ox.Store(str(scratch)), union=union)
        return render_views(store, out_dir, limit=limit)
    finally:
        store = None  # closes RocksDB before its files go
        shutil.rmtree(scratch, ignore_errors=True)


def render_command(graph: Path | None, store: Path | None = None, out: Path = Path("out"),
                   limit: int | None = None) -> list[Path]:
    """``newsgraph view [GRAPH] [--store DIR] [-o OUT]``: load the graph, write the pages, say where."""
    if graph is not None and store is not None:
        raise UsageError("give a graph file or --store, not both")
    limit = VIEW_LIMIT if limit is None else limit
    _check_limit(limit)  # before a graph file is loaded, which may take minutes
    if store is not None:
        paths = render_views(load_store(store), out, limit=limit)
    else:
        from ..cache import build_notes

        graph = _graph_file(graph or DEFAULT_GRAPH)
        notes = build_notes(graph)
        if notes is not None:  # a build's graph file, with the notes its build drew its views from
            with closing(notes):
                paths = render_notes(notes, out, limit=limit)
        else:
            paths = render_file(graph, out, limit=limit)
    print(f"wrote {len(paths)} pages: " + ", ".join(str(path) for path in paths))
    return paths


def load_dataset(path: Path) -> ox.Store:
    """A graph file in an in-memory Oxigraph store, with a hint when the default file is missing."""
    from ..rdf import load_oxigraph

    return load_oxigraph(_graph_file(path))


def _graph_file(path: Path) -> Path:
    """The graph file, with a hint when it is the default one and missing."""
    if path == DEFAULT_GRAPH and not path.exists():
        raise NewsgraphError(f"{path}: no such graph file (run `newsgraph build` first, or name a graph file)")
    return path


def load_store(path: Path) -> ox.Store:
    """An Oxigraph store folder, opened read-only (a build or a writable server may hold it)."""
    from ..store import open_store

    return open_store(path)


def inline_frame(page: Path, height: int = 640) -> str:
    """An ``<iframe>`` holding a view page, for ``IPython.display.HTML(inline_frame(path))`` in a notebook.

    The page travels in ``srcdoc`` (so it shows in Jupyter, VS Code and exported notebooks alike,
    unlike a file URL) and the sandbox keeps its scripts away from the notebook's own page.
    """
    text = page.read_text(encoding="utf-8")
    # In a <div>: IPython warns about HTML that starts with "<iframe" (it suggests IFrame, a file URL).
    return (f'<div class="newsgraph-view"><iframe sandbox="allow-scripts" srcdoc="{html.escape(text, quote=True)}" '
            f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd"></iframe></div>')
