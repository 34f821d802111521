"""The build cache: each document's output under a hash of its content, for incremental builds.

``OUT/.newsgraph-cache/results.sqlite`` (``ResultCache``) keeps, for every article of the last
build, its ``DocumentOutput``: the statement records and its part of every graph file, serialized,
with what the build counts (``DocumentMeta``), where those bytes stand in the outputs that build
wrote, and its view note (``graph.viewnotes``: what the views count and draw of it). A rebuild (``graph.build``) extracts only the articles that are new or changed, copies the
others' bytes from the previous outputs (or the cache), and need not even read a file whose size and
times are unchanged (``cached_reader``). The cache is emptied when anything else that decides the
results changes (``cache_fingerprint``): the spaCy model, the files of ``ontology/`` (cues, actors,
...), or newsgraph's code that makes them. It lives in the output folder because it describes that
folder's outputs: a successful build keeps the entries it used and drops the rest.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import NewsgraphError
from .ingest import BOILERPLATE_FILE, Article, IngestError
from .models import model_identity
from .rdf import DocumentChunks, DocumentQuads, Places, collector_paused
from .records import DocumentResult
from .viewnotes import INDEXES as VIEW_INDEXES
from .viewnotes import TABLES as VIEW_TABLES
from .viewnotes import ViewNote, forget_notes, write_note

__all__ = [
    "CACHE_DIR",
    "DocumentMeta",
    "DocumentOutput",
    "KEYS_PER_QUERY",
    "KnownArticle",
    "Prepared",
    "ResultCache",
    "build_notes",
    "cache_fingerprint",
    "cached_reader",
    "stat_state",
    "views_fingerprint",
]

CACHE_DIR = ".newsgraph-cache"
CACHE_VERSION = 6  # bump when the layout of the cache changes
KEYS_PER_QUERY = 256  # keys looked up in one query (SQLite allows 999 variables in old versions)
PACKAGE = Path(__file__).resolve().parent
ONTOLOGY = BOILERPLATE_FILE.parent
# The code whose changes change what is cached (records and serialized graphs); views and stores
# are written on every build.
# The view notes are both: cached with each document, and read to draw the views.
VIEWS_CODE = ("views/*.py", "views/assets/*", "viewnotes.py")
EXTRACTION_CODE = ("ingest.py", "models.py", "nlp.py", "pipeline.py", "records.py", "rdf.py", "cache.py",
                   "viewnotes.py", "extract/*.py")


# --- a document's outputs ---------------------------------------------------------------------------

@dataclass(frozen=True)
class DocumentMeta:
    """What a build needs to know of a document besides its bytes: counts, graphs, actor triples."""

    doc: str
    path: str | None
    sentences: int
    statements: tuple[str, ...]  # the type of each statement
    actors: tuple[str, ...]  # the IRIs of the actors its graph describes
    events: int
    graphs: tuple[str, ...]  # its named graphs
    shared: tuple[bytes, ...]  # its actor triples, as N-Triples lines (graph.ttl writes them once)

    def to_json(self) -> str:
        """Everything but ``shared``, which is kept as it is (``shared_lines``): four fifths of a
        meta, and JSON would escape every quote in them (a rebuild reads 10,000 metas)."""
        fields = dataclasses.asdict(self)
        del fields["shared"]
        return json.dumps(fields, ensure_ascii=False)

    @property
    def shared_lines(self) -> bytes:
        return b"".join(self.shared)

    @classmethod
    def from_json(cls, text: str, shared_lines: bytes) -> DocumentMeta:
        fields = json.loads(text)
        return cls(doc=fields["doc"], path=fields["path"], sentences=int(fields["sentences"]),
                   statements=tuple(fields["statements"]), actors=tuple(fields["actors"]),
                   events=int(fields["events"]), graphs=tuple(fields["graphs"]),
                   shared=tuple(shared_lines.splitlines(keepends=True)))


# json.dumps with options makes a new encoder on every call; a statement's record is one call.
_RECORD_ENCODER = json.JSONEncoder(ensure_ascii=False)


@dataclass(frozen=True)
class DocumentOutput:
    """What a build writes for one document: its records and serialized graphs, and what it counts.

    Made from a ``DocumentResult`` once, then written and cached; a rebuild copies its bytes from
    the previous output files or, when those changed, reads them back from the cache. The cache
    holds JSON and bytes: no pickle, so an entry is data and can never run code.
    """

    meta: DocumentMeta
    records: bytes  # its lines of statements.jsonl
    chunks: DocumentChunks

    @classmethod
    @collector_paused()
    def of(cls, result: DocumentResult, parts: DocumentQuads | None = None) -> DocumentOutput:
        """The output of an extracted document (``parts``: its ``rdf.document_parts``, when made)."""
        from .rdf import document_parts, serialize_document

        parts = parts or document_parts(result)
        records = "".join(_RECORD_ENCODER.encode(statement.to_json()) + "\n" for statement in result.statements)
        chunks = serialize_document(parts)
        # The actors the graph describes (speakers, targets, participants and the countries they
        # speak for): what the overview page counts too.
        meta = DocumentMeta(doc=result.doc, path=result.path, sentences=len(result.sentences),
                            statements=tuple(statement.type for statement in result.statements),
                            actors=tuple(parts.actors), events=len(result.events), graphs=chunks.graphs,
                            shared=chunks.shared)
        return cls(meta=meta, records=records.encode("utf-8"), chunks=chunks)

    def to_blob(self) -> bytes:
        """The bytes, compressed (the meta is kept beside them, as JSON)."""
        parts = [self.records, self.chunks.trig, self.chunks.nquads, self.chunks.jsonld, self.chunks.turtle]
        header = json.dumps([len(part) for part in parts]).encode()
        return zlib.compress(header + b"\n" + b"".join(parts), 1)

    @classmethod
    def from_row(cls, meta: DocumentMeta, blob: bytes) -> DocumentOutput:
        """The output ``to_blob`` wrote; ``ValueError`` (or ``zlib.error``) for anything else."""
        line, _, body = zlib.decompress(blob).partition(b"\n")
        lengths = json.loads(line)
        if len(lengths) != 5 or sum(lengths) != len(body):
            raise ValueError("the parts do not add up")
        parts, offset = [], 0
        for length in lengths:
            parts.append(body[offset:offset + length])
            offset += length
        records, trig, nquads, jsonld, turtle = parts
        return cls(meta=meta, records=records, chunks=DocumentChunks(
            graphs=meta.graphs, trig=trig, nquads=nquads, jsonld=jsonld, turtle=turtle, shared=meta.shared))


@dataclass(frozen=True)
class Prepared:
    """A document's output as made where it was extracted, so that the parent only writes it.

    Building the quads, serializing them and compressing the cache entry cost about a tenth of the
    parse; done in the parent, they would make it the bottleneck of ``--jobs`` and of a Dask
    cluster. The quads themselves do not travel: a store is loaded from the serialized chunks,
    which Oxigraph parses faster than Python hands it quads (``StoreLoader.add_chunks``).
    """

    output: DocumentOutput
    blob: bytes  # ``output.to_blob()``, the cache entry
    note: ViewNote  # what the views need of it, kept in the cache too

    @property
    def doc(self) -> str:
        return self.output.meta.doc

    @classmethod
    @collector_paused()  # the quads live until the note is made
    def of(cls, result: DocumentResult) -> Prepared:
        from .rdf import document_parts

        parts = document_parts(result)
        output = DocumentOutput.of(result, parts)
        return cls(output=output, blob=output.to_blob(), note=ViewNote.of(result, parts))


# --- the cache of document outputs ------------------------------------------------------------------

def cache_fingerprint(model: str | None = None, ontology: Path | None = None) -> str:
    """A hash of everything besides the article that decides its result: model, ontology, code.

    Editing a cue, an actor or a boilerplate line, updating the model or changing the extraction
    code gives a new fingerprint, and a cache with another fingerprint is emptied.
    """
    digest = hashlib.sha256(f"newsgraph cache {CACHE_VERSION}\n{model_identity(model)}\n".encode())
    ontology = ontology or ONTOLOGY
    files = sorted(path for pattern in ("*.ttl", "*.txt") for path in ontology.glob(pattern))
    files += sorted(path for pattern in EXTRACTION_CODE for path in PACKAGE.glob(pattern))
    return _hash_files(digest, files)


def views_fingerprint() -> str:
    """A hash of the code and assets that draw the views: the same graph drawn by other code is
    drawn again."""
    files = sorted(path for pattern in VIEWS_CODE for path in PACKAGE.glob(pattern))
    return _hash_files(hashlib.sha256(f"newsgraph views {CACHE_VERSION}\n".encode()), files)


def _hash_files(digest: Any, files: list[Path]) -> str:
    for path in files:
        digest.update(f"{path.name} {path.stat().st_size}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class ResultCache:
    """The document outputs of the previous build, by content hash: ``OUT/.newsgraph-cache/results.sqlite``.

    A key is the hash of an article as ingested (id, text, metadata, file) and the ``--date``
    fallback; the model, ontology and code are the cache's fingerprint, kept once. A value is a
    ``DocumentMeta`` as JSON (its actor lines beside it, as they are), the document's bytes
    compressed (``DocumentOutput.to_blob``), where its chunks stand in the outputs the last build
    wrote (``Places``), and its view note in the tables of ``graph.viewnotes``: JSON and bytes, never
    pickles. SQLite makes every write atomic, and each new result is committed as it comes, so a
    build that is killed keeps the work it did: running it again resumes. ``finish()`` after a
    successful build forgets the entries the build did not use and notes the outputs it wrote (so
    that the next build can tell whether they are still as written) and the store it loaded with
    that store's stamp (``store_state``: whether the store still holds the unchanged documents),
    in two steps: ``settle`` while the files are being written, ``finish`` once they are in place.
    """

    FILE = "results.sqlite"
    # Places live apart from the blobs they describe: a build rewrites every document's places, and
    # SQLite rewrites a whole row (its blob's overflow pages included) to change one column of it.
    TABLES = {
        "results": "(key TEXT PRIMARY KEY, meta TEXT NOT NULL, shared BLOB NOT NULL, chunks BLOB NOT NULL)",
        "places": "(key TEXT PRIMARY KEY, places TEXT NOT NULL)",
        "files": "(path TEXT PRIMARY KEY, state TEXT NOT NULL, date TEXT NOT NULL, docs TEXT NOT NULL)",
        **VIEW_TABLES,
    }

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint
        self.used: set[str] = set()
        self.files_used: set[str] = set()
        self._keys: set[str] | None = None  # the keys of the entries, read at the first lookup
        self._files: dict[str, tuple[str, str, str]] | None = None  # path -> (state, date, docs)
        self._last_key: tuple[Article | None, str] = (None, "")
        self._ahead: dict[str, tuple[DocumentMeta, Places | None]] = {}  # metas read ahead (``read_ahead``)
        self.settled = False  # see ``settle``
        try:
            self.db = self._open()
        except sqlite3.DatabaseError:
            # Not a database any more (a damaged or foreign file): a cache can always start again.
            self._remove()
            self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        self.folder.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.folder / self.FILE, timeout=60, isolation_level=None)
        try:
            # WAL without fsync on every commit: a cache may lose its last entries on power loss,
            # never its consistency.
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = db.execute("SELECT value FROM meta WHERE name = 'fingerprint'").fetchone()
            if row is None or row[0] != self.fingerprint:
                # Another fingerprint (CACHE_VERSION is in it): the tables may have another layout too.
                with db:
                    db.execute("BEGIN")
                    for table in self.TABLES:
                        db.execute(f"DROP TABLE IF EXISTS {table}")
                    db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (self.fingerprint,))
            for table, definition in self.TABLES.items():
                db.execute(f"CREATE TABLE IF NOT EXISTS {table} {definition}")
            for index, columns in VIEW_INDEXES.items():
                db.execute(f"CREATE INDEX IF NOT EXISTS {index} ON {columns}")
        except BaseException:
            db.close()
            raise
        return db

    def _remove(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            (self.folder / (self.FILE + suffix)).unlink(missing_ok=True)

    def key(self, article: Article, date: str | None) -> str:
        """The content hash of an article as ingested, with the ``--date`` it falls back on."""
        if self._last_key[0] is article:  # asked twice in a row: when read, and when looked up
            return self._last_key[1]
        content = json.dumps([dataclasses.asdict(article), date], ensure_ascii=False, sort_keys=True)
        key = hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()
        self._last_key = (article, key)
        return key

    def __contains__(self, key: str) -> bool:
        # A rebuild asks for every document: the keys are read once, in one query.
        if self._keys is None:
            self._keys = {key for (key,) in self.db.execute("SELECT key FROM results")}
        return key in self._keys

    def meta(self, key: str) -> tuple[DocumentMeta, Places | None]:
        """A cached document's meta, and where its chunks stand in the outputs of the last build."""
        return self.metas([key])[0]

    def metas(self, keys: list[str]) -> list[tuple[DocumentMeta, Places | None]]:
        """``meta`` of each of ``keys`` (``KEYS_PER_QUERY`` at most), in one query: a rebuild reads
        thousands."""
        wanted = [key for key in keys if key not in self._ahead]
        if wanted:
            self._ahead.update(self._read_metas(wanted))
        self.used.update(keys)
        return [self._ahead.pop(key) for key in keys]

    def read_ahead(self, keys: list[str]) -> None:
        """Read the metas of ``keys`` now, for ``metas`` to find later: a rebuild reads those of
        the documents after a changed one while that one is being extracted."""
        for start in range(0, len(keys), KEYS_PER_QUERY):
            self._ahead.update(self._read_metas(keys[start:start + KEYS_PER_QUERY]))

    def _read_metas(self, keys: list[str]) -> dict[str, tuple[DocumentMeta, Places | None]]:
        query = ("SELECT key, meta, shared, places FROM results LEFT JOIN places USING (key) "
                 f"WHERE key IN ({','.join('?' * len(keys))})")
        rows = {key: row for key, *row in self.db.execute(query, keys)}
        found = {}
        try:
            for key in keys:
                meta, shared, places = rows[key]
                found[key] = (DocumentMeta.from_json(meta, shared),
                              {name: (int(offset), int(length)) for name, (offset, length) in json.loads(places).items()}
                              if places else None)
        except Exception as error:  # noqa: BLE001 - anything wrong with an entry means a damaged cache
            raise self._damaged(error) from None
        return found

    def get(self, key: str) -> DocumentOutput:
        """A cached document's output, bytes and all."""
        meta, _ = self.meta(key)
        row = self.db.execute("SELECT chunks FROM results WHERE key = ?", (key,)).fetchone()
        try:
            return DocumentOutput.from_row(meta, row[0])
        except Exception as error:  # noqa: BLE001 - anything wrong with an entry means a damaged cache
            raise self._damaged(error) from None

    def _damaged(self, error: Exception) -> NewsgraphError:
        self.close()
        self._remove()
        return NewsgraphError(f"{self.folder}: a cached result could not be read ({type(error).__name__}); "
                              "the cache was cleared, run the build again")

    def put(self, key: str, output: DocumentOutput, blob: bytes | None = None, note: ViewNote | None = None) -> None:
        """Keep ``output`` under ``key`` (``blob``: its ``to_blob()``, when already made), with its
        view ``note`` when given (a build without one draws its views from the graph)."""
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)",
                            (key, output.meta.to_json(), output.meta.shared_lines,
                             output.to_blob() if blob is None else blob))
            self.db.execute("DELETE FROM places WHERE key = ?", (key,))
            if note is not None:
                write_note(self.db, key, note)
        self.used.add(key)
        if self._keys is not None:
            self._keys.add(key)

    def view_notes(self) -> sqlite3.Connection | None:
        """The cache's database for ``views.data.read_notes``, its tables of view notes holding the
        notes of the documents this build used and no others (``settle`` would drop those anyway);
        None unless each of its documents has a note."""
        if not self.settled:  # ``settle`` forgot them already
            with self.db:
                self.db.execute("BEGIN")
                self._forget_unused()
        (noted,) = self.db.execute("SELECT COUNT(*) FROM view_documents").fetchone()
        return self.db if noted == len(self.used) else None

    def _forget_unused(self) -> None:
        """Drop the entries, places and view notes of the documents this build did not use: by key,
        so that the large tables of notes are not scanned (a rebuild leaves behind a few)."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM used")
        self.db.executemany("INSERT INTO used VALUES (?)", ((key,) for key in self.used))
        unused = self.db.execute("SELECT key FROM results WHERE key NOT IN (SELECT key FROM used)").fetchall()
        for table in ("results", "places"):
            self.db.executemany(f"DELETE FROM {table} WHERE key = ?", unused)
        forget_notes(self.db, [key for (key,) in unused])
        if self._keys is not None:
            self._keys.difference_update(key for (key,) in unused)

    def outputs_state(self) -> dict[str, str]:
        """The outputs the last successful build wrote: file name -> its ``_output_state``."""
        row = self.db.execute("SELECT value FROM meta WHERE name = 'outputs'").fetchone()
        return json.loads(row[0]) if row else {}

    def known_file(self, path: Path, date: str | None) -> list[tuple[str, str]] | None:
        """``(doc, key)`` of every article of ``path`` when the file is as the previous build read it.

        "As read" means the same size, inode and modification times for the file and its metadata
        file (what ``make`` and ``git status`` trust too), with every article's output in the cache:
        a rebuild then need not read, decode and hash it again.
        """
        state = _file_state(path)
        if state is None:
            return None
        if self._files is None:  # read once, in one query: a rebuild asks for every file
            self._files = {path: (state, date, docs)
                           for path, state, date, docs in self.db.execute("SELECT path, state, date, docs FROM files")}
        known = self._files.get(str(path))
        if known is None or known[:2] != (state, date or ""):
            return None
        docs = [tuple(pair) for pair in json.loads(known[2])]
        if not all(key in self for _, key in docs):
            return None
        self.files_used.add(str(path))
        return docs  # type: ignore[return-value]

    def remember_file(self, path: Path, date: str | None, docs: list[tuple[str, str]]) -> None:
        state = _file_state(path)
        if state is not None:
            row = (str(path), state, date or "", json.dumps(docs))
            self.db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", row)
            if self._files is not None:
                self._files[row[0]] = row[1:]
            self.files_used.add(str(path))

    def store_state(self) -> tuple[str, str] | None:
        """(store folder, its stamp) as the previous successful build left them, if it loaded one."""
        row = self.db.execute("SELECT value FROM meta WHERE name = 'store'").fetchone()
        return tuple(json.loads(row[0])) if row else None  # type: ignore[return-value]

    def views_state(self) -> dict[str, Any] | None:
        """The views the last successful build drew: what from (``source``), with which code, and
        the ``stat_state`` of each page."""
        row = self.db.execute("SELECT value FROM meta WHERE name = 'views'").fetchone()
        return json.loads(row[0]) if row else None

    def settle(self, places: dict[str, Places]) -> None:
        """Once every document is written (while the files are still being copied and synced):
        keep exactly the entries this build used, with ``places``, where their chunks stand in the
        outputs it is writing. The outputs of the last build are forgotten here, in the same
        transaction, since these places no longer describe them; ``finish`` notes the new ones
        when they are in place. A build that fails in between leaves a next one nothing to copy
        from, and it reads its cache instead."""
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute("DELETE FROM meta WHERE name = 'outputs'")
            self.db.execute("DELETE FROM places")
            self.db.executemany("INSERT INTO places VALUES (?, ?)",
                                ((key, json.dumps(where)) for key, where in places.items()))
            self._forget_unused()
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS used_files (path TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM used_files")
            self.db.executemany("INSERT INTO used_files VALUES (?)", ((path,) for path in self.files_used))
            self.db.execute("DELETE FROM files WHERE path NOT IN (SELECT path FROM used_files)")
        self.settled = True

    def finish(self, store: tuple[str, str] | None = None, outputs: dict[str, str] | None = None,
               views: dict[str, Any] | None = None) -> None:
        """After a successful build, ``settle``d: note the ``outputs`` it wrote, the ``store`` it
        loaded, the ``views`` it drew (see ``views_state``) and the code that reads its view notes
        (``build_notes``), and close."""
        notes = views_fingerprint()
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute("DELETE FROM meta WHERE name IN ('store', 'outputs', 'views', 'notes')")
            for name, value in (("store", list(store) if store else None), ("outputs", outputs), ("views", views),
                                ("notes", notes)):
                if value:
                    self.db.execute("INSERT INTO meta VALUES (?, ?)", (name, json.dumps(value)))
        self.close()

    def close(self) -> None:
        self.db.close()


def build_notes(graph: Path) -> sqlite3.Connection | None:
    """The view notes of the build that wrote ``graph`` (a graph file in its output folder), opened
    read-only, for ``views.data.read_notes``: ``newsgraph view`` then draws the views as the build
    does, without reading the whole graph (1 to 2 s at 10,000 articles, not 23 s).

    None unless the folder's cache still describes that very file: the build that finished last
    wrote it (its ``stat_state`` is the one noted), the notes are read by the code that wrote them
    (the views' fingerprint), and exactly that build's documents have notes (a later build that
    stopped half-way may have added others, or dropped some).
    """
    path = graph.parent / CACHE_DIR / ResultCache.FILE
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        noted = dict(db.execute("SELECT name, value FROM meta WHERE name IN ('outputs', 'notes')"))
        outputs = json.loads(noted.get("outputs", "{}"))
        if outputs.get(graph.name) != stat_state(graph) or json.loads(noted.get("notes", "null")) != views_fingerprint():
            raise LookupError(graph)
        (strays,) = db.execute("""SELECT (SELECT COUNT(*) FROM view_documents WHERE key NOT IN (SELECT key FROM places))
                                       + (SELECT COUNT(*) FROM places WHERE key NOT IN (SELECT key FROM view_documents))
                               """).fetchone()
        if strays:
            raise LookupError(graph)
    except (sqlite3.Error, OSError, ValueError, LookupError):
        db.close()
        return None
    return db


def stat_state(path: Path) -> str:
    """Inode, size and times of a file: while they are the same, so is the file (what ``make`` and
    ``git status`` trust too). Raises ``OSError`` when the file cannot be seen."""
    stat = os.stat(path)
    return f"{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}"


def _file_state(path: Path) -> str | None:
    """The ``stat_state`` of an input file and its metadata file ("-" for a missing one)."""
    states = []
    for candidate in (path, path.with_name(path.stem + ".meta.json")):
        try:
            states.append(stat_state(candidate))
        except FileNotFoundError:
            states.append("-")
        except OSError:
            return None
    return " ".join(states)


@dataclass(frozen=True)
class KnownArticle:
    """An article of an unchanged file, known by its id and content key without reading the file."""

    doc: str
    key: str
    path: str


def cached_reader(cache: ResultCache, date: str | None) -> Callable[[Path], Iterator[Article | KnownArticle]]:
    """``ingest.read_path`` that skips files the cache knows, and notes the files it reads whole."""
    from .ingest import read_path

    def read(path: Path) -> Iterator[Article | KnownArticle | IngestError]:
        known = cache.known_file(path, date)
        if known is not None:
            for doc, key in known:
                yield KnownArticle(doc, key, str(path))
            return
        docs, failed = [], False
        for item in read_path(path):
            if isinstance(item, Article):
                docs.append((item.doc, cache.key(item, date)))
            else:
                failed = True  # reported again next time: the file is read again
            yield item
        if not failed:
            cache.remember_file(path, date, docs)

    return read
