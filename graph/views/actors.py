"""The actors view: who accuses, denies, demands, claims against and responds to whom.

Nodes are actors: size by how many statements they make and receive, colour by side (the country
they speak for), shape by kind. Edges are directed and stand for all the statements of one type from
one speaker to one target, width by their number; a "responds to" edge goes from the actor who
answers to the actor answered. Claims are drawn but hidden when the page opens: they rarely have a
target and would crowd the accusations out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import networkx as nx

from .data import GraphData
from .layout import PHYSICS_LIMIT, spread_layout
from .page import LegendEntry, Page, new_network, statement_table
from .style import KIND_SHAPES, NO_SIDE_COLOR, STATEMENT_TYPES, TYPE_STYLES, side_colors

__all__ = ["actors_page"]

EDGE_TYPES = (*STATEMENT_TYPES, "responds")
# Edges of different types between the same two actors bend by different amounts, so all show.
ROUNDNESS = {"accuse": 0.08, "deny": 0.2, "demand": 0.32, "claim": 0.44, "responds": 0.56}


def actors_page(data: GraphData) -> Page:
    """Build the actors page from the graph's data."""
    rows, index = statement_table(data)
    by_iri = {statement.iri: statement for statement in data.statements}

    # (speaker, target, type) -> indices of the statements behind that edge
    links: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    involved: dict[str, list[int]] = defaultdict(list)  # actor -> statements made or received
    made: Counter[str] = Counter()
    received: Counter[str] = Counter()
    for statement in data.statements:
        number = index[statement.iri]
        made[statement.speaker] += 1
        involved[statement.speaker].append(number)
        for target in statement.targets:
            received[target] += 1
            involved[target].append(number)
            links[(statement.speaker, target, statement.type)].append(number)
        for answered in statement.responds_to:
            if answered in by_iri:
                links[(statement.speaker, by_iri[answered].speaker, "responds")].append(number)

    actors = set(data.actors) | {a for key in links for a in key[:2]} | set(made)
    ordered = sorted(actors, key=lambda iri: (data.actor_label(iri).lower(), iri))
    large = len(ordered) > PHYSICS_LIMIT
    positions = spread_layout(_link_graph(ordered, links)) if large else {}

    colors = side_colors(data.actors[iri].side for iri in data.actors)
    net = new_network()
    for iri in ordered:
        actor = data.actors.get(iri)
        kind = actor.kind if actor else "group"
        node: dict[str, Any] = {
            "label": data.actor_label(iri),
            "shape": KIND_SHAPES.get(kind, "dot"),
            "color": colors.get(actor.side if actor else None, NO_SIDE_COLOR),
            "value": made[iri] + received[iri] + 1,
            "ng": {
                "head": data.actor_label(iri),
                "lines": _actor_lines(data, iri, made[iri], received[iri]),
                "stmts": sorted(set(involved[iri]), key=lambda n: (rows[n]["date"] or "", n)),
                "search": data.actor_label(iri),
            },
        }
        if iri in positions:
            node["x"], node["y"] = positions[iri]
        net.add_node(iri, **node)

    for number, ((speaker, target, type_), stmts) in enumerate(sorted(links.items())):
        style = TYPE_STYLES[type_]
        count = len(stmts)
        noun = "statement" if count == 1 else "statements"
        net.add_edge(
            speaker, target, id=f"e{number}", color=style.color, value=count,
            smooth=False if large else {"enabled": True, "type": "curvedCW", "roundness": ROUNDNESS[type_]},
            ng={"type": type_, "stmts": stmts, "filter": "stmts", "scale": True,
                "head": f"{data.actor_label(speaker)} {style.verb} {data.actor_label(target)} "
                        f"({count} {noun})"},
        )

    net.options = _options(large)
    legend = [LegendEntry(side or "side unknown", colors[side]) for side in _legend_sides(colors)]
    legend += [LegendEntry(kind, "#bdbdbd", shape) for kind, shape in KIND_SHAPES.items()]
    return Page(
        file="actors.html", title="Actors",
        intro="Who accuses, denies, demands and responds to whom. Arrows go from the speaker to the "
              "target (from the one who answers to the one answered); wider means more statements. "
              "Node colour is the side an actor speaks for, shape its kind, size how much it says "
              "and is targeted.",
        network=net, statements=rows, types=list(EDGE_TYPES), hidden_types={"claim"}, legend=legend,
        search_hint="Find an actor…",
    )


def _actor_lines(data: GraphData, iri: str, made: int, received: int) -> list[str]:
    actor = data.actors.get(iri)
    lines = []
    if actor:
        lines.append(" · ".join(part for part in (
            actor.role, actor.kind, f"speaks for {actor.side}" if actor.side and actor.side != actor.label
            else None, f"Wikidata {actor.wikidata}" if actor.wikidata else None) if part))
    lines.append(f"makes {made} statement{'s' * (made != 1)}, is the target of {received}")
    return lines


def _legend_sides(colors: dict[str | None, str]) -> list[str | None]:
    """The sides that have a colour of their own, then one entry for everything grey."""
    coloured = [side for side, color in colors.items() if side and color != NO_SIDE_COLOR]
    return coloured + [None]


def _link_graph(actors: list[str], links: dict[tuple[str, str, str], list[int]]) -> nx.Graph:
    graph = nx.Graph()
    graph.add_nodes_from(actors)
    graph.add_edges_from((speaker, target) for speaker, target, _ in links if speaker != target)
    return graph


def _options(large: bool) -> dict[str, Any]:
    options: dict[str, Any] = {
        "nodes": {"font": {"size": 14, "face": "system-ui, DejaVu Sans, sans-serif", "color": "#222222"},
                  "borderWidth": 1, "scaling": {"min": 8, "max": 40}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "scaling": {"min": 1, "max": 9},
                  "selectionWidth": 2, "hoverWidth": 1.5},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large},
        "layout": {"improvedLayout": not large, "randomSeed": 7},
    }
    if large:
        options["physics"] = {"enabled": False}
    else:
        options["physics"] = {"enabled": True, "solver": "forceAtlas2Based",
                              "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 140,
                                                   "avoidOverlap": 0.4},
                              "stabilization": {"enabled": True, "iterations": 400, "fit": True}}
    return options
