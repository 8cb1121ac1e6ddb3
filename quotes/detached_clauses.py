"""Detached clauses: what a cue verb reports when the parser hung it away from the verb.

Small pure functions over one :class:`quotes.parsing.Sentence` and a cue verb, used by
``quotes.cue_content``: a "that" clause hung on a word after the cue ("said last week that ...",
a relative clause of "week"), one hung elsewhere after a phrase or addressee ("argues at The
Federalist that ...", "..., telling USA TODAY he had nothing to do with it"), a clause without "that"
right after a speech verb that the parser coordinated with the main verb ("..., saying mass immigration
... were bigger problems"), and the question "ask" put to its addressee ("asked Sanders how he's feeling").
"""

from __future__ import annotations

from quotes.clauses import FINITE_XPOS, cue_lemma, has_that, says_of_antecedent
from quotes.lexicon import ADDRESSEE_VERBS, PROPOSITION_NOUNS, SPEECH_VERBS
from quotes.parsing import Sentence, Word

SUBJECT_PRONOUNS = ("he", "she", "they", "we", "i", "it")  # that open a clause told without "that"


def detached_clause(sentence: Sentence, verb: Word) -> list[Word]:
    """The clause the cue ``verb`` reports that the parser hung elsewhere after a phrase or an addressee,
    or the question "ask" put to its addressee; [] when there is none."""
    return _detached_that_clause(sentence, verb) or _unmarked_told_clause(sentence, verb) \
        or _unmarked_clause_after(sentence, verb) or _question_on_addressee(sentence, verb)


def stranded_clause(sentence: Sentence, verb: Word) -> Word | None:
    """A "that" clause the parser hung off a word after the cue ("said last week that ...", "told CNN
    Tuesday that ...": a relative clause of "week"); a true relative clause has no "that" mark.
    After "tell" a clause that opens with a personal pronoun subject counts too ("told the National
    Post he's already received ..."), and after a phrase on a speech verb ("said after the convention he
    ..."). Not the clause of a noun it spells out ("rejected the notion that ...": the noun is part of
    the report)."""
    for kid in sentence.children(verb.index):
        if kid.index > verb.index and kid.upos in ("NOUN", "PROPN") and kid.deprel != "nsubj" \
                and not (kid.lemma.lower() in PROPOSITION_NOUNS and cue_lemma(verb) not in ADDRESSEE_VERBS):
            for clause in sentence.children(kid.index):
                if clause.deprel in ("acl", "acl:relcl") and sentence.words[clause.index - 1].deprel != "punct" \
                        and (has_that(sentence, clause) or _pronoun_clause(sentence, verb, kid, clause)) \
                        and not says_of_antecedent(sentence, clause):  # "moves that he said improved ..."
                    return clause
    return None


def _phrases_after(sentence: Sentence, verb: Word, addressee: bool) -> set[int]:
    """Word indexes of the phrases hung on ``verb`` after it ("at a rally on Monday"), with its object
    when ``addressee`` ("told The Associated Press")."""
    return {w.index for k in sentence.children(verb.index) if k.index > verb.index and (
        k.deprel.startswith("obl") or addressee and k.deprel in ("obj", "iobj")) for w in sentence.subtree(k.index)}


