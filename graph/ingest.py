"""Reading articles: decode, strip boilerplate, split title / headings / paragraphs.

Every block keeps its character offsets into the decoded text, so that everything extracted later can
point back to the exact characters it came from (``text[block.start:block.end] == block.text``).
The decoded text is the file's text as decoded, line ends untouched (CRLF stays CRLF), or a JSON
record's ``text`` field, or the visible text of an HTML page.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import NewsgraphError

__all__ = [
    "Article",
    "Block",
    "IngestError",
    "MAX_BYTES",
    "SUFFIXES",
    "decode",
    "find_inputs",
    "read_path",
    "article_from_text",
]

SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")
MAX_BYTES = 10 * 1024 * 1024  # spaCy's parser needs ~1 GB of memory per 100,000 words of one text
BOILERPLATE_FILE = Path(__file__).resolve().parent.parent / "ontology" / "boilerplate.txt"
# A site name after a dash or bar at the end of a title: " – RT in French", " | Reuters".
TITLE_SUFFIX = re.compile(r"\s+[–—|]\s+[^–—|]{1,40}$")
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
# A wire dateline before the first paragraph: "JERUSALEM, Aug 13 (Reuters) - ", "DETROIT (AP) — ".
DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z]*\.?(?:\s+\d{1,2})?(?:,\s*\d{4})?)?"
    r"\s*(?:\([^)]{1,40}\))?\s*[-–—]{1,2}\s+(?=\S)")


class IngestError(NewsgraphError):
    """An input that cannot be read as an article; the message says why, in one line."""


@dataclass
class Block:
    """A title, heading or paragraph: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str
    section: str  # "title", "heading" or "paragraph"


@dataclass
class Article:
    """One decoded article with its blocks and metadata."""

    doc: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    path: str | None = None


def _boilerplate_patterns() -> re.Pattern[str]:
    lines = BOILERPLATE_FILE.read_text(encoding="utf-8").splitlines()
    patterns = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


_BOILERPLATE: re.Pattern[str] | None = None


