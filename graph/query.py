"""SPARQL over a newsgraph graph: named queries, parameters as bindings, three output formats.

A query runs against a graph file (loaded into an in-memory Oxigraph store), an Oxigraph store
folder, or a SPARQL 1.1 endpoint URL. Oxigraph evaluates it in every local case, with the default
graph being the union of all the document graphs, each triple once (``graph.store``), so a query
written once gives the same answer on every source (``newsgraph serve`` serves the same).

Named queries are the ``ontology/queries/*.rq`` files; the comment lines at the top of each say what
it answers (the first line is its one-line description).

Parameters are bindings, never text pasted into a query: each value becomes an RDF term (a string
literal, or an IRI written ``<...>``), is written in SPARQL syntax with every special character
escaped, and is joined to the query as a ``VALUES`` block at the start of its WHERE clause. That is
where SPARQL evaluates a binding before everything else in the pattern, so ``FILTER``s see it
(pyoxigraph's own ``substitutions`` only bind projected variables, after the filters ran, and an
endpoint has nothing else). A value like ``"} ; DROP ALL ; {"`` is therefore only ever a string.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Union

import pyoxigraph as ox
import rdflib

from .errors import NewsgraphError, UsageError
from .rdf import PREFIXES, quads_of, rdflib_term
from .records import DocumentResult

__all__ = [
    "QUERY_DIR",
    "QueryResult",
    "Source",
    "named_queries",
    "describe_query",
    "resolve_query",
    "parse_params",
    "bind_values",
    "sparql_keywords",
    "prepare_source",
    "execute",
    "run_query",
    "query_records",
    "format_result",
    "run_command",
]

QUERY_DIR = Path(__file__).resolve().parent.parent / "ontology" / "queries"
DEFAULT_DATA = Path("out/graph.trig")
ENDPOINT_TIMEOUT = 120.0

# What a query can run against: a graph file, an Oxigraph store folder, an endpoint URL, an open
# store, or graphs already in memory (an rdflib dataset, extraction records).
Source = Union[Path, str, ox.Store, rdflib.Graph, Iterable[DocumentResult]]
Term = Union[rdflib.URIRef, rdflib.Literal, rdflib.BNode]

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_QUERY_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_SYNTAX_ERROR = re.compile(r"error at (\d+):(\d+): (.*)", re.S)


@dataclass
class QueryResult:
    """Columns and rows of a SELECT (rows hold rdflib terms, None when unbound); ``boolean`` for ASK.

    CONSTRUCT and DESCRIBE results come as rows of subject, predicate and object.
    """

    columns: list[str]
    rows: list[list[Term | None]] = field(default_factory=list)
    boolean: bool | None = None


# --- named queries ----------------------------------------------------------------------------------

def named_queries() -> dict[str, Path]:
    """Every named query: name (the file stem) -> its .rq file, sorted by name."""
    return {path.stem: path for path in sorted(QUERY_DIR.glob("*.rq"))}


def describe_query(path: Path) -> str:
    """The first line of the comment block at the top of a .rq file: what the query answers."""
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        text = stripped.lstrip("#").strip()
        if text:
            return text
    return ""


def _resolve(text: str) -> tuple[str, str]:
    """(query text, how to call it in messages) for SPARQL text, a .rq file or a named query."""
    stripped = text.strip()
    looks_like_name = bool(_QUERY_NAME.match(stripped)) and "\n" not in stripped
    path = Path(stripped) if looks_like_name or stripped.endswith(".rq") else None
    if path is not None and path.is_file():
        try:
            return path.read_text(encoding="utf-8"), path.name
        except (OSError, UnicodeDecodeError) as error:
            raise NewsgraphError(f"{path}: cannot read the query file: {error}") from None
    queries = named_queries()
    if stripped in queries:
        return queries[stripped].read_text(encoding="utf-8"), f"{stripped}.rq"
    if looks_like_name:
        if stripped.endswith(".rq"):
            raise NewsgraphError(f"{stripped}: no such query file")
        raise UsageError(
            f"unknown named query {stripped!r}; known: {', '.join(queries) or '(none)'}"
            " (or give SPARQL text or a .rq file)"
        )
    return with_prefixes(text), ""


def with_prefixes(query: str) -> str:
    """Declare the project's usual prefixes (ng:, rdfs:, skos: ...) that a typed query uses but omits.

    They go on the query's first line, so that line numbers in error messages stay right.
    """
    from .rdf import PREFIXES

    known = {**PREFIXES, "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/", "schema": "https://schema.org/",
             "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
             "cameo": "https://w3id.org/newsgraph/cameo/"}
    # IRIs and strings may contain "name:" without using a prefix: look only at the rest.
    code = re.sub(r"<[^<>\s]*>|\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'", " ", query)
    missing = [name for name in known
               if re.search(rf"(?<![\w-]){name}:", code)
               and not re.search(rf"PREFIX\s+{name}:", code, re.IGNORECASE)]
    if not missing:
        return query
    return " ".join(f"PREFIX {name}: <{known[name]}>" for name in missing) + " " + query


def resolve_query(text_or_name_or_path: str) -> str:
    """The SPARQL text of a named query, of a .rq file, or the text itself."""
    return _resolve(text_or_name_or_path)[0]


def _syntax_message(error: SyntaxError, query: str, label: str) -> str:
    text = " ".join(str(error).split())
    match = _SYNTAX_ERROR.match(str(error))
    if not match:
        return f"invalid SPARQL{' in ' + label if label else ''}: {text}"
    line_no, column = int(match.group(1)), int(match.group(2))
    lines = query.splitlines() or [""]
    line = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
    near = line[max(column - 1, 0):max(column - 1, 0) + 25].strip()
    where = f"near {near!r}" if near else "at the end of the line"
    detail = _expectation(" ".join(match.group(3).split()))
    if len(detail) > 120:
        detail = detail[:119] + "…"
    return f"invalid SPARQL{' in ' + label if label else ''} at line {line_no}, column {column} ({where}): {detail}"


def _expectation(detail: str) -> str:
    """Oxigraph lists every acceptable token, character classes included; keep the readable ones."""
    if not detail.startswith("expected one of "):
        return detail
    items, depth, quoted, current = [], 0, False, ""
    for char in detail[len("expected one of "):]:
        if char == '"':
            quoted = not quoted
        elif not quoted:
            depth += char == "["
            depth -= char == "]"
        if char == "," and depth == 0 and not quoted:
            items.append(current.strip())
            current = ""
        else:
            current += char
    items.append(current.strip())
    tokens = [item.strip('"') for item in items if item and not item.startswith("[") and " " not in item]
    prose = [item for item in items if " " in item and not item.startswith(("[", '"'))]
    readable = ("expected one of " + " ".join(tokens)) if tokens else ""
    return "; ".join(part for part in [readable, *prose] if part) or "unexpected text"


_PARSER = ox.Store()  # an empty store: parsing a query against it checks the syntax and costs nothing


def _check_syntax(query: str, label: str) -> None:
    try:
        _PARSER.query(query)
    except SyntaxError as error:
        raise NewsgraphError(_syntax_message(error, query, label)) from None
    except Exception:  # noqa: BLE001 - only the syntax is checked here; the real run reports the rest
        pass


# --- parameters -------------------------------------------------------------------------------------

def parse_params(params: Iterable[str]) -> dict[str, Term]:
    """``NAME=VALUE`` options as bindings: ``<...>`` is an IRI, anything else a string literal."""
    bindings: dict[str, Term] = {}
    for param in params:
        name, sep, value = param.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not _NAME.match(name):
            raise UsageError(f"--param {param!r}: expected NAME=VALUE, NAME being a SPARQL variable name")
        if value.startswith("<") and value.endswith(">"):
            try:
                ox.NamedNode(value[1:-1])
            except ValueError:
                raise UsageError(f"--param {name}: {value} is not a valid IRI") from None
            bindings[name] = rdflib.URIRef(value[1:-1])
        else:
            bindings[name] = rdflib.Literal(value)
    return bindings


def _as_term(value: Any) -> Term:
    """A binding value as an rdflib term; plain Python strings are string literals, never IRIs."""
    if isinstance(value, (rdflib.URIRef, rdflib.Literal, rdflib.BNode)):
        return value
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return rdflib_term(value)
    if isinstance(value, (str, int, float, bool)):
        return rdflib.Literal(value)
    raise TypeError(f"cannot bind {value!r}: give a string, a number, or an rdflib/pyoxigraph term")


_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_ECHAR_RE = re.compile(r'[\\"\n\r\t\b\f]')


def _sparql_term(term: Term) -> str:
    """An RDF term in SPARQL syntax, safe by construction (IRIs validated, strings fully escaped)."""
    if isinstance(term, rdflib.URIRef):
        return str(ox.NamedNode(str(term)))  # raises ValueError on anything that is not an IRI
    if isinstance(term, rdflib.Literal):
        quoted = '"' + _ECHAR_RE.sub(lambda m: _ECHAR[m.group(0)], str(term)) + '"'
        if term.language:
            return quoted + "@" + str(ox.Literal("x", language=term.language).language)
        if term.datatype is not None:
            return quoted + "^^" + str(ox.NamedNode(str(term.datatype)))
        return quoted
    raise TypeError(f"cannot bind the blank node {term}: blank nodes cannot be query parameters")


_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_WORD = re.compile(r"[?$]?[A-Za-z0-9_\-:.\u00b7\u00c0-\uffff]+")


def _tokens(query: str) -> Iterator[tuple[str, int]]:
    """The brackets and words of a query with their positions, skipping strings, IRIs and comments.

    Just enough of SPARQL's lexical grammar to find keywords and the WHERE clause reliably: text in a
    string, an IRI or a comment can never be taken for syntax.
    """
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c == "#":
            end = query.find("\n", i)
            i = n if end < 0 else end + 1
        elif c in "\"'":
            quote = c * 3 if query.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not query.startswith(quote, j):
                j += 2 if query[j] == "\\" else 1
            i = j + len(quote)
        elif c == "<" and (match := _IRI.match(query, i)):
            i = match.end()
        elif c in "{}()":
            yield c, i
            i += 1
        elif match := _WORD.match(query, i):
            yield match.group(0), i
            i = match.end()
        else:
            i += 1


def sparql_keywords(query: str) -> set[str]:
    """The words of a query outside strings, IRIs and comments, upper-cased (SELECT, SERVICE ...)."""
    return {token.upper() for token, _ in _tokens(query) if token not in "{}()"}


def _where_brace(query: str) -> int | None:
    """The index of the ``{`` opening the query's top-level WHERE clause; None when it has none
    (``DESCRIBE <x>``)."""
    depth = parens = 0
    seen_where = False
    top_braces: list[int] = []
    for token, index in _tokens(query):
        if token == "{":
            if depth == 0 and parens == 0:
                if seen_where:
                    return index
                top_braces.append(index)
            depth += 1
        elif token == "}":
            depth -= 1
        elif token == "(":
            parens += 1
        elif token == ")":
            parens -= 1
        elif depth == 0 and token.upper() == "WHERE":
            seen_where = True
    # No WHERE keyword: "SELECT * { ... }" and "ASK { ... }" start their pattern at the first brace,
    # "CONSTRUCT { template } { ... }" at the second.
    head = re.sub(r"#[^\n]*", "", query).upper().split("{", 1)[0]
    index = 1 if re.search(r"\bCONSTRUCT\b", head) else 0
    return top_braces[index] if len(top_braces) > index else None


def bind_values(query: str, bindings: Mapping[str, Any]) -> str:
    """``query`` with ``bindings`` joined at the start of its WHERE clause as a VALUES block."""
    if not bindings:
        return query
    names = list(bindings)
    for name in names:
        if not _NAME.match(name):
            raise UsageError(f"{name!r} is not a SPARQL variable name")
    try:
        terms = [_sparql_term(_as_term(bindings[name])) for name in names]
    except ValueError as error:
        raise UsageError(f"cannot bind parameters: {error}") from None
    brace = _where_brace(query)
    if brace is None:
        raise UsageError("cannot bind parameters: the query has no WHERE clause")
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(terms)}) }} "
    return query[:brace + 1] + block + query[brace + 1:]


# --- running ----------------------------------------------------------------------------------------

def _file_mtime(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_mtime_ns, stat.st_size


@lru_cache(maxsize=4)
def _file_store(path: str, _version: tuple[int, int]) -> ox.Store:
    """An in-memory store of a graph file, kept while the file is unchanged (views query it often)."""
    from .rdf import load_oxigraph

    return load_oxigraph(Path(path))


def _local_store(source: Source) -> ox.Store:
    if isinstance(source, ox.Store):
        return source
    if isinstance(source, (str, Path)):
        path = Path(source)
        if path.is_dir():
            from .store import open_store

            return open_store(path)
        if not path.exists():
            raise NewsgraphError(f"{path}: no such graph file (build one with `newsgraph build`)")
        return _file_store(str(path.resolve()), _file_mtime(path))
    from .store import merge_into_default

    store = ox.Store()
    store.extend(quads_of(source))  # type: ignore[arg-type]
    merge_into_default(store)
    return store


def prepare_source(source: Source) -> Source:
    """A source to query many times: graphs held in memory become one Oxigraph store, once."""
    if _is_url(source) or isinstance(source, (str, Path, ox.Store)):
        return source
    return _local_store(source)


def _is_url(source: Any) -> bool:
    return isinstance(source, str) and source.startswith(("http://", "https://"))


def _from_solutions(results: Any) -> QueryResult:
    if isinstance(results, ox.QueryBoolean):
        return QueryResult(columns=["ask"], rows=[[rdflib.Literal(bool(results))]], boolean=bool(results))
    if isinstance(results, ox.QuerySolutions):
        variables = list(results.variables)
        rows = [[None if s[v] is None else rdflib_term(s[v]) for v in variables] for s in results]
        return QueryResult(columns=[v.value for v in variables], rows=rows)
    # CONSTRUCT / DESCRIBE: an iterator of triples
    return QueryResult(
        columns=["subject", "predicate", "object"],
        rows=[[rdflib_term(t.subject), rdflib_term(t.predicate), rdflib_term(t.object)] for t in results],
    )


def _run_local(query: str, store: ox.Store, label: str) -> QueryResult:
    try:
        from .store import has_merged_default

        return _from_solutions(store.query(query, use_default_graph_as_union=not has_merged_default(store)))
    except SyntaxError as error:
        raise NewsgraphError(_syntax_message(error, query, label)) from None
    except OSError as error:
        raise NewsgraphError(f"cannot read the store: {' '.join(str(error).split())}") from None


def _run_endpoint(query: str, url: str, label: str) -> QueryResult:
    request = urllib.request.Request(
        url,
        data=urllib.parse.urlencode({"query": query}).encode(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8",
        },
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=ENDPOINT_TIMEOUT) as response:
            content_type = response.headers.get_content_type()
            body = response.read()
    except urllib.error.HTTPError as error:
        detail = " ".join(error.read().decode("utf-8", "replace").split())[:300]
        raise NewsgraphError(
            f"{url}: the endpoint refused {label or 'the query'}: HTTP {error.code} {error.reason}"
            + (f": {detail}" if detail else "")
        ) from None
    except (urllib.error.URLError, OSError) as error:
        raise NewsgraphError(f"{url}: cannot reach the SPARQL endpoint: {getattr(error, 'reason', error)}") from None
    try:
        results_format = ox.QueryResultsFormat.from_media_type(content_type)
        if results_format is not None:
            return _from_solutions(ox.parse_query_results(body, results_format))
        rdf = ox.RdfFormat.from_media_type(content_type)
        if rdf is not None:
            return _from_solutions(t.triple for t in ox.parse(body, format=rdf))
    except SyntaxError as error:
        raise NewsgraphError(f"{url}: the endpoint's answer is not valid {content_type}: {error}") from None
    raise NewsgraphError(f"{url}: the endpoint answered with {content_type}, not SPARQL results")


def execute(query: str, source: Source = DEFAULT_DATA, bindings: Mapping[str, Any] | None = None) -> QueryResult:
    """Run ``query`` (SPARQL text, a .rq file or a named query) on ``source`` with ``bindings``."""
    text, label = _resolve(query)
    _check_syntax(text, label)
    bound = bind_values(text, bindings or {})
    if _is_url(source):
        return _run_endpoint(bound, str(source), label)
    return _run_local(bound, _local_store(source), label)


def run_query(query: str, source: Source = DEFAULT_DATA,
              bindings: Mapping[str, Any] | None = None) -> tuple[list[str], list[list[Term | None]]]:
    """``(columns, rows)`` of a query; rows hold rdflib terms (``str(term)`` is the value), None if unbound."""
    result = execute(query, source, bindings)
    return result.columns, result.rows


def _python(term: Term | None) -> Any:
    if term is None:
        return None
    if isinstance(term, rdflib.Literal):
        value = term.toPython()
        return value if not isinstance(value, rdflib.Literal) else str(term)
    return str(term)


def query_records(query: str, source: Source = DEFAULT_DATA,
                  bindings: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Rows as dicts of plain Python values (str, int, bool, datetime.date ...), e.g. for pandas."""
    result = execute(query, source, bindings)
    return [{c: _python(v) for c, v in zip(result.columns, row)} for row in result.rows]


# --- output -----------------------------------------------------------------------------------------

_TABLE_WIDTH = 60


def _compact(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, rdflib.URIRef):
        value = str(term)
        for prefix, namespace in PREFIXES.items():
            if value.startswith(namespace) and "/" not in value[len(namespace):]:
                return f"{prefix}:{value[len(namespace):]}"
        return value
    return " ".join(str(term).split())


def _cell(text: str) -> str:
    return text if len(text) <= _TABLE_WIDTH else text[:_TABLE_WIDTH - 1] + "…"


def _table(result: QueryResult) -> str:
    if result.boolean is not None:
        return "yes" if result.boolean else "no"
    cells = [[_cell(_compact(v)) for v in row] for row in result.rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(result.columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(result.columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines)


def _csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if result.boolean is not None:
        writer.writerow(["ask"])
        writer.writerow(["true" if result.boolean else "false"])
    else:
        writer.writerow(result.columns)
        writer.writerows([["" if v is None else str(v) for v in row] for row in result.rows])
    return buffer.getvalue().rstrip("\r\n")


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, rdflib.URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, rdflib.BNode):
        return {"type": "bnode", "value": str(term)}
    value: dict[str, str] = {"type": "literal", "value": str(term)}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype is not None:
        value["datatype"] = str(term.datatype)
    return value


def _json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = [
        {c: _json_term(v) for c, v in zip(result.columns, row) if v is not None} for row in result.rows
    ]
    return json.dumps({"head": {"vars": result.columns}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """A result as a readable table, SPARQL CSV, or SPARQL JSON."""
    formatters = {"table": _table, "csv": _csv, "json": _json}
    if fmt not in formatters:
        raise UsageError(f"unknown format {fmt!r}; use table, csv or json")
    return formatters[fmt](result)


def _list_queries() -> str:
    queries = named_queries()
    width = max((len(name) for name in queries), default=0)
    return "\n".join(f"{name.ljust(width)}  {describe_query(path)}" for name, path in queries.items())


def run_command(query_text: str | None, *, data: Path | None = None, store: Path | None = None,
                endpoint: str | None = None, fmt: str = "table", params: Iterable[str] = (),
                list_queries: bool = False) -> None:
    """``newsgraph query``: run a query on a file, a store or an endpoint and print the result."""
    if list_queries:
        print(_list_queries())
        return
    if not query_text:
        raise UsageError("give a query: SPARQL text, a .rq file or a named query (`newsgraph query --list`)")
    chosen = [name for name, value in (("--data", data), ("--store", store), ("--endpoint", endpoint)) if value]
    if len(chosen) > 1:
        raise UsageError(f"choose one of {', '.join(chosen)}")
    if endpoint:
        if not _is_url(endpoint):
            raise UsageError(f"--endpoint {endpoint}: expected an http:// or https:// URL")
        source: Source = endpoint
    elif store:
        if not Path(store).is_dir():
            raise NewsgraphError(f"{store}: no Oxigraph store here (build one with `newsgraph build --store DIR`)")
        source = Path(store)
    else:
        source = Path(data) if data else DEFAULT_DATA
        if Path(source).is_dir():
            raise NewsgraphError(f"{source}: is a folder, not a graph file (for an Oxigraph store use --store)")
    result = execute(query_text, source, parse_params(params))
    sys.stdout.write(format_result(result, fmt) + "\n")
