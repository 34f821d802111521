"""``newsgraph build``: articles in, graph files, statement records, a store and views out.

Documents stream through: each extracted document is written to every output at once (graph files,
statements.jsonl, the Oxigraph store, the SPARQL endpoint), so memory stays flat on large corpora.
Every output is written under a temporary name and renamed at the end, so an interrupted or failed
build leaves the previous outputs, and the previous store, as they were. The graph files and the
records are written, copied and synced in threads of their own (``fileio.Lane``) while the build
reads, parses and draws its views; it waits for them before it notes what it wrote.

Extraction runs where ``graph.engine`` says (this process, ``--jobs N`` processes, a Dask cluster).

Incremental builds (``graph.cache``): a rebuild extracts only the articles that are new or changed.
For the others it copies their bytes from the previous outputs (``os.copy_file_range``, runs of
unchanged documents at once) and leaves their graphs in the store alone when the store is the one
the previous build loaded (``StoreLoader.stamp``). Changing one article of 10,000 costs that
article's parse plus copying the files, and the outputs equal a clean build byte for byte; with
nothing changed, no file is written at all (``ChunkStream`` writes a file only from its first
changed byte on). The ``newsgraph`` command starts its extraction worker first on a rebuild
(``workers_ahead``), so that the model loads while this process reads its cache and copies the
documents before the first changed one (``ChunkStream.diverge``).

The views are drawn from the view notes the cache keeps of each document
(``views.data.read_notes``), not by reading the whole graph again, so they cost about the same at
any size of corpus; when nothing changed they are not drawn at all.
"""

from __future__ import annotations

import importlib
import os
import sqlite3
import sys
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cache import (CACHE_DIR, KEYS_PER_QUERY, DocumentMeta, DocumentOutput, KnownArticle, Prepared,
                    ResultCache, cache_fingerprint, cached_reader, stat_state, views_fingerprint)
from .errors import NewsgraphError, UsageError
from .fileio import ChunkStream, Lane, wait_all
from .ingest import Article, find_inputs, read_files, report_error
from .rdf import DEFAULT_OUTPUTS, FORMATS, OUTPUT_FILES, Places

if TYPE_CHECKING:
    from .engine import Workers

__all__ = ["BuildSummary", "CACHE_DIR", "DEFAULT_FORMATS", "build", "output_files"]

PROGRESS_FROM = 5  # documents: smaller builds finish before a progress bar would help
DEFAULT_FORMATS = tuple(name for name, file in FORMATS.items() if file in DEFAULT_OUTPUTS)


def output_files(formats: Iterable[str]) -> list[str]:
    """The graph files of ``formats`` ("trig", "ttl", "nq", "jsonld", or comma-separated lists of
    them), in their usual order; a format nobody knows is a usage error."""
    wanted = {part.strip().lower() for item in formats for part in item.split(",") if part.strip()}
    unknown = sorted(wanted - set(FORMATS))
    if unknown:
        raise UsageError(f"unknown graph format {', '.join(map(repr, unknown))} for --formats; "
                         f"known: {', '.join(FORMATS)}")
    if not wanted:
        raise UsageError(f"--formats names no graph format; known: {', '.join(FORMATS)}")
    return [file for name, file in FORMATS.items() if name in wanted]


def _remove_other_graph_files(out: Path, kept: list[str]) -> None:
    """Graph files that an earlier build wrote in ``out`` in formats this one did not: gone, rather
    than left behind to disagree with the new graph."""
    for name in OUTPUT_FILES:
        if name not in kept:
            (out / name).unlink(missing_ok=True)


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
    store_changed: bool = True  # False when every document was in the store already, as it was
    endpoint: str | None = None
    extracted: int = 0  # documents parsed and extracted by this build
    reused: int = 0  # documents taken unchanged from the cache of the previous build
    unchanged: list[Path] = field(default_factory=list)  # outputs equal to the previous build's, not rewritten

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
        if where and self.unchanged:
            where += (" (" + ("all" if len(self.unchanged) == len(self.outputs) else
                              ", ".join(path.name for path in self.unchanged)) + " unchanged)")
        where += "." if where else ""
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
            lines.append(f"Loaded into the Oxigraph store {self.store}." if self.store_changed else
                         f"The Oxigraph store {self.store} held every document already.")
        if self.endpoint:
            lines.append(f"Loaded into {self.endpoint}.")
        if self.failures:
            lines.append(f"{len(self.failures)} input{'s' * (len(self.failures) != 1)} failed (see above); "
                         "the rest was built. Exit status 1.")
        return " ".join(line for line in lines if line)


