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

``render_command`` is ``newsgraph view``: it loads a graph file (``graph.rdf.load_graph``) or an
Oxigraph store (``graph.store.open_store``) first.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Callable

import rdflib

from ..errors import NewsgraphError, UsageError
from .actors import actors_page
from .data import GraphData, read_graph
from .events import events_page
from .index import write_index
from .page import Page, write_page
from .statements import statements_page

__all__ = ["PAGES", "inline_frame", "load_dataset", "load_store", "render_command", "render_views"]

DEFAULT_GRAPH = Path("out/graph.trig")
PAGES: tuple[Callable[[GraphData], Page], ...] = (actors_page, statements_page, events_page)


def render_views(dataset: rdflib.Dataset, out_dir: Path) -> list[Path]:
    """Write the overview and the three views of ``dataset`` into ``out_dir``; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    data = read_graph(dataset)
    pages = [write_page(build(data), out_dir) for build in PAGES]
    return [write_index(data, out_dir), *pages]


def render_command(graph: Path | None, store: Path | None = None, out: Path = Path("out")) -> list[Path]:
    """``newsgraph view [GRAPH] [--store DIR] [-o OUT]``: load the graph, write the pages, say where."""
    if graph is not None and store is not None:
        raise UsageError("give a graph file or --store, not both")
    dataset = load_store(store) if store is not None else load_dataset(graph or DEFAULT_GRAPH)
    paths = render_views(dataset, out)
    print(f"wrote {len(paths)} pages: " + ", ".join(str(path) for path in paths))
    return paths


def load_dataset(path: Path) -> rdflib.Dataset:
    """A graph file as a Dataset (``graph.rdf.load_graph``), with a hint when the default is missing."""
    from ..rdf import load_graph

    if path == DEFAULT_GRAPH and not path.exists():
        raise NewsgraphError(f"{path}: no such graph file (run `newsgraph build` first, or name a graph file)")
    return load_graph(path)


def load_store(path: Path) -> rdflib.Dataset:
    """An Oxigraph store folder as a Dataset (the views read everything once, so a copy in memory)."""
    from ..rdf import to_rdflib
    from ..store import open_store

    store = open_store(path)  # read-only: a build or a writable server may hold the store
    return to_rdflib(store.quads_for_pattern(None, None, None, None))


def inline_frame(page: Path, height: int = 640) -> str:
    """An ``<iframe>`` holding a view page, for ``IPython.display.HTML(inline_frame(path))`` in a notebook.

    The page travels in ``srcdoc`` (so it shows in Jupyter, VS Code and exported notebooks alike,
    unlike a file URL) and the sandbox keeps its scripts away from the notebook's own page.
    """
    text = page.read_text(encoding="utf-8")
    # In a <div>: IPython warns about HTML that starts with "<iframe" (it suggests IFrame, a file URL).
    return (f'<div class="newsgraph-view"><iframe sandbox="allow-scripts" srcdoc="{html.escape(text, quote=True)}" '
            f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd"></iframe></div>')
