"""The ``newsgraph`` command: thin typer commands over the plain functions of each stage.

Every command turns a ``NewsgraphError`` into one line on standard error and a non-zero exit; an
unexpected error also gets one line (set ``NEWSGRAPH_DEBUG=1`` for the traceback).
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Callable, List, Optional, TypeVar

import typer

from .errors import NewsgraphError

__all__ = ["app", "main"]

app = typer.Typer(
    name="newsgraph",
    help="Build knowledge graphs of who accuses, denies, demands and claims what in news articles.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
)

T = TypeVar("T")
DEFAULT_GRAPH = Path("out/graph.trig")


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


class ResultFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"newsgraph: {message}", err=True)
    raise typer.Exit(code)


def guarded(run: Callable[[], T]) -> T:
    """Run a command body; user errors and surprises become one line and an exit code."""
    try:
        return run()
    except NewsgraphError as error:
        fail(str(error), error.exit_code)
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except BrokenPipeError:
        # `newsgraph extract ... | head` closes the pipe early: that is not an error.
        sys.stderr.close()
        raise typer.Exit(0)
    except typer.Exit:
        raise
    except Exception as error:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("NEWSGRAPH_DEBUG"):
            raise
        fail(f"internal error: {type(error).__name__}: {error} (NEWSGRAPH_DEBUG=1 shows the traceback)", 70)
    raise AssertionError("unreachable")


@app.command()
def build(
    inputs: List[Path] = typer.Argument(None, help="Articles or folders of them (default: seeds/)."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder."),
    date: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) for articles without one."),
    model: Optional[str] = typer.Option(None, help="spaCy pipeline to use (default: en_core_web_sm)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Parallel extraction processes."),
    engine: Engine = typer.Option(Engine.local, help="Where extraction runs: this machine or a Dask cluster."),
    scheduler: Optional[str] = typer.Option(None, help="Dask scheduler address (default: a local cluster)."),
    store: Optional[Path] = typer.Option(None, help="Also load the graph into an Oxigraph store in DIR."),
    endpoint: Optional[str] = typer.Option(None, help="Also load each document into a Graph Store Protocol URL."),
    views: bool = typer.Option(True, help="Render the HTML views."),
    formats: List[str] = typer.Option(
        ["trig,ttl"], "--formats",
        help="Graph files to write, comma-separated: trig, ttl, nq (N-Quads), jsonld (JSON-LD)."),
    progress: Optional[bool] = typer.Option(None, help="Show progress (default: on a terminal)."),
) -> None:
    """Extract statements from articles and write the graph, the records and the views."""
    from .build import build as run_build

    summary = guarded(lambda: run_build(
        inputs or [Path("seeds")], out, date=date, model=model, jobs=jobs, engine=engine.value,
        scheduler=scheduler, store=store, endpoint=endpoint, views=views, progress=progress, formats=formats,
        workers_ahead=True,
    ))
    typer.echo(summary.describe())
    if summary.failures:
        raise typer.Exit(1)


@app.command()
def extract(
    inputs: List[Path] = typer.Argument(..., help="Articles or folders of them."),
    format: OutputFormat = typer.Option(OutputFormat.jsonl, "--format", "-f", help="jsonl records or a table."),
    date: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) for articles without one."),
    model: Optional[str] = typer.Option(None, help="spaCy pipeline to use (default: en_core_web_sm)."),
) -> None:
    """Print the statement records of articles to standard output."""
    from .pipeline import print_statements

    failures = guarded(lambda: print_statements(inputs, format.value, date=date, model=model))
    if failures:
        raise typer.Exit(1)


@app.command()
def query(
    query_text: Optional[str] = typer.Argument(None, metavar="QUERY", help="SPARQL text, a .rq file or a named query."),
    data: Optional[Path] = typer.Option(None, help="A graph file (default: out/graph.trig)."),
    store: Optional[Path] = typer.Option(None, help="An Oxigraph store folder."),
    endpoint: Optional[str] = typer.Option(None, help="A SPARQL 1.1 query endpoint URL."),
    format: ResultFormat = typer.Option(ResultFormat.table, "--format", "-f"),
    param: List[str] = typer.Option([], "--param", "-p", help="NAME=VALUE, bound as ?NAME (a string literal, or an IRI in <...>)."),
    list_: bool = typer.Option(False, "--list", help="List the named queries."),
) -> None:
    """Run a SPARQL query or a named query against a graph file, a store or an endpoint."""
    from .query import run_command

    guarded(lambda: run_command(query_text, data=data, store=store, endpoint=endpoint,
                                fmt=format.value, params=param, list_queries=list_))


@app.command()
def validate(graph: Path = typer.Argument(DEFAULT_GRAPH, help="A graph file.")) -> None:
    """Check a graph against the SHACL shapes: exit 0 when it conforms, 1 when not."""
    from .validate import run_command

    conforms = guarded(lambda: run_command(graph))
    if not conforms:
        raise typer.Exit(1)


@app.command()
def view(
    graph: Optional[Path] = typer.Argument(None, help="A graph file (default: out/graph.trig)."),
    store: Optional[Path] = typer.Option(None, help="An Oxigraph store folder instead of a file."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Folder for the HTML pages."),
    limit: Optional[int] = typer.Option(None, help="Most statements (and events) a network page draws "
                                        "(default: graph.views.VIEW_LIMIT)."),
) -> None:
    """Render the HTML views from a graph file or store."""
    from .views import render_command

    guarded(lambda: render_command(graph, store=store, out=out, limit=limit))


@app.command()
def serve(
    graph: Optional[Path] = typer.Argument(None, help="A graph file to serve (default: out/graph.trig)."),
    store: Optional[Path] = typer.Option(None, help="An Oxigraph store folder to serve."),
    port: int = typer.Option(7878, help="TCP port."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    writable: bool = typer.Option(False, help="Accept SPARQL updates at /update."),
    timeout: float = typer.Option(30.0, help="Seconds a query may run."),
    limit: int = typer.Option(100_000, help="Most result rows a query may return."),
) -> None:
    """Serve the graph as a SPARQL 1.1 Protocol endpoint at http://HOST:PORT/query."""
    from .serve import run_command

    guarded(lambda: run_command(graph, store=store, port=port, host=host, writable=writable,
                                timeout=timeout, limit=limit))


@app.command(name="eval")
def evaluate(
    gold: Path = typer.Argument(..., help="A gold file (format: shared/gold/README.md)."),
    inputs: List[Path] = typer.Argument(..., help="The annotated articles or their folder."),
    errors: bool = typer.Option(False, "--errors", help="List misses and false alarms."),
    json_: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    model: Optional[str] = typer.Option(None, help="spaCy pipeline to use."),
) -> None:
    """Score extraction against a gold file."""
    from .eval import run

    code = guarded(lambda: run(gold, inputs, model=model, show_errors=errors, as_json=json_))
    raise typer.Exit(code or 0)


def main() -> None:
    app(prog_name="newsgraph")
