"""Tests of the scorer (graph/eval.py) on small hand-made gold files and predictions.

Each test changes one thing against a perfect prediction and checks that exactly the level the
scoring rules in shared/gold/README.md assign it to goes down.
"""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from graph.eval import EvalReport, GoldError, find_anchor, load_gold, run, score

ROOT = Path(__file__).resolve().parent.parent
WIRE_GOLD = ROOT / "tests" / "gold" / "wire.gold.json"
WIRE_DIR = ROOT / "tests" / "gold" / "wire"
SEEDS_GOLD = Path("/work/shared/gold/seeds.gold.json")  # the shared copy, when this machine has it

SENTENCES = [
    "Moscow rejected the charges brought by Kyiv.",
    "Kyiv accused Moscow of war crimes after the strike on November 23.",
    "Paris called on Moscow to stop the strikes.",
    "Macron said the talks would go on.",
]
TEXT = "Title line\n\n" + " ".join(SENTENCES)
DOC = "d1"


def make_gold(**changes: Any) -> dict[str, Any]:
    """Four gold statements (one optional), one responds pair and one dated event."""
    gold: dict[str, Any] = {
        "sides": {"russia": ["Russia"], "ukraine": ["Ukraine"], "france": ["France"]},
        "actors": {
            "russia": {"side": "russia", "names": ["Russia", "Moscow", "the Kremlin"]},
            "ukraine": {"side": "ukraine", "names": ["Ukraine", "Kyiv"]},
            "france": {"side": "france", "names": ["France", "Paris"]},
            "macron": {"side": "france", "names": ["Emmanuel Macron", "Macron"]},
        },
        "documents": {DOC: {
            "date": "2022-11-24",
            "statements": [
                {"anchor": "Moscow rejected the charges", "speaker": "russia", "types": ["deny"], "targets": ["ukraine"]},
                {"anchor": "Kyiv accused Moscow of war crimes", "speaker": "ukraine", "types": ["accuse"], "targets": ["russia"]},
                {"anchor": "Paris called on Moscow", "speaker": "france", "types": ["demand", "claim"], "targets": ["russia"]},
                {"anchor": "Macron said the talks", "speaker": "macron", "speaker_ok": ["france"], "types": ["claim"],
                 "targets": None, "optional": True},
            ],
            "responds": [{"speaker": "russia", "to": "ukraine"}],
            "events": [{"keywords": ["strike", "attack"], "date": "11-23"}],
        }},
    }
    gold["documents"][DOC].update(changes)
    return gold


def actor(label: str, *aliases: str) -> dict[str, Any]:
    return {"id": f"actor/{label}", "label": label, "aliases": list(aliases), "kind": "country",
            "country": label, "wikidata": None}


RUSSIA, UKRAINE, FRANCE = actor("Russia", "Moscow"), actor("Ukraine", "Kyiv"), actor("France", "Paris")


def rec(sentence: int, speaker: dict[str, Any], type_: str, targets: list[dict[str, Any]],
        id_: str | None = None, responds_to: list[str] | None = None) -> dict[str, Any]:
    """A statement record of the contract whose sentence is ``SENTENCES[sentence]``."""
    start = TEXT.index(SENTENCES[sentence])
    end = start + len(SENTENCES[sentence])
    return {"id": id_ or f"st/{sentence}/{type_}/{speaker['label']}", "doc": DOC, "type": type_,
            "cue": "", "sentence": TEXT[start:end], "start": start, "end": end, "speaker": speaker,
            "targets": targets, "content": None, "quote": False, "charge": None, "date": None,
            "responds_to": responds_to or [], "events": []}


def perfect() -> list[dict[str, Any]]:
    return [
        rec(0, RUSSIA, "deny", [UKRAINE], id_="deny", responds_to=["accuse"]),
        rec(1, UKRAINE, "accuse", [RUSSIA], id_="accuse"),
        rec(2, FRANCE, "demand", [RUSSIA]),
    ]


