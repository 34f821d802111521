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
query took three times as long as all the small ones together. Classes are matched with
``FILTER (?value IN (...))``, not a ``VALUES`` block: next to the ``VALUES ?subject`` of a read in
part, Oxigraph joined two ``VALUES`` blocks by scanning every typed subject (30 s instead of 0.2 s
for 5,000 statements of a 10,000-article graph).

A graph read in part (``read_graph(limit=...)``) takes memory that does not grow with the graph:
the statements and events to draw are chosen while the rows stream by (``_chosen`` keeps the best
``limit`` in a heap, not a sorted copy of all), the overview lists the first ``document_rows``
documents, and the totals are SPARQL aggregates. What still grows is Oxigraph's own: RocksDB keeps
the index blocks of the files a query touched (about 170 MB for a store of 10,000 articles).

A build reads the same ``GraphData`` from the view notes of its documents in its cache
(``read_notes``; ``graph.viewnotes`` makes them), with SQL instead of SPARQL, in time that hardly
grows with the corpus. Both ways turn the same fields into the same records (``_statement_infos``
...) and choose by the same rules; the tests compare them.

Every document's named graph holds its own copy of the actors it mentions, so the queries run over
the union of all graphs; where copies disagree (two labels, two roles) the smallest value wins, so
that the pages are the same on every run.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
import sys
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, total_ordering

import pyoxigraph as ox
import rdflib
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from ..viewnotes import unpacked

__all__ = [
    "NG",
    "ActorInfo",
    "DocumentInfo",
    "EventInfo",
    "GraphData",
    "StatementInfo",
    "Totals",
    "read_graph",
    "read_notes",
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

DOCUMENT_ROWS = 1000  # documents the overview lists when the graph is read in part

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
    "kind": "?subject a ?value FILTER (?value IN (ng:Person, ng:Organization, ng:Country, ng:Group))",
    "side": "?subject a ng:Actor ; ng:country ?value",
    "wikidata": "?subject a ng:Actor ; owl:sameAs ?value",
    "role": "?subject a ng:Actor ; ng:role ?value",
}
STATEMENT_FIELDS = {
    "type": "?subject a ?value FILTER (?value IN (ng:Accusation, ng:Denial, ng:Demand, ng:Claim))",
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
    totals: Totals | None = None  # set when the graph was read in part (``read_graph(limit=...)``)
    listed: int | None = None  # then: how many documents (first by id) the overview lists

    def count(self) -> Totals:
        """The overview's totals: of the whole graph when it was read in part, else of what was read."""
        return self.totals if self.totals is not None else Totals.of(self)

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


@dataclass
class Totals:
    """What the overview counts over the whole graph, however many statements the views draw."""

    documents: int = 0
    statements: int = 0
    events: int = 0
    responses: int = 0  # answers to statements that are in the graph
    types: Counter[str] = field(default_factory=Counter)  # "accuse" -> statements
    accusers: Counter[str] = field(default_factory=Counter)  # actor -> accusations made
    accused: Counter[str] = field(default_factory=Counter)  # actor -> accusations received
    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)  # (accuser, accused) -> accusations
    per_doc: Counter[str] = field(default_factory=Counter)  # document -> statements (of those read)

    @classmethod
    def of(cls, data: GraphData) -> Totals:
        accusations = [s for s in data.statements if s.type == "accuse"]
        known = {s.iri for s in data.statements}
        return cls(
            documents=len(data.documents), statements=len(data.statements), events=len(data.events),
            responses=sum(1 for s in data.statements for other in s.responds_to if other in known),
            types=Counter(s.type for s in data.statements),
            accusers=Counter(s.speaker for s in accusations),
            accused=Counter(target for s in accusations for target in set(s.targets)),
            pairs=Counter((s.speaker, target) for s in accusations for target in set(s.targets) if target != s.speaker),
            per_doc=Counter(s.doc for s in data.statements if s.doc),
        )


