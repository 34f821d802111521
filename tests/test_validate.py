"""SHACL validation: the graphs newsgraph builds conform; graphs broken on purpose fail readably."""

from __future__ import annotations

import copy

import pytest
import rdflib
from typer.testing import CliRunner

from graph.cli import app
from graph.errors import NewsgraphError
from graph.rdf import build_dataset, write_outputs
from graph.records import Actor
from graph.validate import run_command, validate_graph
from graph_fixtures import ArticleBuilder, seedlike_results

NG = rdflib.Namespace("https://w3id.org/newsgraph/ontology#")
RDF_TYPE = rdflib.URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")


@pytest.fixture()
def dataset() -> rdflib.Dataset:
    return build_dataset(seedlike_results())


def first(dataset: rdflib.Dataset, cls: rdflib.URIRef) -> tuple[rdflib.Graph, rdflib.URIRef]:
    """A node of class ``cls`` and the named graph that holds it."""
    for graph in dataset.graphs():
        for node in graph.subjects(RDF_TYPE, cls):
            return graph, node
    raise AssertionError(f"no {cls}")


def test_built_graphs_conform(dataset):
    conforms, report = validate_graph(dataset)
    assert conforms, report
    assert report.startswith("conforms:")


def test_records_and_files_validate_too(tmp_path):
    assert validate_graph(seedlike_results())[0]
    for path in write_outputs(seedlike_results(), tmp_path):
        assert validate_graph(path)[0], path.name


def test_statement_without_speaker(dataset):
    graph, statement = first(dataset, NG.Denial)
    graph.remove((statement, NG.speaker, None))
    conforms, report = validate_graph(dataset)
    assert not conforms
    assert "Statement: " in report
    assert "A statement has exactly one ng:speaker" in report
    assert statement.rsplit("/", 1)[-1] in report  # the report names the broken node


def test_statement_with_two_speakers(dataset):
    graph, statement = first(dataset, NG.Accusation)
    graph.add((statement, NG.speaker, rdflib.URIRef("https://w3id.org/newsgraph/id/actor/ukraine")))
    conforms, report = validate_graph(dataset)
    assert not conforms and "exactly one ng:speaker" in report


def test_statement_without_a_type_subclass(dataset):
    graph, statement = first(dataset, NG.Claim)
    graph.remove((statement, RDF_TYPE, NG.Claim))
    conforms, report = validate_graph(dataset)
    assert not conforms
    assert "exactly one of ng:Accusation, ng:Denial, ng:Demand, ng:Claim" in report


def test_sentence_without_offsets(dataset):
    graph, sentence = first(dataset, NG.Sentence)
    graph.remove((sentence, NG.start, None))
    graph.remove((sentence, NG.end, None))
    conforms, report = validate_graph(dataset)
    assert not conforms
    assert "Sentence: 2 problems" in report
    assert "ng:start offset" in report and "ng:end offset" in report


def test_sentence_that_ends_before_it_starts(dataset):
    graph, sentence = first(dataset, NG.Sentence)
    graph.set((sentence, NG.end, rdflib.Literal(0, datatype=XSD.integer)))
    conforms, report = validate_graph(dataset)
    assert not conforms and "ng:start < ng:end" in report


@pytest.mark.parametrize("cls, prop, value, rule", [
    (NG.Document, NG.published, rdflib.Literal("yesterday"), "an xsd:date"),
    (NG.Sentence, NG.start, rdflib.Literal("twelve"), "an xsd:integer"),
    (NG.Statement, NG.isQuote, rdflib.Literal("yes"), "an xsd:boolean"),
    (NG.Statement, NG.date, rdflib.Literal("2022-11-24"), "an xsd:date or an xsd:gMonthDay"),
])
def test_wrong_datatypes(dataset, cls, prop, value, rule):
    graph, node = first(dataset, cls)
    graph.set((node, prop, value))
    conforms, report = validate_graph(dataset)
    assert not conforms
    assert rule in report
    assert f'found "{value}"' in report