def run_score(records: list[dict[str, Any]], gold: dict[str, Any] | None = None,
              text: str = TEXT, events: list[dict[str, Any]] | None = None) -> EvalReport:
    return score(gold or make_gold(), {DOC: records}, {DOC: text},
                 None if events is None else {DOC: events})


def f1s(report: EvalReport) -> tuple[float, float, float]:
    return tuple(round(report.levels[level].f1, 4) for level in ("attribution", "typed", "full"))


# --- the four rules, one at a time -------------------------------------------------------------

def test_perfect_predictions_score_one_everywhere() -> None:
    report = run_score(perfect(), events=[{"label": "strike", "trigger": "strike", "date": "2022-11-23"}])
    for level in report.levels.values():
        assert (level.precision, level.recall, level.f1) == (1.0, 1.0, 1.0)
        assert (level.correct, level.predicted, level.gold) == (3, 3, 3)
    assert (report.responds.precision, report.responds.recall) == (1.0, 1.0)
    assert report.events is not None and report.events.recall == 1.0
    assert not report.misses and not report.false_alarms and not report.gold_errors


def test_wrong_speaker_drops_every_level() -> None:
    records = perfect()
    records[1] = rec(1, FRANCE, "accuse", [RUSSIA])
    report = run_score(records)
    assert [report.levels[lv].correct for lv in ("attribution", "typed", "full")] == [2, 2, 2]
    assert [m.reason for m in report.misses] == ["wrong speaker"]
    assert len(report.false_alarms) == 1 and report.false_alarms[0].speaker == "France"


def test_wrong_type_keeps_attribution_and_drops_typed_and_full() -> None:
    records = perfect()
    records[1] = rec(1, UKRAINE, "claim", [RUSSIA])
    report = run_score(records)
    assert f1s(report) == (1.0, round(2 / 3, 4), round(2 / 3, 4))
    assert [m.reason for m in report.misses] == ["wrong type"]
    assert not report.false_alarms  # it is still a right attribution


def test_second_accepted_type_is_right() -> None:
    records = perfect()
    records[2] = rec(2, FRANCE, "claim", [RUSSIA])  # gold types: demand (preferred) or claim
    assert f1s(run_score(records)) == (1.0, 1.0, 1.0)


def test_extra_target_drops_only_full() -> None:
    records = perfect()
    records[1] = rec(1, UKRAINE, "accuse", [RUSSIA, FRANCE])
    report = run_score(records)
    assert f1s(report) == (1.0, 1.0, round(2 / 3, 4))
    assert [m.reason for m in report.misses] == ["wrong targets"]


def test_missing_target_drops_only_full() -> None:
    records = perfect()
    records[0] = rec(0, RUSSIA, "deny", [])
    report = run_score(records)
    assert f1s(report) == (1.0, 1.0, round(2 / 3, 4))
    assert report.misses[0].anchor == "Moscow rejected the charges"


def test_targets_ok_are_allowed_and_null_targets_are_not_scored() -> None:
    gold = make_gold()
    gold["documents"][DOC]["statements"][1]["targets_ok"] = ["france"]
    gold["documents"][DOC]["statements"][2]["targets"] = None
    records = perfect()
    records[1] = rec(1, UKRAINE, "accuse", [RUSSIA, FRANCE])  # France is in targets_ok
    records[2] = rec(2, FRANCE, "demand", [UKRAINE, RUSSIA])  # targets not scored
    assert f1s(run_score(records, gold)) == (1.0, 1.0, 1.0)


def test_sentence_must_cover_half_of_the_anchor() -> None:
    gold = make_gold()
    # An anchor running over two sentences: 44 characters in the first, 5 in the second.
    gold["documents"][DOC]["statements"][0]["anchor"] = "Moscow rejected the charges brought by Kyiv. Kyiv"
    assert run_score(perfect(), gold).levels["full"].recall == 1.0
    gold["documents"][DOC]["statements"][0]["anchor"] = "by Kyiv. Kyiv accused Moscow"
    report = run_score(perfect(), gold)
    # The second sentence now covers the anchor best, and it has no Russian denial.
    assert report.misses[0].reason == "wrong speaker"


