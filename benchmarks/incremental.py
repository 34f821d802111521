"""Incremental builds: rebuilding after changing one document, against the full build.

Runs ``newsgraph build CORPUS --no-views`` as a user would (a new process each time): a full build
into a fresh folder, a rebuild after editing one article, and a rebuild with nothing changed. The
issue 6 target: the rebuild after one change costs about one document's work, and its outputs equal
a clean build's (checked byte for byte against a full build of the edited corpus into another fresh
folder, unless ``--no-verify``). The rebuild still pays fixed costs (starting Python, importing
spaCy, loading the model for the changed article) and rewrites every output file; the figures say
how much those are. ``--views`` includes the views, which are rendered from the whole graph.

    python benchmarks/incremental.py --docs 1000
    python benchmarks/incremental.py --docs 10000 --no-verify
"""

from __future__ import annotations

import argparse
import shutil
import sys

from common import WORK, corpus_folder, emit, run_newsgraph
from corpus import change_article

__all__ = ["main"]

OUTPUTS = ("graph.trig", "graph.ttl", "graph.nq", "graph.jsonld", "statements.jsonl")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--views", action=argparse.BooleanOptionalAction, default=False)
    parser.add_argument("--verify", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args(argv)

    # A private copy of the corpus: one of its articles gets edited.
    corpus = WORK / f"incremental-{args.docs}"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.copytree(corpus_folder(args.docs), corpus)
    out, clean = WORK / "incremental-out", WORK / "incremental-clean"
    for folder in (out, clean):
        shutil.rmtree(folder, ignore_errors=True)
    options = ["--no-progress"] + ([] if args.views else ["--no-views"])

    full = run_newsgraph("build", str(corpus), "-o", str(out), *options)
    nothing = run_newsgraph("build", str(corpus), "-o", str(out), *options)
    change_article(sorted(corpus.glob("*.txt"))[args.docs // 2])
    one = run_newsgraph("build", str(corpus), "-o", str(out), *options)
    figures = {
        "benchmark": "incremental",
        "docs": args.docs,
        "views": args.views,
        "full_s": full,
        "rebuild_one_changed_s": one,
        "rebuild_nothing_changed_s": nothing,
        "full_per_doc_s": full / args.docs,
        "ratio_one_to_full": one / full,
        "one_changed_in_docs_of_work": one / (full / args.docs),
        "nothing_changed_in_docs_of_work": nothing / (full / args.docs),
    }
    if args.verify:
        run_newsgraph("build", str(corpus), "-o", str(clean), *options)
        figures["same_as_clean_build"] = all((out / name).read_bytes() == (clean / name).read_bytes()
                                             for name in OUTPUTS)
    emit(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
