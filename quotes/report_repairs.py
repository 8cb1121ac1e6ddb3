"""Report repairs: mend, in place, where the parse went wrong about the clause a reporting verb reports: a "that"
clause taken for a relative clause of the one told ("told Tass that ..."), or for an adverbial; the subject of the
reported clause taken for the verb's object ("said her husband had asked", "said all 290 passengers and crew had been
evacuated"); a conjunct that goes on with what was reported hung on the verb; a passive verb coordinated with a
clause that was given its subject ("... and thousands of residents were ordered to leave"); a clause after a semicolon
taken for a second report. :func:`quotes.parse_repairs.repair_parse` applies them with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import (ISSUED_NOUNS, ISSUING_VERBS, NAMING_VERBS, NOMINATIVES, OBJECT_CONTROL_VERBS,
                            OBJECTLESS_REPORTS, QUOTE_CHARS, SPEECH_VERBS, TIME_WORDS)
from quotes.headline_repairs import is_headline
from quotes.trees import has_subject, is_under, phrase_span, subtree_span

if TYPE_CHECKING:
    from quotes.parsing import Word


TELLING_VERBS = frozenset("tell inform assure remind warn notify convince persuade".split())  # someone, that ...


def repair_told_that(words: list[Word]) -> None:
    """Make the clause after "told X that" or "posted on X that" the verb's complement where the parse took it for
    a relative clause of X ("told state news agency Tass that the visit showed ...", "posted on Facebook that she
    would not run": "that" a subordinator, not a relative pronoun): after a verb that tells someone something (no
    noun's complement: "rejected the notion that ..."), or after a name, which takes no restrictive relative clause,
    or "in a statement" ("said in a statement that it would appeal"), when the clause has a subject of its own; and
    the clause right after "told X" or "in a statement" that opens with a subject pronoun ("told reporters she was
    disappointed", "said in a statement they were heartbroken"); and the noun after "that" the subject of the verb's
    complement after it, where the parse took "that" and the noun for a relative clause and left the complement
    without a subject ("told analysts on a conference call that demand from PC makers remained soft")."""
    for clause in words:
        told = words[clause.head] if clause.deprel == "acl:relcl" and clause.head >= 0 else None
        if told is None or told.upos == "PRON" or told.head < 0 or told.index + 1 >= len(words):
            continue
        that, verb = words[told.index + 1], words[told.head]
        stated_in = told.deprel == "obl" and told.lemma.lower() in ISSUED_NOUNS | {"interview"} \
            and verb.lemma.lower() in SPEECH_VERBS \
            and any(k.head == told.index and k.text.lower() == "in" for k in words)  # "said in a statement"
        if that.text.lower() in NOMINATIVES and that.deprel.startswith("nsubj") and that.head == clause.index \
                and (told.deprel in ("obj", "iobj") and verb.lemma.lower() in TELLING_VERBS or stated_in) \
                and verb.index < told.index:
            clause.head, clause.deprel = told.head, "ccomp"  # "told reporters she was disappointed", "said in a
            continue  # statement they were heartbroken"
        if that.text.lower() != "that" or that.head != clause.index or verb.index > told.index:
            continue
        after = words[min(subtree_span(words, clause)[1] + 1, len(words) - 1)]
        if clause.upos == "NOUN" and verb.lemma.lower() in SPEECH_VERBS and after.head == verb.index \
                and after.deprel == "ccomp" and not has_subject(words, after) \
                and not any(k.head == after.index and k.deprel == "mark" for k in words):
            clause.head, clause.deprel = after.index, "nsubj"  # "told analysts on a conference call that demand
            that.upos, that.xpos, that.head, that.deprel = "SCONJ", "IN", after.index, "mark"  # ... remained soft"
            continue
        telling = told.deprel in ("obj", "iobj") and verb.lemma.lower() in TELLING_VERBS and that.deprel == "mark"
        subject = any(k.head == clause.index and k.deprel.startswith("nsubj") and k is not that for k in words)
        named = told.upos == "PROPN" and told.deprel in ("obj", "iobj", "obl") and verb.lemma.lower() in SPEECH_VERBS \
            and subject
        stated = stated_in and told.upos == "NOUN" and subject \
            and clause.lemma.lower() not in ISSUING_VERBS  # not "in a statement that it issued"
        if telling or named or stated:
            clause.head, clause.deprel = told.head, "ccomp"
            that.upos, that.xpos, that.deprel = "SCONJ", "IN", "mark"


def repair_told_subjects(words: list[Word]) -> None:
    """Make the noun after "told X" the subject of the clause after it where the parse took it for the verb's second
    object and left the clause without a subject ("told reporters the reception centre, built for 400 people, was
    holding more than 6,000": "centre" the clause's subject, "built" its participle)."""
    for verb in words[:-2]:
        told = words[verb.index + 2] if words[verb.index + 1].deprel == "det" else words[verb.index + 1]  # "the jury"
        if verb.lemma.lower() not in TELLING_VERBS or told.deprel != "iobj" or told.head != verb.index:
            continue
        kids = [k for k in words if k.head == verb.index]
        noun = next((k for k in words if k.deprel in ("obj", "appos") and k.upos == "NOUN"
                     and k.head in (verb.index, told.index) and k.index > told.index), None)  # "the agency" too
        if noun is None:
            continue
        later = [k for k in kids if k.deprel == "ccomp" and k.index > noun.index]
        clause = next((k for k in later if not has_subject(words, k) and (k.xpos in ("VBZ", "VBD") or any(
            a.head == k.index and a.deprel == "aux" for a in words))), None)
        if clause is None or any(k.index < clause.index and not (k.xpos == "VBN" and words[k.index - 1].text == ",")
                                 for k in later):
            continue
        for k in later:
            if k.index < clause.index:  # "built for 400 people": the noun's participle
                k.head, k.deprel = noun.index, "acl"
        noun.head, noun.deprel = clause.index, "nsubj"


def repair_told_compounds(words: list[Word]) -> None:
    """Make the name right after "told the" the verb's object where the parse hung it on the reported clause's subject
    as a compound ("Residents told the BBC rubbish was piling up": no "BBC rubbish"; the name ends the object)."""
    for verb in words[:-3]:
        article, name, noun = words[verb.index + 1:verb.index + 4]
        clause = words[noun.head] if noun.head >= 0 else noun
        if verb.lemma.lower() in TELLING_VERBS and article.lemma.lower() == "the" and name.upos == "PROPN" \
                and name.deprel == "compound" and name.head == noun.index and noun.upos == "NOUN" \
                and noun.deprel == "nsubj" and clause.head == verb.index and clause.deprel == "ccomp" \
                and article.head == noun.index and not any(
                    k.head == verb.index and k.deprel in ("obj", "iobj") for k in words):
            name.head, name.deprel, article.head = verb.index, "iobj", name.index


def repair_told_relatives(words: list[Word]) -> None:
    """Make the clause right after "told X" that the parse took for a relative clause of X, with a subject of its own
    and no relative word, the clause the verb reports ("told a news conference the Games had ended with a surplus":
    not a conference at which the Games ended)."""
    for clause in words:
        told = words[clause.head] if clause.deprel == "acl:relcl" and clause.head >= 0 else None
        verb = words[told.head] if told is not None and told.deprel in ("iobj", "obj") and told.head >= 0 \
            and told.upos in ("NOUN", "PROPN") else None  # not "wouldn't tell the I.R.S. anything it doesn't know"
        if verb is None or verb.lemma.lower() not in TELLING_VERBS or verb.index > told.index \
                or any(k.head == verb.index and k.deprel == "ccomp" for k in words):
            continue
        subject = next((k for k in words if k.head == clause.index and k.deprel in ("nsubj", "nsubj:pass")), None)
        if subject is None or "PronType=Rel" in subject.feats or subject.lemma.lower() in ("who", "which", "that") \
                or subtree_span(words, clause)[0] != subtree_span(words, subject)[0] \
                or words[subtree_span(words, subject)[0] - 1].index != told.index:
            continue
        clause.head, clause.deprel = verb.index, "ccomp"


def repair_told_pronouns(words: list[Word]) -> None:
    """Make "her" right after "told" the verb's object where the parse took it for the possessor of the subject
    pronoun after it ("told her she had betrayed the trust": not "her she")."""
    for owner in words[1:-1]:
        subject = words[owner.index + 1]
        clause = words[subject.head] if subject.head >= 0 else None
        verb = words[owner.index - 1]
        if owner.deprel == "nmod:poss" and owner.head == subject.index and subject.upos == "PRON" \
                and subject.deprel == "nsubj" and clause is not None and clause.head == verb.index \
                and verb.lemma.lower() in TELLING_VERBS:
            owner.head, owner.deprel = verb.index, "iobj"


def repair_said_objects(words: list[Word]) -> None:
    """Make the noun after "said" that the parse took for its object the subject of the clause after it, left without
    one ("Sarah Jones said her husband, Mark, had asked for help": "husband" the subject of "asked", not an object
    of "said", which takes none), and so after a court's "heard", or for an adverbial after "more than" ("said more
    than 600 firefighters, 190 vehicles and 30 aircraft were involved")."""
    for noun in words:
        verb = words[noun.head] if noun.head >= 0 and (noun.deprel in ("obj", "iobj", "xcomp") or noun.deprel == "obl"
                                                       and any(k.head == noun.index and k.lemma.lower() == "than"
                                                               for k in words[:noun.index])) else None
        if verb is None or verb.lemma.lower() not in ("say", "hear") or noun.upos not in ("NOUN", "PROPN") \
                or not verb.index < noun.index or not has_subject(words, verb) or noun.text.lower() in TIME_WORDS \
                or words[verb.index - 1].text == ",":
            continue  # not '"...," said Sunshine, who ..., "..."', "And Trump, said Sunshine, ...", "said Friday that"
        clause = next((k for k in words if k.head == verb.index and k.index > noun.index and (
            k.deprel == "ccomp" or k.deprel == "conj" and verb.lemma.lower() == "hear"
            and not any(c.head == k.index and c.deprel == "cc" for c in words))), None)  # "The court heard Darren
        # Hill, 41, had been scrolling ...": the clause a conjunct with no "and"
        if clause is None or has_subject(words, clause):
            continue
        between = [w for w in words[phrase_span(words, noun)[1] + 1:clause.index]
                   if w.upos != "PUNCT" and not is_under(words, w, clause)]
        if any(a.head == clause.index and (a.deprel.startswith("aux") or a.deprel == "cop" and a.xpos in (
                "VBD", "VBZ", "VBP")) for a in words) \
                or clause.xpos in ("VBD", "VBZ", "VBP") and not between:  # "her son Kwame, 16, had"; 'demand for
            # tickets was "unprecedented"'
            noun.head, noun.deprel, clause.deprel = clause.index, "nsubj", "ccomp"
            for mark in words[noun.index:clause.index]:  # the comma closing "Kwame, 16," hung far outside
                if mark.upos == "PUNCT" and not noun.index <= mark.head <= clause.index:
                    mark.head = clause.index


# Adjectives that describe an unnamed source after its noun ("an official familiar with the plan", "people close to
# the talks", "sources knowledgeable about the deal").
SOURCE_ADJECTIVES = frozenset("familiar close knowledgeable".split())


def repair_described_sources(words: list[Word]) -> None:
    """Make the noun before "familiar with" (``SOURCE_ADJECTIVES``) the subject of the reporting verb right after the
    adjective's phrase, and the adjective its modifier, where the parse made the noun the adjective's subject, a
    small clause ("An official familiar with the plan said ...", "The cuts will come, officials familiar with the
    plan said."), tagging the noun one ("official" an adjective)."""
    for adjective in words[1:]:
        source = words[adjective.index - 1]
        if adjective.lemma.lower() not in SOURCE_ADJECTIVES or adjective.upos != "ADJ" \
                or source.head != adjective.index or source.deprel != "nsubj" or source.upos not in ("NOUN", "ADJ"):
            continue
        kids = [k for k in words if k.head == adjective.index]
        end = subtree_span(words, adjective)[1]
        verb = words[end + 1] if end + 1 < len(words) else None
        if any(k.deprel == "cop" for k in kids) or verb is None or verb.lemma.lower() not in SPEECH_VERBS \
                or has_subject(words, verb):
            continue
        for k in kids:
            if k.index < source.index:
                k.head = source.index  # "An"
        if source.upos == "ADJ":
            source.upos, source.xpos, source.feats = "NOUN", "NN", "Number=Sing"
        if verb.head == adjective.index:  # the verb hung on the adjective takes its place
            verb.head, verb.deprel = adjective.head, adjective.deprel
        elif adjective.head != verb.index:  # "The cuts will come, officials familiar with the plan said."
            verb.head, verb.deprel = adjective.head, "parataxis" if adjective.head >= 0 else "root"
        source.head, source.deprel, adjective.head, adjective.deprel = verb.index, "nsubj", source.index, "amod"


def repair_that_adverbials(words: list[Word]) -> None:
    """Make a "that" clause that the parse hung on a verb as an adverbial clause its complement ("shot back that
    Warren's plans would cost trillions"): right after the verb, its particle or its object; not a result clause
    after "so" ("tried so hard that ...") nor a clause further on ("Despite complaints that he is ..., he has found").
    """
    for clause in words:
        if clause.deprel != "advcl" or clause.head < 0 or words[clause.head].upos != "VERB":
            continue
        marks = [k for k in words if k.head == clause.index and k.deprel == "mark"]
        if [m.text.lower() for m in marks] != ["that"] or not clause.head < marks[0].index:
            continue
        between = words[clause.head + 1:marks[0].index]
        if not any(w.text.lower() in ("so", "such") for w in between) and all(
                w.head == clause.head and w.deprel in ("advmod", "compound:prt", "obj", "iobj")
                or w.head in {b.index for b in between} for w in between):
            clause.deprel = "ccomp"  # right after the verb, its particle or its object


def repair_report_conjuncts(words: list[Word]) -> None:
    """Make a conjunct of a reporting verb after its reported clause a conjunct of that clause, where it can only go
    on with what was reported: an adjective ('said the changes were "difficult" but necessary'), or a verb after "and"
    with a past modal ("would", "could", "might"), or an auxiliary before a quotation, no subject and no negation
    ('said he was "angry" and would review the contracts': what he said he would do; 'said he had been diagnosed ...
    and was "doing well"', 'said it respected the law but was "concerned about the process"'; not "confirmed that ...
    but would not offer details")."""
    for verb in words:
        clause = next((k for k in words if k.head == verb.index and k.deprel == "ccomp" and k.index > verb.index),
                      None) if verb.upos == "VERB" and verb.lemma.lower() in SPEECH_VERBS else None
        if clause is None:
            continue
        for conjunct in words:
            if conjunct.head != verb.index or conjunct.deprel != "conj" or conjunct.index < clause.index \
                    or has_subject(words, conjunct):
                continue
            kids = [k for k in words if k.head == conjunct.index]
            quoted = any(k.text in QUOTE_CHARS and k.index < conjunct.index for k in kids)  # 'and was "doing well"'
            auxiliaries = ("would", "could", "might", "be", "have") if quoted else ("would", "could", "might")
            joiners = ("and", "but") if quoted else ("and",)
            modal = any(k.deprel in (("aux", "cop") if quoted else ("aux",)) and k.lemma.lower() in auxiliaries
                        for k in kids) \
                and any(k.deprel == "cc" and k.lemma.lower() in joiners for k in kids) \
                and not any(k.deprel == "advmod" and k.lemma.lower() in ("not", "n't") for k in kids)
            if modal or conjunct.upos == "ADJ" and not any(k.deprel == "cop" for k in kids):
                conjunct.head = clause.index


def repair_passive_conjunct_subjects(words: list[Word]) -> None:
    """Make the noun phrase right before a passive verb that has no subject that verb's subject, where the parse took
    the noun for a conjunct of the noun before "and" and the verb for a conjunct sharing the first clause's subject
    ("Firefighters battled a wildfire as winds pushed flames toward suburbs and thousands of residents were ordered to
    leave": the firefighters not ordered, nor ordering)."""
    for verb in words:
        if verb.deprel != "conj" or verb.xpos != "VBN":
            continue
        passive = next((k for k in words if k.head == verb.index and k.deprel == "aux:pass"), None)
        if passive is None or has_subject(words, verb) or not has_subject(words, words[verb.head]):  # the subject
            continue  # the parse gave both
        noun = next((w for w in words if w.deprel == "conj" and w.upos in ("NOUN", "PROPN")
                     and subtree_span(words, w)[1] == passive.index - 1), None)
        joint = next((k for k in words if noun is not None and k.head == noun.index and k.deprel == "cc"
                      and k.lemma.lower() == "and" and k.index < noun.index), None)
        if joint is not None and not is_under(words, verb, noun):
            noun.head, noun.deprel, joint.head = verb.index, "nsubj:pass", verb.index


def repair_medium_clauses(words: list[Word]) -> None:
    """Make "in a statement read outside court" a phrase of the reporting verb, the participle a modifier of
    "statement", where the parse made "statement" (with its "in") the subject of a clause the verb reports."""
    for clause in words:
        verb = words[clause.head] if clause.deprel == "ccomp" and clause.head >= 0 else None
        noun = next((k for k in words if k.head == clause.index and k.deprel == "nsubj" and k.index < clause.index),
                    None) if verb is not None and verb.lemma.lower() in SPEECH_VERBS and clause.xpos == "VBN" else None
        if noun is not None and noun.upos == "NOUN" and any(k.head == noun.index and k.deprel == "case"
                                                            and k.lemma.lower() == "in" for k in words):
            noun.head, noun.deprel = verb.index, "obl"
            clause.head, clause.deprel = noun.index, "acl"


def repair_prepositional_complements(words: list[Word]) -> None:
    """Make a phrase led by a preposition that the parse took for what a reporting verb reports a phrase of the verb,
    and the "that" clause under it the verb's complement ("said on BBC Radio 5 Live that Stokes would be ...": "Live"
    read as a verb, its report "on BBC Radio 5 Live that ...")."""
    for noun in words:
        verb = words[noun.head] if noun.deprel == "ccomp" and noun.head >= 0 else None
        if verb is None or verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS \
                or noun.upos not in ("NOUN", "PROPN") or noun.index < verb.index:
            continue
        clause = next((k for k in words if k.head == noun.index and k.deprel == "ccomp" and any(
            m.head == k.index and m.deprel == "mark" and m.lemma.lower() == "that" for m in words)), None)
        lead = words[verb.index + 1]  # "on" of "on BBC Radio 5 Live"
        if clause is not None and lead.deprel == "case" and is_under(words, lead, noun):
            noun.deprel, clause.head = "obl", verb.index


def repair_semicolon_clauses(words: list[Word]) -> None:
    """Make a clause with a subject of its own after a semicolon a conjunct of the verb before it, where the parse
    made it a second complement of that verb, which reports the first ("Park said he would make buses free; Reyes
    called the plan 'a fantasy'": Reyes's words are not Park's report)."""
    for clause in words:
        if clause.deprel != "ccomp" or clause.head < 0 or clause.head > clause.index:
            continue
        kids = [k for k in words if k.head == clause.index]
        semicolon = next((k for k in kids if k.text == ";" and k.index < clause.index), None)
        earlier = [k for k in words if k.head == clause.head and k.deprel == "ccomp" and k.index < clause.index]
        if semicolon is not None and earlier and any(k.deprel.startswith("nsubj") for k in kids) \
                and all(is_under(words, w, clause) for w in words[semicolon.index + 1:clause.index]):
            clause.deprel = "conj"


# Reporting verbs whose object after them can only open what they report (not "charged the officer with murder and
# Emanuel fired his police chief").
SPLIT_REPORTS = OBJECTLESS_REPORTS | frozenset("acknowledge announce confirm report state warn admit concede".split())


def repair_split_said_subjects(words: list[Word]) -> None:
    """Make the two nouns joined by "and" after "said" that the parse split, the first the verb's object and the
    second the subject of a conjunct of the verb, the joint subject of the clause the verb reports ("The coastguard
    said all 290 passengers and crew had been evacuated": "passengers and crew" the subject of "evacuated", which
    "said" reports): where the parse hung the "and" on the second noun, or the first is a name after "said", which
    no one says ("said Mr Assad and his family had been granted asylum")."""
    for second in words:
        conjunct = words[second.head] if second.deprel in ("nsubj", "nsubj:pass") and second.head >= 0 else None
        if conjunct is None or conjunct.deprel != "conj" or conjunct.head < 0 or conjunct.head > second.index:
            continue
        verb = words[conjunct.head]
        first = next((k for k in words if k.head == verb.index and k.deprel in ("obj", "iobj")
                      and k.upos in ("NOUN", "PROPN") and verb.index < k.index < second.index), None)
        joint = next((k for k in words if k.head in (second.index, conjunct.index) and k.deprel == "cc"
                      and k.lemma.lower() == "and" and k.index < second.index), None)
        if verb.lemma.lower() not in SPLIT_REPORTS or not has_subject(words, verb) or first is None or joint is None \
                or any(k.head == verb.index and k.deprel == "ccomp" for k in words) \
                or joint.head == conjunct.index and not (verb.lemma.lower() == "say" and first.upos == "PROPN") \
                or subtree_span(words, first)[1] + 1 != joint.index:
            continue
        conjunct.head, conjunct.deprel = verb.index, "ccomp"
        first.head, first.deprel = conjunct.index, second.deprel
        second.head, second.deprel = first.index, "conj"
        joint.head = second.index


def repair_statement_participles(words: list[Word]) -> None:
    """Make a participle right after the noun of an opening phrase that noun's modifier, and the phrase set off by
    commas after it the subject of the reporting verb, where the parse made the participle the verb's complement with
    the subject inside it ("In a statement read in court, her mother, Sandra, said: ...": "mother" an oblique of
    "read", "said" with no subject)."""
    for verb in words[4:]:
        if verb.lemma.lower() not in SPEECH_VERBS or has_subject(words, verb):
            continue
        part = next((k for k in words[:verb.index] if k.head == verb.index and k.deprel in ("ccomp", "advcl")
                     and k.xpos == "VBN" and k.index > 0 and words[k.index - 1].head == verb.index
                     and words[k.index - 1].upos == "NOUN"), None)
        subject = next((k for k in words if part is not None and k.head == part.index and k.upos in ("NOUN", "PROPN")
                        and words[phrase_span(words, k)[0] - 1].text == ","
                        and phrase_span(words, k)[1] + (words[verb.index - 1].text == ",") == verb.index - 1), None)
        if subject is not None:
            part.head, part.deprel = part.index - 1, "acl"
            subject.head, subject.deprel = verb.index, "nsubj"
            return


def repair_bare_passives(words: list[Word]) -> None:
    """Make the subject of "ordered" or "urged" right before "to" and a verb, with no object between, the subject of a
    passive, as headlines write them ("Greenpeace ordered to pay $660m": Greenpeace orders nothing), and so the
    subject of "found" right before a participle or a verdict ("Sex offender found living near school", "Man found
    guilty of murder"), and of "named" before "as" or a superlative ("Heathrow named busiest airport in Europe",
    "Man named as victim of crash"), and, in a headline (no closing stop), of "warned" or "advised" before "about"
    ("Shoppers warned about fake websites") and of "confirmed", "appointed" or "elected" before "as" ("Hegseth
    confirmed as defense secretary")."""
    headline = is_headline(words)
    for verb in words[1:-1]:
        after = words[verb.index + 1]
        ordered = verb.lemma.lower() in OBJECT_CONTROL_VERBS and after.lemma.lower() == "to" \
            and verb.index + 2 < len(words) and words[verb.index + 2].head == verb.index \
            and words[verb.index + 2].deprel == "xcomp"
        found = verb.lemma.lower() == "find" and after.head == verb.index and (
            after.deprel == "xcomp" and after.xpos == "VBG" or after.text.lower() in FOUND_STATES)
        named = verb.lemma.lower() == "name" and (after.lemma.lower() == "as" or after.xpos in ("JJS", "RBS")
                                                   or after.text.lower() in ("top", "first", "best", "worst")) \
            or headline and verb.lemma.lower() in NAMING_VERBS and after.lemma.lower() == "as"
        warned = headline and verb.lemma.lower() in ("warn", "advise") and verb.text.lower().endswith("ed") \
            and after.lemma.lower() in ("about", "over", "of", "against")
        if not (ordered or found or named or warned) or verb.xpos not in ("VBD", "VBN"):
            continue
        kids = [k for k in words if k.head == verb.index and k is not after]
        subject = next((k for k in kids if k.deprel == "nsubj" and k.index < verb.index), None)
        if subject is not None and not any(k.deprel in ("iobj", "aux") or k.deprel == "obj" and not named
                                           for k in kids):
            subject.deprel, verb.xpos = "nsubj:pass", "VBN"
            if after.text.lower() in FOUND_STATES:
                after.upos, after.xpos, after.deprel = "ADJ", "JJ", "xcomp"


# What someone is found to be, as a headline's passive writes it ("Man found guilty", "Woman found dead").
FOUND_STATES = frozenset("guilty innocent dead alive unconscious safe".split())