def read_graph(source: GraphSource, limit: int | None = None, document_rows: int = DOCUMENT_ROWS) -> GraphData:
    """Read documents, actors, statements and events from a graph shaped as the RDF contract says.

    With ``limit``, a graph of more statements (or events) than that is read in part: every actor,
    the ``limit`` statements and events that the views draw (``_chosen``), the documents they come
    from and the first ``document_rows`` documents by id (the overview's table), and the overview's
    totals, counted by SPARQL over the whole graph (``GraphData.totals``). The memory this takes does
    not grow with the number of statements or documents.
    """
    graph = source if isinstance(source, ox.Store) else _union_view(source)
    data = GraphData()

    chosen_statements = chosen_events = listed = None
    if limit is not None:
        totals = _totals(graph)
        if totals.statements > limit or totals.events > limit:
            data.totals = totals
            chosen_statements, chosen_events = _chosen(graph, limit)
            listed = _first_documents(graph, document_rows)
            data.listed = len(listed)
            totals.per_doc = _statements_per_document(graph, listed)

    data.statements = _statement_infos(_columns(graph, STATEMENT_FIELDS, chosen_statements))
    data.events = _event_infos(_columns(graph, EVENT_FIELDS, chosen_events))
    wanted = None  # every document, unless read in part: the overview's table and what is drawn
    if listed is not None:
        wanted = _wanted_documents(data, listed)
    data.documents = _document_infos(_columns(graph, DOCUMENT_FIELDS, wanted))
    data.actors = _actor_infos(_columns(graph, ACTOR_FIELDS))
    return data


# --- fields into records: the same for the graph's rows and the build's view notes ---------------

def _statement_infos(statements: Columns) -> list[StatementInfo]:
    return [StatementInfo(
        iri=iri, type=TYPE_OF_CLASS[_one(statements, "type", iri) or ""],
        speaker=_one(statements, "speaker", iri) or "", targets=_all(statements, "targets", iri),
        cue=_one(statements, "cue", iri), content=_one(statements, "content", iri),
        quote=_one(statements, "quote", iri) in ("true", "1"), charge=_one(statements, "charge", iri),
        date=_one(statements, "date", iri), sentence=_one(statements, "sentence", iri),
        doc=_one(statements, "doc", iri), responds_to=_all(statements, "responds_to", iri),
        about=_all(statements, "about", iri),
    ) for iri in sorted(set(statements["type"]) & set(statements["speaker"]))]


def _event_infos(events: Columns) -> list[EventInfo]:
    return [EventInfo(
        iri=iri, label=_one(events, "label", iri) or _last_part(iri),
        event_type=_one(events, "event_type", iri), date=_one(events, "date", iri),
        place=_one(events, "place", iri), doc=_one(events, "doc", iri),
        participants=_all(events, "participants", iri),
    ) for iri in _subjects(events)]


def _wanted_documents(data: GraphData, listed: list[str]) -> list[str]:
    """The documents of a graph read in part: those the overview lists and those of what is drawn."""
    drawn = {item.doc for item in [*data.statements, *data.events] if item.doc}
    return sorted(set(listed) | drawn)


def _document_infos(documents: Columns) -> dict[str, DocumentInfo]:
    return {iri: DocumentInfo(
        iri=iri, doc_id=_one(documents, "doc_id", iri) or _last_part(iri),
        title=_one(documents, "title", iri), published=_one(documents, "published", iri),
        source=_one(documents, "source", iri), url=_one(documents, "url", iri),
    ) for iri in _subjects(documents)}


def _actor_infos(actors: Columns) -> dict[str, ActorInfo]:
    labels = actors["label"]
    infos = {}
    for iri in _subjects(actors):
        side = _one(actors, "side", iri)  # ng:country points at a country actor: show its label
        wikidata = _one(actors, "wikidata", iri)
        infos[iri] = ActorInfo(
            iri=iri, label=_one(actors, "label", iri) or _last_part(iri),
            kind=KIND_OF_CLASS.get(_one(actors, "kind", iri) or "", "group"),
            side=(min(labels[side]) if side in labels else _last_part(side)) if side else None,
            wikidata=_last_part(wikidata) if wikidata else None, role=_one(actors, "role", iri),
        )
    return infos


# --- the build's view notes ---------------------------------------------------------------------------

