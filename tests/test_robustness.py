"""Robustness (issue 7): hostile inputs, unsafe document ids, and builds killed half-way.

The choices these tests pin down (also in ``graph/ingest.py``'s docstring):
- UTF-8 with or without BOM, and UTF-16 / UTF-32 *with* a BOM, are decoded; Latin-1 (or any other
  encoding without a BOM) is refused with a "not UTF-8" line rather than guessed, because a wrong
  guess silently changes letters and offsets must point into the text the user has.
- A file over the size limit is refused from its size, before it is read.
- Exit codes: 0 everything was built; 1 some inputs failed (each named on one line) and the rest
  was built; 2 nothing was built (a missing input path, no readable article, bad options).

Everything runs the real ``newsgraph`` (a subprocess for the end-to-end checks of standard error and
exit codes, the in-process functions elsewhere); nothing is mocked.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from graph.build import build
from graph.cli import app
from graph.errors import NewsgraphError
from graph.ingest import MAX_BYTES, IngestError, read_path

NEWSGRAPH = str(Path(sys.executable).with_name("newsgraph"))
IS_ROOT = os.geteuid() == 0
NG = "https://w3id.org/newsgraph/ontology#"

GOOD = "Paris accuses Moscow\n\nFrance accused Russia of bombing civilian infrastructure in Kyiv.\n"


def write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> tuple[Path, dict[str, str], set[str]]:
    """A folder of hostile inputs: (folder, {bad file name: what its one line must say}, good doc ids)."""
    folder = tmp_path_factory.mktemp("inputs") / "bad inputs"
    folder.mkdir()
    bad: dict[str, str] = {}
    good: set[str] = set()

    (folder / "empty.txt").write_bytes(b"")
    bad["empty.txt"] = "empty file"
    (folder / "blank.txt").write_text(" \n\t\r\n\u00a0 \n", encoding="utf-8")
    bad["blank.txt"] = "only white space"
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    bad["binary.txt"] = "binary file"
    (folder / "latin1.txt").write_bytes("Café owners accused the mayor of lying.\n".encode("latin-1"))
    bad["latin1.txt"] = "not UTF-8"
    # UTF-16 with a BOM is decoded: the BOM says what the encoding is, nothing is guessed.
    (folder / "utf16.txt").write_bytes(GOOD.encode("utf-16"))
    good.add("utf16")
    with open(folder / "huge.txt", "w", encoding="utf-8") as stream:
        line = "Russia accused Ukraine of shelling the plant, and Ukraine denied it. " * 15 + "\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            stream.write(line)
    bad["huge.txt"] = "too large"
    write_json(folder / "numbers.json", [1, 2, 3])
    bad["numbers.json"] = "JSON must be an object or a list of objects"
    write_json(folder / "scalar.json", "just a string")
    bad["scalar.json"] = "JSON must be an object or a list of objects"
    (folder / "mixed.jsonl").write_text("\n".join([
        json.dumps({"id": "m1", "text": GOOD}),
        '{"id": "m2", "text": "unterminated',
        json.dumps({"id": "m3", "text": "Ukraine denied the claims by Russia."}),
        json.dumps({"id": "m4", "text": "Germany demanded that Russia withdraw its troops."}),
    ]) + "\n", encoding="utf-8")
    bad["mixed.jsonl"] = "mixed.jsonl:2: malformed JSON"
    good |= {"m1", "m3", "m4"}
    write_json(folder / "notext.json", [{"id": "n1", "title": "A headline but no body"}])
    bad["notext.json"] = "no 'text' field"
    write_json(folder / "partial.json", [{"id": "p1", "text": GOOD}, {"id": "p2", "body": "wrong field"}])
    bad["partial.json"] = "partial.json (record 2): no 'text' field"
    good.add("p1")
    (folder / "garbage.jsonl").write_text("this is\nnot JSON Lines\nat all\n", encoding="utf-8")
    bad["garbage.jsonl"] = "no record could be read"
    (folder / "deep.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    bad["deep.json"] = "nested too deeply"
    write_json(folder / "baddate.json", {"text": GOOD, "date": "24/11/2022"})
    bad["baddate.json"] = "is not YYYY-MM-DD"
    (folder / "badmeta.txt").write_text(GOOD, encoding="utf-8")
    (folder / "badmeta.meta.json").write_text("{'published': 2022}", encoding="utf-8")
    bad["badmeta.meta.json"] = "malformed metadata JSON (Expecting property name enclosed in double quotes); badmeta.txt skipped"
    # Unreadable files. chmod 000 does not stop root, so links that lead nowhere and a named pipe
    # (which must be refused, not read: reading it would block forever) stand in for it.
    (folder / "broken.txt").symlink_to(folder / "gone.txt")
    bad["broken.txt"] = "broken symbolic link"
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    bad["loop.txt"] = "cannot read"
    os.mkfifo(folder / "pipe.txt")
    bad["pipe.txt"] = "not a regular file"
    if not IS_ROOT:
        (folder / "locked.txt").write_text(GOOD, encoding="utf-8")
        (folder / "locked.txt").chmod(0)
        bad["locked.txt"] = "Permission denied"
    (folder / "x.txt").mkdir()  # a folder with an article's name is a folder: it is searched, not read
    (folder / "x.txt" / "inside.txt").write_text(GOOD, encoding="utf-8")
    good.add("inside")

    (folder / "Crème brûlée – nouvelles 2024.txt").write_text(GOOD, encoding="utf-8")
    good.add("Crème brûlée – nouvelles 2024")
    write_json(folder / "evil.json", [{"id": "../../etc/x", "text": GOOD}])
    good.add("../../etc/x")
    # An unpaired surrogate is legal JSON but cannot be written as UTF-8: it becomes U+FFFD.
    (folder / "surrogate.json").write_text('{"id": "s1", "text": "Russia denied \\ud800 the claims."}',
                                           encoding="utf-8")
    good.add("s1")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    good.add("good")
    yield folder, bad, good
    if not IS_ROOT:
        (folder / "locked.txt").chmod(0o644)


def error_lines(stderr: str) -> list[str]:
    assert "Traceback" not in stderr
    return [line for line in stderr.splitlines() if line.strip()]


def check_one_line_each(lines: list[str], folder: Path, bad: dict[str, str]) -> None:
    """Each bad input has exactly one line naming it and why; nothing else is reported."""
    for line in lines:
        assert line.startswith("newsgraph: ") and "\n" not in line
    for name, reason in bad.items():
        mine = [line for line in lines if f"{folder / name}:" in line or f"{folder / name} (" in line]
        assert len(mine) == 1, (name, lines)
        assert reason in mine[0], (name, mine[0])
    assert len(lines) == len(bad), lines


def doc_ids(graph_file: Path) -> set[str]:
    return {quad.object.value for quad in ox.parse(path=str(graph_file), format=ox.RdfFormat.TRIG)
            if quad.predicate.value == NG + "docId"}


def test_build_reports_each_bad_input_once_and_builds_the_rest(bad_folder, tmp_path: Path) -> None:
    folder, bad, good = bad_folder
    out = tmp_path / "out"
    done = subprocess.run([NEWSGRAPH, "build", str(folder), "-o", str(out)], capture_output=True, text=True,
                          timeout=300, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stdout
    check_one_line_each(error_lines(done.stderr), folder, bad)
    assert f"{len(bad)} inputs failed" in done.stdout
    assert doc_ids(out / "graph.trig") == good
    records = [json.loads(line) for line in (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {"good", "utf16", "m1", "../../etc/x"} <= {record["doc"] for record in records}
    # The id "../../etc/x" stays data: nothing was written outside the output folder.
    assert not (tmp_path / "etc").exists() and not (out.parent.parent / "etc" / "x").exists()
    written = [path for path in tmp_path.rglob("*")]
    assert all(path == out or out in path.parents for path in written), written


def test_extract_reports_each_bad_input_once(bad_folder, nlp) -> None:
    folder, bad, good = bad_folder
    result = CliRunner().invoke(app, ["extract", str(folder), "--format", "jsonl"])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    check_one_line_each(error_lines(result.stderr), folder, bad)
    docs = {json.loads(line)["doc"] for line in result.stdout.splitlines()}
    assert docs <= good and "good" in docs


def test_missing_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = subprocess.run([NEWSGRAPH, "build", "missing/path", "-o", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 2
    assert error_lines(done.stderr) == ["newsgraph: missing/path: no such file or directory"]
    assert not (tmp_path / "out").exists()


def test_extract_missing_input_is_one_line_and_exit_2() -> None:
    result = CliRunner().invoke(app, ["extract", "missing/path"])
    assert result.exit_code == 2
    assert error_lines(result.stderr) == ["newsgraph: missing/path: no such file or directory"]


def test_nothing_readable_keeps_the_previous_outputs(bad_folder, tmp_path: Path, nlp) -> None:
    folder, _, _ = bad_folder
    out = tmp_path / "out"
    build([folder / "good.txt"], out, views=False, progress=False)
    before = snapshot(out)
    with pytest.raises(NewsgraphError, match="no article could be read; nothing was written") as caught:
        build([folder / "empty.txt", folder / "latin1.txt"], out, views=False, progress=False)
    assert caught.value.exit_code == 2
    assert visible(snapshot(out)) == visible(before)


@pytest.mark.skipif(IS_ROOT, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    try:
        [error] = list(read_path(path))
    finally:
        path.chmod(0o644)
    assert isinstance(error, IngestError) and "cannot read (Permission denied)" in str(error)


def test_size_limit_is_checked_before_reading(bad_folder) -> None:
    folder, _, _ = bad_folder
    huge = folder / "huge.txt"
    assert huge.stat().st_size > 5 * MAX_BYTES
    tracemalloc.start()
    try:
        [error] = list(read_path(huge))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(error, IngestError) and "too large (52.4 MB; the limit is 10 MB)" in str(error)
    assert peak < 1_000_000  # it was never read: 50 MB of text would show


def test_jsonl_is_streamed_past_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    line = json.dumps({"text": "Russia denied the claims. " * 400}) + "\n"
    with open(path, "w", encoding="utf-8") as stream:
        for number in range(MAX_BYTES // len(line) + 50):
            stream.write(line)
    assert path.stat().st_size > MAX_BYTES
    count = sum(1 for item in read_path(path) if not isinstance(item, IngestError))
    assert count == MAX_BYTES // len(line) + 50


def test_unsafe_ids_stay_inside_the_output_folder(tmp_path: Path, nlp) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    ids = ["../../etc/x", "/etc/passwd", "..", "a/../../b", "C:\\Windows\\x", "<script>alert(1)</script>"]
    write_json(inputs / "ids.json", [{"id": doc, "text": GOOD} for doc in ids])
    out = tmp_path / "deep" / "out"
    summary = build([inputs], out, progress=False)
    assert summary.documents == len(ids) and not summary.failures
    for path in tmp_path.rglob("*"):
        assert path in (tmp_path / "deep", inputs, inputs / "ids.json") or out in path.parents or path == out
    assert doc_ids(out / "graph.trig") == set(ids)  # the ids are kept as data
    for quad in ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG):
        for term in (quad.subject, quad.object, quad.graph_name):
            if isinstance(term, ox.NamedNode) and term.value.startswith("https://w3id.org/newsgraph/id/"):
                tail = term.value.removeprefix("https://w3id.org/newsgraph/id/")
                assert ".." not in tail and "<" not in tail and "\\" not in tail, term.value


def test_ids_that_share_an_iri_are_reported(tmp_path: Path, nlp) -> None:
    write_json(tmp_path / "ids.json", [{"id": "Report 1", "text": GOOD}, {"id": "report-1", "text": GOOD}])
    errors: list[Exception] = []
    from graph.ingest import read_articles

    docs = [article.doc for article in read_articles([tmp_path], on_error=errors.append)]
    assert docs == ["Report 1"]
    assert len(errors) == 1 and "duplicate document id 'report-1' (the same IRI as 'Report 1')" in str(errors[0])


# --- interruption ---------------------------------------------------------------------------------

ACTORS = ["Russia", "Ukraine", "France", "Germany", "China", "the United States", "Iran", "Israel", "India",
          "Pakistan", "Turkey", "Japan"]


def write_corpus(folder: Path, count: int) -> None:
    """``count`` small articles of accusations, denials, demands and claims (fixed, so deterministic)."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        lines = [f"{ACTORS[number % 12]} and {ACTORS[(number + 5) % 12]} trade charges – Example News", ""]
        for step in range(6):
            a, b = ACTORS[(number + step) % 12], ACTORS[(number * 7 + step + 1) % 12]
            lines += [[
                f"{a} accused {b} of shelling civilian areas near the border on Monday.",
                f"{a} denied claims by {b} that its troops had crossed the border, the ministry said.",
                f"{a} demanded that {b} withdraw its forces from the disputed region.",
                f"Officials in {a} claimed that the talks with {b} had failed.",
            ][(number + step) % 4] + f" The statement came after a week of tension with {b}.", ""]
        (folder / f"a{number:03d}.txt").write_text("\n".join(lines), encoding="utf-8")


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (hidden ones too) and a hash of its bytes."""
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def hidden(name: str) -> bool:
    """Hidden files are the build's own: temporaries, and the cache of extraction results."""
    return any(part.startswith(".") for part in Path(name).parts)


