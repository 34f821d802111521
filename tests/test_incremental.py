"""Incremental builds (issue 6): a rebuild extracts only what changed, and equals a clean build.

Which articles get extracted is observed where it happens, by wrapping ``graph.engine.extract_chunk``
(every engine's unit of work); the build summary must say the same. "Equals a clean build" means
every output file is byte for byte the one a build without the cache writes.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

import graph.build as build_module
import graph.cache as cache_module
import graph.engine as engine
from graph.build import build as build_with_defaults
from graph.cache import CACHE_DIR, ResultCache, cache_fingerprint
from graph.errors import NewsgraphError
from graph.rdf import graph_iri

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ("graph.trig", "graph.ttl", "graph.nq", "graph.jsonld", "statements.jsonl")
CHANGED = "w02_israel_iran_drone"
EVERY_FORMAT = ("trig", "ttl", "nq", "jsonld")


def build(*args, **kwargs):
    """Builds of every graph format, so that each one's chunks and separators are tested."""
    return build_with_defaults(*args, **{"formats": EVERY_FORMAT, **kwargs})


@pytest.fixture(autouse=True)
def steady_fingerprint(monkeypatch) -> None:
    """The real fingerprint hashes the extraction code, which may be edited while tests run."""
    fingerprint = cache_fingerprint()
    monkeypatch.setattr(build_module, "cache_fingerprint", lambda model=None: fingerprint)


@pytest.fixture
def corpus(tmp_path) -> Path:
    """Five real articles (two seeds, three wire stories) that a test may edit."""
    folder = tmp_path / "in"
    folder.mkdir()
    for path in [*sorted((ROOT / "seeds").glob("*")), *sorted((ROOT / "tests/gold/wire").glob("w0[1-3]_*"))]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture
def extracted(monkeypatch) -> list[str]:
    """The ids of the documents that are parsed and extracted, in order."""
    docs: list[str] = []
    real = engine.extract_chunk

    def counting(articles, model=None, date=None):
        docs.extend(article.doc for article in articles)
        return real(articles, model, date)

    monkeypatch.setattr(engine, "extract_chunk", counting)
    return docs


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def clean_build(inputs: Path, out: Path) -> dict[str, bytes]:
    build([inputs], out, views=False, progress=False, cache=False)
    return outputs(out)


def cached_keys(out: Path) -> int:
    with sqlite3.connect(out / CACHE_DIR / ResultCache.FILE) as db:
        return db.execute("SELECT count(*) FROM results").fetchone()[0]


def edit(corpus: Path) -> None:
    path = corpus / f"{CHANGED}.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nIsrael denied the claims on Friday.\n",
                    encoding="utf-8")


def test_change_one_document_extracts_only_that_one(corpus, tmp_path, extracted) -> None:
    out = tmp_path / "out"
    first = build([corpus], out, views=False, progress=False)
    assert (first.documents, first.extracted, first.reused) == (5, 5, 0)
    assert len(extracted) == 5

    extracted.clear()
    edit(corpus)
    again = build([corpus], out, views=False, progress=False)
    assert extracted == [CHANGED]
    assert (again.documents, again.extracted, again.reused) == (5, 1, 4)
    assert "4 unchanged documents came from the cache of the previous build; 1 was extracted." in again.describe()
    assert outputs(out) == clean_build(corpus, tmp_path / "clean")
    assert cached_keys(out) == 5  # the entry of the old version is gone


def test_nothing_changed_nothing_extracted_nothing_written(corpus, tmp_path, extracted) -> None:
    from graph.store import store_stamp

    out, store = tmp_path / "out", tmp_path / "store"
    build([corpus], out, store=store, views=False, progress=False)
    before = outputs(out)
    written = {name: os.stat(out / name) for name in OUTPUTS}
    stamp = store_stamp(store)
    extracted.clear()
    again = build([corpus], out, store=store, views=False, progress=False)
    assert extracted == [] and (again.extracted, again.reused) == (0, 5)
    assert outputs(out) == before
    # Not even rewritten: the same files (inode and times), and the store keeps its stamp.
    assert {name: (os.stat(out / name).st_ino, os.stat(out / name).st_mtime_ns) for name in OUTPUTS} == {
        name: (stat.st_ino, stat.st_mtime_ns) for name, stat in written.items()}
    assert again.unchanged == again.outputs and "(all unchanged)." in again.describe()
    assert store_stamp(store) == stamp
    assert not [path for path in out.iterdir() if path.name.endswith(".tmp")]

    # One document changed: every file is written again, and equals a clean build's.
    edit(corpus)
    third = build([corpus], out, store=store, views=False, progress=False)
    assert third.unchanged == [] and outputs(out) == clean_build(corpus, tmp_path / "clean")
    assert store_stamp(store) != stamp


