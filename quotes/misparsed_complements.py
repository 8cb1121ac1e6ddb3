"""Misparsed complements: what a reporting verb reports that the parse hung on it under another relation; small
pure functions over one :class:`quotes.parsing.Sentence`, a cue verb and one of its dependents.

An infinitive or question parsed as an adverbial ("asked the network to donate ...", "called on her to resign",
"vowed last month to take ..."), an "as" predicate after the object ("described the team as accomplished"), the
main clause around a cue set aside by commas ("The trouble, Frank writes, began ..."), a quoted clause before the
subject, a participle after the object ("The poll shows Trump beating Clinton"), a predicate stranded under another
verb. Used by the content search (``quotes.cue_content``).
"""

from __future__ import annotations

from quotes.clauses import CONTENT_RELS, FINITE_XPOS, SUBJECT_RELS, cue_lemma, is_participle
from quotes.lexicon import CUE_LEMMAS, QUOTE_CHARS, SPEECH_VERBS, TIME_WORDS
from quotes.parsing import Sentence, Word


def request_clause(sentence: Sentence, verb: Word, kid: Word) -> bool:
    """'asked the network to donate ...', 'asked Trump if ...' (or 'Asked by Stephanopoulos to respond ...', 'urged
    U.S. lawmakers on Thursday to keep ...', 'urged residents in the warning zone to leave') with the infinitive or
    question parsed as an adverbial clause, right after the one asked or after a time or a prepositional phrase after
    it."""
    if kid.deprel != "advcl" or cue_lemma(verb) not in ("ask", "tell", "urge"):
        return False
    first = min(w.index for w in sentence.subtree(kid.index))
    opens = any(m.deprel == "mark" and m.index == first and (
        m.lemma.lower() == "to" or (m.lemma.lower() in ("if", "whether") and cue_lemma(verb) == "ask"))
        for m in sentence.children(kid.index))
    between = {w.index for k in sentence.children(verb.index) if k.deprel.startswith("obl") and k.index < first and (
        k.lemma.lower() in TIME_WORDS or any(c.deprel == "case" for c in sentence.children(k.index)))
        for w in sentence.subtree(k.index)}  # "on Thursday", "in the warning zone"
    return opens and any(o.deprel in ("obj", "iobj", "obl:agent")
                         and set(range(max(w.index for w in sentence.subtree(o.index)) + 1, first)) <= between
                         for o in sentence.children(verb.index))


def called_on_to(sentence: Sentence, verb: Word, kid: Word) -> Word | None:
    """The one called on in "called on her to resign" / "called for Republicans to back ...", parsed with
    the particle as a marker of the infinitive clause and the person as a loose oblique; None otherwise."""
    after = sentence.words[verb.index + 1] if verb.index + 1 < len(sentence.words) else None
    if kid.deprel != "advcl" or cue_lemma(verb) != "call" or after is None or after.text.lower() not in ("on", "for"):
        return None
    to = next((m for m in sentence.children(kid.index) if m.deprel == "mark" and m.lemma.lower() == "to"), None)
    if to is None:
        return None
    return next((o for o in sentence.children(verb.index) if o.deprel in ("obj", "obl", "iobj")
                 and verb.index + 1 < o.index < to.index), None)


def complement_as_adverbial(sentence: Sentence, verb: Word, kid: Word) -> bool:
    """A reporting verb's complement parsed as an adverbial clause ("vowed last month to take his
    campaign ...", "are wondering if he has lost ...", "has questioned whether Trump has ..."): a
    clause after the verb that opens with "that", "whether", "if" or "to", when the verb has no
    complement of its own."""
    if kid.deprel != "advcl" or kid.index < verb.index or cue_lemma(verb) not in CUE_LEMMAS \
            or any(k.deprel in CONTENT_RELS or k.deprel in ("obj", "iobj") for k in sentence.children(verb.index)):
        return False
    first = min(w.index for w in sentence.subtree(kid.index) if w.upos != "PUNCT")  # "testified, for example, that"
    return any(m.deprel == "mark" and m.index == first and m.lemma.lower() in ("that", "whether", "if", "to")
               for m in sentence.children(kid.index))


