"""``newsgraph build``: articles in, graph files, statement records, a store and views out.

Documents stream through: each extracted document is written to every output at once (graph files,
statements.jsonl, the Oxigraph store, the SPARQL endpoint), so memory stays flat on large corpora.
Every output is written under a temporary name and renamed at the end, so an interrupted or failed
build leaves the previous outputs, and the previous store, as they were.

Extraction runs where ``graph.engine`` says (this process, ``--jobs N`` processes, a Dask cluster).

Incremental builds: ``OUT/.newsgraph-cache/`` keeps each document's output under a hash of its
content (``ResultCache``): its statement records and its part of every graph file, serialized
(``DocumentOutput``). A rebuild extracts only the documents that are new or changed; for the others
it copies the cached bytes into the output files, and leaves their graphs in the store alone when
the store is the one the previous build loaded (``StoreLoader.stamp``). So changing one article of
10,000 costs one article's parse plus writing the files out again, and the outputs equal a clean
build byte for byte. The cache is emptied when anything else that decides the results changes: the
spaCy model, the files of ``ontology/`` (cues, actors, ...), or newsgraph's code that writes them.
It lives in the output folder because it describes that folder's outputs: a successful build keeps
the entries it used and drops the rest.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
import sys
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .errors import NewsgraphError, UsageError
from .fileio import ChunkStream, atomic_write
from .ingest import BOILERPLATE_FILE, Article, find_inputs
from .rdf import DocumentChunks, Places
from .records import DocumentResult

__all__ = ["BuildSummary", "CACHE_DIR", "DocumentMeta", "DocumentOutput", "ResultCache", "build", "cache_fingerprint"]

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PROGRESS_FROM = 5  # documents: smaller builds finish before a progress bar would help
CACHE_DIR = ".newsgraph-cache"
CACHE_VERSION = 3  # bump when the layout of the cache changes
PACKAGE = Path(__file__).resolve().parent
ONTOLOGY = BOILERPLATE_FILE.parent
# The code whose changes change what is cached (records and serialized graphs); views and stores
# are written on every build.
EXTRACTION_CODE = ("ingest.py", "nlp.py", "pipeline.py", "records.py", "rdf.py", "build.py", "extract/*.py")


@dataclass
class BuildSummary:
    out: Path
    documents: int = 0
    sentences: int = 0
    statements: Counter = field(default_factory=Counter)
    actors: set[str] = field(default_factory=set)
    events: int = 0
    failures: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    store: Path | None = None
    endpoint: str | None = None
    extracted: int = 0  # documents parsed and extracted by this build
    reused: int = 0  # documents taken unchanged from the cache of the previous build

    def add(self, meta: DocumentMeta) -> None:
        self.documents += 1
        self.sentences += meta.sentences
        self.statements.update(meta.statements)
        self.actors.update(meta.actors)
        self.events += meta.events

    def describe(self) -> str:
        """The one-paragraph summary printed at the end of a build."""
        by_type = ", ".join(f"{self.statements[kind]} {kind}" for kind in ("accuse", "deny", "demand", "claim"))
        where = f"Outputs in {self.out}/: " + ", ".join(path.name for path in self.outputs) if self.outputs else ""
        lines = [
            f"Built {self.documents} document{'s' * (self.documents != 1)}, {self.sentences} sentences: "
            f"{sum(self.statements.values())} statements ({by_type}), {len(self.actors)} actors, "
            f"{self.events} events.",
            where,
        ]
        if self.reused:
            lines.append(f"{self.reused} unchanged document{'s' * (self.reused != 1)} came from the cache "
                         f"of the previous build; {self.extracted} {'was' if self.extracted == 1 else 'were'} extracted.")
        if self.store:
            lines.append(f"Loaded into the Oxigraph store {self.store}.")
        if self.endpoint:
            lines.append(f"Loaded into {self.endpoint}.")
        if self.failures:
            lines.append(f"{len(self.failures)} input{'s' * (len(self.failures) != 1)} failed (see above); "
                         "the rest was built. Exit status 1.")
        return " ".join(line for line in lines if line)


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
        fields = dataclasses.asdict(self)
        fields["shared"] = [line.decode("utf-8") for line in self.shared]
        return json.dumps(fields, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> DocumentMeta:
        fields = json.loads(text)
        return cls(doc=fields["doc"], path=fields["path"], sentences=int(fields["sentences"]),
                   statements=tuple(fields["statements"]), actors=tuple(fields["actors"]),
                   events=int(fields["events"]), graphs=tuple(fields["graphs"]),
                   shared=tuple(line.encode("utf-8") for line in fields["shared"]))


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
    def of(cls, result: DocumentResult, quads: list | None = None) -> DocumentOutput:
        """The output of an extracted document (``quads``: its ``document_quads``, if already made)."""
        import pyoxigraph as ox

        from .rdf import NG, document_quads, serialize_document

        quads = document_quads(result) if quads is None else quads
        records = "".join(json.dumps(statement.to_json(), ensure_ascii=False) + "\n"
                          for statement in result.statements)
        chunks = serialize_document(quads)
        # The actors the graph describes (speakers, targets, participants and the countries they
        # speak for): what the overview page counts too.
        is_a, actor = ox.NamedNode(RDF_TYPE), ox.NamedNode(NG + "Actor")
        actors = sorted({q.subject.value for q in quads if q.predicate == is_a and q.object == actor})
        meta = DocumentMeta(doc=result.doc, path=result.path, sentences=len(result.sentences),
                            statements=tuple(statement.type for statement in result.statements),
                            actors=tuple(actors), events=len(result.events), graphs=chunks.graphs,
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


# --- the cache of document outputs ------------------------------------------------------------------

def _model_identity(model: str | None) -> str:
    """The model's name and version (or, for a model folder, its meta.json), and spaCy's version."""
    from importlib import metadata

    from .nlp import model_name

    name = model_name(model)
    folder = Path(name)
    if (folder / "meta.json").is_file():
        version = hashlib.sha256((folder / "meta.json").read_bytes()).hexdigest()
    else:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "unknown"
    try:
        spacy_version = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        spacy_version = "unknown"
    return f"model {name} {version} spacy {spacy_version}"


def cache_fingerprint(model: str | None = None, ontology: Path | None = None) -> str:
    """A hash of everything besides the article that decides its result: model, ontology, code.

    Editing a cue, an actor or a boilerplate line, updating the model or changing the extraction
    code gives a new fingerprint, and a cache with another fingerprint is emptied.
    """
    digest = hashlib.sha256(f"newsgraph cache {CACHE_VERSION}\n{_model_identity(model)}\n".encode())
    ontology = ontology or ONTOLOGY
    files = sorted(path for pattern in ("*.ttl", "*.txt") for path in ontology.glob(pattern))
    files += sorted(path for pattern in EXTRACTION_CODE for path in PACKAGE.glob(pattern))
    for path in files:
        digest.update(f"{path.name} {path.stat().st_size}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class ResultCache:
    """The document outputs of the previous build, by content hash: ``OUT/.newsgraph-cache/results.sqlite``.

    A key is the hash of an article as ingested (id, text, metadata, file) and the ``--date``
    fallback; the model, ontology and code are the cache's fingerprint, kept once. A value is a
    ``DocumentMeta`` as JSON, the document's bytes compressed (``DocumentOutput.to_blob``), and
    where its chunks stand in the outputs the last build wrote (``Places``): JSON and bytes, never
    pickles. SQLite makes every write atomic, and each new result is committed as it comes, so a
    build that is killed keeps the work it did: running it again resumes. ``finish()`` after a
    successful build forgets the entries the build did not use and notes the outputs it wrote (so
    that the next build can tell whether they are still as written) and the store it loaded with
    that store's stamp (``store_state``: whether the store still holds the unchanged documents).
    """

    FILE = "results.sqlite"

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint
        self.used: set[str] = set()
        self.files_used: set[str] = set()
        self._last_key: tuple[Article | None, str] = (None, "")
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
            db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, meta TEXT NOT NULL, "
                       "chunks BLOB NOT NULL, places TEXT)")
            db.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, state TEXT NOT NULL, "
                       "date TEXT NOT NULL, docs TEXT NOT NULL)")
            row = db.execute("SELECT value FROM meta WHERE name = 'fingerprint'").fetchone()
            if row is None or row[0] != self.fingerprint:
                with db:
                    db.execute("BEGIN")
                    db.execute("DELETE FROM results")
                    db.execute("DELETE FROM files")
                    db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (self.fingerprint,))
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
        return self.db.execute("SELECT 1 FROM results WHERE key = ?", (key,)).fetchone() is not None

    def meta(self, key: str) -> tuple[DocumentMeta, Places | None]:
        """A cached document's meta, and where its chunks stand in the outputs of the last build."""
        row = self.db.execute("SELECT meta, places FROM results WHERE key = ?", (key,)).fetchone()
        try:
            meta = DocumentMeta.from_json(row[0])
            places = {name: (int(offset), int(length)) for name, (offset, length) in json.loads(row[1]).items()} \
                if row[1] else None
        except Exception as error:  # noqa: BLE001 - anything wrong with an entry means a damaged cache
            raise self._damaged(error) from None
        self.used.add(key)
        return meta, places

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

    def put(self, key: str, output: DocumentOutput) -> None:
        self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?, NULL)",
                        (key, output.meta.to_json(), output.to_blob()))
        self.used.add(key)

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
        row = self.db.execute("SELECT docs FROM files WHERE path = ? AND state = ? AND date = ?",
                              (str(path), state, date or "")).fetchone()
        if row is None:
            return None
        docs = [tuple(pair) for pair in json.loads(row[0])]
        if not all(key in self for _, key in docs):
            return None
        self.files_used.add(str(path))
        return docs  # type: ignore[return-value]

    def remember_file(self, path: Path, date: str | None, docs: list[tuple[str, str]]) -> None:
        state = _file_state(path)
        if state is not None:
            self.db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
                            (str(path), state, date or "", json.dumps(docs)))
            self.files_used.add(str(path))

    def store_state(self) -> tuple[str, str] | None:
        """(store folder, its stamp) as the previous successful build left them, if it loaded one."""
        row = self.db.execute("SELECT value FROM meta WHERE name = 'store'").fetchone()
        return tuple(json.loads(row[0])) if row else None  # type: ignore[return-value]

    def finish(self, store: tuple[str, str] | None = None, places: dict[str, Places] | None = None,
               outputs: dict[str, str] | None = None) -> None:
        """After a successful build: keep exactly the entries this build used, note where their
        chunks stand in the ``outputs`` it wrote and the ``store`` it loaded, and close."""
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute("DELETE FROM meta WHERE name IN ('store', 'outputs')")
            if store is not None:
                self.db.execute("INSERT INTO meta VALUES ('store', ?)", (json.dumps(list(store)),))
            if outputs:
                self.db.execute("INSERT INTO meta VALUES ('outputs', ?)", (json.dumps(outputs),))
            self.db.execute("UPDATE results SET places = NULL")
            self.db.executemany("UPDATE results SET places = ? WHERE key = ?",
                                ((json.dumps(where), key) for key, where in (places or {}).items()))
            self.db.execute("CREATE TEMP TABLE used (key TEXT PRIMARY KEY)")
            self.db.executemany("INSERT INTO used VALUES (?)", ((key,) for key in self.used))
            self.db.execute("DELETE FROM results WHERE key NOT IN (SELECT key FROM used)")
            self.db.execute("CREATE TEMP TABLE used_files (path TEXT PRIMARY KEY)")
            self.db.executemany("INSERT INTO used_files VALUES (?)", ((path,) for path in self.files_used))
            self.db.execute("DELETE FROM files WHERE path NOT IN (SELECT path FROM used_files)")
        self.close()

    def close(self) -> None:
        self.db.close()


