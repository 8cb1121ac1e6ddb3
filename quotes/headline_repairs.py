"""Headline repairs: mend, in place, what the parse gets wrong in a headline, a sentence with no closing stop and few
function words: the verbless clause after "says" ("Greenland PM says island not for sale"), a subject taken for
compounds of the verb ("Head teacher warns ..."), a reporting verb tagged a plural noun ("Charity warns of ..."), and a
verb in the present taken for the subject of a noun tagged a verb ("Government unveils plan to cut NHS waiting lists"),
a closing speaker taken for the object ("Gas prices to fall in April, says regulator"), a plural subject tagged a
verb ("US jobless claims fall"), a hearing told something ("Inquest told nurse missed signs").
:func:`quotes.parse_repairs.repair_parse` applies them with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import BUSINESS_NOUNS, ORGANIZATION_NOUNS, PERSON_NOUNS, QUOTE_CHARS, SPEECH_VERBS
from quotes.trees import has_subject, phrase_span, subtree_span

if TYPE_CHECKING:
    from quotes.parsing import Word


def is_headline(words: list[Word]) -> bool:
    """Whether a sentence reads as a headline: words with no closing stop, before any closing marks ("Charity warns of
    'hidden homelessness'", not '... "a disgrace."')."""
    end = len(words)
    while end > 1 and words[end - 1].text in QUOTE_CHARS:
        end -= 1
    return bool(words) and words[end - 1].text not in (".", "!", "?")


def repair_headline_small_clauses(words: list[Word]) -> None:
    """Make the verbless clause a headline's "says" reports the verb's complement, with its subject, where the parse
    took the subject for the verb's object and the predicate for a phrase of the verb ("Greenland PM says island not
    for sale") or the subject for a compound on the predicate ("Trump says Greenland vital to US security"). Only in
    a headline: a sentence without a closing stop."""
    if not is_headline(words):
        return
    for verb in words:
        if verb.lemma.lower() != "say" or not has_subject(words, verb) or verb.index + 2 >= len(words):
            continue
        kids = [k for k in words if k.head == verb.index and k.index > verb.index]
        subject = words[verb.index + 1]
        if subject.upos in ("NOUN", "PROPN") and subject.head == verb.index and subject.deprel == "obj":
            end = subtree_span(words, subject)[1]
            predicate = next((k for k in kids if k.deprel in ("obl", "xcomp", "ccomp", "advmod")
                              and k.upos in ("NOUN", "ADJ") and phrase_span(words, k)[0] == end + 1), None)
            if predicate is not None:
                subject.head, subject.deprel, predicate.deprel = predicate.index, "nsubj", "ccomp"
            continue
        predicate = next((k for k in kids if k.upos == "ADJ" and k.deprel in ("xcomp", "ccomp")), None)
        if predicate is not None and subject.head == predicate.index and subject.deprel == "compound" \
                and subject.upos == "PROPN":
            end = subtree_span(words, subject)[1]
            if end + 1 == predicate.index:
                subject.deprel, predicate.deprel = "nsubj", "ccomp"


def repair_headline_closing_speakers(words: list[Word]) -> None:
    """Make the noun that closes a headline after a comma and "says" the verb's subject, and the subject the parse gave
    the verb, a noun with a clause of its own before the comma, what it reports ("Gas prices to fall in April, says
    regulator": "regulator" no object, "prices" no speaker)."""
    if not is_headline(words):
        return
    for verb in words[2:-1]:
        if verb.lemma.lower() != "say" or words[verb.index - 1].text != ",":
            continue
        speaker = words[verb.index + 1]
        subject = next((k for k in words if k.head == verb.index and k.deprel == "nsubj"), None)
        if subject is None or speaker.head != verb.index or speaker.deprel != "obj" \
                or speaker.upos not in ("NOUN", "PROPN") or subtree_span(words, speaker)[1] != len(words) - 1 \
                or subject.upos not in ("NOUN", "PROPN") \
                or not any(k.head == subject.index and k.deprel in ("acl", "acl:relcl") for k in words):
            continue
        speaker.deprel, subject.deprel = "nsubj", "ccomp"


# What a headline says was told something, its "was" left out ("Inquest told nurse missed signs of sepsis").
HEARINGS = frozenset("inquest court tribunal jury hearing trial inquiry committee mps peers parliament".split())


def repair_headline_told_hearings(words: list[Word]) -> None:
    """Make a headline's hearing told something, with no one told after the verb, the passive subject of "told"
    ("Inquest told nurse missed signs of sepsis": the inquest heard it, someone unnamed told it). Only in a
    headline."""
    if not is_headline(words):
        return
    for verb in (w for w in words[1:] if w.text.lower() == "told"):
        kids = [k for k in words if k.head == verb.index]
        subject = next((k for k in kids if k.deprel == "nsubj"), None)
        if subject is not None and subject.lemma.lower() in HEARINGS and not any(k.deprel in ("obj", "iobj")
                                                                                   for k in kids):
            subject.deprel, subject.upos, subject.xpos, verb.xpos = "nsubj:pass", "NOUN", "NN", "VBN"


# Verbs a headline puts before a noun the tagger may take for the verb ("Trump signs order to leave WHO").
HEADLINE_VERBS = frozenset("sign unveil launch announce reveal reject approve scrap seek vow urge order ban".split())


def repair_headline_verb_subjects(words: list[Word]) -> None:
    """Make a headline's verb in the present that the parse took for the subject of the noun after it, the noun tagged
    a verb, the root, with the noun its object and the words before it its subject ("Government unveils plan to cut
    NHS waiting lists": "plan" the root, "unveils" its subject; "Tesla unveils plan to ...": "unveils" part of the
    name). Only in a headline."""
    if not is_headline(words):
        return
    for verb in words[1:-1]:
        noun = words[verb.index + 1]
        name = words[verb.head] if verb.deprel in ("flat", "compound") and verb.head < verb.index else None
        tagged_plural = verb.xpos == "NNS" and verb.text.islower() and (verb.lemma == verb.text or (
            verb.lemma.lower() in HEADLINE_VERBS and any(k.head == verb.index and k.deprel == "compound"
                                                          and k.upos == "PROPN" for k in words)))
        # the verb tagged a plural noun: one the lemmatizer could not make singular ("Starmer unveils plan"), or a
        # headline's verb after a name ("Trump signs order")
        if verb.xpos != "VBZ" and not tagged_plural or noun.deprel != "root" or noun.xpos not in ("VB", "VBP") or not (
                verb.deprel == "nsubj" and verb.head == noun.index
                or name is not None and name.deprel == "nsubj" and name.head == noun.index) \
                or any(k.head == noun.index and k.deprel == "obj" for k in words):  # a verb with an object: "Boeing
            continue  # machinists reject offer"
        for k in words:
            if k.head == verb.index and k.deprel == "compound" and k.index < verb.index or k is name:
                k.head, k.deprel = verb.index, "nsubj"  # "Government", "Tesla"
            elif k.head == noun.index and k is not verb and k.deprel in ("xcomp", "punct"):
                k.head, k.deprel = (noun.index, "acl") if k.deprel == "xcomp" else (verb.index, "punct")
        if tagged_plural:
            verb.upos, verb.xpos, verb.lemma = "VERB", "VBZ", verb.text.removesuffix("s")
            verb.feats = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
        verb.head, verb.deprel = -1, "root"
        noun.head, noun.deprel, noun.upos, noun.xpos, noun.feats = verb.index, "obj", "NOUN", "NN", "Number=Sing"
        return


def repair_headline_plural_subjects(words: list[Word]) -> None:
    """Make a headline's word in "-s" tagged a verb, with a verb in the plural present right after it, a plural noun,
    that verb's subject, where the word's own subject is a lower-case modifier ("US jobless claims fall to lowest
    level": no claim by "jobless"). Only in a headline."""
    if not is_headline(words):
        return
    for noun in words[1:-1]:
        verb = words[noun.index + 1]
        if noun.xpos != "VBZ" or verb.xpos != "VBP" or verb.head != noun.index:
            continue
        subject = next((k for k in words if k.head == noun.index and k.deprel == "nsubj"), None)
        if subject is None \
                or not subject.text.islower() or subject.index != noun.index - 1 \
                or subject.lemma.lower() in PERSON_NOUNS | ORGANIZATION_NOUNS | BUSINESS_NOUNS \
                or any(k.head == noun.index and k.deprel == "obj" for k in words):
            continue
        verb.head, verb.deprel = noun.head, noun.deprel
        for k in words:
            if k.head == noun.index and k is not verb:
                k.head = verb.index if k.deprel not in ("nsubj", "compound") else noun.index
        subject.deprel = "compound"
        noun.upos, noun.xpos, noun.feats, noun.head, noun.deprel = "NOUN", "NNS", "Number=Plur", verb.index, "nsubj"
        noun.lemma = noun.text.lower().removesuffix("s")


def repair_headline_compound_subjects(words: list[Word]) -> None:
    """Make the last of the nouns right before a headline's verb in the present its subject, the nouns before it that
    noun's compounds, where the parse hung them all on the verb as compounds ("Head teacher warns of 'crisis'": no
    subject). Only in a headline."""
    if not is_headline(words):
        return
    for verb in words[1:]:
        nouns = _compounds_before(words, verb) if verb.upos == "VERB" and verb.xpos == "VBZ" else []
        if nouns and not has_subject(words, verb) and all(k.upos in ("NOUN", "PROPN") for k in nouns):
            _make_subject(nouns)


def _compounds_before(words: list[Word], verb: Word) -> list[Word]:
    """The nouns the parse hung on ``verb`` as compounds before it, the last right before it; [] otherwise."""
    nouns = [k for k in words[:verb.index] if k.head == verb.index and k.deprel == "compound"]
    return nouns if nouns and nouns[-1].index == verb.index - 1 else []


def _make_subject(nouns: list[Word]) -> None:
    """Make the last of a verb's compounds ``nouns`` its subject, the others that noun's compounds."""
    for noun in nouns[:-1]:
        noun.head = nouns[-1].index
    nouns[-1].deprel = "nsubj"


def repair_headline_plural_verbs(words: list[Word]) -> None:
    """Make a headline's reporting verb in the present that the tagger took for a plural noun, the root with the nouns
    before it as compounds, a verb, the last of those nouns its subject ("Charity warns of 'hidden homelessness'":
    "warns" a noun). Only in a headline."""
    root = next((w for w in words if w.deprel == "root"), None)
    if root is None or not is_headline(words) or root.xpos != "NNS" or not root.text.islower() \
            or root.text.removesuffix("s") not in SPEECH_VERBS:
        return
    nouns = _compounds_before(words, root)
    if not nouns or any(k.upos not in ("NOUN", "PROPN") for k in words[:root.index]):  # not "No clear path points to"
        return
    root.upos, root.xpos, root.lemma = "VERB", "VBZ", root.text.removesuffix("s")
    root.feats = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
    _make_subject(nouns)
    for word in words[root.index + 1:]:
        if word.head == root.index and word.deprel == "nmod":
            word.deprel = "obl"  # "of 'hidden homelessness'"
