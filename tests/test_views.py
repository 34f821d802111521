"""The views without a browser: what the pages contain, how they are written, and the command.

The browser tests (test_browser.py) show the pages working; these check the pages' contents against
the graph, the escaping of article text in the HTML itself, the offline guarantees, determinism, the
layouts, and ``newsgraph view`` with its errors.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
import sqlite3
import subprocess
import sys
from dataclasses import replace
from html import unescape
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import rdflib

from graph.errors import NewsgraphError, UsageError
from graph.cache import Prepared, ResultCache
from graph.records import DocumentResult
from graph.views import inline_frame, render_command, render_notes, render_views
from graph.views.data import Totals, _chosen, read_graph, read_notes
from graph.views.index import overview, write_index
from graph.views.layout import FORCE_LIMIT, chain_layout, layered_layout, spread_layout
from graph.views.statements import statement_depths
from views_fixtures import HOSTILE_IMG, HOSTILE_SCRIPT, big_results, hostile_results, sample_results, to_dataset

PAGES = ("index.html", "actors.html", "statements.html", "events.html")
ACTOR = "https://w3id.org/newsgraph/id/actor/"

# rdflib 7.6 warns about its own use of deprecated names when it reads or writes a union of graphs.
pytestmark = [pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning"),
              pytest.mark.filterwarnings("ignore:Dataset.contexts is deprecated:DeprecationWarning")]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sample")
    render_views(to_dataset(sample_results()), out)
    return out


def payload(path: Path) -> dict[str, Any]:
    """The graph a view page carries, as its script will read it."""
    html = path.read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="ng-data">(.*?)</script>', html, re.S)
    assert match, f"{path.name} carries no data"
    return json.loads(match.group(1))


def content_security_policy(html: str) -> str:
    return unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1))


# --- reading the graph -------------------------------------------------------------------------------

def test_read_graph_finds_everything_the_records_hold() -> None:
    results = sample_results()
    data = read_graph(to_dataset(results))
    statements = [s for result in results for s in result.statements]
    assert [s.iri for s in data.statements] == sorted(s.id for s in statements)
    assert len(data.documents) == 2 and len(data.events) == 2
    denial = next(s for s in data.statements if s.type == "deny" and s.speaker == ACTOR + "russia")
    assert denial.targets == (ACTOR + "france", ACTOR + "ukraine")
    assert len(denial.responds_to) == 2 and denial.about and denial.date == "2022-11-24"
    assert denial.sentence == "Moscow disputed claims by Ukraine and France that its bombings targeted civilians."
    assert next(s for s in data.statements if s.type == "claim").quote is True
    assert {s.date for s in data.statements} >= {"--12-02", None}
    zelensky = data.actors[ACTOR + "volodymyr-zelensky"]
    assert (zelensky.kind, zelensky.side, zelensky.role, zelensky.wikidata) == ("person", "Ukraine", "President",
                                                                                "Q3874799")
    strike = data.events[0]
    assert (strike.date, strike.place, strike.doc) == ("2022-11-23", "Kyiv",
                                                       "https://w3id.org/newsgraph/id/document/000-sample")


def test_read_graph_reads_a_plain_turtle_graph_too() -> None:
    """graph.ttl has all triples in the default graph: the views read it the same."""
    dataset = to_dataset(sample_results())
    flat = rdflib.Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        flat.add((s, p, o))
    assert read_graph(flat) == read_graph(dataset)


# --- the pages ---------------------------------------------------------------------------------------

def test_render_views_writes_the_overview_and_three_views(sample: Path) -> None:
    assert sorted(path.name for path in sample.iterdir()) == sorted(PAGES)
    for name in PAGES:
        html = (sample / name).read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")


def test_pages_are_the_same_on_every_run(tmp_path: Path) -> None:
    render_views(to_dataset(sample_results()), tmp_path / "one")
    render_views(to_dataset(sample_results()), tmp_path / "two")
    for name in PAGES:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_pages_need_no_network(sample: Path) -> None:
    for name in PAGES:
        html = (sample / name).read_text(encoding="utf-8")
        assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", html), name
        assert "cdnjs.cloudflare.com" not in html and "cdn.jsdelivr.net" not in html, name
        csp = content_security_policy(html)
        assert "default-src 'none'" in csp and "unsafe-eval" not in csp
    # vis-network is inside the page, exactly as pyvis ships it
    import pyvis

    vis = (Path(pyvis.__file__).parent / "templates/lib/vis-9.1.2/vis-network.min.js").read_text(encoding="utf-8")
    assert vis in (sample / "actors.html").read_text(encoding="utf-8")


def test_only_the_pages_own_scripts_may_run(sample: Path) -> None:
    """The CSP lists the hash of every script in the page and nothing else (no inline handlers)."""
    html = (sample / "actors.html").read_text(encoding="utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 2
    csp = content_security_policy(html)
    allowed = set(re.findall(r"'sha256-([^']+)'", csp))
    assert allowed == {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts}
    assert not re.search(r"\son[a-z]+=", html.replace(scripts[0], "").replace(scripts[1], ""))


def test_actors_view_has_an_edge_per_speaker_target_and_type(sample: Path) -> None:
    data = payload(sample / "actors.html")
    nodes = {node["id"]: node for node in data["nodes"]}
    assert len(nodes) == 7
    edges = {(e["from"].removeprefix(ACTOR), e["to"].removeprefix(ACTOR), e["ng"]["type"]): e for e in data["edges"]}
    assert set(edges) == {
        ("volodymyr-zelensky", "russia", "accuse"), ("emmanuel-macron", "russia", "accuse"),
        ("russia", "ukraine", "deny"), ("russia", "france", "deny"),
        ("russian-ministry-of-defence", "ukraine", "accuse"), ("united-nations", "russia", "demand"),
        ("russia", "ukraine", "accuse"), ("ukraine", "russia", "accuse"),
        # responses: Russia's denial answers Zelensky and Macron; the ministry answers Russia
        ("russia", "volodymyr-zelensky", "responds"), ("russia", "emmanuel-macron", "responds"),
        ("russian-ministry-of-defence", "russia", "responds"),
    }
    tooltip_rows = [data["statements"][i] for i in edges[("russia", "ukraine", "deny")]["ng"]["stmts"]]
    assert [(row["type"], row["cue"], row["date"], row["doc"]) for row in tooltip_rows] == [
        ("deny", "disputed", "2022-11-24", "000_sample")]
    assert nodes[ACTOR + "russia"]["value"] > nodes[ACTOR + "france"]["value"]  # says and receives more
    assert nodes[ACTOR + "russia"]["shape"] == "diamond" and nodes[ACTOR + "emmanuel-macron"]["shape"] == "dot"
    assert data["hiddenTypes"] == ["claim"]
    assert data["options"]["physics"]["enabled"] is True  # a small graph settles in the browser


def test_statements_view_reads_left_to_right(sample: Path) -> None:
    data = payload(sample / "statements.html")
    level = {node["id"]: node["level"] for node in data["nodes"]}
    by_speaker_and_type = {(row["speaker"], row["type"]): row["id"] for row in data["statements"]}
    accusation = by_speaker_and_type[("Volodymyr Zelensky", "accuse")]
    denial = by_speaker_and_type[("Russia", "deny")]
    counter = by_speaker_and_type[("Russian Ministry of Defence", "accuse")]
    assert level[accusation] < level[denial] < level[counter]
    assert level[ACTOR + "russian-ministry-of-defence"] < level[counter]
    assert data["options"]["layout"]["hierarchical"]["direction"] == "LR"
    answers = {(e["from"], e["to"]) for e in data["edges"] if e["ng"]["type"] == "responds"}
    assert (accusation, denial) in answers and (denial, counter) in answers


def test_events_view_orders_events_in_time(sample: Path) -> None:
    data = payload(sample / "events.html")
    events = sorted((node["x"], node["ng"]["head"]) for node in data["nodes"] if node["shape"] == "box")
    assert [head for _, head in events] == ["strike in Kyiv", "meeting in New York"]
    assert [tick["label"] for tick in data["axis"]] == ["2022-11-23", "2022-12-01"]
    assert len(data["edges"]) == 5  # the statements about the strike and the meeting


def test_overview_counts_and_rankings() -> None:
    stats = overview(read_graph(to_dataset(sample_results())))
    assert (stats.documents, stats.statements, stats.actors, stats.events, stats.responses) == (2, 9, 7, 2, 3)
    assert {row["key"]: row["count"] for row in stats.by_type} == {"accuse": 5, "deny": 2, "demand": 1, "claim": 1}
    assert stats.accused[0] == {"label": "Russia", "side": None, "count": 3}
    assert stats.mutual == [{"a": "Russia", "b": "Ukraine", "ab": 1, "ba": 1}]


def test_overview_page_shows_counts_and_links(tmp_path: Path) -> None:
    (tmp_path / "graph.trig").write_text("", encoding="utf-8")  # a build writes these beside the pages
    render_views(to_dataset(sample_results()), tmp_path)
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert '<strong id="count-statements">9</strong>' in html
    assert '<strong id="count-accuse">5</strong> accusations' in html
    assert '<a href="graph.trig">' in html and 'href="graph.ttl"' not in html
    for view in ("actors.html", "statements.html", "events.html"):
        assert f'<a href="{view}">' in html


# --- article text is data ----------------------------------------------------------------------------

def test_hostile_text_is_escaped_in_every_page(tmp_path: Path) -> None:
    render_views(to_dataset(hostile_results()), tmp_path)
    for name in PAGES:
        html = (tmp_path / name).read_text(encoding="utf-8")
        for needle in ("<img src=x", "<script>alert", "</script> ", "onerror=alert(1)>"):
            assert needle not in html, (name, needle)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "Title &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;" in index
    # ...and the text arrives in the browser exactly as written
    data = payload(tmp_path / "statements.html")
    assert f"“{HOSTILE_IMG} and {HOSTILE_SCRIPT} & more,” Ukraine accused the company." in [
        row["sentence"] for row in data["statements"]]


def test_only_web_links_are_linked(tmp_path: Path) -> None:
    results = sample_results()
    results[0].url = "javascript:alert(1)"
    render_views(to_dataset(results), tmp_path)
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "javascript:" not in html and 'href="https://example.org/001_sample"' in html


def test_inline_frame_sandboxes_the_page(sample: Path) -> None:
    frame = inline_frame(sample / "actors.html", height=500)
    assert frame.startswith('<div class="newsgraph-view"><iframe sandbox="allow-scripts" srcdoc="')
    assert "height: 500px" in frame
    assert "<script>" not in frame  # all of the page is inside the (escaped) attribute


# --- big graphs --------------------------------------------------------------------------------------

def test_big_graphs_get_positions_and_no_physics(tmp_path: Path) -> None:
    render_views(to_dataset(big_results(statements=1500, actors=350, documents=80)), tmp_path)
    for name in ("actors.html", "statements.html", "events.html"):
        data = payload(tmp_path / name)
        assert data["options"]["physics"]["enabled"] is False, name
        assert all(math.isfinite(node["x"]) and math.isfinite(node["y"]) for node in data["nodes"]), name
        if name == "actors.html":  # curved edges cost too much drawing time by the thousand
            assert data["edges"] and all(edge["smooth"] is False for edge in data["edges"])
    statements = payload(tmp_path / "statements.html")
    assert statements["hiddenTypes"] == ["says"]  # 1,500 "said by" lines would cross everything


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_graph_past_the_limit_is_drawn_in_part_and_counted_in_full(tmp_path: Path, engine: str) -> None:
    dataset = to_dataset(big_results(statements=600, actors=60, documents=40))
    source = oxigraph_store(dataset) if engine == "oxigraph" else dataset
    whole = read_graph(source)
    part = read_graph(source, limit=100)
    assert len(part.statements) == 100 and len(part.events) <= 100 and part.totals is not None
    assert part.totals == Totals.of(whole)  # SPARQL counts what Python counts over everything
    assert overview(part) == overview(whole)
    assert part.documents == whole.documents and part.actors == whole.actors
    # Chains of answers first: with more than 100 statements in chains, only those are drawn.
    known = {s.iri for s in whole.statements}
    in_chain = {s.iri for s in whole.statements if set(s.responds_to) & known}
    in_chain |= {o for s in whole.statements for o in s.responds_to if o in known}
    assert len(in_chain) > 100 and {s.iri for s in part.statements} <= in_chain
    assert set(part.statements) <= set(whole.statements)  # each one read whole
    about = {event for statement in part.statements for event in statement.about}
    assert about <= {event.iri for event in part.events}
    assert read_graph(source, limit=10_000) == whole

    # The overview lists the first documents by id, counts them all, and reads those drawn from too.
    few = read_graph(source, limit=100, document_rows=5)
    first = sorted(whole.documents.values(), key=lambda d: (d.doc_id, d.iri))[:5]
    drawn = {item.doc for item in [*few.statements, *few.events]}
    assert set(few.documents) == {d.iri for d in first} | drawn and few.listed == 5
    assert few.statements == part.statements and few.totals.documents == len(whole.documents) == 40
    listed = overview(few)
    assert listed.documents == 40 and [row["doc_id"] for row in listed.document_rows] == [d.doc_id for d in first]
    assert [row["statements"] for row in listed.document_rows] == [overview(whole).document_rows[i]["statements"]
                                                                  for i in range(5)]

    write_index(few, tmp_path)
    assert "The first 5 of 40 documents, by id" in (tmp_path / "index.html").read_text(encoding="utf-8")

    # What is drawn is what sorting everything would choose: chains first, then newest, then by IRI.
    def ranked(statements):
        by_iri = sorted(statements, key=lambda s: s.iri)
        return sorted(by_iri, key=lambda s: s.date or "", reverse=True)  # stable: IRIs stay in order

    chained = [s for s in whole.statements if s.iri in in_chain]
    others = [s for s in whole.statements if s.iri not in in_chain]
    for limit in (100, len(in_chain) + 50):
        expected = [s.iri for s in (ranked(chained) + ranked(others))[:limit]]
        assert _chosen(source, limit)[0] == expected

    render_views(source, tmp_path, limit=100)
    assert len(payload(tmp_path / "statements.html")["statements"]) == 100
    page = (tmp_path / "statements.html").read_text(encoding="utf-8")
    assert "The graph holds 600 statements" in page and "draws 100 statements" in page
    with pytest.raises(UsageError, match="at least 1"):
        render_views(source, tmp_path, limit=0)
    with pytest.raises(UsageError, match="at least 1"):
        render_command(tmp_path / "no graph here.trig", out=tmp_path, limit=0)  # said before anything is read


def oxigraph_store(dataset: rdflib.Dataset):
    import pyoxigraph as ox

    from graph.rdf import quads_of
    from graph.store import merge_into_default

    store = ox.Store()
    store.extend(quads_of(dataset))
    merge_into_default(store)
    return store


def test_oxigraph_and_rdflib_read_the_same_data() -> None:
    dataset = to_dataset(sample_results())
    assert read_graph(oxigraph_store(dataset)) == read_graph(dataset)


# --- the build's view notes: the same data without SPARQL ---------------------------------------------

def varied_results() -> list[DocumentResult]:
    """``big_results`` with dates of every form (full, without a year, none, invalid), a statement of
    no known type and a second event of another date in each document."""
    results = big_results(statements=600, actors=60, documents=40)
    for n, statement in enumerate(s for result in results for s in result.statements):
        if n % 7 == 0:
            statement.date = None
        elif n % 7 == 1:
            statement.date = f"--05-{1 + n % 28:02d}"
        elif n % 7 == 2:
            statement.date = "2023-02-30"  # no such day: left out of the graph
    results[0].statements[0].type = "praise"
    # One actor described otherwise in a second document: another role, side and Wikidata id. The
    # views show the smallest value of each, as SPARQL over the union of the graphs finds it.
    described = results[0].statements[1].speaker
    results[1].statements[1].speaker = replace(described, role="Aardvark", country="Country 99", wikidata="Q1")
    for n, result in enumerate(results):
        if result.events:
            extra = replace(result.events[0], start=result.events[0].start + 1, date=None if n % 3 else "--01-02")
            result.events.append(extra)
    return results


def noted(results: list[DocumentResult], folder: Path, missing: int = 0) -> sqlite3.Connection | None:
    """A build cache holding the documents' outputs and view notes (all but ``missing`` of the notes)."""
    cache = ResultCache(folder, "view notes test")
    for n, result in enumerate(results):
        prepared = Prepared.of(result)
        cache.put(f"key {n}", prepared.output, prepared.blob, prepared.note if n >= missing else None)
    return cache.view_notes()