def test_a_removed_document_leaves_graph_and_cache(corpus, tmp_path, extracted) -> None:
    out = tmp_path / "out"
    build([corpus], out, views=False, progress=False)
    (corpus / f"{CHANGED}.txt").unlink()
    extracted.clear()
    again = build([corpus], out, views=False, progress=False)
    assert extracted == [] and again.documents == 4
    assert outputs(out) == clean_build(corpus, tmp_path / "clean")
    assert cached_keys(out) == 4


def test_store_and_other_engines_use_the_cache(corpus, tmp_path) -> None:
    out, store = tmp_path / "out", tmp_path / "store"
    build([corpus], out, views=False, progress=False)
    edit(corpus)
    # jobs=2 sends chunks to worker processes (no counting wrapper there); the summary counts.
    again = build([corpus], out, jobs=2, store=store, views=False, progress=False)
    assert (again.extracted, again.reused) == (1, 4)
    assert outputs(out) == clean_build(corpus, tmp_path / "clean")
    from graph.store import stored_graphs

    assert len(stored_graphs(store)) == 5


def test_a_rebuild_copies_unchanged_documents_from_the_previous_outputs(corpus, tmp_path, monkeypatch) -> None:
    import os

    out = tmp_path / "out"
    build([corpus], out, views=False, progress=False)
    read_back, copies = [], []
    real_get, real_copy = ResultCache.get, os.copy_file_range
    monkeypatch.setattr(ResultCache, "get", lambda self, key: read_back.append(key) or real_get(self, key))
    monkeypatch.setattr(os, "copy_file_range", lambda *args: copies.append(args) or real_copy(*args))
    edit(corpus)
    build([corpus], out, views=False, progress=False)
    assert read_back == []  # no cached bytes were read: they were copied from the previous files
    # Five files, two runs each (the documents before and after the edited one), in a few calls.
    assert 5 * 2 <= len(copies) <= 5 * 4
    assert outputs(out) == clean_build(corpus, tmp_path / "clean")


def test_views_are_drawn_again_only_when_something_changed(corpus, tmp_path, monkeypatch) -> None:
    out = tmp_path / "out"
    pages = ("index.html", "actors.html", "statements.html", "events.html")
    build([corpus], out, progress=False)
    drawn = {page: os.stat(out / page).st_mtime_ns for page in pages}

    def redrawn() -> set[str]:
        return {page for page in pages if os.stat(out / page).st_mtime_ns != drawn[page]}

    again = build([corpus], out, progress=False)
    assert redrawn() == set() and again.unchanged == again.outputs
    assert [path.name for path in again.outputs[-4:]] == list(pages)
    # A page touched by hand, or other views code: drawn again.
    (out / "actors.html").write_text("xyzzy", encoding="utf-8")
    build([corpus], out, progress=False)
    assert redrawn() == set(pages) and "xyzzy" not in (out / "actors.html").read_text(encoding="utf-8")
    drawn = {page: os.stat(out / page).st_mtime_ns for page in pages}
    monkeypatch.setattr(build_module, "views_fingerprint", lambda: "other views code")
    build([corpus], out, progress=False)
    assert redrawn() == set(pages)
    # Another graph: drawn again, and they show it.
    drawn = {page: os.stat(out / page).st_mtime_ns for page in pages}
    edit(corpus)
    build([corpus], out, progress=False)
    assert redrawn() == set(pages)
    # From a store: the store's load decides, and the summary says the store was up to date.
    store = tmp_path / "store"
    build([corpus], out, store=store, progress=False)
    drawn = {page: os.stat(out / page).st_mtime_ns for page in pages}
    again = build([corpus], out, store=store, progress=False)
    assert redrawn() == set() and "held every document already" in again.describe()


VIEW_PAGES = ("index.html", "actors.html", "statements.html", "events.html")


