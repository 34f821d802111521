"""graph/serve.py: a real Oxigraph server behind the newsgraph proxy, queried over HTTP on loopback."""

from __future__ import annotations

import csv
import io
import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from graph.errors import NewsgraphError
from graph.query import query_records
from graph.rdf import write_outputs
from graph.serve import start_endpoint
from graph.store import has_merged_default, load_into_endpoint, load_into_store, open_store, store_stamp
from graph_fixtures import changed_first_document, seedlike_results

FORM = "application/x-www-form-urlencoded"
JSON = "application/sparql-results+json"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
# Four-way cross product of the graph: ~10^11 rows to count, it never ends in practice.
NEVER_ENDS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def http(url: str, *, data: bytes | None = None, content_type: str = FORM, accept: str = JSON,
         method: str | None = None) -> tuple[int, str, str]:
    """(status, content type, body) of one request; HTTP errors are answers too."""
    headers = {"Accept": accept}
    if data is not None:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode()


def ask(endpoint, query: str, accept: str = JSON, via: str = "post") -> tuple[int, str, str]:
    if via == "get":
        return http(f"{endpoint.query_url}?{urllib.parse.urlencode({'query': query})}", accept=accept)
    return http(endpoint.query_url, data=urllib.parse.urlencode({"query": query}).encode(), accept=accept)


def count(endpoint) -> int:
    status, _, body = ask(endpoint, COUNT)
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("served")
    write_outputs(seedlike_results(), out)
    return out / "graph.trig"


@pytest.fixture(scope="module")
def endpoint(graph_file):
    """A read-only endpoint over the fixture graph with a short time limit and a small row limit."""
    with start_endpoint(graph_file, timeout=1.0, limit=200) as running:
        yield running


def test_listens_on_loopback_and_answers_the_protocol(endpoint):
    assert endpoint.url.startswith("http://127.0.0.1:")
    total = count(endpoint)
    assert total > 400
    status, content_type, body = ask(endpoint, COUNT, via="get")
    assert status == 200 and content_type.startswith(JSON)
    # POST with the query as the body, as the protocol allows
    status, _, body = http(endpoint.query_url, data=COUNT.encode(), content_type="application/sparql-query")
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == str(total)


def test_the_default_graph_is_the_union_of_documents(endpoint):
    rows = query_records("who-accuses-whom", endpoint.query_url)  # graph.query, over HTTP
    assert ("France", "Russia") in {(r["accuser"], r["accused"]) for r in rows}
    assert rows == query_records("who-accuses-whom", seedlike_results())


def test_parameters_reach_an_endpoint_as_values_only(endpoint):
    peskov = query_records("statements-by-actor", endpoint.query_url, {"name": "Dmitry Peskov"})
    assert {r["speaker"] for r in peskov} == {"Dmitry Peskov"} and len(peskov) == 3
    assert query_records("statements-by-actor", endpoint.query_url, {"name": '"} ; DROP ALL ; {"'}) == []
    assert count(endpoint) > 400


@pytest.mark.parametrize("accept, check", [
    ("text/csv", lambda body: list(csv.reader(io.StringIO(body)))[0] == ["n"]),
    ("text/tab-separated-values", lambda body: body.startswith("?n")),
    ("application/sparql-results+xml", lambda body: "<sparql" in body),
    ("*/*", lambda body: json.loads(body)["head"]["vars"] == ["n"]),
])
def test_result_formats(endpoint, accept, check):
    status, _, body = ask(endpoint, COUNT, accept=accept)
    assert status == 200 and check(body), body


def test_construct_and_ask(endpoint):
    status, content_type, body = ask(endpoint, "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 5",
                                     accept="text/turtle")
    assert status == 200 and content_type.startswith("text/turtle") and "ontology#" in body
    status, _, body = ask(endpoint, "ASK { ?s a <https://w3id.org/newsgraph/ontology#Denial> }")
    assert status == 200 and json.loads(body)["boolean"] is True
    status, _, _ = ask(endpoint, COUNT, accept="image/png")
    assert status == 406


def test_updates_are_refused_and_nothing_changes(endpoint):
    before = count(endpoint)
    update = "DELETE WHERE { ?s ?p ?o }"
    attempts = [
        http(endpoint.update_url, data=urllib.parse.urlencode({"update": update}).encode()),
        http(endpoint.query_url, data=urllib.parse.urlencode({"update": update}).encode()),
        http(endpoint.query_url, data=update.encode(), content_type="application/sparql-update"),
        http(f"{endpoint.url}/sparql", data=update.encode(), content_type="application/sparql-update"),
        http(f"{endpoint.store_url}?default", data=b"", content_type="application/n-triples", method="PUT"),
        http(f"{endpoint.store_url}", method="DELETE"),
    ]
    for status, _, body in attempts:
        assert status == 403, body
        assert "read-only" in body
    # an update sent as a query is not a query
    status, _, _ = ask(endpoint, update)
    assert status == 400
    assert count(endpoint) == before


def test_a_query_that_never_ends_is_stopped_and_the_server_goes_on(endpoint):
    started = time.monotonic()
    status, _, body = ask(endpoint, NEVER_ENDS)
    elapsed = time.monotonic() - started
    assert status == 503 and "time limit" in body, body
    assert elapsed < 10
    assert count(endpoint) > 400  # still answering