def test_prediction_in_another_sentence_is_no_sentence() -> None:
    records = perfect()
    records[0] = rec(3, RUSSIA, "deny", [UKRAINE])
    report = run_score(records)
    assert [m.reason for m in report.misses] == ["no sentence"]
    assert report.false_alarms[0].reason == "no gold statement by this speaker in its sentence"


# --- optional statements and the at-most-once rule ----------------------------------------------

def test_optional_gold_is_neither_rewarded_nor_punished() -> None:
    found = run_score(perfect() + [rec(3, actor("Emmanuel Macron"), "claim", [])])
    missed = run_score(perfect())
    for report in (found, missed):
        assert report.levels["full"].gold == 3  # the optional statement is not in recall
        assert report.levels["full"].predicted == 3  # and its match is not in precision
        assert f1s(report) == (1.0, 1.0, 1.0)
    assert not found.false_alarms and not found.misses


def test_speaker_ok_actor_is_accepted() -> None:
    report = run_score(perfect() + [rec(3, FRANCE, "claim", [])])  # France is speaker_ok of Macron
    assert report.levels["attribution"].predicted == 3 and not report.false_alarms


def test_each_gold_statement_is_matched_at_most_once() -> None:
    records = perfect() + [rec(1, UKRAINE, "accuse", [RUSSIA], id_="again")]
    report = run_score(records)
    full = report.levels["full"]
    assert (full.correct, full.predicted, full.gold) == (3, 4, 3)
    assert full.precision == 0.75 and full.recall == 1.0
    assert [f.reason for f in report.false_alarms] == ["duplicate: its gold statement is matched by another prediction"]


def test_matching_does_not_depend_on_order() -> None:
    """Two gold statements in one sentence: a broad prediction fits both, a narrow one fits one."""
    gold = make_gold(statements=[
        {"anchor": "Kyiv accused Moscow", "speaker": "ukraine", "types": ["accuse", "claim"], "targets": None},
        {"anchor": "Kyiv accused Moscow", "speaker": "ukraine", "types": ["accuse"], "targets": None},
    ], responds=[], events=[])
    broad = rec(1, UKRAINE, "accuse", [], id_="broad")  # fits both
    narrow = rec(1, UKRAINE, "claim", [], id_="narrow")  # fits only the first
    for records in ([broad, narrow], [narrow, broad]):
        typed = run_score(records, gold).levels["typed"]
        assert (typed.correct, typed.predicted, typed.gold) == (2, 2, 2)


def test_required_gold_wins_over_optional_gold() -> None:
    gold = make_gold(statements=[
        {"anchor": "Kyiv accused Moscow", "speaker": "ukraine", "types": ["accuse"], "targets": None, "optional": True},
        {"anchor": "Kyiv accused Moscow", "speaker": "ukraine", "types": ["accuse"], "targets": None},
    ], responds=[], events=[])
    full = run_score([rec(1, UKRAINE, "accuse", [])], gold).levels["full"]
    assert (full.correct, full.predicted, full.gold) == (1, 1, 1)


# --- names and anchors --------------------------------------------------------------------------

def test_names_match_case_and_white_space_insensitively_through_aliases() -> None:
    kremlin = actor("Russian Federation", "THE   kremlin")  # label unknown to the gold, alias known
    records = perfect()
    records[0] = rec(0, kremlin, "deny", [actor("kyiv")])
    assert f1s(run_score(records)) == (1.0, 1.0, 1.0)


def test_anchor_is_found_across_different_white_space() -> None:
    text = TEXT.replace("rejected the charges", "rejected\n  the\tcharges")
    start = text.index("Moscow rejected")
    assert find_anchor(text, "Moscow rejected the charges") == (start, start + len("Moscow rejected\n  the\tcharges"))
    assert find_anchor(text, "Moscow   rejected the\ncharges") == (start, start + len("Moscow rejected\n  the\tcharges"))
    assert find_anchor(text, "Moscow accepted the charges") is None
    # Predictions against that text still match.
    records = perfect()
    shift = len(text) - len(TEXT)
    for record in records[1:]:
        record["start"] += shift
        record["end"] += shift
    records[0]["end"] += shift
    assert f1s(run_score(records, text=text)) == (1.0, 1.0, 1.0)


