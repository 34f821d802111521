"""graph/store.py: the embedded Oxigraph store and loading into a real SPARQL store over HTTP."""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.errors import NewsgraphError
from graph.query import query_records
from graph.rdf import document_quads, graph_iri, write_outputs
from graph.serve import oxigraph_binary
from graph.store import (StoreLoader, forget_stamp, load_into_endpoint, load_into_store, open_store, store_stamp,
                         stored_graphs)
from graph_fixtures import changed_first_document, seedlike_results

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def quads(store_dir: Path) -> set[ox.Quad]:
    """The quads of the document graphs, after checking that the default graph is their union."""
    store = open_store(store_dir)
    try:
        named = {quad for quad in store if not isinstance(quad.graph_name, ox.DefaultGraph)}
        default = {quad.triple for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        assert default == {quad.triple for quad in named}
        return named
    finally:
        del store


def expected_quads(results) -> set[ox.Quad]:
    return {q for r in results for q in document_quads(r)}


# --- the embedded store -----------------------------------------------------------------------------

def test_load_holds_exactly_the_graph(tmp_path):
    results = seedlike_results()
    assert load_into_store(tmp_path / "store", results) == 2
    assert quads(tmp_path / "store") == expected_quads(results)
    assert stored_graphs(tmp_path / "store") == {str(graph_iri(r.doc)) for r in results}


def test_serialized_chunks_load_the_same_graph(tmp_path):
    """``add_chunks`` (what a build does: Oxigraph parses the TriG chunk, and the Turtle chunk and
    actor lines as the union) leaves the store that loading the quads leaves, replacing a changed
    document's graph; chunks of quads in the default graph go the quads' way."""
    from graph.cache import DocumentOutput
    from graph.rdf import serialize_document

    results = seedlike_results()
    with StoreLoader(tmp_path / "store") as loader:
        for result in results:
            loader.add_chunks(DocumentOutput.of(result).chunks)
    assert quads(tmp_path / "store") == expected_quads(results)
    changed = changed_first_document()
    with StoreLoader(tmp_path / "store") as loader:
        loader.add_chunks(DocumentOutput.of(changed).chunks)
    assert quads(tmp_path / "store") == expected_quads([changed, *results[1:]])
    plain = [ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), ox.Literal("o"))]
    with StoreLoader(tmp_path / "plain") as loader:
        loader.add_chunks(serialize_document(plain))
    assert set(open_store(tmp_path / "plain")) == set(plain)


def test_loading_twice_duplicates_nothing(tmp_path):
    store = tmp_path / "store"
    load_into_store(store, seedlike_results())
    before = quads(store)
    load_into_store(store, seedlike_results())
    assert quads(store) == before
    assert len(quads(store)) == len(before)


def test_a_changed_document_replaces_its_named_graph_only(tmp_path):
    store = tmp_path / "store"
    first, second = seedlike_results()
    load_into_store(store, [first, second])
    changed = changed_first_document()
    # a statement of the old version is dropped too: the graph is replaced, not merged
    dropped = changed.statements.pop(0)
    load_into_store(store, [changed])  # an incremental build: only the changed document
    assert quads(store) == expected_quads([changed, second])
    statements = {r["statement"] for r in query_records("statements", store)}
    assert dropped.id not in statements
    assert any("host a conference" in (r["content"] or "") for r in query_records("statements", store))


@pytest.mark.parametrize("checked_removals", [200, 0], ids=["triple-by-triple", "remade-at-the-end"])
def test_the_default_graph_stays_the_union_of_the_document_graphs(tmp_path, monkeypatch, checked_removals):
    import graph.store as store_module

    monkeypatch.setattr(store_module, "_CHECKED_REMOVALS", checked_removals)
    store = tmp_path / "store"
    first, second = seedlike_results()
    load_into_store(store, [first, second])
    shared = {q.triple for q in document_quads(first)} & {q.triple for q in document_quads(second)}
    assert shared  # actors described in both documents: in the default graph once, and they must stay
    load_into_store(store, [changed_first_document()])
    with StoreLoader(store) as loader:
        loader.remove(graph_iri(second.doc))
    assert quads(store) == expected_quads([changed_first_document()])  # quads() checks the union
    rows = query_records("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", store)
    assert int(rows[0]["n"]) == len({q.triple for q in expected_quads([changed_first_document()])})


def test_a_store_without_a_merged_default_graph_is_queried_as_a_union_and_fixed_at_its_next_load(tmp_path):
    folder = tmp_path / "store"
    old = ox.Store(str(folder))  # as an older newsgraph left it: document graphs only
    old.extend(expected_quads(seedlike_results()))
    old.flush()
    del old
    statements = query_records("statements", folder)
    assert statements
    load_into_store(folder, seedlike_results()[:1])
    quads(folder)  # the default graph is the union now
    assert query_records("statements", folder) == statements


def test_a_failed_load_leaves_the_store_as_it_was(tmp_path):
    store = tmp_path / "store"
    load_into_store(store, seedlike_results())
    before, stamp = quads(store), store_stamp(store)
    with pytest.raises(RuntimeError):
        with StoreLoader(store) as loader:
            loader.add(changed_first_document())
            loader.remove(graph_iri("001_seedlike"))
            raise RuntimeError("killed half-way")
    assert quads(store) == before
    assert store_stamp(store) == stamp  # the store is the one that stamp vouches for
    assert sorted(p.name for p in tmp_path.iterdir()) == [".store.lock", ".store.stamp", "store"]


