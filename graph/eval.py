"""Scoring extracted statements against hand-made gold annotations.

The gold format and the scoring rules are fixed in ``shared/gold/README.md``; this module implements
them to the letter, so that a number reported by one developer means the same for everybody.

In short: a predicted statement (a record of the statement contract in ``shared/design.md``) matches
a gold statement when

1. its sentence span ``[start, end)`` covers at least half of the gold anchor's span,
2. its speaker (label or an alias) is a name of the gold speaker or of a ``speaker_ok`` actor,
3. its type is one of the gold ``types``,
4. its targets match the gold ``targets`` (all found, none unexpected beyond ``targets_ok``).

Levels: attribution = 1+2, typed = 1+2+3, full = 1+2+3+4. Each gold statement is matched at most
once, through a maximum bipartite matching per level, so the score never depends on the order of
the records.

The module is pure Python on purpose: ``score`` needs only dicts and strings (no spaCy), which keeps
it fast to test. Only ``run`` calls the real extractor, and imports it when it is called.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from .errors import NewsgraphError

__all__ = [
    "LEVELS",
    "STATEMENT_TYPES",
    "GoldError",
    "Score",
    "Miss",
    "FalseAlarm",
    "EvalReport",
    "load_gold",
    "find_anchor",
    "score",
    "run",
]

LEVELS = ("attribution", "typed", "full")
STATEMENT_TYPES = ("accuse", "deny", "demand", "claim")

# How far a predicted statement gets through the four rules, checked in order. A prediction that
# reaches depth FULL matches at every level; the depth also explains misses ("wrong type" ...).
NO_SENTENCE, SENTENCE, SPEAKER, TYPE, FULL = range(5)
LEVEL_DEPTH = {"attribution": SPEAKER, "typed": TYPE, "full": FULL}
MISS_REASONS = {
    NO_SENTENCE: "no sentence",
    SENTENCE: "wrong speaker",
    SPEAKER: "wrong type",
    TYPE: "wrong targets",
    # A prediction meets all four rules but was matched to another gold statement (at most once).
    FULL: "already matched",
}
_MONTH_DAY = re.compile(r"(\d\d)-(\d\d)$")


class GoldError(NewsgraphError):
    """The gold file cannot be used: unreadable, not the documented format, unknown actor ids."""


# --------------------------------------------------------------------------------------------------
# Report

@dataclass
class Score:
    """Counts behind one precision / recall pair.

    ``correct`` of the ``predicted`` items are right (precision); ``found`` of the ``gold`` items were
    found (recall). For statements both numerators are the number of matched pairs; for responds
    pairs they differ, because several predicted pairs may match one gold pair.
    """

    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.correct, self.predicted, other_empty=self.gold == 0)

    @property
    def recall(self) -> float:
        return _ratio(self.found, self.gold, other_empty=self.predicted == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.predicted += other.predicted
        self.correct += other.correct
        self.gold += other.gold
        self.found += other.found

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "predicted": self.predicted,
            "correct": self.correct,
            "gold": self.gold,
            "found": self.found,
        }


def _ratio(part: int, whole: int, other_empty: bool) -> float:
    # Nothing predicted and nothing to find is a perfect score; nothing predicted while there was
    # something to find (or the reverse) is not.
    if whole:
        return part / whole
    return 1.0 if other_empty else 0.0


@dataclass
class Miss:
    """A required gold statement that no prediction matched at the full level, and why."""

    doc: str
    anchor: str
    speaker: str
    types: list[str]
    targets: list[str] | None
    reason: str  # one of MISS_REASONS' values
    closest: dict[str, Any] | None = None  # the prediction that came closest, summarised

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class FalseAlarm:
    """A prediction that matched no gold statement (required or optional) at the attribution level."""

    doc: str
    sentence: str
    start: int
    end: int
    speaker: str
    type: str
    targets: list[str]
    reason: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class EvalReport:
    """Scores of one run against one gold file, with the errors behind them."""

    levels: dict[str, Score] = field(default_factory=lambda: {level: Score() for level in LEVELS})
    responds: Score = field(default_factory=Score)
    events: Score | None = None  # recall only; None when no predicted events were given
    per_document: dict[str, Score] = field(default_factory=dict)  # full level
    optional_gold: int = 0  # optional gold statements (in neither precision nor recall)
    misses: list[Miss] = field(default_factory=list)
    false_alarms: list[FalseAlarm] = field(default_factory=list)
    missed_responds: list[dict[str, Any]] = field(default_factory=list)
    false_responds: list[dict[str, Any]] = field(default_factory=list)  # predicted pairs no gold pair has
    missed_events: list[dict[str, Any]] = field(default_factory=list)
    gold_errors: list[str] = field(default_factory=list)
    skipped_documents: list[str] = field(default_factory=list)  # gold documents not among the inputs

    def to_json(self) -> dict[str, Any]:
        return {
            "levels": {level: s.to_json() for level, s in self.levels.items()},
            "responds": self.responds.to_json(),
            "events": None if self.events is None else {
                "recall": round(self.events.recall, 4), "gold": self.events.gold, "found": self.events.found},
            "per_document": {doc: s.to_json() for doc, s in self.per_document.items()},
            "optional_gold": self.optional_gold,
            "misses": [m.to_json() for m in self.misses],
            "false_alarms": [f.to_json() for f in self.false_alarms],
            "missed_responds": self.missed_responds,
            "false_responds": self.false_responds,
            "missed_events": self.missed_events,
            "gold_errors": self.gold_errors,
            "skipped_documents": self.skipped_documents,
        }

    def format(self, show_errors: bool = False) -> str:
        """A plain-text table of the scores; with ``show_errors`` also every miss and false alarm."""
        full = self.levels["full"]
        lines = [
            f"gold: {len(self.per_document)} documents, {full.gold} statements "
            f"(+{self.optional_gold} optional), {self.responds.gold} responds pairs"
            + ("" if self.events is None else f", {self.events.gold} events"),
            f"predicted: {full.predicted} statements counted in precision",
            "",
            f"{'':12} {'P':>6} {'R':>6} {'F1':>6}   {'correct/pred':>12} {'found/gold':>10}",
        ]
        for name, s in [*self.levels.items(), ("responds", self.responds)]:
            lines.append(f"{name:12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   "
                         f"{f'{s.correct}/{s.predicted}':>12} {f'{s.found}/{s.gold}':>10}")
        if self.events is not None:
            e = self.events
            lines.append(f"{'events':12} {'-':>6} {e.recall:6.3f} {'-':>6}   {'-':>12} {f'{e.found}/{e.gold}':>10}")
        if self.per_document:
            width = max(len(doc) for doc in self.per_document)
            lines += ["", f"{'full level per document':{width}} {'P':>6} {'R':>6} {'F1':>6}"]
            for doc, s in self.per_document.items():
                lines.append(f"{doc:{width}} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
        if self.skipped_documents:
            lines += ["", "gold documents not among the inputs (not scored): " + ", ".join(self.skipped_documents)]
        if self.gold_errors:
            lines += ["", f"GOLD ERRORS ({len(self.gold_errors)}):", *(f"  {e}" for e in self.gold_errors)]
        if show_errors:
            lines += ["", f"misses ({len(self.misses)}): gold statements not matched at the full level"]
            for m in self.misses:
                targets = "-" if m.targets is None else ", ".join(m.targets) or "none"
                lines.append(f"  {m.doc} [{m.reason}] {m.speaker} {'/'.join(m.types)} -> {targets}: «{m.anchor}»")
                if m.closest:
                    c = m.closest
                    lines.append(f"      closest: {c['speaker']} {c['type']} -> {', '.join(c['targets']) or 'none'}")
            lines += ["", f"false alarms ({len(self.false_alarms)}): predictions matching no gold statement"]
            for f in self.false_alarms:
                lines.append(f"  {f.doc} [{f.reason}] {f.speaker} {f.type} -> {', '.join(f.targets) or 'none'}: "
                             f"«{_shorten(f.sentence)}»")
            if self.missed_responds:
                lines += ["", f"missed responds pairs ({len(self.missed_responds)}):"]
                lines += [f"  {r['doc']}: {r['speaker']} -> {r['to']}" for r in self.missed_responds]
            if self.false_responds:
                lines += ["", f"false responds pairs ({len(self.false_responds)}): predicted, in no gold pair"]
                lines += [f"  {r['doc']}: {r['speaker']} -> {r['to']}" for r in self.false_responds]
            if self.missed_events:
                lines += ["", f"missed events ({len(self.missed_events)}):"]
                lines += [f"  {e['doc']}: {'|'.join(e['keywords'])} on {e['date'] or 'any date'}"
                          for e in self.missed_events]
        return "\n".join(lines)


def _shorten(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# --------------------------------------------------------------------------------------------------
# Gold file

def load_gold(path: str | Path) -> dict[str, Any]:
    """Read and check a gold file; returns it as loaded (the documented format, unchanged).

    Mistakes in a hand-made file are better caught here, with the place named, than show up later
    as a mysteriously low score: unknown actor ids, unknown types, malformed dates.
    """
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise GoldError(f"{path}: cannot read the gold file ({error.strerror or error})") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldError(f"{path}: not a JSON gold file ({error})") from error
    problems = _check_gold(gold)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise GoldError(f"{path}: {problems[0]}{more}")
    return gold


def _check_gold(gold: Any) -> list[str]:
    if not isinstance(gold, dict) or not isinstance(gold.get("actors"), dict) \
            or not isinstance(gold.get("documents"), dict):
        return ["expected an object with 'actors' and 'documents'"]
    actors = gold["actors"]
    problems: list[str] = []

    def ids(where: str, value: Any, allow_none: bool = False) -> None:
        if value is None and allow_none:
            return
        if not isinstance(value, list):
            problems.append(f"{where}: expected a list of actor ids")
            return
        for actor in value:
            if actor not in actors:
                problems.append(f"{where}: unknown actor {actor!r}")

    for actor_id, actor in actors.items():
        if not isinstance(actor, dict) or not isinstance(actor.get("names"), list) or not actor["names"]:
            problems.append(f"actors.{actor_id}: expected 'names', a non-empty list")
    for doc, document in gold["documents"].items():
        if not isinstance(document, dict):
            problems.append(f"documents.{doc}: expected an object")
            continue
        for i, st in enumerate(document.get("statements", [])):
            where = f"documents.{doc}.statements[{i}]"
            if not isinstance(st, dict):
                problems.append(f"{where}: expected an object")
                continue
            if not isinstance(st.get("anchor"), str) or not st["anchor"].strip():
                problems.append(f"{where}: 'anchor' must be a non-empty string")
            ids(f"{where}.speaker", [st.get("speaker")])
            ids(f"{where}.speaker_ok", st.get("speaker_ok", []))
            ids(f"{where}.targets", st.get("targets"), allow_none=True)
            ids(f"{where}.targets_ok", st.get("targets_ok", []))
            types = st.get("types")
            if not isinstance(types, list) or not types or any(t not in STATEMENT_TYPES for t in types):
                problems.append(f"{where}: 'types' must be a non-empty list of {', '.join(STATEMENT_TYPES)}")
        for i, pair in enumerate(document.get("responds", [])):
            where = f"documents.{doc}.responds[{i}]"
            ids(where, [pair.get("speaker"), pair.get("to"), *pair.get("speaker_ok", []), *pair.get("to_ok", [])])
        for i, event in enumerate(document.get("events", [])):
            where = f"documents.{doc}.events[{i}]"
            if not isinstance(event.get("keywords"), list) or not event["keywords"]:
                problems.append(f"{where}: 'keywords' must be a non-empty list")
            date = event.get("date")
            if date is not None and not (isinstance(date, str) and re.fullmatch(r"\d\d-\d\d", date)):
                problems.append(f"{where}: 'date' must be MM-DD or null")
    return problems


# --------------------------------------------------------------------------------------------------
# Anchors and names

class _CompactText:
    """A text with its white space removed, remembering where each kept character came from.

    Anchors are copied by hand, so their line breaks and spaces may differ from the article's
    ("white space may differ"); comparing without any white space makes that irrelevant.
    """

    def __init__(self, text: str) -> None:
        self.positions = [i for i, ch in enumerate(text) if not ch.isspace()]
        self.compact = "".join(text[i] for i in self.positions)

    def find(self, anchor: str) -> tuple[int, int] | None:
        needle = "".join(anchor.split())
        at = self.compact.find(needle) if needle else -1
        if at < 0:
            return None
        return self.positions[at], self.positions[at + len(needle) - 1] + 1


def find_anchor(text: str, anchor: str) -> tuple[int, int] | None:
    """The character span ``[start, end)`` of ``anchor``'s first occurrence in ``text``, white space
    ignored; None when it does not occur. The span starts and ends on non-space characters."""
    return _CompactText(text).find(anchor)


def _norm(name: str) -> str:
    """A name as compared: case-folded, white space collapsed ("the  Kremlin" == "The Kremlin")."""
    return " ".join(name.split()).casefold()


def _actor_names(actor: Mapping[str, Any] | None) -> frozenset[str]:
    """The names a predicted actor (speaker or target record) goes by: its label and aliases."""
    if not actor:
        return frozenset()
    names = [actor.get("label"), *(actor.get("aliases") or [])]
    return frozenset(_norm(n) for n in names if isinstance(n, str) and n.strip())


def _label(actor: Mapping[str, Any] | None) -> str:
    return str((actor or {}).get("label") or "?")


# --------------------------------------------------------------------------------------------------
# Scoring

@dataclass
class _Gold:
    """A gold statement prepared for matching: its span found and its actor ids turned into names."""

    anchor: str
    span: tuple[int, int]
    speaker: str
    speakers: frozenset[str]  # names of the speaker and the speaker_ok actors
    types: list[str]
    target_ids: list[str] | None
    targets: list[frozenset[str]] | None  # names of each required target; None: not scored
    allowed_targets: list[frozenset[str]]  # names of each target and targets_ok actor
    optional: bool


def _depth(record: Mapping[str, Any], gold: _Gold) -> int:
    """How many of the four matching rules ``record`` meets against ``gold``, checked in order."""
    start, end = record.get("start"), record.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return NO_SENTENCE
    anchor_start, anchor_end = gold.span
    overlap = min(end, anchor_end) - max(start, anchor_start)
    if overlap <= 0 or 2 * overlap < anchor_end - anchor_start:
        return NO_SENTENCE
    if not _actor_names(record.get("speaker")) & gold.speakers:
        return SENTENCE
    if record.get("type") not in gold.types:
        return SPEAKER
    if gold.targets is not None:
        predicted = [_actor_names(t) for t in record.get("targets") or []]
        all_found = all(any(p & wanted for p in predicted) for wanted in gold.targets)
        none_unexpected = all(any(p & allowed for allowed in gold.allowed_targets) for p in predicted)
        if not (all_found and none_unexpected):
            return TYPE
    return FULL


def _match(edges: Sequence[Sequence[int]], preferred: Callable[[int], bool]) -> dict[int, int]:
    """A maximum matching prediction -> gold that matches as many ``preferred`` gold items as possible.

    ``edges[p]`` lists the gold items prediction ``p`` may match. Kuhn's augmenting paths: first
    over preferred (required) gold items only, then over all. Augmenting never unmatches a gold item,
    so the second pass keeps every required match and adds as many optional ones as possible. The
    counts are maxima, so they do not depend on the order of the predictions.
    """
    owner: dict[int, int] = {}  # gold -> prediction

    def augment(p: int, allowed: Callable[[int], bool], seen: set[int]) -> bool:
        for g in edges[p]:
            if g in seen or not allowed(g):
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], allowed, seen):
                owner[g] = p
                return True
        return False

    for p in range(len(edges)):
        augment(p, preferred, set())
    matched = set(owner.values())
    free = [p for p in range(len(edges)) if p not in matched]
    for p in free:
        augment(p, lambda g: True, set())
    return {p: g for g, p in owner.items()}


def _summary(record: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "speaker": _label(record.get("speaker")),
        "type": record.get("type"),
        "targets": [_label(t) for t in record.get("targets") or []],
        "sentence": record.get("sentence"),
    }


def _month_day(date: Any) -> str | None:
    found = _MONTH_DAY.search(date) if isinstance(date, str) else None
    return f"{found.group(1)}-{found.group(2)}" if found else None


def score(
    gold: Mapping[str, Any],
    records_by_doc: Mapping[str, Sequence[Mapping[str, Any]]],
    texts: Mapping[str, str],
    events: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
) -> EvalReport:
    """Score predicted statement records against ``gold`` (a dict as ``load_gold`` returns it).

    ``records_by_doc`` maps a document id to its statement records (the statement contract),
    ``texts`` maps it to the decoded text the records' offsets point into (needed to locate the
    anchors), and ``events`` optionally maps it to predicted events (``label``, ``trigger``,
    ``date``). Only documents of the gold file are scored. An anchor that cannot be found, or a gold
    document without text, is reported in ``gold_errors`` and left out of the scores.
    """
    actors = gold["actors"]
    names = {aid: frozenset(_norm(n) for n in actor["names"]) for aid, actor in actors.items()}

    def names_of(ids: Iterable[str]) -> frozenset[str]:
        return frozenset().union(*(names[i] for i in ids))

    report = EvalReport(events=None if events is None else Score())
    for doc, document in gold["documents"].items():
        text = texts.get(doc)
        if text is None:
            report.gold_errors.append(f"{doc}: no text for this gold document")
            continue
        compact = _CompactText(text)
        golds: list[_Gold] = []
        for st in document.get("statements", []):
            span = compact.find(st["anchor"])
            if span is None:
                report.gold_errors.append(f"{doc}: anchor not found in the text: «{st['anchor']}»")
                continue
            target_ids = st.get("targets")
            golds.append(_Gold(
                anchor=st["anchor"],
                span=span,
                speaker=st["speaker"],
                speakers=names_of([st["speaker"], *st.get("speaker_ok", [])]),
                types=list(st["types"]),
                target_ids=target_ids,
                targets=None if target_ids is None else [names[t] for t in target_ids],
                allowed_targets=[names[t] for t in [*(target_ids or []), *st.get("targets_ok", [])]],
                optional=bool(st.get("optional")),
            ))
        records = list(records_by_doc.get(doc, []))
        doc_full = _score_statements(doc, golds, records, report)
        report.per_document[doc] = doc_full
        report.optional_gold += sum(g.optional for g in golds)
        _score_responds(doc, document.get("responds", []), records, names_of, report)
        if events is not None and report.events is not None:
            _score_events(doc, document.get("events", []), events.get(doc, []), report)
    return report


def _score_statements(doc: str, golds: list[_Gold], records: list[Mapping[str, Any]],
                      report: EvalReport) -> Score:
    """Adds one document's statement scores to ``report``; returns its full-level score."""
    depth = [[_depth(r, g) for g in golds] for r in records]  # depth[prediction][gold]
    required = [g for g, gold in enumerate(golds) if not gold.optional]
    matchings: dict[str, dict[int, int]] = {}
    doc_full = Score()
    for level in LEVELS:
        edges = [[g for g in range(len(golds)) if depth[p][g] >= LEVEL_DEPTH[level]] for p in range(len(records))]
        matching = _match(edges, preferred=lambda g: not golds[g].optional)
        matchings[level] = matching
        correct = sum(not golds[g].optional for g in matching.values())
        # Predictions matched to an optional gold statement are neither right nor wrong.
        counted = len(records) - sum(golds[g].optional for g in matching.values())
        level_score = Score(predicted=counted, correct=correct, gold=len(required), found=correct)
        report.levels[level].add(level_score)
        if level == "full":
            doc_full = level_score

    matched_full = set(matchings["full"].values())
    for g in required:
        if g in matched_full:
            continue
        gold = golds[g]
        best = max(range(len(records)), key=lambda p: depth[p][g], default=None)
        best_depth = NO_SENTENCE if best is None else depth[best][g]
        report.misses.append(Miss(
            doc=doc, anchor=gold.anchor, speaker=gold.speaker, types=gold.types, targets=gold.target_ids,
            reason=MISS_REASONS[best_depth],
            closest=None if best is None or best_depth == NO_SENTENCE else _summary(records[best]),
        ))
    for p, record in enumerate(records):
        if p in matchings["attribution"]:
            continue
        best_depth = max(depth[p], default=NO_SENTENCE)
        reason = ("no gold statement in its sentence" if best_depth == NO_SENTENCE
                  else "no gold statement by this speaker in its sentence" if best_depth == SENTENCE
                  else "duplicate: its gold statement is matched by another prediction")
        report.false_alarms.append(FalseAlarm(
            doc=doc, sentence=str(record.get("sentence") or ""), start=record.get("start", -1),
            end=record.get("end", -1), speaker=_label(record.get("speaker")), type=str(record.get("type")),
            targets=[_label(t) for t in record.get("targets") or []], reason=reason,
        ))
    return doc_full


