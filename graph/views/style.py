"""Colours, shapes and words shared by every view, so that a denial looks the same everywhere.

Statement types use the Okabe-Ito palette (told apart with every common kind of colour blindness);
sides (the country an actor speaks for) use light tones, so that nodes never look like edges.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable

__all__ = [
    "KIND_SHAPES",
    "NO_SIDE_COLOR",
    "STATEMENT_TYPES",
    "TYPE_STYLES",
    "TypeStyle",
    "side_colors",
]


@dataclass(frozen=True)
class TypeStyle:
    key: str  # accuse | deny | demand | claim | responds | says
    label: str  # how the legend says it
    verb: str  # "Russia denies"
    color: str


TYPE_STYLES: dict[str, TypeStyle] = {
    "accuse": TypeStyle("accuse", "accuses", "accuses", "#D55E00"),
    "deny": TypeStyle("deny", "denies", "denies", "#0072B2"),
    "demand": TypeStyle("demand", "demands", "demands", "#E69F00"),
    "claim": TypeStyle("claim", "claims", "claims", "#009E73"),
    "responds": TypeStyle("responds", "responds to", "responds to", "#CC79A7"),
    "says": TypeStyle("says", "said by", "says", "#9a9a9a"),  # speaker -> statement, statements view
}
STATEMENT_TYPES = ("accuse", "deny", "demand", "claim")

# vis-network shapes whose label is drawn below the shape, so that the size carries meaning.
KIND_SHAPES = {"person": "dot", "organization": "square", "country": "diamond", "group": "triangle"}

SIDE_PALETTE = ("#a6cee3", "#fdbf6f", "#b2df8a", "#fb9a99", "#cab2d6", "#ffff99", "#8dd3c7",
                "#bebada", "#fccde5", "#d9d9d9", "#ccebc5", "#ffed6f")
NO_SIDE_COLOR = "#eeeeee"  # actors whose side is unknown, and sides beyond the palette


def side_colors(sides: Iterable[str | None]) -> dict[str | None, str]:
    """A colour per side: the most frequent sides get the palette, in order; the rest share grey.

    Ordering by frequency, then by name, keeps colours stable from one build to the next.
    """
    counts = Counter(side for side in sides if side)
    ranked = sorted(counts, key=lambda side: (-counts[side], side))
    colors: dict[str | None, str] = {side: NO_SIDE_COLOR for side in ranked}
    colors.update(zip(ranked, SIDE_PALETTE))
    colors[None] = NO_SIDE_COLOR
    return colors
