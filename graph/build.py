"""``newsgraph build``: articles in, graph files, statement records, a store and views out.

Documents stream through: each extracted document is written to every output at once, so memory
stays flat on large corpora. Every output is written under a temporary name and renamed at the end,
so an interrupted build leaves the previous outputs as they were.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .errors import NewsgraphError, UsageError
from .fileio import atomic_write
from .ingest import find_inputs
from .pipeline import report_error
from .records import DocumentResult

__all__ = ["BuildSummary", "build"]

PROGRESS_FROM = 5  # documents: smaller builds finish before a progress bar would help


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
        if self.store:
            lines.append(f"Loaded into the Oxigraph store {self.store}.")
        if self.endpoint:
            lines.append(f"Loaded into {self.endpoint}.")
        if self.failures:
            lines.append(f"{len(self.failures)} input{'s' * (len(self.failures) != 1)} failed (see above); "
                         "the rest was built. Exit status 1.")
        return " ".join(line for line in lines if line)


def _results(files: list[Path], *, model: str | None, date: str | None, jobs: int, engine: str,
             scheduler: str | None, on_error) -> Iterator[DocumentResult]:
    if engine == "dask" or jobs > 1:
        from .engine import run_extraction

        yield from run_extraction(files, model=model, date=date, jobs=jobs, engine=engine,
                                  scheduler=scheduler, on_error=on_error)
        return
    from .pipeline import extract_paths

    yield from extract_paths(files, model, date, on_error)


def build(inputs: list[Path], out: Path, *, date: str | None = None, model: str | None = None, jobs: int = 1,
          engine: str = "local", scheduler: str | None = None, store: Path | None = None,
          endpoint: str | None = None, views: bool = True, progress: bool | None = None) -> BuildSummary:
    """Extract every input and write the outputs into ``out``; see the module docstring."""
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
    results = _results(files, model=model, date=date, jobs=jobs, engine=engine, scheduler=scheduler,
                       on_error=on_error)
    loaded: list[DocumentResult] = []
    with GraphWriter(out) as writer, atomic_write(out / "statements.jsonl") as records:
        for result in results:
            writer.add(result)
            for statement in result.statements:
                records.write(json.dumps(statement.to_json(), ensure_ascii=False) + "\n")
            summary.add(result)
            if store is not None or endpoint is not None:
                loaded.append(result)
            if bar is not None and result.path:
                bar.update(1) if "(record" not in result.path and ":" not in Path(result.path).name else None
        if summary.documents == 0:
            raise NewsgraphError("no article could be read; nothing was written")
    if bar is not None:
        bar.close()
    summary.outputs = [*writer.paths, out / "statements.jsonl"]
    if store is not None:
        from .store import load_into_store

        load_into_store(store, loaded)
        summary.store = store
    if endpoint is not None:
        from .store import load_into_endpoint

        load_into_endpoint(endpoint, loaded)
        summary.endpoint = endpoint
    if views:
        from .views import render_views
        from .rdf import load_graph

        summary.outputs += render_views(load_graph(out / "graph.trig"), out)
    return summary
