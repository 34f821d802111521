"""Reading articles: decode, strip boilerplate, split title / headings / paragraphs, keep offsets.

Every block keeps its character offsets into the article's *decoded text*, so that everything
extracted later points back to the exact characters it came from
(``article.text[block.start:block.end] == block.text``). The decoded text is:

- for ``.txt``: the file decoded, nothing else changed (CRLF stays CRLF, tabs and no-break spaces
  stay; only a byte-order mark is dropped, as decoding does);
- for ``.json`` / ``.jsonl``: a record's ``text`` field (an object, or a list of objects, with
  ``text`` and optional ``id``, ``title``, ``date`` or ``published``, ``url``, ``source``, ``language``);
- for ``.html``: the page's visible text, one line per block element (scripts, menus, headers and
  footers left out; only the ``<article>`` or ``<main>`` element when the page has one).

Metadata for a ``.txt`` or ``.html`` file comes from ``NAME.meta.json`` beside it (the same fields).

Encodings, a deliberate choice: UTF-8 (with or without BOM) and UTF-16 / UTF-32 *with* a BOM are
decoded. Anything else (Latin-1, Windows-1252, UTF-16 without BOM) is refused with a clear "not
UTF-8" line rather than guessed: a wrong guess silently changes letters, and offsets must point into
the text the user has. ``iconv -f latin1 -t utf-8`` fixes such a file. An HTML page that declares its
charset (``<meta charset=...>``) is decoded with it, since that is declared, not guessed.

Limits: a file larger than ``MAX_BYTES`` is refused before it is read (the size is checked first, and
reading stops at the limit anyway); ``.jsonl`` is streamed line by line, so it may be any size, with
each line up to ``MAX_BYTES``. Paragraphs longer than ``MAX_BLOCK_CHARS`` are cut at sentence ends, so
that spaCy never sees a text it refuses or chokes on.

Document ids are the file's stem or a record's ``id``, kept as written (``../../etc/x`` stays the id);
they are data, never paths: every IRI and file name made from them goes through ``records.slug``.

Errors: ``read_path`` never raises for a bad file; it yields an ``IngestError`` whose message is one
line naming the file (and record) and the problem, so a batch reports it and carries on.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import json
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from .errors import NewsgraphError
from .records import slug

__all__ = [
    "Article",
    "Block",
    "IngestError",
    "MAX_BYTES",
    "MAX_BLOCK_CHARS",
    "SUFFIXES",
    "article_from_text",
    "decode",
    "find_inputs",
    "html_to_text",
    "is_boilerplate",
    "iso_date",
    "read_articles",
    "read_files",
    "read_path",
    "report_error",
    "split_blocks",
]

SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")
MAX_BYTES = 10_000_000  # an article is rarely 100 KB; a bigger .txt or .html is a dump, not an article
MAX_BLOCK_CHARS = 20_000  # a news paragraph is rarely 2,000; spaCy refuses texts over 1,000,000
MAX_ID_CHARS = 500
MAX_BAD_RECORDS = 100  # a file whose first records are all bad is not read further
BOILERPLATE_FILE = Path(__file__).resolve().parent.parent / "ontology" / "boilerplate.txt"
META_FIELDS = ("title", "date", "published", "url", "source", "language")

# A site name after a dash or bar at the end of a title: " – RT in French", " | Reuters", " - BBC News".
TITLE_SUFFIX = re.compile(r"\s+[-–—|•·]\s+(?P<site>[A-Z0-9][^–—|]{0,39})$")
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
# A wire dateline before the first paragraph: "JERUSALEM, Aug 13 (Reuters) - ", "DETROIT (AP) — ",
# "HALIFAX, Nova Scotia (LPS) — ", "SAN JOSE, Costa Rica, May 2 (AP) - ", "SAN SALVADOR DE JUJUY, Argentina,
# May 8 - ", "WARSAW, 14 January (Polish Press Service, translated from Polish) - ", "KYIV/MOSCOW, Oct 2 – ".
# Without a date or an agency ("WASHINGTON — President ..."), the place must be five letters or more
# and the dash followed by a capital, so that "NATO – the alliance said" and "UN - The body" keep
# their speaker. With a date, as agencies of other languages write it, the place may be in title case and
# the date end with a full stop, the Russian agency's name between slashes or the Spanish ".-":
# "MOSCOW, August 18. /Vestnik-Inform/. ", "Aguililla, Michoacán, 18 of March.- ", "RĒZEKNE, 20 May. ",
# "Ouagadougou, 14 May (Sahel Hebdo) – ".
_PLACE = r"[A-ZÀ-ÖØ-ÞĀ-ſ][A-ZÀ-ÖØ-ÞĀ-ſ.'’ /-]"  # "SAN JOSÉ", "BOGOTÁ", "RĒZEKNE": capitals, accented ones too
# ", Costa Rica", ", May 2", ", 14 January", ", 2026"
_PLACE_OR_DATE = r",\s*(?:\d{1,2}\s+)?[A-Z][A-Za-z]*\.?(?:\s+[A-Z][a-z]+)?(?:\s+\d{1,2})?(?:,\s*\d{4})?"
_TITLE_PLACE = r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zà-öø-ÿĀ-ſ'’-]+(?:[ /][A-ZÀ-ÖØ-ÞĀ-ſ][a-zà-öø-ÿĀ-ſ'’-]+){0,3}"
_DATE = r",\s*(?:\d{1,2}\s+(?:of\s+)?[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})"  # ", 18 of March", ", Aug 13"
DATELINE = re.compile(
    rf"^(?:(?:{_PLACE}{{1,40}}(?:{_PLACE_OR_DATE}){{0,2}}\s*\([^)]{{1,60}}\)"
    rf"|{_PLACE}{{1,40}}(?:{_PLACE_OR_DATE}){{1,2}}"
    rf"|{_PLACE}{{3,39}}[A-ZÀ-ÖØ-ÞĀ-ſ](?=\s*[-–—]{{1,2}}\s+[A-Z“\"'‘0-9]))"
    r"\s*[-–—]{1,2}\s+(?=\S)"
    rf"|(?:{_PLACE}{{2,40}}|{_TITLE_PLACE}(?:,\s*{_TITLE_PLACE})?){_DATE}(?:\s*\([^)]{{1,60}}\))?"
    r"(?:\s*[-–—]{1,2}\s+|\.-\s*|\.\s*/[^/\n]{1,60}/\.?\s+|\.\s+)(?=[A-Z“\"'‘«])"
    rf"|{_TITLE_PLACE}\s*\([^)]{{1,60}}\)\s*[-–—]{{1,2}}\s+(?=\S)"
    # ("Maputo – The Government accused", "Jakarta - The army said": one word of a place and a sentence)
    r"|[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{3,}\s+[-–—]\s+(?=(?:The|A|An)\s))")
# A line of its own before the story naming where and who sent it: "Sanaa – Tihama Horizon Net".
PLACE_AND_OUTLET = re.compile(rf"^({_TITLE_PLACE})\s+[-–—]\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,4}}$")
# Encodings recognised by their byte-order mark; UTF-32 first, since its LE mark starts like UTF-16's.
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Words after which a line cannot end a title or heading: the sentence goes on on the next line.
JOINING_WORDS = frozenset("a an and as at but by for from in into of on or that the to with".split())
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


class IngestError(NewsgraphError):
    """An input that cannot be read as an article; the message names it and says why, in one line."""


@dataclass
class Block:
    """A title, heading, dateline or paragraph: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str
    section: str  # "title", "heading", "dateline" or "paragraph"


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


