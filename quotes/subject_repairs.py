"""Subject repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend who a verb's subject
is where the parser got it wrong in news text: a name the parse hung elsewhere ("O'Neill herself is philosophical";
"Marty West, an education professor ..., called it"), an inverted speaker's description taken for the subject ('"...,"
said Friederike Otto, a climate scientist'), a preposition's object taken for the subject ("two people familiar with the
talks said"), a name opening the sentence taken for one addressed ("Curry, 39, has missed"), a list of names or a
place's description opening the sentence ("Spain, Britain and Qatar have sent teams", "In Perry, a town of 7,000 people,
Mayor Tim Brown said"), a subordinate clause's subject taken for a preposition's object ("after Amazon announced
layoffs", "as King Felipe visited"). The repairs of a reporting verb that closes the sentence are in
:mod:`quotes.closing_reports`, those of a relative clause in :mod:`quotes.relative_repairs`, those of a subject after an
opening participle clause in :mod:`quotes.opening_clause_repairs`. Each function mends one sentence's words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import (OBJECTLESS_REPORTS, ORGANIZATION_NOUNS, QUOTE_CHARS, REFLEXIVES, SPEECH_VERBS,
                            TIME_SUBORDINATORS, TITLES)
from quotes.names import is_first_name
from quotes.trees import has_subject, is_under, phrase_span, root_word, subtree_span, verb_start

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_emphatic_reflexives(words: list[Word]) -> None:
    """Make the name before an emphatic "herself" or "himself" the subject, where the parse made the pronoun the
    subject and hung the name on the verb otherwise ("O'Neill herself is philosophical": O'Neill, a discourse
    word) or on the pronoun ("The Prime Minister herself said": "Minister", a compound)."""
    for pronoun in words[1:]:
        if pronoun.text.lower() not in REFLEXIVES or not pronoun.deprel.startswith("nsubj"):
            continue
        name = words[pronoun.index - 1]
        while name.deprel == "flat" and 0 <= name.head < name.index:  # "Margaret O'Neill": its first word
            name = words[name.head]
        if name.upos in ("PROPN", "NOUN") and name.head == pronoun.index and name.deprel == "compound":
            for word in words[:name.index]:  # "The Prime Minister herself", "Minister" a compound of the pronoun
                if word.head == pronoun.index:
                    word.head = name.index
            name.head = pronoun.head
        elif name.upos != "PROPN" or name.head != pronoun.head or name.deprel.startswith("nsubj"):
            continue
        name.deprel, pronoun.head, pronoun.deprel = pronoun.deprel, name.index, "nmod:npmod"


def repair_apposed_subjects(words: list[Word]) -> None:
    """Make a name the subject, and the description after it set off by a comma its apposition, where the parse made
    the description the subject with the name as the description's own subject ("Marty West, an education professor
    at Harvard ..., called it ...": "professor" the subject of "called", "West" the subject of "professor")."""
    for noun in words:
        if noun.upos != "NOUN" or noun.deprel not in ("nsubj", "nsubj:pass"):
            continue
        kids = [k for k in words if k.head == noun.index]
        name = next((k for k in kids if k.deprel == "nsubj" and k.upos == "PROPN" and k.index < noun.index), None)
        if name is None or any(k.deprel in ("cop", "aux") for k in kids):
            continue
        end = subtree_span(words, name)[1]
        if words[end + 1].text != ",":
            continue
        name.head, name.deprel, noun.head, noun.deprel = noun.head, noun.deprel, name.index, "appos"


def repair_time_tagged_subjects(words: list[Word]) -> None:
    """Make a person's name that opens the sentence the verb's subject, and the description after it set off by
    commas its apposition, where the parse took the name for a time, as if a day ("Cammy Day, the leader of the City
    of Edinburgh Council, said": "Day" the verb's time, "leader" its subject)."""
    name = next((w for w in words[:4] if w.deprel in ("obl:unmarked", "obl:tmod") and w.upos == "PROPN"), None)
    end = phrase_span(words, name)[1] if name is not None else len(words)
    noun = words[end + 2] if end + 2 < len(words) and words[end + 1].text == "," else None
    while noun is not None and noun.head > noun.index and noun.upos == "DET":
        noun = words[noun.head]  # "the leader"
    after = phrase_span(words, noun)[1] + 1 if noun is not None else len(words)
    if after >= len(words) or phrase_span(words, name)[0] != 0 or words[0].upos != "PROPN" \
            or not (is_first_name(words[0].text) or noun.lemma.lower() in TITLES) or noun.head != name.head \
            or not noun.deprel.startswith("nsubj") or words[after].text != ",":
        return
    name.deprel, noun.head, noun.deprel = noun.deprel, name.index, "appos"


