"""``newsgraph build``: articles in, graph files, statement records, a store and views out.

Documents stream through: each extracted document is written to every output at once (graph files,
statements.jsonl, the Oxigraph store, the SPARQL endpoint), so memory stays flat on large corpora.
Every output is written under a temporary name and renamed at the end, so an interrupted or failed
build leaves the previous outputs, and the previous store, as they were.

Extraction runs where ``graph.engine`` says (this process, ``--jobs N`` processes, a Dask cluster).

Incremental builds: ``OUT/.newsgraph-cache/`` keeps each document's extraction result under a hash
of its content (``ResultCache``). A rebuild extracts only the documents that are new or changed and
takes the others from the cache, so changing one article of 10,000 costs one article's parse; the
outputs are still rewritten whole, and equal a clean build byte for byte. The cache is emptied when
anything else that decides the results changes: the spaCy model, the files of ``ontology/`` (cues,
actors, ...), or newsgraph's extraction code. It lives in the output folder because it describes
that folder's outputs: a successful build keeps the entries it used and drops the rest.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import hmac
import json
import os
import pickle
import secrets
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
from .fileio import atomic_write
from .ingest import BOILERPLATE_FILE, Article, find_inputs
from .records import DocumentResult

__all__ = ["BuildSummary", "CACHE_DIR", "ResultCache", "build", "cache_fingerprint"]

PROGRESS_FROM = 5  # documents: smaller builds finish before a progress bar would help
CACHE_DIR = ".newsgraph-cache"
CACHE_VERSION = 1  # bump when the layout of the cache changes
PACKAGE = Path(__file__).resolve().parent
ONTOLOGY = BOILERPLATE_FILE.parent
# The code whose changes change extraction results; the rest (RDF, views, store) runs on every build.
EXTRACTION_CODE = ("ingest.py", "nlp.py", "pipeline.py", "records.py", "extract/*.py")


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

    def add(self, result: DocumentResult) -> None:
        self.documents += 1
        self.sentences += len(result.sentences)
        self.statements.update(statement.type for statement in result.statements)
        self.actors.update(actor.id for actor in result.actors)
        self.events += len(result.events)

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


# --- the cache of extraction results ----------------------------------------------------------------

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


@functools.lru_cache(maxsize=1)
def _signing_key() -> bytes | None:
    """This user's secret for signing cache entries, made on first use; None if it cannot be kept."""
    home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsgraph"
    path = home / "cache-key"
    try:
        if not path.exists():
            home.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(secrets.token_bytes(32))
        key = path.read_bytes()
        return key if len(key) == 32 else None
    except OSError:
        return None


def _sign(blob: bytes) -> bytes:
    return hmac.new(_signing_key() or b"", blob, hashlib.sha256).digest()


class ResultCache:
    """Extraction results of the previous build, by content hash: ``OUT/.newsgraph-cache/results.sqlite``.

    A key is the hash of an article as ingested (id, text, metadata, file) and the ``--date``
    fallback; the model, ontology and code are the cache's fingerprint, kept once. Values are
    pickled ``DocumentResult`` records, compressed. SQLite makes every write atomic, and each new
    result is committed as it comes, so a build that is killed keeps the work it did: running it
    again resumes. ``finish()`` after a successful build forgets the entries the build did not use.
    The cache holds pickles, which could run code if someone who can write to the output folder
    crafted one: every entry is therefore signed with a key kept outside the output folder
    (``~/.cache/newsgraph/cache-key``, readable by its owner only), and an entry whose signature does
    not match is never unpickled.
    """

    FILE = "results.sqlite"

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint
        self.used: set[str] = set()
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
            db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, result BLOB NOT NULL)")
            row = db.execute("SELECT value FROM meta WHERE name = 'fingerprint'").fetchone()
            if row is None or row[0] != self.fingerprint:
                with db:
                    db.execute("BEGIN")
                    db.execute("DELETE FROM results")
                    db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (self.fingerprint,))
        except BaseException:
            db.close()
            raise
        return db

    def _remove(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            (self.folder / (self.FILE + suffix)).unlink(missing_ok=True)

    @staticmethod
    def key(article: Article, date: str | None) -> str:
        """The content hash of an article as ingested, with the ``--date`` it falls back on."""
        content = json.dumps([dataclasses.asdict(article), date], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()

    def __contains__(self, key: str) -> bool:
        if _signing_key() is None:
            return False  # without a key to check entries with, nothing is trusted
        return self.db.execute("SELECT 1 FROM results WHERE key = ?", (key,)).fetchone() is not None

    def get(self, key: str) -> DocumentResult:
        row = self.db.execute("SELECT result FROM results WHERE key = ?", (key,)).fetchone()
        try:
            signature, blob = row[0][:32], row[0][32:]
            if not hmac.compare_digest(signature, _sign(blob)):
                raise ValueError("signature does not match")
            result = pickle.loads(zlib.decompress(blob))
            if not isinstance(result, DocumentResult):
                raise TypeError(type(result).__name__)
        except Exception as error:  # noqa: BLE001 - anything wrong with an entry means a damaged cache
            self.close()
            self._remove()
            raise NewsgraphError(f"{self.folder}: a cached result could not be read ({type(error).__name__}); "
                                 "the cache was cleared, run the build again") from None
        self.used.add(key)
        return result

    def put(self, key: str, result: DocumentResult) -> None:
        if _signing_key() is None:
            return
        blob = zlib.compress(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), 1)
        self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?)", (key, _sign(blob) + blob))
        self.used.add(key)

    def finish(self) -> None:
        """After a successful build: keep exactly the entries this build used, and close."""
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute("CREATE TEMP TABLE used (key TEXT PRIMARY KEY)")
            self.db.executemany("INSERT INTO used VALUES (?)", ((key,) for key in self.used))
            self.db.execute("DELETE FROM results WHERE key NOT IN (SELECT key FROM used)")
        self.close()

    def close(self) -> None:
        self.db.close()


