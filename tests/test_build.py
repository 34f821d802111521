"""The whole path on the seeds: `newsgraph build` writes every output, and the outputs agree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import rdflib

from conftest import ROOT, SEEDS

NG = rdflib.Namespace("https://w3id.org/newsgraph/ontology#")
OUTPUTS = ("graph.trig", "graph.ttl", "statements.jsonl", "index.html", "actors.html", "statements.html",
           "events.html")


def newsgraph(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph", *args], cwd=cwd, capture_output=True, text=True)


def test_every_output_exists_and_parses(built_seeds: Path) -> None:
    for name in OUTPUTS:
        assert (built_seeds / name).stat().st_size > 0, name
    assert not (built_seeds / "graph.nq").exists() and not (built_seeds / "graph.jsonld").exists()
    dataset = rdflib.Dataset()
    dataset.parse(built_seeds / "graph.trig", format="trig")
    assert len(list(dataset.graphs())) >= 3  # default graph + one named graph per document
    merged = rdflib.Graph().parse(built_seeds / "graph.ttl", format="turtle")
    assert len(merged) > 500
    assert {triple for graph in dataset.graphs() for triple in graph} == set(merged)


def test_formats_chooses_the_graph_files(built_seeds: Path, tmp_path: Path) -> None:
    run = newsgraph("build", str(SEEDS), "-o", str(tmp_path), "--no-views", "--formats", "nq,jsonld",
                    "--formats", "trig")
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "graph.trig").read_bytes() == (built_seeds / "graph.trig").read_bytes()
    assert not (tmp_path / "graph.ttl").exists()
    merged = set(rdflib.Graph().parse(built_seeds / "graph.ttl", format="turtle"))
    for name, fmt in (("graph.nq", "nquads"), ("graph.jsonld", "json-ld")):
        dataset = rdflib.Dataset()
        dataset.parse(tmp_path / name, format=fmt)
        assert len(list(dataset.graphs())) >= 3, name
        assert {triple for graph in dataset.graphs() for triple in graph} == merged, name
    assert "graph.nq" in run.stdout and "graph.jsonld" in run.stdout

    # Files of formats no longer asked for go: none is left behind older than the graph.
    run = newsgraph("build", str(SEEDS), "-o", str(tmp_path), "--no-views")
    assert run.returncode == 0, run.stderr
    assert sorted(path.name for path in tmp_path.glob("graph.*")) == ["graph.trig", "graph.ttl"]

    for wrong in ("xml", ",", "trig,rdfxml"):
        run = newsgraph("build", str(SEEDS), "-o", str(tmp_path / "never"), "--formats", wrong)
        assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
        assert run.stderr.count("\n") == 1 and "--formats" in run.stderr and "trig, ttl, nq, jsonld" in run.stderr
        assert not (tmp_path / "never").exists()


def test_every_record_is_in_the_graph(built_seeds: Path, seed_records: list[dict]) -> None:
    graph = rdflib.Graph().parse(built_seeds / "graph.ttl", format="turtle")
    assert len(seed_records) >= 40
    types = {"accuse": NG.Accusation, "deny": NG.Denial, "demand": NG.Demand, "claim": NG.Claim}
    for record in seed_records:
        statement = rdflib.URIRef(record["id"])
        assert (statement, rdflib.RDF.type, types[record["type"]]) in graph
        assert (statement, NG.speaker, rdflib.URIRef(record["speaker"]["id"])) in graph
        for target in record["targets"]:
            assert (statement, NG.target, rdflib.URIRef(target["id"])) in graph
        for answered in record["responds_to"]:
            assert (statement, NG.respondsTo, rdflib.URIRef(answered)) in graph
    in_graph = set(graph.subjects(rdflib.RDF.type, NG.Statement))
    assert in_graph == {rdflib.URIRef(record["id"]) for record in seed_records}


def test_records_follow_the_contract(seed_records: list[dict]) -> None:
    texts = {path.stem: path.read_bytes().decode("utf-8") for path in SEEDS.glob("*.txt")}
    keys = ["id", "doc", "type", "cue", "sentence", "start", "end", "speaker", "targets", "content",
            "quote", "charge", "date", "responds_to", "events"]
    for record in seed_records:
        assert list(record) == keys
        assert texts[record["doc"]][record["start"]:record["end"]] == record["sentence"]
        assert record["type"] in ("accuse", "deny", "demand", "claim")
        for actor in [record["speaker"], *record["targets"]]:
            assert set(actor) == {"id", "label", "aliases", "kind", "country", "wikidata"}
            assert actor["kind"] in ("person", "organization", "country", "group")
        assert record["date"] is None or len(record["date"]) in (7, 10)


def test_seed_metadata_gives_dates(seed_records: list[dict]) -> None:
    published = {json.loads(path.read_text())["published"] for path in SEEDS.glob("*.meta.json")}
    assert published == {"2022-11-24", "2022-04-04"}
    assert {record["date"][:4] for record in seed_records if record["date"]} == {"2022"}


def test_build_summary_and_missing_input(tmp_path: Path) -> None:
    run = newsgraph("build", str(SEEDS), "-o", str(tmp_path / "out"), "--no-views")
    assert run.returncode == 0, run.stderr
    assert "Built 2 documents" in run.stdout and "statements (" in run.stdout
    missing = newsgraph("build", str(tmp_path / "nowhere"), "-o", str(tmp_path / "x"))
    assert missing.returncode == 2
    assert missing.stderr.strip().count("\n") == 0 and "nowhere" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_the_summary_and_the_overview_count_the_same(built_seeds: Path, tmp_path: Path) -> None:
    import re

    run = newsgraph("build", str(SEEDS), "-o", str(tmp_path), "--no-views")
    summary = re.search(r"(\d+) statements .*?(\d+) actors, (\d+) events", run.stdout)
    page = (built_seeds / "index.html").read_text(encoding="utf-8")
    shown = [re.search(rf'id="count-{name}">(\d+)<', page).group(1) for name in ("statements", "actors", "events")]
    assert summary and list(summary.groups()) == shown


def test_extract_prints_the_same_records_as_the_build(seed_records: list[dict]) -> None:
    run = newsgraph("extract", str(SEEDS))
    assert run.returncode == 0, run.stderr
    printed = [json.loads(line) for line in run.stdout.splitlines()]
    assert printed == seed_records


def test_records_do_not_depend_on_the_string_hash_seed() -> None:
    """Python salts string hashes per process: no set of strings may decide a result. (This article once
    read "the utility" as one body or another by the order of a set of descriptions.)"""
    article = ROOT / "tests" / "gold" / "heldout14" / "h1408_paraguay_crypto_miners_power_theft.txt"
    outputs = []
    for seed in ("7", "8"):
        run = subprocess.run([sys.executable, "-m", "graph", "extract", str(article)], cwd=ROOT, capture_output=True,
                             text=True, env={**os.environ, "PYTHONHASHSEED": seed})
        assert run.returncode == 0, run.stderr
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1] and outputs[0]


def test_building_twice_gives_the_same_graph(built_seeds: Path, tmp_path: Path) -> None:
    run = newsgraph("build", str(SEEDS), "-o", str(tmp_path), "--no-views")
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "graph.trig").read_bytes() == (built_seeds / "graph.trig").read_bytes()


def test_views_from_the_files_are_those_from_a_store(built_seeds: Path, tmp_path: Path) -> None:
    """Without --store, the build draws its views from the files it wrote, through a store on disk
    that it removes afterwards (in memory it would grow with the corpus): the same pages."""
    run = newsgraph("build", str(SEEDS), "-o", str(tmp_path / "out"), "--store", str(tmp_path / "store"))
    assert run.returncode == 0, run.stderr
    for name in OUTPUTS[3:]:
        assert (tmp_path / "out" / name).read_bytes() == (built_seeds / name).read_bytes(), name
    assert not (built_seeds / ".newsgraph-views-store").exists()
