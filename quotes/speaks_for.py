"""Who a mention speaks for: the organization or person a spokesperson or an insider speaks for, who issued a
statement, and who made the poll, study or figures that a report cites.

Small pure functions over one parsed sentence, used by ``quotes.speakers`` ("a spokesman for the Clinton campaign" and
"a source in Ukraine's security service" are the campaign's and the service's; "a statement from the family of
Daniel Ortiz" the family's; "a poll by Gallup", "figures from NHS England" are Gallup's and NHS England's) and
``quotes.attribution``.
"""

from __future__ import annotations

from quotes.apposition_repairs import set_off_name
from quotes.description_nouns import is_document
from quotes.lexicon import INSIDERS, ISSUED_NOUNS, ORG_WORDS, ORGANIZATION_NOUNS, SPOKESPEOPLE
from quotes.names import is_place
from quotes.parsing import Sentence, Word
from quotes.trees import phrase_span


def spoken_for(sentence: Sentence, head: Word) -> Word | None:
    """The one a spokesperson speaks for: the object of "for" after "spokesman", "spokeswoman" or "spokesperson"
    ("a spokesman for the Clinton campaign", "a spokeswoman for Mr. Trump"), or the organization one of
    ``INSIDERS`` is "at", "in" or "within" ("a source in Ukraine's security service", "an official at the State
    Department"; not "an official in Kabul", a place, nor "a source in the room")."""
    if head.lemma.lower() not in INSIDERS or "Number=Plur" in head.feats:
        return None
    for k in sentence.children(head.index):
        if k.deprel != "nmod" or k.index < head.index:
            continue
        lead = sentence.words[phrase_span(sentence.words, k)[0]]  # "for" hung on a word inside the name: "for
        cases = {c.lemma.lower() for c in sentence.children(k.index) if c.deprel == "case"} \
            | ({lead.lemma.lower()} if lead.deprel == "case" else set())  # Hampshire Hospitals NHS Foundation Trust"
        if "for" in cases and head.lemma.lower() in SPOKESPEOPLE:
            return _set_off_name(sentence, k) or k  # "a spokesman for the home's owners, Bluebird Care Group,"
        if cases & {"at", "in", "within", "inside"} and (k.upos == "PROPN" and not is_place(k.text)
                                                         or k.lemma.lower() in ORG_WORDS):
            return k
    return None


def _set_off_name(sentence: Sentence, noun: Word) -> Word | None:
    """The name set off by a comma after ``noun`` that names it, as the parse hung it: an apposition, or a conjunct
    with no "and" ("the home's owners, Bluebird Care Group,")."""
    for name in sentence.children(noun.index):
        lead = phrase_span(sentence.words, name)[0]
        if lead > noun.index and sentence.words[lead - 1].text == "," and set_off_name(sentence.words, name):
            return name
    return None


def organization_modifier(sentence: Sentence, head: Word) -> Word | None:
    """The organization noun that modifies one of ``INSIDERS`` and stands for an organization named before ("a
    company spokeswoman", "a union official", "a police spokesman": the company, the union, the force), or for the
    government ("a government spokesperson"), not a name ("a Clinton campaign spokesman" is named so)."""
    if head.lemma.lower() not in INSIDERS or "Number=Plur" in head.feats:
        return None
    kids = sentence.children(head.index)
    bodies = ORGANIZATION_NOUNS | {"police"} | ({"government"} if head.lemma.lower() in SPOKESPEOPLE else set())
    found = [k for k in kids if (k.deprel == "compound" and k.upos == "NOUN" or k.deprel == "amod" and k.upos == "ADJ")
             and k.lemma.lower() in bodies]  # "a police spokesman": the force named before; "a government
    # spokesperson" (not "a government source": unnamed); "a coastguard spokesman", "coastguard" tagged an adjective
    return found[-1] if len(found) == 1 and not any(k.upos == "PROPN" for k in kids) else None


def issued_from(sentence: Sentence, head: Word) -> Word | None:
    """Who issued a statement or letter: the object of "from" after it ("a statement from the family of Daniel
    Ortiz", "a letter from the White House")."""
    if head.lemma.lower() not in ISSUED_NOUNS:
        return None
    return next((k for k in sentence.children(head.index) if k.deprel == "nmod" and k.index > head.index and any(
        c.deprel == "case" and c.lemma.lower() == "from" for c in sentence.children(k.index))), None)


# What others do to a document ("an email obtained by ...", "a memo reviewed by ..."): no author.
FOUND_BY = frozenset("obtain review see acquire leak find receive read quote cite".split())


def author_of(sentence: Sentence, head: Word) -> Word | None:
    """Who made a poll, survey or study: the "by" phrase on it or on a participle after it ("a poll by Gallup", "a
    survey published by NBC News"), or a name after "from" ("results from the Department of State")."""
    def by_phrase(word: Word) -> Word | None:
        found = next((k for k in sentence.children(word.index) if k.index > word.index
                      and k.deprel in ("nmod", "obl", "obl:agent") and k.upos in ("PROPN", "NOUN") and any(
                          c.deprel == "case" and (c.lemma.lower() == "by" or c.lemma.lower() == "from"
                                                  and k.upos == "PROPN") for c in sentence.children(k.index))), None)
        named = sentence.words[found.index + 1] if found is not None and found.upos == "NOUN" \
            and found.index + 1 < len(sentence.words) else None
        apposed = next((k for k in sentence.children(found.index) if k.deprel == "appos" and k.upos == "PROPN"
                        and sentence.words[k.index - 1].text == ","), None) if found is not None else None
        return named if named is not None and named.upos == "PROPN" and named.head in (found.head, found.index) \
            else apposed or found  # "projections by public broadcaster NHK" with "NHK" parsed beside "broadcaster";
        # "analysis by the Children's Commissioner, Dame Rachel de Souza": the commissioner by name
    participles = [k for k in sentence.children(head.index) if k.deprel == "acl" and k.xpos == "VBN"
                   and k.lemma.lower() not in FOUND_BY]  # not "an email obtained by Citizens United"
    return by_phrase(head) or next((found for k in participles if (found := by_phrase(k)) is not None), None)


def by_named_author(sentence: Sentence, head: Word) -> bool:
    """Whether a document's author is a name set off after a body or a title ("analysis by the Children's
    Commissioner, Dame Rachel de Souza")."""
    author = author_of(sentence, head) if is_document(head) else None
    return author is not None and author.deprel == "appos"
