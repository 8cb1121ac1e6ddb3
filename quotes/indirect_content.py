"""Indirect content: how far an indirect report (no quotation marks) reaches around its cue.

The parse's content words, without leading time words ("said Wednesday that ..."), carried to the end
of the sentence when the cue comes first, up to a semicolon; the whole sentence for a cue set off by
commas inside it ("If the demands are not met, Mr. Taylor warned, supporters plan to leave"). Built on
the edge rules of ``quotes.content``.
"""

from __future__ import annotations

from quotes.clauses import cue_lemma, describes_speaker, has_own_subject, has_that
from quotes.content import (STOP_TEXT, aside_span, before_summary, blocked_words, cue_modifiers, trailing_modifiers,
                            trim, walk)
from quotes.cues import Cue
from quotes.lexicon import (CUE_LEMMAS, MEDIA_NOUNS, NOMINAL_CONTENT_VERBS, PLATFORMS, REFUSED_SPEECH, SPEECH_VERBS,
                            TIME_WORDS)
from quotes.marks import inside
from quotes.mentions import mention_words
from quotes.parsing import Sentence, Word, abbreviation_end
from quotes.trees import trails_clause


def parenthetical_extent(cue: Cue, outer: list[tuple[int, int]], others: list[Cue]) -> tuple[int, int] | None:
    """The whole sentence when speaker and cue are set off by commas inside it ("If the demands are
    not met, Mr. Taylor warned, supporters plan to leave"); None otherwise (", the ONS said, as households cut
    spending": a clause of its own after the report) or when the sentence holds
    quotation marks, a colon, semicolon or dash, or another cue before this one (later ones fall inside)."""
    words = cue.sentence.words
    aside = aside_span(cue)
    if aside is None or any(describes_speaker(cue.sentence, cue.words[0], k, cue.speaker)
                            for k in cue.sentence.children(cue.words[0].index)):
        return None  # "X, said Steven Taylor, a chairman of ...": the speaker's description, no aside
    if any(inside(w.start, outer) or w.text in STOP_TEXT for w in words) \
            or any(o is not cue and o.sentence is cue.sentence and o.start < cue.start for o in others):
        return None
    if trails_clause(words, aside[1] + 1):
        return None  # "..., the ONS said, as households cut spending": a clause of its own after the report
    rest = [w for w in words[aside[1] + 2:] if w.upos != "PUNCT"]
    if rest and rest[0].xpos == "VBG" and rest[0].head == cue.words[0].index and cue_lemma(rest[0]) in CUE_LEMMAS \
            and {w.index for w in rest} <= cue_modifiers(cue):
        return None  # "X, said Jim Hodges, ..., referring to ...": a report of its own on the cue, no more of this one
    first, last = trim(words, 0, len(words) - 1, outer)
    return words[first].start, words[last].end


def _fronted_adverbial(cue: Cue, words: list[Word]) -> bool:
    """The content words before the speaker are a phrase set off by a comma at the sentence start that the parse
    hung inside the clause after the cue ("By double digits, those surveyed say stricter gun laws would ...")."""
    if cue.speaker is None or cue.reversed or cue.speaker.start > cue.start \
            or not any(w.start > cue.end for w in words):
        return False
    mention = mention_words(cue.sentence, cue.speaker)
    fronted = {w.index for w in words if w.start < mention[0].start}
    if not fronted or cue.sentence.words[mention[0].index - 1].text != ",":
        return False
    tops = [cue.sentence.words[i] for i in fronted if cue.sentence.words[i].head not in fronted]
    return all(w.deprel.split(":")[0] in ("obl", "advcl", "advmod") for w in tops)


def _before_medium(sentence: Sentence, lo: int, hi: int) -> int:
    """The last word of a reported noun phrase before the medium it was said in, which the parse hung on the noun
    phrase ("praised Obama's presidency in an interview", "defended Cruz in a recent interview with The Post",
    "mocks Clinton on Twitter"): how it was said, not what. ``hi`` when the phrase ends otherwise ("plagiarism in
    political speech"). (A time or a year is left: PolNeAR keeps "supported the idea on Thursday" as often as
    not.)"""
    for medium in sentence.words[lo + 1:hi + 1]:
        phrase = sentence.subtree(medium.index)
        opener = phrase[0]
        if opener.index <= lo or phrase[-1].index < hi or opener.deprel != "case":
            continue
        how = opener.lemma.lower()
        said_in = medium.lemma.lower() in MEDIA_NOUNS and medium.upos == "NOUN" and how in ("in", "during") \
            and (medium.xpos == "NNS" or any(k.deprel in ("det", "nmod:poss") for k in sentence.children(medium.index)))
        posted_on = how == "on" and medium.text.lower() in PLATFORMS
        if said_in or posted_on:
            return opener.index - 1
    return hi


