"""Reading the graph for the views: SPARQL queries into plain, view-ready records.

The views never walk triples themselves: this module asks the graph (shaped as
``notes/graph-contract.md`` describes) for documents, actors, statements and events, and returns a
``GraphData`` of small frozen dataclasses. Each view then only decides how to draw them.

The graph is an Oxigraph store (``pyoxigraph.Store``: the store a build writes, or a graph file
loaded into one) or an ``rdflib`` graph or dataset. The same SPARQL runs on both; Oxigraph answers
it one to two orders of magnitude faster, which is what lets a build of 10,000 articles draw its
views in a minute rather than not at all.

Each field is read by its own two-column query (``?subject ?value``) rather than one query with a
dozen OPTIONALs: rdflib evaluates OPTIONAL as a nested loop, and on 5,000 statements the one big
query took three times as long as all the small ones together.

Every document's named graph holds its own copy of the actors it mentions, so the queries run over
the union of all graphs; where copies disagree (two labels, two roles) the smallest value wins, so
that the pages are the same on every run.
"""

from __future__ import annotations

import warnings
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox
import rdflib
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

__all__ = [
    "NG",
    "ActorInfo",
    "DocumentInfo",
    "EventInfo",
    "GraphData",
    "StatementInfo",
    "read_graph",
    "sample",
]

NG = rdflib.Namespace("https://w3id.org/newsgraph/ontology#")

PREFIXES = """PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""

# The ontology's statement and actor classes, and the record contract's names for them.
TYPE_OF_CLASS = {str(NG.Accusation): "accuse", str(NG.Denial): "deny", str(NG.Demand): "demand",
                 str(NG.Claim): "claim"}
KIND_OF_CLASS = {str(NG.Person): "person", str(NG.Organization): "organization",
                 str(NG.Country): "country", str(NG.Group): "group"}

# One graph pattern per field, binding ?subject and ?value.
DOCUMENT_FIELDS = {
    "doc_id": "?subject a ng:Document ; ng:docId ?value",
    "title": "?subject a ng:Document ; ng:title ?value",
    "published": "?subject a ng:Document ; ng:published ?value",
    "source": "?subject a ng:Document ; ng:source ?value",
    "url": "?subject a ng:Document ; ng:url ?value",
}
ACTOR_FIELDS = {
    "label": "?subject a ng:Actor ; rdfs:label ?value",
    "kind": "VALUES ?value { ng:Person ng:Organization ng:Country ng:Group } ?subject a ?value",
    "side": "?subject a ng:Actor ; ng:country ?value",
    "wikidata": "?subject a ng:Actor ; owl:sameAs ?value",
    "role": "?subject a ng:Actor ; ng:role ?value",
}
STATEMENT_FIELDS = {
    "type": "VALUES ?value { ng:Accusation ng:Denial ng:Demand ng:Claim } ?subject a ?value",
    "speaker": "?subject a ng:Statement ; ng:speaker ?value",
    "targets": "?subject a ng:Statement ; ng:target ?value",
    "cue": "?subject a ng:Statement ; ng:cue ?value",
    "content": "?subject a ng:Statement ; ng:content ?value",
    "quote": "?subject a ng:Statement ; ng:isQuote ?value",
    "charge": "?subject a ng:Statement ; ng:charge ?value",
    "date": "?subject a ng:Statement ; ng:date ?value",
    "sentence": "?subject a ng:Statement ; ng:source ?sentence . ?sentence ng:text ?value",
    "doc": "?subject a ng:Statement ; ng:inDocument ?value",
    "responds_to": "?subject a ng:Statement ; ng:respondsTo ?value",
    "about": "?subject a ng:Statement ; ng:about ?value",
}
EVENT_FIELDS = {
    "label": "?subject a ng:Event ; rdfs:label ?value",
    "event_type": "?subject a ng:Event ; ng:eventType ?value",
    "date": "?subject a ng:Event ; ng:date ?value",
    "place": "?subject a ng:Event ; ng:place ?value",
    "doc": "?subject a ng:Event ; ng:mention ?mention . ?mention ng:inDocument ?value",
    "participants": "?subject a ng:Event ; ng:participant ?value",
}


@dataclass(frozen=True)
class DocumentInfo:
    """An article: its IRI, its document id (``000_3bac…``) and what is known about it."""

    iri: str
    doc_id: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class ActorInfo:
    """Somebody who speaks or is spoken about; ``side`` is the label of the country it speaks for."""

    iri: str
    label: str
    kind: str = "group"  # person | organization | country | group
    side: str | None = None
    wikidata: str | None = None  # a Q-id
    role: str | None = None


@dataclass(frozen=True)
class StatementInfo:
    """One speech act with everything a tooltip shows about it."""

    iri: str
    type: str  # accuse | deny | demand | claim
    speaker: str  # actor IRI
    targets: tuple[str, ...] = ()
    cue: str | None = None
    content: str | None = None
    quote: bool = False
    charge: str | None = None
    date: str | None = None  # YYYY-MM-DD, --MM-DD (year unknown) or None
    sentence: str | None = None
    doc: str | None = None  # document IRI
    responds_to: tuple[str, ...] = ()
    about: tuple[str, ...] = ()  # event IRIs


@dataclass(frozen=True)
class EventInfo:
    """Something that happened, with when and where, and who took part."""

    iri: str
    label: str
    event_type: str | None = None
    date: str | None = None
    place: str | None = None
    doc: str | None = None
    participants: tuple[str, ...] = ()


@dataclass
class GraphData:
    """Everything the views draw, keyed or sorted by IRI so that every run gives the same pages."""

    documents: dict[str, DocumentInfo] = field(default_factory=dict)
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    statements: list[StatementInfo] = field(default_factory=list)
    events: list[EventInfo] = field(default_factory=list)

    def actor_label(self, iri: str) -> str:
        """The actor's label, or the end of its IRI when the graph does not describe it."""
        actor = self.actors.get(iri)
        return actor.label if actor else _last_part(iri)

    def doc_id(self, iri: str | None) -> str | None:
        if iri is None:
            return None
        document = self.documents.get(iri)
        return document.doc_id if document else _last_part(iri)


