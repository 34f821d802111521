"""The benchmark scripts still run on the current code, on a few documents (they measure nothing
here: speed is never asserted in tests). Each prints one JSON line; the checks it makes of the
outputs (the same bytes with several jobs, after a rebuild, as a clean build) must hold."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

BENCHMARKS = ROOT / "benchmarks"


def run_benchmark(script: str, *args: str, work: Path) -> dict:
    env = {**os.environ, "NEWSGRAPH_BENCH_DIR": str(work)}
    done = subprocess.run([sys.executable, str(BENCHMARKS / script), *args], capture_output=True, text=True,
                          cwd=BENCHMARKS, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert len(lines) == 1, done.stdout
    return json.loads(lines[0])


def test_throughput(tmp_path: Path) -> None:
    figures = run_benchmark("throughput.py", "--docs", "3", "--repeat", "1", work=tmp_path)
    assert figures["docs"] == 3 and figures["words"] > 500
    assert figures["bare_words_per_s"] > 0 and figures["newsgraph_words_per_s"] > 0
    assert {"ratio", "extract_ratio", "ratio_with_cache_entry", "target"} <= set(figures)


@pytest.mark.parametrize("views", [False, True])
def test_incremental(tmp_path: Path, views: bool) -> None:
    figures = run_benchmark("incremental.py", "--docs", "3", *(["--views"] if views else []), work=tmp_path)
    assert figures["same_as_clean_build"] is True
    assert figures["files_rewritten_when_nothing_changed"] == []
    assert ("rebuild_over_one_document_build_no_views" in figures) is views


@pytest.mark.parametrize("store", [False, True])
def test_jobs(tmp_path: Path, store: bool) -> None:
    figures = run_benchmark("jobs.py", "--docs", "6", *(["--store"] if store else []), work=tmp_path)
    assert figures["same_output"] is True and figures["store"] is store