def pages_from_the_graph(out: Path, folder: Path, limit: int) -> dict[str, bytes]:
    """The pages ``newsgraph view`` draws by SPARQL from a copy of the build's outputs."""
    from graph.views import render_file

    shutil.copytree(out, folder)
    render_file(folder / "graph.trig", folder, union=folder / "graph.ttl", limit=limit)
    return {page: (folder / page).read_bytes() for page in VIEW_PAGES}


@pytest.mark.parametrize("limit", [5000, 40])
def test_a_build_draws_its_views_from_the_notes_as_sparql_would(corpus, tmp_path, monkeypatch, limit) -> None:
    import graph.views as views
    from graph.views.data import read_graph

    monkeypatch.setattr(views, "VIEW_LIMIT", limit)  # 40: the pages draw part of the ~150 statements
    out = tmp_path / "out"
    for step in ("first build", "one article changed", "one article removed"):
        if step == "one article changed":
            edit(corpus)
        if step == "one article removed":
            (corpus / "000_3bac063bbf03cb3a.txt").unlink()
        with monkeypatch.context() as no_sparql:
            no_sparql.setattr(views, "read_graph", lambda *args, **kwargs: pytest.fail("the build read SPARQL"))
            build([corpus], out, progress=False)
        drawn = {page: (out / page).read_bytes() for page in VIEW_PAGES}
        assert views.read_graph is read_graph
        assert drawn == pages_from_the_graph(out, tmp_path / step, limit), step
    # The notes of the articles as they were are gone with their cache entries.
    with sqlite3.connect(out / CACHE_DIR / ResultCache.FILE) as db:
        cached = {key for (key,) in db.execute("SELECT key FROM results")}
        for table in ("view_documents", "view_statements", "view_events"):
            assert {key for (key,) in db.execute(f"SELECT DISTINCT key FROM {table}")} == cached, table


def test_newsgraph_view_of_a_build_draws_from_its_notes(corpus, tmp_path, monkeypatch) -> None:
    """``newsgraph view OUT/graph.trig`` reads the notes of the build that wrote the file, as the
    build did, while the cache still describes that very file; else it reads the graph by SPARQL."""
    import graph.views as views
    from graph.views import render_command
    from graph.views.data import read_graph

    out, reads = tmp_path / "out", []
    build([corpus], out, progress=False)
    drawn = {page: (out / page).read_bytes() for page in VIEW_PAGES}
    part = pages_from_the_graph(out, tmp_path / "sparql", 40)
    monkeypatch.setattr(views, "read_graph", lambda *args, **kwargs: reads.append(1) or read_graph(*args, **kwargs))
    # Into the build's folder, so that the overview links the graph files as the build's does.
    render_command(out / "graph.trig", out=out)
    assert reads == [] and {page: (out / page).read_bytes() for page in VIEW_PAGES} == drawn
    render_command(out / "graph.trig", out=out, limit=40)
    assert reads == [] and {page: (out / page).read_bytes() for page in VIEW_PAGES} == part

    # A later build that stopped half-way left a note of a document the file does not hold.
    with sqlite3.connect(out / CACHE_DIR / ResultCache.FILE) as db:
        db.execute("INSERT INTO results SELECT 'a stray key', meta, shared, chunks FROM results LIMIT 1")
        db.execute("""INSERT INTO view_documents SELECT 'a stray key', iri, doc_id, statements, totals, fields
                      FROM view_documents LIMIT 1""")
    render_command(out / "graph.trig", out=tmp_path / "stopped")
    assert reads == [1]
    # The next build forgets it; then a graph file edited since its build is read by SPARQL too.
    build([corpus], out, progress=False)
    render_command(out / "graph.trig", out=tmp_path / "again")
    assert reads == [1]
    with (out / "graph.trig").open("a", encoding="utf-8") as graph_file:
        graph_file.write("\n")
    render_command(out / "graph.trig", out=tmp_path / "edited")
    assert reads == [1, 1]


def test_views_of_a_store_that_holds_other_documents_show_them_all(corpus, tmp_path, monkeypatch) -> None:
    import graph.views as views
    from graph.views.data import read_graph

    store, reads = tmp_path / "store", []
    build([corpus], tmp_path / "all", store=store, progress=False)
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(corpus / f"{CHANGED}.txt", one)
    monkeypatch.setattr(views, "read_graph", lambda *args, **kwargs: reads.append(1) or read_graph(*args, **kwargs))
    summary = build([one], tmp_path / "out", store=store, progress=False)
    assert summary.documents == 1 and reads == [1]
    assert '<strong id="count-documents">5</strong> documents' in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("run_bytes", [64 << 20, 4])
