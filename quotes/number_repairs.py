"""Number repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend how the parse hung the
words of a number or a day near a reporting verb: a number written out with a hyphen ("Sixty-four percent ..., the
union said"), the "up" of "up to 20cm" taken for the verb's particle, an amount after the verb taken out of the clause
it is the subject of ("saying up to 180mm of rain could fall"), the "more" of "more than 200 people" hung on the verb,
a count opened by "At least" hung on it, and a day hung in the reported clause or on the subject ("said Tuesday it
would", "The FDA on Friday approved") or one that made the verb after it an adjective ("Marvin Rees, on Thursday
unveiled plans"), or the "ago" after a span of time hung on the verb after it, or a school year ("One Year 11 pupil")
read as a time. Each function mends one sentence's words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.apposition_repairs import hyphen_joins
from quotes.lexicon import DURATIONS, SPEECH_VERBS, TIME_WORDS, WEEKDAYS
from quotes.trees import has_subject, is_under, make_predicate, phrase_span, root_word

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_ago_phrases(words: list[Word]) -> None:
    """Hang "ago" on the span of time right before it, where the parse hung it on the verb after them, which then
    took it into its cue ("A school that banned phones two years ago says ...": not the cue "ago says")."""
    for ago in words[1:]:
        span = words[ago.index - 1]
        if ago.lemma.lower() == "ago" and span.lemma.lower() in DURATIONS and ago.head != span.index \
                and ago.head > ago.index and span.head != ago.index:
            ago.head, ago.deprel = span.index, "advmod"


def repair_school_years(words: list[Word]) -> None:
    """Make a school year ("Year" and its number) a compound of the noun after it, where the parse took "Year" for a
    time and the count before it for its own ("One Year 11 pupil, Ella, 16, said": "One Year" an adverbial of "said",
    the role "11 pupil")."""
    for year in words[:-2]:
        number, noun = words[year.index + 1], words[year.index + 2]
        if year.text != "Year" or number.upos != "NUM" or number.head != noun.index or noun.upos != "NOUN" \
                or year.head == noun.index:
            continue
        if noun.head == year.index:  # "Year 11 pupils" hung on "Year": the noun takes its place
            noun.head, noun.deprel = year.head, year.deprel
        for kid in words[:year.index]:
            if kid.head == year.index:
                kid.head = noun.index  # "One"
        year.head, year.deprel = noun.index, "compound"


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
    before it ("Forecaster Alex Deakin said up to 20cm could fall": no "said up"), or the object of "of" with the
    measure hung on the verb ("warned of storm surges of up to 15 feet": no surges "of up")."""
    for up in words[1:-2]:
        verb, to, number = words[up.head] if up.head >= 0 else up, words[up.index + 1], words[up.index + 2]
        if up.text.lower() != "up" or to.lemma.lower() != "to" or to.head not in (number.index, number.head) \
                or number.upos != "NUM":
            continue
        of, measure = words[up.index - 1], words[number.head] if number.head >= 0 else number
        if up.deprel == "nmod" and of.text.lower() == "of" and of.head == up.index and measure.index > number.index \
                and measure.upos == "NOUN" and measure.head != up.head:
            measure.head, measure.deprel, of.head = up.head, "nmod", measure.index
        elif up.deprel != "compound:prt" or verb.lemma.lower() not in SPEECH_VERBS:
            continue
        up.head, up.deprel, up.upos, up.xpos = number.index, "advmod", "ADV", "RB"