def repair_inverted_objects(words: list[Word]) -> None:
    """Make the name right after an inverted "said" (or another of ``OBJECTLESS_REPORTS``) without a subject its
    subject, where the parse made it the verb's object ("..., said Rishi Bhandari of Nepal Tourism Adventure"), and a
    headline's bare title or body, the verb's subject going back to the clause ("X to build ..., says chancellor", "...,
    says charity")."""
    for verb in words:
        if verb.upos != "VERB" or verb.lemma.lower() not in OBJECTLESS_REPORTS or verb.index + 1 >= len(words):
            continue
        name = words[verb.index + 1]
        before = next((k for k in words if k.head == verb.index and k.deprel.startswith("nsubj")), None)
        clause = next((k for k in words if k.head == verb.index and k.deprel == "ccomp" and k.index < verb.index), None)
        if before is not None and (clause is None or name.upos != "NOUN"
                                   or name.lemma.lower() not in TITLES | ORGANIZATION_NOUNS  # "says charity"
                                   or before.index > clause.index
                                   or any(w.upos != "PUNCT" for w in words[name.index + 1:])):
            continue
        if (name.upos == "PROPN" or before is not None) and name.head == verb.index and name.deprel in ("obj", "iobj") \
                and verb.index > 0 and words[verb.index - 1].text in (",", "\"", "”", "''"):
            name.deprel = "nsubj"
            if before is not None:
                before.head = clause.index


def repair_inverted_appositions(words: list[Word]) -> None:
    """Make the name right after an inverted reporting verb its subject and the description after the name the
    name's apposition, where the parse made the name a complement and the description the subject ('"...," said
    Friederike Otto, a climate scientist at Imperial College London.')."""
    for verb in words:
        if verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS or verb.index + 1 >= len(words):
            continue
        name = words[verb.index + 1]
        kids = [k for k in words if k.head == verb.index]
        description = next((k for k in kids if k.deprel == "nsubj" and k.upos == "NOUN" and k.index > name.index), None)
        if name.upos != "PROPN" or name.head != verb.index or name.deprel not in ("ccomp", "obj", "xcomp", "dep") \
                or description is None:
            continue
        _appose(words, name, description)


def repair_inverted_descriptions(words: list[Word]) -> None:
    """Make the description after the name that is the subject of an inverted reporting verb the name's apposition,
    where the parse made it a complement of the verb ('"...," said Bob Oravec, a forecaster with the National Weather
    Service.': "forecaster" a second reported clause), or its subject, the name a time's oblique ('"...," said Ed
    Day, the Rockland County executive.': "Day" a day)."""
    for verb in words:
        if verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS or verb.index + 1 >= len(words):
            continue
        name = words[verb.index + 1]
        name = words[name.head] if name.deprel == "compound" and name.head == name.index + 1 else name
        kids = [k for k in words if k.head == verb.index]
        timed = name.deprel == "obl:unmarked" and not any(k.deprel.startswith("nsubj") and k.upos != "NOUN"
                                                           for k in kids)  # "Ed Day"
        if name.upos != "PROPN" or name.head != verb.index or name.deprel != "nsubj" and not timed \
                or not any(k.deprel == "ccomp" and k.index < verb.index for k in kids):
            continue
        description = next((k for k in kids if k.deprel in ("ccomp", "obj", "dep") + ("nsubj",) * timed
                            and k.upos == "NOUN"
                            and k.index > name.index and not any(w.upos in ("VERB", "AUX") for w in words
                                                                 if is_under(words, w, k))), None)
        if description is not None:
            _appose(words, name, description)


def _appose(words: list[Word], name: Word, description: Word) -> None:
    """Make ``description`` the apposition of ``name``, the verb's subject, when a comma is all that parts them."""
    end = subtree_span(words, name)[1]
    opening = phrase_span(words, description)[0]
    if words[end + 1].text == "," and end + 2 == opening:
        name.deprel, description.head, description.deprel = "nsubj", name.index, "appos"


def repair_adjective_subjects(words: list[Word]) -> None:
    """Make the adjective right before a reporting verb without a subject the subject, with the determiner and the
    words before it, where the parse hung them all on the verb as if it were a noun ('"...," the 26-year-old wrote':
    "the" a determiner and "old" a modifier of "wrote"), and an age set off before it that the parse took for what was
    said ("The 32-year-old, who won five gold medals, said it was time") or after it ('"...," said the 32-year-old')."""
    for verb in words:
        if verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS or verb.index < 2 or has_subject(words, verb):
            continue
        aged = next((k for k in words if k.head == verb.index and k.deprel == "ccomp" and k.lemma.lower() == "old"
                     and any(d.head == k.index and d.deprel == "det" and (
                         k.index < verb.index or d.index == verb.index + 1 and words[verb.index - 1].upos == "PUNCT")
                             for d in words)), None)  # '"...," said the 32-year-old'
        if aged is not None:
            aged.deprel = "nsubj"
            continue
        adjective = words[verb.index - 1]
        lead = [k for k in words if k.head == verb.index and k.index < adjective.index and k.deprel in ("det",
                                                                                                         "nummod")]
        if adjective.upos != "ADJ" or adjective.head != verb.index or not any(k.deprel == "det" for k in lead):
            continue
        for word in words[lead[0].index:adjective.index]:
            if word.head == verb.index:
                word.head = adjective.index
        adjective.deprel = "nsubj"


