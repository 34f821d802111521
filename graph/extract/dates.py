"""Dates as news writes them: "November 23", "13 December", "on Tuesday", "yesterday", "2022-04-04".

A date without a year takes the year that puts it closest to the article's publication date (a December
date in a January article is last December); with no publication date it stays ``--MM-DD``.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["parse_date", "resolve"]

MONTHS = {name: number for number, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], 1) for name in names}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
PATTERNS = [
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
    re.compile(MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?", re.IGNORECASE),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH + r"(?:,?\s+(?P<year>\d{4}))?", re.IGNORECASE),
]


def parse_date(text: str, published: str | None = None) -> str | None:
    """``YYYY-MM-DD`` or ``--MM-DD`` for a date expression, or None when it names no day."""
    lower = text.lower()
    reference = dt.date.fromisoformat(published) if published else None
    for pattern in PATTERNS:
        match = pattern.search(lower)
        if not match:
            continue
        month = int(match.group("mnum")) if "mnum" in match.groupdict() and match.group("mnum") \
            else MONTHS[match.group("month").rstrip(".")]
        day = int(match.group("day"))
        year = int(match.group("year")) if match.group("year") else None
        return resolve(month, day, year, reference)
    if reference is not None:
        if re.search(r"\btoday\b|\bthis (morning|afternoon|evening)\b|\btonight\b", lower):
            return reference.isoformat()
        if re.search(r"\byesterday\b|\blast night\b", lower):
            return (reference - dt.timedelta(days=1)).isoformat()
        for index, weekday in enumerate(WEEKDAYS):
            if re.search(rf"\b{weekday}\b", lower):
                back = (reference.weekday() - index) % 7
                return (reference - dt.timedelta(days=back)).isoformat()
    return None


def resolve(month: int, day: int, year: int | None, reference: dt.date | None) -> str | None:
    try:
        if year is not None:
            return dt.date(year, month, day).isoformat()
        if reference is None:
            dt.date(2000, month, day)  # validates the day (2000 is a leap year)
            return f"--{month:02d}-{day:02d}"
        candidates = []
        for candidate_year in (reference.year - 1, reference.year, reference.year + 1):
            try:
                candidates.append(dt.date(candidate_year, month, day))
            except ValueError:
                continue
        if not candidates:
            return None
        return min(candidates, key=lambda date: abs((date - reference).days)).isoformat()
    except ValueError:
        return None
