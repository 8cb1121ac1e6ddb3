"""Content edges: the rules shared by quoted and unquoted reports for where a content stops.

Small pure functions over one parsed sentence. The parse gives a report's core (the cue's clausal
complement); the edges follow the news convention of PolNeAR: a report that follows its cue runs to the
end of the sentence, one that precedes its cue starts at the beginning of the sentence, unless another
cue, a quotation not claimed here, a colon, semicolon or dash, or a phrase that modifies the cue itself
("at a news conference on Monday") comes first. ``quotes.quoted_content`` applies them to quotations
(is a quote ``mixed``, and how far does it reach), ``quotes.indirect_content`` to reports without marks.
"""

from __future__ import annotations

from quotes.clauses import SUBJECT_RELS
from quotes.cues import Cue
from quotes.mentions import mention_words
from quotes.lexicon import CIRCUMSTANCES, QUOTE_CHARS
from quotes.marks import inside
from quotes.parsing import Sentence, Word

STOP_TEXT = frozenset({";", ":", "--", "—", "–", "―", "(", ")"})
DASHES = frozenset({"-", "--", "—", "–", "―"})
COMMENT_OPENERS = frozenset("while as which who whom although though whereas".split())


def cue_modifiers(cue: Cue) -> set[int]:
    """Word indexes hanging off the cue verb that are not its content, speaker or the cue itself."""
    sentence = cue.sentence
    content = {w.index for w in cue.content}
    own = {w.index for w in cue.words}
    speaker = {w.index for w in mention_words(sentence, cue.speaker, full=True)} if cue.speaker else set()
    out: set[int] = set()
    for kid in sentence.children(cue.words[0].index):
        if kid.index in content or kid.index in own or kid.upos == "PUNCT":
            continue
        out.update(w.index for w in sentence.subtree(kid.index) if w.index not in content)
    return (out - content) | speaker | own


def _passive_subject_words(cue: Cue, other: Cue) -> set[int]:
    """The words of the own subject of ``other``, a passive cue coordinated with ``cue`` ("Farmers say crops are
    suffering, and water companies have been told to ...": the one told, no part of the farmers' report)."""
    verb = other.words[0]
    if verb.deprel != "conj" or verb.head != cue.words[0].index:
        return set()
    return {w.index for k in other.sentence.children(verb.index) if k.deprel == "nsubj:pass"
            for w in mention_words(other.sentence, k)}


def trailing_modifiers(cue: Cue, others: list[Cue], last: int) -> set[int]:
    """Phrases the parse hangs on the cue after its content, up from word ``last`` ("found Clinton
    leading by seven points, with 17 percent undecided", "said ..., especially one considered an
    adversary"): PolNeAR counts them as part of the report. Other cues and their speakers excepted."""
    kept = {w.index for w in cue.words}
    if cue.speaker is not None:
        kept |= {w.index for w in mention_words(cue.sentence, cue.speaker, full=True)}
    for other in others:
        if other is not cue and other.sentence is cue.sentence:
            kept |= {w.index for w in other.words} | _passive_subject_words(cue, other)
            if other.speaker is not None:
                kept |= {w.index for w in mention_words(other.sentence, other.speaker)}
    return {i for i in cue_modifiers(cue) if i > last} - kept


def blocked_words(cue: Cue, others: list[Cue], modifiers: bool = True) -> set[int]:
    """Words the content never crosses: this cue's own phrase (``modifiers``: with the phrases that
    modify it) and other cues with their speakers, except cues nested in this cue's content."""
    blocked = cue_modifiers(cue) if modifiers else {w.index for w in cue.words}
    content = {w.index for w in cue.content}
    for other in others:
        if other is cue or other.sentence is not cue.sentence or (
                other.words[0].index in content and (other.words[0].index != cue.words[0].head
                                                     or cue.reports_clause_of(other))):
            continue
        blocked.update(w.index for w in other.words)
        blocked.update(_passive_subject_words(cue, other) - content)
        if other.speaker is not None and other.speaker not in cue.content:
            blocked.update(w.index for w in mention_words(other.sentence, other.speaker))
    return blocked


