"""Named SPARQL queries on a graph of 1 million triples and more: the Oxigraph store against rdflib.

The graph is real: a generated corpus built by newsgraph (``newsgraph build --store``; about 900
triples per article, so 1,200 articles pass a million). Every named query of ``ontology/queries``
runs with its parameters unbound on each engine:

- ``oxigraph``: the on-disk store that ``newsgraph query --store`` opens, whose default graph is the
  union of the document graphs, each triple once (``graph.store`` keeps it so);
- ``oxigraph-bag``: the same store queried with Oxigraph's ``use_default_graph_as_union``, whose
  union repeats a triple once per document graph that holds it (every document describes again the
  actors it names): what newsgraph did before it kept its own union, shown for comparison;
- ``rdflib``: ``graph.nq`` in an rdflib ``Dataset`` in memory, the default graph being the union.

Each figure is the fastest of ``--repeat`` runs (rows fully read); row counts are compared. Every
query runs in a forked child that is stopped when it takes longer than ``--timeout`` or more memory
than ``--max-rss-gb``, and is then reported as stopped rather than taking the machine down.

    python benchmarks/sparql.py                  # 1,200 articles (the build takes a few minutes)
    python benchmarks/sparql.py --docs 100 --min-triples 0 --repeat 1   # a quick look
    python benchmarks/sparql.py --engines oxigraph,oxigraph-bag --timeout 60
"""

from __future__ import annotations

import argparse
import os
import pickle
import select
import signal
import sys
import time
from pathlib import Path

from common import WORK, Timer, corpus_folder, emit, run_newsgraph

__all__ = ["main"]

# See the module docstring: the store as `newsgraph query --store` reads it, the same store through
# Oxigraph's own union (a bag), and rdflib in memory.
ENGINES = ("oxigraph", "oxigraph-bag", "rdflib")
DEFAULT_ENGINES = ("oxigraph", "rdflib")


def build_graph(docs: int, jobs: int) -> Path:
    """The build of the corpus, made once and reused (``WORK/sparql-DOCS``)."""
    out = WORK / f"sparql-{docs}"
    if not (out / "store").is_dir() or not (out / "graph.nq").exists():
        run_newsgraph("build", str(corpus_folder(docs)), "-o", str(out), "--store", str(out / "store"),
                      "--no-views", "--no-progress", "--jobs", str(jobs), "--formats", "trig,ttl,nq")
    return out


def best_of(repeat: int, run) -> tuple[float, int]:
    best, rows = float("inf"), -1
    for _ in range(repeat):
        with Timer() as timer:
            rows = run()
        best = min(best, timer.seconds)
    return best, rows


def _rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/statm") as stream:
        return int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def in_child(run, timeout: float, max_rss_mb: float) -> tuple[float, int] | str:
    """``run()`` in a forked child (sharing what is loaded), stopped if it takes too long or too much.

    Returns what ``run`` returned, or why it was stopped: "timeout" or "memory" (a query whose
    intermediate results outgrow ``max_rss_mb`` would otherwise take the whole machine down).
    """
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: run, answer, leave without cleanup handlers
        os.close(read)
        try:
            answer = pickle.dumps(run())
        except BaseException as error:  # noqa: BLE001 - the parent reports it
            answer = pickle.dumps(f"error: {type(error).__name__}: {error}")
        os.write(write, answer)
        os._exit(0)
    os.close(write)
    deadline = time.monotonic() + timeout
    stopped = None
    while not select.select([read], [], [], 0.2)[0]:
        if time.monotonic() > deadline:
            stopped = "timeout"
        elif _rss_mb(pid) > max_rss_mb:
            stopped = "memory"
        if stopped:
            os.kill(pid, signal.SIGKILL)
            break
    data = b""
    while not stopped and (chunk := os.read(read, 65536)):
        data += chunk
    os.close(read)
    os.waitpid(pid, 0)
    return stopped or pickle.loads(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1200)
    parser.add_argument("--min-triples", type=int, default=1_000_000)
    parser.add_argument("--jobs", type=int, default=2, help="for the build of the graph")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query on Oxigraph (the best counts)")
    parser.add_argument("--rdflib-repeat", type=int, default=1, help="runs of each query on rdflib")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds one run of a query may take")
    parser.add_argument("--max-rss-gb", type=float, default=6.0, help="memory one query may take")
    parser.add_argument("--engines", default=",".join(DEFAULT_ENGINES), help=f"some of {', '.join(ENGINES)}")
    args = parser.parse_args(argv)
    engines = [name for name in args.engines.split(",") if name]
    unknown = set(engines) - set(ENGINES)
    if unknown:
        parser.error(f"unknown engines {sorted(unknown)}")

    import rdflib

    from graph.query import named_queries, resolve_query
    from graph.store import open_store

    out = build_graph(args.docs, args.jobs)
    triples = sum(1 for _ in open(out / "graph.nq", "rb"))
    if triples < args.min_triples:
        sys.exit(f"{args.docs} documents make {triples} triples, fewer than --min-triples {args.min_triples}")
    queries = {name: resolve_query(name) for name in named_queries()}
    limit_mb = 1024 * args.max_rss_gb
    answers: dict[str, dict[str, tuple[float, int] | str]] = {}
    loads: dict[str, float] = {}

    # Each engine in turn; each query in a child process that can be stopped.
    if "rdflib" in engines:
        with Timer() as load:
            dataset = rdflib.Dataset(default_union=True)
            dataset.parse(out / "graph.nq", format="nquads")
        loads["rdflib"] = round(load.seconds, 2)
        answers["rdflib"] = {
            name: in_child(lambda text=text: best_of(args.rdflib_repeat, lambda: len(list(dataset.query(text)))),
                           args.timeout * args.rdflib_repeat, limit_mb)
            for name, text in queries.items()}
        del dataset
    for engine, bag in (("oxigraph", False), ("oxigraph-bag", True)):
        if engine not in engines:
            continue

        def on_store(text: str, bag: bool = bag) -> tuple[float, int]:
            store = open_store(out / "store")  # opened in the child: a RocksDB handle does not survive fork
            return best_of(args.repeat, lambda: len(list(store.query(text, use_default_graph_as_union=bag))))

        answers[engine] = {name: in_child(lambda text=text: on_store(text), args.timeout * args.repeat, limit_mb)
                           for name, text in queries.items()}

    per_query: dict[str, dict] = {}
    for name in queries:
        figures: dict = {}
        for engine in engines:
            answer = answers[engine][name]
            if isinstance(answer, tuple):
                figures[f"{engine}_ms"] = round(1000 * answer[0], 2)
                figures[f"{engine}_rows"] = answer[1]
            else:
                figures[f"{engine}_ms"] = None
                figures[f"{engine}_stopped"] = answer  # "timeout", "memory" or the error
        rows = {figures[f"{engine}_rows"] for engine in engines if f"{engine}_rows" in figures}
        figures["same_rows"] = len(rows) <= 1
        if figures.get("rdflib_ms") and figures.get("oxigraph_ms"):
            figures["rdflib_over_oxigraph"] = round(figures["rdflib_ms"] / figures["oxigraph_ms"], 2)
        per_query[name] = figures
    emit({
        "benchmark": "sparql",
        "docs": args.docs,
        "triples": triples,
        "load_s": loads,
        "finished": {engine: sum(isinstance(answers[engine][name], tuple) for name in queries) for engine in engines},
        "queries": per_query,
        "repeat": {"oxigraph": args.repeat, "rdflib": args.rdflib_repeat},
        "limits": {"timeout_s": args.timeout, "max_rss_gb": args.max_rss_gb},
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
