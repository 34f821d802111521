"""The overview page (``index.html``): what was built, who accuses most, who is accused most, who
accuses each other, and the way to the views and to the graph files.

A static page (no script at all): every number is counted here from the same ``GraphData`` as the
views, and every piece of text goes through Jinja2's autoescaping.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..fileio import atomic_write_text
from .data import GraphData
from .page import ASSETS, VIEWS, read_asset, template_environment
from .style import STATEMENT_TYPES, TYPE_STYLES

__all__ = ["GRAPH_FILES", "Overview", "overview", "write_index"]

TOP = 10  # rows in the "top" tables
# The files a build writes beside the pages, linked when they are there.
GRAPH_FILES = (("graph.trig", "TriG, a named graph per document"), ("graph.ttl", "Turtle, all triples"),
               ("graph.nq", "N-Quads"), ("graph.jsonld", "JSON-LD"), ("statements.jsonl", "the statement records"))
NOUNS = {"accuse": ("accusation", "accusations"), "deny": ("denial", "denials"),
         "demand": ("demand", "demands"), "claim": ("claim", "claims")}


@dataclass
class Overview:
    """The numbers and tables of the overview page."""

    documents: int = 0
    statements: int = 0
    by_type: list[dict[str, Any]] = field(default_factory=list)  # key, noun, count, color
    responses: int = 0
    actors: int = 0
    by_kind: list[str] = field(default_factory=list)  # "4 countries"...
    events: int = 0
    accusers: list[dict[str, Any]] = field(default_factory=list)  # label, side, count
    accused: list[dict[str, Any]] = field(default_factory=list)
    mutual: list[dict[str, Any]] = field(default_factory=list)  # a, b, ab, ba
    document_rows: list[dict[str, Any]] = field(default_factory=list)  # the first ones by id, when many


def overview(data: GraphData) -> Overview:
    """Count what the overview page shows (over the whole graph, also when the views draw a part)."""
    totals = data.count()
    types, accusers, accused, pairs, per_doc = (totals.types, totals.accusers, totals.accused, totals.pairs,
                                                totals.per_doc)
    kinds = Counter(actor.kind for actor in data.actors.values())

    def ranked(counter: Counter[str]) -> list[dict[str, Any]]:
        top = sorted(counter.items(), key=lambda item: (-item[1], data.actor_label(item[0]), item[0]))[:TOP]
        return [{"label": data.actor_label(iri), "side": _side(data, iri), "count": count} for iri, count in top]

    mutual = []
    for (a, b), ab in pairs.items():
        ba = pairs.get((b, a), 0)
        if ba and (data.actor_label(a), a) < (data.actor_label(b), b):
            mutual.append({"a": data.actor_label(a), "b": data.actor_label(b), "ab": ab, "ba": ba})
    mutual.sort(key=lambda row: (-(row["ab"] + row["ba"]), row["a"], row["b"]))

    listed = sorted(data.documents.values(), key=lambda d: (d.doc_id, d.iri))
    if data.listed is not None:
        listed = listed[:data.listed]  # the others were read for what the views draw
    return Overview(
        documents=totals.documents,
        statements=totals.statements,
        by_type=[{"key": key, "noun": NOUNS[key][types[key] != 1], "count": types[key],
                  "color": TYPE_STYLES[key].color}
                 for key in STATEMENT_TYPES],
        responses=totals.responses,
        actors=len(data.actors),
        by_kind=[f"{kinds[kind]} {kind if kinds[kind] == 1 else _plural(kind)}" for kind in sorted(kinds)],
        events=totals.events,
        accusers=ranked(accusers),
        accused=ranked(accused),
        mutual=mutual,
        document_rows=[{"doc_id": d.doc_id, "title": d.title, "published": d.published, "source": d.source,
                        "url": d.url if d.url and d.url.startswith(("https://", "http://")) else None,
                        "statements": per_doc[d.iri]}
                       for d in listed],
    )


def write_index(data: GraphData, out_dir: Path) -> Path:
    """Write ``out_dir/index.html``; graph files are linked when they are in ``out_dir``."""
    files = [(name, what) for name, what in GRAPH_FILES if (out_dir / name).is_file()]
    html = template_environment().get_template("index.html").render(
        stats=overview(data), views=VIEWS, files=files, css=read_asset(ASSETS / "index.css"),
    )
    path = out_dir / "index.html"
    atomic_write_text(path, html)
    return path


def _side(data: GraphData, iri: str) -> str | None:
    actor = data.actors.get(iri)
    return actor.side if actor and actor.side != actor.label else None


def _plural(kind: str) -> str:
    return "countries" if kind == "country" else f"{kind}s"
