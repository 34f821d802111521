"""graph/analytics.py: the networkx projection, the measures and the GraphML / GEXF / CSV exports."""

from __future__ import annotations

import csv

import networkx as nx
import pytest

from graph.analytics import (
    EDGE_COLUMNS,
    collapse,
    most_accused,
    mutual_accusations,
    reciprocity,
    to_networkx,
    top_accusers,
    write_edge_csv,
    write_exports,
    write_gexf,
    write_graphml,
)
from graph.rdf import build_dataset, write_outputs
from graph.records import Actor, actor_iri
from graph_fixtures import RUSSIA, ArticleBuilder, seedlike_results

RUSSIA_IRI = actor_iri("Russia")
UKRAINE_IRI = actor_iri("Ukraine")


@pytest.fixture(scope="module")
def network() -> nx.MultiDiGraph:
    return to_networkx(seedlike_results())


def test_actors_are_nodes_with_their_attributes(network):
    assert network.number_of_nodes() == 8
    russia = network.nodes[RUSSIA_IRI]
    assert russia == {"label": "Russia", "kind": "country", "side": "Russia", "wikidata": "Q159", "role": "",
                      "statements": 3, "targeted": 6}
    assert network.nodes[actor_iri("Dmitry Peskov")]["role"] == "spokesman"
    assert network.nodes[actor_iri("the West")]["side"] == ""


def test_statements_are_typed_edges_with_their_attributes(network):
    edges = list(network.edges(data=True, keys=True))
    statement_edges = [e for e in edges if e[3]["type"] != "responds"]
    results = seedlike_results()
    assert len(statement_edges) == sum(len(s.targets) for r in results for s in r.statements)
    source, sink, key, data = next(e for e in statement_edges if e[3]["cue"] == "rejects" and e[1] == UKRAINE_IRI)
    assert source == RUSSIA_IRI
    assert data["type"] == "deny" and data["charge"] == "war crimes" and data["date"] == "2022-11-24"
    assert data["doc"] == "000_seedlike" and data["quote"] is False
    assert data["sentence"].startswith("Moscow rejects") and key == f"{data['statement']} -> {UKRAINE_IRI}"


def test_responds_edges(network):
    responds = [(u, v, d) for u, v, d in network.edges(data=True) if d["type"] == "responds"]
    assert (actor_iri("Dmitry Peskov"), actor_iri("Emmanuel Macron")) in {(u, v) for u, v, _ in responds}
    peskov = next(d for u, v, d in responds if u == actor_iri("Dmitry Peskov") and v == actor_iri("Emmanuel Macron"))
    assert peskov["response_type"] == "claim" and peskov["responds_to"].endswith("accuse-emmanuel-macron")


def test_measures(network):
    assert most_accused(network) == [("Russia", 6), ("Ukraine", 1)]
    assert top_accusers(network, 2) == [("France", 2), ("Ukraine", 2)]
    assert mutual_accusations(network) == [("Russia", "Ukraine", 1, 2)]
    # accuse links between distinct actors: F->R, U->R, R->U, Z->R, W->R; one pair goes both ways
    assert reciprocity(network) == pytest.approx(2 / 5)
    assert reciprocity(network, "demand") == 0.0
    weighted = collapse(network)
    assert weighted.edges[actor_iri("Ukraine"), RUSSIA_IRI]["weight"] == 2


def test_every_source_gives_the_same_network(network, tmp_path):
    paths = write_outputs(seedlike_results(), tmp_path)
    for source in (paths[0], build_dataset(seedlike_results())):
        other = to_networkx(source)
        assert dict(other.nodes(data=True)) == dict(network.nodes(data=True))
        assert sorted(other.edges(keys=True)) == sorted(network.edges(keys=True))


def test_graphml_and_gexf_round_trip(network, tmp_path):
    graphml = nx.read_graphml(write_graphml(network, tmp_path / "a.graphml"))
    assert graphml.number_of_nodes() == network.number_of_nodes()
    assert graphml.number_of_edges() == network.number_of_edges()
    assert graphml.nodes[RUSSIA_IRI]["statements"] == 3 and graphml.nodes[RUSSIA_IRI]["wikidata"] == "Q159"
    gexf = nx.read_gexf(write_gexf(network, tmp_path / "a.gexf"))
    assert gexf.number_of_nodes() == network.number_of_nodes()
    assert gexf.number_of_edges() == network.number_of_edges()
    assert gexf.nodes[RUSSIA_IRI]["label"] == "Russia"


def test_exports_survive_text_xml_cannot_hold(tmp_path):
    article = ArticleBuilder("005_xml", "Control characters", "2022-01-01")
    odd = Actor(label="Odd \x0c Corp <b>&amp;", kind="organization")
    article.state("Odd \x0c Corp <b>&amp; accused Russia \x01 of \x1b things.", "accused", "accuse",
                  (odd, "Odd"), [(RUSSIA, "Russia")], content="things \x00 \x1b <script>")
    network = to_networkx([article.result])
    paths = write_exports(network, tmp_path)
    assert [p.name for p in paths] == ["actors.graphml", "actors.gexf", "edges.csv"]
    back = nx.read_graphml(paths[0])
    assert back.nodes[odd.id]["label"] == "Odd \ufffd Corp <b>&amp;"
    assert nx.read_gexf(paths[1]).number_of_edges() == 1
    rows = list(csv.DictReader(paths[2].open(encoding="utf-8")))
    assert rows[0]["content"] == "things \x00 \x1b <script>"  # CSV keeps the text as it was


def test_edge_csv(network, tmp_path):
    rows = list(csv.DictReader(write_edge_csv(network, tmp_path / "edges.csv").open(encoding="utf-8")))
    assert list(rows[0]) == EDGE_COLUMNS
    assert len(rows) == network.number_of_edges()
    peskov = [r for r in rows if r["source_label"] == "Dmitry Peskov" and r["type"] == "responds"]
    assert {r["target_label"] for r in peskov} == {"Emmanuel Macron", "Dmitry Peskov", "the West"}


def test_an_empty_graph(tmp_path):
    empty = to_networkx([])
    assert empty.number_of_nodes() == 0
    assert most_accused(empty) == [] and mutual_accusations(empty) == [] and reciprocity(empty) == 0.0
    write_exports(empty, tmp_path)
