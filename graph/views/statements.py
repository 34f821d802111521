"""The statements view: every statement as a node, beside its speaker, in response chains.

Statements are boxes coloured by type, labelled "Russia denies" and the start of what was said.
Columns run left to right: an accusation, then the denial that answers it, then the counter-accusation
that answers the denial. A purple arrow from a statement to a later one means "is answered by"; grey
lines join speakers to what they said ("said by").

A statement's column is ``2 * depth + 1``, where ``depth`` is the length of the longest chain of
answers behind it; a speaker sits one column left of its leftmost statement; vis-network's
hierarchical layout orders the columns. That suits a few dozen statements. Beyond, one column would
hold hundreds of unanswered statements, so each chain of answers becomes a block of its own
(``chain_layout``), blocks fill the screen column by column, and speakers stand beside the middle of
what they said. Past a few hundred nodes the "said by" lines start hidden: they would cross everything.
"""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from typing import Any

from pyvis.network import Network

from .data import GraphData, StatementInfo
from .layout import PHYSICS_LIMIT, Positions, chain_layout
from .page import LegendEntry, Page, new_network, statement_table
from .style import KIND_SHAPES, NO_SIDE_COLOR, STATEMENT_TYPES, TYPE_STYLES, side_colors

__all__ = ["statement_depths", "statements_page"]

COLUMN_LIMIT = 40  # statements in one column above which the hierarchical layout gets too tall
LABEL_CHARS = 38  # of the content shown under "Russia denies"


def statements_page(data: GraphData) -> Page:
    """Build the statements page from the graph's data."""
    rows, index = statement_table(data)
    depths = statement_depths(data.statements)
    speakers = sorted({s.speaker for s in data.statements}, key=lambda iri: (data.actor_label(iri), iri))
    says = [(s.speaker, s.iri) for s in data.statements]
    answers = [(answered, s.iri) for s in data.statements for answered in s.responds_to if answered in index]

    levels: dict[str, int] = {s.iri: 2 * depths[s.iri] + 1 for s in data.statements}
    for statement in data.statements:
        speaker_level = levels[statement.iri] - 1
        levels[statement.speaker] = min(levels.get(statement.speaker, speaker_level), speaker_level)
    tallest = max(Counter(levels.values()).values(), default=0)
    blocks = len(levels) > PHYSICS_LIMIT or tallest > COLUMN_LIMIT
    large = len(levels) > PHYSICS_LIMIT  # too many "said by" lines to show at first
    positions = _chains(data, depths, answers) if blocks else {}

    colors = side_colors(data.actors[iri].side for iri in data.actors)
    net = new_network()
    for iri in speakers:
        actor = data.actors.get(iri)
        _add(net, iri, positions, levels[iri], {
            "label": data.actor_label(iri),
            "shape": KIND_SHAPES.get(actor.kind if actor else "group", "dot"),
            "size": 14,
            "color": colors.get(actor.side if actor else None, NO_SIDE_COLOR),
            "ng": {"head": data.actor_label(iri), "search": data.actor_label(iri),
                   "lines": [f"speaks for {actor.side}"] if actor and actor.side else [],
                   "stmts": [index[s.iri] for s in data.statements if s.speaker == iri]},
        })
    for statement in data.statements:
        style = TYPE_STYLES[statement.type]
        title = f"{data.actor_label(statement.speaker)} {style.verb}"
        _add(net, statement.iri, positions, levels[statement.iri], {
            "label": f"{title}\n{_short(statement.content or statement.sentence or '')}".strip(),
            "shape": "box",
            "color": {"background": style.color, "border": style.color},
            "font": {"color": "#ffffff"},
            "ng": {"type": statement.type, "stmts": [index[statement.iri]], "filter": "stmts",
                   "search": f"{title}: {statement.content or statement.sentence or ''}"},
        })

    for number, (speaker, iri) in enumerate(says):
        statement = rows[index[iri]]
        net.add_edge(speaker, iri, id=f"s{number}", color=TYPE_STYLES["says"].color, width=1, arrows="",
                     ng={"type": "says", "stmts": [index[iri]], "filter": "stmts",
                         "head": f"{statement['speaker']} {TYPE_STYLES[statement['type']].verb}"})
    for number, (answered, iri) in enumerate(answers):
        answer, first = rows[index[iri]], rows[index[answered]]
        net.add_edge(answered, iri, id=f"r{number}", color=TYPE_STYLES["responds"].color, width=3,
                     ng={"type": "responds", "stmts": [index[answered], index[iri]], "filter": "stmts",
                         "head": f"{answer['speaker']} ({TYPE_STYLES[answer['type']].label}) responds to "
                                 f"{first['speaker']} ({TYPE_STYLES[first['type']].label})"})

    net.options = _options(blocks, large)
    legend = [LegendEntry(f"{TYPE_STYLES[key].label} (a statement)", TYPE_STYLES[key].color, "square")
              for key in STATEMENT_TYPES]
    legend.append(LegendEntry("speaker", "#dddddd", "dot"))
    return Page(
        file="statements.html", title="Statements",
        intro="Every statement, left of the statements that answer it: an accusation, then the denial "
              "that responds to it, then the counter-accusation. Grey lines join speakers to what they "
              "said; purple arrows go from a statement to its answer."
              + (" With this many statements the speaker links start hidden: tick “said by”, or search "
                 "for a speaker to light up what it said." if large else ""),
        network=net, statements=rows, types=[*STATEMENT_TYPES, "responds", "says"],
        hidden_types={"says"} if large else set(), legend=legend,
        search_hint="Find a speaker or statement…",
    )


