"""Extraction engines (issue 6): ``--jobs N`` and ``--engine dask`` build what the local engine builds.

The end-to-end checks run the real pipeline on a small real corpus (the seeds and some wire
articles, with bad files among them) cut into chunks of 2 articles, so that several workers get
work and results come back out of order. The worker-death checks use stand-in tasks, so they need
no model. Nothing here times anything: speed is measured by ``benchmarks/``.
"""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

import graph.engine as engine
from graph.build import build
from graph.errors import NewsgraphError
from graph.ingest import Article
from graph.records import DocumentResult

ROOT = Path(__file__).resolve().parent.parent
WIRE = ROOT / "tests" / "gold" / "wire"
OUTPUTS = ("graph.trig", "graph.ttl", "statements.jsonl")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Six real articles and two bad files, sorted so that the bad ones sit among the good."""
    folder = tmp_path_factory.mktemp("engine") / "in"
    folder.mkdir()
    for path in [*sorted((ROOT / "seeds").glob("*")), *sorted(WIRE.glob("w0[1-4]_*"))]:
        shutil.copy(path, folder / path.name)
    (folder / "w02_empty.txt").write_bytes(b"")
    (folder / "w03_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return folder


BAD = {"w02_empty.txt": "empty file", "w03_binary.txt": "binary file, not text"}


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local") / "out"
    summary = build([corpus], out, views=False, progress=False, cache=False)
    assert summary.documents == 6 and len(summary.failures) == 2
    return out


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(engine, "CHUNK_ARTICLES", 2)


def merged_graph(path: Path) -> rdflib.Graph:
    """Every triple of a TriG file, graph names dropped."""
    dataset = rdflib.Dataset()
    dataset.parse(path, format="trig")
    graph = rdflib.Graph()
    for subject, predicate, obj, _ in dataset.quads((None, None, None, None)):
        graph.add((subject, predicate, obj))
    return graph


def assert_same_build(out: Path, reference: Path) -> None:
    assert isomorphic(merged_graph(out / "graph.trig"), merged_graph(reference / "graph.trig"))
    # Results come back in input order, so every file is byte for byte the local engine's.
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (reference / name).read_bytes(), name


def assert_bad_files_reported(failures: list[str], corpus: Path) -> None:
    assert len(failures) == len(BAD), failures
    for name, problem in BAD.items():
        assert any(str(corpus / name) in failure and problem in failure for failure in failures), name


def test_a_chunk_is_one_batch_of_the_pipeline() -> None:
    from graph.pipeline import BATCH_ARTICLES

    assert engine.CHUNK_ARTICLES == BATCH_ARTICLES  # so every engine parses in the same batches


def test_jobs_2_builds_what_one_job_builds(corpus, reference, tmp_path, small_chunks, capsys) -> None:
    summary = build([corpus], tmp_path / "out", jobs=2, views=False, progress=False, cache=False)
    assert summary.documents == 6
    assert_bad_files_reported(summary.failures, corpus)
    assert "Traceback" not in capsys.readouterr().err
    assert_same_build(tmp_path / "out", reference)


@pytest.mark.slow
def test_dask_builds_what_the_local_engine_builds(corpus, reference, tmp_path, small_chunks, capsys) -> None:
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = build([corpus], tmp_path / "out", engine="dask", scheduler=cluster.scheduler_address,
                        views=False, progress=False, cache=False)
        with distributed.Client(cluster) as client:
            from graph.nlp import load_pipeline

            loads = client.run(lambda: load_pipeline.cache_info().misses)
    assert summary.documents == 6
    assert_bad_files_reported(summary.failures, corpus)
    assert "Traceback" not in capsys.readouterr().err
    assert_same_build(tmp_path / "out", reference)
    # The model is loaded once per worker, not once per chunk (3 chunks, 2 workers).
    assert set(loads.values()) <= {0, 1} and sum(loads.values()) >= 1, loads


@pytest.mark.slow
def test_dask_starts_a_local_cluster_by_default(corpus, reference, tmp_path) -> None:
    pytest.importorskip("dask.distributed")
    summary = build([corpus], tmp_path / "out", engine="dask", jobs=2, views=False, progress=False, cache=False)
    assert summary.documents == 6
    assert_bad_files_reported(summary.failures, corpus)
    assert_same_build(tmp_path / "out", reference)


def test_records_are_plain_data(reference, corpus) -> None:
    """What workers send back pickles, holds no spaCy object, and makes the same quads again."""
    from graph.ingest import read_articles
    from graph.rdf import document_quads

    [result] = [r for r in engine.run_articles(list(read_articles([corpus / "w01_china_us_chips.txt"])))]
    seen: set[int] = set()

    def walk(value: object) -> None:
        if id(value) in seen or isinstance(value, (str, int, float, bool, type(None))):
            return
        seen.add(id(value))
        module = type(value).__module__
        assert not module.startswith(("spacy", "thinc", "numpy")), f"{type(value)} leaked into a record"
        if isinstance(value, dict):
            for item in value.items():
                walk(item)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                walk(item)
        elif hasattr(value, "__dict__"):
            walk(vars(value))

    walk(result)
    again = pickle.loads(pickle.dumps(result))
    assert document_quads(again) == document_quads(result)


def test_nothing_starts_without_articles() -> None:
    # No article: no model, no cluster (this scheduler address could not be reached).
    assert list(engine.run_articles([], engine="dask", scheduler="tcp://127.0.0.1:9")) == []


def test_an_unknown_engine_is_refused() -> None:
    with pytest.raises(NewsgraphError, match="unknown engine 'spark'"):
        list(engine.run_articles([Article("a", "text")], engine="spark"))


# --- failures inside workers, with stand-in tasks ---------------------------------------------------

def article(doc: str) -> Article:
    return Article(doc=doc, text=f"{doc} text", path=f"in/{doc}.txt")


def echo_or_die(articles: list[Article], model: str | None, date: str | None) -> list:
    """A task that answers with empty records, and kills its process on an article named "poison"."""
    if any(a.doc == "poison" for a in articles):
        os._exit(1)
    return [DocumentResult(doc=a.doc, text=a.text, path=a.path) for a in articles]


def test_a_dead_worker_costs_only_the_article_it_died_on() -> None:
    docs = [f"d{i:02d}" for i in range(14)]
    docs.insert(8, "poison")
    errors: list[Exception] = []
    backend = engine._Pool(2, task=echo_or_die)
    try:
        chunks = engine._chunks([article(doc) for doc in docs], 3)
        results = list(engine._in_order(backend, chunks, None, None, errors.append))
    finally:
        backend.close()
    assert [r.doc for r in results] == [doc for doc in docs if doc != "poison"]
    assert [str(e) for e in errors] == [
        "in/poison.txt: the extraction worker died on this article (out of memory?); skipped"]


def test_a_failure_on_one_article_costs_only_that_article(monkeypatch) -> None:
    def extract(articles, model, date):
        if any(a.doc == "bad" for a in articles):
            raise IndexError("list index out of range")
        return [DocumentResult(doc=a.doc, text=a.text) for a in articles]

    monkeypatch.setattr(engine, "_extract", extract)
    monkeypatch.setattr("graph.nlp.load_pipeline", lambda model=None: None)
    outcome = engine.extract_chunk([article("a"), article("bad"), article("c")])
    assert [getattr(item, "doc", None) for item in outcome] == ["a", None, "c"]
    assert str(outcome[1]) == "in/bad.txt: extraction failed (IndexError: list index out of range); skipped"


def test_a_model_that_does_not_load_stops_the_run() -> None:
    with pytest.raises(NewsgraphError, match="cannot load spaCy pipeline 'no_such_model'"):
        list(engine.run_articles([article("a")], model="no_such_model", jobs=2))


def test_workers_send_back_what_the_build_writes(monkeypatch) -> None:
    """``output_chunk``: each record's serialized output and cache entry are made in the worker, the
    same as the parent would make them; one that cannot be made costs only its article."""
    from graph.cache import DocumentOutput, Prepared

    def extract(articles, model, date):
        return [DocumentResult(doc=a.doc, text=a.text) for a in articles]

    real = Prepared.of

    def prepare(result):
        if result.doc == "bad":
            raise ValueError("cannot serialize")
        return real(result)

    monkeypatch.setattr(engine, "_extract", extract)
    monkeypatch.setattr("graph.nlp.load_pipeline", lambda model=None: None)
    monkeypatch.setattr(Prepared, "of", staticmethod(prepare))
    outcome = engine.output_chunk([article("a"), article("bad"), article("c")])
    assert [getattr(item, "doc", None) for item in outcome] == ["a", None, "c"]
    assert str(outcome[1]) == "in/bad.txt: extraction failed (ValueError: cannot serialize); skipped"
    prepared = outcome[0]
    expected = DocumentOutput.of(DocumentResult(doc="a", text=article("a").text))
    assert prepared.output == expected
    assert DocumentOutput.from_row(expected.meta, prepared.blob) == expected
    assert pickle.loads(pickle.dumps(prepared)) == prepared
