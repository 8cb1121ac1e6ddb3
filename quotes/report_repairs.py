"""Report repairs: mend, in place, where the parse went wrong about the clause a reporting verb reports (of a report to
someone, "told X ...": :mod:`quotes.told_repairs`): a "that" clause taken for an adverbial; the subject of the
reported clause taken for the verb's object ("said her husband had asked", "said all 290 passengers and crew had been
evacuated"); a conjunct that goes on with what was reported hung on the verb; a passive verb coordinated with a
clause that was given its subject ("... and thousands of residents were ordered to leave"); a clause after a
semicolon taken for a second report; an infinitive after the one urged taken for a purpose; a participle describing
the source of "according to" hung on the report; a participle of the report hung on the one it is addressed to.
:func:`quotes.parse_repairs.repair_parse` applies them with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import NAMING_VERBS, OBJECT_CONTROL_VERBS, OBJECTLESS_REPORTS, QUOTE_CHARS, SPEECH_VERBS, TIME_WORDS
from quotes.headline_repairs import is_headline
from quotes.trees import has_subject, is_under, make_predicate, phrase_span, subtree_span

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_said_objects(words: list[Word]) -> None:
    """Make the noun after "said" that the parse took for its object the subject of the clause after it, left without
    one ("Sarah Jones said her husband, Mark, had asked for help": "husband" the subject of "asked", not an object
    of "said", which takes none), and so after a court's "heard", or for an adverbial after "more than" ("said more
    than 600 firefighters, 190 vehicles and 30 aircraft were involved", "fewer than 10% of customers used"); a subject
    before "say" that the parse gave the clause goes back to "say" ("Fishermen in Devon and Cornwall say plans ...
    could destroy ...")."""
    for noun in words:
        verb = words[noun.head] if noun.head >= 0 and (noun.deprel in ("obj", "iobj", "xcomp") or noun.deprel == "obl"
                                                       and any(k.head == noun.index and k.lemma.lower() == "than"
                                                               for k in words[:noun.index])) else None
        fronted = next((k for k in words[:verb.index] if k.deprel == "nsubj" and words[k.head].head == verb.index
                        and k.head > noun.index), None) \
            if verb is not None and verb.lemma.lower() == "say" and not has_subject(words, verb) \
            and words[verb.index - 1].text != "," else None  # not "Part of the problem ..., say experts like ..., is"
        if fronted is not None:
            fronted.head = verb.index
        if verb is None or verb.lemma.lower() not in ("say", "hear") or noun.upos not in ("NOUN", "PROPN", "SYM") \
                or not verb.index < noun.index or not has_subject(words, verb) or noun.text.lower() in TIME_WORDS \
                or words[verb.index - 1].text == ",":
            continue  # not '"...," said Sunshine, who ..., "..."', "And Trump, said Sunshine, ...", "said Friday that"
        clause = next((k for k in words if k.head == verb.index and k.index > noun.index and (
            k.deprel == "ccomp" or k.deprel == "conj" and verb.lemma.lower() == "hear"
            and not any(c.head == k.index and c.deprel == "cc" for c in words))), None)  # "The court heard Darren
        # Hill, 41, had been scrolling ...": the clause a conjunct with no "and"
        clause = clause or next((k for k in words if k.head == noun.index and k.deprel == "acl:relcl"
                                 and k.xpos in ("VBD", "VBZ", "VBP") and not any(
                                     c.head == k.index and "PronType=Rel" in c.feats for c in words)), None)
        # "said fewer than 10% of customers used the branch": no relative clause without a relative word or subject
        if clause is None or has_subject(words, clause):
            continue
        between = [w for w in words[phrase_span(words, noun)[1] + 1:clause.index]
                   if w.upos != "PUNCT" and not is_under(words, w, clause)]
        if any(a.head == clause.index and (a.deprel.startswith("aux") or a.deprel == "cop" and a.xpos in (
                "VBD", "VBZ", "VBP")) for a in words) \
                or clause.xpos in ("VBD", "VBZ", "VBP") and not between:  # "her son Kwame, 16, had"; 'demand for
            # tickets was "unprecedented"'
            noun.head, noun.deprel, clause.head, clause.deprel = clause.index, "nsubj", verb.index, "ccomp"
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


def repair_reporter_conjuncts(words: list[Word]) -> None:
    """Make a verb after "and" that follows a quoted predicate a conjunct of the reporting verb, in its tense and with
    no subject of its own, where the parse hung it on the reported clause ('An Aldi spokesman said the recall was "a
    precautionary measure" and apologised to customers': the spokesman apologised, the recall did not)."""
    for conjunct in words[4:]:
        clause = words[conjunct.head] if conjunct.deprel == "conj" and conjunct.head >= 0 else None
        verb = words[clause.head] if clause is not None and clause.deprel == "ccomp" and clause.head >= 0 else None
        if verb is None or verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS or conjunct.upos != "VERB" \
                or conjunct.xpos != verb.xpos or has_subject(words, conjunct) or not has_subject(words, clause) \
                or not any(k.head == clause.index and k.deprel == "cop" for k in words) \
                or words[conjunct.index - 1].text.lower() != "and" or words[conjunct.index - 2].text not in QUOTE_CHARS:
            continue
        conjunct.head = verb.index


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
    no one says ("said Mr Assad and his family had been granted asylum"), or the second is singular and its verb
    plural ("said the pilot and a passenger were pronounced dead")."""
    for second in words:
        conjunct = words[second.head] if second.deprel in ("nsubj", "nsubj:pass") and second.head >= 0 else None
        if conjunct is None or conjunct.deprel != "conj" or conjunct.head < 0 or conjunct.head > second.index:
            continue
        verb = words[conjunct.head]
        first = next((k for k in words if k.head == verb.index and k.deprel in ("obj", "iobj")
                      and k.upos in ("NOUN", "PROPN") and verb.index < k.index < second.index), None)
        joint = next((k for k in words if k.head in (second.index, conjunct.index) and k.deprel == "cc"
                      and k.lemma.lower() == "and" and k.index < second.index), None)
        plural = "Number=Sing" in second.feats and any(  # "the pilot and a passenger were": both
            k.head == conjunct.index and k.deprel in ("aux", "aux:pass", "cop") and k.text.lower() in ("were", "are")
            for k in words)
        if verb.lemma.lower() not in SPLIT_REPORTS or not has_subject(words, verb) or first is None or joint is None \
                or any(k.head == verb.index and k.deprel == "ccomp" for k in words) or joint.head == conjunct.index \
                and not (verb.lemma.lower() == "say" and (first.upos == "PROPN" or plural)) \
                or subtree_span(words, first)[1] + 1 != joint.index:
            continue
        conjunct.head, conjunct.deprel = verb.index, "ccomp"
        first.head, first.deprel = conjunct.index, second.deprel
        second.head, second.deprel = first.index, "conj"
        joint.head = second.index


def repair_relative_clause_verbs(words: list[Word]) -> None:
    """Make a past-tense verb after a relative clause set off by commas the verb of the noun the clause describes,
    where the parse took the verb for a modifier of the noun after it and that noun for a conjunct (with no "and") of
    the clause's object ("The men, who were wearing balaclavas, smashed display cases with hammers ..., police said":
    "smashed display cases" a second thing worn, and "The men" all that the police said)."""
    for verb in words[3:-1]:
        thing = words[verb.head]
        if verb.upos != "VERB" or verb.deprel != "amod" or verb.xpos not in ("VBN", "VBD") \
                or words[verb.index - 1].text != "," or thing.deprel != "conj" or not thing.index > verb.index:
            continue
        clause = next((w for w in words[:verb.index] if w.deprel == "acl:relcl" and is_under(words, verb, w)), None)
        noun = words[clause.head] if clause is not None else thing
        if clause is None or any(k.head == thing.index and k.deprel == "cc" for k in words) \
                or noun.deprel not in ("root", "ccomp") or noun.upos not in ("NOUN", "PROPN") \
                or words[phrase_span(words, clause)[0] - 1].text != "," or has_subject(words, noun):
            continue
        for word in words[thing.index + 1:]:
            if is_under(words, word, clause) and not is_under(words, word, thing) and word.head < verb.index:
                word.head = verb.index  # "before fleeing on mopeds", and the comma closing the clause
        verb.xpos, verb.feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
        make_predicate(words, noun, verb)  # with the full stop of a sentence the noun was the root of
        thing.head, thing.deprel = verb.index, "obj"
        return


def repair_addressee_participles(words: list[Word]) -> None:
    """Make a speech participle the parse hung on the one a report is addressed to the report's adverbial, where the
    participle's object is a pronoun that stands for that one ("has written to the energy secretary urging him to
    reject the application": the writer urges, not the secretary)."""
    for participle in words[3:]:
        noun = words[participle.head] if participle.deprel == "acl" and participle.head >= 0 else None
        verb = words[noun.head] if noun is not None and noun.deprel == "obl" and noun.head >= 0 else None
        if verb is None or participle.xpos != "VBG" or participle.lemma.lower() not in SPEECH_VERBS \
                or verb.lemma.lower() not in SPEECH_VERBS or not has_subject(words, verb):
            continue
        if any(k.head == participle.index and k.deprel in ("obj", "iobj") and k.upos == "PRON"
               and k.lemma.lower() in ("he", "she", "they") for k in words):
            participle.head, participle.deprel = verb.index, "advcl"


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