GraphSource = ox.Store | rdflib.Dataset | rdflib.Graph


def read_graph(source: GraphSource) -> GraphData:
    """Read documents, actors, statements and events from a graph shaped as the RDF contract says."""
    graph = source if isinstance(source, ox.Store) else _union_view(source)
    data = GraphData()

    documents = _columns(graph, DOCUMENT_FIELDS)
    for iri in _subjects(documents):
        data.documents[iri] = DocumentInfo(
            iri=iri, doc_id=_one(documents, "doc_id", iri) or _last_part(iri),
            title=_one(documents, "title", iri), published=_one(documents, "published", iri),
            source=_one(documents, "source", iri), url=_one(documents, "url", iri),
        )

    actors = _columns(graph, ACTOR_FIELDS)
    labels = actors["label"]
    for iri in _subjects(actors):
        side = _one(actors, "side", iri)  # ng:country points at a country actor: show its label
        wikidata = _one(actors, "wikidata", iri)
        data.actors[iri] = ActorInfo(
            iri=iri, label=_one(actors, "label", iri) or _last_part(iri),
            kind=KIND_OF_CLASS.get(_one(actors, "kind", iri) or "", "group"),
            side=(min(labels[side]) if side in labels else _last_part(side)) if side else None,
            wikidata=_last_part(wikidata) if wikidata else None, role=_one(actors, "role", iri),
        )

    statements = _columns(graph, STATEMENT_FIELDS)
    for iri in sorted(set(statements["type"]) & set(statements["speaker"])):
        data.statements.append(StatementInfo(
            iri=iri, type=TYPE_OF_CLASS[_one(statements, "type", iri) or ""],
            speaker=_one(statements, "speaker", iri) or "", targets=_all(statements, "targets", iri),
            cue=_one(statements, "cue", iri), content=_one(statements, "content", iri),
            quote=_one(statements, "quote", iri) in ("true", "1"), charge=_one(statements, "charge", iri),
            date=_one(statements, "date", iri), sentence=_one(statements, "sentence", iri),
            doc=_one(statements, "doc", iri), responds_to=_all(statements, "responds_to", iri),
            about=_all(statements, "about", iri),
        ))

    events = _columns(graph, EVENT_FIELDS)
    for iri in _subjects(events):
        data.events.append(EventInfo(
            iri=iri, label=_one(events, "label", iri) or _last_part(iri),
            event_type=_one(events, "event_type", iri), date=_one(events, "date", iri),
            place=_one(events, "place", iri), doc=_one(events, "doc", iri),
            participants=_all(events, "participants", iri),
        ))
    return data


