"""View notes: what the views need of each document, kept in the build cache beside its output.

The views count the whole graph (statements by type, who accuses whom, answers) and draw a few
thousand chosen statements and events. Asked of the graph by SPARQL (``views.data.read_graph``),
that costs time in proportion to the corpus on every build that changed anything (23 s at 10,000
articles, however small the change). So each document's extraction also makes a ``ViewNote``:
small rows that say what those queries would find in that document's graph alone. ``ResultCache``
keeps them in the tables below under the document's cache key, drops them with the document, and a
build draws its views from SQL over the notes of its documents (``views.data.read_notes``): sums,
one sort of narrow rows, and the fields of the statements drawn, in well under a second at 10,000
articles.

A note mirrors the document's graph: each field holds the values of the triples of the same name
in ``views.data`` (``STATEMENT_FIELDS`` ...), made from the record by the rules of
``rdf.document_parts`` (the actors' from its very quads), so both ways give the same pages
(``tests/test_views.py`` compares them). This module is imported where documents are extracted,
so it stays light: plain tuples and JSON, no view code.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .rdf import (ACTOR_CLASSES, OWL_SAME_AS, P, RDF_TYPE, RDFS_LABEL, STATEMENT_CLASSES, DocumentQuads,
                  literal_date, literal_text)
from .records import DocumentResult

__all__ = ["INDEXES", "TABLES", "ViewNote", "write_note"]

# One row per document, statement, accusation target, event and described actor, under the cache
# key of the document. ``fields`` is JSON: field name -> sorted distinct values, as ``views.data``
# reads them. A statement's fields live apart from the columns that rank and count statements, so
# that sorting all of them reads narrow rows.
TABLES = {
    "view_documents": "key TEXT NOT NULL, iri TEXT NOT NULL, doc_id TEXT NOT NULL, statements INTEGER NOT NULL, "
                      "responses INTEGER NOT NULL, fields TEXT NOT NULL, PRIMARY KEY (key, iri)",
    "view_statements": "key TEXT NOT NULL, iri TEXT NOT NULL, type TEXT NOT NULL, speaker TEXT NOT NULL, "
                       "date TEXT NOT NULL, chain INTEGER NOT NULL, PRIMARY KEY (key, iri)",
    "view_statement_fields": "key TEXT NOT NULL, iri TEXT NOT NULL, fields TEXT NOT NULL, PRIMARY KEY (key, iri)",
    "view_accusations": "key TEXT NOT NULL, statement TEXT NOT NULL, speaker TEXT NOT NULL, target TEXT NOT NULL, "
                        "PRIMARY KEY (key, statement, target)",
    "view_events": "key TEXT NOT NULL, iri TEXT NOT NULL, date TEXT NOT NULL, fields TEXT NOT NULL, "
                   "PRIMARY KEY (key, iri)",
    "view_actors": "key TEXT NOT NULL, iri TEXT NOT NULL, label TEXT, kind TEXT, side TEXT, wikidata TEXT, "
                   "role TEXT, PRIMARY KEY (key, iri)",
}

# Orders the views ask for, kept by SQLite as rows come: choosing the statements, events and
# documents to draw then reads a few thousand index entries instead of sorting them all.
INDEXES = {
    "view_statements_ranked": "view_statements (chain DESC, date DESC, iri)",
    "view_events_ranked": "view_events (date DESC, iri)",
    "view_documents_by_id": "view_documents (doc_id, iri)",
    "view_actors_by_iri": "view_actors (iri)",
}

_TYPE_OF_CLASS = {cls.value: kind for kind, cls in STATEMENT_CLASSES.items()}
_ACTOR_CLASS_IRIS = {cls.value for cls in ACTOR_CLASSES.values()}
# The actor description quads that become view fields: predicate IRI -> field.
_ACTOR_FIELD = {RDFS_LABEL.value: "label", P["country"].value: "side", OWL_SAME_AS.value: "wikidata",
                P["role"].value: "role"}

Fields = dict[str, set[str]]  # field -> values, of one subject


@dataclass(frozen=True)
class ViewNote:
    """One document's rows for the tables above (the cache key is added when they are written)."""

    document: tuple[str, str, int, int, str]  # iri, doc id, statements, answers among them, fields
    statements: list[tuple[str, str, str, str, int]]  # iri, type, speaker, date ("" if none), in a chain
    statement_fields: list[tuple[str, str]]  # iri, fields
    accusations: list[tuple[str, str, str]]  # statement, speaker, target: each distinct target once
    events: list[tuple[str, str, str]]  # iri, date ("" if none), fields
    actors: list[tuple[str, str | None, str | None, str | None, str | None, str | None]]
    # iri, label, kind (class IRI), side (ng:country IRI), wikidata (IRI), role: the smallest value of each

    @classmethod
    def of(cls, result: DocumentResult, parts: DocumentQuads) -> ViewNote:
        """The note of an extracted document; ``parts`` is its ``rdf.document_parts``."""
        doc = result.id
        document: Fields = defaultdict(set)
        _put(document, "doc_id", literal_text(result.doc))
        _put(document, "title", literal_text(result.title) if result.title else None)
        _put(document, "published", literal_date(result.published))
        _put(document, "source", literal_text(result.source) if result.source else None)
        _put(document, "url", result.url or None)

        # A statement's sentence node holds the text of the first sentence of its id, as in the graph.
        sentences: dict[str, str] = {}
        for sentence in [*result.sentences, *(statement.sentence for statement in result.statements)]:
            sentences.setdefault(sentence.id, sentence.text)
        statements: dict[str, Fields] = defaultdict(lambda: defaultdict(set))
        every, answered, answers = set(), set(), set()
        for statement in result.statements:
            iri = statement.id
            every.add(iri)
            answered.update(statement.responds_to)
            answers.update((iri, other) for other in statement.responds_to)
            statement_class = STATEMENT_CLASSES.get(statement.type)
            if statement_class is None:  # no class: the views neither count nor draw it
                continue
            fields = statements[iri]
            _put(fields, "type", statement_class.value)
            _put(fields, "speaker", statement.speaker.id)
            fields["targets"].update(target.id for target in statement.targets)
            _put(fields, "cue", literal_text(statement.cue))
            _put(fields, "content", literal_text(statement.content) if statement.content else None)
            _put(fields, "quote", "true" if statement.quote else "false")
            _put(fields, "charge", literal_text(statement.charge) if statement.charge else None)
            _put(fields, "date", literal_date(statement.date))
            _put(fields, "sentence", literal_text(sentences[statement.sentence.id]))
            _put(fields, "doc", doc)
            fields["responds_to"].update(statement.responds_to)
            fields["about"].update(statement.events)

        statement_rows, accusations = [], []
        for iri, fields in sorted(statements.items()):
            kind = _TYPE_OF_CLASS[min(fields["type"])]
            speaker = min(fields["speaker"])
            chain = bool(fields["responds_to"]) or iri in answered
            statement_rows.append((iri, kind, speaker, max(fields["date"], default=""), int(chain)))
            if kind == "accuse":
                accusations.extend((iri, speaker, target) for target in sorted(fields["targets"]))

        events: dict[str, Fields] = defaultdict(lambda: defaultdict(set))
        for event in result.events:
            fields = events[event.id]
            _put(fields, "label", literal_text(event.label))
            _put(fields, "event_type", literal_text(event.event_type) if event.event_type else None)
            _put(fields, "date", literal_date(event.date))
            _put(fields, "place", literal_text(event.place) if event.place else None)
            _put(fields, "doc", doc)
            fields["participants"].update(actor.id for actor in event.participants)

        return cls(
            document=(doc, literal_text(result.doc), len(statement_rows),
                      sum(1 for _, other in answers if other in every), _json(document)),
            statements=statement_rows,
            statement_fields=[(iri, _json(fields)) for iri, fields in sorted(statements.items())],
            accusations=accusations,
            events=[(iri, max(fields["date"], default=""), _json(fields)) for iri, fields in sorted(events.items())],
            actors=_actors(parts),
        )