def repair_according_participles(words: list[Word]) -> None:
    """Make a past participle set off by a comma right after the source of "according to" a clause of that source,
    where the parse hung it on the reported clause's verb ("According to the study, published in the journal The
    Cryosphere, the most common plastic found was PET": the study was published, and the report starts at "the")."""
    for according in words[:-4]:
        source = words[according.head] if according.text.lower() == "according" and according.deprel == "case" \
            and words[according.index + 1].text.lower() == "to" else None
        end = phrase_span(words, source)[1] + 1 if source is not None and source.head >= 0 else len(words)
        participle = words[end + 1] if end + 1 < len(words) and words[end].text == "," else None
        if participle is not None and participle.xpos == "VBN" and participle.deprel == "advcl" \
                and participle.head == source.head and not has_subject(words, participle) \
                and participle.lemma.lower() != "compare":  # "according to company leaders, compared with ...": the
            participle.head, participle.deprel = source.index, "acl"  # report's comparison


# Verbs that tell someone to act, with the one told their object ("urged them to leave", "asked voters to stay home").
TELLING_TO_ACT = OBJECT_CONTROL_VERBS | frozenset({"ask", "encourage"})


def repair_control_infinitives(words: list[Word]) -> None:
    """Make the infinitive right after the quoted object of a verb that tells someone to act ("urge", "order", "ask",
    ...) the verb's complement, where the parse made it a clause of purpose ('urged "all people of all nations" to
    find the courage to open the door to peace': the report stopped at the closing mark; an object without marks
    keeps its clause, which the report takes in and the cue model weighs as it was fitted)."""
    for verb in words:
        if verb.lemma.lower() not in TELLING_TO_ACT or verb.upos != "VERB":
            continue
        told = next((k for k in words if k.head == verb.index and k.deprel == "obj" and k.index > verb.index), None)
        end = phrase_span(words, told)[1] + 1 if told is not None else len(words)
        quoted = end < len(words) and words[end].text in QUOTE_CHARS
        end += quoted
        infinitive = words[end + 1] if quoted and end + 1 < len(words) and words[end].text.lower() == "to" else None
        if infinitive is not None and infinitive.head == verb.index and infinitive.deprel == "advcl" \
                and words[end].head == infinitive.index and not has_subject(words, infinitive):
            infinitive.deprel = "xcomp"
