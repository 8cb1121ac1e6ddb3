"""Idiom repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend set phrases the
tagger and parser misread in news text: a place after "as far as" taken for a reporting verb's subject ("Fans who had
travelled from as far as Australia said ...") and the "think" of "think tank" taken for a verb ("The Resolution
Foundation think tank says ..."), and "as" after an opening participle taken for the participle's ("Speaking as
the airline reported record profits, he said ...": what the airline reported), and the "writing" of "in writing"
taken for a verb that reports ("told the panel in writing that ..."). Each function mends one sentence's words in
place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import SPEECH_VERBS
from quotes.trees import subtree_span

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_as_far_as(words: list[Word]) -> None:
    """Make a reporting verb after "as far as" and a place the verb of the noun the clause before describes, the place
    where the travel reached, where the parse read "as Australia said" ('Fans who had travelled from as far as
    Australia said they were "heartbroken"': the fans speak)."""
    for verb in words[4:]:
        place = next((k for k in words if k.head == verb.index and k.deprel == "nsubj"), None)
        mark = words[place.index - 1] if place is not None and place.index > 2 else None
        if mark is None or verb.lemma.lower() not in SPEECH_VERBS or verb.deprel != "advcl" or mark.head != verb.index \
                or mark.lemma.lower() != "as" or words[mark.index - 1].lemma.lower() != "far" \
                or place.index != verb.index - 1:
            continue
        travel = words[verb.head]
        noun = words[travel.head] if travel.deprel == "acl:relcl" and travel.head >= 0 else None
        if noun is None or noun.deprel != "root":
            continue
        verb.head, verb.deprel, noun.head, noun.deprel = -1, "root", verb.index, "nsubj"
        place.head, place.deprel, mark.head, mark.deprel = travel.index, "obl", place.index, "case"
        for word in words[verb.index + 1:]:
            if word.head == noun.index and word.upos == "PUNCT":
                word.head = verb.index
        return


def repair_speaking_as_clauses(words: list[Word]) -> None:
    """Make "as" after an opening participle the mark of the clause whose subject follows it, and a noun the parse
    hung on the participle after that clause's verb the verb's object, where the parse read "speaking as" like
    "speaking as a mother" ("Speaking as the airline reported record profits, he said ...": "as the airline reported
    record profits", the time of the report)."""
    for mark in words[1:3]:
        participle = words[mark.head] if mark.head >= 0 else None
        if participle is None or mark.lemma.lower() != "as" or participle.xpos != "VBG" \
                or participle.index != mark.index - 1 or mark.deprel not in ("mark", "case"):
            continue
        verb = next((k for k in words[mark.index + 2:] if k.head == participle.index and k.deprel == "advcl"
                     and k.upos == "VERB" and k.xpos in ("VBD", "VBZ", "VBP")), None)
        subject = next((k for k in words if verb is not None and k.head == verb.index and k.deprel == "nsubj"), None)
        if subject is None or subtree_span(words, subject)[0] != mark.index + 1:
            continue
        mark.head, mark.deprel = verb.index, "mark"
        for word in words[verb.index + 1:]:
            if word.upos == "PUNCT":
                break
            if word.head == participle.index and word.deprel == "obl" and word.upos == "NOUN" \
                    and not any(k.head == word.index and k.deprel == "case" for k in words):
                word.head, word.deprel = verb.index, "obj"


def repair_think_tanks(words: list[Word]) -> None:
    """Make "think" before "tank" a noun, the tank's compound, where the tagger took it for the verb of the clause
    and the reporting verb for its complement ("The Resolution Foundation think tank says ...": the foundation
    thinking; "Think tanks said ...": an imperative): the reporting verb takes its place, the words before it the
    tank's."""
    for think in words[:-2]:
        tank = words[think.index + 1]
        if think.text.lower() != "think" or think.upos != "VERB" or tank.lemma.lower() != "tank" \
                or tank.head < 0 or words[tank.head].head != think.index:
            continue
        verb = words[tank.head]
        verb.head, verb.deprel = think.head, think.deprel
        for word in words:
            if word.head == think.index and word is not verb:
                word.head = tank.index if word.index < think.index else verb.index
                if word.index < think.index and word.deprel.startswith("nsubj"):
                    word.deprel = "compound"  # "The Resolution Foundation": the tank's name
        think.head, think.deprel, think.upos, think.xpos, think.feats = tank.index, "compound", "NOUN", "NN", \
            "Number=Sing"


def repair_in_writing(words: list[Word]) -> None:
    """Make the "writing" of "in writing" a noun, the manner of the verb it follows, with what the parse hung on it
    going back to that verb ("told the panel in writing that she had been overwhelmed": not a report "writing" by
    "the panel")."""
    for writing in words[1:]:
        prep = words[writing.index - 1]
        if writing.text.lower() != "writing" or prep.text.lower() != "in" or writing.head < 0 \
                or prep.head != writing.index or writing.upos != "VERB" \
                or any(k.head == writing.index and k.deprel in ("obj", "iobj") for k in words):
            continue  # "joined Democrats in writing an immigration bill": a gerund with its object
        verb = words[writing.head]
        while verb.upos != "VERB" and verb.head >= 0:  # "the panel in writing": the verb the panel hangs on
            verb = words[verb.head]
        if verb.upos != "VERB":
            continue
        for kid in words:
            if kid.head == writing.index and kid is not prep and kid.deprel in ("ccomp", "advcl", "nsubj"):
                kid.head = verb.index
        writing.upos, writing.xpos, writing.lemma, writing.head, writing.deprel = "NOUN", "NN", "writing", verb.index, \
            "obl"
        prep.upos, prep.xpos, prep.deprel = "ADP", "IN", "case"