def graph_store(results: list[DocumentResult]):
    """The Oxigraph store a build loads for these documents (with its union default graph)."""
    import pyoxigraph as ox

    from graph.rdf import document_quads
    from graph.store import merge_into_default

    store = ox.Store()
    for result in results:
        store.extend(document_quads(result))
    merge_into_default(store)
    return store


@pytest.mark.parametrize("corpus", ["sample", "hostile", "varied"])
def test_view_notes_give_what_sparql_reads_from_the_graph(tmp_path: Path, corpus: str) -> None:
    results = {"sample": sample_results, "hostile": hostile_results, "varied": varied_results}[corpus]()
    notes = noted(results, tmp_path / "cache")
    store = graph_store(results)
    assert read_notes(notes) == read_graph(store)
    for limit, rows in ((None, 1000), (1, 1000), (7, 3), (100, 5), (450, 1000), (10_000, 1000)):
        from_notes = read_notes(notes, limit=limit, document_rows=rows)
        assert from_notes == read_graph(store, limit=limit, document_rows=rows), (limit, rows)
    if corpus == "varied":
        part = read_notes(notes, limit=100)
        assert part.totals is not None and len(part.statements) == 100 and part.totals.statements == 599
        assert part.totals.events == 80 and len(part.events) == 80
        assert {s.date for s in read_notes(notes).statements} >= {None, "--05-02", "2023-01-01"}
        actor = read_notes(notes).actors[results[0].statements[1].speaker.id]
        assert actor.role == "Aardvark" and actor.wikidata == "Q1"  # the other document has none
        assert actor.side == results[0].statements[1].speaker.country  # the smaller of the two sides


