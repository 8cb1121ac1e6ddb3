"""Closing tails: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend what follows a
reporting verb closing its sentence where the parser took it for what the verb reports: a clause opened by "as" taken
for the verb's adverbial (", the company said on Tuesday, as competition intensified"), a comparison or participle
(", the Labor Department said, far more than economists had forecast"; ", the agency said, shaking buildings"), and a
relative or subordinate clause ending the sentence (", the charities said, which gave some hope"; ", the ONS said, as
households cut spending"). Each function mends one sentence's words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import SPEECH_VERBS
from quotes.trees import has_subject, phrase_span, trails_clause

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_closing_as_clauses(words: list[Word]) -> None:
    """Make a clause opened by "as" after a closing reporting verb a clause of the sentence the verb reports, where
    the parse took "as" for a preposition and the clause's subject for the verb's adverbial ("Tesla delivered fewer
    cars than expected, the company said on Tuesday, as competition from Chinese rivals intensified.": "as
    competition" what the company said)."""
    for noun in words[3:]:
        report = words[noun.head] if noun.deprel == "obl" and noun.head >= 0 else None
        if report is None or report.lemma.lower() not in SPEECH_VERBS or report.deprel not in ("parataxis", "ccomp") \
                or report.head < 0 or report.head > report.index:
            continue
        mark = next((k for k in words if k.head == noun.index and k.deprel == "case" and k.lemma.lower() == "as"), None)
        verb = next((k for k in words if k.head == noun.index and k.deprel == "acl" and k.xpos in ("VBD", "VBN")
                     and k.index > noun.index), None)
        if mark is None or verb is None or not report.index < mark.index or words[mark.index - 1].text != ",":
            continue
        verb.head, verb.deprel, noun.head, noun.deprel = report.head, "advcl", verb.index, "nsubj"
        mark.head, mark.deprel, words[mark.index - 1].head = verb.index, "mark", verb.index


def repair_closing_comparisons(words: list[Word]) -> None:
    """Make a comparison or a participle set off by a comma after a closing reporting verb a modifier of the clause
    the verb reports, where the parse took it for the verb's complement ("The economy added 256,000 jobs in December,
    the Labor Department said, far more than economists had forecast.": "far more" what the department said; "A
    magnitude 6.4 earthquake struck ..., the agency said, shaking buildings": the quake shook them)."""
    for report in words[3:]:
        verb = words[report.head] if report.deprel == "conj" and report.head >= 0 else None
        if verb is None or report.lemma.lower() not in SPEECH_VERBS or verb.index > report.index \
                or not has_subject(words, report):
            continue
        for clause in (k for k in words if k.head == report.index and k.deprel == "ccomp" and k.index > report.index
                       and (k.upos in ("ADV", "ADJ") or k.xpos == "VBG" and not has_subject(words, k))
                       and words[phrase_span(words, k)[0] - 1].text == ","):
            clause.head, clause.deprel = verb.index, "advmod" if clause.upos != "VERB" else "advcl"
            if clause.upos == "VERB":  # "shaking buildings but causing no major damage": one modifier
                for other in (k for k in words if k.head == report.index and k.deprel == "conj" and k.xpos == "VBG"
                              and k.index > clause.index):
                    other.head = clause.index


def repair_closing_report_tails(words: list[Word]) -> None:
    """Make a relative or subordinate clause set off by a comma after a closing report ("Urban populations appear to be
    stabilising, the charities said, which gave some hope"; "..., the ONS said, as households cut spending") a
    modifier of the reporting verb, where the parse took it for what the verb reports: the report is the clause
    before."""
    for clause in words[2:]:
        if clause.deprel != "ccomp" or clause.head < 0 or clause.head > clause.index:
            continue
        verb = words[clause.head]
        opener = next((k for k in words if k.head == clause.index and k.index < clause.index and k.upos != "PUNCT"),
                      None)
        if verb.lemma.lower() in SPEECH_VERBS and verb.deprel == "parataxis" and verb.head < verb.index \
                and opener is not None and opener.index - 1 > verb.index and trails_clause(words, opener.index - 1):
            clause.deprel = "advcl"  # not ", as he did last year, on ...": trails_clause wants the sentence's end
