"""Where extraction runs: in this process, in N worker processes (``--jobs N``), or on a Dask cluster.

Every engine does the same work the same way. The parent reads the articles (``read_articles``: cheap,
and it keeps one place that reports unreadable files and duplicate ids), cuts them into chunks of
``CHUNK_ARTICLES`` and hands each chunk to ``extract_chunk``, which parses it with one ``nlp.pipe``
batch and extracts every article. Results come back in input order, whichever worker finished first,
so every engine writes the same bytes. A chunk is exactly one batch of ``graph.pipeline``, so the
parses are the ones ``newsgraph extract`` makes.

- ``local``, ``--jobs 1``: chunks run in this process.
- ``--jobs N``: a ``ProcessPoolExecutor`` of N workers started with forkserver (spawn where there is
  none): a forked copy of a parent that holds open files, threads or a RocksDB store is not safe.
- ``--engine dask``: chunks are Dask tasks, on a ``LocalCluster`` of N single-threaded worker
  processes by default, or on the cluster whose scheduler address is given.

Workers load the spaCy model once, on their first chunk (``graph.nlp.load_pipeline`` is cached per
process). A rebuild may start its workers ahead (``start_workers``): they load the model while the
parent reads its cache and copies the unchanged documents, which costs a fresh process as much as
parsing a few dozen articles. Articles travel to workers, not paths, so Dask workers need no shared
file system; results travel back as plain ``DocumentResult`` records (pickled; no spaCy object is
in them), or, for a build, as each record's serialized output (``output_chunk``), so that the
parent only writes.

Errors: a bad article is reported through ``on_error`` in the parent and skipped, in every engine. An
unexpected exception while extracting one article costs that article only (its chunk is re-run one
article at a time). A worker process that dies (killed, out of memory) costs at most the article it
died on: its chunk is re-run alone, then article by article, and the article that kills a worker on
its own is reported. A worker whose parent was killed exits within half a second (it watches the
parent's pid: workers are the fork server's children, so nothing else would stop them). Errors that
concern the whole run (the model cannot be loaded, the scheduler cannot be reached) raise
``NewsgraphError``. Nothing prints a traceback.

At most ``2 x workers`` chunks are in flight, so memory stays flat however long the input is.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from pathlib import Path
from typing import Any, Protocol, Union

from .errors import NewsgraphError
from .fileio import process_alive
from .ingest import Article
from .records import DocumentResult

__all__ = ["CHUNK_ARTICLES", "ENGINES", "Outcome", "Workers", "extract_chunk", "loaded_here", "output_chunk",
           "run_articles", "run_extraction", "start_workers"]

ENGINES = ("local", "dask")
CHUNK_ARTICLES = 32  # = graph.pipeline.BATCH_ARTICLES (checked by the tests): one nlp.pipe batch per chunk

# What a chunk gives back, in input order: a record per article (or, from ``output_chunk``, its
# prepared output), or the error that replaced it.
Outcome = list[Any]
OnError = Callable[[Exception], None]
# What a worker runs on a chunk: ``extract_chunk``; tests give stand-ins.
Task = Callable[[list[Article], Union[str, None], Union[str, None]], Outcome]


def _where(article: Article) -> str:
    return article.path or article.doc


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


# --- the worker side -----------------------------------------------------------------------------------

# One chunk at a time per process: a Dask worker may run several threads, and a spaCy pipeline is
# not meant to be shared between threads. The lock also makes the first load happen once.
_WORKER_LOCK = threading.Lock()


def _extract(articles: list[Article], model: str | None, date: str | None) -> Outcome:
    from .nlp import load_pipeline
    from .pipeline import extract_articles

    nlp = load_pipeline(model)
    outcome: Outcome = []
    # extract_articles reports an article it gives up on through on_error, between the records it
    # yields; appending both to one list keeps them in input order.
    for result in extract_articles(articles, nlp, date, on_error=outcome.append):
        outcome.append(result)
    return outcome


def extract_chunk(articles: list[Article], model: str | None = None, date: str | None = None) -> Outcome:
    """Parse and extract a chunk of articles (runs in a worker, or in this process for ``local``).

    Raises only when nothing can work, e.g. the model does not load; a failure on one article
    becomes that article's ``NewsgraphError`` in the outcome.
    """
    from .nlp import load_pipeline

    with _WORKER_LOCK:
        load_pipeline(model)  # outside the try below: a model that does not load stops the whole run
        try:
            return _extract(articles, model, date)
        except Exception as error:  # noqa: BLE001 - a bug met on one article must not cost the chunk
            if len(articles) == 1:
                return [_failure(articles[0], error)]
        # Again one article at a time, so that only the article that fails is lost.
        outcome: Outcome = []
        for article in articles:
            try:
                outcome.extend(_extract([article], model, date))
            except Exception as error:  # noqa: BLE001 - reported as this article's failure
                outcome.append(_failure(article, error))
        return outcome


def output_chunk(articles: list[Article], model: str | None = None, date: str | None = None) -> Outcome:
    """``extract_chunk``, then each record made into what a build writes (``graph.cache.Prepared``).

    The build's workers run this, so that the parent is left with writing: with N workers it would
    otherwise build and serialize every graph itself.
    """
    from .cache import Prepared

    outcome: Outcome = []
    by_doc = {article.doc: article for article in articles}
    for item in extract_chunk(articles, model, date):
        if isinstance(item, DocumentResult):
            try:
                item = Prepared.of(item)
            except Exception as error:  # noqa: BLE001 - one document that cannot be written is skipped
                item = _failure(by_doc[item.doc], error)
        outcome.append(item)
    return outcome


def _load(model: str | None) -> None:
    """A worker's first task when started ahead: load the model, so that it is ready for the first
    chunk. A model that does not load is reported by that chunk (``extract_chunk``), not here."""
    from .nlp import load_pipeline

    with _WORKER_LOCK:
        try:
            load_pipeline(model)
        except Exception:  # noqa: BLE001 - the first chunk loads it again and reports why it fails
            pass


def loaded_here(model: str | None) -> bool:
    """Whether this process has loaded ``model`` already (``graph.nlp`` is not imported to find out:
    that alone imports spaCy)."""
    nlp = sys.modules.get(f"{__package__}.nlp")
    return nlp is not None and nlp.is_loaded(model)


def _failure(article: Article, error: BaseException) -> NewsgraphError:
    return NewsgraphError(f"{_where(article)}: extraction failed ({type(error).__name__}: "
                          f"{_one_line(error)}); skipped")


def _start_worker(parent: int) -> None:
    """Pool worker start-up: Ctrl-C is the parent's to handle (workers would only print tracebacks),
    and a worker whose parent is gone exits. Killed (SIGKILL, out of memory), the parent cannot stop
    its workers; they are the fork server's children, not its own, and one left sending a result
    that nobody reads would wait forever with the model in memory."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(parent,), name="parent watch", daemon=True).start()


