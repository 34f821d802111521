"""Whole builds at two sizes: time per document and peak memory, and how they grow.

Each size is a clean ``newsgraph build`` (no cache) of a generated corpus into files and an Oxigraph
store (``--store``), in a fresh process so that its peak resident memory is its own; the views are
rendered after, in the same process, and timed apart (``--no-views`` leaves them out). The issue 6
targets, from 1,000 to 10,000 documents: time per document within 1.2x (linear) and peak memory
within 1.5x (flat: documents stream through).

    python benchmarks/build_scale.py                     # 1,000 and 10,000 documents (long: hours on 2 cores)
    python benchmarks/build_scale.py --sizes 100,1000    # a quick look
    python benchmarks/build_scale.py --sizes 1000,10000 --jobs 2 --no-views
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

from common import WORK, Timer, corpus_folder, emit, peak_rss_mb

__all__ = ["main"]


def child(corpus: Path, out: Path, jobs: int, views: bool) -> None:
    """One build in this (fresh) process; prints its figures as JSON."""
    from graph.build import build

    figures: dict = {}
    with Timer() as timer:
        summary = build([corpus], out, jobs=jobs, store=out / "store", views=False, progress=False, cache=False)
    figures.update(build_s=timer.seconds, rss_after_build_mb=peak_rss_mb(), documents=summary.documents,
                   statements=sum(summary.statements.values()))
    if views:
        from graph.store import open_store
        from graph.views import render_views

        with Timer() as timer:
            render_views(open_store(out / "store"), out)
        figures["views_s"] = timer.seconds
    figures["peak_rss_mb"] = peak_rss_mb()
    figures["triples"] = count_triples(out / "store")
    print(json.dumps(figures))


def count_triples(store_dir: Path) -> int:
    """The triples of every document graph added up (what graph.nq would hold: one line each)."""
    from graph.store import open_store

    rows = open_store(store_dir).query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(next(iter(rows))[0].value)


def measure(n: int, jobs: int, views: bool) -> dict:
    corpus = corpus_folder(n)
    out = WORK / f"build-{n}"
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, __file__, "--child", str(corpus), str(out), "--jobs", str(jobs)]
    done = subprocess.run(command + ([] if views else ["--no-views"]), capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"build of {n} documents failed:\n{done.stderr[-2000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["total_s"] = figures["build_s"] + figures.get("views_s", 0.0)
    figures["ms_per_doc"] = 1000 * figures["total_s"] / n
    figures["build_ms_per_doc"] = 1000 * figures["build_s"] / n
    shutil.rmtree(out, ignore_errors=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="two corpus sizes, small first")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--views", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--child", nargs=2, type=Path, metavar=("CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child, args.jobs, args.views)
        return 0
    small_n, large_n = (int(size) for size in args.sizes.split(","))
    small, large = measure(small_n, args.jobs, args.views), measure(large_n, args.jobs, args.views)
    figures = {"benchmark": "build_scale", "jobs": args.jobs, "views": args.views, "store": True}
    for name, n, got in (("small", small_n, small), ("large", large_n, large)):
        figures.update({f"{name}_docs": n, f"{name}_triples": got["triples"],
                        f"{name}_ms_per_doc": got["ms_per_doc"], f"{name}_build_ms_per_doc": got["build_ms_per_doc"],
                        f"{name}_views_s": got.get("views_s"), f"{name}_peak_rss_mb": got["peak_rss_mb"],
                        f"{name}_rss_after_build_mb": got["rss_after_build_mb"]})
    figures["time_per_doc_ratio"] = large["ms_per_doc"] / small["ms_per_doc"]
    figures["build_time_per_doc_ratio"] = large["build_ms_per_doc"] / small["build_ms_per_doc"]
    figures["peak_rss_ratio"] = large["peak_rss_mb"] / small["peak_rss_mb"]
    figures["build_rss_ratio"] = large["rss_after_build_mb"] / small["rss_after_build_mb"]
    figures["targets"] = {"time_per_doc_ratio": 1.2, "peak_rss_ratio": 1.5}
    emit(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