def repair_vocative_subjects(words: list[Word]) -> None:
    """Make a name opening the sentence the subject of a root verb, where the parse took the name for one addressed
    ("Curry, 39, has missed six games.": "Curry" a vocative), and the description set off after it, if the parse made
    that the subject, the name's apposition ("Haley, the former governor of South Carolina, brushed off the insult";
    "Nationwide, the UK's biggest building society, said" with "Nationwide" an adverb, "Ofqual, the exams regulator,
    said" with "Ofqual" a word aside; "Duterte, the daughter of ..., has denied"); not before a command ("John, come
    here")."""
    name = words[0] if words else None
    root = root_word(words)
    if name is None or root is None or name.upos != "PROPN" or name.deprel not in ("vocative", "discourse", "advmod") \
            or name.head != root.index \
            or root.upos not in ("VERB", "AUX") or root.xpos == "VB" and not any(
                k.head == root.index and k.deprel.startswith("aux") for k in words):
        return
    subject = next((k for k in words if k.head == root.index and k.deprel.startswith("nsubj")), None)
    if subject is None and name.deprel == "advmod":
        return  # an adverb the name may be, unless a description set off after it is the subject
    if subject is not None:
        before = verb_start(words, root)  # "..., has denied": the auxiliary right after the comma
        if subject.upos != "NOUN" or words[1].text != "," or words[before - 1].text != "," or not all(
                is_under(words, w, subject) or w.text == "," for w in words[2:before]) \
                or not all(w.head == root.index and w.deprel.startswith("aux") for w in words[before:root.index]):
            return
        subject.head, subject.deprel = name.index, "appos"
    name.deprel = "nsubj:pass" if any(k.head == root.index and k.deprel == "aux:pass" for k in words) else "nsubj"


SETTLEMENTS = frozenset("town city village county state country region island suburb district borough".split())


def repair_place_appositions(words: list[Word]) -> None:
    """Make the name after a description of a place the subject, and the description the place's apposition, where
    the parse made the description the subject with the name its apposition ("In Perry, a town of about 7,000 people
    near where the storm came ashore, Mayor Tim Brown said ...": the town spoke)."""
    for noun in words:
        if noun.upos != "NOUN" or noun.lemma.lower() not in SETTLEMENTS or not noun.deprel.startswith("nsubj"):
            continue
        start = subtree_span(words, noun)[0]
        place = words[start - 2] if start >= 2 and words[start - 1].text == "," else None
        name = next((k for k in words if k.head == noun.index and k.deprel == "appos" and k.upos == "PROPN"
                     and words[k.index - 1].text == ","), None)
        if place is None or name is None or place.upos != "PROPN" or place.deprel not in ("obl", "nmod") \
                or is_under(words, place, noun):
            continue
        name.head, name.deprel = noun.head, noun.deprel
        noun.head, noun.deprel = place.index, "appos"


def repair_listed_subjects(words: list[Word]) -> None:
    """Make a list of names opening the sentence the subject of the clause whose subject is its last item, where the
    parse took the first name for one addressed and the last for the clause's subject alone ("Spain, Britain, Qatar
    and the United Arab Emirates have sent search teams, the ministry said": only the Emirates sent teams)."""
    name = words[0] if words else None
    if name is None or name.upos != "PROPN" or name.deprel != "vocative" \
            or not any(k.head == name.index and k.deprel == "conj" for k in words):
        return
    after = subtree_span(words, name)[1]
    last = next((k for k in words if k.deprel.startswith("nsubj") and k.index > after and k.head >= 0 and any(
        c.head == k.index and c.deprel == "cc" and c.index == after + 1 for c in words)), None)
    if last is None:
        return
    name.head, name.deprel = last.head, last.deprel
    last.head, last.deprel = name.index, "conj"


