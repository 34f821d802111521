"""The views in a real headless Chromium (Debian's, driven by Playwright), with the network blocked.

Each test opens pages written by ``render_views`` from disk and checks what a person would see: no
console errors, as many nodes and links drawn as the graph has, filters and search that work, and
article text that stays text. Screenshots go to ``out/screenshots/`` (or $NEWSGRAPH_SCREENSHOTS) for
people to look at.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import pytest
import rdflib

from graph.views import render_views
from views_fixtures import HOSTILE_IMG, HOSTILE_SCRIPT, big_results, hostile_results, sample_results, to_dataset

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(os.environ.get("NEWSGRAPH_SCREENSHOTS",
                                  Path(__file__).resolve().parent.parent / "out" / "screenshots"))
VIEW_PAGES = ("actors.html", "statements.html", "events.html")
NG = "https://w3id.org/newsgraph/ontology#"

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed: run `make system-deps`"),
    # rdflib 7.6 warns about its own use of Dataset.default_context when it reads a union of graphs.
    pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning"),
]


# --- fixtures ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[rdflib.Dataset, Path]:
    dataset = to_dataset(sample_results())
    out = tmp_path_factory.mktemp("sample")
    render_views(dataset, out)
    return dataset, out


@dataclass
class Opened:
    """A page opened from disk, with everything it said on the console and tried to fetch."""

    page: Any
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)


def open_page(browser: Any, path: Path, bypass_csp: bool = False) -> Opened:
    """Open ``path`` with every request but file:// aborted; wait until the network is drawn."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=bypass_csp)
    page = context.new_page()
    opened = Opened(page)
    page.on("console", lambda message: opened.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: opened.errors.append(f"uncaught: {error}"))

    def on_dialog(dialog: Any) -> None:
        opened.dialogs.append(dialog.message)
        dialog.dismiss()

    def route(request_route: Any) -> None:
        if request_route.request.url.startswith("file://"):
            request_route.continue_()
        else:
            opened.blocked.append(request_route.request.url)
            request_route.abort()

    page.on("dialog", on_dialog)
    context.route("**/*", route)
    started = time.monotonic()
    page.goto(path.resolve().as_uri())
    if path.name != "index.html":
        # Polled from Python: page.wait_for_function would need eval, which the pages' CSP forbids.
        deadline = started + 30
        while not page.evaluate("Boolean(window.ngView && window.ngView.ready)"):
            assert time.monotonic() < deadline, f"{path.name} was not drawn within 30 s: {opened.errors}"
            page.wait_for_timeout(25)
    opened.seconds = time.monotonic() - started
    return opened