def _exit_with(parent: int, every: float = 0.5) -> None:
    while process_alive(parent):
        time.sleep(every)
    os._exit(1)


# --- the parent side -----------------------------------------------------------------------------------

class WorkerDied(Exception):
    """The process running a chunk died (killed, out of memory, crashed) before answering."""


class _Backend(Protocol):
    ahead: int  # chunks kept in flight
    precise: bool  # True when a death is pinned on the task that caused it (Dask), not on all in flight

    def submit(self, chunk: list[Article], model: str | None, date: str | None) -> Any: ...

    def result(self, handle: Any) -> Outcome: ...

    def close(self) -> None: ...


class _Local:
    """Chunks run in this process, one after the other."""

    ahead = 0
    precise = True

    def __init__(self, task: Task | None = None) -> None:
        self.task = task or extract_chunk

    def submit(self, chunk: list[Article], model: str | None, date: str | None) -> Any:
        return (chunk, model, date)

    def result(self, handle: Any) -> Outcome:
        return self.task(*handle)

    def close(self) -> None:
        pass


class _Pool:
    """``jobs`` worker processes of this machine."""

    precise = False  # a dead worker breaks the whole pool: every chunk in flight fails with it

    def __init__(self, jobs: int, task: Task | None = None) -> None:
        self.jobs = jobs
        self.ahead = 2 * jobs
        self.task = task or extract_chunk  # any function a worker can import by name
        methods = multiprocessing.get_all_start_methods()
        self._context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=self._context, initializer=_start_worker,
                                   initargs=(os.getpid(),))

    def submit(self, chunk: list[Article], model: str | None, date: str | None) -> Any:
        try:
            future = self._pool.submit(self.task, chunk, model, date)
        except BrokenProcessPool:
            self._restart(self._pool)
            future = self._pool.submit(self.task, chunk, model, date)
        return self._pool, future

    def result(self, handle: Any) -> Outcome:
        pool, future = handle
        try:
            return future.result()
        except BrokenProcessPool:
            self._restart(pool)
            raise WorkerDied from None

    def _restart(self, broken: ProcessPoolExecutor) -> None:
        if broken is self._pool:  # the first chunk to notice replaces the pool; the others just fail
            broken.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()

    def close(self) -> None:
        # Waits for the chunks already running (a few seconds at most) so no worker is left behind.
        self._pool.shutdown(wait=True, cancel_futures=True)

    def preload(self, model: str | None) -> None:
        """Start the workers now, loading ``model`` (each takes one such task, or finds it loaded)."""
        for _ in range(self.jobs):
            self._pool.submit(_load, model)

    def stop(self) -> None:
        """Stop the workers now, whatever they are doing (a model they are loading for nothing)."""
        terminate = getattr(self._pool, "terminate_workers", None)  # Python 3.14
        if terminate is not None:
            terminate()
        else:
            for process in list((getattr(self._pool, "_processes", None) or {}).values()):
                process.terminate()
        self._pool.shutdown(wait=True, cancel_futures=True)