def test_pages_drawn_from_notes_are_those_drawn_from_the_graph(tmp_path: Path) -> None:
    results = varied_results()
    notes, store = noted(results, tmp_path / "cache"), graph_store(results)
    for limit in (100, 10_000):
        render_notes(notes, tmp_path / "notes", limit=limit)
        render_views(store, tmp_path / "sparql", limit=limit)
        for page in PAGES:
            assert (tmp_path / "notes" / page).read_bytes() == (tmp_path / "sparql" / page).read_bytes(), page


@pytest.mark.parametrize("enabled", [True, False])
def test_drawing_pauses_the_garbage_collector_and_restores_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               enabled: bool) -> None:
    """Drawing runs without the cyclic collector (it only walked the pages' live rows), and leaves
    it as it found it, also when a page fails."""
    import gc

    import graph.views as views

    seen = []
    real = views.write_page

    def write_page(page, out_dir):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        if len(seen) == 2:
            raise OSError("disk full")
        return real(page, out_dir)

    monkeypatch.setattr(views, "write_page", write_page)
    results = varied_results()[:6]
    notes, store = noted(results, tmp_path / "cache"), graph_store(results)
    (gc.enable if enabled else gc.disable)()
    try:
        for draw in (lambda: render_notes(notes, tmp_path / "notes"), lambda: render_views(store, tmp_path / "sparql")):
            seen.clear()
            with pytest.raises(OSError, match="disk full"):
                draw()
            assert seen == [False, False] and gc.isenabled() == enabled
    finally:
        gc.enable()


