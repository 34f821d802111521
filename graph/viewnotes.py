"""View notes: what the views need of each document, kept in the build cache beside its output.

The views count the whole graph (statements by type, who accuses whom, answers) and draw a few
thousand chosen statements and events. Asked of the graph by SPARQL (``views.data.read_graph``),
that costs time in proportion to the corpus on every build that changed anything (23 s at 10,000
articles, however small the change). So each document's extraction also makes a ``ViewNote``:
small rows that say what those queries would find in that document's graph alone. ``ResultCache``
keeps them in the tables below under the document's cache key and drops them with the document; a
build draws its views from them (``views.data.read_notes``): running totals for the overview's
counts, indexes in the order the views choose statements and events, and the fields of those
drawn. At 10,000 articles that reads in about a second what SPARQL took 23 s to find.

A note mirrors the document's graph: each field holds the values of the triples of the same name
in ``views.data`` (``STATEMENT_FIELDS`` ...), made from the record by the rules of
``rdf.document_parts`` (the actors' from its very quads), so both ways give the same pages
(``tests/test_views.py`` compares them). This module is imported where documents are extracted,
so it stays light: plain tuples and JSON, no view code.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .rdf import (ACTOR_CLASSES, OWL_SAME_AS, P, RDF_TYPE, RDFS_LABEL, STATEMENT_CLASSES, DocumentQuads,
                  literal_date, literal_text)
from .records import DocumentResult

__all__ = ["INDEXES", "TABLES", "ViewNote", "forget_notes", "unpacked", "write_note"]

# One row per document, statement and event, under the cache key of the document.
# ``fields`` is JSON (field name -> sorted distinct values, as ``views.data`` reads them),
# compressed: a statement's fields hold its sentence and IRIs, 1 KB a statement as plain JSON. They
# live apart from the columns that rank and count statements, so that sorting all of them reads
# narrow rows. Rows are kept in key and IRI order (WITHOUT ROWID): a look-up is one search, and no
# second index repeats the IRIs.
NOTE_TABLES = {
    "view_documents": "(key TEXT NOT NULL, iri TEXT NOT NULL, doc_id TEXT NOT NULL, statements INTEGER NOT NULL, "
                      "totals TEXT NOT NULL, fields BLOB NOT NULL, PRIMARY KEY (key, iri)) WITHOUT ROWID",
    "view_statements": "(key TEXT NOT NULL, iri TEXT NOT NULL, type TEXT NOT NULL, speaker TEXT NOT NULL, "
                       "date TEXT NOT NULL, chain INTEGER NOT NULL, PRIMARY KEY (key, iri)) WITHOUT ROWID",
    "view_statement_fields": "(key TEXT NOT NULL, iri TEXT NOT NULL, fields BLOB NOT NULL, PRIMARY KEY (key, iri)) "
                             "WITHOUT ROWID",
    "view_events": "(key TEXT NOT NULL, iri TEXT NOT NULL, date TEXT NOT NULL, fields BLOB NOT NULL, "
                   "PRIMARY KEY (key, iri)) WITHOUT ROWID",
}
# What the overview counts, summed over the notes kept: each note adds its counts when it is
# written and takes them away when it is dropped (``view_documents.totals`` keeps them for that), so
# that counting 10,000 articles reads a few hundred rows, whatever changed. ``name`` is documents,
# responses, events, type (``a``: the statement type), accuser (``a``: the speaker), accused (``a``:
# the target), pair (``a`` accuses ``b``) or actor (``a`` is described by ``b``, a JSON list of its
# label, kind, side, wikidata and role in the document: the actors' descriptions are counted too,
# because 10,000 articles describe the same few hundred actors a hundred thousand times).
TABLES = {
    **NOTE_TABLES,
    "view_totals": "(name TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, n INTEGER NOT NULL, "
                   "PRIMARY KEY (name, a, b)) WITHOUT ROWID",
}

# Orders the views ask for, kept by SQLite as rows come: choosing the statements, events and
# documents to draw then reads a few thousand index entries instead of sorting them all.
INDEXES = {
    "view_statements_ranked": "view_statements (chain DESC, date DESC, iri)",
    "view_events_ranked": "view_events (date DESC, iri)",
    "view_documents_by_id": "view_documents (doc_id, iri)",
}

_TYPE_OF_CLASS = {cls.value: kind for kind, cls in STATEMENT_CLASSES.items()}
_ACTOR_CLASS_IRIS = {cls.value for cls in ACTOR_CLASSES.values()}
_ACTOR, _RDF_TYPE = P["Actor"].value, RDF_TYPE.value
# The actor description quads that become view fields: predicate IRI -> field.
_ACTOR_FIELD = {RDFS_LABEL.value: "label", P["country"].value: "side", OWL_SAME_AS.value: "wikidata",
                P["role"].value: "role"}

Fields = dict[str, list[str]]  # field -> its sorted distinct values, of one subject


@dataclass(frozen=True)
class ViewNote:
    """One document's rows for the tables above (the cache key is added when they are written)."""

    document: tuple[str, str, int, str, bytes]  # iri, doc id, statements, totals (JSON), fields
    statements: list[tuple[str, str, str, str, int]]  # iri, type, speaker, date ("" if none), in a chain
    statement_fields: list[tuple[str, bytes]]  # iri, fields
    events: list[tuple[str, str, bytes]]  # iri, date ("" if none), fields

    @classmethod
    def of(cls, result: DocumentResult, parts: DocumentQuads) -> ViewNote:
        """The note of an extracted document; ``parts`` is its ``rdf.document_parts``.

        Made for every document a build extracts, so it is written for speed: each field is built
        as the list it is kept as, and subjects are expected once (a statement or event IRI seen
        again is merged, as its triples would be in the graph).
        """
        doc = result.id
        document = _fields(doc_id=literal_text(result.doc),
                           title=literal_text(result.title) if result.title else None,
                           published=literal_date(result.published),
                           source=literal_text(result.source) if result.source else None, url=result.url or None)

        # A statement's sentence node holds the text of the first sentence of its offsets, as in the graph.
        sentences: dict[tuple[int, int], str] = {}
        for sentence in [*result.sentences, *(statement.sentence for statement in result.statements)]:
            sentences.setdefault((sentence.start, sentence.end), sentence.text)
        statements: dict[str, Fields] = {}
        every, answered, answers = set(), set(), set()
        for statement in result.statements:
            iri = statement.id
            every.add(iri)
            if statement.responds_to:
                answered.update(statement.responds_to)
                answers.update((iri, other) for other in statement.responds_to)
            statement_class = STATEMENT_CLASSES.get(statement.type)
            if statement_class is None:  # no class: the views neither count nor draw it
                continue
            sentence = statement.sentence
            _add(statements, iri, _fields(
                type=statement_class.value, speaker=statement.speaker.id,
                targets=[target.id for target in statement.targets], cue=literal_text(statement.cue),
                content=literal_text(statement.content) if statement.content else None,
                quote="true" if statement.quote else "false",
                charge=literal_text(statement.charge) if statement.charge else None,
                date=literal_date(statement.date), sentence=literal_text(sentences[sentence.start, sentence.end]),
                doc=doc, responds_to=statement.responds_to, about=statement.events))

        statement_rows, statement_fields = [], []
        totals: Counter[tuple[str, str, str]] = Counter()
        for iri, fields in sorted(statements.items()):
            kind = _TYPE_OF_CLASS[fields["type"][0]]
            speaker = fields["speaker"][0]
            chain = "responds_to" in fields or iri in answered
            statement_rows.append((iri, kind, speaker, fields.get("date", [""])[-1], int(chain)))
            statement_fields.append((iri, _packed(fields)))
            totals["type", kind, ""] += 1
            if kind == "accuse":
                totals["accuser", speaker, ""] += 1
                for target in fields.get("targets", ()):
                    totals["accused", target, ""] += 1
                    if target != speaker:
                        totals["pair", speaker, target] += 1

        events: dict[str, Fields] = {}
        for event in result.events:
            _add(events, event.id, _fields(
                label=literal_text(event.label),
                event_type=literal_text(event.event_type) if event.event_type else None,
                date=literal_date(event.date), place=literal_text(event.place) if event.place else None,
                doc=doc, participants=[actor.id for actor in event.participants]))

        totals["documents", "", ""] = 1
        totals["events", "", ""] = len(events)
        totals["responses", "", ""] = sum(1 for _, other in answers if other in every)
        for iri, *description in _actors(parts):
            totals["actor", iri, _ENCODER.encode(description)] = 1
        return cls(
            document=(doc, literal_text(result.doc), len(statement_rows),
                      _ENCODER.encode([[*name, n] for name, n in sorted(totals.items()) if n]),
                      _packed(document)),
            statements=statement_rows,
            statement_fields=statement_fields,
            events=[(iri, fields.get("date", [""])[-1], _packed(fields))
                    for iri, fields in sorted(events.items())],
        )


