"""Plain records that flow from extraction to RDF, views and JSON.

These dataclasses are the statement record contract of ``shared/design.md``:
``Statement.to_json()`` gives exactly one line of ``newsgraph extract --format jsonl``.
Everything downstream (RDF, views, evaluation) reads these records, never spaCy objects.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "BASE",
    "STATEMENT_TYPES",
    "ACTOR_KINDS",
    "Actor",
    "Event",
    "Mention",
    "Sentence",
    "Statement",
    "DocumentResult",
    "actor_iri",
    "slug",
]

BASE = "https://w3id.org/newsgraph/id/"
STATEMENT_TYPES = ("accuse", "deny", "demand", "claim")
ACTOR_KINDS = ("person", "organization", "country", "group")


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """A stable, IRI-safe, path-safe name: ASCII letters, digits and hyphens only."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    name = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    if not name:
        # Names with no ASCII letters at all still need a stable, distinct slug.
        name = "x" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    if len(name) > 80:
        # Long ids (URLs) often share their first 80 characters: keep them apart with a hash.
        name = name[:67].rstrip("-") + "-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return name


def actor_iri(label: str) -> str:
    return f"{BASE}actor/{slug(label)}"


@dataclass
class Mention:
    """Where an actor or event was named: document id and character offsets."""

    doc: str
    start: int
    end: int
    text: str


@dataclass(eq=False)  # actors are compared by identity: one object per actor per document
class Actor:
    """Somebody who speaks or is spoken about, under its canonical label."""

    label: str
    kind: str = "group"  # one of ACTOR_KINDS
    aliases: list[str] = field(default_factory=list)
    country: str | None = None  # the country or bloc the actor speaks for
    wikidata: str | None = None  # a Q-id
    role: str | None = None  # "President", "spokesman", ...
    mentions: list[Mention] = field(default_factory=list)

    @property
    def id(self) -> str:
        return actor_iri(self.label)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "aliases": list(self.aliases),
            "kind": self.kind,
            "country": self.country,
            "wikidata": self.wikidata,
        }


@dataclass
class Sentence:
    """A sentence (or heading) of a document; ``text == document_text[start:end]``."""

    doc: str
    start: int
    end: int
    text: str
    section: str = "paragraph"  # "title", "heading" or "paragraph"

    @property
    def id(self) -> str:
        return f"{BASE}sentence/{slug(self.doc)}/{self.start}-{self.end}"


@dataclass
class Event:
    """Something that happened: a strike, a killing, a meeting, sanctions ..."""

    doc: str
    label: str
    event_type: str
    trigger: str
    start: int  # offsets of the trigger in the document text
    end: int
    date: str | None = None  # YYYY-MM-DD or --MM-DD
    place: str | None = None
    participants: list[Actor] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{BASE}event/{slug(self.doc)}/{self.start}-{self.end}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "type": self.event_type,
            "trigger": self.trigger,
            "start": self.start,
            "end": self.end,
            "date": self.date,
            "place": self.place,
            "participants": [actor.id for actor in self.participants],
        }


@dataclass
class Statement:
    """One speech act: ``speaker`` accuses / denies / demands / claims ``content`` against ``targets``."""

    doc: str
    type: str  # one of STATEMENT_TYPES
    cue: str  # the cue as written ("disputed", "brushed aside", "according to")
    cue_start: int  # offsets of the cue in the document text, which make the id unique
    cue_end: int
    sentence: Sentence
    speaker: Actor
    targets: list[Actor] = field(default_factory=list)
    content: str | None = None
    quote: bool = False
    charge: str | None = None
    date: str | None = None
    responds_to: list[str] = field(default_factory=list)  # ids of other statements
    events: list[str] = field(default_factory=list)  # ids of events

    @property
    def id(self) -> str:
        # The speaker is part of the id: one cue can carry a statement per speaker
        # ("accused each other", "claims by Ukraine and France").
        return (
            f"{BASE}statement/{slug(self.doc)}/{self.cue_start}-{self.cue_end}"
            f"-{self.type}-{slug(self.speaker.label)}"
        )

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end

    def to_json(self) -> dict[str, Any]:
        """The record of the statement contract, in the contract's key order."""
        return {
            "id": self.id,
            "doc": self.doc,
            "type": self.type,
            "cue": self.cue,
            "sentence": self.sentence.text,
            "start": self.sentence.start,
            "end": self.sentence.end,
            "speaker": self.speaker.to_json(),
            "targets": [target.to_json() for target in self.targets],
            "content": self.content,
            "quote": self.quote,
            "charge": self.charge,
            "date": self.date,
            "responds_to": list(self.responds_to),
            "events": list(self.events),
        }


@dataclass
class DocumentResult:
    """Everything extracted from one document, ready for RDF and views."""

    doc: str
    text: str  # the decoded text all offsets point into
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    source: str | None = None
    url: str | None = None
    language: str | None = None
    path: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{BASE}document/{slug(self.doc)}"

    def summary(self) -> dict[str, Any]:
        return asdict(self)