def test_a_note_written_again_under_its_key_is_counted_once(tmp_path: Path) -> None:
    results = varied_results()[:6]
    cache = ResultCache(tmp_path / "cache", "view notes test")
    for _ in range(2):
        for n, result in enumerate(results):
            prepared = Prepared.of(result)
            cache.put(f"key {n}", prepared.output, prepared.blob, prepared.note)
    part = read_notes(cache.view_notes(), limit=10)
    assert part.totals is not None and part == read_graph(graph_store(results), limit=10)


def test_notes_missing_for_a_document_are_not_used(tmp_path: Path) -> None:
    assert noted(sample_results(), tmp_path / "complete") is not None
    assert noted(sample_results(), tmp_path / "one missing", missing=1) is None


def test_spread_layout_places_every_node_the_same_way_each_time() -> None:
    graph = nx.gnm_random_graph(FORCE_LIMIT + 150, 1200, seed=3)  # a component bigger than one spring run
    graph.add_nodes_from(["lonely-1", "lonely-2"])
    graph.add_edge("pair-a", "pair-b")
    first, second = spread_layout(graph), spread_layout(graph)
    assert first == second and set(first) == set(graph)
    points = list(first.values())
    assert len(set(points)) == len(points)  # no two nodes on the same spot


def test_layered_and_chain_layouts_keep_levels_in_columns() -> None:
    levels = {"a": 0, "b": 1, "c": 2, "x": 0, "y": 1}
    links = [("a", "b"), ("b", "c"), ("x", "y")]
    layered = layered_layout(levels, links)
    assert [layered[n][0] for n in "abc"] == sorted(layered[n][0] for n in "abc")
    chains = chain_layout(levels, links)
    assert chains["a"][0] < chains["b"][0] < chains["c"][0] and chains["x"][0] < chains["y"][0]
    assert chains["a"][1] == chains["b"][1] == chains["c"][1]  # a chain reads along one row