def read_notes(db: sqlite3.Connection, limit: int | None = None, document_rows: int = DOCUMENT_ROWS) -> GraphData:
    """``read_graph`` of a build's graph, from the view notes of its documents in the build cache.

    ``db`` is ``ResultCache.view_notes()``: the notes (``graph.viewnotes``) of the build's documents
    and no others. The same ``GraphData`` as SPARQL over the graph gives, chosen by the same
    rules (``_chosen``, ``_first_documents``), but counted by the running totals the notes keep and
    chosen from indexes SQLite keeps in that order, with only the drawn statements' fields read:
    about a second at 10,000 articles, where SPARQL took 23 s.
    """
    totals = _note_totals(db)
    data = GraphData()
    in_part = limit is not None and (totals.statements > limit or totals.events > limit)
    if in_part:
        data.totals = totals
        # Chains of answers first, then the newest (full dates, then dates without a year), then IRI.
        chosen = db.execute("""SELECT key, iri FROM view_statements
                               ORDER BY chain DESC, date DESC, iri LIMIT ?""", (limit,)).fetchall()
        data.statements = _statement_infos(_note_columns(STATEMENT_FIELDS, (
            db.execute("SELECT iri, fields FROM view_statement_fields WHERE key = ? AND iri = ?", pair).fetchone()
            for pair in chosen)))
        data.events = _event_infos(_note_columns(EVENT_FIELDS, _note_events(db, chosen, data.statements, limit)))
        listed = [iri for (iri,) in db.execute("""SELECT iri FROM view_documents
                                                  ORDER BY doc_id, iri LIMIT ?""", (document_rows,))]
        data.listed = len(listed)
        wanted = set(_wanted_documents(data, listed))
    else:
        data.statements = _statement_infos(_note_columns(STATEMENT_FIELDS, db.execute(
            "SELECT iri, fields FROM view_statement_fields")))
        data.events = _event_infos(_note_columns(EVENT_FIELDS, db.execute(
            "SELECT iri, fields FROM view_events")))
    documents = db.execute("SELECT iri, statements, fields FROM view_documents").fetchall()
    if in_part:
        counted = set(listed)
        totals.per_doc = Counter({iri: n for iri, n, _ in documents if iri in counted and n})
    data.documents = _document_infos(_note_columns(
        DOCUMENT_FIELDS, ((iri, fields) for iri, _, fields in documents if not in_part or iri in wanted)))
    # Each field's smallest value over the documents, as SPARQL finds in the union of their graphs.
    actors: Columns = {name: {} for name in ACTOR_FIELDS}
    for iri, description in db.execute("SELECT a, b FROM view_totals WHERE name = 'actor'"):
        for name, value in zip(ACTOR_FIELDS, json.loads(description)):
            if value is not None and (iri not in actors[name] or value < actors[name][iri][0]):
                actors[name][iri] = [value]
    data.actors = _actor_infos(actors)
    return data


def _note_totals(db: sqlite3.Connection) -> Totals:
    """``_totals`` of the build's graph: the running sums its documents' notes keep (``view_totals``)."""
    totals = Totals()
    counters = {"type": totals.types, "accuser": totals.accusers, "accused": totals.accused}
    for name, a, b, n in db.execute("SELECT name, a, b, n FROM view_totals WHERE name != 'actor'"):
        if name in counters:
            counters[name][a] = n
        elif name == "pair":
            totals.pairs[a, b] = n
        else:  # documents, responses, events
            setattr(totals, name, n)
    totals.statements = sum(totals.types.values())
    return totals


def _note_events(db: sqlite3.Connection, chosen: list[tuple[str, str]], statements: list[StatementInfo],
                 limit: int) -> list[tuple[str, str]]:
    """``(iri, fields)`` of the events drawn, as ``_chosen`` picks them: those the drawn statements
    are about first (an event is in its statement's document, under the same key), then the newest."""
    key_of = dict((iri, key) for key, iri in chosen)
    about = sorted({(event, key_of[statement.iri]) for statement in statements for event in statement.about})
    rows = {}
    for event, key in about:
        row = db.execute("SELECT iri, fields FROM view_events WHERE key = ? AND iri = ?", (key, event)).fetchone()
        if row is not None:
            rows[event] = row
    events = [rows[iri] for iri in sorted(rows)[:limit]]
    if len(events) < limit:
        newest = db.execute("""SELECT iri, fields FROM view_events
                               ORDER BY date DESC, iri LIMIT ?""", (limit - len(events) + len(rows),))
        events += [row for row in newest if row[0] not in rows][:limit - len(events)]
    return events


def _note_columns(fields: dict[str, str], rows: Iterable[tuple[str, bytes] | None]) -> Columns:
    """``_columns`` of the subjects in ``rows``: ``(iri, fields)``, its fields as a note keeps them."""
    columns: Columns = {name: {} for name in fields}
    for row in rows:
        if row is not None:
            iri, values = row
            for name, value in unpacked(values).items():
                columns[name][iri] = value
    return columns


