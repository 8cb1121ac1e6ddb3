"""Object phrases: which phrases after a reported noun phrase belong to the report.

Small pure functions over one :class:`quotes.parsing.Sentence` and a cue verb, used by
``quotes.cue_content``. The parser often hangs a phrase that goes on the cue's object on the cue
itself ("criticized Rubio for opposing ...", "referring to the debate on the network", "praised
Clinton for her work on health care"); PolNeAR counts such phrases as part of what was said, while
a time or a medium ("on Monday", "over email") is not.
"""

from __future__ import annotations

from quotes.clauses import SUBJECT_RELS, cue_lemma
from quotes.lexicon import CIRCUMSTANCES, CUE_LEMMAS, INFINITIVE_NOUNS, PARTICLES, TIME_WORDS
from quotes.parsing import Sentence, Word

OBJECT_COMPLEMENT_OPENERS = frozenset("for to over about against on in with from of".split())
NOUN_MODIFIER_OPENERS = frozenset("on of about for against over from".split())


def reason_after_object(sentence: Sentence, verb: Word, kid: Word) -> bool:
    """A phrase or "to" clause right after the cue's object that the parse hangs on the cue ("criticized
    Rubio for opposing ...", "called on countries to support ...", "endorsed Sanders in the primary"):
    PolNeAR counts it as part of what was said."""
    objects = [k for k in sentence.children(verb.index) if k.deprel == "obj" and verb.index < k.index < kid.index]
    if not objects or kid.deprel not in ("obl", "advcl") or kid.lemma.lower() in TIME_WORDS \
            or any(k.deprel == "ccomp" and k.index > kid.index for k in sentence.children(verb.index)):
        return False  # "opposed the bill on Monday": a time is no part of it; "announced Monday on Twitter that
        # ...": the clause is what was announced
    first = min(w.index for w in sentence.subtree(kid.index))
    if first != max(w.index for w in sentence.subtree(objects[-1].index)) + 1:
        return False
    opener = sentence.words[first]
    return opener.text.lower() in OBJECT_COMPLEMENT_OPENERS and opener.head == kid.index


def modifiers_after(sentence: Sentence, verb: Word, words: list[Word]) -> list[Word]:
    """Phrases the parse hung on the cue that go on the noun phrase it reports, right after it with no
    comma ("praised Clinton for her work on health care", "a tariff on steel being dumped onto the market",
    "accused Clinton of being too reliant"), or after a comma what adds to it (", including ...", ", as well as
    ...", see ``_adds_to_it``); not a time or a medium ("on Monday", "over email")."""
    taken = {w.index for w in words}
    if min(taken) < verb.index:
        return []
    added: list[Word] = []
    absolute = False  # after ", with 13 percent": the participle the parse split from it ("supporting ...")
    for kid in sorted(sentence.children(verb.index), key=lambda k: k.index):
        phrase = sentence.subtree(kid.index)
        if kid.index in taken or phrase[0].index != max(taken) + 1:
            continue
        opener = phrase[0]
        if _adds_to_it(verb, phrase):  # "banned several news organizations, including The Washington Post"
            added.extend(phrase)
            taken.update(w.index for w in phrase)
            absolute = phrase[1].text.lower() == "with"
            continue
        if opener.upos == "PUNCT":
            break
        kids = sentence.children(kid.index)
        if kid.deprel.startswith("obl"):
            fits = opener.deprel == "case" and kid.lemma.lower() not in CIRCUMSTANCES and (
                opener.lemma.lower() in NOUN_MODIFIER_OPENERS or _agent_or_figure(sentence, verb, kid))
        elif kid.deprel in ("advcl", "xcomp"):
            fits = not any(k.deprel in SUBJECT_RELS for k in kids) and (
                kid.xpos == "VBN" and opener.upos != "SCONJ" or opener.lemma.lower() == "of"
                or absolute and kid.xpos == "VBG" or _completes_noun(sentence, verb, opener, taken))
        elif kid.deprel == "conj":
            fits = _continues_reported_clause(sentence, verb, kid, taken)
        else:
            fits = False
        if not fits:
            break
        added.extend(phrase)
        taken.update(w.index for w in phrase)
    return added


def _continues_reported_clause(sentence: Sentence, verb: Word, kid: Word, taken: set[int]) -> bool:
    """A verb phrase after "and" that the parse coordinated with the cue but that goes on the reported clause's
    subject ("clarified that Clinton misspoke and intended to say ..."): no subject of its own, not a reporting
    verb, right after a reported clause with a subject of its own."""
    kids = sentence.children(kid.index)
    if kid.upos not in ("VERB", "AUX") or any(k.deprel in SUBJECT_RELS for k in kids) or cue_lemma(kid) in CUE_LEMMAS:
        return False
    if not any(k.deprel == "cc" and k.lemma.lower() == "and" for k in kids):
        return False
    return any(k.deprel == "ccomp" and k.index in taken and any(c.deprel in SUBJECT_RELS for c in sentence.children(
        k.index)) for k in sentence.children(verb.index))


