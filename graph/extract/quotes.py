"""Direct quotations: which characters of a block are inside quotation marks.

Real news text (and machine translation in particular) has unbalanced and misused marks: a quote that
opens and never closes, a closing mark with no opening one, or an opening mark used to close
(“possible war crimes “.). The rules: a quote never outlives its sentence unless it closes later in
the same block; a closing mark without an opening one closes a quote opened at its sentence's start.
"""

from __future__ import annotations

import re

__all__ = ["quote_spans"]

OPENING = "“«„"
CLOSING = "”»"
STRAIGHT = '"'
# The only characters quote_spans acts on: it goes from one to the next, not through every character.
_MARKS = re.compile(f"[{OPENING}{CLOSING}{STRAIGHT}]")


def _closes_here(text: str, index: int) -> bool:
    """An opening mark followed by space, punctuation or the end is really a closing one."""
    following = text[index + 1: index + 2]
    return following == "" or following.isspace() or following in ".,;:!?)"


def quote_spans(text: str, sentence_bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character ranges ``[start, end)`` inside quotation marks (the marks themselves excluded)."""
    def sentence_of(index: int) -> tuple[int, int]:
        for start, end in sentence_bounds:
            if start <= index < end:
                return start, end
        return 0, len(text)

    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for mark in _MARKS.finditer(text):
        index, char = mark.start(), mark.group()
        if char in OPENING and not (open_at is not None and _closes_here(text, index)):
            if open_at is None:
                open_at = index + 1
            continue
        is_close = char in CLOSING or (char in OPENING and open_at is not None)
        if char == STRAIGHT:
            is_close = open_at is not None
            if not is_close:
                open_at = index + 1
                continue
        if is_close:
            if open_at is None:
                spans.append((sentence_of(index)[0], index))
            else:
                spans.append((open_at, index))
                open_at = None
    if open_at is not None:
        spans.append((open_at, sentence_of(open_at - 1)[1]))
    return spans