def visible(files: dict[str, str]) -> dict[str, str]:
    return {name: digest for name, digest in files.items() if not hidden(name)}


def descendants(pid: int) -> set[int]:
    """The processes ``pid`` started, and theirs (from /proc): a build's extraction workers are
    children of a fork server it started."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found: set[int] = set()
    frontier = [pid]
    while frontier:
        for child in children.get(frontier.pop(), []):
            if child not in found:
                found.add(child)
                frontier.append(child)
    return found


def running(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state not in ("Z", "X"):  # a zombie has exited; only its parent's wait is missing
            alive.add(pid)
    return alive


def kill_when(command: list[str], ready, cwd: Path, timeout: float = 120.0) -> bool:
    """Start ``command``, SIGKILL it as soon as ``ready()`` is true; False if it finished first.
    No process the command started may outlive it by more than a few seconds (a rebuild starts
    its extraction worker ahead, and its workers are the fork server's children, not its own)."""
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False
            if ready():
                started = descendants(process.pid)
                process.send_signal(signal.SIGKILL)
                process.wait(timeout=30)
                left = running(started)
                for _ in range(100):
                    if not left:
                        break
                    time.sleep(0.1)
                    left = running(left)
                assert not left, f"processes of the killed build still run: {sorted(left)}"
                return True
            time.sleep(0.005)
        raise AssertionError(f"{command} did not reach the point to kill it in {timeout} s")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def partial_output(out: Path) -> bool:
    """A build is mid-way: a hidden temporary graph file exists and already holds some documents."""
    for path in out.glob(".graph.trig.*.tmp"):
        try:
            if path.stat().st_size > 20_000:
                return True
        except FileNotFoundError:  # renamed into place just now: the build is ending
            pass
    return False


@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> tuple[Path, Path]:
    """A small corpus (the previous build) and a larger one (the build that gets killed)."""
    root = tmp_path_factory.mktemp("corpora")
    write_corpus(root / "small", 6)
    write_corpus(root / "large", LARGE)
    return root / "small", root / "large"


LARGE = 40  # documents: a few seconds of extraction, so the kill lands in the middle


def test_killed_build_leaves_previous_outputs(corpora, tmp_path: Path, nlp) -> None:
    small, large = corpora
    out = tmp_path / "out"
    build([small], out, progress=False)  # the previous build, views and all
    before = snapshot(out)
    assert "graph.trig" in before and "index.html" in before

    killed = kill_when([NEWSGRAPH, "build", str(large), "-o", str(out)], lambda: partial_output(out), tmp_path)
    assert killed, "the build finished before it could be killed"
    after = snapshot(out)
    assert visible(after) == visible(before)  # every output byte-identical; only hidden temporaries were added
    added = {name for name in set(after) - set(before) if "/" not in name}
    assert added, "the kill came before any temporary file (the test proves nothing)"
    assert all(name.startswith(".") and name.endswith(".tmp") for name in added), added
    assert all(hidden(name) for name in set(after) - set(before))  # and the cache, which resumes

    # Running again completes, removes the dead build's temporaries, and gives what an
    # uninterrupted build gives. (In process: the same code as the command, without a second model load.)
    build([large], out, views=False, progress=False)
    rebuilt = snapshot(out)
    assert not [name for name in rebuilt if name.endswith(".tmp")], "stale temporary files were left"
    clean = tmp_path / "clean"
    build([large], clean, views=False, progress=False)
    reference = snapshot(clean)
    for name in ("graph.trig", "graph.ttl", "statements.jsonl"):
        assert rebuilt[name] == reference[name], name


def store_graphs(store: Path) -> set[str]:
    from graph.store import open_store

    return {graph.value for graph in open_store(store).named_graphs()}


def test_killed_build_leaves_the_store_as_it_was(corpora, tmp_path: Path, nlp) -> None:
    small, large = corpora
    out, store = tmp_path / "out", tmp_path / "store"
    build([small], out, store=store, views=False, progress=False)
    previous = store_graphs(store)
    assert len(previous) == 6

    # Kill it while the store is being loaded (its staging copy exists), the riskiest moment.
    staging = tmp_path / ".store.staging"
    killed = kill_when([NEWSGRAPH, "build", str(large), "-o", str(out), "--store", str(store), "--no-views"],
                       staging.exists, tmp_path)
    assert killed, "the build finished before it could be killed"
    assert store_graphs(store) == previous  # the store still answers, with the previous data

    build([large], out, store=store, views=False, progress=False)
    assert len(store_graphs(store)) == LARGE and previous <= store_graphs(store)  # a000-a005 are in both
    assert not staging.exists()