def _file_state(path: Path) -> str | None:
    """Inode, size and times of a file and its metadata file: when all are equal, so is what it reads as."""
    states = []
    for candidate in (path, path.with_name(path.stem + ".meta.json")):
        try:
            stat = os.stat(candidate)
        except FileNotFoundError:
            states.append("-")
            continue
        except OSError:
            return None
        states.append(f"{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}")
    return " ".join(states)


@dataclass(frozen=True)
class KnownArticle:
    """An article of an unchanged file, known by its id and content key without reading the file."""

    doc: str
    key: str
    path: str


def _cached_reader(cache: ResultCache, date: str | None) -> Callable[[Path], Iterator[Article | KnownArticle]]:
    """``ingest.read_path`` that skips files the cache knows, and notes the files it reads whole."""
    from .ingest import IngestError, read_path

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


@dataclass(frozen=True)
class Ready:
    """A document ready to be written: just extracted (``output`` and ``quads``), or in the cache."""

    meta: DocumentMeta
    key: str | None = None  # its cache key
    output: DocumentOutput | None = None  # None when cached: read only if its bytes cannot be copied
    quads: list | None = None  # kept for the store, so as not to parse them back from the bytes
    places: Places | None = None  # where the previous outputs hold its chunks, when cached

    @property
    def cached(self) -> bool:
        return self.output is None


