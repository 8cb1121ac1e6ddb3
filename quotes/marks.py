"""Quotation-mark stage: find the quoted spans of a text from its quotation marks alone.

Pure functions over a string; no parse needed. Handles straight and curly double marks, „ “,
« », ‹ ›, the ``'' convention, single quotes used as quotation marks (told apart from apostrophes:
``Afghans'``, ``don't``, ``'90s``), quotes inside quotes, the news convention of a quotation that
runs over several paragraphs (each paragraph reopens it, only the last closes it), and unbalanced
marks, recovered paragraph by paragraph. Every offset indexes the input string. Small helpers over
those offsets (``outer_range``, ``inside``, ``char_before``) serve the later stages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPENERS = {"“": "double", "„": "double", "«": "double", "``": "double", "‘": "single", "‚": "single",
           "‹": "single"}
CLOSERS = {"”": "double", "»": "double", "’": "single", "›": "single"}
AMBIGUOUS = {'"': "double", "''": "double", "'": "single", "“": "double"}  # '' opens and closes (NYT)
TRIPLE = "'''"
_MARK = re.compile(r"'''|``|''|[\"“”„«»‘’‚‹›']")
_OPEN_BEFORE = set("([{—–-/:;,") | {""}  # and any space (str.isspace: no-break spaces too)
_CLOSE_AFTER = set(")]}.,;:!?—–-/…") | {""}
MAX_QUOTE_CHARS = 5000


@dataclass
class QuoteSpan:
    """One quotation found from marks: content offsets (marks excluded) and the marks' offsets.

    ``pieces`` lists ``[start, end]`` content fragments, one per paragraph for a quotation that runs
    over several paragraphs; ``closed`` is False when the closing mark was missing and the span was
    recovered to the end of its paragraph; ``depth`` is 0 for an outer quote, 1 for a quote inside one.
    """

    start: int
    end: int
    open_start: int | None
    close_end: int | None
    style: str
    pieces: list[list[int]] = field(default_factory=list)
    closed: bool = True
    depth: int = 0


def outer_range(q: QuoteSpan) -> tuple[int, int]:
    """A quoted span with its marks (the open or close offset stands in for a missing mark)."""
    return (q.open_start if q.open_start is not None else q.start,
            q.close_end if q.close_end is not None else q.end)


_MARK_BEFORE = re.compile(rf"(?:{_MARK.pattern})[ \t\u00a0]*$")  # a mark, then blanks, at the end


def mark_start(text: str, start: int) -> int:
    """Where the quotation mark opens that stands right before the quoted words at ``start`` (``start``
    itself when there is none)."""
    match = _MARK_BEFORE.search(text[max(0, start - 5):start])
    return start - len(match.group(0)) if match else start


def char_before(text: str, pos: int, blanks: str | None = None) -> str:
    """The last character of ``text[:pos]`` that is not blank (whitespace, or the characters of
    ``blanks`` when given); "" when there is none. Reads back from ``pos`` only as far as needed."""
    j = pos
    while j > 0 and (text[j - 1].isspace() if blanks is None else text[j - 1] in blanks):
        j -= 1
    return text[j - 1] if j > 0 else ""


def inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    """True when ``pos`` falls in one of ``ranges``."""
    return any(a <= pos < b for a, b in ranges)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into ``(start, end)`` ranges of its non-blank lines (one paragraph per line)."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _role(text: str, start: int, end: int, mark: str, para_start: int, para_end: int) -> str | None:
    """Classify one mark as ``open``, ``close``, ``either`` or None (an apostrophe, not a quote mark)."""
    before = text[start - 1] if start > para_start else ""
    after = text[end] if end < para_end else ""
    space_before = before.isspace() or before in _OPEN_BEFORE or before in "\"“‘«„"
    space_after = after.isspace() or after in _CLOSE_AFTER or after in "\"”’»"
    if mark in ("’", "‘") and space_before and re.match(r"\d\d(?:s\b|(?!\w))", text[end:para_end]):
        return None  # in ‘08, the ’90s: a year cut short
    if mark in ("'", "’"):
        if before.isalnum() and after.isalnum():
            return None  # don't, it's
        if mark == "'" and space_before and after.isdigit():
            return None  # '90s
        if space_before and not after.isspace() and after != "":
            return "open"
        if space_after and before != "" and not before.isspace():
            return "close" if mark == "’" or not before.isalnum() or before != "s" else "close-or-apostrophe"
        return None
    if mark in ('"', "”", "''") and re.search(r"\d['’]\d{1,2}$", text[max(para_start, start - 6):start]):
        return None  # 6'3" tall: feet and inches
    if mark in OPENERS and mark not in AMBIGUOUS:
        return "open"
    if mark in CLOSERS and mark not in AMBIGUOUS and mark != "”":
        return "close"
    if mark == "”" and before in ",.!?…":  # '... paranoia,”Clinton said': a closing mark with no space after it
        return "close"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    if mark == "”":
        return "close"
    if mark == "“":  # ',“ said Jim Clyburn': a mistyped closing mark after the quote's last punctuation
        return "close" if before in ",.!?" and after.isspace() else "open"
    return "either"


def _style(mark: str) -> str:
    return OPENERS.get(mark) or CLOSERS.get(mark) or AMBIGUOUS[mark]


def _paragraph_quotes(text: str, para_start: int, para_end: int) -> tuple[list[QuoteSpan], QuoteSpan | None]:
    """Pair the marks of one paragraph. Returns the closed quotes and an unclosed outer quote, if any."""
    found: list[QuoteSpan] = []
    stack: list[tuple[str, int, int]] = []  # (style, mark start, content start)
    for mark, start, end in _marks(text, para_start, para_end, stack):
        role = _role(text, start, end, mark, para_start, para_end)
        if role is None:
            continue
        style = _style(mark)
        open_same = [i for i, item in enumerate(stack) if item[0] == style]
        if role == "close-or-apostrophe":
            role = "close" if open_same else None
            if role is None:
                continue
        if role in ("close", "either") and open_same:
            i = open_same[-1]
            _, mark_start, content_start = stack[i]
            del stack[i:]
            if end - 1 > content_start or start > content_start:
                inner_start, inner_end = _without_blanks(text, content_start, start) \
                    if text[mark_start] in "«‹" else (content_start, start)  # « Je n'ai pas ... »
                found.append(QuoteSpan(inner_start, inner_end, mark_start, end, style,
                                       [[inner_start, inner_end]], True, len(stack)))
        elif role in ("open", "either"):
            if style == "single" and not stack and _looks_like_apostrophe_run(text, end, para_end):
                continue
            stack.append((style, start, end))
        elif role == "close" and style == "double" and not found and not stack:
            # a closing mark with no opener: the quote ran from the paragraph start
            if start > para_start:
                found.append(QuoteSpan(para_start, start, None, end, style, [[para_start, start]], False, 0))
    unclosed = None
    doubles = [item for item in stack if item[0] == "double"]
    if doubles:
        _, mark_start, content_start = doubles[0]
        end = para_end
        if end > content_start:
            unclosed = QuoteSpan(content_start, end, mark_start, None, "double", [[content_start, end]], False, 0)
    return found, unclosed


BLANKS = " \t\u00a0\u202f"  # spaces, no-break spaces and narrow no-break spaces inside a line


def _without_blanks(text: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` moved in past the blanks inside a pair of French marks (« Je n'ai pas »), unless nothing
    else is inside; English marks keep them ("... 'a flight to quality,' ": the space is the quotation's)."""
    inner = text[start:end]
    if not inner.strip(BLANKS):
        return start, end
    return start + len(inner) - len(inner.lstrip(BLANKS)), end - len(inner) + len(inner.rstrip(BLANKS))