def _agent_or_figure(sentence: Sentence, verb: Word, kid: Word) -> bool:
    """A "by" phrase naming who did what the reported noun names ("a visit to his church by Rafael Cruz",
    "mentioned Trump by name"), or an "at" phrase giving a sum or a share ("put his net worth at $45 billion",
    "polls that show Johnson at or above 10 percent"); not a margin ("by a 4-to-3 vote") nor the agent of a
    passive cue ("is called on it by the news media"); nor one that runs on past a comma."""
    phrase = sentence.subtree(kid.index)
    opener = phrase[0]
    if any(w.text == "," for w in phrase):
        return False
    if opener.lemma.lower() == "by":
        return kid.deprel != "obl:agent" and kid.upos != "NUM" and kid.lemma.lower() not in ("vote", "margin") \
            and not any(k.deprel in ("nummod", "aux:pass") for k in sentence.children(kid.index)
                        + sentence.children(verb.index))
    return opener.lemma.lower() == "at" and (kid.text in ("$", "%") or kid.lemma.lower() == "percent")


def _completes_noun(sentence: Sentence, verb: Word, opener: Word, taken: set[int]) -> bool:
    """A "to" clause the parse hung on the cue that completes a noun ending the cue's own object phrase
    ("reiterated his frustration over the failure of Congress to pass any gun control measures", "pitched her
    plan as a way to create jobs"); not a noun inside a clause the cue reports."""
    return opener.lemma.lower() == "to" and opener.deprel == "mark" and any(
        w.upos == "NOUN" and w.lemma.lower() in INFINITIVE_NOUNS and w.index in taken
        and max(x.index for x in sentence.subtree(w.index)) == max(taken)
        and not any(a.upos in ("VERB", "AUX") for a in _heads_between(sentence, w, verb.index))
        for w in sentence.words)


def _heads_between(sentence: Sentence, word: Word, top: int) -> list[Word]:
    """The words on the way up from ``word`` to the word at index ``top`` (neither included)."""
    path: list[Word] = []
    while word.head >= 0 and word.head != top:
        word = sentence.words[word.head]
        path.append(word)
    return path


def _adds_to_it(verb: Word, phrase: list[Word]) -> bool:
    """A phrase after a comma that adds to the reported noun phrase: its members (", including ..."), more
    of its kind (", as well as ...", ", along with ...", ", among others") or, after a poll's "show" or "find",
    the rest of its figures ("shows Trump leading Clinton 44 percent to 37 percent, with 13 percent supporting
    another candidate")."""
    if phrase[0].text != "," or len(phrase) < 3:
        return False
    opening = tuple(w.text.lower() for w in phrase[1:4])
    return (phrase[1].lemma.lower() == "include" and phrase[1].deprel in ("case", "mark")) \
        or opening == ("as", "well", "as") or opening[:2] == ("along", "with") or opening == ("among", "others") \
        or (phrase[1].text.lower() == "with" and cue_lemma(verb) in ("show", "find"))


def phrase_after_object(sentence: Sentence, verb: Word, kid: Word, words: list[Word]) -> bool:
    """A prepositional phrase right after the object of a particle cue, which the parse hung on the cue
    ("referring to the Sept. 16 debate on the network"): part of what is referred to, unless a time."""
    return bool(words) and kid.deprel.startswith("obl") and kid.index > verb.index \
        and min(w.index for w in sentence.subtree(kid.index)) == max(w.index for w in words) + 1 \
        and cue_lemma(verb) in PARTICLES and kid.lemma.lower() not in TIME_WORDS \
        and any(c.deprel == "case" and c.lemma.lower() in ("on", "of", "in", "about", "for")
                for c in sentence.children(kid.index))


def conjunct_after_content(sentence: Sentence, verb: Word, kid: Word, words: list[Word]) -> bool:
    """A phrase after the content, joined by "but" or "and" and set off by a comma, with no verb of its own, which
    the parse made a conjunct of the cue ('told reporters Moscow remained open to talks, but only on terms that
    "reflect the realities on the ground."'): the rest of the reported clause."""
    if not words or kid.deprel != "conj" or kid.upos not in ("NOUN", "PROPN", "ADJ", "ADV") \
            or min(w.index for w in sentence.subtree(kid.index)) != max(w.index for w in words) + 1:
        return False
    kids = sentence.children(kid.index)
    return any(k.deprel == "cc" for k in kids) and any(k.text == "," for k in kids) \
        and not any(k.deprel in ("nsubj", "nsubj:pass", "cop") for k in kids)