def _detached_that_clause(sentence: Sentence, verb: Word) -> list[Word]:
    """The "that" clause right after the cue, or after a phrase on it, that the parser hung elsewhere
    ("..., arguing that with ... he can win" parsed with "win" coordinated to the main verb; "argues at
    The Federalist that ..." with the clause a conjunct of the cue): from "that" to its clause's end."""
    words = sentence.words
    addressed = cue_lemma(verb) in ADDRESSEE_VERBS
    phrases = _phrases_after(sentence, verb, addressed)
    j = verb.index + 1
    def opens_clause(word: Word) -> bool:  # "that" of a clause with its own subject; an addressee's
        # "that he's not giving up" parsed as a relative clause too
        return word.text.lower() == "that" and word.head > verb.index and (word.deprel == "mark" or (
            addressed and word.upos == "PRON" and any(k.deprel.startswith("nsubj") and k is not word
                                                      for k in sentence.children(word.head))))
    while j < len(words) and (j in phrases or words[j].text == ",") and not opens_clause(words[j]):
        j += 1  # "told friends since the spring, at fundraisers ..., that ..."
    if j >= len(words):
        return []
    that = words[j]
    if not opens_clause(that):
        return []
    clause = words[that.head]
    on_phrase = clause.head in phrases and (clause.deprel.startswith("acl") or clause.deprel == "ccomp"
                                            and words[clause.head].upos == "NOUN") and any(  # "told The Associated
        k.deprel.startswith("nsubj") for k in sentence.children(clause.index))  # Press on Monday that ...", the
    # clause hung on "Monday"
    if that.head in {w.index for w in sentence.subtree(verb.index)} and not on_phrase \
            and not (clause.deprel == "conj" and clause.head == verb.index):
        return []
    last = max(w.index for w in sentence.subtree(that.head))
    while last > that.index and words[last].upos == "PUNCT":
        last -= 1
    return words[that.index:last + 1]


def _unmarked_told_clause(sentence: Sentence, verb: Word) -> list[Word]:
    """The clause right after the addressee of "tell" that the parse hung elsewhere ("..., telling USA
    TODAY he had nothing to do with it" with "had" coordinated to the main verb): from its pronoun
    subject to its end."""
    if cue_lemma(verb) not in ADDRESSEE_VERBS:
        return []
    words = sentence.words
    own = _phrases_after(sentence, verb, True)
    if not own:
        return []
    j = max(own) + 1
    if j >= len(words) or words[j].upos != "PRON" or not words[j].deprel.startswith("nsubj") \
            or words[j].text.lower() not in SUBJECT_PRONOUNS:
        return []
    clause = words[words[j].head]
    if clause.index in {w.index for w in sentence.subtree(verb.index)} or clause.index < j \
            or any(k.deprel == "cc" and k.index < j for k in sentence.children(clause.index)):
        return []
    last = max(w.index for w in sentence.subtree(clause.index))
    while last > j and words[last].upos == "PUNCT":
        last -= 1
    return words[j:last + 1]


def _unmarked_clause_after(sentence: Sentence, verb: Word) -> list[Word]:
    """The clause right after a speech verb that has no complement of its own, opening with its subject,
    that the parse hung elsewhere ("cautioned against ..., saying mass immigration and economic malaise
    were bigger problems", with "problems" coordinated to "cautioned"): from its subject to its end. Not for
    an infinitive ("went on to say he's ...": the clause is the report of "went on to say", found there)."""
    words = sentence.words
    j = verb.index + 1
    if cue_lemma(verb) not in SPEECH_VERBS or cue_lemma(verb) in ADDRESSEE_VERBS or j >= len(words) \
            or (verb.deprel == "xcomp" and verb.xpos == "VB") or any(
            k.deprel in ("ccomp", "xcomp", "obj", "iobj", "parataxis") for k in sentence.children(verb.index)):
        return []
    subject = words[j]
    while subject.head > j and not subject.deprel.startswith("nsubj") and subject.head != verb.index:
        subject = words[subject.head]  # "mass" -> "immigration"
    if not subject.deprel.startswith("nsubj") or min(w.index for w in sentence.subtree(subject.index)) != j:
        return []
    clause = words[subject.head]
    finite = clause.xpos in FINITE_XPOS or any(k.deprel in ("aux", "cop", "aux:pass") and (
        k.xpos in FINITE_XPOS or k.xpos == "MD") for k in sentence.children(clause.index))
    if not finite or clause.index < j or clause.index in {w.index for w in sentence.subtree(verb.index)} \
            or clause.deprel not in ("conj", "parataxis", "advcl"):
        return []
    last = max(w.index for w in sentence.subtree(clause.index))
    for report in sentence.children(clause.index):  # "..., though Mrs. Fiorina said she doubted ...": its own report
        if report.index > clause.index and cue_lemma(report) in SPEECH_VERBS and any(
                k.deprel.startswith("nsubj") for k in sentence.children(report.index)):
            last = min(last, min(w.index for w in sentence.subtree(report.index)) - 1)
    while last > j and words[last].upos == "PUNCT":
        last -= 1
    return words[j:last + 1]