# A markup tag left in the text ('<tweet pic="" author="MartinOMalley" tweet_id="672137288055398401">').
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[\w-]+=(?:\"[^\"<>\n]*\"|'[^'<>\n]*'|[^\s<>]*))*\s*/?>")


def _marks(text: str, para_start: int, para_end: int, stack: list[tuple[str, int, int]]):
    """Yield (mark, start, end) for the marks of a paragraph. Three straight single marks are a single
    and a double one: closing (after an open single mark, or after a word and before a space), the single
    first (a quote within a quote ends, then the quote: ",''' said"), opening, the double first."""
    tags = [m.span() for m in _TAG.finditer(text, para_start, para_end)]
    for match in _MARK.finditer(text, para_start, para_end):
        mark, start, end = match.group(), match.start(), match.end()
        if any(a < start < b for a, b in tags):
            continue  # an attribute value of markup left in the text: <tweet author="MartinOMalley">
        if mark != TRIPLE:
            yield mark, start, end
        elif any(item[0] == "single" for item in stack) or (start > para_start and not text[start - 1].isspace() and (
                end >= para_end or text[end].isspace() or text[end] in _CLOSE_AFTER)):  # after a word, before a space
            yield "'", start, start + 1
            yield "''", start + 1, end
        else:
            yield "''", start, start + 2
            yield "'", start + 2, end