def test_chunks_copied_in_runs_come_out_as_written(tmp_path, monkeypatch, run_bytes: int) -> None:
    """Runs of chunks side by side are copied at once; a long run is copied in parts (``RUN_BYTES``)."""
    from graph.fileio import ChunkStream

    monkeypatch.setattr(ChunkStream, "RUN_BYTES", run_bytes)

    old, new = tmp_path / "old", tmp_path / "new"
    with ChunkStream(old, separator=b",") as first:
        first.raw(b"[")
        places = [first.write(chunk) for chunk in (b"aa", b"bbb", b"", b"c", b"dddd")]
        first.raw(b"]")
    source = os.open(old, os.O_RDONLY)
    try:
        with ChunkStream(new, separator=b",") as second:
            second.raw(b"[")
            second.write(b"new")
            for offset, length in places[1:]:  # "bbb", "" and "c" are one run, "dddd" joins it
                second.copy(source, offset, length)
            second.copy(source, *places[0])  # out of order: a run of its own
            second.raw(b"]")
    finally:
        os.close(source)
    assert new.read_bytes() == b"[new,bbb,c,dddd,aa]"


def _rewrite(path: Path, previous: Path, steps: list[tuple[str, object]]) -> tuple[bool, bytes]:
    """Write ``path`` by ``steps`` with ``previous`` as its previous version; (unchanged, its bytes)."""
    from graph.fileio import ChunkStream

    source = os.open(previous, os.O_RDONLY)
    try:
        with ChunkStream(path, separator=b",", previous=source) as stream:
            for step, argument in steps:
                if step == "copy":
                    stream.copy(source, *argument)  # type: ignore[misc]
                elif step == "diverge":
                    stream.diverge()
                else:
                    getattr(stream, step)(argument)
    finally:
        os.close(source)
    return stream.unchanged, path.read_bytes()


def test_a_file_equal_to_its_previous_version_is_not_written(tmp_path) -> None:
    from graph.fileio import ChunkStream

    previous = tmp_path / "out"
    with ChunkStream(previous, separator=b",") as first:
        first.raw(b"[")
        places = [first.write(chunk) for chunk in (b"aa", b"bbb", b"c")]
        first.raw(b"]")
    before = os.stat(previous)

    # Copied and written chunks that make the same bytes: nothing is written, not even a temporary.
    same = [("raw", b"["), ("copy", places[0]), ("write", b"bbb"), ("copy", places[2]), ("raw", b"]")]
    assert _rewrite(previous, previous, same) == (True, b"[aa,bbb,c]")
    assert os.stat(previous).st_mtime_ns == before.st_mtime_ns and os.stat(previous).st_ino == before.st_ino
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]

    # The same beginning, then something else: the beginning is copied, the rest written.
    changed = [("raw", b"["), ("copy", places[0]), ("write", b"xyz"), ("copy", places[2]), ("raw", b"]")]
    assert _rewrite(tmp_path / "changed", previous, changed) == (False, b"[aa,xyz,c]")
    # Shorter (a document gone at the end), longer, or differing only in the footer: all written.
    assert _rewrite(tmp_path / "shorter", previous, same[:2] + [("raw", b"]")]) == (False, b"[aa]")
    assert _rewrite(tmp_path / "longer", previous, same[:-1] + [("write", b"d"), ("raw", b"]")]) == (
        False, b"[aa,bbb,c,d]")
    assert _rewrite(tmp_path / "footer", previous, same[:-1] + [("raw", b"]\n")]) == (False, b"[aa,bbb,c]\n")
    # Out of order: the first differing byte is where the copying from the beginning stops.
    swapped = [("raw", b"["), ("copy", places[1]), ("copy", places[0]), ("copy", places[2]), ("raw", b"]")]
    assert _rewrite(tmp_path / "swapped", previous, swapped) == (False, b"[bbb,aa,c]")
    # Told ahead that it will differ (an article is being extracted), the stream copies the beginning
    # at once, and writes the file even when nothing differs after all.
    for at in range(len(same) + 1):
        told = [*same[:at], ("diverge", None), *same[at:]]
        assert _rewrite(tmp_path / f"told{at}", previous, told) == (False, b"[aa,bbb,c]")