def statement_depths(statements: list[StatementInfo]) -> dict[str, int]:
    """For each statement, the length of the longest chain of statements it answers (0: none).

    Links to statements not in the graph are ignored, and a cycle (which extraction should never
    make) is cut where it closes, so that every statement gets a finite depth.
    """
    answers = {s.iri: list(s.responds_to) for s in statements}
    depths: dict[str, int] = {}

    def depth(iri: str, open_: set[str]) -> int:
        if iri in depths:
            return depths[iri]
        open_.add(iri)
        found = 0
        for other in answers[iri]:
            if other in answers and other not in open_:
                found = max(found, depth(other, open_) + 1)
        open_.discard(iri)
        depths[iri] = found
        return found

    for statement in statements:
        depth(statement.iri, set())
    return depths


def _add(net: Network, iri: str, positions: Positions, level: int, node: dict[str, Any]) -> None:
    """A node placed by ``positions`` when there are any, else by vis-network's hierarchical layout."""
    if positions:
        node["x"], node["y"] = positions[iri]
    else:
        node["level"] = level
    net.add_node(iri, **node)


def _chains(data: GraphData, depths: dict[str, int], answers: list[tuple[str, str]]) -> Positions:
    """Chains of answers as blocks (``chain_layout``); each speaker left of the middle of its statements.

    A speaker of statements all over the page has no good place; the middle keeps its links short on
    average, and they start hidden anyway.
    """
    ordered = sorted(data.statements, key=lambda s: (s.doc or "", s.iri))
    positions = chain_layout({s.iri: depths[s.iri] for s in ordered}, answers)
    said: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for statement in data.statements:
        said[statement.speaker].append(positions[statement.iri])
    for speaker, points in sorted(said.items()):
        nudge = zlib.crc32(speaker.encode()) % 97  # keeps speakers with the same middle apart
        positions[speaker] = (round(sum(x for x, _ in points) / len(points) - 130.0, 1),
                              round(sum(y for _, y in points) / len(points) + nudge, 1))
    return positions


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def _options(blocks: bool, large: bool) -> dict[str, Any]:
    options: dict[str, Any] = {
        "nodes": {"font": {"size": 13, "face": "system-ui, DejaVu Sans, sans-serif", "color": "#222222"},
                  "borderWidth": 1, "widthConstraint": {"maximum": 200}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "selectionWidth": 2,
                  "smooth": False if blocks else {"enabled": True, "type": "cubicBezier",
                                                  "forceDirection": "horizontal", "roundness": 0.4}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large},
        "physics": {"enabled": False},
    }
    if blocks:
        options["layout"] = {"improvedLayout": False}
    else:
        options["layout"] = {"hierarchical": {"enabled": True, "direction": "LR", "sortMethod": "directed",
                                              "levelSeparation": 240, "nodeSpacing": 70,
                                              "treeSpacing": 90, "shakeTowards": "roots"}}
    return options