# --- the build ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Ready:
    """A document ready to be written: just extracted (``output``), or in the cache."""

    meta: DocumentMeta
    key: str | None = None  # its cache key
    output: DocumentOutput | None = None  # None when cached: read only if its bytes cannot be copied
    places: Places | None = None  # where the previous outputs hold its chunks, when cached

    @property
    def cached(self) -> bool:
        return self.output is None


def _fresh(prepared: Prepared, key: str | None = None) -> Ready:
    return Ready(meta=prepared.output.meta, key=key, output=prepared.output)


META_BATCH = KEYS_PER_QUERY  # cached documents whose metas are read in one query
READ_AHEAD = 4096  # cached documents whose metas may be read ahead while articles are extracted


def _through_cache(articles: Iterable[Article | KnownArticle], cache: ResultCache, date: str | None,
                   extract: Callable[[Iterable[Article]], Iterator[Prepared]],
                   summary: BuildSummary, diverge: Callable[[], None] = lambda: None) -> Iterator[Ready]:
    """Every article's output in input order: from the cache when it holds one, else from ``extract``.

    Only the articles missing from the cache go to ``extract`` (in order, lazily); a cached output
    waits, as a key, until the extracted ones before it have come back. The cached articles ahead
    of the first one to extract wait for nothing: they are given at once, after ``diverge()`` is
    called (something will change), so that their bytes are copied while the model loads; and
    once every article is known, the metas of those after it are read while it is extracted
    (``ResultCache.read_ahead``). An article that ``extract`` reported and skipped simply never
    comes back.
    """
    waiting: deque[tuple[str, str, bool]] = deque()  # (doc, key, cached), in input order
    articles = iter(articles)

    def look_up(article: Article | KnownArticle) -> bool:
        key = article.key if isinstance(article, KnownArticle) else cache.key(article, date)
        cached = isinstance(article, KnownArticle) or key in cache
        waiting.append((article.doc, key, cached))
        return cached

    def cached_ahead() -> Iterator[Ready]:
        """The cached documents at the head of ``waiting``, their metas read in batches."""
        while waiting and waiting[0][2]:
            keys = []
            while waiting and waiting[0][2] and len(keys) < META_BATCH:
                keys.append(waiting.popleft()[1])
            summary.reused += len(keys)
            for key, (meta, places) in zip(keys, cache.metas(keys)):
                yield Ready(meta=meta, key=key, places=places)

    for first in articles:
        if not look_up(first):
            break
        if len(waiting) >= META_BATCH:
            yield from cached_ahead()
    else:
        yield from cached_ahead()
        return
    diverge()
    yield from cached_ahead()

    def missing() -> Iterator[Article]:
        yield first  # type: ignore[misc]  # never a KnownArticle: those are cached
        for article in articles:
            if not look_up(article):
                yield article  # type: ignore[misc]
        cache.read_ahead([key for _, key, cached in islice(waiting, READ_AHEAD) if cached])

    for prepared in extract(missing()):
        while True:
            yield from cached_ahead()
            if not waiting:
                raise AssertionError(f"extraction returned {prepared.doc!r}, which it was not given")
            doc, key, _ = waiting.popleft()
            if doc == prepared.doc:
                cache.put(key, prepared.output, prepared.blob, prepared.note)
                summary.extracted += 1
                yield _fresh(prepared, key)
                break
            # else: an article the engine reported and skipped
    while waiting:
        yield from cached_ahead()
        if waiting:
            waiting.popleft()  # an article the engine reported and skipped