def _fresh(result: DocumentResult, key: str | None = None) -> Ready:
    from .rdf import document_quads

    quads = document_quads(result)
    output = DocumentOutput.of(result, quads)
    return Ready(meta=output.meta, key=key, output=output, quads=quads)


def _through_cache(articles: Iterable[Article | KnownArticle], cache: ResultCache, date: str | None,
                   extract: Callable[[Iterable[Article]], Iterator[DocumentResult]],
                   summary: BuildSummary) -> Iterator[Ready]:
    """Every article's output in input order: from the cache when it holds one, else from ``extract``.

    Only the articles missing from the cache go to ``extract`` (in order, lazily); a cached output
    waits, as a key, until the extracted ones before it have come back. An article that ``extract``
    reported and skipped simply never comes back.
    """
    waiting: deque[tuple[str, str, bool]] = deque()  # (doc, key, cached), in input order

    def missing() -> Iterator[Article]:
        for article in articles:
            key = article.key if isinstance(article, KnownArticle) else cache.key(article, date)
            cached = isinstance(article, KnownArticle) or key in cache
            waiting.append((article.doc, key, cached))
            if not cached:
                yield article

    def from_cache(key: str) -> Ready:
        summary.reused += 1
        meta, places = cache.meta(key)
        return Ready(meta=meta, key=key, places=places)

    for result in extract(missing()):
        while True:
            if not waiting:
                raise AssertionError(f"extraction returned {result.doc!r}, which it was not given")
            doc, key, cached = waiting.popleft()
            if cached:
                yield from_cache(key)
            elif doc == result.doc:
                ready = _fresh(result, key)
                cache.put(key, ready.output)  # type: ignore[arg-type]
                summary.extracted += 1
                yield ready
                break
            # else: an article the engine reported and skipped
    while waiting:
        doc, key, cached = waiting.popleft()
        if cached:
            yield from_cache(key)