def walk(words: list[Word], start: int, step: int, blocked: set[int], outer: list[tuple[int, int]],
         claimed: list[tuple[int, int]], cue_verb: int = -1) -> int:
    """The last index reachable from ``start`` in direction ``step`` without crossing a stopper (``cue_verb``:
    the index of the cue before the report, whose own conjuncts stop a forward walk)."""
    last = start
    j = start + step
    while 0 <= j < len(words):
        w = words[j]
        in_marks = inside(w.start, outer)
        if in_marks and not inside(w.start, claimed):
            break  # another quotation
        if not in_marks and (w.index in blocked or w.text in STOP_TEXT or _spaced_hyphen(words, j)):
            break
        if step > 0 and w.deprel == "cc" and words[j - 1].text in QUOTE_CHARS \
                and not (j + 1 < len(words) and words[j + 1].text.lower() == "that") \
                and not (0 <= w.head < len(words) and _reported_conjunct(words, words[w.head], cue_verb, outer)):
            break  # 'said "we are done" and left': the conjunct is the speaker's ("and that ...": the report's)
        if step > 0 and not in_marks and _comments_on_report(words, j):
            break
        last = j
        j += step
    return last


def _reported_conjunct(words: list[Word], conjunct: Word, cue_verb: int, outer: list[tuple[int, int]]) -> bool:
    """A conjunct after a quote that goes on with the report: a noun, or a verb coordinated with a verb of the report
    outside the marks ('opposes "gimmicks" and privatization', 'that Obama shows "great charm" and exhibits ...') or
    with a quoted predicate whose subject is outside them ('he was "angry" and would review ...'), not with the cue or
    the quote's own verb ('said "we are done" and left')."""
    if not 0 <= conjunct.head < len(words) or conjunct.head <= cue_verb or cue_verb < 0:
        return False
    if any(w.head == conjunct.index and w.deprel in SUBJECT_RELS for w in words):
        return False  # 'is “true,” but they could not resist ...': a clause of its own
    head = words[conjunct.head]
    subject = next((w for w in words if w.head == head.index and w.deprel in SUBJECT_RELS), None)
    return conjunct.upos != "VERB" or not inside(head.start, outer) \
        or subject is not None and not inside(subject.start, outer)


def _spaced_hyphen(words: list[Word], j: int) -> bool:
    """Word ``j`` is a hyphen standing for a lone dash, with space on both sides ("workers - and he makes sure"),
    not one of a pair around an aside ("economies - which include Europe - will grow") nor one that goes on
    with "but" ("addresses people's unrest - but she needs ...")."""
    def dash(i: int) -> bool:
        return words[i].text == "-" and 0 < i < len(words) - 1 and words[i - 1].end < words[i].start \
            and words[i].end < words[i + 1].start
    return dash(j) and words[j + 1].text.lower() != "but" and sum(map(dash, range(len(words)))) == 1


def _comments_on_report(words: list[Word], j: int) -> bool:
    """Word ``j`` starts a comment on the report, not more of it: a participle or "while", "as",
    "which", ... right after a comma, inside the closing mark or not ('..., implicitly putting his
    name on the line', '“It’s time we change how we do it,” promising ...', '"Obama-Clinton"
    policies, which he said ...')."""
    prev = j - 1
    while prev >= 0 and words[prev].text in QUOTE_CHARS:
        prev -= 1
    named = prev < j - 1 and words[j].upos in ("DET", "NOUN", "PROPN")  # 'the “Charleston loophole,” a flaw in ...'
    listed = words[j].deprel == "conj" and 0 <= words[j].head < j and words[words[j].head].upos == "NOUN"  # "in
    # science, coding and maths": a list's gerund
    return prev >= 0 and words[prev].text == "," and (words[j].xpos == "VBG" and not listed
                                                      or words[j].text.lower() in COMMENT_OPENERS or named)