def _uncached(outputs: Iterator[Prepared], summary: BuildSummary) -> Iterator[Ready]:
    for prepared in outputs:
        summary.extracted += 1
        yield _fresh(prepared)


RECORDS = "statements.jsonl"


def _output_state(path: Path) -> str | None:
    try:
        return stat_state(path)
    except OSError:
        return None


def _previous_outputs(out: Path, cache: ResultCache | None, names: list[str], stack: ExitStack) -> dict[str, int]:
    """Those of the outputs ``names`` that are still as the last build wrote them, open for reading."""
    if cache is None:
        return {}
    written = cache.outputs_state()
    sources = {}
    for name in names:
        if written.get(name) is None or written[name] != _output_state(out / name):
            continue
        try:
            sources[name] = os.open(out / name, os.O_RDONLY)
        except OSError:
            continue
        stack.callback(os.close, sources[name])
    return sources


def build(inputs: list[Path], out: Path, *, date: str | None = None, model: str | None = None, jobs: int = 1,
          engine: str = "local", scheduler: str | None = None, store: Path | None = None,
          endpoint: str | None = None, views: bool = True, progress: bool | None = None,
          cache: bool = True, formats: Iterable[str] = DEFAULT_FORMATS,
          workers_ahead: bool = False) -> BuildSummary:
    """Extract every input and write the outputs into ``out``; see the module docstring.

    ``formats`` are the graph files to write (``trig``, ``ttl``, ``nq``, ``jsonld``; see
    ``output_files``); graph files of other formats left in ``out`` by earlier builds are removed,
    so that no file there is older than the build. ``cache=False`` neither reads nor writes
    ``OUT/.newsgraph-cache`` (every document is extracted).

    ``workers_ahead`` (the ``newsgraph`` command's choice): a rebuild in a process that has not
    loaded the model starts its extraction workers first (``engine.start_workers``), so that they
    load the model while this process finds out what changed and copies the rest; they are
    stopped if nothing did. Off by default: worker processes import the caller's main module, and
    a script without ``if __name__ == "__main__":`` would run again in them (as with ``jobs=2``).
    """
    from .engine import loaded_here, start_workers

    if date is not None:
        from .ingest import _iso_date

        date = _iso_date(date, "--date")
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: exists and is not a folder")
    graph_files = output_files(formats)
    options = dict(date=date, model=model, jobs=jobs, engine=engine, scheduler=scheduler, store=store,
                   endpoint=endpoint, views=views, progress=progress, cache=cache)
    rebuild = cache and (out / CACHE_DIR / ResultCache.FILE).is_file()
    if not (workers_ahead and rebuild and engine == "local" and (jobs > 1 or not loaded_here(model))):
        return _build(inputs, out, graph_files, **options)  # type: ignore[arg-type]
    with start_workers(jobs, model) as workers:
        return _build(inputs, out, graph_files, workers=workers, **options)  # type: ignore[arg-type]