def test_anchor_not_found_is_a_gold_error() -> None:
    gold = make_gold()
    gold["documents"][DOC]["statements"][0]["anchor"] = "Moscow welcomed the charges"
    report = run_score(perfect(), gold)
    assert len(report.gold_errors) == 1 and "Moscow welcomed the charges" in report.gold_errors[0]
    assert report.levels["full"].gold == 2  # left out of the scores, not counted as a miss
    assert "GOLD ERRORS" in report.format()


def test_gold_document_without_text_is_a_gold_error() -> None:
    report = score(make_gold(), {DOC: perfect()}, {})
    assert report.gold_errors == [f"{DOC}: no text for this gold document"]


# --- responds and events ------------------------------------------------------------------------

def test_responds_pairs() -> None:
    records = perfect()
    records[2]["responds_to"] = ["accuse"]  # France -> Ukraine: not a gold pair
    records[0]["responds_to"] = ["accuse", "nowhere"]  # a link to no predicted statement is ignored
    report = run_score(records)
    assert (report.responds.correct, report.responds.predicted) == (1, 2)
    assert (report.responds.found, report.responds.gold) == (1, 1)
    assert report.responds.precision == 0.5 and report.responds.recall == 1.0
    assert [(r["speaker"], r["to"]) for r in report.false_responds] == [(records[2]["speaker"]["label"],
                                                                         records[1]["speaker"]["label"])]
    assert "false responds pairs (1)" in report.format(show_errors=True)


def test_one_pair_per_speaker_and_responded_to_speaker() -> None:
    records = perfect() + [rec(1, UKRAINE, "accuse", [RUSSIA], id_="accuse-2")]
    records[0]["responds_to"] = ["accuse", "accuse-2"]  # one reply to two Ukrainian statements
    report = run_score(records)
    assert (report.responds.correct, report.responds.predicted) == (1, 1)


def test_responds_pair_through_speaker_ok_and_to_ok() -> None:
    gold = make_gold(responds=[{"speaker": "macron", "speaker_ok": ["france"], "to": "macron", "to_ok": ["ukraine"]}])
    records = perfect()
    records[2]["responds_to"] = ["accuse"]  # France -> Ukraine
    records[0]["responds_to"] = []
    report = run_score(records, gold)
    assert (report.responds.precision, report.responds.recall) == (1.0, 1.0)


def test_missing_responds_link_costs_recall() -> None:
    records = perfect()
    records[0]["responds_to"] = []
    report = run_score(records)
    assert report.responds.recall == 0.0 and report.missed_responds == [{"doc": DOC, "speaker": "russia", "to": "ukraine"}]


def test_events_need_a_keyword_and_the_month_and_day() -> None:
    def recall(events: list[dict[str, Any]]) -> float:
        report = run_score(perfect(), events=events)
        assert report.events is not None
        return report.events.recall

    assert recall([{"label": "Missile STRIKES", "trigger": "hit", "date": "--11-23"}]) == 1.0
    assert recall([{"label": "bombing", "trigger": "attack", "date": "2021-11-23"}]) == 1.0
    assert recall([{"label": "strike", "trigger": "strike", "date": "2022-11-24"}]) == 0.0
    assert recall([{"label": "meeting", "trigger": "meeting", "date": "2022-11-23"}]) == 0.0
    assert recall([]) == 0.0
    assert run_score(perfect()).events is None  # no predicted events given: not scored


# --- gold files, report, run --------------------------------------------------------------------