def _score_responds(doc: str, gold_pairs: Sequence[Mapping[str, Any]], records: list[Mapping[str, Any]],
                    names_of: Callable[[Iterable[str]], frozenset[str]], report: EvalReport) -> None:
    """Responds pairs: (speaker, responded-to speaker) of every link between two predicted statements."""
    by_id = {r.get("id"): r for r in records if r.get("id")}
    # One pair per (speaker, responded-to speaker): a reply linked to three statements of the same
    # actor says once, not three times, who responds to whom.
    pairs: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = {}
    labels: dict[tuple[str, str], tuple[str, str]] = {}  # the pair's labels as first written
    for record in records:
        for other_id in record.get("responds_to") or []:
            other = by_id.get(other_id)
            if other is None:  # a link to something that is not a predicted statement of this document
                continue
            written = (_label(record.get("speaker")), _label(other.get("speaker")))
            key = (_norm(written[0]), _norm(written[1]))
            pairs[key] = (_actor_names(record.get("speaker")), _actor_names(other.get("speaker")))
            labels.setdefault(key, written)
    wanted = [(names_of([g["speaker"], *g.get("speaker_ok", [])]), names_of([g["to"], *g.get("to_ok", [])]))
              for g in gold_pairs]

    def hit(pair: tuple[frozenset[str], frozenset[str]], gold_pair: tuple[frozenset[str], frozenset[str]]) -> bool:
        return bool(pair[0] & gold_pair[0]) and bool(pair[1] & gold_pair[1])

    found = [any(hit(pair, w) for pair in pairs.values()) for w in wanted]
    report.responds.add(Score(
        predicted=len(pairs),
        correct=sum(any(hit(pair, w) for w in wanted) for pair in pairs.values()),
        gold=len(wanted),
        found=sum(found),
    ))
    report.missed_responds += [{"doc": doc, "speaker": g["speaker"], "to": g["to"]}
                               for g, ok in zip(gold_pairs, found) if not ok]
    report.false_responds += [{"doc": doc, "speaker": labels[key][0], "to": labels[key][1]}
                              for key, pair in pairs.items() if not any(hit(pair, w) for w in wanted)]