def _through_cache(articles: Iterable[Article], cache: ResultCache, date: str | None,
                   extract: Callable[[Iterable[Article]], Iterator[DocumentResult]],
                   summary: BuildSummary) -> Iterator[DocumentResult]:
    """Every article's result in input order: from the cache when it holds one, else from ``extract``.

    Only the articles missing from the cache go to ``extract`` (in order, lazily); a cached result
    waits, as a key, until the extracted ones before it have come back. An article that ``extract``
    reported and skipped simply never comes back.
    """
    waiting: deque[tuple[str, str, bool]] = deque()  # (doc, key, cached), in input order

    def missing() -> Iterator[Article]:
        for article in articles:
            key = cache.key(article, date)
            cached = key in cache
            waiting.append((article.doc, key, cached))
            if not cached:
                yield article

    def from_cache(key: str) -> DocumentResult:
        summary.reused += 1
        return cache.get(key)

    for result in extract(missing()):
        while True:
            if not waiting:
                raise AssertionError(f"extraction returned {result.doc!r}, which it was not given")
            doc, key, cached = waiting.popleft()
            if cached:
                yield from_cache(key)
            elif doc == result.doc:
                cache.put(key, result)
                summary.extracted += 1
                yield result
                break
            # else: an article the engine reported and skipped
    while waiting:
        doc, key, cached = waiting.popleft()
        if cached:
            yield from_cache(key)


# --- the build ------------------------------------------------------------------------------------

def _counted(results: Iterator[DocumentResult], summary: BuildSummary) -> Iterator[DocumentResult]:
    for result in results:
        summary.extracted += 1
        yield result


def build(inputs: list[Path], out: Path, *, date: str | None = None, model: str | None = None, jobs: int = 1,
          engine: str = "local", scheduler: str | None = None, store: Path | None = None,
          endpoint: str | None = None, views: bool = True, progress: bool | None = None,
          cache: bool = True) -> BuildSummary:
    """Extract every input and write the outputs into ``out``; see the module docstring.

    ``cache=False`` neither reads nor writes ``OUT/.newsgraph-cache`` (every document is extracted).
    """
    from .engine import run_articles
    from .pipeline import read_articles, report_error
    from .rdf import GraphWriter

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
    articles = read_articles(files, on_error)
    results_cache = ResultCache(out / CACHE_DIR, cache_fingerprint(model)) if cache else None
    try:
        with ExitStack() as stack:
            writer = stack.enter_context(GraphWriter(out))
            records = stack.enter_context(atomic_write(out / "statements.jsonl"))
            loader = remote = None
            if store is not None:
                from .store import StoreLoader

                loader = stack.enter_context(StoreLoader(store))
            if endpoint is not None:
                from .store import EndpointLoader

                remote = stack.enter_context(EndpointLoader(endpoint))
            if results_cache is not None:
                results = _through_cache(articles, results_cache, date, extract, summary)
            else:
                results = _counted(extract(articles), summary)
            # Closed first when anything fails, so that worker processes or a cluster stop at once.
            results = stack.enter_context(closing(results))
            for result in results:
                quads = writer.add(result)
                for statement in result.statements:
                    records.write(json.dumps(statement.to_json(), ensure_ascii=False) + "\n")
                if loader is not None:
                    loader.add(quads)
                if remote is not None and quads:
                    remote.add(quads)
                summary.add(result)
                if bar is not None and result.path:
                    bar.update(1) if "(record" not in result.path and ":" not in Path(result.path).name else None
            if summary.documents == 0:
                raise NewsgraphError("no article could be read; nothing was written")
    except BaseException:
        if results_cache is not None:
            results_cache.close()  # what was extracted stays cached: running again resumes
        raise
    finally:
        if bar is not None:
            bar.close()
    if results_cache is not None:
        results_cache.finish()
    summary.outputs = [*writer.paths, out / "statements.jsonl"]
    summary.store = store
    summary.endpoint = endpoint
    if views:
        from .rdf import load_graph
        from .views import render_views

        summary.outputs += render_views(load_graph(out / "graph.trig"), out)
    return summary
