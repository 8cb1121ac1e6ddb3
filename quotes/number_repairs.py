"""Number repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend how the parse hung
the words of a number near a reporting verb: a number written out with a hyphen ("Sixty-four percent ..., the union
said"), the "up" of "up to 20cm" taken for the verb's particle, the "more" of "more than 200 people" hung on the
verb, and a count opened by "At least" hung on it. Each function mends one sentence's words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.apposition_repairs import hyphen_joins
from quotes.lexicon import SPEECH_VERBS
from quotes.subject_repairs import has_subject, is_under

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_hyphenated_numbers(words: list[Word]) -> None:
    """Make the first word of a number written out with a hyphen a compound of its second, where the parse gave it a
    role of its own ("Sixty-four percent of members rejected the deal, the union said": "Sixty" the subject of
    "said")."""
    for tens in words[:-2]:
        hyphen, unit = words[tens.index + 1], words[tens.index + 2]
        if tens.upos == "NUM" and unit.upos == "NUM" and hyphen_joins(words, hyphen) and tens.head != unit.index \
                and not is_under(words, unit, tens):
            tens.head, tens.deprel, hyphen.head = unit.index, "compound", unit.index


def repair_up_to_numbers(words: list[Word]) -> None:
    """Hang the "up" of "up to" and a number on the number, where the parse made it a particle of the reporting verb
    before it ("Forecaster Alex Deakin said up to 20cm could fall": no "said up")."""
    for up in words[1:-2]:
        verb, to, number = words[up.head] if up.head >= 0 else up, words[up.index + 1], words[up.index + 2]
        if up.text.lower() == "up" and up.deprel == "compound:prt" and verb.lemma.lower() in SPEECH_VERBS \
                and to.lemma.lower() == "to" and to.head == number.index and number.upos == "NUM":
            up.head, up.deprel, up.upos, up.xpos = number.index, "advmod", "ADV", "RB"


def repair_comparative_numbers(words: list[Word]) -> None:
    """Hang the "more" of "more than" and a number on the number, where the parse hung it on the reporting verb the
    sentence closes with ("More than 200 people each invested £100, organisers said": no report "than 200 people
    ...")."""
    for more in words[:-2]:
        verb, than, number = words[more.head] if more.head >= 0 else more, words[more.index + 1], words[more.index + 2]
        if more.text.lower() in ("more", "less", "fewer") and verb.lemma.lower() in SPEECH_VERBS \
                and than.text.lower() == "than" and number.upos == "NUM" and more.index < verb.index \
                and not is_under(words, number, more):  # no cycle: "more than 4 in 10 said"
            more.head, more.deprel, than.head, than.deprel = number.index, "advmod", more.index, "fixed"


def repair_at_least_subjects(words: list[Word]) -> None:
    """Make a count opened by "At least" the subject of the verb after it that has none, where the parse took "At" for
    a preposition and the count for an adverbial of the reporting verb closing the sentence ("At least 61 migrants,
    including women and children, are missing ..., the IOM said": "migrants" hung on "said")."""
    for at in words[:-3]:
        least = words[at.index + 1]
        noun = words[at.head] if at.deprel == "case" and at.head >= 0 else None
        noun = words[least.head] if noun is least and least.head >= 0 else noun  # "At" hung on "least"
        report = words[noun.head] if noun is not None and noun.deprel == "obl" and noun.head >= 0 else None
        if report is None or at.text.lower() != "at" or least.text.lower() != "least" \
                or report.lemma.lower() not in SPEECH_VERBS or report.head < 0 or report.index < noun.index:
            continue
        verb = words[report.head]
        if noun.index < verb.index < report.index and verb.upos in ("VERB", "AUX", "ADJ") \
                and not has_subject(words, verb):
            noun.head, noun.deprel = verb.index, "nsubj"
