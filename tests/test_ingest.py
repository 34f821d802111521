"""Ingest (issue 2): every reader, boilerplate, blocks, datelines and exact character offsets.

The offsets contract is ``text[start:end] == sentence``, where ``text`` is the input's decoded text:
the file's characters as they are (CRLF stays CRLF; only a BOM goes), so a reader who opens the file
with ``open(path, encoding="utf-8-sig", newline="")`` gets the same string. These tests run the real
pipeline (spaCy and the extractor) on the seeds and on texts written to be awkward.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.ingest import Article, IngestError, article_from_text, decode, find_inputs, read_path, split_blocks
from graph.ingest import read_articles
from graph.pipeline import extract_articles

from conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def articles(path: Path) -> list[Article]:
    """The articles of one file; fails the test on any ingest error."""
    items = list(read_path(path))
    errors = [str(item) for item in items if isinstance(item, IngestError)]
    assert not errors, errors
    return items


def one(path: Path) -> Article:
    found = articles(path)
    assert len(found) == 1
    return found[0]


def sections(article: Article) -> list[tuple[str, str]]:
    return [(block.section, block.text) for block in article.blocks]


def assert_offsets(article: Article, nlp) -> list:
    """Blocks, sentences and statements of ``article`` all point at their exact text."""
    for block in article.blocks:
        assert article.text[block.start:block.end] == block.text
        assert block.text == block.text.strip() and block.text
    [result] = list(extract_articles([article], nlp))
    assert result.sentences, "no sentences"
    for sentence in result.sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text
    for statement in result.statements:
        record = statement.to_json()
        assert article.text[record["start"]:record["end"]] == record["sentence"]
        # A cue can be split ("spoke on April 4 of"), so its span holds its words, inside the sentence.
        assert record["start"] <= statement.cue_start < statement.cue_end <= record["end"]
        assert all(word in article.text[statement.cue_start:statement.cue_end] for word in statement.cue.split())
    return result.sentences


# --- .txt: title, boilerplate, headings, datelines ----------------------------------------------------

def test_seed_title_boilerplate_and_headings() -> None:
    article = one(SEEDS / "000_3bac063bbf03cb3a.txt")
    assert article.title == "Moscow rejects “war crimes” charges brought by kyiv and Paris"  # " – RT in French" gone
    assert article.blocks[0].section == "title"
    assert all("Skip to content" not in block.text for block in article.blocks)
    assert ("heading", "No strikes against targets within Kyiv city limits") in sections(article)
    # The metadata beside the file is read.
    assert (article.published, article.source, article.language) == ("2022-11-24", "RT in French", "en")

    last = one(SEEDS / "001_d6c75a9954c0552b.txt")
    assert not any("Not all news on the site" in block.text for block in last.blocks)  # the disclaimer
    assert last.blocks[-1].section == "paragraph" and last.blocks[-1].text.startswith("On the UN side")


def test_heading_never_runs_into_the_next_paragraph(nlp) -> None:
    text = ("Kremlin answers Paris\n"
            "No strikes within city limits\n"
            "The ministry denied that Russia had struck targets in Kyiv.\n")
    article = article_from_text(text, "heading")
    assert sections(article) == [
        ("title", "Kremlin answers Paris"),
        ("heading", "No strikes within city limits"),
        ("paragraph", "The ministry denied that Russia had struck targets in Kyiv."),
    ]
    sentences = assert_offsets(article, nlp)
    assert "No strikes within city limits" in [s.text for s in sentences]


def test_title_suffixes_and_metadata_titles() -> None:
    assert article_from_text("Russia denies claims – RT in French\n\nText.", "a").title == "Russia denies claims"
    assert article_from_text("Russia denies all claims | Reuters\n\nText.", "a").title == "Russia denies all claims"
    assert article_from_text("Russia denies all claims - BBC News\n\nText.", "a").title == "Russia denies all claims"
    # Too short to be "headline – site", or not a site name: kept whole.
    assert article_from_text("Ukraine – Russia\n\nText.", "a").title == "Ukraine – Russia"
    assert article_from_text("Russia denies the claims - again\n\nText.", "a").title == "Russia denies the claims - again"
    # A source the story names, after a dash, is what the headline quotes, not a site.
    sourced = "Russian drone hit an ambulance near Kherson – Ministry of Health"
    assert article_from_text(f"{sourced}\n\nThe Ministry of Health of Ukraine condemned it.", "a").title == sourced
    # A title in the metadata wins; a text that starts with its body then has no title block.
    body = article_from_text("France accused Russia of war crimes on Monday.", "a", {"title": "Paris accuses"})
    assert body.title == "Paris accuses" and [b.section for b in body.blocks] == ["paragraph"]


@pytest.mark.parametrize("line, place, rest", [
    ("JERUSALEM, Aug 13 (Reuters) - Israel accused Iran of arming the group.", "JERUSALEM, Aug 13 (Reuters)",
     "Israel accused Iran of arming the group."),
    ("DETROIT (AP) — The union accused the company of stalling.", "DETROIT (AP)",
     "The union accused the company of stalling."),
    ("WASHINGTON — President Biden demanded a ceasefire.", "WASHINGTON", "President Biden demanded a ceasefire."),
    ("HALIFAX, Nova Scotia (LPS) — The union accused the school.", "HALIFAX, Nova Scotia (LPS)",
     "The union accused the school."),
    ("SAN JOSE, Costa Rica, May 2 (AP) - Police denied it.", "SAN JOSE, Costa Rica, May 2 (AP)", "Police denied it."),
    # An agency that says what it did to the story
    ("TUNIS, May 20 (Maghreb Arab Wire, translated from Arabic) - The group condemned it.",
     "TUNIS, May 20 (Maghreb Arab Wire, translated from Arabic)", "The group condemned it."),
    # A region and a date without an agency; accented capitals; the day before the month
    ("SAN MIGUEL DE TUCUMAN, Argentina, May 8 - A judge ruled.", "SAN MIGUEL DE TUCUMAN, Argentina, May 8",
     "A judge ruled."),
    ("BOGOTÁ, Aug 13 (Andean Wire, translated from Spanish) - Colombia protested.",
     "BOGOTÁ, Aug 13 (Andean Wire, translated from Spanish)", "Colombia protested."),
    ("KRAKÓW, 14 January - The office fined the company.", "KRAKÓW, 14 January", "The office fined the company."),
    # Two places; a Russian agency between slashes; the Spanish ".-"; a place in title case with a date
    ("KYIV/MOSCOW, Oct 2 – Ukraine accused Russia.", "KYIV/MOSCOW, Oct 2", "Ukraine accused Russia."),
    ("MOSCOW, August 18. /Vestnik-Inform/. Ukrainian formations shelled the plant.", "MOSCOW, August 18. /Vestnik-Inform/.",
     "Ukrainian formations shelled the plant."),
    ("Aguililla, Michoacán, 18 of March.- The Sedena rejected it.", "Aguililla, Michoacán, 18 of March.",
     "The Sedena rejected it."),
    ("RĒZEKNE, 20 May. The inspectorate fined the plant.", "RĒZEKNE, 20 May.", "The inspectorate fined the plant."),
    ("Ouagadougou, 14 May (Sahel Hebdo) – The government rejected it.", "Ouagadougou, 14 May (Sahel Hebdo)",
     "The government rejected it."),
    ("Maputo – The Government accused the insurgents.", "Maputo", "The Government accused the insurgents."),
])
def test_datelines_are_split_off(line: str, place: str, rest: str, nlp) -> None:
    article = article_from_text(f"Headline here\n\n{line}\n\nSecond paragraph follows here.", "d")
    assert sections(article)[1:3] == [("dateline", place), ("paragraph", rest)]
    assert all(sentence.text != place for sentence in assert_offsets(article, nlp))


@pytest.mark.parametrize("line", ["NATO – the alliance denied the claims.", "UN - The body denied the claims.",
                                  "Paris, the capital, denied the claims.", "Moscow – which denied it – spoke."])
def test_acronyms_are_not_datelines(line: str) -> None:
    article = article_from_text(f"Headline here\n\n{line}", "d")
    assert sections(article)[1] == ("paragraph", line)


def test_a_line_naming_the_place_and_the_outlet_is_a_dateline() -> None:
    article = article_from_text("Lebanon accuses Israel\n\nBeirut – Al-Sabah Net\n\nLebanon accused Israel of a massacre.", "d")
    assert sections(article)[1:] == [("dateline", "Beirut"), ("paragraph", "Lebanon accused Israel of a massacre.")]


def test_wrapped_lines_join_but_headings_do_not() -> None:
    text = ("Title of the piece\n\n"
            "Moscow disputed claims by Ukraine and\n"
            "France that Russian bombings targeted civilian\n"
            "infrastructure, the ministry said.\n\n"
            "A heading\n"
            "The next paragraph starts here.\n")
    article = article_from_text(text, "w")
    assert [b.section for b in article.blocks] == ["title", "paragraph", "heading", "paragraph"]
    assert article.blocks[1].text == ("Moscow disputed claims by Ukraine and\nFrance that Russian bombings "
                                      "targeted civilian\ninfrastructure, the ministry said.")


def test_overlong_paragraphs_are_cut_at_sentence_ends() -> None:
    sentence = "Russia accused Ukraine of shelling the plant again. "
    text = "Title\n\n" + sentence * 1000  # 52,000 characters on one line
    article = article_from_text(text, "long")
    paragraphs = [b for b in article.blocks if b.section == "paragraph"]
    assert len(paragraphs) >= 3
    assert all(len(b.text) <= 20_000 and b.text.endswith("again.") for b in paragraphs)
    assert all(text[b.start:b.end] == b.text for b in paragraphs)


# --- offsets through the real pipeline ---------------------------------------------------------------

@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_seed_offsets(path: Path, nlp) -> None:
    article = one(path)
    assert article.text == path.read_text(encoding="utf-8-sig")
    assert len(assert_offsets(article, nlp)) > 10


def test_built_records_point_into_the_seed_files(seed_records) -> None:
    texts = {path.stem: path.read_bytes().decode("utf-8-sig") for path in SEED_FILES}
    assert seed_records
    for record in seed_records:
        assert texts[record["doc"]][record["start"]:record["end"]] == record["sentence"]


AWKWARD = ("Skip to content\n"
           "Moscow rejects “war crimes” charges – RT in French\n\n"
           "Moscow\u00a0disputed claims by Ukraine and France that Russian bombings targeted "
           "civilian infrastructure.\tAccording to the Russian defense, the damage was caused by "
           "Ukrainian air defense.\n\n"
           "\tNo strikes within city limits \n"
           "“We categorically reject all charges,” Dmitry Peskov told reporters,\u00a0adding that "
           "Russia ‘never targets civilians’.\n\n"
           "France demanded an international investigation.\n")


@pytest.mark.parametrize("variant", ["lf", "crlf", "cr", "bom", "bom-crlf", "utf16"])
def test_offsets_survive_awkward_text(variant: str, tmp_path: Path, nlp) -> None:
    text = AWKWARD.replace("\n", "\r\n") if "crlf" in variant else AWKWARD.replace("\n", "\r") if variant == "cr" else AWKWARD
    data = text.encode("utf-16") if variant == "utf16" else ("\ufeff" if "bom" in variant else "").encode() + text.encode()
    path = tmp_path / f"awkward-{variant}.txt"
    path.write_bytes(data)

    article = one(path)
    assert article.text == text  # decoded as is: line ends and no-break spaces untouched, BOM gone
    assert article.title == "Moscow rejects “war crimes” charges"
    assert ("heading", "No strikes within city limits") in sections(article)
    sentences = assert_offsets(article, nlp)
    # A reader who opens the file without newline translation gets the same characters.
    with open(path, encoding="utf-16" if variant == "utf16" else "utf-8-sig", newline="") as stream:
        same = stream.read()
    assert all(same[s.start:s.end] == s.text for s in sentences)
    assert any("Peskov" in s.text for s in sentences)


# --- .json, .jsonl, .html, folders, NAME.meta.json --------------------------------------------------

def test_json_object_and_list(tmp_path: Path) -> None:
    (tmp_path / "single.json").write_text(json.dumps(
        {"text": "Russia denies claims\n\nMoscow denied the claims.", "date": "2022-11-24T08:00:00Z",
         "url": "https://example.org/a", "source": "Example"}), encoding="utf-8")
    article = one(tmp_path / "single.json")
    assert (article.doc, article.title, article.published, article.url, article.source) == (
        "single", "Russia denies claims", "2022-11-24", "https://example.org/a", "Example")

    (tmp_path / "many.json").write_text(json.dumps([
        {"id": "a1", "title": "Paris accuses Moscow", "text": "France accused Russia of war crimes.", "published": "2022-04-04"},
        {"text": "Ukraine demanded that Russia withdraw."},
        {"id": 7, "text": "China denied the charges."},
    ]), encoding="utf-8")
    found = articles(tmp_path / "many.json")
    assert [a.doc for a in found] == ["a1", "many-2", "7"]
    assert found[0].title == "Paris accuses Moscow" and found[0].published == "2022-04-04"
    assert found[0].text == "France accused Russia of war crimes."


def test_jsonl(tmp_path: Path) -> None:
    records = [{"id": "one", "text": "France accused Russia of war crimes."},
               {"id": "two", "text": "Russia denied it\u2028all, the ministry said."}]  # U+2028 is legal in JSON
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    (tmp_path / "feed.jsonl").write_text("\ufeff" + lines[0] + "\r\n\n" + lines[1] + "\n", encoding="utf-8")
    found = articles(tmp_path / "feed.jsonl")
    assert [a.doc for a in found] == ["one", "two"]
    assert found[1].text == records[1]["text"]


def test_html(tmp_path: Path, nlp) -> None:
    page = """<!doctype html><html lang="en-GB"><head><title>Russia denies charges – Example</title>
    <meta property="article:published_time" content="2022-11-24T10:00:00+00:00">
    <link rel="canonical" href="https://example.org/russia"><script>var x = "<p>no</p>";</script></head>
    <body><nav><a href="/">Home</a> <a>Skip to content</a></nav>
    <header><a>Menu</a> Example News</header>
    <article><header><h1>Russia denies &ldquo;war crimes&rdquo; charges</h1></header>
    <p>Moscow disputed claims by Ukraine and France that Russian bombings targeted civilian
    infrastructure.</p><h2>No strikes in Kyiv</h2><p>The ministry denied the strikes.<br>It blamed air defense.</p>
    </article><footer>Copyright 2024 Example</footer></body></html>"""
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    article = one(tmp_path / "page.html")
    assert sections(article) == [
        ("title", "Russia denies “war crimes” charges"),
        ("paragraph", "Moscow disputed claims by Ukraine and France that Russian bombings targeted civilian "
                      "infrastructure."),
        ("heading", "No strikes in Kyiv"),
        ("paragraph", "The ministry denied the strikes."),
        ("paragraph", "It blamed air defense."),
    ]
    assert (article.published, article.url, article.language) == ("2022-11-24", "https://example.org/russia", "en")
    assert_offsets(article, nlp)


def test_html_with_a_declared_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 owners accused the mayor.</p></body></html>'
    (tmp_path / "latin.html").write_bytes(page.encode("latin-1"))
    assert one(tmp_path / "latin.html").text == "Café owners accused the mayor."


def test_meta_json_beside_a_file(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("A headline\n\nFrance accused Russia.", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(json.dumps(
        {"published": "2024-01-02", "source": "Wire", "url": "https://example.org/s", "language": "en",
         "title": "The real headline"}), encoding="utf-8")
    article = one(tmp_path / "story.txt")
    assert (article.published, article.source, article.url, article.language, article.title) == (
        "2024-01-02", "Wire", "https://example.org/s", "en", "The real headline")


def test_folders(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("A\n\nFrance accused Russia.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{}", encoding="utf-8")
    (tmp_path / "b" / "c.jsonl").write_text('{"text": "Russia denied."}\n', encoding="utf-8")
    (tmp_path / "b" / "d.html").write_text("<p>Ukraine demanded talks.</p>", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("editor backup", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("not an article", encoding="utf-8")
    names = [path.relative_to(tmp_path).as_posix() for path in find_inputs([tmp_path, tmp_path / "a.txt"])]
    assert names == ["a.txt", "b/c.jsonl", "b/d.html"]  # sorted, hidden and .meta.json left out, once each
    docs = [article.doc for article in read_articles([tmp_path], on_error=pytest.fail)]
    assert docs == ["a", "c-1", "d"]


def test_decode_choices() -> None:
    assert decode("\ufeffKyiv".encode(), "x") == "Kyiv"
    assert decode("Kyiv, Київ".encode("utf-16"), "x") == "Kyiv, Київ"
    assert decode("Kyiv".encode("utf-32"), "x") == "Kyiv"
    with pytest.raises(IngestError, match="not UTF-8"):
        decode("Café".encode("latin-1"), "x")
    with pytest.raises(IngestError, match="UTF-16 without a byte-order mark"):
        decode("Russia denied the claims.".encode("utf-16-le"), "x")


def test_split_blocks_of_nothing() -> None:
    assert split_blocks("") == [] and split_blocks("\n\r\n \t\u00a0\n") == []
    with pytest.raises(IngestError, match="only boilerplate"):
        article_from_text("Skip to content\nAdvertisement\n", "x")
