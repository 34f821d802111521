"""Node positions computed in Python, for graphs too big for the browser to lay out while it opens.

vis-network's physics needs many seconds to settle a few thousand nodes, so above ``PHYSICS_LIMIT``
nodes the views switch physics off and give every node a position from here:

- ``spread_layout``: a force layout per connected component (networkx's spring layout), components
  packed in rows, biggest first. networkx runs its force layout on dense matrices below 500 nodes and
  needs scipy above; so a bigger component gets a "backbone" layout: its best connected nodes are laid
  out by force and every other node is put beside a neighbour already placed.
- ``layered_layout``: nodes in columns by level (left to right), each column ordered so that a node
  sits near the nodes it is linked to in earlier columns;
- ``chain_layout``: each connected group of linked nodes (a chain of answers) laid out by
  ``layered_layout`` as a block, and the blocks stacked in columns, so that thousands of short chains
  fill a screen-shaped area instead of one column a hundred thousand pixels tall.

Every position depends only on the graph, never on chance, so a build gives the same pages each time.
"""

from __future__ import annotations

import math
import zlib
from collections import defaultdict
from typing import Hashable, Mapping, Sequence

import networkx as nx

__all__ = ["PHYSICS_LIMIT", "Positions", "chain_layout", "layered_layout", "spread_layout"]

PHYSICS_LIMIT = 300  # above this many nodes a page gets positions from here and no physics
FORCE_LIMIT = 400  # the most nodes one spring layout handles (dense matrices, well under a second)
NODE_SPACE = 60.0  # pixels per node side (a component of n nodes gets a disc of radius ~ sqrt(n))

Positions = dict[Hashable, tuple[float, float]]


def spread_layout(graph: nx.Graph, seed: int = 7) -> Positions:
    """Positions in pixels for every node of ``graph`` (directed graphs are laid out as undirected)."""
    undirected = graph.to_undirected(as_view=True) if graph.is_directed() else graph
    components = sorted((sorted(c, key=str) for c in nx.connected_components(undirected)),
                        key=lambda nodes: (-len(nodes), str(nodes[0])))
    placed: list[tuple[Positions, float]] = []
    for nodes in components:
        radius = NODE_SPACE * math.sqrt(len(nodes))
        unit = _component_layout(undirected.subgraph(nodes), nodes, seed)
        placed.append(({node: (x * radius, y * radius) for node, (x, y) in unit.items()}, radius))
    return _pack(placed)


def layered_layout(levels: Mapping[Hashable, int], links: Sequence[tuple[Hashable, Hashable]],
                   column_gap: float = 260.0, row_gap: float = 56.0) -> Positions:
    """Columns by level; in each column nodes sorted by the mean row of their linked, earlier nodes.

    ``links`` are pairs of nodes in any order; only the node in the earlier column guides the later.
    Nodes with nothing earlier keep the order they have in ``levels``.
    """
    neighbours: dict[Hashable, list[Hashable]] = defaultdict(list)
    for a, b in links:
        neighbours[a].append(b)
        neighbours[b].append(a)
    columns: dict[int, list[Hashable]] = defaultdict(list)
    for node, level in levels.items():
        columns[level].append(node)
    row: dict[Hashable, float] = {}
    positions: Positions = {}
    for level in sorted(columns):
        def key(item: tuple[int, Hashable]) -> tuple[float, int]:
            order, node = item
            earlier = [row[other] for other in neighbours[node] if other in row and levels[other] < level]
            return (sum(earlier) / len(earlier) if earlier else float(order), order)

        ordered = [node for _, node in sorted(enumerate(columns[level]), key=key)]
        for rank, node in enumerate(ordered):
            row[node] = float(rank)
            positions[node] = (level * column_gap, rank * row_gap)
    return positions


def chain_layout(levels: Mapping[Hashable, int], links: Sequence[tuple[Hashable, Hashable]],
                 column_gap: float = 260.0, row_gap: float = 56.0, aspect: float = 1.8) -> Positions:
    """Blocks of linked nodes, each in columns by level, stacked in columns about ``aspect`` wide to tall.

    The longest chains come first (so that a column is as wide as its first block and little space is
    lost); blocks as long as each other keep the order of their first node in ``levels``.
    """
    graph = nx.Graph()
    graph.add_nodes_from(levels)
    graph.add_edges_from(links)
    order = {node: number for number, node in enumerate(levels)}
    blocks = sorted((sorted(component, key=order.__getitem__) for component in nx.connected_components(graph)),
                    key=lambda nodes: order[nodes[0]])
    # Each block's links, in their order: a link's two ends are in one block.
    block_of = {node: number for number, nodes in enumerate(blocks) for node in nodes}
    block_links: list[list[tuple[Hashable, Hashable]]] = [[] for _ in blocks]
    for a, b in links:
        block_links[block_of[a]].append((a, b))
    laid_out = []
    for nodes, inside in zip(blocks, block_links):
        first = min(levels[node] for node in nodes)
        block = layered_layout({node: levels[node] - first for node in nodes}, inside, column_gap, row_gap)
        width = max(x for x, _ in block.values()) + column_gap
        height = max(y for _, y in block.values()) + row_gap
        laid_out.append((block, width, height))
    laid_out.sort(key=lambda item: -item[1])  # stable: equal widths keep their order
    limit = math.sqrt(sum(width * height for _, width, height in laid_out) / aspect)
    positions: Positions = {}
    x = y = column_width = 0.0
    for block, width, height in laid_out:
        if y and y + height > limit:
            x, y, column_width = x + column_width + column_gap / 2, 0.0, 0.0
        for node, (bx, by) in block.items():
            positions[node] = (x + bx, y + by)
        y += height
        column_width = max(column_width, width)
    return positions


def _component_layout(component: nx.Graph, nodes: list[Hashable], seed: int) -> Positions:
    """Positions within the unit disc for one connected component."""
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) <= FORCE_LIMIT:
        return _spring(component, seed)
    # The backbone: the best connected nodes (ties broken by name, for the same result every run).
    backbone = sorted(nodes, key=lambda node: (-component.degree(node), str(node)))[:FORCE_LIMIT]
    positions = _spring(component.subgraph(backbone), seed)
    # Everything else beside its first placed neighbour, breadth first from the backbone outwards.
    frontier = list(backbone)
    step = 1.5 / math.sqrt(len(nodes))
    while frontier:
        following = []
        for node in frontier:
            for neighbour in sorted(component.neighbors(node), key=str):
                if neighbour not in positions:
                    angle = (zlib.crc32(str(neighbour).encode()) % 3600) / 3600 * 2 * math.pi
                    x, y = positions[node]
                    positions[neighbour] = (x + step * math.cos(angle), y + step * math.sin(angle))
                    following.append(neighbour)
        frontier = following
    return positions


def _spring(graph: nx.Graph, seed: int) -> Positions:
    layout = nx.spring_layout(graph, seed=seed, iterations=60)
    return {node: (float(x), float(y)) for node, (x, y) in layout.items()}


def _pack(placed: list[tuple[Positions, float]]) -> Positions:
    """Discs in rows, biggest first, rows about as wide as the whole drawing is tall."""
    total_area = sum((2 * radius) ** 2 for _, radius in placed)
    row_width = max([math.sqrt(total_area) * 1.2] + [2 * radius for _, radius in placed])
    positions: Positions = {}
    x = y = row_height = 0.0
    for component, radius in placed:
        size = 2 * radius + NODE_SPACE
        if x and x + size > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in component.items():
            positions[node] = (round(x + size / 2 + px, 1), round(y + size / 2 + py, 1))
        x += size
        row_height = max(row_height, size)
    return positions
