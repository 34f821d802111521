"""Shared fixtures: the real pipeline on the seeds, built once per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_GOLD = ROOT.parent / "shared" / "gold" / "seeds.gold.json"
WIRE = ROOT / "tests" / "gold" / "wire"
WIRE_GOLD = ROOT / "tests" / "gold" / "wire.gold.json"


@pytest.fixture(scope="session")
def nlp():
    from graph.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def built_seeds(tmp_path_factory) -> Path:
    """The output folder of ``newsgraph build seeds`` (the real pipeline, views included)."""
    from graph.build import build

    out = tmp_path_factory.mktemp("seeds-out")
    build([SEEDS], out, progress=False)
    return out


@pytest.fixture(scope="session")
def seed_records(built_seeds) -> list[dict]:
    lines = (built_seeds / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Extract statements from a text written in a test: ``extract_text("Russia denied ...")``."""
    from graph.extract import extract_article
    from graph.ingest import article_from_text
    from graph.nlp import reparse_misreadings

    def run(text: str, published: str | None = "2024-03-10", doc: str = "test"):
        article = article_from_text(text, doc, {"published": published} if published else None)
        docs = list(nlp.pipe([block.text for block in article.blocks]))
        reparse_misreadings(nlp, [block.section for block in article.blocks], docs)
        return extract_article(article, docs)

    return run
