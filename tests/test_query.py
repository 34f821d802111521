"""graph/query.py and ontology/queries/*.rq: named queries, bindings, formats, errors, every source."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import rdflib
from typer.testing import CliRunner

from graph.cli import app
from graph.errors import NewsgraphError, UsageError
from graph.query import (
    bind_values,
    describe_query,
    execute,
    format_result,
    named_queries,
    parse_params,
    query_records,
    resolve_query,
    run_query,
)
from graph.rdf import build_dataset, write_outputs
from graph.records import actor_iri
from graph.store import load_into_store
from graph_fixtures import seedlike_results

DESIGN_QUERIES = {"who-accuses-whom", "denials", "responses", "statements-by-actor", "timeline", "actors"}
HOSTILE = '"} ; DROP ALL ; {"'


@pytest.fixture(scope="module")
def results():
    return seedlike_results()


@pytest.fixture(scope="module")
def graph_file(results, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("graph")
    write_outputs(results, out)
    return out / "graph.trig"


def records(query: str, source, **bindings) -> list[dict]:
    return query_records(query, source, bindings or None)


def split(cell: str | None) -> set[str]:
    return {part for part in (cell or "").split("; ") if part}


# --- the named queries ------------------------------------------------------------------------------

def test_named_queries_exist_and_say_what_they_answer():
    queries = named_queries()
    assert DESIGN_QUERIES | {"mutual-accusations", "charges"} <= set(queries)
    for name, path in queries.items():
        assert path.read_text().startswith("#"), name
        assert len(describe_query(path)) > 20, name


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_runs_and_answers(name, results):
    columns, rows = run_query(name, results)
    assert columns and rows, name
    assert len(rows) == len({tuple(row) for row in rows}), f"{name} repeats rows"


def _normalised(rows) -> list[tuple]:
    # GROUP_CONCAT's order is up to the engine: compare the parts as sets.
    return sorted(tuple(None if v is None else "; ".join(sorted(str(v).split("; "))) for v in row) for row in rows)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_queries_give_the_same_answer_in_rdflib(name, results):
    """The queries stay within what every engine does alike (the benchmarks run them in rdflib too)."""
    dataset = build_dataset(results)  # its default graph is the union of the documents, like ours
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        in_rdflib = list(dataset.query(named_queries()[name].read_text()))
    assert _normalised(in_rdflib) == _normalised(run_query(name, results)[1])


def test_who_accuses_whom(results):
    rows = records("who-accuses-whom", results)
    pairs = {(r["accuser"], r["accused"]): r for r in rows}
    assert {("France", "Russia"), ("Ukraine", "Russia"), ("Russia", "Ukraine")} <= set(pairs)
    assert pairs[("France", "Russia")]["accusations"] == 2
    assert split(pairs[("France", "Russia")]["charges"]) == {"war crimes"}
    assert rows[0]["accusations"] >= rows[-1]["accusations"]


def test_denials_say_whose_charges(results):
    rows = [r for r in records("denials", results) if r["denier"] == "Russia"]
    rejects = next(r for r in rows if r["cue"] == "rejects")
    assert split(rejects["whoseCharges"]) == {"France", "Ukraine"}
    assert "war crimes" in split(rejects["charges"])
    brushed = next(r for r in rows if r["cue"] == "brushed aside")
    assert split(brushed["whoseCharges"]) == {"Emmanuel Macron", "Volodymyr Zelensky"}
    assert split(brushed["charges"]) == {"war crimes", "crimes against humanity"}  # from the answered statements


def test_responses_link_statements(results):
    rows = records("responses", results)
    links = {(r["responder"], r["responseType"], r["respondsTo"], r["originalType"]) for r in rows}
    assert ("Dmitry Peskov", "claim", "Emmanuel Macron", "accuse") in links
    assert ("Russia", "deny", "France", "accuse") in links
    assert ("Dmitry Peskov", "demand", "Dmitry Peskov", "deny") in links  # a chain continues


def test_statements_by_actor_with_a_name_an_alias_or_an_iri(results):
    by_name = records("statements-by-actor", results, name="dmitry peskov")
    assert {r["type"] for r in by_name} == {"claim", "deny", "demand"}
    assert {r["speaker"] for r in by_name} == {"Dmitry Peskov"}
    by_alias = records("statements-by-actor", results, name="Moscow")
    assert {r["speaker"] for r in by_alias} == {"Russia"} and len(by_alias) == 3
    by_iri = records("statements-by-actor", results, actor=rdflib.URIRef(actor_iri("Russia")))
    assert {r["statement"] for r in by_iri} == {r["statement"] for r in by_alias}
    everyone = records("statements-by-actor", results)
    assert len(everyone) == sum(len(r.statements) for r in results)


def test_a_hostile_value_is_only_a_string(results, graph_file):
    assert records("statements-by-actor", results, name=HOSTILE) == []
    assert records("statements-by-actor", graph_file, name=HOSTILE) == []
    columns, rows = run_query("SELECT ?name WHERE { BIND(1 AS ?one) }", results, {"name": HOSTILE})
    assert str(rows[0][0]) == HOSTILE
    # and the data is all still there
    assert len(records("statements", graph_file)) == 14


def test_bindings_are_escaped_rdf_terms():
    query = "SELECT * WHERE { ?s ?p ?name }"
    bound = bind_values(query, {"name": 'a"b\\c\nd', "actor": rdflib.URIRef("https://example.org/x")})
    assert bound == ('SELECT * WHERE { VALUES (?name ?actor) { ("a\\"b\\\\c\\nd" <https://example.org/x>) } '
                     " ?s ?p ?name }")
    with pytest.raises(UsageError):
        bind_values(query, {"x": rdflib.URIRef("not an iri> } DROP ALL {")})
    with pytest.raises(UsageError):
        bind_values(query, {"bad name": "x"})


@pytest.mark.parametrize("query, expected_at", [
    ("SELECT * WHERE { ?s ?p ?o }", "WHERE {"),
    ("select * where { ?s ?p ?o }", "where {"),
    ("SELECT * { ?s ?p ?o }", "* {"),
    ("ASK { ?s ?p ?o }", "ASK {"),
    ("CONSTRUCT { ?s ?p ?o } { ?s ?p ?o }", "} {"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "WHERE {"),
    ('# a comment { with braces } and WHERE\nSELECT ("{" AS ?x) (EXISTS { ?a ?b ?c } AS ?y) WHERE { ?s ?p ?o }',
     "WHERE {"),
    ("PREFIX ex: <http://ex/{x}> SELECT ?where WHERE { ?where ex:WHERE ?o }", "WHERE {"),
])
def test_values_go_at_the_start_of_the_where_clause(query, expected_at):
    bound = bind_values(query, {"v": "x"})
    index = query.index(expected_at) + len(expected_at)
    assert bound == query[:index] + ' VALUES (?v) { ("x") } ' + query[index:]


def test_parse_params():
    params = parse_params(["name=Russia", "actor=<https://w3id.org/newsgraph/id/actor/russia>", "$x=a=b"])
    assert params == {"name": rdflib.Literal("Russia"),
                      "actor": rdflib.URIRef("https://w3id.org/newsgraph/id/actor/russia"),
                      "x": rdflib.Literal("a=b")}
    for bad in ["novalue", "1x=2", "x=<not an iri>"]:
        with pytest.raises(UsageError):
            parse_params([bad])


def test_timeline_is_in_date_order_and_resolves_years(results):
    rows = records("timeline", results)
    days = [r["day"] for r in rows]
    assert days == sorted(days) and all(days)
    undated_year = next(r for r in rows if r["when"] == "--04-04")
    assert undated_year["day"] == "2022-04-04"
    assert any(r["kind"] == "event: strike" and r["day"] == "2022-11-23" for r in rows)


def test_actors_have_sides_and_wikidata(results):
    actors = {r["label"]: r for r in records("actors", results)}
    assert actors["Russia"]["wikidata"] == "http://www.wikidata.org/entity/Q159"
    assert actors["Russia"]["kind"] == "country" and actors["Russia"]["side"] == "Russia"
    assert actors["Dmitry Peskov"]["side"] == "Russia" and actors["Dmitry Peskov"]["statements"] == 3
    assert actors["Russia"]["targetedBy"] == 6
    assert actors["the West"]["side"] is None and actors["the West"]["wikidata"] is None


def test_mutual_accusations_and_charges(results):
    assert [(r["actorA"], r["actorB"], r["aAccusesB"], r["bAccusesA"])
            for r in records("mutual-accusations", results)] == [("Russia", "Ukraine", 1, 2)]
    charges = {r["charge"]: r for r in records("charges", results)}
    assert split(charges["war crimes"]["accusers"]) >= {"France", "Ukraine", "the West"}
    assert split(charges["war crimes"]["deniedBy"]) == {"Russia", "Dmitry Peskov"}


# --- sources ----------------------------------------------------------------------------------------

def test_every_source_gives_the_same_answer(results, graph_file, tmp_path):
    store = tmp_path / "store"
    load_into_store(store, results)
    expected = run_query("who-accuses-whom", results)
    for source in (graph_file, graph_file.with_name("graph.ttl"), graph_file.with_name("graph.jsonld"),
                   str(graph_file), store, build_dataset(results)):
        assert run_query("who-accuses-whom", source) == expected, source


def test_queries_from_files_and_text(results, tmp_path):
    path = tmp_path / "mine.rq"
    path.write_text("# mine\nSELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/newsgraph/ontology#Denial> }")
    assert resolve_query(str(path)).startswith("# mine")
    assert records(str(path), results) == [{"n": 3}]
    assert resolve_query("denials") == named_queries()["denials"].read_text()


# --- formats ----------------------------------------------------------------------------------------

def test_table_csv_and_json(results):
    result = execute("who-accuses-whom", results)
    table = format_result(result, "table")
    assert table.splitlines()[0].split() == result.columns
    assert table.endswith("(5 rows)")
    parsed = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert parsed[0] == result.columns and len(parsed) == 6
    data = json.loads(format_result(result, "json"))
    assert data["head"]["vars"] == result.columns
    first = data["results"]["bindings"][0]
    assert first["accuser"] == {"type": "literal", "value": "France"}
    assert first["accusations"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    ask = execute("ASK { ?s a <https://w3id.org/newsgraph/ontology#Denial> }", results)
    assert json.loads(format_result(ask, "json")) == {"head": {}, "boolean": True}
    assert format_result(ask, "table") == "yes"
    construct = execute("CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 3", results)
    assert construct.columns == ["subject", "predicate", "object"] and len(construct.rows) == 3


# --- errors -----------------------------------------------------------------------------------------

def test_invalid_sparql_says_where(results):
    with pytest.raises(NewsgraphError) as error:
        execute("SELECT ?s\nWHERE { ?s ?p ?o", results)
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith("invalid SPARQL at line 2, column 17")


def test_invalid_sparql_in_a_file_names_the_file(results, tmp_path):
    path = tmp_path / "broken.rq"
    path.write_text("SELECT * WHERE { ?s ?p }")
    with pytest.raises(NewsgraphError, match=r"invalid SPARQL in broken\.rq at line 1"):
        execute(str(path), results)


def test_unknown_named_query_lists_the_known_ones(results):
    with pytest.raises(UsageError) as error:
        execute("who-accuses-who", results)
    assert "who-accuses-whom" in str(error.value) and "denials" in str(error.value)


def test_missing_data(tmp_path):
    with pytest.raises(NewsgraphError, match="no such graph file"):
        execute("actors", tmp_path / "missing.trig")
    (tmp_path / "empty").mkdir()
    with pytest.raises(NewsgraphError, match="not an Oxigraph store"):
        execute("actors", tmp_path / "empty")


def test_unreachable_endpoint():
    with pytest.raises(NewsgraphError, match="cannot reach the SPARQL endpoint"):
        execute("actors", "http://127.0.0.1:9/query")


# --- the command ------------------------------------------------------------------------------------

def test_query_command(graph_file):
    runner = CliRunner()
    listed = runner.invoke(app, ["query", "--list"])
    assert listed.exit_code == 0
    assert "who-accuses-whom" in listed.output and "Who accuses whom" in listed.output
    table = runner.invoke(app, ["query", "who-accuses-whom", "--data", str(graph_file)])
    assert table.exit_code == 0 and "France" in table.output
    as_csv = runner.invoke(app, ["query", "statements-by-actor", "--data", str(graph_file), "--format", "csv",
                                 "--param", "name=Peskov"])
    assert as_csv.exit_code == 0
    assert len(list(csv.reader(io.StringIO(as_csv.output)))) == 4
    as_json = runner.invoke(app, ["query", "ASK { ?s ?p ?o }", "--data", str(graph_file), "-f", "json"])
    assert json.loads(as_json.output)["boolean"] is True
    bad = runner.invoke(app, ["query", "SELECT * WHERE {", "--data", str(graph_file)])
    assert bad.exit_code == 2 and bad.output.startswith("newsgraph: invalid SPARQL at line 1")
    unknown = runner.invoke(app, ["query", "nope", "--data", str(graph_file)])
    assert unknown.exit_code == 2 and "unknown named query 'nope'" in unknown.output
    both = runner.invoke(app, ["query", "actors", "--data", str(graph_file), "--store", str(graph_file.parent)])
    assert both.exit_code == 2 and "choose one of" in both.output
    missing = runner.invoke(app, ["query", "actors", "--data", str(graph_file.parent / "none.trig")])
    assert missing.exit_code == 2 and "no such graph file" in missing.output


# --- on the real seed build -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_graph(request) -> Path:
    """The graph.trig of `newsgraph build seeds` (the lead's session fixture), or skip without it."""
    try:
        return request.getfixturevalue("built_seeds") / "graph.trig"
    except pytest.FixtureLookupError:
        pytest.skip("the built_seeds fixture (tests/conftest.py) is not there yet")


def test_seeds_france_and_ukraine_accuse_russia(seed_graph):
    accusers = {r["accuser"] for r in records("who-accuses-whom", seed_graph) if r["accused"] == "Russia"}
    assert {"France", "Ukraine"} <= accusers


def test_seeds_russia_denies_the_charges_of_both(seed_graph):
    whose = set()
    for row in records("denials", seed_graph):
        if row["denier"] == "Russia":
            whose |= split(row["whoseCharges"])
    assert {"France", "Ukraine"} <= whose


def test_seeds_peskov_responds_to_macron(seed_graph):
    rows = records("responses", seed_graph)
    assert any("Peskov" in r["responder"] and r["respondsTo"] in ("Emmanuel Macron", "France") for r in rows)


def test_seeds_other_named_queries_make_sense(seed_graph):
    peskov = records("statements-by-actor", seed_graph, name="Dmitry Peskov")
    assert peskov and {r["speaker"] for r in peskov} == {"Dmitry Peskov"}
    actors = {r["label"]: r for r in records("actors", seed_graph)}
    assert actors["Russia"]["wikidata"] == "http://www.wikidata.org/entity/Q159"
    assert actors["Emmanuel Macron"]["side"] == "France"
    days = [r["day"] for r in records("timeline", seed_graph)]
    assert days == sorted(days) and days[0].startswith("2022")
    pairs = {frozenset((r["actorA"], r["actorB"])) for r in records("mutual-accusations", seed_graph)}
    assert frozenset(("Russia", "Ukraine")) in pairs
    charges = {r["charge"] for r in records("charges", seed_graph)}
    assert "war crimes" in charges
