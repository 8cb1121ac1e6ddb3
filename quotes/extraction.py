"""The extraction pipeline: article -> marks -> parse -> cues and attribution -> quotation records.

``extract`` handles one text; ``extract_articles`` streams many, loading the models once and
batching the parse across documents. Only paragraphs that can hold a quotation (quotation marks or
a reporting word) and the paragraphs just before them (for pronoun antecedents) are parsed.
"""

from __future__ import annotations

import ctypes
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from quotes.attribution import attribute
from quotes.lexicon import CUE_LEMMAS
from quotes.marks import find_quotes, paragraphs
from quotes.parsing import Sentence, load_pipeline, parse_spans, parser_text, sentences_from_stanza
from quotes.reading import (Article, InputError, ReadError, article_from_text, check_text, dateline_end,
                            looks_like_html)
from quotes.records import Quotation
from quotes.stance import add_stance, add_stance_to_documents
from quotes.transcripts import headline_label

log = logging.getLogger(__name__)

_CUE_HINT = re.compile(r"\b(?:" + "|".join(sorted(CUE_LEMMAS)) + r"|said|says|told|according|statement)\w*\b"
                       r"|[\"“”„«»‘’']", re.I)
_ANTECEDENT_PARAGRAPHS = 2
# A boilerplate note the publisher adds under its articles ("Editor's note: Donald Trump is a serial liar ... who
# has repeatedly pledged to ban all Muslims"): no reporting of the article, and not attributed; unlike a correction,
# which restates what the article reported ("Editor's Note: An article on Monday about ... reported that ...").
_NOTE_LABEL = re.compile(r"[\s\u00a0]*Editors?[’']s?[\s\u00a0]+[Nn]ote[\s\u00a0]*:[\s\u00a0]*")
_CORRECTION = re.compile(r"[^.]*\b(?:article|story|version|column)s?\b")  # what the article reported


@dataclass
class DocumentResult:
    """The outcome for one article: its quotations, or the reason it was skipped."""

    article: Article | None
    quotations: list[Quotation] = field(default_factory=list)
    error: ReadError | None = None
    warnings: list[str] = field(default_factory=list)


def segments(article: Article) -> list[tuple[int, int]]:
    """Paragraph ranges to parse: the title line, then body paragraphs (a glued date and a dateline are cut
    off: "RENO, Nev. (AP) — Republican ... Donald Trump says" parsed whole takes the place for the subject; so is
    the label of an editor's note correcting the article, "Editor's Note: An article on Monday ... reported")."""
    spans = []
    for start, end in paragraphs(article.text):
        if article.date_span and start <= article.date_span[0] < end:
            start = article.body_start
            while start < end and article.text[start].isspace():
                start += 1
        start = min(dateline_end(article.text, start), end)
        note = _editors_note(article.text, start)
        if note is not None and note[1]:  # a correction: parsed without its label
            start = note[0]
        if end > start:
            spans.append((start, end))
    return spans


def relevant(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Indexes of the paragraphs worth parsing: those with marks or cue words, and the ones before them
    (antecedents); also any of three words or more, where the learned cue model may find a report in
    a verb outside the word lists ("Tom Clarke ... concocted a strategy to ..."): only short lines such
    as "ABSTRACT." or "Correction Appended." are left out, so the result is that of parsing everything."""
    hits = [i for i, (s, e) in enumerate(spans) if _CUE_HINT.search(text, s, e) or len(text[s:e].split()) >= 3
            or text[s] in "―—–-"  # a signature line after a quotation: "- Clinton."
            or (s == 0 and headline_label(text) is not None)]  # "Poll: Trump leads in Ohio"
    keep = set()
    for i in hits:
        keep.update(range(max(0, i - _ANTECEDENT_PARAGRAPHS), i + 1))
    return sorted(keep)


def paragraphs_to_parse(text: str, spans: list[tuple[int, int]], parse_all: bool = False) -> list[int]:
    """Indexes of the paragraphs ``spans`` to parse: every one, or the :func:`relevant` ones; never a
    publisher's "Editor's note: ..." (boilerplate under the article, not its reporting)."""
    keep = range(len(spans)) if parse_all else relevant(text, spans)
    return [i for i in keep if (note := _editors_note(text, spans[i][0])) is None or note[1]]


def _editors_note(text: str, start: int) -> tuple[int, bool] | None:
    """For a paragraph at ``start`` that opens with an "Editor's note:" label, the label's end and whether the note
    corrects the article (it names the article, story, version or column); None for any other paragraph."""
    label = _NOTE_LABEL.match(text, start)
    return None if label is None else (label.end(), _CORRECTION.match(text, label.end()) is not None)


def _warnings(article: Article, quotes) -> list[str]:
    notes = []
    if looks_like_html(article.text):
        notes.append(f"{article.doc_id}: looks like HTML; markup is treated as text")
    unclosed = sum(1 for q in quotes if not q.closed)
    if unclosed:
        notes.append(f"{article.doc_id}: {unclosed} unbalanced quotation mark(s) recovered per paragraph")
    return notes


def extract_articles(articles: Iterable[Article | ReadError], models=None, pipeline=None,
                     batch_size: int = 16, parse_all: bool = False, stance: bool = True,
                     targets: list[str] | None = None) -> Iterator[DocumentResult]:
    """Yield a :class:`DocumentResult` per input, in input order, parsing ``batch_size`` articles at once.

    ``stance=False`` skips the stance classifier; ``targets`` names the stance targets (see
    :func:`quotes.stance.add_stance`).

    Read errors and refused texts come back as results with ``error`` set; a parser failure on one
    batch is retried document by document so that one bad document never stops the others.
    """
    batch: list[Article | ReadError] = []
    for item in articles:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _process_batch(batch, models, pipeline, parse_all, stance, targets)
            release_free_memory()
            batch = []
    if batch:
        yield from _process_batch(batch, models, pipeline, parse_all, stance, targets)
        release_free_memory()


@lru_cache(maxsize=1)
def _libc():
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc
        return None


def release_free_memory() -> None:
    """Hand the heap's free pages back to the OS (glibc's ``malloc_trim``; nothing elsewhere).

    Without it, the stance encoder's bfloat16 buffers fragment the heap and a long run's memory
    creeps up (one process, PolNeAR train articles: 0.87 to 1.30 GB resident over 240 articles; with
    it 0.95 to about 1.15 GB over 640, levelling off; float32 stance stays near 0.76 GB).
    """
    libc = _libc()
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)