def test_an_interrupted_stream_leaves_the_previous_file(tmp_path) -> None:
    from graph.fileio import ChunkStream

    path = tmp_path / "out"
    path.write_bytes(b"[old]")
    with pytest.raises(RuntimeError):
        with ChunkStream(path) as stream:
            stream.raw(b"[new")
            raise RuntimeError("killed")
    assert path.read_bytes() == b"[old]" and sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_lane_runs_calls_in_order_and_hands_back_the_first_failure() -> None:
    from graph.fileio import Lane

    done: list[int] = []
    lane = Lane("test")
    for number in range(200):  # more than the queue holds: the caller waits for room
        lane.run(done.append, number)
    lane.join()
    assert done == list(range(200))

    def fail() -> None:
        raise OSError("disk full")

    lane, done = Lane("test"), []
    lane.run(done.append, 1)
    lane.run(fail)
    lane.run(done.append, 2)  # skipped: the lane ended at the failure
    with pytest.raises(OSError, match="disk full"):
        lane.join()
    assert done == [1]
    with pytest.raises(OSError, match="disk full"):
        lane.run(done.append, 3)  # a lane that failed says so to the next caller too


def test_a_detached_stream_is_in_place_once_waited_for(tmp_path) -> None:
    from graph.fileio import ChunkStream

    path = tmp_path / "out"
    path.write_bytes(b"[old]")
    with ChunkStream(path, separator=b",", detached=True) as stream:
        stream.raw(b"[")
        for chunk in (b"a", b"b"):
            stream.write(chunk)
        stream.raw(b"]")
    stream.wait()
    assert path.read_bytes() == b"[a,b]" and sorted(p.name for p in tmp_path.iterdir()) == ["out"]

    # A copy that cannot be made (its source is gone) fails in the lane: ``wait`` raises it, and
    # the previous file stays, with no temporary file beside it.
    source = os.open(path, os.O_RDONLY)
    with ChunkStream(path, separator=b",", detached=True) as stream:
        stream.raw(b"{")
        stream.copy(source, 1, 1)
        os.close(source)
    with pytest.raises(OSError):
        stream.wait()
    assert path.read_bytes() == b"[a,b]" and sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    # Not detached, the block itself raises it, whenever the lane meets it.
    source = os.open(path, os.O_RDONLY)
    with pytest.raises(OSError):
        with ChunkStream(path, separator=b",") as stream:
            stream.raw(b"{")
            stream.copy(source, 1, 1)
            os.close(source)
            stream.raw(b"}")
    assert path.read_bytes() == b"[a,b]" and sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_views_drawn_from_the_graph_files_show_the_new_graph(corpus, tmp_path, monkeypatch) -> None:
    """Without a cache the views are read from the graph files, which are written in threads of
    their own: the build waits for them first, or it would draw the previous build's graph."""
    import time

    from graph.fileio import AtomicFile

    out = tmp_path / "out"
    build([corpus], out, progress=False, cache=False)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<strong id="count-documents">5</strong> documents' in index
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(corpus / f"{CHANGED}.txt", one)
    commit = AtomicFile.commit
    # A slow disk: the graph files land well after the build has moved on to its views.
    monkeypatch.setattr(AtomicFile, "commit", lambda file: time.sleep(0.5) or commit(file))
    build([one], out, progress=False, cache=False)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<strong id="count-documents">1</strong> documents' in index


def test_unchanged_files_are_not_read_again(corpus, tmp_path, extracted, monkeypatch) -> None:
    import graph.ingest as ingest

    out = tmp_path / "out"
    build([corpus], out, views=False, progress=False)
    read: list[str] = []
    real_read = ingest.read_path

    def counting_read(path, *args, **kwargs):
        read.append(Path(path).name)
        return real_read(path, *args, **kwargs)

    monkeypatch.setattr(ingest, "read_path", counting_read)
    extracted.clear()
    edit(corpus)
    build([corpus], out, views=False, progress=False)
    assert read == [f"{CHANGED}.txt"] and extracted == [CHANGED]

    # Touched, not changed: read again (its times differ), not extracted again (its content is the same).
    read.clear(), extracted.clear()
    seed = sorted(corpus.glob("*.txt"))[0]
    seed.write_bytes(seed.read_bytes())
    build([corpus], out, views=False, progress=False)
    assert read == [seed.name] and extracted == []

    # A changed metadata file is a changed article.
    read.clear(), extracted.clear()
    meta = seed.with_name(seed.stem + ".meta.json")
    meta.write_text(meta.read_text(encoding="utf-8").replace("2022", "2021"), encoding="utf-8")
    build([corpus], out, views=False, progress=False)
    assert read == [seed.name] and len(extracted) == 1
    assert outputs(out) == clean_build(corpus, tmp_path / "clean")


