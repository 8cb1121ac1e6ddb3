"""Follow-ons: what a quote that no cue claims is (helpers of :func:`quotes.drafts.draft_quotations`).

Small pure functions over the text, its sentences and the drafts made so far. Such a quote may go on with
the quotation before it, in the same paragraph or as the next one ('"X," he said.\n\n"Y."'), follow that
quotation's speaker as a quotation of its own, or be no quotation at all: a subheading, a scare quote or a
title, kept only when it is speech-like (a whole sentence, or a phrase in a headline).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes.clauses import SUBORDINATORS
from quotes.marks import QuoteSpan, outer_range
from quotes.parsing import Sentence

if TYPE_CHECKING:  # drafts imports this module; its Draft is only a type here
    from quotes.drafts import Draft

# What may stand before a quote that continues the quotation before it ('Instead, "he just acts ..."').
CONNECTIVE_UPOS = ("ADV", "CCONJ", "INTJ", "PUNCT")


def _covers_sentence(q: QuoteSpan, sentences: list[Sentence], text: str) -> bool:
    """Whether the quote (with its marks) is all of every sentence it touches, punctuation aside."""
    a, b = outer_range(q)
    for s in sentences:
        if s.start < b and s.end > a:
            rest = text[s.start:a] + text[b:s.end] if s.start < a or s.end > b else ""
            if rest.strip(" \t\n.,;:!?-—–\"“”'‘’"):
                return False
    return True


def _line_end(text: str, pos: int) -> int:
    """Offset of the end of the line of ``text`` that holds ``pos`` (its line break, or the end of the text)."""
    line_end = text.find("\n", pos)
    return len(text) if line_end < 0 else line_end


def _line_around(text: str, start: int, end: int) -> str:
    """The line of ``text`` that holds ``[start, end)``, without its surrounding blanks."""
    return text[text.rfind("\n", 0, start) + 1:_line_end(text, end)].strip()


def is_subhead(q: QuoteSpan, text: str) -> bool:
    """A short quoted line standing alone between paragraphs, in single marks, capitals or ending in a
    colon: a subheading ("'A really tough decision.'", "“EVENTUALLY VOTERS MAKE GOOD DECISIONS”",
    '"Related:"'), not more of the quotation before it."""
    a, b = outer_range(q)
    quoted = text[q.start:q.end].strip()
    return _line_around(text, a, b) == text[a:b].strip() and len(quoted.split()) <= 5 and (
        q.style == "single" or quoted.isupper() or quoted.endswith(":"))


def _leads_sentence(q: QuoteSpan, sentences: list[Sentence], text: str) -> bool:
    """A quote of five words or more that leads its sentence, after at most a connective or a fronted
    condition ('“Clinton has to ... two-step” - increasing his ...', 'Instead, “he just acts ...”',
    'Unless further rivals quit the race, “it's very difficult ...”')."""
    a = outer_range(q)[0]
    if len(text[q.start:q.end].split()) < 5:
        return False
    sentence = next((s for s in sentences if s.start <= a < s.end), None)
    if sentence is None:
        return False
    before = [w for w in sentence.words if w.end <= a]
    condition = next((w for w in before if w.deprel == "mark" and w.lemma.lower() in SUBORDINATORS), None)
    if condition is not None and condition.head >= 0:  # the condition's clause, up to its comma
        clause = {w.index for w in sentence.subtree(condition.head)}
        before = [w for w in before if w.index not in clause]
    return all(w.upos in CONNECTIVE_UPOS for w in before)


def follow_on_source(q: QuoteSpan, drafts: list[Draft], outer: list[tuple[int, int]],
                      sentences: list[Sentence], text: str) -> Draft | None:
    """The attributed quotation that a quote-only sentence right after it continues, if any: the last one
    before it, or a report right before it in its paragraph or the one before ('Greene added that the Fed ...
    election. “They don’t ...”'; not a participle of the quotation before, '"X," he said, adding that ... "Y."'):
    one whose content ends right before the quote, else the last one whose sentence does."""
    if not (_covers_sentence(q, sentences, text) or _leads_sentence(q, sentences, text)) or is_subhead(q, text):
        return None
    own = outer_range(q)
    before = [d for d in drafts if d.end <= q.start and (d.cue is not None or d.speaker_from is not None)
              and (d.kind != "indirect" or ((d.cue.reversed or d.cue.start >= d.end)  # "X, Schiff said."
                                             and "\n" not in text[d.end:q.start]))]
    last = max(before, key=lambda d: d.end) if before else None
    reports = [d for d in drafts if d.kind == "indirect" and d.cue is not None and d.end <= own[0]
               and text[d.end:own[0]].count("\n") <= 2 and (last is None or (last.end <= d.start and (
                   last.cue is None or d.cue.sentence is not last.cue.sentence)))]
    report = next((d for d in reports if not text[d.end:own[0]].strip(" .\u00a0\n")), None)
    if report is None and reports:  # the report's sentence ends right before: 'called him a master at bolting
        report = max(reports, key=lambda d: d.cue.start)  # together ... transactions. "He showed ..."'
        if report.cue.sentence.end > own[0] or text[report.cue.sentence.end:own[0]].strip(" .\u00a0\n"):
            report = None
    if report is not None and last is not None and last.kind == "direct" and "\n" not in text[last.end:own[0]] \
            and report.cue.speaker is not None and report.cue.speaker.text.lower() in ("he", "she") \
            and not any(w.upos in ("VERB", "AUX") for w in report.cue.content):
        return last  # '"X," Obama said ... He didn't suggest retaliation. "Y."': a pronoun's report of a noun
        # phrase between the quotes, not a clause that the quote goes on with, leaves Obama's quote going on
    if report is not None:
        return report
    if last is None or text[last.end:q.start].count("\n") > 2 \
            or any(last.end <= x < q.start and (x, y) != own for x, y in outer):
        return None
    return last


def runs_on(last: Draft, q: QuoteSpan, text: str, sentences: list[Sentence]) -> bool:
    """Whether quote ``q`` goes on with the quotation ``last`` before it: in the same paragraph, or as
    the next paragraph when ``last`` is direct, no sentence starts between them and nothing follows ``q``
    on its line ('"X," he said.\n\n"Y."'; not '"X." She smiled.\n\n"Y."', a signed line or an unclosed mark)."""
    gap = text[last.end:q.start]
    if "\n" not in gap:
        return True
    start, end = outer_range(q)
    return last.kind == "direct" and q.closed and gap.count("\n") <= 2 \
        and not any(last.end < s.start < start for s in sentences) and not text[end:_line_end(text, end)].strip()


# A colon after a reporting verb right before a quotation ('..., her mother said: "..."').
INTRODUCING_SAID = re.compile(
    r"\b(?:said|says|added|adds|wrote|writes|replied|responded|declared|insisted|warned)\s*:\s*$")


def worth_keeping(q: QuoteSpan, text: str, sentences: list[Sentence]) -> bool:
    """An unattributed quote is kept when it is speech-like: a whole sentence, a phrase in a headline, or a sentence
    that a reporting verb and a colon bring in ('In a statement read in court, her mother said: "Katie was my best
    friend."', whoever the parse leaves the verb to)."""
    words = len(text[q.start:q.end].split())
    line = _line_around(text, q.start, q.end)
    headline = len(line) < 150 and not line.endswith((".", "!", "?", '"', "”", ":"))
    introduced = q.open_start is not None and INTRODUCING_SAID.search(text[max(0, q.open_start - 40):q.open_start]) \
        is not None and text[q.start:q.end].rstrip().endswith((".", "!", "?"))
    return (headline and words >= 2) or (words >= 5 and _covers_sentence(q, sentences, text)) \
        or (words >= 3 and introduced)
