"""Number repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend how the parse hung
the words of a number or a day near a reporting verb: a number written out with a hyphen ("Sixty-four percent ...,
the union said"), the "up" of "up to 20cm" taken for the verb's particle, the "more" of "more than 200 people" hung on
the verb, a count opened by "At least" hung on it, and a day hung in the reported clause or on the subject ("said
Tuesday it would", "The FDA on Friday approved"). Each function mends one sentence's words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.apposition_repairs import hyphen_joins
from quotes.lexicon import SPEECH_VERBS, TIME_WORDS, WEEKDAYS
from quotes.trees import has_subject, is_under

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


# Words that open an approximate count ("About 200,000 ballots", "Nearly 3,000 people").
APPROXIMATE_OPENINGS = frozenset("about around nearly almost roughly approximately".split())


def repair_count_subjects(words: list[Word]) -> None:
    """Make a count opened by "At least" or an approximation (``APPROXIMATE_OPENINGS``) the subject of the verb after
    it that has none, where the parse took "At" or "About" for a preposition and the count for an adverbial of the
    reporting verb closing the sentence ("At least 61 migrants, including women and children, are missing ..., the
    IOM said": "migrants" hung on "said"; "About 200,000 ballots remained uncounted ..., officials said")."""
    for at in words[:-3]:
        least = words[at.index + 1]
        noun = words[at.head] if at.deprel == "case" and at.head >= 0 else None
        noun = words[least.head] if noun is least and least.head >= 0 else noun  # "At" hung on "least"
        report = words[noun.head] if noun is not None and noun.deprel == "obl" and noun.head >= 0 else None
        approximate = noun is not None and at.text.lower() in APPROXIMATE_OPENINGS and least.upos == "NUM" \
            and least.head == noun.index
        if report is None or not (at.text.lower() == "at" and least.text.lower() == "least" or approximate) \
                or report.lemma.lower() not in SPEECH_VERBS or report.index < noun.index:
            continue
        verbs = [words[report.head]] if report.head >= 0 else []
        verbs += [w for w in words if w.head == report.index and w.deprel == "ccomp"]  # "remained" under "said"
        verb = next((v for v in verbs if noun.index < v.index < report.index and v.upos in ("VERB", "AUX", "ADJ")
                     and not has_subject(words, v)), None)
        if verb is not None:
            noun.head, noun.deprel = verb.index, "nsubj"
            if approximate:
                at.head, at.deprel = least.index, "advmod"


def repair_said_times(words: list[Word]) -> None:
    """Hang a day right after a reporting verb on the verb, where the parse hung it in the reported clause after it
    ("Salesforce said Tuesday it would cut about 1,000 jobs": said on Tuesday, not cutting on it)."""
    for day in words[1:-2]:
        verb, clause = words[day.index - 1], words[day.head] if day.head >= 0 else day
        if day.text.lower() in TIME_WORDS and day.deprel in ("obl:unmarked", "obl:tmod", "obl") \
                and verb.lemma.lower() in SPEECH_VERBS and clause.head == verb.index and clause.deprel == "ccomp" \
                and clause.index > day.index + 1 and words[day.index + 1].deprel.startswith("nsubj"):
            day.head = verb.index


def repair_subject_days(words: list[Word]) -> None:
    """Hang "on" and a weekday right after a verb's subject on the verb, where the parse hung it on the subject ("The
    U.S. Food and Drug Administration on Friday approved ...": no speaker "... Administration on Friday")."""
    for day in words[2:-1]:
        on = words[day.index - 1]
        if day.text.lower() not in WEEKDAYS or day.deprel != "nmod" or on.text.lower() != "on" \
                or on.head != day.index:
            continue
        noun = words[day.head]
        while noun.deprel in ("conj", "flat", "compound") and noun.head >= 0:  # "Food and Drug Administration"
            noun = words[noun.head]
        verb = words[noun.head] if noun.head >= 0 else noun
        if noun.index < day.index < verb.index and noun.deprel.startswith("nsubj") \
                and verb.upos in ("VERB", "AUX") \
                and all(w.upos in ("ADV", "AUX") for w in words[day.index + 1:verb.index]):
            day.head, day.deprel = verb.index, "obl"