# --- the build ------------------------------------------------------------------------------------

def _uncached(results: Iterator[DocumentResult], summary: BuildSummary) -> Iterator[Ready]:
    for result in results:
        summary.extracted += 1
        yield _fresh(result)


RECORDS = "statements.jsonl"


def _output_state(path: Path) -> str | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return f"{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}"


def _previous_outputs(out: Path, cache: ResultCache | None, names: list[str], stack: ExitStack) -> dict[str, int]:
    """The outputs of the last build, open for copying, when every one is as that build wrote it."""
    if cache is None:
        return {}
    written = cache.outputs_state()
    if not names or any(written.get(name) is None or written.get(name) != _output_state(out / name)
                        for name in names):
        return {}
    sources = {}
    for name in names:
        try:
            sources[name] = os.open(out / name, os.O_RDONLY)
        except OSError:
            return {}
        stack.callback(os.close, sources[name])
    return sources


def build(inputs: list[Path], out: Path, *, date: str | None = None, model: str | None = None, jobs: int = 1,
          engine: str = "local", scheduler: str | None = None, store: Path | None = None,
          endpoint: str | None = None, views: bool = True, progress: bool | None = None,
          cache: bool = True) -> BuildSummary:
    """Extract every input and write the outputs into ``out``; see the module docstring.

    ``cache=False`` neither reads nor writes ``OUT/.newsgraph-cache`` (every document is extracted).
    """
    from .engine import run_articles
    from .pipeline import read_articles, report_error
    from .rdf import OUTPUT_FILES, GraphWriter

    if date is not None:
        from .ingest import _iso_date

        date = _iso_date(date, "--date")
    files = find_inputs(inputs)
    if not files:
        raise UsageError("no articles found in " + ", ".join(str(path) for path in inputs)
                         + " (.txt, .json, .jsonl, .html)")
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: exists and is not a folder")
    summary = BuildSummary(out=out)

    def on_error(error: Exception) -> None:
        summary.failures.append(str(error))
        report_error(error)

    show_progress = progress if progress is not None else (sys.stderr.isatty() and len(files) >= PROGRESS_FROM)
    bar = None
    if show_progress:
        from tqdm import tqdm

        bar = tqdm(total=len(files), unit="file", desc="newsgraph build", file=sys.stderr)

    extract = partial(run_articles, model=model, date=date, jobs=jobs, engine=engine, scheduler=scheduler,
                      on_error=on_error)
    results_cache = ResultCache(out / CACHE_DIR, cache_fingerprint(model)) if cache else None
    if results_cache is not None:
        articles = read_articles(files, on_error, read=_cached_reader(results_cache, date))
    else:
        articles = read_articles(files, on_error)
    stamp: tuple[str, str] | None = None  # the store loaded, and its stamp, for the next build
    places: dict[str, Places] = {}  # cache key -> where the document's chunks stand in the new outputs
    try:
        with ExitStack() as stack:
            # The previous outputs, to copy the chunks of unchanged documents from: opened before the
            # new ones replace them (an open file outlives its name), closed after they are written.
            previous = _previous_outputs(out, results_cache, [*OUTPUT_FILES, RECORDS], stack)
            writer = stack.enter_context(GraphWriter(out))
            records = ChunkStream(stack.enter_context(atomic_write(out / RECORDS, "wb")))
            loader = remote = None
            if store is not None:
                from .store import StoreLoader

                loader = stack.enter_context(StoreLoader(store))
            # The store still holds the unchanged documents' graphs when it is the one the previous
            # build loaded and nothing has written to it since (its stamp is the one noted then).
            store_is_current = (loader is not None and results_cache is not None and loader.stamp is not None
                                and results_cache.store_state() == (str(store.resolve()), loader.stamp))
            if endpoint is not None:
                from .store import EndpointLoader

                remote = stack.enter_context(EndpointLoader(endpoint))
            if results_cache is not None:
                readies = _through_cache(articles, results_cache, date, extract, summary)
            else:
                readies = _uncached(extract(articles), summary)
            # Closed first when anything fails, so that worker processes or a cluster stop at once.
            readies = stack.enter_context(closing(readies))
            for ready in readies:
                output = ready.output
                if ready.places is not None and previous:
                    where = writer.copy(previous, ready.places, ready.meta.graphs, ready.meta.shared)
                    where[RECORDS] = records.copy(previous[RECORDS], *ready.places[RECORDS])
                else:
                    output = output or results_cache.get(ready.key)  # type: ignore[union-attr,arg-type]
                    where = writer.add(output.chunks)
                    where[RECORDS] = records.write(output.records)
                if ready.key is not None:
                    places[ready.key] = where
                if (loader is not None and not (ready.cached and store_is_current)) or remote is not None:
                    quads = ready.quads
                    if quads is None:
                        output = output or results_cache.get(ready.key)  # type: ignore[union-attr,arg-type]
                        quads = output.chunks.quads()
                    if loader is not None and not (ready.cached and store_is_current):
                        loader.add(quads, graphs=ready.meta.graphs)
                    if remote is not None and quads:
                        remote.add(quads)
                summary.add(ready.meta)
                if bar is not None and ready.meta.path:
                    path = ready.meta.path
                    bar.update(1) if "(record" not in path and ":" not in Path(path).name else None
            records.close()
            if summary.documents == 0:
                raise NewsgraphError("no article could be read; nothing was written")
        if loader is not None:
            stamp = (str(store.resolve()), loader.stamp)
    except BaseException:
        if results_cache is not None:
            results_cache.close()  # what was extracted stays cached: running again resumes
        raise
    finally:
        if bar is not None:
            bar.close()
    summary.outputs = [*writer.paths, out / RECORDS]
    if results_cache is not None:
        results_cache.finish(stamp, places, {path.name: _output_state(path) for path in summary.outputs})
    summary.store = store
    summary.endpoint = endpoint
    if views:
        summary.outputs += _render_views(out, store)
    return summary


def _render_views(out: Path, store: Path | None) -> list[Path]:
    """The views of what was just built, read from the store when there is one, else from the files."""
    from .rdf import load_oxigraph
    from .store import open_store
    from .views import render_views

    if store is not None:
        return render_views(open_store(store), out)
    return render_views(load_oxigraph(out / "graph.nq" if (out / "graph.nq").exists() else out / "graph.trig"), out)