def store_quads(store: Path) -> set:
    from graph.store import open_store

    return set(open_store(store).quads_for_pattern(None, None, None, None))


def test_a_rebuild_loads_only_changed_documents_into_its_store(corpus, tmp_path, monkeypatch) -> None:
    from graph.store import StoreLoader, forget_stamp

    out, store = tmp_path / "out", tmp_path / "store"
    build([corpus], out, store=store, views=False, progress=False)
    loaded: list[set[str]] = []
    real_add = StoreLoader.add_chunks

    def counting_add(self, chunks):
        loaded.append(set(chunks.graphs))
        return real_add(self, chunks)

    monkeypatch.setattr(StoreLoader, "add_chunks", counting_add)
    edit(corpus)
    build([corpus], out, store=store, views=False, progress=False)
    assert loaded == [{str(graph_iri(CHANGED))}]
    clean_store = tmp_path / "clean-store"
    build([corpus], tmp_path / "clean", store=clean_store, views=False, progress=False, cache=False)
    assert store_quads(store) == store_quads(clean_store)

    # Once something else may have written to the store, everything is loaded again.
    loaded.clear()
    forget_stamp(store)
    build([corpus], out, store=store, views=False, progress=False)
    assert len(loaded) == 5
    # And so it is for another store than the one the previous build loaded.
    loaded.clear()
    build([corpus], out, store=tmp_path / "other-store", views=False, progress=False)
    assert len(loaded) == 5
    assert store_quads(tmp_path / "other-store") == store_quads(clean_store)


def test_a_new_lexicon_or_model_empties_the_cache(corpus, tmp_path, extracted, monkeypatch) -> None:
    out = tmp_path / "out"
    build([corpus], out, views=False, progress=False)
    monkeypatch.setattr(build_module, "cache_fingerprint", lambda model=None: "another lexicon")
    extracted.clear()
    again = build([corpus], out, views=False, progress=False)
    assert len(extracted) == 5 and again.reused == 0


def test_the_fingerprint_follows_the_ontology_and_the_model(tmp_path) -> None:
    ontology = tmp_path / "ontology"
    shutil.copytree(cache_module.ONTOLOGY, ontology)
    before = cache_fingerprint(ontology=ontology)
    assert cache_fingerprint(ontology=ontology) == before
    cues = ontology / "cues.ttl"
    cues.write_text(cues.read_text(encoding="utf-8") + "\n# a new cue\n", encoding="utf-8")
    assert cache_fingerprint(ontology=ontology) != before
    assert cache_fingerprint(model="some_other_model", ontology=ontology) != cache_fingerprint(ontology=ontology)


def test_the_date_option_is_part_of_the_key(corpus, tmp_path, extracted) -> None:
    out = tmp_path / "out"
    build([corpus], out, views=False, progress=False)
    extracted.clear()
    build([corpus], out, date="2024-01-02", views=False, progress=False)
    assert len(extracted) == 5


def test_a_failed_build_keeps_its_work_for_the_next_one(corpus, tmp_path, extracted, monkeypatch) -> None:
    out = tmp_path / "out"
    from graph.rdf import GraphWriter

    real_add = GraphWriter.add
    calls = []

    def failing_add(self, item):
        calls.append(item)
        if len(calls) == 3:
            raise RuntimeError("killed half-way")
        return real_add(self, item)

    monkeypatch.setattr(GraphWriter, "add", failing_add)
    with pytest.raises(RuntimeError):
        build([corpus], out, views=False, progress=False)
    assert not (out / "graph.trig").exists()  # nothing half-written
    monkeypatch.setattr(GraphWriter, "add", real_add)
    extracted.clear()
    again = build([corpus], out, views=False, progress=False)
    assert (again.extracted, again.reused) == (2, 3)  # the three extracted before the failure stayed
    assert outputs(out) == clean_build(corpus, tmp_path / "clean")