# Statements are counted and chosen by their class alone (the contract gives each one a speaker),
# without joining on their other triples: each join costs a lookup per statement, 10 s on 300,000.
_CLASSES = "FILTER (?class IN (ng:Accusation, ng:Denial, ng:Demand, ng:Claim))"
_TOTAL_QUERIES = {
    "documents": "SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE { ?doc a ng:Document }",
    "events": "SELECT (COUNT(DISTINCT ?event) AS ?n) WHERE { ?event a ng:Event }",
    "responses": """SELECT (COUNT(*) AS ?n) WHERE {
        SELECT DISTINCT ?statement ?answered WHERE { ?statement ng:respondsTo ?answered . ?answered a ng:Statement } }""",
    "types": f"SELECT ?class (COUNT(DISTINCT ?statement) AS ?n) WHERE {{ ?statement a ?class {_CLASSES} }} GROUP BY ?class",
    "accusers": """SELECT ?speaker (COUNT(DISTINCT ?statement) AS ?n)
        WHERE { ?statement a ng:Accusation ; ng:speaker ?speaker } GROUP BY ?speaker""",
    "accused": """SELECT ?target (COUNT(DISTINCT ?statement) AS ?n)
        WHERE { ?statement a ng:Accusation ; ng:target ?target } GROUP BY ?target""",
    "pairs": """SELECT ?speaker ?target (COUNT(DISTINCT ?statement) AS ?n)
        WHERE { ?statement a ng:Accusation ; ng:speaker ?speaker ; ng:target ?target
                FILTER (?target != ?speaker) } GROUP BY ?speaker ?target""",
}


def _totals(graph: ox.Store | rdflib.Graph) -> Totals:
    """The overview's counts, by SPARQL over the whole graph (``Totals.of`` counts the same in Python;
    ``per_doc`` is left to ``_statements_per_document``, for the documents listed)."""
    totals = Totals()
    for name, query in _TOTAL_QUERIES.items():
        rows = list(_rows(graph, PREFIXES + query))
        if name in ("documents", "events", "responses"):
            setattr(totals, name, int(rows[0][0]) if rows else 0)
        elif name == "types":
            totals.types = Counter({TYPE_OF_CLASS[row[0]]: int(row[1]) for row in rows})
        elif name == "pairs":
            totals.pairs = Counter({(row[0], row[1]): int(row[2]) for row in rows})
        else:
            getattr(totals, name).update({row[0]: int(row[1]) for row in rows})
    totals.statements = sum(totals.types.values())
    return totals


def _first_documents(graph: ox.Store | rdflib.Graph, count: int) -> list[str]:
    """The ``count`` documents first by document id (then IRI), as the overview's table orders them."""
    rows = _rows(graph, PREFIXES + "SELECT ?doc ?id WHERE { ?doc a ng:Document OPTIONAL { ?doc ng:docId ?id } }")
    first = heapq.nsmallest(count, ((doc_id or _last_part(doc), doc) for doc, doc_id in rows))
    return list(dict.fromkeys(doc for _, doc in first))  # a document with two ids is listed once