def _put(fields: Fields, name: str, value: str | None) -> None:
    if value is not None:
        fields[name].add(value)


def _json(fields: Fields) -> str:
    return json.dumps({name: sorted(values) for name, values in sorted(fields.items()) if values},
                      ensure_ascii=False)


def _actors(parts: DocumentQuads) -> list[tuple[str, str | None, str | None, str | None, str | None, str | None]]:
    """The actors the document's graph describes, read from the quads that describe them."""
    actors: dict[str, Fields] = defaultdict(lambda: defaultdict(set))
    actor_class = P["Actor"].value
    for quad in parts.quads[parts.shared.start:parts.shared.stop]:
        predicate, value = quad.predicate.value, quad.object.value
        fields = actors[quad.subject.value]
        if predicate == RDF_TYPE.value:
            _put(fields, "kind" if value in _ACTOR_CLASS_IRIS else "class", value)
        elif predicate in _ACTOR_FIELD:
            _put(fields, _ACTOR_FIELD[predicate], value)
    return [(iri, *(min(fields[name], default=None) for name in ("label", "kind", "side", "wikidata", "role")))
            for iri, fields in sorted(actors.items()) if actor_class in fields["class"]]


def write_note(db: sqlite3.Connection, key: str, note: ViewNote) -> None:
    """Keep ``note`` under ``key`` in the tables above, in place of any note that key had."""
    rows: dict[str, Iterable[tuple]] = {
        "view_documents": [note.document],
        "view_statements": note.statements,
        "view_statement_fields": note.statement_fields,
        "view_accusations": note.accusations,
        "view_events": note.events,
        "view_actors": note.actors,
    }
    for table, table_rows in rows.items():
        db.execute(f"DELETE FROM {table} WHERE key = ?", (key,))
        table_rows = [(key, *row) for row in table_rows]
        if table_rows:
            db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(table_rows[0]))})", table_rows)