def test_a_build_that_fails_writing_leaves_nothing_to_copy_from(corpus, tmp_path, monkeypatch) -> None:
    """The cache notes where the new chunks stand before the files are in place (``settle``); when
    writing them fails, the previous files stay but are no longer trusted: the next build reads
    its cache instead of copying from them, and still equals a clean build."""
    import graph.fileio as fileio

    out = tmp_path / "out"
    build([corpus], out, views=False, progress=False)
    before = outputs(out)
    edit(corpus)
    real_commit = fileio.AtomicFile.commit

    def full_disk(self):
        self.discard()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.AtomicFile, "commit", full_disk)  # the last step, after ``settle``
    with pytest.raises(OSError, match="No space left"):
        build([corpus], out, views=False, progress=False)
    assert outputs(out) == before and not [path for path in out.iterdir() if path.name.endswith(".tmp")]
    with sqlite3.connect(out / CACHE_DIR / ResultCache.FILE) as db:
        assert db.execute("SELECT value FROM meta WHERE name = 'outputs'").fetchone() is None
    monkeypatch.setattr(fileio.AtomicFile, "commit", real_commit)
    read_back = []
    real_get = ResultCache.get
    monkeypatch.setattr(ResultCache, "get", lambda self, key: read_back.append(key) or real_get(self, key))
    again = build([corpus], out, views=False, progress=False)
    assert (again.extracted, again.reused) == (0, 5) and len(read_back) == 5  # none copied
    assert outputs(out) == clean_build(corpus, tmp_path / "clean")


def test_cached_documents_around_changed_and_failing_ones(corpus, tmp_path, extracted, monkeypatch) -> None:
    """Cached documents before, between and after extracted ones, their metas read in batches of
    two and ahead (those among the next three), with an article that fails to extract among them."""
    out = tmp_path / "out"
    build([corpus], out, views=False, progress=False)
    monkeypatch.setattr(build_module, "META_BATCH", 2)
    monkeypatch.setattr(build_module, "READ_AHEAD", 3)
    articles = sorted(corpus.glob("*.txt"))
    failing = articles[1]
    failing.write_text(failing.read_text(encoding="utf-8") + "\nFrance denied it on Monday.\n", encoding="utf-8")
    edit(corpus)
    assert [path.stem for path in articles].index(CHANGED) == 3  # cached: 0, 2 and 4
    real = engine._extract

    def fail_on_one(articles, model, date):
        if any(article.doc == failing.stem for article in articles):
            raise ValueError("a parse that fails")
        return real(articles, model, date)

    monkeypatch.setattr(engine, "_extract", fail_on_one)
    extracted.clear()
    again = build([corpus], out, views=False, progress=False)
    assert extracted == [failing.stem, CHANGED]
    assert (again.documents, again.extracted, again.reused) == (4, 1, 3) and len(again.failures) == 1
    monkeypatch.setattr(engine, "_extract", real)
    failing.unlink()
    assert outputs(out) == clean_build(corpus, tmp_path / "clean")


def test_the_command_loads_the_model_in_workers_while_it_copies(corpus, tmp_path) -> None:
    """``newsgraph build`` asks for ``workers_ahead``: a rebuild in a fresh process starts its worker
    first, which extracts what changed, and the command itself never imports spaCy. With nothing
    changed the worker is stopped at once: no process is left behind."""
    import subprocess
    import sys

    out = tmp_path / "out"
    build([corpus], out, views=False, progress=False)
    # The command, run as ``python -m graph`` runs it, tells at exit what it imported and left running.
    command = ("import atexit, multiprocessing, runpy, sys\n"
               "atexit.register(lambda: print('spacy', 'spacy' in sys.modules, 'children',\n"
               "                              len(multiprocessing.active_children()),\n"
               "                              'views', 'graph.views' in sys.modules))\n"
               "sys.argv = ['newsgraph', *sys.argv[1:]]\n"
               "runpy.run_module('graph', run_name='__main__')\n")

    def rebuild() -> str:
        done = subprocess.run([sys.executable, "-c", command, "build", str(corpus), "-o", str(out), "--no-views",
                               "--formats", ",".join(EVERY_FORMAT)], capture_output=True, text=True, cwd=ROOT,
                              timeout=300)
        assert done.returncode == 0, done.stderr
        return done.stdout

    edit(corpus)
    said = rebuild()
    assert "4 unchanged documents came from the cache of the previous build; 1 was extracted." in said
    assert said.splitlines()[-1] == "spacy False children 0 views False"
    assert outputs(out) == clean_build(corpus, tmp_path / "clean")
    said = rebuild()
    assert "(all unchanged)" in said and said.splitlines()[-1] == "spacy False children 0 views False"


