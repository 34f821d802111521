"""Dates as news writes them: "November 23", "13 December", "on Tuesday", "yesterday", "2022-04-04".

A date without a year takes the year that puts it closest to the article's publication date (a December
date in a January article is last December); with no publication date it stays ``--MM-DD``. When the
tense of the verb the date hangs from is known (``tense``), a weekday lies on its side ("will meet on
Monday" is the Monday after), and so does a month and day that the nearest year would put months
on the other side ("had introduced ... on March 1" in a November article is the March before).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.tokens import Token

__all__ = ["DATE_ENTITIES", "FUTURE", "PAST", "WEEKDAYS", "days_after", "parse_date", "resolve", "shift_date", "tense"]

PAST, FUTURE = "past", "future"
WRONG_SIDE_DAYS = 60
# NER calls "the early hours of March 7" and "Tuesday night" times: they name a day all the same.
DATE_ENTITIES = {"DATE", "TIME"}

MONTHS = {name: number for number, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], 1) for name in names}
# "on the 14th", as Japanese and Korean news (and their machine translations) date a day of the month
ORDINAL_DAY = re.compile(r"\bthe (?P<day>\d{1,2})(?:st|nd|rd|th)\b")
NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}
RELATIVE_DAYS = re.compile(
    r"\b(?:(?P<count>" + "|".join(NUMBER_WORDS) + r"|\d{1,2}) days? "
    r"(?P<direction>later|after|afterwards|earlier|before)"
    r"|(?P<next>the (?:next|following) day|the day after)|(?P<previous>the (?:previous|preceding) day|the day before))\b")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
PATTERNS = [
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
    re.compile(MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?", re.IGNORECASE),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH + r"(?:,?\s+(?P<year>\d{4}))?", re.IGNORECASE),
]


def tense(verb: Token | None, future_verbs: frozenset[str],
          prospective_verbs: frozenset[str] = frozenset()) -> str | None:
    """``PAST`` or ``FUTURE`` for the verb a date hangs from, or None when its form does not say.
    ``future_verbs`` (``Lexicon.future_verbs``) put what they govern ahead: "scheduled for", "expected to";
    ``prospective_verbs`` (``Lexicon.prospective_verbs``) their complement: "invited both sides to meet",
    "proposed that a committee meet"."""
    for _ in range(3):  # "would hold an urgent hearing on Friday": the date hangs on the noun
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        if verb.dep_ == "pobj" and verb.head.lower_ == "to" and verb.head.head.lemma_.lower() in prospective_verbs:
            return FUTURE  # "summoned the management to a meeting on Thursday", "invited them to talks on Friday"
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    # "said it would hold a hearing on Friday": the future of the time of saying, which is the article's.
    if auxiliaries & {"will", "'ll", "shall", "wo", "would"} or verb.lemma_.lower() in future_verbs:
        return FUTURE
    governing = verb.head.lemma_.lower()
    if "to" in auxiliaries and (governing in future_verbs or governing in prospective_verbs):
        return FUTURE
    if verb.tag_ in ("VB", "VBP") and verb.dep_ == "ccomp" and not auxiliaries and governing in prospective_verbs:
        return FUTURE  # the subjunctive "proposed that a committee meet", "that the talks resume"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxiliaries & {"has", "have", "had", "was", "were"}):
        return PAST
    return None


# Kept: the same expression is read for every event and statement of its sentence ("on Tuesday"),
# and a weekday that names no date tries some twenty patterns before giving up.
@lru_cache(maxsize=4096)
def parse_date(text: str, published: str | None = None, when: str | None = None) -> str | None:
    """``YYYY-MM-DD`` or ``--MM-DD`` for a date expression, or None when it names no day.
    ``when`` (``PAST``, ``FUTURE``) says on which side of the publication date it lies, if known."""
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
        return resolve(month, day, year, reference, when)
    if reference is not None:
        ordinal = ORDINAL_DAY.search(lower)
        if ordinal:
            return _day_of_month(int(ordinal.group("day")), reference, when)
        if re.search(r"\btoday\b|\bthis (morning|afternoon|evening)\b|\btonight\b", lower):
            return reference.isoformat()
        if re.search(r"\byesterday\b|\blast night\b", lower):
            return (reference - dt.timedelta(days=1)).isoformat()
        for index, weekday in enumerate(WEEKDAYS):
            if re.search(rf"\bnext {weekday}\b", lower):  # a week on, never the day itself
                return (reference + dt.timedelta(days=(index - reference.weekday() - 1) % 7 + 1)).isoformat()
            if re.search(rf"\b{weekday}\b", lower):
                if when == FUTURE:
                    return (reference + dt.timedelta(days=(index - reference.weekday()) % 7)).isoformat()
                back = (reference.weekday() - index) % 7
                return (reference - dt.timedelta(days=back)).isoformat()
    return None


def days_after(text: str) -> int | None:
    """How many days a relative date lies after the day named before it ("two days later" 2, "the day
    before" -1), or None when it is not one."""
    match = RELATIVE_DAYS.search(text.lower())
    if match is None:
        return None
    if match.group("next"):
        return 1
    if match.group("previous"):
        return -1
    count = match.group("count")
    number = int(count) if count.isdigit() else NUMBER_WORDS[count]
    return number if match.group("direction") in ("later", "after", "afterwards") else -number


def shift_date(date: str, days: int) -> str | None:
    """``date`` (``YYYY-MM-DD``) moved by ``days``; a date without a year cannot be."""
    try:
        return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None


def _day_of_month(day: int, reference: dt.date, when: str | None) -> str | None:
    """ "on the 14th": that day of the publication's month, or of the month before when it is still to
    come (the month after, for what lies ahead)."""
    month_start = reference.replace(day=1)
    if when == FUTURE and day < reference.day:
        month_start = (month_start + dt.timedelta(days=32)).replace(day=1)
    elif when != FUTURE and day > reference.day:
        month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
    try:
        return month_start.replace(day=day).isoformat()
    except ValueError:
        return None


def resolve(month: int, day: int, year: int | None, reference: dt.date | None,
            when: str | None = None) -> str | None:
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
        nearest = min(candidates, key=lambda date: abs((date - reference).days))
        # The tense overrules the nearest year only when that is months off on the wrong side: a
        # past verb a week before a date more likely hangs from the wrong phrase than names last year.
        wrong_side = (nearest - reference).days > WRONG_SIDE_DAYS if when == PAST else \
            (reference - nearest).days > WRONG_SIDE_DAYS if when == FUTURE else False
        side = [date for date in candidates if (date <= reference if when == PAST else date >= reference)]
        if wrong_side and side:
            return (max(side) if when == PAST else min(side)).isoformat()
        return nearest.isoformat()
    except ValueError:
        return None