class _Dask:
    """Tasks on a Dask cluster: a new ``LocalCluster`` of ``jobs`` workers, or an existing scheduler."""

    precise = True  # the scheduler blames a task only after it killed several workers (KilledWorker)

    def __init__(self, jobs: int, scheduler: str | None, task: Task | None = None) -> None:
        self.task = task or extract_chunk
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise NewsgraphError("--engine dask needs dask.distributed: pip install 'newsgraph[cluster]'") from None
        import logging

        self._cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="30s")
            else:
                # Processes, one thread each: spaCy holds the GIL while it parses.
                self._cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                             dashboard_address=None, silence_logs=logging.ERROR)
                self.client = Client(self._cluster)
        except (OSError, TimeoutError) as error:
            if self._cluster is not None:
                self._cluster.close()
            where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
            raise NewsgraphError(f"cannot reach {where}: {_one_line(error)}") from None
        workers = sum(self.client.nthreads().values()) or jobs
        self.ahead = 2 * max(1, workers)

    def submit(self, chunk: list[Article], model: str | None, date: str | None) -> Any:
        # pure=False: two chunks with equal content are still two tasks (and no hashing of the texts).
        return self.client.submit(self.task, chunk, model, date, pure=False)

    def result(self, handle: Any) -> Outcome:
        from distributed import KilledWorker

        try:
            return handle.result()
        except KilledWorker:
            raise WorkerDied from None
        finally:
            handle.release()  # the result is ours now; the cluster may forget it

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


class Workers:
    """Worker processes of this machine started before the articles to extract are known
    (``start_workers``), for ``run_articles(workers=...)``.

    ``run_articles`` closes them when it is done; ``stop`` (or leaving the ``with`` block) ends them
    at once when nothing was extracted after all, without waiting for the model they were loading.
    """

    def __init__(self, jobs: int, model: str | None) -> None:
        self.pool = _Pool(jobs, output_chunk)
        self.used = False
        self.pool.preload(model)

    def take(self) -> _Pool:
        self.used = True
        return self.pool

    def stop(self) -> None:
        if not self.used:
            self.pool.stop()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def start_workers(jobs: int, model: str | None) -> Workers:
    """``jobs`` worker processes that start loading ``model`` now, for a build's extraction.

    For a rebuild: a fresh process spends a second and a half importing spaCy and loading the model
    before it parses its first article. Started ahead, the workers do that on the other core while
    this process lists the inputs, reads its cache and copies the unchanged documents' bytes; their
    records are the same as this process would make (``output_chunk``).
    """
    return Workers(jobs, model)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _died(article: Article) -> NewsgraphError:
    return NewsgraphError(f"{_where(article)}: the extraction worker died on this article "
                          "(out of memory?); skipped")