def _build(inputs: list[Path], out: Path, graph_files: list[str], *, date: str | None, model: str | None,
           jobs: int, engine: str, scheduler: str | None, store: Path | None, endpoint: str | None, views: bool,
           progress: bool | None, cache: bool, workers: Workers | None = None) -> BuildSummary:
    from .engine import run_articles
    from .rdf import GraphWriter

    files = find_inputs(inputs)
    if not files:
        raise UsageError("no articles found in " + ", ".join(str(path) for path in inputs)
                         + " (.txt, .json, .jsonl, .html)")
    summary = BuildSummary(out=out)

    def on_error(error: Exception) -> None:
        summary.failures.append(str(error))
        report_error(error)

    show_progress = progress if progress is not None else (sys.stderr.isatty() and len(files) >= PROGRESS_FROM)
    bar = None
    if show_progress:
        from tqdm import tqdm

        bar = tqdm(total=len(files), unit="file", desc="newsgraph build", file=sys.stderr)

    # Workers send back each document's serialized output: the parent only writes and loads.
    extract = partial(run_articles, model=model, date=date, jobs=jobs, engine=engine, scheduler=scheduler,
                      on_error=on_error, prepared=True, workers=workers)
    results_cache = ResultCache(out / CACHE_DIR, cache_fingerprint(model)) if cache else None
    if results_cache is not None:
        articles = read_files(files, on_error, read=cached_reader(results_cache, date))
    else:
        articles = read_files(files, on_error)
    stamp: tuple[str, str] | None = None  # the store loaded, and its stamp, for the next build
    places: dict[str, Places] = {}  # cache key -> where the document's chunks stand in the new outputs
    graphs: set[str] = set()  # the named graphs of the documents built
    # The previous outputs, to copy the chunks of unchanged documents from: opened before the new
    # ones replace them (an open file outlives its name), closed once the new ones are in place.
    previous_files = ExitStack()
    try:
        with ExitStack() as stack:
            previous = _previous_outputs(out, results_cache, [*graph_files, RECORDS], previous_files)
            # Chunks are copied from the previous outputs when every one of them is there.
            copyable = len(previous) == len(graph_files) + 1
            # Detached: the files are copied, synced and renamed in threads of their own while the
            # build goes on (the views are drawn from the cache, not from these files): see ``written``.
            writer = stack.enter_context(GraphWriter(out, graph_files, previous, detached=True))
            records = stack.enter_context(ChunkStream(out / RECORDS, previous=previous.get(RECORDS), detached=True))
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
                # From the first article to extract on, the outputs will differ from the previous
                # ones: what comes before it is copied while it is extracted.
                def diverge() -> None:
                    writer.diverge()
                    records.diverge()
                    if views and workers is not None:
                        # This process will wait for the workers' model: the views' modules (pyvis,
                        # networkx, jinja2: half a second) are imported meanwhile, in a thread.
                        threading.Thread(target=importlib.import_module, args=(f"{__package__}.views",),
                                         daemon=True).start()

                readies = _through_cache(articles, results_cache, date, extract, summary, diverge)
            else:
                readies = _uncached(extract(articles), summary)
            # Closed first when anything fails, so that worker processes or a cluster stop at once.
            readies = stack.enter_context(closing(readies))
            for ready in readies:
                output = ready.output
                if ready.places is not None and copyable:
                    where = writer.copy(ready.places, ready.meta.graphs, ready.meta.shared)
                    where[RECORDS] = records.copy(previous[RECORDS], *ready.places[RECORDS])
                else:
                    output = output or results_cache.get(ready.key)  # type: ignore[union-attr,arg-type]
                    where = writer.add(output.chunks)
                    where[RECORDS] = records.write(output.records)
                if ready.key is not None:
                    places[ready.key] = where
                to_store = loader is not None and not (ready.cached and store_is_current)
                if to_store or remote is not None:
                    chunks = (output or results_cache.get(ready.key)).chunks  # type: ignore[union-attr,arg-type]
                    if to_store:
                        loader.add_chunks(chunks)  # type: ignore[union-attr]
                    if remote is not None and (quads := chunks.quads()):
                        remote.add(quads)
                summary.add(ready.meta)
                graphs.update(ready.meta.graphs)
                if bar is not None and ready.meta.path:
                    path = ready.meta.path
                    bar.update(1) if "(record" not in path and ":" not in Path(path).name else None
            if summary.documents == 0:
                raise NewsgraphError("no article could be read; nothing was written")
        if loader is not None:
            stamp = (str(store.resolve()), loader.stamp)
    except BaseException:
        previous_files.close()
        if results_cache is not None:
            results_cache.close()  # what was extracted stays cached: running again resumes
        raise
    finally:
        if bar is not None:
            bar.close()

    def written() -> None:
        """Wait until the graph files and the records are in place; the previous ones then close."""
        with previous_files:
            wait_all(writer, records)

    # Waited for in a thread too: closing the previous outputs frees their blocks, which takes the
    # kernel a while for files of hundreds of megabytes. ``writing.join()`` waits for it all.
    writing = Lane("outputs")
    writing.run(written)

    summary.outputs = [*writer.paths, out / RECORDS]
    summary.unchanged = [*writer.unchanged, *([out / RECORDS] if records.unchanged else [])]
    _remove_other_graph_files(out, graph_files)
    summary.store = store
    summary.store_changed = loader is not None and loader.changed
    summary.endpoint = endpoint
    graph_unchanged = len(summary.unchanged) == len(summary.outputs) and not summary.store_changed
    drawn: dict[str, Any] | None = None  # the views drawn, for the next build (ResultCache.views_state)
    try:
        if results_cache is not None:
            results_cache.settle(places)
        if views:
            previous_views = results_cache.views_state() if results_cache is not None else None
            drawn, again = _draw_views(out, store, previous_views if graph_unchanged else None,
                                       partial(_view_notes, results_cache, store, graphs), writing.join)
            pages = [out / name for name in drawn["files"]]
            summary.outputs += pages
            summary.unchanged += [] if again else pages
    finally:
        try:
            writing.join()
        except BaseException:
            if results_cache is not None:
                results_cache.close()  # the previous outputs stay; a settled cache no longer trusts them
            raise
        if results_cache is not None and results_cache.settled:
            states = {path.name: _output_state(path) for path in [*writer.paths, out / RECORDS]}
            results_cache.finish(stamp, states, views=drawn)
        elif results_cache is not None:
            results_cache.close()
    return summary


