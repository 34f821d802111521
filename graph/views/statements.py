"""The statements view: every statement as a node, beside its speaker, in response chains.

Statements are boxes coloured by type, labelled "Russia denies" and the start of what was said.
Columns run left to right: an accusation, then the denial that answers it, then the counter-accusation
that answers the denial, each with its speaker just to its left. A link from a statement to a later
one means "is answered by"; the tooltip says who responds to whom.

A statement's column is ``2 * depth + 1``, where ``depth`` is the length of the longest chain of
answers behind it; a speaker sits one column left of its leftmost statement. vis-network's
hierarchical layout orders small graphs; big ones get the same columns from ``layered_layout``.
"""

from __future__ import annotations

from typing import Any

from .data import GraphData, StatementInfo
from .layout import PHYSICS_LIMIT, layered_layout
from .page import LegendEntry, Page, new_network, statement_table
from .style import KIND_SHAPES, NO_SIDE_COLOR, STATEMENT_TYPES, TYPE_STYLES, side_colors

__all__ = ["statements_page", "statement_depths"]

SAYS_COLOR = "#9a9a9a"
LABEL_CHARS = 38  # of the content shown under "Russia denies"


def statements_page(data: GraphData) -> Page:
    """Build the statements page from the graph's data."""
    rows, index = statement_table(data)
    depths = statement_depths(data.statements)
    levels: dict[str, int] = {s.iri: 2 * depths[s.iri] + 1 for s in data.statements}
    for statement in data.statements:
        speaker_level = levels[statement.iri] - 1
        levels[statement.speaker] = min(levels.get(statement.speaker, speaker_level), speaker_level)
    speakers = sorted({s.speaker for s in data.statements}, key=lambda iri: (data.actor_label(iri), iri))

    says = [(s.speaker, s.iri) for s in data.statements]
    answers = [(answered, s.iri) for s in data.statements for answered in s.responds_to if answered in index]
    large = len(levels) > PHYSICS_LIMIT
    positions = layered_layout(_ordered_levels(levels, data, speakers), says + answers) if large else {}

    colors = side_colors(data.actors[iri].side for iri in data.actors)
    net = new_network()
    for iri in speakers:
        actor = data.actors.get(iri)
        _add(net, iri, positions, large, levels[iri], {
            "label": data.actor_label(iri),
            "shape": KIND_SHAPES.get(actor.kind if actor else "group", "dot"),
            "size": 14,
            "color": colors.get(actor.side if actor else None, NO_SIDE_COLOR),
            "ng": {"head": data.actor_label(iri), "search": data.actor_label(iri),
                   "lines": [f"speaks for {actor.side}"] if actor and actor.side else [],
                   "stmts": [index[s.iri] for s in data.statements if s.speaker == iri]},
        })
    for statement in data.statements:
        number = index[statement.iri]
        style = TYPE_STYLES[statement.type]
        title = f"{data.actor_label(statement.speaker)} {style.verb}"
        _add(net, statement.iri, positions, large, levels[statement.iri], {
            "label": f"{title}\n{_short(statement.content or statement.sentence or '')}".strip(),
            "shape": "box",
            "color": {"background": style.color, "border": style.color},
            "font": {"color": "#ffffff"},
            "ng": {"type": statement.type, "stmts": [number], "filter": "stmts",
                   "search": f"{title}: {statement.content or statement.sentence or ''}"},
        })

    for number, (speaker, iri) in enumerate(says):
        statement = rows[index[iri]]
        net.add_edge(speaker, iri, id=f"s{number}", color=SAYS_COLOR, width=1, arrows="",
                     ng={"type": statement["type"], "stmts": [index[iri]], "filter": "stmts",
                         "head": f"{statement['speaker']} {TYPE_STYLES[statement['type']].verb}"})
    for number, (answered, iri) in enumerate(answers):
        answer, first = rows[index[iri]], rows[index[answered]]
        net.add_edge(answered, iri, id=f"r{number}", color=TYPE_STYLES["responds"].color, width=3,
                     ng={"type": "responds", "stmts": [index[answered], index[iri]], "filter": "stmts",
                         "head": f"{answer['speaker']} ({TYPE_STYLES[answer['type']].label}) responds to "
                                 f"{first['speaker']} ({TYPE_STYLES[first['type']].label})"})

    net.options = _options(large)
    legend = [LegendEntry(f"{TYPE_STYLES[key].label} (a statement)", TYPE_STYLES[key].color, "square")
              for key in STATEMENT_TYPES]
    legend.append(LegendEntry("speaker", "#dddddd", "dot"))
    return Page(
        file="statements.html", title="Statements",
        intro="Every statement, left of the statements that answer it: an accusation, then the denial "
              "that responds to it, then the counter-accusation. Grey lines join speakers to what they "
              "said; purple arrows go from a statement to its answer.",
        network=net, statements=rows, types=[*STATEMENT_TYPES, "responds"], legend=legend,
        search_hint="Find a speaker or statement…",
    )


def statement_depths(statements: list[StatementInfo]) -> dict[str, int]:
    """For each statement, the length of the longest chain of statements it answers (0: none).

    Links to statements not in the graph are ignored, and a cycle (which extraction should never
    make) is cut where it closes, so that every statement gets a finite depth.
    """
    answers = {s.iri: [other for other in s.responds_to] for s in statements}
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


def _add(net: Any, iri: str, positions: dict, large: bool, level: int, node: dict[str, Any]) -> None:
    if large:
        node["x"], node["y"] = positions[iri]
    else:
        node["level"] = level
    net.add_node(iri, **node)


def _ordered_levels(levels: dict[str, int], data: GraphData, speakers: list[str]) -> dict[str, int]:
    """The levels with statements first, by document and position, so columns start in reading order."""
    ordered = {s.iri: levels[s.iri] for s in sorted(data.statements, key=lambda s: (s.doc or "", s.iri))}
    ordered.update((iri, levels[iri]) for iri in speakers)
    return ordered


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def _options(large: bool) -> dict[str, Any]:
    options: dict[str, Any] = {
        "nodes": {"font": {"size": 13, "face": "system-ui, DejaVu Sans, sans-serif", "color": "#222222"},
                  "borderWidth": 1, "widthConstraint": {"maximum": 200}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "selectionWidth": 2,
                  "smooth": False if large else {"enabled": True, "type": "cubicBezier",
                                                 "forceDirection": "horizontal", "roundness": 0.4}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large},
        "physics": {"enabled": False},
    }
    if large:
        options["layout"] = {"improvedLayout": False}
    else:
        options["layout"] = {"hierarchical": {"enabled": True, "direction": "LR", "sortMethod": "directed",
                                              "levelSeparation": 240, "nodeSpacing": 70,
                                              "treeSpacing": 90, "shakeTowards": "roots"}}
    return options