def test_statement_whose_source_is_not_a_sentence(dataset):
    graph, statement = first(dataset, NG.Accusation)
    graph.set((statement, NG.source, rdflib.URIRef("https://example.org/nowhere")))
    conforms, report = validate_graph(dataset)
    assert not conforms and "ng:source, the ng:Sentence" in report


def test_source_sentence_of_another_document(dataset):
    graphs = [g for g in dataset.graphs() if len(g)]
    _, foreign = first(dataset, NG.Sentence)
    graph = next(g for g in graphs if (foreign, None, None) not in g)
    statement = next(graph.subjects(RDF_TYPE, NG.Statement))
    graph.set((statement, NG.source, foreign))
    conforms, report = validate_graph(dataset)
    assert not conforms and "source sentence is in the statement's own document" in report


def test_actor_without_kind_and_bad_wikidata(dataset):
    graph, actor = first(dataset, NG.Country)
    for g in dataset.graphs():
        g.remove((actor, RDF_TYPE, NG.Country))
        g.set((actor, rdflib.URIRef("http://www.w3.org/2002/07/owl#sameAs"), rdflib.URIRef("https://example.org/Q1")))
    conforms, report = validate_graph(dataset)
    assert not conforms
    assert "one of ng:Person, ng:Organization, ng:Country, ng:Group" in report
    assert "Wikidata entity IRI" in report


def test_articles_disagreeing_on_an_actor_give_a_warning_not_a_failure():
    one = ArticleBuilder("010_one", "One", "2022-01-01")
    two = ArticleBuilder("011_two", "Two", "2022-01-02")
    one.state("Acme said things.", "said", "claim", (Actor("Acme", "organization"), "Acme"))
    two.state("Acme said more things.", "said", "claim", (Actor("Acme", "group"), "Acme"))
    conforms, report = validate_graph([one.result, two.result])
    assert conforms, report
    assert "1 warning" in report and "warning:" in report and "one kind only" in report


def test_many_problems_are_summarised(dataset):
    for graph in dataset.graphs():
        graph.remove((None, NG.cue, None))
    conforms, report = validate_graph(dataset)
    assert not conforms
    assert "violations" in report
    assert len(report.splitlines()) < 70


def test_run_command_and_cli(tmp_path, capsys):
    paths = write_outputs(seedlike_results(), tmp_path)
    trig = paths[0]
    assert run_command(trig) is True
    assert "conforms" in capsys.readouterr().out

    broken = copy.deepcopy(seedlike_results())
    broken[0].statements[0].type = "gossip"  # not a statement type: no subclass is written
    bad = tmp_path / "bad"
    write_outputs(broken, bad)
    assert run_command(bad / "graph.trig") is False

    runner = CliRunner()
    good = runner.invoke(app, ["validate", str(trig)])
    assert good.exit_code == 0, good.output
    failed = runner.invoke(app, ["validate", str(bad / "graph.ttl")])
    assert failed.exit_code == 1
    assert "does not conform" in failed.output and "ng:Accusation" in failed.output
    missing = runner.invoke(app, ["validate", str(tmp_path / "nope.trig")])
    assert missing.exit_code == 2
    assert "no such graph file" in missing.output


def test_missing_file_is_a_newsgraph_error(tmp_path):
    with pytest.raises(NewsgraphError):
        validate_graph(tmp_path / "missing.trig")


def test_the_seed_build_conforms(request):
    """End to end: the graph `newsgraph build seeds` writes passes the shapes."""
    try:
        out = request.getfixturevalue("built_seeds")
    except pytest.FixtureLookupError:
        pytest.skip("the built_seeds fixture (tests/conftest.py) is not there yet")
    for name in ("graph.trig", "graph.ttl"):
        conforms, report = validate_graph(out / name)
        assert conforms, report