def test_a_damaged_cache_starts_again(corpus, tmp_path, extracted) -> None:
    out = tmp_path / "out"
    (out / CACHE_DIR).mkdir(parents=True)
    (out / CACHE_DIR / ResultCache.FILE).write_bytes(b"this is not a database" * 100)
    summary = build([corpus], out, views=False, progress=False)
    assert summary.extracted == 5
    assert cached_keys(out) == 5


def test_a_cache_of_an_older_layout_starts_again(corpus, tmp_path, extracted) -> None:
    """An older newsgraph kept places in the results table: its cache is dropped, not misread."""
    out = tmp_path / "out"
    (out / CACHE_DIR).mkdir(parents=True)
    with sqlite3.connect(out / CACHE_DIR / ResultCache.FILE) as db:
        db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO meta VALUES ('fingerprint', 'of an older newsgraph')")
        db.execute("CREATE TABLE results (key TEXT PRIMARY KEY, meta TEXT NOT NULL, chunks BLOB NOT NULL, places TEXT)")
        db.execute("INSERT INTO results VALUES ('k', '{}', x'00', NULL)")
    assert build([corpus], out, views=False, progress=False).extracted == 5
    extracted.clear()
    assert build([corpus], out, views=False, progress=False).extracted == 0 and extracted == []
    assert cached_keys(out) == 5


def test_an_unreadable_entry_is_one_clear_error(corpus, tmp_path) -> None:
    out = tmp_path / "out"
    build([corpus], out, views=False, progress=False)
    with sqlite3.connect(out / CACHE_DIR / ResultCache.FILE) as db:
        db.execute("UPDATE results SET meta = 'not json'")
    with pytest.raises(NewsgraphError, match="a cached result could not be read .* run the build again"):
        build([corpus], out, views=False, progress=False)
    assert build([corpus], out, views=False, progress=False).extracted == 5
    # The bytes are read when they cannot be copied from the previous outputs (here: one was edited).
    with sqlite3.connect(out / CACHE_DIR / ResultCache.FILE) as db:
        db.execute("UPDATE results SET chunks = x'00'")
    (out / "graph.nq").write_bytes(b"")
    with pytest.raises(NewsgraphError, match="a cached result could not be read .* run the build again"):
        build([corpus], out, views=False, progress=False)


def test_no_cache_neither_reads_nor_writes(corpus, tmp_path, extracted) -> None:
    out = tmp_path / "out"
    build([corpus], out, views=False, progress=False, cache=False)
    assert not (out / CACHE_DIR).exists()


def test_a_tampered_cache_entry_never_runs_code(tmp_path):
    """Someone who can write to the output folder must not be able to run code through the cache:
    entries are JSON and bytes, never unpickled."""
    import pickle

    from conftest import SEEDS

    out = tmp_path / "out"
    build([SEEDS], out, views=False, progress=False)
    database = out / ".newsgraph-cache" / "results.sqlite"
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    with sqlite3.connect(database) as db:
        db.execute("UPDATE results SET chunks = ?, meta = ?", (__import__("zlib").compress(pickle.dumps(Exploit())),
                                                               pickle.dumps(Exploit()).decode("latin-1")))
    (out / "graph.nq").unlink()  # so that the build has to read the cached bytes
    try:
        build([SEEDS], out, views=False, progress=False)
    except Exception:  # noqa: BLE001 - a damaged cache may be reported; what matters is below
        pass
    assert not marker.exists()


def test_a_format_asked_for_later_comes_from_the_cache(corpus, tmp_path, extracted) -> None:
    """N-Quads and JSON-LD are made only when a build writes them: a rebuild that asks for them
    first makes them from the cached TriG of the unchanged documents, byte for byte what a clean
    build writes."""
    out = tmp_path / "out"
    build_with_defaults([corpus], out, views=False, progress=False)  # TriG and Turtle only
    assert not (out / "graph.jsonld").exists() and not (out / "graph.nq").exists()
    extracted.clear()
    build([corpus], out, views=False, progress=False)
    assert extracted == []  # nothing parsed again
    clean = tmp_path / "clean"
    build([corpus], clean, views=False, progress=False, cache=False)
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name