def _alone(backend: _Backend, chunk: list[Article], model: str | None, date: str | None) -> Outcome:
    """Re-run a chunk whose worker died, with nothing else in flight, then article by article.

    Only an article that kills a worker on its own is lost; the others of its chunk are extracted.
    """
    if not backend.precise:
        try:
            return backend.result(backend.submit(chunk, model, date))
        except WorkerDied:
            pass
    outcome: Outcome = []
    for article in chunk:
        try:
            outcome.extend(backend.result(backend.submit([article], model, date)))
        except WorkerDied:
            outcome.append(_died(article))
    return outcome


def _in_order(backend: _Backend, chunks: Iterator[list[Article]], model: str | None, date: str | None,
              on_error: OnError) -> Iterator[Any]:
    in_flight: deque[tuple[list[Article], Any]] = deque()

    def oldest() -> Iterator[Any]:
        chunk, handle = in_flight.popleft()
        try:
            outcome = backend.result(handle)
        except WorkerDied:
            outcome = _alone(backend, chunk, model, date)
        for item in outcome:
            if isinstance(item, NewsgraphError):
                on_error(item)
            else:
                yield item

    for chunk in chunks:
        in_flight.append((chunk, backend.submit(chunk, model, date)))
        if len(in_flight) > backend.ahead:
            yield from oldest()
    while in_flight:
        yield from oldest()


def run_articles(articles: Iterable[Article], *, model: str | None = None, date: str | None = None,
                 jobs: int = 1, engine: str = "local", scheduler: str | None = None,
                 on_error: OnError | None = None, chunk_size: int | None = None,
                 prepared: bool = False, workers: Workers | None = None) -> Iterator[Any]:
    """Extract ``articles`` with the chosen engine; records come in input order, streamed.

    ``chunk_size`` articles (default ``CHUNK_ARTICLES``) go to a worker at a time. With ``prepared``,
    workers send back each record's ``graph.cache.Prepared`` output instead (``output_chunk``), and
    in this process it keeps its quads. Nothing starts
    (no model, no worker, no cluster) until the first article arrives, so an empty input, or a
    rebuild where every article comes from the cache, costs nothing here. ``workers`` started
    ahead (``start_workers``, which implies ``prepared``) are used instead of the engine's own.
    """
    if engine not in ENGINES:
        raise NewsgraphError(f"unknown engine {engine!r} (use one of {', '.join(ENGINES)})")
    if on_error is None:
        from .ingest import report_error

        on_error = report_error
    chunks = _chunks(articles, chunk_size or CHUNK_ARTICLES)
    first = next(chunks, None)
    if first is None:
        return
    backend: _Backend
    task = output_chunk if prepared else None
    if workers is not None:
        backend = workers.take()
    elif engine == "dask":
        backend = _Dask(jobs, scheduler, task)
    elif jobs > 1:
        backend = _Pool(jobs, task)
    else:
        backend = _Local(task)
    try:
        yield from _in_order(backend, chain([first], chunks), model, date, on_error)
    finally:
        backend.close()


def run_extraction(files: list[Path], *, model: str | None = None, date: str | None = None, jobs: int = 1,
                   engine: str = "local", scheduler: str | None = None,
                   on_error: OnError | None = None) -> Iterator[DocumentResult]:
    """Read ``files`` here and extract their articles with the chosen engine (see ``run_articles``)."""
    from .ingest import read_articles, report_error

    on_error = on_error or report_error
    yield from run_articles(read_articles(files, on_error), model=model, date=date, jobs=jobs, engine=engine,
                            scheduler=scheduler, on_error=on_error)