def test_every_load_leaves_a_new_stamp(tmp_path):
    store = tmp_path / "store"
    assert store_stamp(store) is None
    load_into_store(store, seedlike_results())
    first = store_stamp(store)
    load_into_store(store, seedlike_results())
    assert first and store_stamp(store) not in (None, first)
    forget_stamp(store)
    assert store_stamp(store) is None


def test_a_load_killed_while_swapping_is_finished_or_undone(tmp_path):
    store = tmp_path / "store"
    load_into_store(store, seedlike_results())
    before = quads(store)
    # Killed after the old store was moved aside but before the new one was complete: undone.
    store.rename(tmp_path / ".store.old")
    (tmp_path / ".store.staging").mkdir()
    assert quads(store) == before
    # Killed between the two renames with the new store complete: finished.
    new = changed_first_document()
    with StoreLoader(tmp_path / "other") as loader:
        loader.add(new)
        loader.add(seedlike_results()[1])
    store.rename(tmp_path / ".store.old")
    (tmp_path / "other").rename(tmp_path / ".store.staging")
    (tmp_path / ".store.ready").touch()
    assert quads(store) == expected_quads([new, seedlike_results()[1]])
    load_into_store(store, [])  # the next load clears what is left over
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".store.") and p.name not in (".store.lock", ".store.stamp")]


def test_one_load_at_a_time(tmp_path):
    store = tmp_path / "store"
    with StoreLoader(store):
        with pytest.raises(NewsgraphError, match="another build is loading"):
            with StoreLoader(store):
                pass


def test_sources_other_than_records(tmp_path):
    results = seedlike_results()
    paths = write_outputs(results, tmp_path / "out")
    load_into_store(tmp_path / "from-file", paths[0])
    assert quads(tmp_path / "from-file") == expected_quads(results)
    load_into_store(tmp_path / "from-nq", tmp_path / "out" / "graph.nq")
    assert quads(tmp_path / "from-nq") == expected_quads(results)


def test_open_store_errors(tmp_path):
    with pytest.raises(NewsgraphError, match="no Oxigraph store here"):
        open_store(tmp_path / "missing")
    (tmp_path / "plain").mkdir()
    with pytest.raises(NewsgraphError, match="not an Oxigraph store"):
        open_store(tmp_path / "plain")


def test_readers_and_a_writer_at_once(tmp_path):
    store = tmp_path / "store"
    load_into_store(store, seedlike_results()[:1])
    reader = open_store(store)  # e.g. `newsgraph serve --store` while a build runs
    load_into_store(store, seedlike_results()[1:])
    assert len(list(reader.named_graphs())) >= 1
    del reader
    assert len(stored_graphs(store)) == 2


# --- a real SPARQL store over HTTP ------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def oxigraph_server(tmp_path):
    """A real `oxigraph serve` (read-write) on a free loopback port; stopped at the end."""
    port = free_port()
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "server-store"),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            assert process.poll() is None and time.monotonic() < deadline, "oxigraph serve did not start"
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def server_quads(url: str) -> set[str]:
    request = urllib.request.Request(f"{url}/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return {line for line in response.read().decode().splitlines() if line.strip()}


def server_count(url: str, query: str = COUNT) -> int:
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(f"{url}/query", data=data,
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


def test_graph_store_protocol_load_is_idempotent(oxigraph_server):
    results = seedlike_results()
    assert load_into_endpoint(f"{oxigraph_server}/store", results) == 2
    first = server_quads(oxigraph_server)
    assert server_count(oxigraph_server) == len(expected_quads(results))
    load_into_endpoint(f"{oxigraph_server}/store", results)
    assert server_quads(oxigraph_server) == first


def test_graph_store_protocol_replaces_a_changed_document(oxigraph_server):
    first, second = seedlike_results()
    load_into_endpoint(f"{oxigraph_server}/store", [first, second])
    changed = changed_first_document()
    changed.statements.pop(0)
    load_into_endpoint(f"{oxigraph_server}/store", [changed])
    assert server_count(oxigraph_server) == len(expected_quads([changed, second]))
    # and the endpoint answers the named queries (through graph.query, over HTTP)
    rows = query_records("who-accuses-whom", f"{oxigraph_server}/query")
    assert rows == []  # oxigraph serve without --union-default-graph: the default graph is empty
    union = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a <https://w3id.org/newsgraph/ontology#Statement> } }"
    assert server_count(oxigraph_server, union) == len(changed.statements) + len(second.statements)


def test_unreachable_or_refusing_store():
    with pytest.raises(NewsgraphError, match="cannot reach the SPARQL store"):
        load_into_endpoint("http://127.0.0.1:9/store", seedlike_results())
    with pytest.raises(NewsgraphError, match="not an http"):
        load_into_endpoint("ftp://example.org/store", seedlike_results())


def test_refusal_is_reported(oxigraph_server):
    # /query does not take PUT: the store answers with an HTTP error, reported in one line
    with pytest.raises(NewsgraphError, match="refused graph") as error:
        load_into_endpoint(f"{oxigraph_server}/query", seedlike_results())
    assert "\n" not in str(error.value)