def sample(data: GraphData, limit: int) -> GraphData:
    """At most ``limit`` statements and ``limit`` events of ``data``, for views that draw every one.

    A browser draws a few thousand nodes well and a quarter of a million not at all, and every page
    carries the table of its statements. Statements in chains of answers come first (they are what
    the statements view is about), then the most recent; the events kept are those the kept
    statements are about, then the most recent; the actors kept are those the kept statements and
    events involve. The overview counts everything, from the whole ``data``.
    """
    if len(data.statements) <= limit and len(data.events) <= limit:
        return data
    known = {statement.iri for statement in data.statements}
    answered = {other for statement in data.statements for other in statement.responds_to if other in known}

    def in_chain(statement: StatementInfo) -> bool:
        return statement.iri in answered or any(other in known for other in statement.responds_to)

    def newest_first(date: str | None, iri: str) -> tuple[bool, str, str]:
        # Full dates before partial ones before none; then the latest; the IRI makes it total.
        return (not date, "" if not date else _reversed(date if date[0] != "-" else "0000" + date[1:]), iri)

    ranked = sorted(data.statements, key=lambda s: (not in_chain(s), *newest_first(s.date, s.iri)))
    kept = {statement.iri for statement in ranked[:limit]}
    statements = [statement for statement in data.statements if statement.iri in kept]
    about = {event for statement in statements for event in statement.about}
    ranked_events = sorted(data.events, key=lambda e: (e.iri not in about, *newest_first(e.date, e.iri)))
    kept_events = {event.iri for event in ranked_events[:limit]}
    events = [event for event in data.events if event.iri in kept_events]
    involved = {actor for statement in statements for actor in (statement.speaker, *statement.targets)}
    involved |= {actor for event in events for actor in event.participants}
    sides = {data.actors[iri].side for iri in involved if iri in data.actors}
    actors = {iri: actor for iri, actor in data.actors.items() if iri in involved or actor.label in sides}
    return GraphData(documents=data.documents, actors=actors, statements=statements, events=events)


def _reversed(text: str) -> str:
    """A key that sorts strings of digits and dashes in the opposite order."""
    return "".join(chr(0x7F - ord(char)) for char in text)


Columns = dict[str, dict[str, list[str]]]  # field -> subject IRI -> sorted distinct values


def _union_view(dataset: rdflib.Dataset | rdflib.Graph) -> rdflib.Graph:
    """A read view over the union of the named graphs and the default graph.

    A new ``Dataset`` over the same store is a view, not a copy, and leaves the caller's object (its
    ``default_union`` setting included) as it was.
    """
    if isinstance(dataset, rdflib.Dataset):
        return rdflib.Dataset(store=dataset.store, default_union=True)
    return dataset


@lru_cache(maxsize=None)
def _prepared(pattern: str) -> Query:
    # Parsing SPARQL costs more than running these queries on a small graph: parse each pattern once.
    return prepareQuery(_query_text(pattern))


def _query_text(pattern: str) -> str:
    return f"{PREFIXES}SELECT DISTINCT ?subject ?value WHERE {{ {pattern} }}"


def _pairs(graph: ox.Store | rdflib.Graph, pattern: str) -> Iterator[tuple[str, str]]:
    """(subject, value) for every match of ``pattern`` in the union of the graph's graphs."""
    if isinstance(graph, ox.Store):
        from ..store import has_merged_default

        union = not has_merged_default(graph)
        for solution in graph.query(_query_text(pattern), use_default_graph_as_union=union):
            yield solution[0].value, solution[1].value
        return
    with warnings.catch_warnings():
        # rdflib 7.6 warns about its own use of a deprecated name when it reads a union of graphs.
        warnings.filterwarnings("ignore", "Dataset.default_context is deprecated", DeprecationWarning)
        for subject, value in graph.query(_prepared(pattern)):  # type: ignore[misc]
            yield str(subject), str(value)


def _columns(graph: ox.Store | rdflib.Graph, fields: dict[str, str]) -> Columns:
    columns: Columns = {}
    for name, pattern in fields.items():
        found: dict[str, set[str]] = defaultdict(set)
        for subject, value in _pairs(graph, pattern):
            found[subject].add(value)
        columns[name] = {subject: sorted(values) for subject, values in found.items()}
    return columns


def _subjects(columns: Columns) -> list[str]:
    """Everything with at least one field, sorted: the first field query names the class."""
    return sorted(set().union(*columns.values()))


def _one(columns: Columns, name: str, subject: str) -> str | None:
    values = columns[name].get(subject)
    return values[0] if values else None


def _all(columns: Columns, name: str, subject: str) -> tuple[str, ...]:
    return tuple(columns[name].get(subject, ()))


def _last_part(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]