# json.dumps with options makes a new encoder on every call; a note encodes dozens of fields.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _packed(fields: Fields) -> bytes:
    """Fields as kept: JSON, compressed (``unpacked`` reads them)."""
    return zlib.compress(_ENCODER.encode(fields).encode("utf-8"), 1)


def unpacked(fields: bytes) -> Fields:
    return json.loads(zlib.decompress(fields))


def _fields(**values: str | list[str] | None) -> Fields:
    """A subject's fields as ``views.data`` keeps them: each one's sorted distinct values, if any."""
    fields: Fields = {}
    for name, value in values.items():
        if isinstance(value, str):
            fields[name] = [value]
        elif value:
            fields[name] = sorted(set(value)) if len(value) > 1 else list(value)
    return fields


def _add(subjects: dict[str, Fields], iri: str, fields: Fields) -> None:
    """``fields`` for ``iri``, merged with those it has already (the union of each field's values)."""
    known = subjects.get(iri)
    if known is None:
        subjects[iri] = fields
        return
    for name, values in fields.items():
        known[name] = sorted(set(known.get(name, ())) | set(values))


def _actors(parts: DocumentQuads) -> list[tuple[str, str | None, str | None, str | None, str | None, str | None]]:
    """The actors the document's graph describes, read from the quads that describe them: IRI,
    label, kind (class IRI), side (``ng:country`` IRI), wikidata (IRI) and role, the smallest value
    of each."""
    actors: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for quad in parts.quads[parts.shared.start:parts.shared.stop]:
        predicate, value = quad.predicate.value, quad.object.value
        if predicate == _RDF_TYPE:
            actors[quad.subject.value]["kind" if value in _ACTOR_CLASS_IRIS else "class"].add(value)
        elif predicate in _ACTOR_FIELD:
            actors[quad.subject.value][_ACTOR_FIELD[predicate]].add(value)
    return [(iri, *(min(fields[name], default=None) for name in ("label", "kind", "side", "wikidata", "role")))
            for iri, fields in sorted(actors.items()) if _ACTOR in fields["class"]]


