"""Told repairs: mend, in place, where the parse went wrong about a report to someone ("told X ...", "posted on X
that ..."): a "that" clause taken for a relative clause of the one told ("told Tass that ..."); the one told taken
for the reported clause's subject, or its subject for a second object ("told reporters the reception centre ... was");
a name after "told the" run into the clause's subject; a clause with a subject of its own taken for a relative clause
of the one told; "told her she had"; the reported verb taken for a participle ("told Reuters the investigation
concerned allegations"); the one told taken for a reported clause ("told Cornwall Live the family were relieved");
"said in a message to staff that", "to staff" an infinitive; "in a statement released through the club that ...".
:func:`quotes.parse_repairs.repair_parse` applies them with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import ISSUED_NOUNS, ISSUING_VERBS, NOMINATIVES, SPEECH_VERBS
from quotes.trees import has_subject, subtree_span

if TYPE_CHECKING:
    from quotes.parsing import Word


TELLING_VERBS = frozenset("tell inform assure remind warn notify convince persuade".split())  # someone, that ...


def repair_told_that(words: list[Word]) -> None:
    """Make the clause after "told X that" or "posted on X that" the verb's complement where the parse took it for a
    relative clause of X ("told state news agency Tass that the visit showed ...", "posted on Facebook that she would
    not run": "that" a subordinator, not a relative pronoun): after a verb that tells someone something (no noun's
    complement: "rejected the notion that ..."), or its agent ("was told by doctors that she ..."), or after a name,
    which takes no restrictive relative clause, or "in a statement" ("said in a statement that it would appeal"), when
    the clause has a subject of its own; and the clause right after "told X" or "in a statement" that opens with a
    subject pronoun ("told reporters she was disappointed", "said in a statement they were heartbroken"); and the noun
    after "that" the subject of the verb's complement after it, where the parse took "that" and the noun for a relative
    clause and left the complement without a subject ("told analysts on a conference call that demand from PC makers
    remained soft")."""
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
        agent = told.deprel == "obl:agent" and verb.lemma.lower() in TELLING_VERBS and subject  # "was told by
        # doctors that she was unlikely to walk again"
        if telling or named or stated or agent:
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
    as a compound ("Residents told the BBC rubbish was piling up": no "BBC rubbish"; the name ends the object), and
    "the" its article where the parse hung that on the clause's subject ("told the BBC the attack was ...")."""
    for verb in words[:-3]:
        article, name, noun = words[verb.index + 1:verb.index + 4]
        clause = words[noun.head] if noun.head >= 0 else noun
        if verb.lemma.lower() in TELLING_VERBS and article.lemma.lower() == "the" and name.upos == "PROPN" \
                and name.deprel == "compound" and name.head == noun.index and noun.upos == "NOUN" \
                and noun.deprel == "nsubj" and clause.head == verb.index and clause.deprel == "ccomp" \
                and article.head == noun.index and not any(
                    k.head == verb.index and k.deprel in ("obj", "iobj") for k in words):
            name.head, name.deprel, article.head = verb.index, "iobj", name.index
        elif verb.lemma.lower() in TELLING_VERBS and article.lemma.lower() == "the" and name.upos == "PROPN" \
                and noun.upos != "PROPN" and article.head > name.index and words[article.head].upos == "NOUN" \
                and any(k.head == article.head and k.lemma.lower() == "the" and k is not article for k in words) \
                and not any(k.head == verb.index and k.deprel in ("obj", "iobj") and k is not name for k in words):
            name.head, name.deprel, article.head = verb.index, "iobj", name.index  # "told the BBC the attack was
            # ...": "the" the BBC's, not the attack's, the BBC the one told


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


def repair_told_participle_clauses(words: list[Word]) -> None:
    """Make the verb right after the noun that follows "told X" the clause "told" reports, with the noun its subject,
    where the parse took the verb for a participle modifying the noun after it ("told Reuters the investigation
    concerned allegations of bullying": no "concerned allegations" of the investigation)."""
    for verb in words[:-4]:
        if verb.lemma.lower() not in TELLING_VERBS:
            continue
        told = next((k for k in words if k.head == verb.index and k.deprel == "iobj" and k.index > verb.index), None)
        noun = next((k for k in words if told is not None and k.head == verb.index and k.deprel == "obj"
                     and k.upos == "NOUN" and k.index > told.index), None)
        if noun is None or noun.index + 2 >= len(words) \
                or any(k.head == verb.index and k.deprel == "ccomp" for k in words):
            continue
        clause, thing = words[noun.index + 1], words[noun.index + 2]
        if clause.upos == "VERB" and clause.xpos in ("VBN", "VBD") and clause.deprel == "amod" \
                and clause.head == thing.index and thing.head == noun.index and thing.deprel == "nmod":
            clause.head, clause.deprel, clause.xpos = verb.index, "ccomp", "VBD"
            clause.feats = "Mood=Ind|Tense=Past|VerbForm=Fin"
            noun.head, noun.deprel, thing.head, thing.deprel = clause.index, "nsubj", clause.index, "obj"


def repair_told_names_as_clauses(words: list[Word]) -> None:
    """Make a name right after "told" the one told, where the parse took it for a clause "told" reports, with the noun
    after it that clause's object, beside the clause that has no subject ("told Cornwall Live the family were "so
    relieved"": the family relieved, Cornwall Live the one told)."""
    for verb in words[:-3]:
        if verb.lemma.lower() not in TELLING_VERBS:
            continue
        clauses = [k for k in words if k.head == verb.index and k.deprel == "ccomp" and k.index > verb.index]
        if len(clauses) != 2 or clauses[0].upos != "PROPN" or has_subject(words, clauses[1]) \
                or any(k.head == verb.index and k.deprel in ("obj", "iobj") for k in words):
            continue
        name, clause = clauses
        noun = next((k for k in words if k.head == name.index and k.deprel == "obj" and k.upos == "NOUN"), None)
        first = subtree_span(words, name)[0]
        if noun is None or first != verb.index + 1 or any(w.upos != "PROPN" for w in words[first:name.index]):
            continue
        for word in words[first:name.index]:
            word.head, word.deprel = name.index, "compound"
        passive = any(k.head == clause.index and k.deprel == "aux:pass" for k in words)
        name.deprel, noun.head, noun.deprel = "iobj", clause.index, "nsubj:pass" if passive else "nsubj"


MESSAGES = ISSUED_NOUNS | frozenset("message email e-mail note".split())  # what one sends to staff


def repair_message_addressees(words: list[Word]) -> None:
    """Make "staff" after "a message to" (a letter, memo, email) the one the message goes to and the clause hung on it
    the reporting verb's, where the tagger took "to staff" for an infinitive ("said in a message to staff that he
    was stepping aside")."""
    for staff in words[2:]:
        to, message = words[staff.index - 1], words[staff.head] if staff.head >= 0 else staff
        if staff.text.lower() != "staff" or staff.upos != "VERB" or to.head != staff.index \
                or to.lemma.lower() != "to" or message.lemma.lower() not in MESSAGES or message.head < 0:
            continue
        staff.upos, staff.xpos, staff.lemma, staff.feats, staff.deprel = "NOUN", "NN", "staff", "Number=Sing", "nmod"
        to.upos, to.xpos, to.deprel = "ADP", "IN", "case"
        for clause in words:
            if clause.head == staff.index and clause.deprel == "ccomp":
                clause.head = message.head


def repair_released_statement_clauses(words: list[Word]) -> None:
    """Make the "that" clause after "in a statement released through X" the reporting verb's complement, where the
    parse took it for a relative clause of X ("said in a statement released through the club that he was "truly
    sorry"": no club that he was sorry), when the clause has a subject of its own."""
    for clause in words:
        noun = words[clause.head] if clause.deprel == "acl:relcl" and clause.head >= 0 else None
        released = words[noun.head] if noun is not None and noun.deprel == "obl" and noun.head >= 0 else None
        statement = words[released.head] if released is not None and released.deprel == "acl" else None
        verb = words[statement.head] if statement is not None and statement.deprel == "obl" else None
        that = words[noun.index + 1] if noun is not None else None
        if verb is None or released.xpos != "VBN" or statement.lemma.lower() not in MESSAGES \
                or verb.lemma.lower() not in SPEECH_VERBS or that.text.lower() != "that" or that.head != clause.index \
                or not any(k.head == clause.index and k.deprel.startswith("nsubj") and k is not that for k in words):
            continue
        clause.head, clause.deprel = verb.index, "ccomp"
        that.upos, that.xpos, that.deprel = "SCONJ", "IN", "mark"