def is_boilerplate(line: str) -> bool:
    global _BOILERPLATE
    if _BOILERPLATE is None:
        _BOILERPLATE = _boilerplate_patterns()
    return _BOILERPLATE.fullmatch(line.strip()) is not None


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16/32 with a BOM; refuse anything else clearly."""
    if not data.strip():
        raise IngestError(f"{name}: empty file")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
                       (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                raise IngestError(f"{name}: not valid {codec.upper()} ({error.reason})") from None
            break
    else:
        if b"\x00" in data[:8192]:
            raise IngestError(f"{name}: binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise IngestError(
                f"{name}: not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
                "re-encode it as UTF-8"
            ) from None
    if "\x00" in text or _control_share(text) > 0.05:
        raise IngestError(f"{name}: binary file, not text")
    if not text.strip():
        raise IngestError(f"{name}: only white space")
    return text


def _control_share(text: str) -> float:
    sample = text[:8192]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\r\n\t\f\v")
    return controls / max(1, len(sample))


def split_blocks(text: str) -> list[Block]:
    """Cut text into title, headings and paragraphs, one block per non-empty, non-boilerplate line.

    News text puts a paragraph on a line of its own; a short line with no closing punctuation is a
    heading, and the first line is the title. Sentences are later split inside blocks only, so a
    heading never runs into the paragraph after it.
    """
    blocks: list[Block] = []
    for match in re.finditer(r"[^\r\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped or is_boilerplate(stripped):
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        if not blocks:
            section = "title"
            suffix = TITLE_SUFFIX.search(stripped)
            if suffix and len(stripped[: suffix.start()].split()) >= 3:
                end = start + suffix.start()
        elif not SENTENCE_END.search(stripped) and len(stripped.split()) <= 20:
            section = "heading"
        else:
            section = "paragraph"
            dateline = DATELINE.match(stripped) if not any(b.section == "paragraph" for b in blocks) else None
            if dateline:
                # The dateline is a block of its own, so that "JERUSALEM" never becomes a speaker.
                blocks.append(Block(start, start + len(dateline.group().rstrip(" -–—")),
                                    text[start:start + len(dateline.group().rstrip(" -–—"))], "dateline"))
                start += dateline.end()
        blocks.append(Block(start, end, text[start:end], section))
    return blocks


def article_from_text(text: str, doc: str, meta: dict[str, Any] | None = None,
                      path: str | None = None) -> Article:
    """An article from decoded text and optional metadata (title, date/published, source, url)."""
    meta = meta or {}
    blocks = split_blocks(text)
    if not blocks:
        raise IngestError(f"{path or doc}: no article text (only boilerplate)")
    title = meta.get("title") or (blocks[0].text if blocks[0].section == "title" else None)
    published = meta.get("published") or meta.get("date")
    return Article(
        doc=doc, text=text, blocks=blocks, title=title,
        published=_iso_date(published, path or doc),
        source=meta.get("source"), url=meta.get("url"), language=meta.get("language"), path=path,
    )


def _iso_date(value: Any, name: str) -> str | None:
    if value in (None, ""):
        return None
    match = re.match(r"^(\d{4}-\d{2}-\d{2})", str(value))
    if not match:
        raise IngestError(f"{name}: date {value!r} is not YYYY-MM-DD")
    return match.group(1)


def _read_meta(path: Path) -> dict[str, Any]:
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise IngestError(f"{meta_path}: unreadable metadata ({error})") from None
    if not isinstance(meta, dict):
        raise IngestError(f"{meta_path}: metadata must be a JSON object")
    return meta


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(f"{path}: too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)")
        return path.read_bytes()
    except OSError as error:
        raise IngestError(f"{path}: cannot read ({error.strerror or error})") from None


def _records(path: Path, text: str) -> Iterator[tuple[int, Any]]:
    if path.suffix == ".jsonl":
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as error:
                    yield number, IngestError(f"{path}:{number}: malformed JSON ({error.msg})")
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise IngestError(f"{path}: malformed JSON ({error.msg} at line {error.lineno})") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise IngestError(f"{path}: JSON must be an object or a list of objects with a 'text' field")
    yield from enumerate(data, 1)


def _article_from_record(record: Any, path: Path, number: int) -> Article:
    where = f"{path}:{number}" if path.suffix == ".jsonl" else f"{path} (record {number})"
    if isinstance(record, IngestError):
        raise record
    if not isinstance(record, dict):
        raise IngestError(f"{where}: not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(f"{where}: no 'text' field with article text")
    doc = str(record.get("id") or f"{path.stem}-{number}")
    return article_from_text(text, doc, record, path=where)


class _VisibleText(HTMLParser):
    """Collects an HTML page's visible text, one line per block element."""

    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "title", "div", "br", "blockquote", "article"}
    HIDDEN = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def read_path(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Article | IngestError]:
    """The articles of one file; a bad file or record yields an IngestError instead of raising."""
    try:
        text = decode(_read_bytes(path, max_bytes), str(path))
        suffix = path.suffix.lower()
        if suffix in (".json", ".jsonl"):
            for number, record in _records(path, text):
                try:
                    yield _article_from_record(record, path, number)
                except IngestError as error:
                    yield error
            return
        meta = _read_meta(path)
        if suffix in (".html", ".htm"):
            text = html_to_text(text)
        yield article_from_text(text, path.stem, meta, path=str(path))
    except IngestError as error:
        yield error


def find_inputs(inputs: Iterable[Path]) -> list[Path]:
    """Input files, with directories expanded (recursively, sorted) to the files ingest reads."""
    files: list[Path] = []
    for path in inputs:
        if not path.exists():
            raise IngestError(f"{path}: no such file or directory")
        if path.is_dir():
            files.extend(
                sorted(child for child in path.rglob("*")
                       if child.is_file() and child.suffix.lower() in SUFFIXES
                       and not child.name.endswith(".meta.json"))
            )
        else:
            files.append(path)
    return files