def write_note(db: sqlite3.Connection, key: str, note: ViewNote) -> None:
    """Keep ``note`` under ``key`` in the tables above, in place of any note that key had."""
    forget_notes(db, [key])
    rows: dict[str, list[tuple]] = {
        "view_documents": [note.document],
        "view_statements": note.statements,
        "view_statement_fields": note.statement_fields,
        "view_events": note.events,
    }
    for table, table_rows in rows.items():
        if table_rows:
            db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * (1 + len(table_rows[0])))})",
                           [(key, *row) for row in table_rows])
    _add_totals(db, json.loads(note.document[3]), 1)


def forget_notes(db: sqlite3.Connection, keys: Iterable[str]) -> None:
    """Drop the notes kept under ``keys``, and their counts from the totals."""
    keys = [(key,) for key in keys]
    for key in keys:
        for (totals,) in db.execute("SELECT totals FROM view_documents WHERE key = ?", key).fetchall():
            _add_totals(db, json.loads(totals), -1)
    for table in NOTE_TABLES:
        db.executemany(f"DELETE FROM {table} WHERE key = ?", keys)
    db.execute("DELETE FROM view_totals WHERE n = 0")


def _add_totals(db: sqlite3.Connection, totals: list[list], sign: int) -> None:
    db.executemany("""INSERT INTO view_totals VALUES (?, ?, ?, ?)
                      ON CONFLICT (name, a, b) DO UPDATE SET n = n + excluded.n""",
                   [(name, a, b, sign * n) for name, a, b, n in totals])
