"""Extraction throughput against bare spaCy, same model, same texts, same run.

"bare" is ``nlp.pipe`` over the article blocks, batched as ``graph.pipeline`` batches them: the cost
of parsing and nothing else. "newsgraph" is what ``newsgraph extract`` does (read and ingest the
files, parse, extract statements, actors and events) plus what a build's workers do with each
document before the parent writes it (``graph.cache.Prepared.of``: the JSON records, the RDF quads,
their serializations, and the compressed cache entry). Both
count the words of the article texts. The target of issue 6: ratio >= 0.85, i.e. newsgraph's
extraction, actor resolution and RDF building add at most 15% to the parse; ``ratio`` counts the
serializations too (TriG, N-Quads, Turtle; JSON-LD is made only for builds that write it) but not the
compressed cache entry, which ``ratio_with_cache_entry`` adds.

The two alternate ``--repeat`` times and the fastest run of each counts, so that a burst of load
from other processes does not decide the ratio.

    python benchmarks/throughput.py            # 300 generated articles
    python benchmarks/throughput.py --docs 1000 --repeat 3
"""

from __future__ import annotations

import argparse
import sys

from common import Timer, corpus_folder, emit

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)

    from graph.nlp import load_pipeline
    from graph.ingest import read_articles
    from graph.pipeline import BATCH_ARTICLES, extract_paths
    from graph.cache import DocumentOutput

    folder = corpus_folder(args.docs)
    files = sorted(folder.glob("*.txt"))
    articles = list(read_articles(files))
    words = sum(len(article.text.split()) for article in articles)
    nlp = load_pipeline(args.model)
    list(nlp.pipe([block.text for block in articles[0].blocks]))  # warm up caches and lazy parts

    def bare() -> None:
        for start in range(0, len(articles), BATCH_ARTICLES):
            batch = articles[start:start + BATCH_ARTICLES]
            for _ in nlp.pipe([block.text for article in batch for block in article.blocks], batch_size=256):
                pass

    cache_entry = {"seconds": 0.0}  # of the newsgraph run: compressing the cache entries

    def newsgraph() -> None:
        # Prepared.of, in its two parts: the output (records, quads, serializations), then the
        # compressed cache entry, timed apart (incremental builds' bookkeeping, not extraction).
        cache_entry["seconds"] = 0.0
        for result in extract_paths(files, args.model):
            output = DocumentOutput.of(result)
            with Timer() as timer:
                output.to_blob()
            cache_entry["seconds"] += timer.seconds

    best = {"bare": float("inf"), "newsgraph": float("inf")}
    blob_s = 0.0
    for _ in range(args.repeat):
        for name, run in (("bare", bare), ("newsgraph", newsgraph)):
            with Timer() as timer:
                run()
            if name == "bare":
                best["bare"] = min(best["bare"], timer.seconds)
            elif timer.seconds - cache_entry["seconds"] < best["newsgraph"]:
                best["newsgraph"], blob_s = timer.seconds - cache_entry["seconds"], cache_entry["seconds"]
    emit({
        "benchmark": "throughput",
        "docs": len(articles),
        "words": words,
        "model": nlp.meta.get("name", "?"),
        "bare_words_per_s": words / best["bare"],
        "newsgraph_words_per_s": words / best["newsgraph"],
        "ratio": best["bare"] / best["newsgraph"],
        "cache_entry_s": blob_s,
        "ratio_with_cache_entry": best["bare"] / (best["newsgraph"] + blob_s),
        "target": 0.85,
        "repeat": args.repeat,
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
