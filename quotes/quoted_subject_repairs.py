"""Quoted subject repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend a reporting
verb's subject where the parse took a word inside the quotation before the verb for it: the speaker after an inverted
verb taken for its object ('"These are children going to school hungry," said the charity's chief executive'), or
before the verb taken for one addressed ('"What a ride," Commander Nick Hague radioed to mission control'). Each
function mends one sentence's words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import QUOTE_CHARS, SPEECH_VERBS, TIME_WORDS
from quotes.trees import phrase_span

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_quoted_subjects(words: list[Word]) -> None:
    """Make the noun phrase right after an inverted reporting verb the verb's subject, where the parse gave the verb a
    subject inside the quotation before it and took the phrase after for its object or a clause ('"These are children
    going to school hungry," said the charity's chief executive, Paul Kissack': "children" the subject, "executive" a
    clause); the quoted noun heads the reported clause, with the clause the parse gave the verb beside it hung on it."""
    for verb in words[3:]:
        if verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS \
                or words[verb.index - 1].text not in QUOTE_CHARS:
            continue
        subject = next((k for k in words[:verb.index] if k.head == verb.index and k.deprel == "nsubj"), None)
        noun = next((k for k in words[verb.index + 1:] if k.head == verb.index
                     and k.deprel in ("obj", "iobj", "ccomp", "dep") and k.upos in ("NOUN", "PROPN")), None)
        if subject is None or noun is None or noun.text.lower() in TIME_WORDS \
                or phrase_span(words, noun)[0] != verb.index + 1 \
                or sum(w.text in QUOTE_CHARS for w in words[subject.index:verb.index]) % 2 == 0:  # not quoted
            continue
        for clause in words[subject.index + 1:verb.index]:
            if clause.head == verb.index and clause.deprel == "ccomp":
                clause.head, clause.deprel = subject.index, "acl"
        subject.deprel, noun.deprel = "ccomp", "nsubj"


def repair_quoted_vocatives(words: list[Word]) -> None:
    """Make the name between a closing quotation mark and the verb right after it the verb's subject, where the parse
    gave the verb a subject inside the quotation and took the name for one addressed or a description ('"What a
    ride," Commander Nick Hague radioed to mission control': "ride" the subject, "Nick" a vocative); the quoted
    subject heads the verb's reported clause."""
    for verb in words[3:]:
        start = verb.index
        while start > 0 and words[start - 1].upos == "PROPN":
            start -= 1
        if verb.upos != "VERB" or start == verb.index or words[start - 1].text not in QUOTE_CHARS:
            continue
        subject = next((k for k in words[:verb.index] if k.head == verb.index and k.deprel == "nsubj"), None)
        if subject is None or sum(w.text in QUOTE_CHARS for w in words[subject.index:start]) % 2 == 0:  # unquoted
            continue
        name = [w for w in words[start:verb.index] if not start <= w.head < verb.index]
        if len(name) == 1 and name[0].head in (verb.index, subject.index) \
                and name[0].deprel in ("vocative", "nmod:desc", "appos", "dep", "discourse", "compound"):
            subject.head, subject.deprel = verb.index, "ccomp"
            name[0].head, name[0].deprel = verb.index, "nsubj"