def _statements_per_document(graph: ox.Store | rdflib.Graph, documents: list[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for values in _slices(documents):
        query = PREFIXES + f"""SELECT ?doc (COUNT(DISTINCT ?statement) AS ?n) WHERE {{ VALUES ?doc {{ {values} }}
            ?statement ng:inDocument ?doc ; a ?class {_CLASSES} }} GROUP BY ?doc"""
        counts.update({doc: int(n) for doc, n in _rows(graph, query)})
    return counts


def _chosen(graph: ox.Store | rdflib.Graph, limit: int) -> tuple[list[str], list[str]]:
    """The statements and events a view draws when it cannot draw them all.

    Statements in chains of answers come first (they are what the statements view is about), then
    the most recent (full dates before dates without a year, undated last); events the chosen
    statements are about come first, then the most recent. Ties go by IRI, so every run draws the same.
    The rows stream through heaps of ``limit`` entries: nothing is sorted whole.
    """
    # Both ends of every answer are in a chain; a statement meets the heap once per answer it is in.
    chain = _Best(limit)
    answers = PREFIXES + """SELECT ?statement ?date WHERE {
        { ?statement ng:respondsTo ?other } UNION { ?other ng:respondsTo ?statement }
        ?statement a ?class """ + _CLASSES + """
        OPTIONAL { ?statement ng:date ?date } }"""
    for statement, date in _rows(graph, answers):
        chain.offer(statement, date)
    statements = chain.ranked()
    if not chain.overflowed and len(statements) < limit:  # room for the newest of the others
        in_chain = set(statements)
        rest = _Best(limit - len(statements))
        every = PREFIXES + f"""SELECT ?statement ?date WHERE {{ ?statement a ?class {_CLASSES}
            OPTIONAL {{ ?statement ng:date ?date }} }}"""
        for statement, date in _rows(graph, every):
            if statement not in in_chain:
                rest.offer(statement, date)
        statements += rest.ranked()

    about: set[str] = set()
    for values in _slices(statements):
        about |= {row[0] for row in _rows(graph, PREFIXES + f"SELECT DISTINCT ?event WHERE {{ VALUES ?statement {{ {values} }} "
                                                   "?statement ng:about ?event . ?event a ng:Event }")}
    events = sorted(about)[:limit]
    if len(events) < limit:
        newest = _Best(limit - len(events))
        for event, date in _rows(graph, PREFIXES + "SELECT ?event ?date WHERE { ?event a ng:Event OPTIONAL { ?event ng:date ?date } }"):
            if event not in about:
                newest.offer(event, date)
        events += newest.ranked()
    return statements, events


class _Best:
    """The ``size`` best of what streams by: newest date first (full dates, then dates without a
    year, then undated), then IRI; an IRI offered again (with another of its dates) counts once."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.heap: list[tuple[tuple[str, _Reversed], str]] = []  # worst at the top
        self.held: dict[str, tuple[str, _Reversed]] = {}
        self.overflowed = False  # whether anything was pushed out (the heap is full of better ones)

    def offer(self, iri: str, date: str | None) -> None:
        # A heap of the worst first: a later date is better, so it sorts after; a smaller IRI is better.
        key = (date or "", _Reversed(iri))
        held = self.held.get(iri)
        if held is not None:
            if key <= held:
                return
            self.heap.remove((held, iri))  # an IRI with two dates: its best one counts (rare)
            heapq.heapify(self.heap)
            del self.held[iri]
        if len(self.heap) < self.size:
            heapq.heappush(self.heap, (key, iri))
            self.held[iri] = key
        elif self.size and key > self.heap[0][0]:
            _, out = heapq.heapreplace(self.heap, (key, iri))
            del self.held[out]
            self.held[iri] = key
            self.overflowed = True
        else:
            self.overflowed = True

    def ranked(self) -> list[str]:
        return [iri for _, iri in sorted(self.heap, reverse=True)]


@total_ordering
class _Reversed:
    """A string that sorts backwards (so that in one key a later date and a smaller IRI both win)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reversed) and self.text == other.text

    def __lt__(self, other: _Reversed) -> bool:
        return self.text > other.text

    def __hash__(self) -> int:
        return hash(self.text)


def _slices(iris: list[str], size: int = 1000) -> Iterator[str]:
    """``VALUES`` bodies of at most ``size`` IRIs each."""
    for start in range(0, len(iris), size):
        yield " ".join(f"<{iri}>" for iri in iris[start:start + size])


def _rows(graph: ox.Store | rdflib.Graph, query: str | Query) -> Iterator[tuple[str, ...]]:
    """The rows of a SELECT query over the union of the graph's graphs, as strings (None if unbound)."""
    if isinstance(graph, ox.Store):
        from ..store import has_merged_default

        solutions = graph.query(query, use_default_graph_as_union=not has_merged_default(graph))
        width = len(solutions.variables)
        for solution in solutions:
            yield tuple(None if solution[i] is None else solution[i].value for i in range(width))
        return
    with warnings.catch_warnings():
        # rdflib 7.6 warns about its own use of a deprecated name when it reads a union of graphs.
        warnings.filterwarnings("ignore", "Dataset.default_context is deprecated", DeprecationWarning)
        for row in graph.query(query):  # type: ignore[union-attr]
            yield tuple(None if value is None else str(value) for value in row)


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
    """(subject, value) for every match of ``pattern`` in the union of the graph's graphs.

    Interned: the same IRIs come back in every field (a speaker in thousands of rows).
    """
    # rdflib gets the pattern parsed once; one with a list of subjects is asked once, so not worth it.
    if isinstance(graph, ox.Store) or pattern.startswith("VALUES ?subject"):
        query: str | Query = _query_text(pattern)
    else:
        query = _prepared(pattern)
    for subject, value in _rows(graph, query):
        yield sys.intern(subject), sys.intern(value)  # type: ignore[arg-type]


def _columns(graph: ox.Store | rdflib.Graph, fields: dict[str, str], subjects: list[str] | None = None) -> Columns:
    """Each field's values by subject; only for ``subjects`` when given (asked for in slices)."""
    columns: Columns = {}
    for name, pattern in fields.items():
        found: dict[str, set[str]] = defaultdict(set)
        if subjects is None:
            patterns = [pattern]
        else:
            patterns = [f"VALUES ?subject {{ {values} }} {pattern}" for values in _slices(subjects)]
        for sliced in patterns:
            for subject, value in _pairs(graph, sliced):
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
