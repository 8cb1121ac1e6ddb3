"""Inverted speakers: the name after an inverted reporting verb, whatever the parse hangs it on.

Small pure functions over one :class:`quotes.parsing.Sentence` and a cue verb, used by
``quotes.cue_speakers``: '"...," said Mayor Anna Schmidt', 'The paradox of Nancy, says Carl Anthony,
..., is that ...', 'Clinton “drew quite well ...” in the 2008 primary, said professor Paul Beck' (the
parse makes the quotation's first word the subject), and 'said Douglas Holtz-Eakin, an economist' (the
name, not its apposition).
"""

from __future__ import annotations

from quotes.clauses import cue_lemma
from quotes.lexicon import NOMINAL_CONTENT_VERBS, QUOTE_CHARS, SPEECH_VERBS
from quotes.mentions import is_time_word
from quotes.parsing import Sentence, Word


def inverted_aside_name(sentence: Sentence, verb: Word) -> Word | None:
    """The name right after an inverted speech verb set off by commas inside the sentence ('The paradox
    of Nancy, says Carl Anthony, historian ..., is that ...'), which the parse may take for the object
    while it makes the fronted noun phrase the subject."""
    words = sentence.words
    if verb.index < 2 or verb.index + 1 >= len(words) or words[verb.index - 1].text != "," \
            or cue_lemma(verb) not in ("say", "write") or words[verb.index + 1].upos != "PROPN" \
            or any(w.text in QUOTE_CHARS for w in words[:verb.index]):
        return None
    end = verb.index + 1
    while end + 1 < len(words) and words[end + 1].upos == "PROPN":
        end += 1
    return _name_run(sentence, verb.index + 1) if end + 1 < len(words) and words[end + 1].text == "," else None


def inverted_name(sentence: Sentence, verb: Word, kids: list[Word]) -> Word | None:
    """The nominal right after an inverted cue ('"...," said Mayor Anna Schmidt'; one that opens its sentence before a
    colon, 'Says steelworker Tom Hanley, 58: "..."'), whatever the parse hangs it on, or None when the cue does not
    follow a quotation mark or comma."""
    opening = verb.index == 0 and verb.text[:1].isupper() and cue_lemma(verb) in SPEECH_VERBS \
        and any(w.text == ":" for w in sentence.words[1:])  # 'Says steelworker Tom Hanley, 58: "..."'
    if not (opening or verb.index > 0 and sentence.words[verb.index - 1].text in QUOTE_CHARS | {","}
            and verb.lemma.lower() != "tell" and cue_lemma(verb) not in NOMINAL_CONTENT_VERBS):
        return None
    if sentence.words[verb.index - 1].text == "," and cue_lemma(verb) not in SPEECH_VERBS:
        return None  # "Sen. Mark Kirk, R-Ill., who faces a tough re-election battle, rescinded his endorsement": the
        # comma closes the subject's aside, and the noun after the verb is its object
    after = [k for k in kids if k.index > verb.index and (k.upos in ("PROPN", "NOUN", "PRON") or (
                 k.upos == "NUM" and any(g.deprel == "nmod" for g in sentence.children(k.index))))  # "one of"
             and (k.deprel in ("obj", "iobj", "dep", "nmod", "obl:npmod", "appos", "conj") or k.deprel in (
                 "ccomp", "xcomp") and sentence.words[verb.index - 1].text in QUOTE_CHARS)  # '"...," said study
             # author Matthew Campen' with "study" taken for a clause
             and not is_time_word(k, sentence.words) and k.lemma.lower() != "it"  # "as Ridge, ..., put it"
             and "PronType=Dem" not in k.feats]  # "Axelrod, who ..., tweeted this:"
    return after[0] if after else _name_run(sentence, verb.index + 1)


def name_after_quoted_clause(sentence: Sentence, verb: Word, subject: Word, kids: list[Word]) -> Word | None:
    """The name after an inverted speech verb whose subject in the parse opens the quotation before it
    ('Clinton “drew quite well ...” in the 2008 primary, said professor Paul Beck': Beck speaks), or the
    name between that quotation and the verb that the parse hung on the subject as an apposition."""
    words = sentence.words
    if subject.index + 1 >= verb.index or words[subject.index + 1].text not in QUOTE_CHARS \
            or cue_lemma(verb) not in SPEECH_VERBS:
        return None
    closing = max((w.index for w in words[subject.index + 2:verb.index] if w.text in QUOTE_CHARS), default=None)
    if closing is not None:  # 'The ... program “is gaining ...,” Deputy Secretary Alejandro Mayorkas told reporters'
        named = next((k for k in sentence.children(subject.index) if k.deprel == "appos" and k.index > closing
                      and max(w.index for w in sentence.subtree(k.index)) == verb.index - 1), None)
        if named is not None:
            return named
    end = max(w.index for w in sentence.subtree(subject.index))
    return inverted_name(sentence, verb, kids) if end < verb.index else None


def name_before_apposition(sentence: Sentence, verb: Word, subject: Word) -> Word:
    """'said Douglas Holtz-Eakin, an economist': a name right after the verb, not its apposition, speaks;
    in an aside ("The museum, Mr. Bush said, celebrated ...") the apposition the parse hung on the
    fronted noun right before the verb speaks."""
    words = sentence.words
    aside = [k for k in sentence.children(subject.index) if k.deprel == "appos" and k.index > subject.index
             and max(w.index for w in sentence.subtree(k.index)) == verb.index - 1
             and words[min(w.index for w in sentence.subtree(k.index)) - 1].text == ","]
    after = next((w for w in words[verb.index + 1:] if w.text == "," or w.upos in ("VERB", "AUX")), None)
    if aside and after is not None and after.text == ",":  # the cue's own phrases end at a comma
        return aside[0]
    j = verb.index + 1
    if subject.index <= j or j >= len(words) or words[j].upos != "PROPN":
        return subject
    while j + 1 < len(words) and (words[j + 1].upos == "PROPN" or words[j + 1].text in "-."):
        j += 1
    between = words[j + 1:subject.index]
    if between and between[0].text == "," and all(w.upos in ("PUNCT", "DET", "ADJ", "ADV", "NOUN", "PROPN")
                                                  for w in between):  # ", now a partner at ..."
        return words[verb.index + 1]  # the first name word heads the flat name in UD
    return subject


def _name_run(sentence: Sentence, start: int) -> Word | None:
    """The head of the noun phrase at ``start`` after an inverted cue, whatever the parse hangs it on
    ('said Murphy, using ...', 'said one Republican involved in the planning'): a proper-name run, or
    the last noun of a run after a determiner or number."""
    words = sentence.words
    first = start
    while first < len(words) and (words[first].upos in ("DET", "NUM", "ADJ") or (
            words[first].xpos == "VBN" and first + 1 < len(words) and words[first + 1].upos in ("NOUN", "PROPN"))):
        # "said retired neurosurgeon Ben Carson", "said retired Army Lt. Gen. Mick Bednarek"
        first += 1
    end = first
    while end < len(words) and words[end].upos in ("PROPN", "NOUN") and not is_time_word(words[end], words):
        end += 1
    if end == first and first > start and words[first - 1].upos == "ADJ" and words[first - 1].text[:1].isupper():
        return words[first - 1]  # 'said one Republican involved in ...' with "Republican" tagged ADJ
    if end == first or (first == start and words[start].upos != "PROPN"):
        return None
    if words[end - 1].upos == "NOUN" or first > start:
        return words[end - 1]
    inside_run = range(first, end)
    return next((w for w in words[first:end] if w.head not in inside_run), words[first])