def trim(words: list[Word], lo: int, hi: int, outer: list[tuple[int, int]]) -> tuple[int, int]:
    """Drop edge punctuation outside quotation marks, and a last function word (conjunction, subordinator,
    preposition, adverb, auxiliary, determiner) whose phrase was left out ("... and", "... if", "... in",
    "... and has"); keep the closing bracket of one opened inside."""
    while hi > lo and not inside(words[hi].start, outer) and (words[hi].upos == "PUNCT" or (
            words[hi].deprel in ("cc", "cc:preconj", "mark", "case", "advmod", "aux", "aux:pass", "cop", "det")
            and words[hi].head > words[hi].index)):
        hi -= 1
    while lo < hi and not inside(words[lo].start, outer) and words[lo].upos == "PUNCT":
        lo += 1
    after = "".join(w.text for w in words[hi + 1:hi + 3])
    if after.startswith((")", ".)")) and sum((w.text == "(") - (w.text == ")") for w in words[lo:hi + 1]) > 0:
        hi += after.index(")") + 1  # "the Trans-Pacific Partnership (TPP)", "Sen. Jeff Flake (R-Ariz.)"
    return lo, hi


def before_summary(sentence: Sentence, lo: int, hi: int) -> int:
    """The last content word before an indefinite noun phrase that sums up the report from after a comma or a lone
    dash to its end ("said the program would grow, a requirement that tilts the process away from newcomers",
    "endorsed Mrs. Clinton, a signal of her broad support", "support reforming the system - a move that would dilute
    their own power"): the writer's comment, not what was said. ``hi`` when there is none after ``lo``."""
    for summary in sentence.words[lo + 2:hi + 1]:
        if summary.upos != "NOUN":
            continue
        phrase = [w for w in sentence.subtree(summary.index) if w.upos != "PUNCT"]
        comma = phrase[0].index - 1
        mark = sentence.words[comma].text
        dashed = mark in DASHES and summary.deprel in ("parataxis", "ccomp", "appos", "dep", "list", "conj", "obj") \
            and not any(w.text in DASHES for w in sentence.words[comma + 1:hi + 1])  # not a pair: "- a word he used -"
        if phrase[-1].index == hi and comma > lo and phrase[0].text.lower() in ("a", "an") \
                and (mark == "," and _sums_up(sentence, summary) or dashed):
            return comma - 1
    return hi


def _sums_up(sentence: Sentence, summary: Word) -> bool:
    """A noun after a comma that the parse gives the clause before it ("..., a requirement that ...") or that it
    sets beside a common noun; not the description of a name in apposition ("Michael Graetz, a professor ...")."""
    return summary.deprel in ("parataxis", "ccomp") or (
        summary.deprel in ("appos", "dep", "list") and sentence.words[summary.head].upos != "PROPN")


def aside_span(cue: Cue) -> tuple[int, int] | None:
    """Word indexes (first, last) of a speaker and cue set off by commas inside their sentence
    ("If the demands are not met, Mr. Taylor warned, supporters ...", "The difference, he told me on Friday, is
    ..."), or None."""
    if cue.speaker is None:
        return None
    words = cue.sentence.words
    aside = mention_words(cue.sentence, cue.speaker, full=True) + cue.words
    lo, hi = min(w.index for w in aside), max(w.index for w in aside)
    kids = sorted(cue.sentence.children(cue.words[0].index), key=lambda k: k.index)
    extended = hi
    for kid in kids:  # "he told me on Friday,": its addressee and the time or medium
        phrase = cue.sentence.subtree(kid.index)
        if phrase[0].index == extended + 1 and not any(w.upos in ("VERB", "AUX") for w in phrase) \
                and (kid.deprel in ("obj", "iobj") and kid.upos == "PRON"
                     or kid.deprel.startswith("obl") and kid.lemma.lower() in CIRCUMSTANCES):
            extended = phrase[-1].index
    if not any(k.index > extended and k.deprel.split(":")[0] in ("obl", "advcl", "advmod") for k in kids):
        aside += words[hi + 1:extended + 1]  # unless more circumstances follow: "the AP declared on Thursday, two
        hi = extended  # days after ..."
    if lo < 2 or hi + 2 >= len(words) or words[lo - 1].text != "," or words[hi + 1].text != "," \
            or len({w.index for w in aside}) != hi - lo + 1:
        return None
    return lo, hi