def _process_batch(batch, models, pipeline, parse_all, stance, targets) -> Iterator[DocumentResult]:
    jobs = []
    for item in batch:
        if isinstance(item, ReadError):
            jobs.append((item, None))
            continue
        try:
            check_text(item.text)
        except InputError as exc:
            jobs.append((ReadError(item.doc_id, item.doc_id, str(exc)), None))
            continue
        spans = segments(item)
        keep = paragraphs_to_parse(item.text, spans, parse_all)
        jobs.append((item, (spans, keep)))
    todo = [(item, plan) for item, plan in jobs if plan is not None]
    parsed: dict[int, list[Sentence] | Exception] = {}
    if todo:
        nlp = pipeline or load_pipeline(models)
        parsed = _parse_jobs(nlp, todo)
    results, attributed = [], []
    for item, plan in jobs:
        if plan is None:
            results.append(DocumentResult(None, error=item))
            continue
        sentences = parsed.get(id(item))
        if isinstance(sentences, Exception):
            failure = ReadError(item.doc_id, item.doc_id, f"parser failure: {sentences}")
            results.append(DocumentResult(item, error=failure))
            continue
        quotes = find_quotes(item.text)
        starts = [s for s, _ in plan[0]]
        try:
            records = attribute(item.doc_id, item.text, sentences, quotes, starts)
        except Exception as exc:  # never let one document stop the batch
            log.exception("attribution failed for %s", item.doc_id)
            failure = ReadError(item.doc_id, item.doc_id, f"attribution failure: {exc}")
            results.append(DocumentResult(item, error=failure))
            continue
        results.append(DocumentResult(item, records, warnings=_warnings(item, quotes)))
        attributed.append((results[-1], sentences))
    if stance and attributed:
        _add_stance(attributed, targets)
    yield from results


def _add_stance(attributed: list[tuple[DocumentResult, list[Sentence]]], targets: list[str] | None) -> None:
    """Stance for the batch's quotations in one pass of the classifier; when that fails, document by
    document, so that only the failing document's quotations stand without their stance."""
    try:
        add_stance_to_documents([(r.article.text, r.quotations, sentences) for r, sentences in attributed], targets)
        return
    except Exception:
        log.debug("stance failed for the batch; retrying document by document", exc_info=True)
    for result, sentences in attributed:
        try:
            add_stance(result.article.text, result.quotations, sentences, targets)
        except Exception as exc:  # the quotations stand without their stance
            log.debug("stance failed for %s", result.article.doc_id, exc_info=True)
            result.warnings.append(f"{result.article.doc_id}: stance left out "
                                   f"({type(exc).__name__}: {str(exc).splitlines()[0]})")


def _parse_jobs(nlp, todo) -> dict[int, list[Sentence] | Exception]:
    out: dict[int, list[Sentence] | Exception] = {id(item): [] for item, _ in todo}
    try:
        out.update(_parse_grouped(nlp, todo))
    except Exception:  # retry one by one so that only the failing document is lost
        for item, (spans, keep) in todo:
            try:
                out[id(item)] = parse_spans(nlp, item.text, [spans[i] for i in keep], list(keep))
            except Exception as exc:
                out[id(item)] = exc
    return out


def _parse_grouped(nlp, todo) -> dict[int, list[Sentence]]:
    """Parse the kept paragraphs of several articles in one stanza batch."""
    import stanza
    docs, index = [], []
    for item, (spans, keep) in todo:
        for i in keep:
            s, e = spans[i]
            docs.append(stanza.Document([], text=parser_text(item.text[s:e])))
            index.append((item, s, i))
    processed = nlp.bulk_process(docs) if docs else []
    result: dict[int, list[Sentence]] = {id(item): [] for item, _ in todo}
    for (item, offset, para), doc in zip(index, processed):
        result[id(item)].extend(sentences_from_stanza(item.text, doc, offset, para))
    return result


def extract(text: str, doc_id: str = "doc", title: str | None = None, date: str | None = None,
            models=None, pipeline=None, stance: bool = True, targets: list[str] | None = None) -> list[Quotation]:
    """Find every quotation in ``text``; offsets index ``text`` itself.

    Raises :class:`quotes.reading.InputError` for empty, binary or oversized text.
    """
    check_text(text)
    article = article_from_text(text, doc_id, title=title, date=date)
    result = next(extract_articles([article], models=models, pipeline=pipeline, stance=stance, targets=targets))
    if result.error is not None:
        raise InputError(result.error.reason)
    return result.quotations
