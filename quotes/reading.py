"""Reading stage: turn files (.txt, JSON Lines, CSV) into :class:`Article` records.

Readers stream: each yields articles one at a time, so a large JSON Lines or CSV file is never
held in memory whole. A document that cannot be read is reported as a :class:`ReadError` record
(with its reason) instead of stopping the batch.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Iterator

MAX_CHARS = 2_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_GLUED_DATE = re.compile(rf"\s*((?:{_MONTHS})\.? \d{{1,2}}, \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})(?=\S)")
_HTML = re.compile(r"<(html|body|div|p|script|head)\b", re.I)
_CAPS = r"[A-Z][A-Z.'’&-]*(?:\s[A-Z][A-Z.'’&-]*){0,3}"
_PLACE = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}"
_AGENCY = r"(?:\([A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)|/[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?/)"  # "(AP)", "/PRNewswire/"
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}"
_DAY = rf",\s{_MONTH_DAY}(?:,\s\d{{4}})?"
_CLOCK = r"(?:Updated\s)?\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,4})?"  # a live blog's "11:02 a.m. ET"
_DATELINE = re.compile(rf"(?:(?P<caps>{_CAPS})(?:,\s{_PLACE})?(?:{_DAY})?(?:\s{_AGENCY})?"
                       rf"|{_PLACE}(?:,\s{_PLACE})?(?:{_DAY})?\s{_AGENCY}|{_MONTH_DAY}\s{_AGENCY}|{_CLOCK})"
                       r"(?:\s+[—–―-]{1,2}\s+|\s*[—–―]\s*)")


@dataclass
class Article:
    """One input document. ``text`` is the original text; every offset downstream indexes it.

    ``title_span`` and ``date_span`` are ``[start, end]`` offsets of the title line and of a date glued
    to the first paragraph, when the reader found them; ``body_start`` is where the body begins.
    """

    doc_id: str
    text: str
    title: str | None = None
    date: str | None = None
    publisher: str | None = None
    url: str | None = None
    source: str | None = None
    title_span: list[int] | None = None
    date_span: list[int] | None = None
    body_start: int = 0

    def to_dict(self) -> dict:
        """Plain-dict form for JSON."""
        return asdict(self)


@dataclass
class ReadError:
    """A document that was skipped, with the one-line reason."""

    doc_id: str
    source: str
    reason: str


class InputError(ValueError):
    """Text that cannot be processed (empty, binary, too large); the message is the reason."""


def check_text(text: str, max_chars: int = MAX_CHARS) -> None:
    """Raise :class:`InputError` for text the tool refuses: empty, binary or larger than ``max_chars``."""
    if not text.strip():
        raise InputError("empty document")
    if "\x00" in text[:10000]:
        raise InputError("binary content (NUL bytes), not text")
    if len(text) > max_chars:
        raise InputError(f"document too large ({len(text):,} characters; the limit is {max_chars:,})")


def looks_like_html(text: str) -> bool:
    """True when the text looks like an HTML page rather than article text."""
    return bool(_HTML.search(text[:2000]))


def article_from_text(text: str, doc_id: str, title: str | None = None, date: str | None = None,
                      **meta: str | None) -> Article:
    """Build an :class:`Article` from raw text, finding a title line and a glued date like the seed's.

    A first line is the title when a body follows and the line has no final sentence punctuation;
    a date at the very start of the next line ("August 10, 2021The US envoy") is split off.
    """
    article = Article(doc_id=doc_id, text=text, title=title, date=date, publisher=meta.get("publisher"),
                      url=meta.get("url"), source=meta.get("source"))
    lines = text.split("\n")
    first = lines[0].strip()
    if title is None and len(lines) > 1 and any(line.strip() for line in lines[1:]) \
            and first and len(first) < 300 and first[-1] not in ".!?\"”":
        start = text.index(first)
        article.title, article.title_span = first, [start, start + len(first)]
        article.body_start = len(lines[0]) + 1
    match = _GLUED_DATE.match(text, article.body_start)
    if match:
        article.date_span = [match.start(1), match.end(1)]
        if article.date is None:
            article.date = match.group(1)
        article.body_start = match.end(1)
    return article


def dateline_end(text: str, start: int) -> int:
    """Where a paragraph starting at ``start`` begins after its dateline ("WASHINGTON (AP) — ",
    "MANCHESTER, N.H. - ", "New York (AFP) – ", "PARIS, Aug 31 (Reuters) - ", "Dec 29 (Reuters) - ", a press
    release's "SAN FRANCISCO, March 3, 2025 /PRNewswire/ -- ", a live blog's time "11:02 a.m. — "), or
    ``start`` when it has none. A dateline is an upper-case place (one of three letters only before a comma
    or an agency), a place or a day with an agency in brackets, then a dash."""
    match = _DATELINE.match(text, start)
    if match is None:
        return start
    caps = match.group("caps")
    if caps and len(caps) < 4 and text[match.end("caps"):].lstrip()[:1] not in ",(":  # "NATO — " is no place
        return start
    return match.end()


def decode(data: bytes, source: str) -> str:
    """Decode bytes as UTF-8 (with or without BOM); raise :class:`InputError` for anything else."""
    if b"\x00" in data[:10000]:
        raise InputError(f"{source}: binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 text (byte {exc.start}: {data[exc.start:exc.start + 1]!r})") from None


def read_path(path: Path) -> Iterator[Article | ReadError]:
    """Yield the articles of one file: a .txt is one article, .jsonl/.csv one per row."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from _read_jsonl(path)
    elif suffix == ".csv":
        yield from _read_csv(path)
    else:
        try:
            text = decode(path.read_bytes(), str(path))
            yield article_from_text(text, doc_id=path.stem, source=str(path))
        except (OSError, InputError) as exc:
            yield ReadError(path.stem, str(path), str(exc))


