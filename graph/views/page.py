"""One interactive page: a pyvis network plus newsgraph's filters, search, legend and details panel.

Why not pyvis's own page template (``Network.write_html``)? In pyvis 0.3.2 it loads Bootstrap from a
CDN even with ``cdn_resources="in_line"`` (WestHealth/pyvis#229, #228), prints the heading twice
(#190), its filter and select menus leave the network blank (#193), and it switches tooltips to
``innerHTML`` as soon as any node title contains the letters "href", which would let article text run
as code. So pyvis builds the nodes, edges and options (``Network.add_node``, ``add_edge``,
``get_network_data``) and this module writes the page around them:

- vis-network's script and style are copied into the page from the copy pyvis ships, so the page
  opens from disk with no network (and the Content-Security-Policy forbids any network use at all);
- the graph travels as JSON in a ``<script type="application/json">`` element, with ``<``, ``>`` and
  ``&`` written as ``\\u003c``-style escapes so that no text in it can close the element;
- tooltips and the details panel are built in the browser with ``textContent`` (``assets/view.js``),
  and every other piece of text is escaped by Jinja2's autoescaping;
- the CSP only allows the page's own scripts, by hash, so even a missed escape could not run code.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import pyvis
from pyvis.network import Network

from ..fileio import atomic_write_text
from .data import GraphData
from .style import TYPE_STYLES

__all__ = [
    "ASSETS",
    "LegendEntry",
    "Page",
    "VIEWS",
    "content_security_policy",
    "new_network",
    "read_asset",
    "render_page",
    "statement_table",
    "template_environment",
    "write_page",
]

ASSETS = Path(__file__).resolve().parent / "assets"
VIS_DIR = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
# The pages every view links to: (file, menu label).
VIEWS = (("index.html", "Overview"), ("actors.html", "Actors"), ("statements.html", "Statements"),
         ("events.html", "Events"))
TOOLTIP_LIMIT = 6  # statements listed in a tooltip; the details panel lists all of them


@dataclass(frozen=True)
class LegendEntry:
    label: str
    color: str
    shape: str = "dot"  # dot | square | diamond | triangle | box | star | line


@dataclass
class Page:
    """Everything one view page needs; the view modules fill it in, ``render_page`` writes it."""

    file: str  # "actors.html"
    title: str  # "Actors"
    intro: str  # one sentence on what the page shows and how to read it
    network: Network
    statements: list[dict[str, Any]]  # statement_table(): what tooltips list, by index
    types: list[str]  # the type keys offered as checkboxes, in order
    hidden_types: set[str] = field(default_factory=set)  # unchecked when the page opens
    legend: list[LegendEntry] = field(default_factory=list)  # what node colours and shapes mean
    axis: list[dict[str, Any]] = field(default_factory=list)  # [{"x": px, "label": "2022-11-24"}]
    search_hint: str = "Find a node…"


def new_network() -> Network:
    """A pyvis network for a view; ``cdn_resources="in_line"`` as pyvis must never fetch anything."""
    network = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    network.node_ids = _NodeIds()
    return network


class _NodeIds(list):
    """pyvis's list of node ids, with a set beside it for the look-ups pyvis makes in it.

    pyvis 0.3.2 looks every new node, and both ends of every new edge, up in a plain list
    (WestHealth/pyvis#304): adding a page's 5,000 statements took 1.2 s, growing with the square of
    their number. ``append`` is the only way pyvis adds to it.
    """

    def __init__(self) -> None:
        super().__init__()
        self._members: set[Any] = set()

    def append(self, node: Any) -> None:
        super().append(node)
        self._members.add(node)

    def __contains__(self, node: object) -> bool:
        return node in self._members


def statement_table(data: GraphData) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The statements as the browser shows them in tooltips, and the index of each by IRI.

    Every view carries this table once and refers to statements by index, so that an edge standing
    for 40 statements does not repeat their text.
    """
    rows: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for statement in data.statements:
        document = data.documents.get(statement.doc or "")
        index[statement.iri] = len(rows)
        rows.append({
            "id": statement.iri,
            "type": statement.type,
            "speaker": data.actor_label(statement.speaker),
            "targets": [data.actor_label(target) for target in statement.targets],
            "cue": statement.cue,
            "sentence": statement.sentence,
            "content": statement.content,
            "quote": statement.quote,
            "charge": statement.charge,
            "date": statement.date,
            "doc": data.doc_id(statement.doc),
            "docTitle": document.title if document else None,
        })
    return rows, index


def render_page(page: Page) -> str:
    """The page's HTML: one self-contained file."""
    nodes, edges, _heading, _height, _width, options = page.network.get_network_data()
    payload = {
        "view": page.file.removesuffix(".html"),
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options) if isinstance(options, str) else options,
        "statements": page.statements,
        "types": [{"key": key, "label": TYPE_STYLES[key].label, "color": TYPE_STYLES[key].color}
                  for key in page.types],
        "hiddenTypes": sorted(page.hidden_types),
        "axis": page.axis,
        "tooltipLimit": TOOLTIP_LIMIT,
    }
    scripts = _scripts()
    return template_environment().get_template("view.html").render(
        page=page,
        views=VIEWS,
        types=[TYPE_STYLES[key] for key in page.types],
        data_json=_script_json(payload),
        date_range=_date_range(page.statements, nodes),
        vis_css=read_asset(VIS_DIR / "vis-network.css"),
        view_css=read_asset(ASSETS / "view.css"),
        scripts=scripts,
        csp=content_security_policy(scripts),
    )


def write_page(page: Page, out_dir: Path) -> Path:
    path = out_dir / page.file
    atomic_write_text(path, render_page(page))
    return path


def content_security_policy(scripts: list[str]) -> str:
    """Nothing from the network, and no script but the page's own (by hash): no inline handlers."""
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                      for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def _script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no "</script>", no "<!--", no stray "&"."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _date_range(statements: list[dict[str, Any]], nodes: list[dict[str, Any]]) -> tuple[str, str]:
    """The first and last full date (YYYY-MM-DD) on the page, for the date inputs' bounds."""
    dates = {row["date"] for row in statements if row["date"] and not row["date"].startswith("--")}
    dates |= {date for node in nodes for date in node.get("ng", {}).get("dates", [])
              if date and not date.startswith("--")}
    return (min(dates), max(dates)) if dates else ("", "")


@lru_cache(maxsize=None)
def read_asset(path: Path) -> str:
    """An asset's text, checked to be safe to write inside a <script> or <style> element."""
    text = path.read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():
        raise ValueError(f"{path} cannot be inlined: it would close its own element")
    return text


def _scripts() -> list[str]:
    return [read_asset(VIS_DIR / "vis-network.min.js"), read_asset(ASSETS / "view.js")]


@lru_cache(maxsize=None)
def template_environment() -> jinja2.Environment:
    """Jinja2 over the assets folder, escaping every value unless a template says ``|safe``."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(ASSETS)), autoescape=True,
                              undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
