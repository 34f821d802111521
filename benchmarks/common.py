"""What the benchmark scripts share: a cached corpus, peak memory, timing, one JSON line out.

Benchmarks compare figures taken in the same run (ratios), because the machine they run on is shared
and its speed varies from minute to minute; absolute seconds are printed for context only.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from corpus import write_corpus

__all__ = ["WORK", "ROOT", "NEWSGRAPH", "corpus_folder", "peak_rss_mb", "emit", "Timer", "run_newsgraph"]

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(os.environ.get("NEWSGRAPH_BENCH_DIR", "/tmp/newsgraph-bench"))
NEWSGRAPH = str(Path(sys.executable).with_name("newsgraph"))


def corpus_folder(n: int, seed: int = 1, fmt: str = "txt") -> Path:
    """A generated corpus of ``n`` articles, written once and reused by later runs."""
    folder = WORK / f"corpus-{n}-{seed}-{fmt}"
    done = folder / ".complete"
    if not done.exists():
        write_corpus(folder, n, seed, fmt)
        done.touch()
    return folder


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident memory of this process (or of its largest finished child), in MiB."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF)
    return usage.ru_maxrss / 1024  # Linux reports KiB


class Timer:
    """``with Timer() as t: ...`` then ``t.seconds`` (wall clock: what a user waits for)."""

    def __enter__(self) -> "Timer":
        self.start = time.perf_counter()
        return self

    def __exit__(self, *_: Any) -> None:
        self.seconds = time.perf_counter() - self.start


def run_newsgraph(*args: str) -> float:
    """Run the ``newsgraph`` command as a user would; its wall-clock seconds. Fails loudly."""
    with Timer() as timer:
        done = subprocess.run([NEWSGRAPH, *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"newsgraph {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return timer.seconds


def emit(figures: dict[str, Any]) -> None:
    """The one JSON line a benchmark prints."""
    rounded = {key: round(value, 4) if isinstance(value, float) else value for key, value in figures.items()}
    print(json.dumps(rounded), flush=True)