def as_predicate(sentence: Sentence, verb: Word, kid: Word) -> bool:
    """'described the security team as highly accomplished', 'described the Prince as relaxed': an "as" predicate
    (no subject of its own: not "as he labored over ...") right after the verb's object."""
    first = sentence.subtree(kid.index)[0]
    return kid.deprel in ("advcl", "xcomp") and first.lemma.lower() == "as" and first.deprel in ("mark", "case") \
        and not any(k.deprel.startswith("nsubj") for k in sentence.children(kid.index)) and any(
        k.deprel == "obj" and sentence.subtree(k.index)[-1].index == first.index - 1 for k in sentence.children(verb.index))


def aside_main_clause(sentence: Sentence, verb: Word, kid: Word) -> bool:
    """The main clause of a sentence whose cue is an aside set off by commas ("The trouble, Frank writes,
    began in the early 1970s"), parsed as a conjunct of the cue without a coordinator."""
    words = sentence.words
    if kid.deprel != "conj" or kid.index < verb.index or verb.index == 0 or cue_lemma(verb) not in CUE_LEMMAS:
        return False
    subject = next((k for k in sentence.children(verb.index) if k.deprel in SUBJECT_RELS and k.index < verb.index), None)
    if subject is None:
        return False
    first = min(w.index for w in sentence.subtree(kid.index) if w.index > verb.index and w.upos != "PUNCT")
    if any(k.deprel == "cc" and k.index <= first for k in sentence.children(kid.index)):
        return False  # a coordinated clause, not one whose "she and her aides" the parse coordinated on it
    start = min(w.index for w in sentence.subtree(subject.index))
    return words[first - 1].text == "," and start > 0 and words[start - 1].text == ","


def unmarked_clause_before(sentence: Sentence, verb: Word, kid: Word) -> bool:
    """A quoted finite clause before the subject that the parse hangs on a speech verb as an adverbial without a
    subordinator ('“You squeezed employees ...” to drive up the stock price, she said'): what was said."""
    subject = next((k for k in sentence.children(verb.index) if k.deprel in SUBJECT_RELS), None)
    return kid.deprel == "advcl" and subject is not None and kid.index < subject.index < verb.index \
        and kid.xpos in FINITE_XPOS and cue_lemma(verb) in SPEECH_VERBS \
        and sentence.subtree(kid.index)[0].text in QUOTE_CHARS \
        and not any(k.deprel in ("mark", "advmod") for k in sentence.children(kid.index))


def small_clause(sentence: Sentence, verb: Word, kid: Word) -> bool:
    """'The poll shows Trump beating Clinton', 'found Clinton leading': the participle after the object
    belongs to what was shown or found (the parse hangs it on the verb)."""
    if cue_lemma(verb) not in ("show", "find") or kid.deprel not in ("advcl", "xcomp") or not is_participle(kid):
        return False
    objects = [k for k in sentence.children(verb.index) if k.deprel == "obj" and k.index < kid.index]
    return bool(objects) and max(w.index for w in sentence.subtree(objects[0].index)) == kid.index - 1


def stranded_predicate(sentence: Sentence, verb: Word, kid: Word) -> list[Word]:
    """The rest of a clause whose subject the parse took for the verb's object and whose predicate it
    hung elsewhere ("he claimed Obama was “the founder” of ...", with "founder" under an earlier verb):
    the predicate's words after the object; empty when the words after the object are the verb's own."""
    if kid.deprel != "obj" or kid.upos not in ("NOUN", "PROPN", "PRON") or kid.index < verb.index:
        return []
    after = max(w.index for w in sentence.subtree(kid.index)) + 1
    if after >= len(sentence.words) or sentence.words[after].upos != "AUX":
        return []
    head = sentence.words[after].head
    own = {w.index for w in sentence.subtree(verb.index)}
    if head < after or head in own or any(k.deprel in SUBJECT_RELS or k.deprel == "nsubj:pass"
                                          for k in sentence.children(head)):
        return []  # not "Republicans supporting the bill have said ...", "A man who attacked a pensioner has been
        # jailed": a predicate with its own subject
    return [w for w in sentence.subtree(head) if w.index >= after]