def _before_contrast(sentence: Sentence, verb: Word, lo: int, hi: int, outer: list[tuple[int, int]]) -> int:
    """The last word of a report before the writer's own clause: one with a subject of its own that ", but"
    coordinates with the cue ("State initially said it would take two months ..., but it managed to do so after
    just one month"), or ", and" after a "that" clause or a report that is no clause ("agreed to pay a 2 percent
    fee, and he put $100 million into the fund"). After a bare reported clause ", and ..." may go on with the
    report ("said she did not have numbers, and people were still using it"): it stays, as does a second
    reported clause (", but that ...")."""
    words = sentence.words
    bare_clause = any(k.deprel == "ccomp" and not has_that(sentence, k) for k in sentence.children(verb.index))
    for j in range(lo + 1, hi):
        cc = words[j]
        if cc.upos != "CCONJ" or cc.lemma.lower() not in (("but",) if bare_clause else ("but", "and")) \
                or words[j - 1].text != "," or inside(cc.start, outer):
            continue
        conj = words[cc.head] if cc.head >= 0 else None
        if conj is None or conj.deprel != "conj" or conj.head != verb.index or has_that(sentence, conj):
            continue  # not "said X, but that Y": a second reported clause
        if any(k.deprel in ("nsubj", "nsubj:pass", "expl") and k.index > j for k in sentence.children(conj.index)):
            return j - 2
    return hi


# Words that open a sentence and link it to the one before: no part of a report of the whole sentence ("And Mrs.
# Clinton now holds ..., according to a poll"; PolNeAR leaves out these more often than "But", "Still", "Now").
OPENING_CONNECTIVES = frozenset("and however yet".split())

# Words after a comma that open another report with its own speaker: the report before them ends at the comma.
NEXT_REPORT_LEADS = frozenset("and but though although".split())


def _before_other_report(cue: Cue, others: list[Cue], lo: int, hi: int) -> int:
    """The last word of a report before ", and" (", but", ", though") and a report with a speaker of its own that
    the parse set inside it ("contends that it is still on track, and Brian Deese, the adviser, said he and his
    staff were ...", "said the campaign planned to bus in supporters, though she acknowledged it was unlikely to
    work"; not ", while", which sets poll figures side by side about as often as it starts another report)."""
    words = cue.sentence.words
    for other in others:
        if other is cue or other.sentence is not cue.sentence or other.speaker is None \
                or not lo < other.speaker.index <= hi:  # its cue may lie past the content (", saying ...")
            continue
        first = mention_words(cue.sentence, other.speaker, full=True)[0].index
        if other.speaker.index < other.words[0].index and first >= lo + 2 \
                and words[first - 1].lemma.lower() in NEXT_REPORT_LEADS and words[first - 2].text == ",":
            return min(hi, first - 3)
    return hi


def _before_closing_description(sentence: Sentence, lo: int, hi: int) -> int:
    """The last word of a report before a relative clause set off by a comma that closes it and is the writer's:
    one describing a person ("hurts his chances against Hillary Clinton, who may have to decide ...", "hired
    Katrina Pierson, who has been outspoken ..."; PolNeAR leaves it out about three times in four), or a "which"
    clause whose verb has a subject of its own ("refused to sign the trade agreement, which Mr. Putin vehemently
    opposed", "..., which critics said was discriminatory", "demanding that police release the video, which the
    police have not done"). Other "which" clauses ("..., which subsidizes single parents") PolNeAR keeps about as
    often as not: they stay."""
    words = sentence.words
    last = next((j for j in range(hi, lo, -1) if words[j].upos != "PUNCT"), lo)
    for j in range(lo + 1, last):
        pronoun = words[j + 1].text.lower()
        if words[j].text != "," or pronoun not in ("who", "whose", "which"):
            continue
        clause = _relative_clause_at(sentence, j, last)
        if clause is None or _cleft(sentence, words[clause.head]):
            continue
        if pronoun != "which" or has_own_subject(sentence, clause):
            return j - 1
    return hi


def _relative_clause_at(sentence: Sentence, comma: int, last: int) -> Word | None:
    """The relative clause that opens at the comma (or right after it) and runs to word ``last`` or beyond."""
    for word in sentence.words[comma + 1:last + 1]:
        if word.deprel == "acl:relcl":
            span = sentence.subtree(word.index)
            if span[0].index in (comma, comma + 1):
                return word if span[-1].index >= last else None
    return None


