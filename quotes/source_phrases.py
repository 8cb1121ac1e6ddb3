"""Source phrases: "according to X" as a cue, its source and its report.

Small pure functions over one :class:`quotes.parsing.Sentence`, used by ``quotes.cues``: the object of the phrase
is the source; the report is the rest of the sentence, without a connective that opens it ("But according to
interviews ..., he wants ...": PolNeAR leaves "But" out).
"""

from __future__ import annotations

from quotes.lexicon import QUOTE_CHARS
from quotes.parsing import Sentence, Word


def according_to(sentence: Sentence, word: Word) -> tuple[list[Word], Word, list[Word]] | None:
    """``(cue words, source, report)`` of an "according to" phrase at ``word`` ("according"), or None: the source is
    the phrase's object (whatever the tagger makes of its words), the report the rest of the sentence without the
    connective that opens it."""
    nxt = sentence.words[word.index + 1] if word.index + 1 < len(sentence.words) else None
    if word.text.lower() != "according" or nxt is None or nxt.text.lower() != "to":
        return None
    kids = [k for k in sentence.children(word.index) if k.deprel in ("obl", "obj", "nmod") and k.index > nxt.index]
    run = []
    if kids:
        source = kids[0]
    elif word.head > nxt.index and not _modifier_taken_for_verb(sentence, sentence.words[word.head], nxt):
        source = sentence.words[word.head]
    else:  # the last word of the nominal run after "to" ("according to shipping analysts Drewry", "according to show
        for w in sentence.words[nxt.index + 1:]:  # insiders": the first word tagged a verb the phrase hangs on)
            if w.upos not in ("PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM") and not (w.upos == "VERB" and not run):
                break
            run.append(w)
        nouns = [w for w in run if w.upos in ("PROPN", "NOUN", "PRON")]
        source = nouns[-1] if nouns else None
    if source is None:
        return None
    phrase = {w.index for w in sentence.subtree(source.index)} | {word.index, nxt.index} | {w.index for w in run}
    content = [w for w in sentence.words if w.index not in phrase]
    return [word, nxt], source, without_connective(content)


def _modifier_taken_for_verb(sentence: Sentence, head: Word, to: Word) -> bool:
    """Whether the word an "according to" phrase hangs on is the first word of its source tagged a verb, a noun after
    it ("according to shipping analysts Drewry", "according to show insiders"; not "according to polling by ...")."""
    after = sentence.words[head.index + 1] if head.index + 1 < len(sentence.words) else None
    return head.upos == "VERB" and head.index == to.index + 1 and after is not None and after.upos in ("NOUN", "PROPN")


CONJUNCTIONS = frozenset("but and so yet".split())
CONNECTIVE_ASIDES = frozenset("meanwhile however indeed still instead".split())  # set off by a comma


def without_connective(content: list[Word]) -> list[Word]:
    """The clause an "according to" phrase reports, without the connective that opens its sentence ("But",
    "Meanwhile,", "In fact,"): PolNeAR leaves it out of the report (10 of 13 train uses). Not in a
    quotation, nor before a subordinate clause ("But even if the tax ..., it would ...", "But after ...": there
    it stays)."""
    words = content
    if not words or words[0].index != 0 or any(w.text in QUOTE_CHARS for w in words):
        return content  # a quotation keeps its words ('"And it's really ...," Clinton asked, according to ...')
    first = words[0].text.lower()
    if len(words) > 2 and first == "in" and words[1].text.lower() == "fact" and words[2].text == ",":
        words = words[3:]
    elif len(words) > 1 and first in CONNECTIVE_ASIDES and words[1].text == ",":
        words = words[2:]
    elif first in CONJUNCTIONS and words[0].deprel == "cc":
        words = words[1:]
    if any(w.upos == "SCONJ" or w.text.lower() == "even" for w in words[:2]):
        return content
    while words and words[0].upos == "PUNCT":
        words = words[1:]
    return words or content