def _question_on_addressee(sentence: Sentence, verb: Word) -> list[Word]:
    """What "ask" asked when the parse hung it on the person asked ("asked Sanders how he's feeling",
    "asked the congregation to stand") or left a phrase about it on the verb ("asked Trump about
    statements ..."): the question, request or "about" phrase right after the addressee."""
    if cue_lemma(verb) != "ask":
        return []
    kids = sentence.children(verb.index)
    if any(k.deprel in ("ccomp", "xcomp") for k in kids):
        return []
    for obj in (k for k in kids if k.deprel in ("obj", "iobj") and k.index > verb.index):
        end = max(w.index for w in sentence.subtree(obj.index) if w.deprel not in ("acl", "acl:relcl")
                  or w.index <= obj.index)
        for clause in sentence.children(obj.index):
            first = min(w.index for w in sentence.subtree(clause.index))
            opener = sentence.words[first].lemma.lower()
            if clause.deprel in ("acl", "acl:relcl") and first == obj.index + 1 and (
                    opener in ("how", "why", "what", "whether", "if", "when", "where", "who", "which", "to")):
                return sentence.subtree(clause.index)
        question = next((k for k in kids if k.deprel == "advcl" and k.index > end and sentence.words[
            min(w.index for w in sentence.subtree(k.index))].lemma.lower() in ("how", "why", "what", "whether", "if",
                                                                                 "which")), None)
        if question is not None:  # "asked Clinton Friday whether she would ..." with the clause an adverbial
            return sentence.subtree(question.index)
        about = next((k for k in kids if k.deprel == "obl" and k.index > end and any(
            c.deprel == "case" and c.lemma.lower() == "about" for c in sentence.children(k.index))), None)
        if about is not None:
            return sentence.subtree(about.index)
    return []


def _without_gap(sentence: Sentence, clause: Word) -> bool:
    """The clause has its object or predicate, so it is no relative clause of the noun it hangs on ("he would not
    accept Cruz's endorsement"; not "the encounter he had", "which ones he'd like to ...")."""
    return any(k.deprel in ("obj", "cop") for k in sentence.children(clause.index))


def _pronoun_clause(sentence: Sentence, verb: Word, noun: Word, clause: Word) -> bool:
    """A clause without "that" that opens with a personal pronoun subject, hung on the addressee of "tell" or
    on a phrase after a speech verb ("said after the convention he would not accept ..."; not "cited the audit
    as the reason he's not ..."), or, after the addressee of "tell", with a noun subject and its object ("told
    investors the drug could reach patients ...": no relative clause, nothing is missing)."""
    first = sentence.words[min(w.index for w in sentence.subtree(clause.index))]
    lemma = cue_lemma(verb)
    if lemma == "tell" and first.upos in ("DET", "NOUN", "PROPN") and _without_gap(sentence, clause) \
            and any(k.deprel.startswith("nsubj") and k.upos in ("NOUN", "PROPN") and first in sentence.subtree(k.index)
                    for k in sentence.children(clause.index)):
        return True
    as_phrase = any(k.deprel == "case" and k.lemma.lower() == "as" for k in sentence.children(noun.index))
    phrase = lemma in SPEECH_VERBS and noun.deprel.startswith("obl") and not as_phrase \
        and _without_gap(sentence, clause)
    return (lemma == "tell" or phrase) and first.head == clause.index and first.deprel.startswith("nsubj") \
        and first.upos == "PRON" and first.text.lower() in SUBJECT_PRONOUNS