def _cleft(sentence: Sentence, noun: Word) -> bool:
    """The noun is the focus of a cleft ("it was the questioner, not the candidate, who had been wrong"): the
    relative clause is part of what was said."""
    if noun.deprel == "conj" and noun.head >= 0:
        noun = sentence.words[noun.head]
    kids = sentence.children(noun.index)
    return any(k.deprel == "cop" for k in kids) and any(k.deprel in ("nsubj", "expl") and k.lemma.lower() == "it"
                                                        for k in kids)


def indirect_extent(cue: Cue, outer: list[tuple[int, int]], others: list[Cue]) -> tuple[int, int] | None:
    """The (start, end) of an indirect report's content, or None when it is not one.

    The parse's content words, without leading time words ("said Wednesday that ..."), carried to
    the end of the sentence when the cue comes first, up to a semicolon; the whole sentence for a
    parenthetical cue.
    """
    # an aside with a content of its own, or none where the parse hung it on the clause it reports ("The presumed
    # adjustment, they concluded, never happened")
    aside = parenthetical_extent(cue, outer, others) if len(cue.content) >= 3 or not cue.content else None
    if aside is not None:
        return aside
    words = [w for w in cue.content if w.upos != "PUNCT" and not cue.start <= w.start < cue.end]  # "called for"
    if _fronted_adverbial(cue, words):  # "By double digits, those surveyed say ...": no part of the report
        words = [w for w in words if w.start > cue.end]
    while words and words[0].lemma.lower() in TIME_WORDS and words[0].head == cue.words[0].index:
        words = words[1:]
    lemma = cue.lemma.split()[0]
    short = (len(words) == 2 and words[0].deprel.startswith("nsubj") and words[1].upos in ("VERB", "AUX")) \
        or (len(words) == 1 and words[0].lemma.lower() in ("yes", "no", "so")) \
        or (len(words) == 1 and words[0].upos in ("NOUN", "PROPN") and lemma in SPEECH_VERBS) \
        or (len(words) >= 2 and words[1].lemma.lower() == "same") \
        or (len(words) == 2 and words[0].text.lower() == "to" and words[1].lemma.lower() in REFUSED_SPEECH) \
        or (len(words) == 2 and cue.stimulus)
    # "said he would", "said yes", "didn't suggest retaliation", "said the same", "declined to comment", "The remark
    # worried some analysts"
    if len(words) < (1 if lemma in NOMINAL_CONTENT_VERBS else 2 if lemma in SPEECH_VERBS else 3) and not short:
        return None  # "endorsed Clinton" and "says racist things" are reports; "said it" is not
    sentence = cue.sentence
    lo, hi = words[0].index, words[-1].index
    clausal = any(w.upos in ("VERB", "AUX") for w in words)
    if clausal and not cue.reversed and cue.end <= words[0].start:
        hi = walk(sentence.words, hi, 1, blocked_words(cue, others) - trailing_modifiers(cue, others, hi), outer, [],
                   cue.words[0].index)
        verb = cue.words[0]
        if verb.deprel == "advcl" and verb.head > verb.index:  # "While he said that ..., he did not ...": not
            hi = min(hi, max(w.index for w in sentence.subtree(verb.index)))  # the main clause after it
        elif verb.deprel == "acl:relcl":  # "Subscribers who do not want to pay can cancel": not the main clause
            hi = min(hi, max([w.index for w in sentence.subtree(verb.index)] + [words[-1].index]))
    stop = next((j for j in range(lo + 1, hi + 1) if not inside(sentence.words[j].start, outer) and (
        sentence.words[j].text == ";" or (sentence.words[j].text == "," and j + 1 <= hi
                                         and sentence.words[j + 1].text.lower() == "according"))), None)
    if stop is not None:  # "proposes X; she backs tougher regulations": the next clause is no report; "view her
        hi = stop - 1  # unfavorably, according to a poll": the poll's report, not theirs
    if not clausal:
        hi = _before_medium(sentence, lo, hi)
    hi = _before_contrast(sentence, cue.words[0], lo, hi, outer)
    hi = _before_other_report(cue, others, lo, hi)
    hi = _before_closing_description(sentence, lo, hi)
    lo, hi = trim(sentence.words, lo, hi, outer)
    if lo == 0 and lo < hi and sentence.words[0].lemma.lower() in OPENING_CONNECTIVES:
        lo, hi = trim(sentence.words, lo + 1, hi, outer)
    hi = before_summary(sentence, lo, hi)
    return sentence.words[lo].start, abbreviation_end(sentence, hi)
