"""Incremental builds: rebuilding after changing one document, against the full build.

Runs ``newsgraph build CORPUS --no-views`` (``--views``: with its views) as a user would (a new
process each time): a full build into a fresh folder, a rebuild with nothing changed, and a rebuild
after editing one article. The
issue 6 target: the rebuild after one change costs about one document's work, and its outputs equal
a clean build's (checked byte for byte against a full build of the edited corpus into another fresh
folder, unless ``--no-verify``).

"One document's work" is measured too, as a user meets it: a clean build of that one edited article
alone, in a new process (``one_document_build_s``: starting Python, importing spaCy, loading the
model, extracting, writing). A rebuild pays that plus what grows with the corpus: reading the
cache's notes on every document and writing the output files again (an atomic rename of a new file
means every byte is written, fsync included; unchanged documents' bytes are copied in the kernel).
``rebuild_over_one_document_build`` is the ratio; ``output_mb`` says how many bytes a rebuild
writes. ``--formats`` is passed on to the build (default: the build's own, TriG and Turtle).
With ``--views`` the edit is also undone and rebuilt with ``--no-views``, and the article built
alone without views, in the same run: the ``*_no_views`` figures. Drawing the views costs about the
same at any size of corpus (they draw at most ``VIEW_LIMIT`` statements), so the two ratios say
what one changed document costs, and what the views of the whole corpus add to it. The clean
build that checks the outputs is then of the corpus as it was first.

    python benchmarks/incremental.py --docs 1000
    python benchmarks/incremental.py --docs 10000 --no-verify
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys

from common import WORK, corpus_folder, emit, run_newsgraph
from corpus import change_article

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--formats", default=None, help="passed on to newsgraph build --formats")
    parser.add_argument("--views", action=argparse.BooleanOptionalAction, default=False)
    parser.add_argument("--verify", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args(argv)

    # A private copy of the corpus: one of its articles gets edited.
    corpus = WORK / f"incremental-{args.docs}"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.copytree(corpus_folder(args.docs), corpus)
    out, clean, alone = WORK / "incremental-out", WORK / "incremental-clean", WORK / "incremental-alone"
    for folder in (out, clean, alone):
        shutil.rmtree(folder, ignore_errors=True)
    options = ["--no-progress"] + ([] if args.views else ["--no-views"])
    options += ["--formats", args.formats] if args.formats else []

    full = run_newsgraph("build", str(corpus), "-o", str(out), *options)
    outputs = sorted(path.name for path in out.iterdir() if path.is_file())
    written = {name: os.stat(out / name).st_mtime_ns for name in outputs}
    nothing = run_newsgraph("build", str(corpus), "-o", str(out), *options)
    rewritten_when_nothing_changed = [name for name in outputs if os.stat(out / name).st_mtime_ns != written[name]]
    edited = sorted(corpus.glob("*.txt"))[args.docs // 2]
    original = edited.read_bytes()
    change_article(edited)
    one = run_newsgraph("build", str(corpus), "-o", str(out), *options)
    # The unit: the edited article built alone, from nothing, in a new process.
    single = alone / "in"
    single.mkdir(parents=True)
    for path in (edited, edited.with_name(edited.stem + ".meta.json")):
        if path.exists():
            shutil.copy(path, single / path.name)
    one_document = run_newsgraph("build", str(single), "-o", str(alone / "out"), *options)
    if args.views:
        # The same without the views, whose drawing costs the same at any size of corpus (at most
        # VIEW_LIMIT statements are drawn): the article is changed back, and built alone again.
        edited.write_bytes(original)
        one_without_views = run_newsgraph("build", str(corpus), "-o", str(out), *options, "--no-views")
        shutil.copy(edited, single / edited.name)
        one_document_without_views = run_newsgraph("build", str(single), "-o", str(alone / "out-no-views"),
                                                   *options, "--no-views")
    figures = {
        "benchmark": "incremental",
        "docs": args.docs,
        "formats": args.formats or "default",
        "views": args.views,
        "output_mb": sum(os.stat(out / name).st_size for name in outputs) / 2**20,
        "full_s": full,
        "rebuild_one_changed_s": one,
        "rebuild_nothing_changed_s": nothing,
        "one_document_build_s": one_document,
        "full_per_doc_s": full / args.docs,
        "ratio_one_to_full": one / full,
        "rebuild_over_one_document_build": one / one_document,
        "nothing_changed_over_one_document_build": nothing / one_document,
        "one_changed_in_docs_of_work": one / (full / args.docs),
        "nothing_changed_in_docs_of_work": nothing / (full / args.docs),
        "files_rewritten_when_nothing_changed": rewritten_when_nothing_changed,
    }
    if args.views:
        figures.update({
            "rebuild_one_changed_no_views_s": one_without_views,
            "one_document_build_no_views_s": one_document_without_views,
            "rebuild_over_one_document_build_no_views": one_without_views / one_document_without_views,
        })
    if args.verify:
        run_newsgraph("build", str(corpus), "-o", str(clean), *options)
        figures["same_as_clean_build"] = all((out / name).read_bytes() == (clean / name).read_bytes()
                                             for name in outputs if not name.endswith(".html"))
    emit(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
