"""The extraction pipeline: files -> articles -> parsed blocks -> ``DocumentResult`` records.

Blocks of many articles go through ``nlp.pipe`` together, so spaCy batches them; each article is then
extracted on its own. Bad inputs are reported through ``on_error`` and skipped, never raised.
"""

from __future__ import annotations

import json
import os
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .errors import NewsgraphError
from .extract import extract_article
from .ingest import Article, read_articles, report_error
from .nlp import load_pipeline, reparse_misreadings
from .records import DocumentResult

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["extract_articles", "extract_paths", "print_statements"]

BATCH_ARTICLES = 32


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
                reparse_misreadings(nlp, [block.section for block in article.blocks], article_docs)
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