def test_statement_depths_follow_chains_and_survive_cycles() -> None:
    results = sample_results()
    data = read_graph(to_dataset(results))
    depths = statement_depths(data.statements)
    assert sorted(depths.values()) == [0, 0, 0, 0, 0, 0, 0, 1, 2]
    first, second, *rest = data.statements
    looped = [replace(first, responds_to=(second.iri,)), replace(second, responds_to=(first.iri,)), *rest]
    assert set(statement_depths(looped).values()) <= {0, 1, 2, 3}  # finite, no recursion error


# --- newsgraph view ----------------------------------------------------------------------------------

def test_render_command_reads_a_graph_file(tmp_path: Path) -> None:
    graph = tmp_path / "graph.trig"
    graph.write_text(to_dataset(sample_results()).serialize(format="trig"), encoding="utf-8")
    paths = render_command(graph, out=tmp_path / "pages")
    assert [path.name for path in paths] == list(PAGES)
    assert payload(tmp_path / "pages" / "actors.html")["nodes"]
    # Read through a scratch store on disk (not memory), which is gone once the pages are written.
    assert sorted(path.name for path in (tmp_path / "pages").iterdir()) == sorted(PAGES)


def test_render_command_reads_an_oxigraph_store(tmp_path: Path) -> None:
    import pyoxigraph

    store = pyoxigraph.Store(str(tmp_path / "store"))
    store.load(to_dataset(sample_results()).serialize(format="nquads").encode(), format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    del store
    render_command(None, store=tmp_path / "store", out=tmp_path / "pages")
    assert len(payload(tmp_path / "pages" / "statements.html")["statements"]) == 9


def test_render_command_errors_are_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not both"):
        render_command(tmp_path / "graph.trig", store=tmp_path, out=tmp_path)
    with pytest.raises(NewsgraphError, match="missing.trig"):
        render_command(tmp_path / "missing.trig", out=tmp_path)
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is <not turtle", encoding="utf-8")
    with pytest.raises(NewsgraphError) as error:
        render_command(bad, out=tmp_path)
    assert "bad.ttl" in str(error.value) and "\n" not in str(error.value)


def test_newsgraph_view_command(tmp_path: Path) -> None:
    graph = tmp_path / "graph.trig"
    graph.write_text(to_dataset(sample_results()).serialize(format="trig"), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "graph", "view", str(graph), "-o", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "index.html").is_file()
    missing = subprocess.run([sys.executable, "-m", "graph", "view", str(tmp_path / "nope.trig")],
                             capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "nope.trig" in missing.stderr