def screenshot(opened: Opened, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    opened.page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000  # a blank page compresses to far less
    return path


def counts(opened: Opened) -> dict[str, int]:
    """What the page holds (vis DataSets) and shows (not hidden)."""
    return opened.js("""() => ({
        nodes: ngView.nodes.length, edges: ngView.edges.length,
        shownNodes: ngView.nodes.get({filter: n => !n.hidden}).length,
        shownEdges: ngView.edges.get({filter: e => !e.hidden}).length,
        drawnNodes: ngView.network.body.nodeIndices.length,
        drawnEdges: ngView.network.body.edgeIndices.length,
    })""")


def pairs(dataset: rdflib.Dataset, predicate: str) -> set[tuple[str, str]]:
    """(subject, object) of every triple with this predicate, over all named graphs.

    One triple pattern per query, joined in Python: rdflib joins patterns slowly on big graphs.
    """
    union = rdflib.Dataset(store=dataset.store, default_union=True)
    rows = union.query(f"PREFIX ng: <{NG}>\nSELECT DISTINCT ?s ?o WHERE {{ ?s {predicate} ?o }}")
    return {(str(subject), str(value)) for subject, value in rows}


def instances(dataset: rdflib.Dataset, name: str) -> set[str]:
    return {subject for subject, cls in pairs(dataset, "a") if cls == NG + name}


def expected_counts(dataset: rdflib.Dataset, page: str) -> dict[str, int]:
    """The nodes and links each page should draw, counted from the graph independently of the views."""
    statements = instances(dataset, "Statement")
    speaker = dict(pairs(dataset, "ng:speaker"))
    types = {s: t for s, t in pairs(dataset, "a") if s in statements and t != NG + "Statement"}
    responses = {(s, o) for s, o in pairs(dataset, "ng:respondsTo") if o in statements}
    if page == "actors.html":
        actors = instances(dataset, "Actor")
        typed = {(speaker[s], target, types[s]) for s, target in pairs(dataset, "ng:target")}
        answered = {(speaker[s], speaker[o]) for s, o in responses}
        claims = [row for row in typed if row[2] == NG + "Claim"]
        edges = len(typed) + len(answered)
        return {"nodes": len(actors), "edges": edges, "shownNodes": len(actors), "shownEdges": edges - len(claims)}
    if page == "statements.html":
        nodes = len(statements) + len(set(speaker[s] for s in statements))
        edges = len(statements) + len(responses)
        # Past a few hundred nodes the speaker links ("said by") start hidden.
        shown = edges - len(statements) if nodes > 300 else edges
        return {"nodes": nodes, "edges": edges, "shownNodes": nodes, "shownEdges": shown}
    events = instances(dataset, "Event")
    about = {(s, e) for s, e in pairs(dataset, "ng:about") if e in events}
    nodes = len(events) + len({s for s, _ in about})
    return {"nodes": nodes, "edges": len(about), "shownNodes": nodes, "shownEdges": len(about)}


def node_position(opened: Opened, node_id: str) -> tuple[float, float]:
    """Where a node is on the screen, for the mouse."""
    box = opened.page.locator("#network").bounding_box()
    point = opened.js("""(id) => ngView.network.canvasToDOM(ngView.network.getPosition(id))""", node_id)
    return box["x"] + point["x"], box["y"] + point["y"]


def hover_text(opened: Opened, node_id: str) -> str:
    """The tooltip vis-network shows when the mouse rests on a node."""
    opened.js("(id) => ngView.network.focus(id, {scale: 1.2, animation: false})", node_id)
    x, y = node_position(opened, node_id)
    opened.page.mouse.move(x - 40, y - 40)
    opened.page.mouse.move(x, y, steps=4)
    tooltip = opened.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    return tooltip.text_content() or ""


# --- every page opens offline, cleanly -------------------------------------------------------------

@pytest.mark.parametrize("name", ["index.html", *VIEW_PAGES])
def test_page_opens_offline_without_errors(browser: Any, sample: tuple[rdflib.Dataset, Path], name: str) -> None:
    opened = open_page(browser, sample[1] / name)
    assert opened.errors == []
    assert opened.blocked == []  # nothing was even tried from the network
    assert opened.dialogs == []
    shot = screenshot(opened, f"sample-{name.replace('.html', '.png')}")
    print(f"screenshot: {shot}")
    if name == "index.html":
        links = opened.js("() => Array.from(document.querySelectorAll('nav a')).map(a => a.getAttribute('href'))")
        assert links == ["index.html", *VIEW_PAGES]
    opened.page.context.close()


@pytest.mark.parametrize("name", VIEW_PAGES)
def test_drawn_counts_equal_the_graph(browser: Any, sample: tuple[rdflib.Dataset, Path], name: str) -> None:
    dataset, out = sample
    opened = open_page(browser, out / name)
    found = counts(opened)
    expected = expected_counts(dataset, name)
    assert {key: found[key] for key in expected} == expected
    # vis itself has every node and link: the hidden ones are kept, just not drawn
    assert (found["drawnNodes"], found["drawnEdges"]) == (found["nodes"], found["edges"])
    status = opened.page.locator("#status").text_content()
    assert status == (f"{expected['shownNodes']} of {expected['nodes']} nodes, "
                      f"{expected['shownEdges']} of {expected['edges']} links shown")
    opened.page.context.close()


# --- filters and search ------------------------------------------------------------------------------

def test_unchecking_a_type_hides_its_edges(browser: Any, sample: tuple[rdflib.Dataset, Path]) -> None:
    opened = open_page(browser, sample[1] / "actors.html")
    by_type = """() => {
        const shown = {};
        ngView.edges.get().forEach(e => {
            const key = e.ng.type + (e.hidden ? ":hidden" : ":shown");
            shown[key] = (shown[key] || 0) + 1;
        });
        return shown;
    }"""
    before = opened.js(by_type)
    assert before.get("accuse:shown", 0) >= 4 and "accuse:hidden" not in before
    opened.page.locator("#types input[value=accuse]").uncheck()
    after = opened.js(by_type)
    assert after.get("accuse:hidden") == before["accuse:shown"] and "accuse:shown" not in after
    assert after.get("deny:shown") == before.get("deny:shown")  # other types stay as they were
    opened.page.locator("#types input[value=accuse]").check()
    assert opened.js(by_type) == before
    opened.page.context.close()


def test_claims_start_hidden_and_can_be_shown(browser: Any, tmp_path: Path) -> None:
    results = sample_results()
    # Give the claim a target so that it becomes an edge in the actors view.
    claim = next(s for s in results[0].statements if s.type == "claim")
    claim.targets.append(next(s for s in results[0].statements if s.type == "deny").speaker)
    render_views(to_dataset(results), tmp_path)
    opened = open_page(browser, tmp_path / "actors.html")
    claims = "() => ngView.edges.get({filter: e => e.ng.type === 'claim'}).map(e => !!e.hidden)"
    assert opened.js(claims) == [True]
    opened.page.locator("#types input[value=claim]").check()
    assert opened.js(claims) == [False]
    opened.page.context.close()


def test_date_range_filters_statements_and_edge_widths(browser: Any, sample: tuple[rdflib.Dataset, Path]) -> None:
    opened = open_page(browser, sample[1] / "statements.html")
    shown_dates = """() => ngView.nodes.get({filter: n => !n.hidden && n.ng.type})
                          .map(n => ngView.data.statements[n.ng.stmts[0]].date)"""
    assert len(opened.js(shown_dates)) == 9
    opened.page.fill("#date-from", "2022-11-24")
    opened.page.fill("#date-to", "2022-11-30")
    opened.page.dispatch_event("#date-to", "change")
    dates = opened.js(shown_dates)
    # Dated statements outside the range go; undated ones and those of unknown year stay.
    assert sorted(d for d in dates if d and not d.startswith("--")) == ["2022-11-24"] * 3
    assert sorted(str(d) for d in dates if not d or d.startswith("--")) == ["--12-02", "None"]
    opened.page.click("#reset")
    assert len(opened.js(shown_dates)) == 9
    opened.page.context.close()

    # In the actors view the width of an edge counts only the statements in the range.
    opened = open_page(browser, sample[1] / "actors.html")
    russia_to_ukraine = """() => ngView.edges.get({filter: e =>
        e.from.endsWith('/russia') && e.to.endsWith('/ukraine') && e.ng.type === 'deny'})[0]"""
    assert opened.js(russia_to_ukraine)["value"] == 1
    opened.page.fill("#date-to", "2022-11-23")
    opened.page.dispatch_event("#date-to", "change")
    assert opened.js(russia_to_ukraine)["hidden"] is True
    opened.page.context.close()


@pytest.mark.parametrize("name,query,node", [
    ("actors.html", "ukraine", "https://w3id.org/newsgraph/id/actor/ukraine"),
    ("events.html", "meeting", "https://w3id.org/newsgraph/id/event/001-sample/44-47"),
])
def test_search_selects_a_node_and_highlights_its_neighbours(
        browser: Any, sample: tuple[rdflib.Dataset, Path], name: str, query: str, node: str) -> None:
    opened = open_page(browser, sample[1] / name)
    opened.page.fill("#search", query)
    opened.page.press("#search", "Enter")
    assert opened.js("() => ngView.network.getSelectedNodes()") == [node]
    neighbours = set(opened.js("(id) => ngView.network.getConnectedNodes(id)", node))
    assert set(opened.js("() => ngView.highlighted")) == neighbours | {node}
    colours = opened.js("() => Object.fromEntries(ngView.nodes.get().map(n => [n.id, n.color]))")
    dimmed = {node_id for node_id, colour in colours.items() if str(colour).startswith("rgba(205")}
    assert dimmed == set(colours) - neighbours - {node}
    assert dimmed  # the sample always has nodes that are not neighbours
    details = opened.page.locator("#details").text_content() or ""
    assert opened.js("(id) => ngView.nodes.get(id).ng.head", node) in details
    opened.page.context.close()


# --- article text is data ---------------------------------------------------------------------------

@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_hostile_text_never_runs_and_reads_as_written(browser: Any, tmp_path: Path, bypass_csp: bool) -> None:
    """Article text with <img onerror> and <script> shows as text in tooltips, details and tables.

    Run a second time with the pages' Content-Security-Policy switched off, to show that escaping
    alone keeps the text inert (the CSP is a second line, not the only one).
    """
    render_views(to_dataset(hostile_results()), tmp_path)
    evil = "https://w3id.org/newsgraph/id/actor/evil-img-src-x-onerror-alert-1-corp-script-alert-1-script"
    injected = """() => ({
        imgs: document.querySelectorAll('img').length,
        scripts: Array.from(document.scripts).filter(s => s.type !== 'application/json').length,
        handlers: document.querySelectorAll('[onerror], [onload]').length,
        alerted: window.__alerted || false,
    })"""
    for name in ["index.html", *VIEW_PAGES]:
        opened = open_page(browser, tmp_path / name, bypass_csp=bypass_csp)
        opened.js("() => { window.alert = () => { window.__alerted = true; }; }")
        assert opened.dialogs == [] and opened.errors == []
        assert opened.js(injected) == {"imgs": 0, "scripts": 0 if name == "index.html" else 2,
                                       "handlers": 0, "alerted": False}
        text = opened.js("() => document.body.innerText")
        if name == "index.html":
            assert f"Title {HOSTILE_SCRIPT} {HOSTILE_IMG}" in text
            assert f"Evil {HOSTILE_IMG} Corp {HOSTILE_SCRIPT}" in text
        else:
            node = evil if name != "events.html" else opened.js(
                "() => ngView.nodes.get({filter: n => n.shape === 'box'})[0].id")
            tooltip = hover_text(opened, node)
            assert HOSTILE_IMG in tooltip and HOSTILE_SCRIPT in tooltip
            opened.page.locator("#search").fill("")
            opened.js("(id) => ngView.network.selectNodes([id])", node)
            opened.page.mouse.click(*node_position(opened, node))
            details = opened.page.locator("#details").text_content() or ""
            assert f"The company {HOSTILE_SCRIPT} denied {HOSTILE_IMG} everything." in details
            assert opened.js(injected)["imgs"] == 0
            screenshot(opened, f"hostile-{name.replace('.html', '')}-tooltip.png")
        assert opened.dialogs == [] and opened.errors == []
        opened.page.context.close()


# --- a big graph opens in seconds -------------------------------------------------------------------

@pytest.mark.slow
def test_a_5000_edge_graph_opens_with_every_link_and_no_physics(browser: Any,
                                                                 tmp_path_factory: pytest.TempPathFactory) -> None:
    """A big graph draws all its links, with the physics simulation off (what keeps it responsive). How long
    it takes is measured in benchmarks/, not asserted here: a loaded machine is no failed test."""
    dataset = to_dataset(big_results(statements=5000))
    out = tmp_path_factory.mktemp("big")
    started = time.monotonic()
    render_views(dataset, out)
    print(f"rendered in {time.monotonic() - started:.1f} s")
    for name in VIEW_PAGES:
        opened = open_page(browser, out / name)
        assert opened.errors == []
        found = counts(opened)
        expected = expected_counts(dataset, name)
        assert {key: found[key] for key in expected} == expected
        if name != "events.html":
            assert found["edges"] >= 5000
            assert opened.js("() => ngView.data.options.physics.enabled") is False
        print(f"{name}: {found['nodes']} nodes, {found['edges']} links drawn in {opened.seconds:.1f} s")
        screenshot(opened, f"big-{name.replace('.html', '.png')}")
        opened.page.context.close()

