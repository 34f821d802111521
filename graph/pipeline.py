"""The extraction pipeline: files -> articles -> parsed blocks -> ``DocumentResult`` records.

Blocks of many articles go through ``nlp.pipe`` together, so spaCy batches them; each article is then
extracted on its own. Bad inputs are reported through ``on_error`` and skipped, never raised.
"""

from __future__ import annotations

import json
import os
import sys
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from spacy.language import Language

from .errors import NewsgraphError
from .extract import extract_article
from .ingest import Article, IngestError, find_inputs, read_path
from .nlp import load_pipeline
from .records import DocumentResult, slug

__all__ = ["read_articles", "extract_articles", "extract_paths", "print_statements", "report_error"]

BATCH_ARTICLES = 32


def report_error(error: Exception) -> None:
    print(f"newsgraph: {error}", file=sys.stderr)


def read_articles(paths: Iterable[Path], on_error: Callable[[Exception], None] = report_error,
                  read: Callable[[Path], Iterable[Any]] = read_path) -> Iterator[Article]:
    """Articles from files and folders; a bad file or record goes to ``on_error``.

    Document ids must differ after ``slug``, which makes their IRIs: "Report 1" and "report-1" would
    share one named graph, and the second would silently replace the first. ``read`` reads one file
    (``ingest.read_path``; a build's cache passes one that knows unchanged files without reading them).
    """
    seen: dict[str, str] = {}
    for path in find_inputs(paths):
        for item in read(path):
            if isinstance(item, IngestError):
                on_error(item)
                continue
            key = slug(item.doc)
            if key in seen:
                same = "" if seen[key] == item.doc else f" (the same IRI as {seen[key]!r})"
                on_error(IngestError(f"{item.path}: duplicate document id {item.doc!r}{same}; skipped"))
            else:
                seen[key] = item.doc
                yield item


def extract_articles(articles: Iterable[Article], nlp: Language, date: str | None = None,
                     on_error: Callable[[Exception], None] = report_error) -> Iterator[DocumentResult]:
    """Parse articles in batches and extract each one."""
    iterator = iter(articles)
    while batch := list(islice(iterator, BATCH_ARTICLES)):
        texts = [block.text for article in batch for block in article.blocks]
        docs = iter(nlp.pipe(texts, batch_size=256))
        for article in batch:
            article_docs = [next(docs) for _ in article.blocks]
            try:
                result = extract_article(article, article_docs, published=date)
            except RecursionError:
                on_error(NewsgraphError(f"{article.path or article.doc}: text too deeply nested to parse; skipped"))
                continue
            except Exception as error:  # noqa: BLE001 - one article must not end a batch
                if os.environ.get("NEWSGRAPH_DEBUG"):
                    raise
                on_error(NewsgraphError(f"{article.path or article.doc}: extraction failed "
                                        f"({type(error).__name__}: {' '.join(str(error).split())}); skipped"))
                continue
            yield result


def extract_paths(paths: list[Path], model: str | None = None, date: str | None = None,
                  on_error: Callable[[Exception], None] = report_error) -> Iterator[DocumentResult]:
    nlp = load_pipeline(model)
    yield from extract_articles(read_articles(paths, on_error), nlp, date, on_error)


def print_statements(inputs: list[Path], fmt: str, date: str | None = None, model: str | None = None) -> int:
    """``newsgraph extract``: statement records as JSON lines or a table; returns the number of failures."""
    failures: list[Exception] = []

    def on_error(error: Exception) -> None:
        failures.append(error)
        report_error(error)

    for result in extract_paths(inputs, model, date, on_error):
        for statement in result.statements:
            if fmt == "jsonl":
                print(json.dumps(statement.to_json(), ensure_ascii=False))
            else:
                targets = ", ".join(t.label for t in statement.targets) or "-"
                print(f"{statement.doc}\t{statement.type:7}\t{statement.speaker.label:28}\t{targets:28}\t"
                      f"{statement.cue:14}\t{statement.sentence.text[:90]}")
    return len(failures)