def _row_article(row: dict, source: str, number: int) -> Article | ReadError:
    doc_id = str(row.get("id") or row.get("doc_id") or f"{Path(source).stem}-{number}")
    text = row.get("text")
    if not isinstance(text, str):
        return ReadError(doc_id, source, f"row {number}: no 'text' column")
    meta = {k: (str(row[k]) if row.get(k) not in (None, "") else None)
            for k in ("title", "date", "publisher", "url")}
    return article_from_text(text, doc_id, source=source, **meta)


def _read_jsonl(path: Path) -> Iterator[Article | ReadError]:
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                row = json.loads(decode(raw, f"{path}:{number}"))
                if not isinstance(row, dict):
                    raise InputError("a JSON object per line is expected")
            except (ValueError, InputError) as exc:
                yield ReadError(f"{path.stem}-{number}", str(path), f"line {number}: {exc}".splitlines()[0])
                continue
            yield _row_article(row, str(path), number)


def _read_csv(path: Path) -> Iterator[Article | ReadError]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle), 1):
                yield _row_article(row, str(path), number)
    except (UnicodeDecodeError, csv.Error) as exc:
        yield ReadError(path.stem, str(path), f"unreadable CSV: {exc}".splitlines()[0])


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files, folders (recursively: .txt, .jsonl, .csv) and glob patterns, sorted, de-duplicated."""
    found: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*"))
                         if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | TABLE_SUFFIXES)
        elif path.exists():
            found.append(path)
        else:
            matches = sorted(Path().glob(str(item))) if any(c in str(item) for c in "*?[") else []
            if not matches:
                raise FileNotFoundError(f"no such file, folder or pattern: {item}")
            found.extend(p for p in matches if p.is_file())
    seen: set[Path] = set()
    return [p for p in found if not (p.resolve() in seen or seen.add(p.resolve()))]


def unread_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files inside the given folders that :func:`expand_paths` leaves out, their suffix being none it reads
    ("page.html", "notes.pdf"; hidden files aside), sorted."""
    return [p for item in paths if Path(item).is_dir() for p in sorted(Path(item).rglob("*"))
            if p.is_file() and p.suffix.lower() not in TEXT_SUFFIXES | TABLE_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(item).parts)]


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | ReadError]:
    """Yield every article (or read error) from the given files, folders and globs, in a stable order."""
    for path in expand_paths(paths):
        yield from read_path(path)