def _looks_like_apostrophe_run(text: str, pos: int, para_end: int) -> bool:
    """An opening single mark with no plausible closing single mark later in the paragraph."""
    rest = text[pos:para_end]
    return not re.search(r"[^\s]['’](?=[\s.,;:!?)\]\"”—–-]|$)", rest)


def _is_signature_line(text: str, q: QuoteSpan) -> bool:
    """A closing mark with no opener that ends a short line naming a speaker, right after a quote left
    open ('"We are going to ...' then 'Josh Bivens, Economic Policy Institute."'): the mark closes that
    quote, the line signs it. Not a quotation of its own."""
    words = text[q.start:q.end].split()
    return q.open_start is None and 1 <= len(words) <= 12 and words[0][:1].isupper() \
        and text[q.start:q.end].rstrip().endswith(".") and not _MARK.search(text, q.start, q.end)


def find_quotes(text: str) -> list[QuoteSpan]:
    """Return every quoted span of ``text``, outer and nested, sorted by start offset.

    A paragraph whose double quotation is still open at its end continues into the next paragraph
    when that one opens with a quotation mark (the news convention); otherwise the quote is
    recovered to the end of its paragraph with ``closed=False``.
    """
    results: list[QuoteSpan] = []
    carry: QuoteSpan | None = None
    for para_start, para_end in paragraphs(text):
        opens_with_mark = text[para_start] in "\"“„«" or text.startswith(("''", "``"), para_start)
        if carry is not None and opens_with_mark:
            found, unclosed = _paragraph_quotes(text, para_start, para_end)
            first = found[0] if found and found[0].open_start == para_start and found[0].depth == 0 else None
            piece = first or unclosed
            if piece is not None and piece.open_start == para_start:
                carry.pieces.append([piece.start, piece.end])
                carry.end, carry.close_end, carry.closed = piece.end, piece.close_end, piece.closed
                found = [q for q in found if q is not first]
                if piece is unclosed:
                    results.extend(found)
                    continue
                results.append(carry)
                carry = None
                results.extend(found)
                continue
        after_open = carry is not None
        if carry is not None:
            results.append(carry)
            carry = None
        found, unclosed = _paragraph_quotes(text, para_start, para_end)
        if after_open and found and _is_signature_line(text, found[0]):
            found = found[1:]  # '"We are going to ...' then 'Josh Bivens, Economic Policy Institute."'
        results.extend(found)
        if unclosed is not None:
            carry = unclosed
    if carry is not None:
        results.append(carry)
    results = [q for q in results if q.end > q.start and q.end - q.start <= MAX_QUOTE_CHARS * len(q.pieces)]
    for q in results:
        q.pieces = [p for p in q.pieces if p[1] > p[0]]
    return sorted(results, key=lambda q: (q.start, -q.end))