def test_load_gold_rejects_unknown_actors(tmp_path: Path) -> None:
    gold = make_gold()
    gold["documents"][DOC]["statements"][0]["targets"] = ["atlantis"]
    path = tmp_path / "bad.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(GoldError, match="unknown actor 'atlantis'"):
        load_gold(path)
    with pytest.raises(GoldError, match="cannot read"):
        load_gold(tmp_path / "missing.json")


def test_report_formats_and_serialises() -> None:
    records = perfect()
    records[1] = rec(1, UKRAINE, "claim", [RUSSIA])
    report = run_score(records, events=[])
    text = report.format(show_errors=True)
    assert "attribution" in text and "wrong type" in text and "missed events" in text
    data = json.loads(json.dumps(report.to_json()))
    assert data["levels"]["typed"]["recall"] == round(2 / 3, 4)
    assert data["misses"][0]["reason"] == "wrong type"


@pytest.mark.parametrize("gold_path, folder", [
    (WIRE_GOLD, WIRE_DIR),
    *[(WIRE_DIR.parent / f"{name}.gold.json", WIRE_DIR.parent / name)
      for name in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
                   "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
                   "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21",
                   "heldout22", "heldout23", "heldout24", "heldout25", "heldout26",
                   "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32",
                   "heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38")],
    pytest.param(SEEDS_GOLD, SEEDS_GOLD.parent.parent / "seeds",
                 marks=pytest.mark.skipif(not SEEDS_GOLD.exists(), reason="no shared seeds gold here")),
])
def test_every_gold_anchor_is_in_its_article(gold_path: Path, folder: Path) -> None:
    gold = load_gold(gold_path)
    for doc, document in gold["documents"].items():
        text = (folder / f"{doc}.txt").read_text(encoding="utf-8")
        compact = "".join(text.split())
        for statement in document["statements"]:
            anchor = statement["anchor"]
            assert find_anchor(text, anchor) is not None, f"{doc}: {anchor}"
            if gold_path == WIRE_GOLD:  # our own corpus: anchors are unambiguous too
                assert compact.count("".join(anchor.split())) == 1, f"{doc}: anchor occurs twice: {anchor}"


def test_wire_corpus_is_complete() -> None:
    gold = load_gold(WIRE_GOLD)
    articles = sorted(p.stem for p in WIRE_DIR.glob("*.txt"))
    assert sorted(gold["documents"]) == articles and len(articles) >= 10
    for stem in articles:
        meta = json.loads((WIRE_DIR / f"{stem}.meta.json").read_text(encoding="utf-8"))
        assert meta["language"] == "en" and meta["published"] == gold["documents"][stem]["date"]
        words = len((WIRE_DIR / f"{stem}.txt").read_text(encoding="utf-8").split())
        assert 150 <= words <= 350, (stem, words)


def test_run_scores_what_the_extractor_returns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """run() glues the extractor to score(); a stand-in extractor keeps this test free of spaCy."""
    gold_path = tmp_path / "mini.gold.json"
    gold_path.write_text(json.dumps(make_gold()), encoding="utf-8")
    (tmp_path / f"{DOC}.txt").write_text(TEXT, encoding="utf-8")

    class Item:
        def __init__(self, data: dict[str, Any]) -> None:
            self.data = data

        def to_json(self) -> dict[str, Any]:
            return self.data

    def extract_paths(paths: list[Path], model: str | None):
        assert [p.name for p in paths] == [f"{DOC}.txt"]
        yield types.SimpleNamespace(doc=DOC, text=TEXT, statements=[Item(r) for r in perfect()],
                                    events=[Item({"label": "strike", "trigger": "strike", "date": "2022-11-23"})])

    monkeypatch.setitem(sys.modules, "graph.pipeline", types.SimpleNamespace(extract_paths=extract_paths))
    assert run(gold_path, [tmp_path], as_json=True) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["levels"]["full"]["f1"] == 1.0 and data["events"]["recall"] == 1.0


def test_scoring_does_not_load_spacy() -> None:
    import subprocess

    code = "import sys, graph.eval; assert 'spacy' not in sys.modules, 'graph.eval imports spaCy'"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