def repair_reported_amounts(words: list[Word]) -> None:
    """Make an amount right after a reporting verb the subject of the clause after it, and that clause the verb's
    report, where the parse hung the amount on the verb and the clause elsewhere (", saying up to 180mm of rain could
    fall in 12 hours": "fall" a conjunct of the sentence's verb, not what was said)."""
    for verb in words[:-3]:
        amount = words[verb.index + 1]
        if verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS or amount.upos == "PUNCT":
            continue
        number = next((w for w in words[verb.index + 1:verb.index + 4] if w.upos == "NUM" and w.head == verb.index
                       and w.deprel in ("obl", "obj") and phrase_span(words, w)[0] == verb.index + 1), None)
        end = phrase_span(words, number)[1] if number is not None else len(words)
        aux = words[end + 1] if end + 2 < len(words) else None
        clause = words[aux.head] if aux is not None and aux.deprel == "aux" and aux.head > aux.index else None
        if clause is None or clause.upos != "VERB" or clause.head == verb.index or has_subject(words, clause) \
                or any(k.head == verb.index and k.deprel in ("ccomp", "xcomp") for k in words) \
                or is_under(words, verb, clause):
            continue
        number.head, number.deprel, clause.head, clause.deprel = clause.index, "nsubj", verb.index, "ccomp"


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
    """Hang a day or a time phrase right after a reporting verb on the verb, where the parse hung it in the reported
    clause after it ("Salesforce said Tuesday it would cut about 1,000 jobs": said on Tuesday, not cutting on it;
    "said earlier this month it would take on 22,000 workers")."""
    for day in words[1:-2]:
        if day.text.lower() not in TIME_WORDS or day.deprel not in ("obl:unmarked", "obl:tmod", "obl"):
            continue
        clause = words[day.head] if day.head >= 0 else day
        first, last = phrase_span(words, day)
        adverb = words[first - 1] if first > 1 and words[first - 1].text.lower() in ("earlier", "later") \
            and words[first - 1].head == clause.index else None  # "earlier" of "earlier this month"
        verb = words[first - 1 - (adverb is not None)] if first > 0 else day
        if verb.lemma.lower() in SPEECH_VERBS and clause.head == verb.index and clause.deprel == "ccomp" \
                and clause.index > last + 1 and words[last + 1].deprel.startswith("nsubj") \
                and all(w.upos in ("ADV", "DET", "ADJ") for w in words[first:day.index]):
            day.head = verb.index
            if adverb is not None:
                adverb.head = day.index


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


def repair_closing_day_subjects(words: list[Word]) -> None:
    """Make a weekday right after a reporting verb the verb's time, and the name before the verb, set off by a comma
    and hung on a word before it, the verb's subject, where the parse made the weekday the subject ("The White House
    will not make the logs public, press secretary Karine Jean-Pierre said Thursday.": "Thursday" said it)."""
    for day in words[3:]:
        verb = words[day.index - 1]
        if day.text.lower() not in WEEKDAYS or not day.deprel.startswith("nsubj") or day.head != verb.index \
                or verb.lemma.lower() not in SPEECH_VERBS:
            continue
        name = words[verb.index - 1]
        while 0 <= name.head < verb.index and (name.deprel in ("flat", "compound") or name.deprel == "appos"
                                                and name.head == name.index - 1 and words[name.head].upos == "NOUN"):
            name = words[name.head]  # "Karine Jean-Pierre": "Pierre" a flat word of "Karine", she of "secretary"
        start = phrase_span(words, name)[0] if name.upos in ("PROPN", "NOUN") else 0
        if start > 0 and name.head < start and words[start - 1].text == "," \
                and name.deprel in ("appos", "conj", "parataxis", "dep") \
                and any(w.upos == "PROPN" for w in words[start:verb.index]):
            day.deprel = "obl:tmod"
            name.head, name.deprel = verb.index, "nsubj"


def repair_day_verbs(words: list[Word]) -> None:
    """Make a verb in the past tense right after "on" and a weekday the root, the noun it was taken to modify its
    object and the old noun root its subject, where the parse read the sentence as a noun phrase ("The mayor of
    Bristol, Marvin Rees, on Thursday unveiled plans ..., calling ...": "unveiled" an adjective of "plans")."""
    root = root_word(words)
    verb = next((w for w in words[3:] if w.xpos == "VBD" and w.deprel == "amod" and w.head > w.index
                 and words[w.index - 1].text.lower() in WEEKDAYS and words[w.index - 2].text.lower() == "on"), None)
    if root is None or verb is None or root.upos not in ("NOUN", "PROPN") or root.index > verb.index \
            or any(w.upos in ("VERB", "AUX") and w.index < verb.index for w in words):
        return
    noun, day = words[verb.head], words[verb.index - 1]
    for word in make_predicate(words, root, verb):  # the clauses and the full stop after the verb
        word.deprel = "advcl" if word.deprel == "acl" else word.deprel
    day.head, day.deprel, noun.head, noun.deprel = verb.index, "obl", verb.index, "obj"