# --- decoding ---------------------------------------------------------------------------------------

def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16/32 with a BOM; refuse anything else clearly."""
    if not data:
        raise IngestError(f"{name}: empty file")
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                raise IngestError(f"{name}: not valid {codec.upper().removesuffix('-SIG')} ({error.reason})") from None
            break
    else:
        if _looks_utf16(data):
            raise IngestError(f"{name}: UTF-16 without a byte-order mark; re-encode it as UTF-8")
        if _looks_binary(data):
            raise IngestError(f"{name}: binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise IngestError(
                f"{name}: not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}; "
                "Latin-1 or Windows-1252?); re-encode it as UTF-8"
            ) from None
    if "\x00" in text or _control_share(text) > 0.05:
        raise IngestError(f"{name}: binary file, not text")
    if not text.strip():
        raise IngestError(f"{name}: only white space")
    return text


# Control characters that text does not hold, and the bytes that are not printable (counted with
# bytes.translate and a regex, not in a Python loop: these run on every file).
_CONTROL_BYTES = bytes(byte for byte in range(32) if byte not in b"\r\n\t\f\v\x1b")
_UNPRINTABLE_BYTES = bytes(byte for byte in range(32) if byte not in b"\r\n\t")
_CONTROL_CHARS = re.compile("[" + re.escape(_CONTROL_BYTES.decode("ascii")) + "]")


def _looks_binary(data: bytes) -> bool:
    # Text in UTF-8 has no NUL bytes and few control bytes; images, archives and PDFs have many.
    sample = data[:8192]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return b"\x00" in sample or controls / len(sample) > 0.05


def _looks_utf16(data: bytes) -> bool:
    # Latin text in UTF-16 is a NUL in every other byte (even offsets for BE, odd for LE) and
    # printable characters in between; a file of zeros is binary, not UTF-16.
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return False
    for zeros, letters in ((sample[0::2], sample[1::2]), (sample[1::2], sample[0::2])):
        if zeros.count(0) > 0.6 * half:
            printable = len(letters.translate(None, _UNPRINTABLE_BYTES))
            if printable > 0.8 * half:
                return True
    return False


def _control_share(text: str) -> float:
    sample = text[:8192]
    return len(_CONTROL_CHARS.findall(sample)) / max(1, len(sample))


def _clean_string(value: str) -> str:
    """JSON can carry unpaired surrogates ("\\ud800"), which cannot be written as UTF-8 later.

    Each becomes U+FFFD, one character for one, so offsets into the text stay where they were.
    """
    return LONE_SURROGATE.sub("\ufffd", value)


# --- boilerplate and blocks -------------------------------------------------------------------------

def _boilerplate_pattern() -> re.Pattern[str]:
    try:
        lines = BOILERPLATE_FILE.read_text(encoding="utf-8").splitlines()
        patterns = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
        return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)
    except (OSError, UnicodeDecodeError, re.error) as error:
        raise NewsgraphError(f"{BOILERPLATE_FILE}: cannot read the boilerplate patterns ({error})") from None


_BOILERPLATE: re.Pattern[str] | None = None


def is_boilerplate(line: str) -> bool:
    """Whether a whole line is page furniture (``ontology/boilerplate.txt``), not article text."""
    global _BOILERPLATE
    if _BOILERPLATE is None:
        _BOILERPLATE = _boilerplate_pattern()
    return _BOILERPLATE.fullmatch(line.strip()) is not None


def _lines(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, follows_directly) of each line with text, stripped, boilerplate left out.

    ``follows_directly`` says the line comes right after the previous kept line, with one line
    break and no blank or boilerplate line between them.
    """
    previous_end = None
    for match in re.finditer(r"[^\r\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped or is_boilerplate(stripped):
            continue
        start = match.start() + len(raw) - len(raw.lstrip())
        end = start + len(stripped)
        gap = text[previous_end:start] if previous_end is not None else "x"
        breaks = gap.count("\n") + gap.count("\r") - gap.count("\r\n")
        yield start, end, breaks == 1 and not gap.strip()
        previous_end = end


def _continues(text: str, previous: tuple[int, int], start: int) -> bool:
    """Whether a line continues the paragraph of the line before it (text wrapped at a fixed width).

    Only when the sentence visibly goes on: the previous line does not end a sentence, and this line
    starts in lower case, or the previous one ends with a comma, a hyphen or a word such as "and" or
    "of" that cannot end a heading. Headings stay blocks of their own.
    """
    before = text[previous[0]:previous[1]]
    if SENTENCE_END.search(before):
        return False
    last_word = before.rsplit(None, 1)[-1]
    return text[start].islower() or before[-1] in ",;-–—(" or last_word in JOINING_WORDS


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut an overlong block at sentence ends (else at a space) into pieces of MAX_BLOCK_CHARS at most."""
    while end - start > MAX_BLOCK_CHARS:
        window = text[start:start + MAX_BLOCK_CHARS]
        cut = max((m.end() for m in re.finditer(r"[.!?…][\"'”’»)\]]*\s", window)), default=0)
        if cut < MAX_BLOCK_CHARS // 2:
            cut = window.rfind(" ") + 1 if window.rfind(" ") > MAX_BLOCK_CHARS // 2 else MAX_BLOCK_CHARS
        piece_end = start + len(window[:cut].rstrip())
        yield start, piece_end
        start += cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


def split_blocks(text: str, title: str | None = None) -> list[Block]:
    """Cut text into title, headings and paragraphs; sentences are later split inside blocks only.

    News text puts a paragraph on a line of its own. The first line is the title (its trailing
    " – SITE" left out) unless metadata gives a different title or it is plainly a long paragraph; a
    short line with no closing punctuation is a heading; a wire dateline ("DETROIT (AP) — ") at the
    start of the first paragraph is a block of its own, so "DETROIT" never becomes a speaker. A
    heading never runs into the paragraph after it, because it is a block of its own.
    """
    pieces: list[list[int]] = []
    for start, end, follows in _lines(text):
        joinable = len(pieces) > 1 or pieces and not _is_title(text[pieces[0][0]:pieces[0][1]], title)
        if follows and joinable and _continues(text, (pieces[-1][0], pieces[-1][1]), start):
            pieces[-1][1] = end  # a wrapped line: the paragraph goes on (a title never does)
        else:
            pieces.append([start, end])
    blocks: list[Block] = []
    for number, (start, end) in enumerate(pieces):
        line = text[start:end]
        if number == 0 and _is_title(line, title):
            suffix = TITLE_SUFFIX.search(line)
            # (a source the story names after a dash is no site: "Russian drone hit an ambulance – Ministry of Health")
            source = suffix is not None and suffix.group().lstrip()[0] in "–—" and suffix.group("site") in text[end:]
            if suffix and len(line[:suffix.start()].split()) >= 3 and len(suffix.group("site").split()) <= 6 \
                    and not source:
                end = start + suffix.start()
            blocks.append(Block(start, end, text[start:end], "title"))
            continue
        before_story = not any(block.section == "paragraph" for block in blocks)
        sent_from = PLACE_AND_OUTLET.match(line) if before_story else None
        if sent_from:
            blocks.append(Block(start, start + sent_from.end(1), sent_from.group(1), "dateline"))
            continue
        if not SENTENCE_END.search(line) and len(line.split()) <= 20 and len(line) <= 200:
            blocks.append(Block(start, end, line, "heading"))
            continue
        if before_story:
            dateline = DATELINE.match(line)
            if dateline:
                place = line[:dateline.end()].rstrip(" -–—\t\u00a0")
                blocks.append(Block(start, start + len(place), place, "dateline"))
                start += dateline.end()
        blocks.extend(Block(a, b, text[a:b], "paragraph") for a, b in _chunks(text, start, end))
    return blocks


def _is_title(line: str, title: str | None) -> bool:
    if len(line) > 500:
        return False  # a headline is short; this is a paragraph, or a whole article on one line
    if title is not None:
        # Metadata names the title: the first line is it only when it says the same.
        return " ".join(line.split()).casefold().startswith(" ".join(title.split()).casefold())
    # A long first line that ends a sentence is the first paragraph.
    return not (SENTENCE_END.search(line) and len(line.split()) > 40)


# --- articles and metadata --------------------------------------------------------------------------

def article_from_text(text: str, doc: str, meta: dict[str, Any] | None = None,
                      path: str | None = None) -> Article:
    """An article from decoded text and optional metadata (title, date/published, source, url, language)."""
    name = path or doc
    fields = _meta_fields(meta or {}, name)
    text = _clean_string(text)
    blocks = split_blocks(text, fields.get("title"))
    if not blocks:
        raise IngestError(f"{name}: no article text (only boilerplate)")
    title = fields.get("title") or (blocks[0].text if blocks[0].section == "title" else None)
    return Article(
        doc=doc, text=text, blocks=blocks, title=title,
        published=iso_date(fields.get("published") or fields.get("date"), name),
        source=fields.get("source"), url=fields.get("url"), language=fields.get("language"), path=path,
    )


def _meta_fields(meta: dict[str, Any], name: str) -> dict[str, str]:
    """The metadata fields newsgraph uses, checked: each is a string (or absent / null)."""
    fields: dict[str, str] = {}
    for key in META_FIELDS:
        value = meta.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise IngestError(f"{name}: {key!r} must be a string, not {_json_type(value)}")
        value = " ".join(_clean_string(value).split())  # one line: titles end up in tables and HTML
        if value:
            fields[key] = value
    return fields


def iso_date(value: Any, name: str) -> str | None:
    """``YYYY-MM-DD`` from a date or a timestamp that starts with one; a clear error otherwise."""
    if value in (None, ""):
        return None
    match = re.match(r"^(\d{4}-\d{2}-\d{2})(?:$|[T ])", str(value).strip())
    if not match:
        raise IngestError(f"{name}: date {value!r} is not YYYY-MM-DD")
    try:
        return _dt.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        raise IngestError(f"{name}: date {value!r} is not a real day (YYYY-MM-DD)") from None


_iso_date = iso_date  # graph.build imports the older private name


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number")


def _read_meta(path: Path) -> dict[str, Any]:
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.is_file():
        return {}
    try:
        meta = json.loads(decode(_read_bytes(meta_path, MAX_BYTES), str(meta_path)))
    except (json.JSONDecodeError, RecursionError) as error:
        reason = error.msg if isinstance(error, json.JSONDecodeError) else "nested too deeply"
        raise IngestError(f"{meta_path}: malformed metadata JSON ({reason}); {path.name} skipped") from None
    if not isinstance(meta, dict):
        raise IngestError(f"{meta_path}: metadata must be a JSON object, not {_json_type(meta)}; "
                          f"{path.name} skipped")
    return meta


# --- reading files ----------------------------------------------------------------------------------

def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _open_regular(path: Path) -> tuple[BinaryIO, int]:
    """An open regular file and its size; a clear error for links to nowhere, folders, pipes."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise IngestError(f"{path}: broken symbolic link (to {os.readlink(path)}, which does not exist)") from None
        raise IngestError(f"{path}: no such file") from None
    except OSError as error:
        raise IngestError(f"{path}: cannot read ({_reason(error)})") from None
    if stat.S_ISDIR(info.st_mode):
        try:
            os.listdir(path)  # find_inputs passes on only the folders it could not list
        except OSError as error:
            raise IngestError(f"{path}: cannot open folder ({_reason(error)})") from None
        raise IngestError(f"{path}: is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        # Never open a pipe or a device: reading one can block forever.
        raise IngestError(f"{path}: not a regular file (a pipe, socket or device)")
    try:
        return path.open("rb"), info.st_size
    except OSError as error:
        raise IngestError(f"{path}: cannot read ({_reason(error)})") from None


def _too_large(path: Path, size: int, max_bytes: int) -> IngestError:
    return IngestError(f"{path}: too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:g} MB); "
                       "split it, or use .jsonl (one article per line)")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; the size limit is checked before reading, and reading stops at it anyway."""
    stream, size = _open_regular(path)
    with stream:
        if size > max_bytes:
            raise _too_large(path, size, max_bytes)
        try:
            data = stream.read(max_bytes + 1)
        except OSError as error:
            raise IngestError(f"{path}: cannot read ({_reason(error)})") from None
    if len(data) > max_bytes:  # it grew after the check
        raise _too_large(path, len(data), max_bytes)
    return data


def _json_records(path: Path, text: str) -> Iterator[tuple[str, Any]]:
    """(where, record) for each record of a .json file: one object, or a list of objects."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise IngestError(f"{path}: malformed JSON ({error.msg} at line {error.lineno})") from None
    except RecursionError:
        raise IngestError(f"{path}: malformed JSON (nested too deeply)") from None
    if isinstance(data, dict):
        yield str(path), data
        return
    if not isinstance(data, list) or not any(isinstance(item, dict) for item in data):
        found = "an empty list" if data == [] else _json_type(data) if not isinstance(data, list) else "a list without objects"
        raise IngestError(f"{path}: JSON must be an object or a list of objects with a 'text' field, not {found}")
    for number, record in enumerate(data, 1):
        yield f"{path} (record {number})", record


def _jsonl_records(path: Path, max_bytes: int) -> Iterator[tuple[str, Any]]:
    """(where, record or IngestError) for each line of a .jsonl file, read as a stream.

    The file may be any size; each line may be up to ``max_bytes``. JSON Lines is UTF-8; a UTF-16/32
    file with a BOM is read whole instead (within the size limit).
    """
    stream, size = _open_regular(path)
    with stream:
        head = stream.read(8192)
        if not head:
            raise IngestError(f"{path}: empty file")
        if any(head.startswith(bom) for bom, codec in BOMS if codec != "utf-8-sig"):
            stream.close()
            lines: Iterable[bytes] = [line.encode("utf-8") for line in
                                      decode(_read_bytes(path, max_bytes), str(path)).split("\n")]
        else:
            if _looks_utf16(head):
                raise IngestError(f"{path}: UTF-16 without a byte-order mark; re-encode it as UTF-8")
            if _looks_binary(head):
                raise IngestError(f"{path}: binary file, not text")
            stream.seek(len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0)
            lines = iter(lambda: stream.readline(max_bytes + 1), b"")
        seen_text = False
        number = 0
        for line in lines:
            number += 1
            where = f"{path}:{number}"
            if len(line) > max_bytes and not line.endswith(b"\n"):
                for rest in iter(lambda: stream.readline(max_bytes), b""):  # skip the rest of the line
                    if rest.endswith(b"\n"):
                        break
                yield where, IngestError(f"{where}: line longer than the limit of {max_bytes / 1e6:g} MB")
                continue
            if not line.strip():
                continue
            seen_text = True
            yield where, _json_line(line, where)
        if not seen_text:
            raise IngestError(f"{path}: only white space" if number else f"{path}: empty file")


def _json_line(line: bytes, where: str) -> Any:
    """One JSON Lines record, or the IngestError that says why it is not one.

    Lines are split on "\n" only (not with ``splitlines``): U+2028 and friends may stand raw inside
    JSON strings.
    """
    try:
        return json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as error:
        return IngestError(f"{where}: not UTF-8 (byte 0x{line[error.start]:02x}); re-encode the file as UTF-8")
    except json.JSONDecodeError as error:
        return IngestError(f"{where}: malformed JSON ({error.msg})")
    except RecursionError:
        return IngestError(f"{where}: malformed JSON (nested too deeply)")


def _article_from_record(record: Any, where: str, default_doc: str) -> Article:
    if isinstance(record, IngestError):
        raise record
    if not isinstance(record, dict):
        raise IngestError(f"{where}: a record must be a JSON object, not {_json_type(record)}")
    text = record.get("text")
    if text is None:
        keys = ", ".join(sorted(map(str, record))[:6]) or "none"
        raise IngestError(f"{where}: no 'text' field (fields: {keys}); each record needs the article text")
    if not isinstance(text, str):
        raise IngestError(f"{where}: 'text' must be a string, not {_json_type(text)}")
    if not text.strip():
        raise IngestError(f"{where}: 'text' is empty")
    return article_from_text(text, _record_id(record.get("id"), where, default_doc), record, path=where)


def _record_id(value: Any, where: str, default: str) -> str:
    """A record's id as a one-line string; it stays data (see the module docstring on ids)."""
    if value is None or value == "":
        return default
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise IngestError(f"{where}: 'id' must be a string or a number, not {_json_type(value)}")
    doc = _clean_string(str(value)).strip()
    if not doc or any(ord(char) < 32 or ord(char) == 127 for char in doc) or len(doc) > MAX_ID_CHARS:
        raise IngestError(f"{where}: 'id' must be one line of at most {MAX_ID_CHARS} characters")
    return doc


# --- HTML -------------------------------------------------------------------------------------------

class _VisibleText(HTMLParser):
    """Collects an HTML page's visible text, one line per block element, and its metadata."""

    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "br", "blockquote", "article", "main",
              "section", "figcaption", "td", "th", "tr", "dt", "dd", "hr", "pre", "ul", "ol", "table"}
    HIDDEN = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "template",
              "svg", "button", "select", "head", "iframe", "object"}
    VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}
    META = {"og:title": "title", "article:published_time": "date", "date": "date", "pubdate": "date",
            "og:url": "url", "og:site_name": "source", "dc.date": "date"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []  # the whole page's visible text
        self.main: list[str] = []  # the text inside <article> / <main>, when the page has one
        self.hidden: list[str] = []  # open hidden elements
        self.inside_main = 0
        self.title: list[str] = []
        self.in_title = False
        self.saw_h1 = False
        self.meta: dict[str, str] = {}

    def _emit(self, chunk: str) -> None:
        self.parts.append(chunk)
        if self.inside_main:
            self.main.append(chunk)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key.lower(): value or "" for key, value in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            if key in self.META and values.get("content"):
                self.meta.setdefault(self.META[key], values["content"])
        elif tag == "link" and "canonical" in values.get("rel", "").lower() and values.get("href"):
            self.meta.setdefault("url", values["href"])
        elif tag == "html" and values.get("lang"):
            self.meta.setdefault("language", values["lang"].split("-")[0].lower())
        elif tag == "title":
            self.in_title = True
        if tag in self.VOID:
            if tag in self.BLOCKS and not self.hidden:
                self._emit("\n")
            return
        if tag == "body" and "head" in self.hidden:
            del self.hidden[self.hidden.index("head"):]  # a <head> left open ends where <body> starts
        if tag in self.HIDDEN and not (tag == "header" and self.inside_main):
            # A page's <header> is its banner; an article's <header> holds the headline.
            self.hidden.append(tag)
        elif not self.hidden:
            self.saw_h1 |= tag == "h1"
            if tag in ("article", "main"):
                self.inside_main += 1
            if tag in self.BLOCKS:
                self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self.HIDDEN and tag in self.hidden:
            # Close the innermost open element of that name (and any left unclosed inside it).
            del self.hidden[len(self.hidden) - 1 - self.hidden[::-1].index(tag):]
        elif not self.hidden and tag in self.BLOCKS:
            self._emit("\n")
            if tag in ("article", "main"):
                self.inside_main = max(0, self.inside_main - 1)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self._emit(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """The visible text of a page (blocks separated by blank lines) and the metadata its head gives.

    The ``<title>`` (usually "Headline – Site") becomes the first line only when the page has no
    ``<h1>``, so that the headline is not read twice.
    """
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    body = parser.main if "".join(parser.main).strip() else parser.parts
    lines = [line.strip() for line in "".join(body).split("\n")]
    title = " ".join("".join(parser.title).split())
    if title and not parser.saw_h1:
        lines.insert(0, title)
    meta = dict(parser.meta)
    try:
        iso_date(meta.get("date"), "")
    except IngestError:
        del meta["date"]  # pages write dates every way; only ISO ones are taken on trust
    return "\n\n".join(line for line in lines if line), meta


def _decode_html(data: bytes, name: str) -> str:
    """UTF-8 as everywhere, else the charset the page declares (``<meta charset=...>``)."""
    try:
        return decode(data, name)
    except IngestError:
        declared = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", data[:4096], re.IGNORECASE)
        if not declared:
            raise
        try:
            text = data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            raise IngestError(f"{name}: cannot decode as its declared charset {declared.group(1).decode('ascii')!r}") from None
        if not text.strip():
            raise IngestError(f"{name}: only white space") from None
        return text


# --- files and folders ------------------------------------------------------------------------------

def read_path(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Article | IngestError]:
    """The articles of one file; a bad file or record yields an ``IngestError`` instead of raising."""
    path = Path(path)
    try:
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from _articles_of_records(_jsonl_records(path, max_bytes), path)
        elif suffix == ".json":
            text = decode(_read_bytes(path, max_bytes), str(path))
            yield from _articles_of_records(_json_records(path, text), path)
        elif suffix in (".html", ".htm"):
            text, page_meta = html_to_text(_decode_html(_read_bytes(path, max_bytes), str(path)))
            if not text.strip():
                raise IngestError(f"{path}: no visible text in the page")
            yield article_from_text(text, path.stem, {**page_meta, **_read_meta(path)}, path=str(path))
        else:
            text = decode(_read_bytes(path, max_bytes), str(path))
            yield article_from_text(text, path.stem, _read_meta(path), path=str(path))
    except IngestError as error:
        yield error
    except NewsgraphError:
        raise  # not about this file (a broken installation): it ends the run, with one line
    except Exception as error:  # noqa: BLE001 - one file must not end a batch, whatever is in it
        if os.environ.get("NEWSGRAPH_DEBUG"):
            raise
        yield IngestError(f"{path}: cannot read: {type(error).__name__}: {' '.join(str(error).split())}")


def _articles_of_records(records: Iterator[tuple[str, Any]], path: Path) -> Iterator[Article | IngestError]:
    """Articles of the records, each bad record reported on its own line.

    When no record of a file can be read at all, the file gets one line instead of one per record
    (and reading stops after ``MAX_BAD_RECORDS``), so a file that is not JSON Lines does not flood
    the terminal.
    """
    bad: list[IngestError] = []
    good = False
    for number, (where, record) in enumerate(records, 1):
        # A file holding one object is named after the file, like a .txt; records of a list get numbers.
        default = path.stem if where == str(path) else f"{path.stem}-{number}"
        try:
            article = _article_from_record(record, where, default)
        except IngestError as error:
            if good:
                yield error
                continue
            bad.append(error)
            if len(bad) >= MAX_BAD_RECORDS:
                break
            continue
        if not good:
            good = True
            yield from bad
        yield article
    if bad and not good:
        if len(bad) == 1:
            yield bad[0]
        else:
            # "path:3: why" -> "line 3: why"; "path (record 3): why" -> "(record 3): why"
            first = str(bad[0]).removeprefix(str(path))
            first = f"line {first[1:]}" if first.startswith(":") else first.strip()
            more = "first" if len(bad) < MAX_BAD_RECORDS else f"stopped after {len(bad)}; first"
            yield IngestError(f"{path}: no record could be read ({len(bad)} bad, {more}: {first})")


def find_inputs(inputs: Iterable[Path]) -> list[Path]:
    """Input files, with folders expanded (recursively, sorted) to the files ingest reads.

    A missing input is an error (a typo should stop a long build before it starts). Inside folders,
    hidden files and folders (``.git``, editors' and newsgraph's own ``.*.tmp`` files) and
    ``NAME.meta.json`` are left out; links to nowhere, pipes and folders that cannot be listed are
    kept, so that reading them reports them. Each file is listed once.
    """
    files: list[Path] = []
    for path in map(Path, inputs):
        try:
            is_folder = stat.S_ISDIR(os.stat(path).st_mode)  # one stat: a rebuild lists 10,000 files again
        except OSError:
            if not os.path.lexists(path):
                raise IngestError(f"{path}: no such file or directory") from None
            is_folder = False  # a link to nowhere, or a file that cannot be seen: reading it says why
        if not is_folder:
            files.append(path)
            continue
        found: list[str] = []

        def unlistable(error: OSError) -> None:
            if error.filename:
                found.append(str(error.filename))

        # Links to folders are not followed (they can loop); a link to a file is listed like a file.
        for folder, dirs, names in os.walk(path, onerror=unlistable):
            dirs[:] = [name for name in dirs if not name.startswith(".")]
            for name in names:
                if (not name.startswith(".") and name.lower().endswith(SUFFIXES)
                        and not name.lower().endswith(".meta.json")):
                    found.append(os.path.join(folder, name))
        # Sorted as paths are (part by part), on strings: faster than comparing Path objects.
        files.extend(map(Path, sorted(found, key=lambda name: name.split(os.sep))))
    unique: dict[str, Path] = {}
    for file in files:
        unique.setdefault(os.path.abspath(file), file)
    return list(unique.values())


# --- many files ---------------------------------------------------------------------------------------

def report_error(error: Exception) -> None:
    print(f"newsgraph: {error}", file=sys.stderr)


def read_articles(paths: Iterable[Path], on_error: Callable[[Exception], None] = report_error,
                  read: Callable[[Path], Iterable[Any]] = read_path) -> Iterator[Article]:
    """Articles from files and folders; a bad file or record goes to ``on_error``.

    Document ids must differ after ``slug``, which makes their IRIs: "Report 1" and "report-1" would
    share one named graph, and the second would silently replace the first. ``read`` reads one file
    (``ingest.read_path``; a build's cache passes one that knows unchanged files without reading them).
    """
    yield from read_files(find_inputs(paths), on_error, read)


def read_files(files: Iterable[Path], on_error: Callable[[Exception], None] = report_error,
               read: Callable[[Path], Iterable[Any]] = read_path) -> Iterator[Article]:
    """``read_articles`` of files already found (``find_inputs``), which are not looked at again."""
    seen: dict[str, str] = {}
    for path in files:
        for item in read(path):
            if isinstance(item, IngestError):
                on_error(item)
                continue
            key = slug(item.doc)
            if key in seen:
                same = "" if seen[key] == item.doc else f" (the same IRI as {seen[key]!r})"
                on_error(IngestError(f"{item.path}: duplicate document id {item.doc!r}{same}; skipped"))
            else:
                seen[key] = item.doc
                yield item