def _view_notes(cache: ResultCache | None, store: Path | None, graphs: set[str]) -> sqlite3.Connection | None:
    """The view notes of the documents built (``ResultCache.view_notes``), when the views are to
    show just those documents: None without a cache, or when the store holds other documents too
    (the views then show all it holds)."""
    notes = cache.view_notes() if cache is not None else None
    if notes is not None and store is not None:
        from .store import stored_graphs

        if stored_graphs(store) != graphs:
            return None
    return notes


def _draw_views(out: Path, store: Path | None, previous: dict[str, Any] | None,
                notes: Callable[[], sqlite3.Connection | None],
                written: Callable[[], None]) -> tuple[dict[str, Any], bool]:
    """Render the views, unless ``previous`` (the views the last build drew, when the graph has not
    changed since) shows they are still there, drawn from the same source by the same code.
    Returns what was drawn (a ``ResultCache.views_state``) and whether it was drawn again.
    ``notes`` gives the view notes to draw from (``_view_notes``), asked only when drawing;
    ``written`` waits for the graph files, for views drawn from them."""
    source = str(store.resolve()) if store is not None else None
    code = views_fingerprint()
    if previous and previous.get("source") == source and previous.get("code") == code and previous.get("files") \
            and all(_output_state(out / name) == state for name, state in previous["files"].items()):
        return previous, False
    paths = _render_views(out, store, notes(), written)
    return {"source": source, "code": code, "files": {path.name: _output_state(path) for path in paths}}, True


def _render_views(out: Path, store: Path | None, notes: sqlite3.Connection | None,
                  written: Callable[[], None]) -> list[Path]:
    """The views of what was just built: from the view notes of its documents in the build cache
    (``notes``: ``ResultCache.view_notes``) when it has them all, which costs about the same at any
    size of corpus, while the graph files are still being written; else read from the store when
    there is one, else from the graph files once they are in place (``written``), through a scratch
    store on disk (``views.render_file``; ``graph.ttl`` is the union of the document graphs, which
    queries read as the default graph)."""
    from .store import open_store
    from .views import VIEW_LIMIT, render_file, render_notes, render_views

    if notes is not None:
        return render_notes(notes, out, limit=VIEW_LIMIT)
    if store is not None:
        return render_views(open_store(store), out)
    written()
    # The graph file that Oxigraph reads fastest among those written (N-Quads needs no prefixes).
    graph = next(out / name for name in ("graph.nq", "graph.trig", "graph.jsonld", "graph.ttl")
                 if (out / name).exists())
    union = out / "graph.ttl" if graph.name != "graph.ttl" and (out / "graph.ttl").exists() else None
    return render_file(graph, out, union=union)