def test_a_huge_result_is_refused_and_the_server_goes_on(endpoint):
    status, _, body = ask(endpoint, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 400 and "more than 200 rows" in body, body
    status, _, body = ask(endpoint, "CONSTRUCT WHERE { ?s ?p ?o }", accept="text/turtle")
    assert status == 400 and "more than 200 rows" in body
    status, _, body = ask(endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 200")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 200
    assert count(endpoint) > 400


def test_invalid_sparql_gets_the_engines_message(endpoint):
    status, _, body = ask(endpoint, "SELECT * WHERE { ?s ?p ")
    assert status == 400 and "error at 1:" in body
    assert count(endpoint) > 400


def test_graph_store_reads(endpoint):
    graph = urllib.parse.quote("https://w3id.org/newsgraph/id/graph/001-seedlike", safe="")
    status, content_type, body = http(f"{endpoint.store_url}?graph={graph}", accept="text/turtle")
    assert status == 200 and content_type.startswith("text/turtle") and "001-seedlike" in body
    status, _, body = http(endpoint.store_url, accept="application/n-quads")
    assert status == 400 and "more than 200 rows" in body  # the whole dataset is over the limit too


def test_query_page_works_offline(endpoint):
    status, content_type, page = http(f"{endpoint.url}/", accept="text/html")
    assert status == 200 and content_type.startswith("text/html")
    assert "who-accuses-whom" in page and "read-only" in page
    # everything inline: no scripts, styles or fonts from elsewhere
    assert "src=" not in page and "href=" not in page and "@import" not in page
    assert "textContent = term.value" in page  # results are shown as text, never as HTML
    status, _, _ = http(f"{endpoint.url}/nothing-here")
    assert status == 404


def test_a_build_into_the_served_store_is_picked_up(tmp_path):
    store = tmp_path / "store"
    load_into_store(store, seedlike_results()[:1])
    with start_endpoint(store=store) as endpoint:
        before = count(endpoint)
        load_into_store(store, seedlike_results())  # a new store swapped in, with a new stamp
        assert count(endpoint) > before
        assert count(endpoint) == int(query_records(COUNT, store)[0]["n"])


def test_writable_endpoint_over_a_store_accepts_updates_and_graph_store_loads(tmp_path):
    store = tmp_path / "store"
    load_into_store(store, seedlike_results()[1:])
    with start_endpoint(store=store, writable=True) as endpoint:
        before = count(endpoint)
        status, _, body = http(endpoint.update_url, data=urllib.parse.urlencode(
            {"update": "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> 'c' } }"}).encode())
        assert status == 204, body
        assert count(endpoint) == before + 1
        # `newsgraph build --endpoint URL/store` against it: replace semantics, idempotent
        load_into_endpoint(endpoint.store_url, seedlike_results())
        loaded = count(endpoint)
        load_into_endpoint(endpoint.store_url, seedlike_results())
        assert count(endpoint) == loaded
        load_into_endpoint(endpoint.store_url, [changed_first_document()])
        assert count(endpoint) > loaded
    # the updates went to the store folder itself
    assert len(query_records("statements", store)) == len(changed_first_document().statements) + 4
    # Its union of the document graphs went out of date: gone, and remade by the next load.
    assert store_stamp(store) is None and not has_merged_default(open_store(store))
    load_into_store(store, seedlike_results()[1:])
    assert has_merged_default(open_store(store)) and store_stamp(store)
    assert len(query_records("statements", store)) == len(changed_first_document().statements) + 4


def test_engine_and_temporary_files_are_gone_after_stop(graph_file):
    endpoint = start_endpoint(graph_file)
    process = endpoint._engine.process
    folder = endpoint.location.parent
    assert process is not None and process.poll() is None and folder.exists()
    endpoint.stop()
    assert process.poll() is not None
    assert not folder.exists()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", endpoint.port), timeout=0.5).close()


def test_a_busy_port_and_missing_inputs_are_clear_errors(endpoint, graph_file, tmp_path):
    with pytest.raises(NewsgraphError, match="cannot listen on 127.0.0.1"):
        start_endpoint(graph_file, port=endpoint.port)
    with pytest.raises(NewsgraphError, match="no such graph file"):
        start_endpoint(tmp_path / "missing.trig")
    with pytest.raises(NewsgraphError, match="no Oxigraph store"):
        start_endpoint(store=tmp_path / "missing")


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        text = (task / "children").read_text().split()
        found += [int(child) for child in text]
    return found


def test_the_serve_command_runs_until_terminated_and_cleans_up(graph_file):
    import os
    import signal
    import subprocess
    import sys

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "graph", "serve", str(graph_file), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               cwd=Path(__file__).resolve().parent.parent)
    try:
        line = process.stdout.readline()
        assert line.startswith(f"Serving {graph_file} (read-only) at http://127.0.0.1:{port}/query"), line
        engines = children(process.pid)
        assert engines, "the Oxigraph engine runs as a child process"
        status, _, body = http(f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": COUNT}))
        assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 400
        from typer.testing import CliRunner

        from graph.cli import app

        result = CliRunner().invoke(app, ["query", "mutual-accusations", "--endpoint",
                                          f"http://127.0.0.1:{port}/query", "--format", "csv"])
        assert result.exit_code == 0 and "Russia,Ukraine,1,2" in result.output, result.output
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
        for engine in engines:
            assert not Path(f"/proc/{engine}").exists() or "Z" in Path(f"/proc/{engine}/stat").read_text().split()[2]
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()


def test_federated_queries_are_refused(endpoint):
    status, _, body = ask(endpoint, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert status == 403 and "SERVICE" in body
    # the word in a string or an IRI is no SERVICE clause
    status, _, _ = ask(endpoint, 'SELECT ("SERVICE" AS ?x) WHERE { ?s <https://example.org/SERVICE> ?o }')
    assert status == 200