def _score_events(doc: str, gold_events: Sequence[Mapping[str, Any]],
                  predicted: Sequence[Mapping[str, Any]], report: EvalReport) -> None:
    """Events recall: a gold event is found when a predicted event names one of its keywords in its
    label or trigger and, when the gold gives a date, falls on the same month and day."""
    assert report.events is not None
    for event in gold_events:
        keywords = [k.casefold() for k in event["keywords"]]
        found = False
        for candidate in predicted:
            words = f"{candidate.get('label') or ''} {candidate.get('trigger') or ''}".casefold()
            if any(k in words for k in keywords) and (
                    event.get("date") is None or _month_day(candidate.get("date")) == event["date"]):
                found = True
                break
        report.events.add(Score(gold=1, found=int(found)))
        if not found:
            report.missed_events.append({"doc": doc, "keywords": list(event["keywords"]), "date": event.get("date")})


# --------------------------------------------------------------------------------------------------
# Running the extractor

def run(gold_path: str | Path, inputs: Sequence[str | Path], model: str | None = None,
        show_errors: bool = False, as_json: bool = False) -> int:
    """Extract statements from ``inputs`` (files or folders), score them against the gold file and
    print the report. Returns the exit code: 0, or 1 when the gold file has errors (anchors not found).

    Gold documents that are not among the inputs are listed as skipped rather than counted as
    missed, so that one article can be scored on its own.
    """
    gold = load_gold(gold_path)
    # Imported here: the extractor loads spaCy, which scoring alone never needs.
    from .ingest import find_inputs
    from .pipeline import extract_paths

    records_by_doc: dict[str, list[dict[str, Any]]] = {}
    texts: dict[str, str] = {}
    events: dict[str, list[dict[str, Any]]] = {}
    # The gold file may sit in an input folder; it is JSON, but not an article.
    paths = [p for p in find_inputs([Path(p) for p in inputs]) if p.resolve() != Path(gold_path).resolve()]
    for result in extract_paths(paths, model):
        texts[result.doc] = result.text
        records_by_doc[result.doc] = [s.to_json() for s in result.statements]
        events[result.doc] = [e.to_json() for e in result.events]

    documents = {doc: d for doc, d in gold["documents"].items() if doc in texts}
    if not documents:
        raise GoldError(f"{gold_path}: none of its documents is among the inputs")
    report = score({**gold, "documents": documents}, records_by_doc, texts, events)
    report.skipped_documents = sorted(set(gold["documents"]) - set(documents))
    if as_json:
        print(json.dumps(report.to_json(), indent=1, ensure_ascii=False))
    else:
        print(report.format(show_errors))
    return 1 if report.gold_errors else 0