def repair_prepositional_subjects(words: list[Word]) -> None:
    """Make the noun an adjective before a preposition describes the subject of a verb whose subject in the parse is
    the preposition's object ("..., two people familiar with the talks said": "talks", with its "with", is no subject;
    "people" is)."""
    for subject in words:
        verb = words[subject.head] if subject.deprel == "nsubj" and subject.head > subject.index else None
        if verb is None or verb.upos != "VERB":
            continue
        case = next((k for k in words if k.head == subject.index and k.deprel == "case" and k.upos == "ADP"
                     and k.index < subject.index and k.lemma.lower() in ("with", "to", "of", "at", "from")), None)
        if case is None or case.index < 2:
            continue
        modifier = words[case.index - 1]  # "familiar", "close"
        noun = words[modifier.head] if modifier.upos == "ADJ" and modifier.deprel == "amod" else modifier
        if modifier.upos != "ADJ" or noun.upos != "NOUN" or noun.index > modifier.index or is_under(words, noun, verb) \
                or is_under(words, verb, noun) or is_under(words, modifier, subject) \
                or any(k.deprel.startswith("nsubj") for k in words if k.head == verb.index and k is not subject):
            continue
        noun.head, noun.deprel = verb.index, "nsubj"
        subject.head, subject.deprel = modifier.index, "obl"


def repair_nominal_complements(words: list[Word]) -> None:
    """Make a noun before a reporting verb that the parse took for the verb's complement, though it heads no clause,
    the verb's subject where it has none ("The council's cabinet member for environment, Majid Mahmood, said:"), or
    the apposition of the named subject it is set off after ("Chris Marchese, the group's litigation director,
    said:"); not one quoted ('"... Thanks Sarah!" wrote Pete Hidalgo')."""
    for noun in words:
        verb = words[noun.head] if noun.deprel == "ccomp" and noun.head > noun.index else None
        if verb is None or noun.upos not in ("NOUN", "PROPN") or verb.lemma.lower() not in SPEECH_VERBS \
                or any(w.text in QUOTE_CHARS for w in words[:verb.index]) or any(
                k.head == noun.index and k.deprel in ("cop", "aux", "aux:pass", "nsubj", "nsubj:pass", "mark")
                for k in words):
            continue
        subject = next((k for k in words if k.head == verb.index and k.deprel == "nsubj"), None)
        if not has_subject(words, verb):
            noun.deprel = "nsubj"
        elif subject is not None and subject.upos == "PROPN" and subject.index < noun.index:
            start, end = phrase_span(words, noun)
            if phrase_span(words, subject)[1] + 2 == start and words[start - 1].text == words[end + 1].text == "," \
                    and end + 2 == verb.index:  # set off by commas between the name and the verb
                noun.head, noun.deprel = subject.index, "appos"


def repair_subordinate_subjects(words: list[Word]) -> None:
    """Make the noun after "after", "before", "since" or "until" (``TIME_SUBORDINATORS``) the subject of the finite
    verb right after its phrase, and the word the verb's mark, where the parse read a preposition's object and joined
    the verb to the main clause ("The cuts come after Amazon and Meta announced layoffs": the cuts announced them)
    or left it without a subject ("has collapsed after Chancellor Olaf Scholz sacked his finance minister");
    and the mark of a clause whose subject the parse gave the word as a preposition, the clause an adverbial, not a
    reported one ("..., the company said, as it struggles with a crisis after a door panel blew off a jet", "Shares
    hit a record high after the company reported its first full year of profit": not what the company reported); and
    so for a name after "as" ("Crowds shouted "murderers" as King Felipe and Queen Letizia visited": "King" no
    modifier of "murderers")."""
    for noun in words:
        if noun.upos not in ("PROPN", "NOUN", "PRON") or noun.deprel not in ("nsubj", "obl", "nmod"):
            continue
        case = next((k for k in words if k.head == noun.index and k.deprel == "case"), None)
        named_as = case is not None and case.text.lower() == "as" and noun.upos == "PROPN" and noun.deprel != "nsubj" \
            and not any(k.head == case.index for k in words)  # "as King Felipe visited", not "such as Amazon"
        if case is None or case.text.lower() not in TIME_SUBORDINATORS and not named_as \
                or noun.deprel == "nmod" and not named_as:
            continue
        clause = words[noun.head] if noun.deprel == "nsubj" and noun.head >= 0 else None
        if clause is not None and clause.deprel in ("ccomp", "advcl") \
                and case.index == subtree_span(words, clause)[0]:  # the clause's first word
            case.head, case.deprel, case.upos = clause.index, "mark", "SCONJ"
            clause.deprel = "advcl"
            continue
        if noun.deprel not in ("obl", "nmod"):
            continue
        end = subtree_span(words, noun)[1]
        verb = words[end + 1] if end + 1 < len(words) else None
        if verb is None or verb.deprel not in ("conj", "advcl") or verb.head != noun.head and not named_as \
                or verb.xpos not in ("VBD", "VBZ", "VBP") \
                or has_subject(words, verb):
            continue
        noun.head, noun.deprel = verb.index, "nsubj"
        case.head, case.deprel, case.upos = verb.index, "mark", "SCONJ"
        verb.deprel = "advcl"
