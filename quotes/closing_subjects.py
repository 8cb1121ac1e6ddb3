"""Closing-subject repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend who the
subject of a reporting verb closing the sentence is, where the parser hung it in the clause the verb reports: a speaker
hung as an object there ("..., his attorney, Adam Fee, said"), a name before the verb ("..., chief executive Satya
Nadella said"), the description before a named subject (", public broadcaster NHK reported"), the first of two subjects
joined by "and" ("..., mediators Qatar and the US have said"), a name after the verb hung on its description ('"...,"
said Nigel Green, chief executive'), a titled name between a closing quotation mark and the verb hung in the quote
('"...," IAM District 751 president Jon Holden said'), a name before a bracketed acronym left out of the subject ("...,
the Health and Safety Executive (HSE) said"), a preposition's object taken for the subject (", the company behind it has
confirmed"), a participle's object taken for the subject (", the shipyard building it has said"), the subject of a
clause taken for a reduced relative's ("Applications ... dropped by 9,000, the Labor Department said"), and a name and
its description both hung in the reported clause (", Isavia, the airport operator, said").
The verb itself is mended in :mod:`quotes.closing_reports`. Each function mends one sentence's words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import PERSON_NOUNS, QUOTE_CHARS, SPEECH_VERBS, TITLES
from quotes.trees import has_subject, is_under, last_word, phrase_span, verb_start

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_closing_report_subjects(words: list[Word]) -> None:
    """Make the noun phrase set off by commas right before a closing reporting verb without a subject its subject,
    where the parse made the phrase an object inside the clause before it ("Menendez ... plans to appeal, his
    attorney, Adam Fee, said after the hearing.": "attorney" the object of "appeal", so the report of "maintained"
    ran on to "Adam Fee")."""
    for verb in words:
        if verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS or verb.index < 4 \
                or words[verb.index - 1].text != "," \
                or has_subject(words, verb):
            continue
        commas = [w.index for w in reversed(words[:verb.index - 2]) if w.text == ","][:3]
        for comma in commas:
            span = range(comma + 1, verb.index - 1)
            heads = _hung_outside(words, comma, verb.index - 1)
            named = any(w.head == heads[0].index and w.deprel == "appos" and w.upos == "PROPN"
                        and words[w.index - 1].text == "," for w in words[comma + 1:verb.index - 1]) if heads else False
            if len(span) <= 8 and len(heads) == 1 and heads[0].upos == "NOUN" and heads[0].deprel in ("obj", "iobj") \
                    and named and not is_under(words, verb, heads[0]):  # "his attorney, Adam Fee,"
                heads[0].head, heads[0].deprel = verb.index, "nsubj"
                break


def repair_closing_acronym_subjects(words: list[Word]) -> None:
    """Make the name before a bracketed acronym that is a closing reporting verb's subject the subject, with the
    acronym its apposition, where the parse hung the name in the clause before ("The trust admitted failing to
    protect the man, the Health and Safety Executive (HSE) said.": "Executive" a conjunct of "man", "HSE" alone the
    speaker), or the verb left without a subject (", the International Organization for Migration (IOM) said":
    "Organization" an apposition of the coast before it; "..., the British Airline Pilots' Association (Balpa) has
    warned")."""
    for verb in words[4:]:
        if verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS:
            continue
        acronym = next((k for k in words if k.head == verb.index and k.deprel == "nsubj"), None)
        start = verb_start(words, verb)  # "(Balpa) has warned": the auxiliary opens the verb group
        if words[start - 1].text == ")" and not has_subject(words, verb):
            acronym = words[start - 2]
        if acronym is None or acronym.upos != "PROPN" or not 2 <= acronym.index < verb.index - 1 \
                or words[acronym.index - 1].text != "(" or words[acronym.index + 1].text != ")":
            continue
        phrase, head = _after_last_comma(words, acronym.index - 1)
        if not 1 <= len(phrase) <= 8 or head is None or words[acronym.index - 2].upos != "PROPN" \
                or head.upos not in ("PROPN", "NOUN") or is_under(words, verb, head):
            continue
        head.head, head.deprel, acronym.head, acronym.deprel = verb.index, "nsubj", head.index, "appos"


def repair_closing_object_subjects(words: list[Word]) -> None:
    """Make the noun before a preposition the subject of a reporting verb whose subject in the parse is that
    preposition's object, with the noun hung on the verb as its object (", the company behind it has confirmed.": not
    "it", which has a "behind" of its own)."""
    for subject in words[2:]:
        verb = words[subject.head] if subject.deprel == "nsubj" and subject.head > subject.index else None
        case = words[subject.index - 1]
        noun = words[case.index - 1]
        if verb is None or verb.lemma.lower() not in SPEECH_VERBS or case.head != subject.index \
                or case.deprel != "case" or noun.head != verb.index or noun.deprel != "obj" or noun.upos != "NOUN":
            continue
        noun.deprel, subject.head, subject.deprel = "nsubj", noun.index, "nmod"


def repair_closing_participle_objects(words: list[Word]) -> None:
    """Make the noun before a participle in "-ing" the subject of a closing reporting verb, the participle its clause
    and the pronoun after it the participle's object, where the parse took the participle for a noun and the pronoun
    for the verb's subject (", the shipyard building it has said.": "it" said nothing)."""
    for pronoun in words[3:]:
        verb = words[pronoun.head] if pronoun.deprel == "nsubj" and pronoun.head > pronoun.index else None
        participle, noun = words[pronoun.index - 1], words[pronoun.index - 2]
        if verb is None or verb.lemma.lower() not in SPEECH_VERBS or pronoun.text.lower() not in ("it", "them") \
                or not participle.text.endswith("ing") or participle.upos != "NOUN" or participle.deprel == "nsubj" \
                or noun.head != participle.index or noun.upos not in ("NOUN", "ADJ") or not noun.text.islower() \
                or words[noun.index - 1].lemma.lower() not in ("the", "a", "an") or words[noun.index - 2].text != ",":
            continue
        for k in words:
            if k.head == participle.index and k is not noun:
                k.head = noun.index
        noun.upos, noun.xpos, noun.head, noun.deprel = "NOUN", "NN", verb.index, "nsubj"
        participle.upos, participle.xpos, participle.head, participle.deprel = "VERB", "VBG", noun.index, "acl"
        participle.lemma = participle.text.removesuffix("ing")
        pronoun.head, pronoun.deprel = participle.index, "obj"


def repair_closing_relative_subjects(words: list[Word]) -> None:
    """Make the noun phrase between a comma and a closing reporting verb the verb's subject, and the verb in the past
    the parse took for a reduced relative clause with that phrase as its subject what the verb reports, the verb's
    subject in the parse that clause's ("Applications for jobless benefits dropped by 9,000, the Labor Department
    said": "Applications" no speaker, "dropped" a modifier of "benefits")."""
    for said in words[3:]:
        named = words[said.index - 1]
        clause = words[named.head] if named.deprel in ("nsubj", "nsubj:pass") and named.head >= 0 else None
        if clause is None or said.lemma.lower() not in SPEECH_VERBS or clause.deprel != "acl" \
                or clause.xpos not in ("VBN", "VBD"):
            continue
        subject = next((k for k in words if k.head == said.index and k.deprel == "nsubj" and k.index < said.index),
                       None)
        if subject is None or not is_under(words, clause, subject) \
                or words[phrase_span(words, named)[0] - 1].text != ",":
            continue
        named.head, named.deprel = said.index, "nsubj"
        clause.head, clause.deprel, clause.xpos = said.index, "ccomp", "VBD"
        subject.head, subject.deprel = clause.index, "nsubj"


def repair_closing_name_subjects(words: list[Word]) -> None:
    """Make the name or person noun between the last comma and a closing reporting verb without a subject its
    subject, where the parse hung it in the clause before ("Microsoft will cut 10,000 jobs, chief executive Satya
    Nadella said in a memo": "Satya" an apposition of "jobs", so the report had no speaker of its own)."""
    for verb in words:
        end = verb_start(words, verb)  # "..., US President Joe Biden has announced"
        if not _closes_on_clause(verb) or end < 3 or words[end - 1].text == "," or has_subject(words, verb):
            continue
        phrase, head = _after_last_comma(words, end)
        if not 1 <= len(phrase) <= 6 or head is None or any(w.upos in ("VERB", "AUX", "ADP", "CCONJ") for w in phrase):
            continue
        if (head.upos == "PROPN" or head.lemma.lower() in TITLES | PERSON_NOUNS) and head.deprel != "nsubj" \
                and not is_under(words, verb, head):
            head.head, head.deprel = verb.index, "nsubj"


def repair_closing_subject_descriptions(words: list[Word]) -> None:
    """Make the description between the last comma and a closing reporting verb's named subject part of that subject,
    where the parse hung it in the clause before (", short of the 50 they needed, public broadcaster NHK reported":
    "broadcaster" the object of "needed")."""
    for verb in words:
        if not _closes_on_clause(verb):
            continue
        subject = next((k for k in words if k.head == verb.index and k.deprel == "nsubj"), None)
        if subject is None or subject.upos != "PROPN" or subject.index > verb.index:
            continue
        start = phrase_span(words, subject)[0]
        phrase, head = _after_last_comma(words, start)
        if 1 <= len(phrase) <= 4 and head is not None and head.upos == "NOUN" and head.index == start - 1 \
                and head.text.islower() and all(w.upos in ("ADJ", "NOUN", "DET") for w in phrase) \
                and not is_under(words, verb, head):
            head.head, head.deprel = subject.index, "compound"


def repair_closing_joint_subjects(words: list[Word]) -> None:
    """Make the phrase between the last comma and the "and" before a closing reporting verb's subject the first of
    that subject's conjuncts, where the parse hung it in the clause before ("Israel and Hamas have agreed a deal,
    mediators Qatar and the US have said": "mediators" a conjunct of "deal", the US speaking alone)."""
    for verb in words:
        subject = next((k for k in words if k.head == verb.index and k.deprel == "nsubj"), None) \
            if _closes_on_clause(verb) else None
        joint = next((k for k in words if k.head in (verb.index, subject.index) and k.deprel == "cc"
                      and k.lemma.lower() == "and" and k.index < subject.index), None) if subject is not None else None
        phrase, first = _after_last_comma(words, joint.index) if joint is not None else ([], None)
        if not 1 <= len(phrase) <= 4 or first is None or first.upos not in ("NOUN", "PROPN") \
                or any(w.upos in ("VERB", "AUX", "ADP", "PRON") for w in phrase) or is_under(words, verb, first):
            continue
        first.head, first.deprel = verb.index, subject.deprel
        subject.head, subject.deprel = first.index, "conj"
        joint.head = subject.index


def repair_compounded_inverted_names(words: list[Word]) -> None:
    """Make the name right after an inverted reporting verb its subject, and the description set off after it the
    name's apposition, where the parse hung the name on the description as a compound across the comma ('"...,"
    said Nigel Green, chief executive of the financial advisory firm deVere Group.': Green speaks, not the firm)."""
    for verb in words[:-3]:
        first = words[verb.index + 1]
        if verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS or first.upos != "PROPN":
            continue
        end = first.index
        while end + 1 < len(words) and words[end + 1].upos == "PROPN":
            end += 1
        last = words[end]
        described = words[last.head] if last.deprel == "compound" and last.head > end + 1 else None
        if described is None or words[end + 1].text != "," or described.upos != "NOUN" \
                or described.head != verb.index:
            continue
        for w in words:
            if w.head == described.index and first.index <= w.index < end:
                w.head = last.index
        last.head, last.deprel = verb.index, "nsubj"
        described.head, described.deprel = last.index, "appos"


def _closes_on_clause(verb: Word) -> bool:
    """A reporting verb hung on a clause before it, as a conjunct, a parataxis or a complement: where a closing
    report's subject may have been hung in that clause."""
    return verb.upos == "VERB" and verb.lemma.lower() in SPEECH_VERBS and 0 <= verb.head < verb.index \
        and verb.deprel in ("conj", "parataxis", "ccomp")


def _after_last_comma(words: list[Word], end: int) -> tuple[list[Word], Word | None]:
    """The words between the last comma before index ``end`` and ``end``, and the one of them the others hang on
    (``None`` when none or several hang outside them); no words when no comma comes before."""
    comma = next((w.index for w in reversed(words[:end]) if w.text == ","), None)
    phrase = words[comma + 1:end] if comma is not None else []
    heads = _hung_outside(words, comma, end) if comma is not None else []
    return phrase, heads[0] if len(heads) == 1 else None


def _hung_outside(words: list[Word], start: int, end: int) -> list[Word]:
    """The words between indexes ``start`` and ``end`` (neither included) that hang on a word outside them: the
    heads of the phrase or phrases there."""
    return [w for w in words[start + 1:end] if not start < w.head < end]


def repair_closing_apposed_subjects(words: list[Word]) -> None:
    """Make a phrase set off by a comma right before a closing reporting verb without a subject that verb's subject,
    where the parse made it the apposition of the noun before the comma, in the clause the verb reports ("Most
    members rejected the deal, the International Association of Machinists said": not the deal); and where the parse
    made the report's subject the verb's, the clause it opens the verb's complement ("A pickup truck ... struck an SUV,
    DPS Sgt. Deon Cockrell told reporters": not the truck)."""
    for verb in words[4:]:
        if verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS:
            continue
        subject = next((k for k in words if k.head == verb.index and k.deprel == "nsubj"), None)
        if subject is not None and verb.deprel == "root" and subject.index < verb.index \
                and not any(k.head == verb.index and k.deprel in ("ccomp", "obj", "xcomp", "advcl") for k in words):
            named = next((w for w in words[subject.index + 1:verb.index - 1] if w.deprel == "appos"
                          and w.upos == "PROPN" and w.head != subject.index and is_under(words, w, subject)
                          and phrase_span(words, w) == (_after_comma(words, w), verb.index - 1)), None)
            if named is not None:
                named.head, named.deprel, subject.deprel = verb.index, "nsubj", "ccomp"
                return
        if has_subject(words, verb):
            continue
        named = next((w for w in words[:verb.index - 1] if w.deprel == "appos" and w.head >= 0
                      and phrase_span(words, w) == (_after_comma(words, w), verb.index - 1)), None)
        if named is None and words[verb.index - 1].text == ",":  # "her husband, Luis, told", not a name's title
            named = next((w for w in words[:verb.index - 2] if w.deprel == "appos" and w.head >= 0
                          and words[w.head].upos == "NOUN"
                          and phrase_span(words, w) == (_after_comma(words, w), verb.index - 2)
                          and any(k.head == w.index and k.deprel == "appos" and k.upos == "PROPN" for k in words)),
                         None)
        reported = words[verb.head] if verb.deprel == "parataxis" and verb.head >= 0 else verb  # the clause the verb
        # hangs on ("..., her husband, Luis, told KUSA-TV" with "told" a parataxis of the report)
        if named is not None and named.head < named.index and (is_under(words, words[named.head], verb)
                                                               or is_under(words, words[named.head], reported)):
            named.head, named.deprel = verb.index, "nsubj"
            return


def repair_closing_described_names(words: list[Word]) -> None:
    """Make a name set off by commas before a description set off by commas before a closing reporting verb without a
    subject the verb's subject, the description its apposition, where the parse hung both in the clause the verb
    reports ("Flights were operating normally, Isavia, the airport operator, said": "Isavia" a vocative, "operator"
    a clause aside)."""
    verb = last_word(words)
    if verb is None or verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS or has_subject(words, verb) \
            or verb.index < 6 or words[verb.index - 1].text != ",":
        return
    described = next((w for w in words[:verb.index - 1] if w.upos == "NOUN" and "Number=Plur" not in w.feats
                      and phrase_span(words, w) == (_after_comma(words, w), verb.index - 2)), None)
    lead = phrase_span(words, described)[0] if described is not None else 0
    name = words[lead - 2] if lead > 2 else None
    if name is None or name.upos != "PROPN" or name.deprel.startswith("nsubj") or described.head == verb.index \
            or _after_comma(words, name) < 0 or phrase_span(words, name)[1] != lead - 2 \
            or is_under(words, name, described) or is_under(words, described, name):
        return
    name.head, name.deprel, described.head, described.deprel = verb.index, "nsubj", name.index, "appos"


def _after_comma(words: list[Word], word: Word) -> int:
    """The index of the first word of ``word``'s phrase when a comma stands right before it, else -1."""
    lead = phrase_span(words, word)[0]
    return lead if lead > 0 and words[lead - 1].text == "," else -1


def repair_quoted_report_subjects(words: list[Word]) -> None:
    """Make the name between a closing quotation mark and the reporting verb after it the verb's subject, with the
    title words before it hung on the name, where the parse hung them in the quoted clause ('"...," IAM District 751
    president Jon Holden said': "president" and "Jon" both hung on "hold")."""
    for verb in words[3:]:
        if verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS or has_subject(words, verb) \
                or not any(k.head == verb.index and k.deprel == "ccomp" and k.index < verb.index for k in words):
            continue
        mark = next((w.index for w in reversed(words[:verb.index]) if w.upos == "PUNCT"), None)
        phrase = words[mark + 1:verb.index] if mark is not None and words[mark].text in QUOTE_CHARS else []
        heads = _hung_outside(words, mark, verb.index) if phrase else []
        if not 2 <= len(phrase) <= 7 or len(heads) != 2 or any(w.upos not in ("PROPN", "NOUN", "NUM") for w in phrase) \
                or heads[0].lemma.lower() not in TITLES or heads[1].upos != "PROPN" \
                or heads[1].index != heads[0].index + 1:
            continue
        heads[0].head, heads[0].deprel = heads[1].index, "compound"
        heads[1].head, heads[1].deprel = verb.index, "nsubj"
