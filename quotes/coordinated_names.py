"""Coordinated names: a speaker mention that joins names with "and" ("Hillary Clinton and Bernie Sanders", "Senators
Ted Cruz and Marco Rubio") is a group of the names, with the words before them for its role, unless the names make one
organization ("the Food and Drug Administration", "The England and Wales Cricket Board"); two people each set off
with a description ("Nick Clegg, ..., and Jennifer Newstead, ...,") are a group too, named without the titles
before each ("Det Sgt Paul Allen and Det Con Sarah Lee": Paul Allen and Sarah Lee). Pure functions over the
mention's words, used by ``quotes.speakers``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import (BUSINESS_NOUNS, CAPITALISED_ORG_ENDINGS, HONORIFICS, KNOWN_ORGANIZATIONS, ORG_HEAD_WORDS,
                            ORG_WORDS, PERSON_NOUNS, PLACES, TITLES, US_STATES)
from quotes.conjoined_name_repairs import NAME_JOINERS
from quotes.mentions import PRECONJUNCTIONS
from quotes.name_roles import split_role, trim_role
from quotes.names import is_first_name, is_place_name

if TYPE_CHECKING:
    from quotes.parsing import Sentence, Word


def lists_places(sentence: Sentence, word: Word) -> bool:
    """``word`` opens a phrase of where people are, whose names joined with "and" are places, no joint speaker
    ("Fishermen in Devon and Cornwall", "Democratic chairs from Jefferson and Arapahoe"; not "an article in the
    journal Judgment and Decision Making", "polls from Monmouth University and CNN")."""
    people = sentence.words[word.head] if word.head >= 0 else word
    return word.deprel == "nmod" and people.lemma.lower() in TITLES | PERSON_NOUNS and "Number=Plur" in people.feats \
        and any(k.deprel == "case" and k.lemma.lower() in ("in", "across", "from")
                for k in sentence.children(word.index))


def two_named_people(words: list[Word]) -> bool:
    """A first name and a surname on either side of "and" ("Mayor Karen Bass and Police Chief Michel Moore", parsed
    as one name with the second title as a description)."""
    def named(part: list[Word]) -> bool:
        return any(a.upos == b.upos == "PROPN" and is_first_name(a.text) and b.index == a.index + 1
                   for a, b in zip(part, part[1:]))
    cut = next((i for i, w in enumerate(words) if w.upos == "CCONJ" and w.text.lower() == "and"), None)
    return cut is not None and named(words[:cut]) and named(words[cut + 1:])


def apposed_partner(sentence: Sentence, head: Word) -> Word | None:
    """The second person's name of "X, description, and Y, description," ("Nick Clegg, Meta's president of global
    affairs, and Jennifer Newstead, its chief legal officer, said"): a proper-noun conjunct with its own "and" and
    apposition after an apposition of the head, both opening with a first name, else ``None``."""
    kids = sentence.children(head.index)
    partner = next((k for k in kids if k.deprel == "conj" and k.upos == "PROPN" and any(
        c.deprel == "cc" and c.lemma.lower() == "and" for c in sentence.children(k.index))), None)
    return partner if partner is not None and is_first_name(head.text) and is_first_name(partner.text) and any(
        k.deprel == "appos" and head.index < k.index < partner.index for k in kids) and any(
        k.deprel == "appos" for k in sentence.children(partner.index)) else None


def _titled_after_and(words: list[Word]) -> bool:
    """A title that holds "and" before one person's name ("Police and Crime Commissioner Tim Smith", "Sanders
    surrogate and actor Tim Robbins"): a title word right before a first name after the only "and", no first name nor
    title before it, nor a title right after it unless a lower-case description ends before it (not "Mr. Clarke and
    Mr. Van Voorhis", "Toomey and Sen. Kelly Ayotte")."""
    cut = [i for i, w in enumerate(words) if w.upos == "CCONJ"]
    if len(cut) != 1 or not 0 < cut[0] < len(words) - 1:
        return False
    titled = [w.text.lower().rstrip(".") in TITLES | HONORIFICS for w in words]
    before, after = words[:cut[0]], words[cut[0] + 1:]
    return (not titled[cut[0] + 1] or before[-1].text.islower() and before[-1].upos == "NOUN") \
        and not any(is_first_name(w.text) or titled[i] for i, w in enumerate(before)) \
        and any(a.text.lower() in TITLES and b.upos == "PROPN" and is_first_name(b.text)
                for a, b in zip(after, after[1:]))


def _person_of_body(words: list[Word]) -> bool:
    """A person's name, then "of" and a body whose name holds "and" ("Caroline Holt of the International Federation
    of Red Cross and Red Crescent Societies", "Dr. Zheng-Yi Chen of Mass Eye and Ear"): one person, no list."""
    cut = next((i for i, w in enumerate(words) if w.upos == "ADP" and w.text.lower() == "of"), None)
    return cut is not None and not any(w.upos == "CCONJ" for w in words[:cut]) and any(
        b.upos == "PROPN" and (a.upos == "PROPN" and is_first_name(a.text) or a.text.lower().rstrip(".") in HONORIFICS)
        for a, b in zip(words[:cut], words[1:cut]))


def one_person_with_and(words: list[Word]) -> bool:
    """Whether the "and" in a mention's words joins no speakers but sits inside one person's title or body: "Police
    and Crime Commissioner Tim Smith" (:func:`_titled_after_and`), "Caroline Holt of the International Federation of
    Red Cross and Red Crescent Societies" (:func:`_person_of_body`)."""
    return _titled_after_and(words) or _person_of_body(words)


def coordinated_names(words: list[Word]) -> tuple[list[Word], list[Word], bool]:
    """The names, the role words and whether they are one organization, of a mention joining names with "and"
    ('Hillary Clinton and Bernie Sanders said': the names together speak, a group; "Procter & Gamble", "the Centers
    for Disease Control and Prevention", "the England and Wales Cricket Board" and "the Food and Drug Administration"
    are one organization each); words before the first name are the role ("Senators Ted Cruz and Marco Rubio"),
    "Neither"/"Both" stays with the names."""
    first = next(i for i, w in enumerate(words) if w.upos == "PROPN")
    if words[first].text.lower() in BUSINESS_NOUNS and first + 1 < len(words) and words[first + 1].upos == "PROPN":
        first += 1  # "Retailer Marks and Spencer": the trade is the role
    cut = next((i for i, w in enumerate(words) if w.upos == "CCONJ"), len(words))
    described = [i for i in range(first, cut - 1) if words[i].upos == "NOUN" and words[i].text.islower()
                 and words[i + 1].upos == "PROPN"]
    first = described[-1] + 1 if described else first  # "Hollywood actors Ryan Reynolds and Rob McElhenney"
    while first > 0 and words[first - 1].text[:1].isupper() and words[first - 1].upos == "ADJ":
        first -= 1  # "The New York Times and ABC News", "New" tagged an adjective
    cut = next((i for i in range(len(words) - 3, max(len(words) - 6, 0), -1) if words[i].upos == "CCONJ"), None)
    common = cut is not None and words[cut - 1].text.istitle() \
        and (words[cut - 1].text.lower() not in ORG_WORDS or cut + 2 < len(words)
             and words[cut + 1].text.lower() in ORG_WORDS) \
        and all(w.text.istitle() and not is_first_name(w.text) for w in words[cut + 1:]) \
        and (words[-1].text.lower() in ORG_WORDS | ORG_HEAD_WORDS or words[-1].text in CAPITALISED_ORG_ENDINGS)
    first = min(first, cut - 1) if common else first  # "The Food and Drug Administration" ("Food" tagged a common
    # noun), "the U.S. Fish and Wildlife Service", "The Arts and Humanities Research Council", "the Health and
    # Safety Executive", "the University and College Union": one body; not "the Senate and White House"
    if first + 2 < len(words) and words[first + 1].text in ("'s", "’s") and words[first + 2].upos == "PROPN":
        first += 2  # "Britain's Competition and Markets Authority": the country's is no part of the name
    lead = first - 1 if first > 0 and words[first - 1].text.lower() in PRECONJUNCTIONS else first
    role_words = trim_role([w for w in words[:lead] if w.upos != "DET"])
    names = words[lead:]
    joint = next((i for i, w in enumerate(names) if w.text.lower() in ("of", "for")), None)
    one = all(w.text in NAME_JOINERS for w in words if w.upos == "CCONJ") or joint is not None and joint > 0 \
        and names[joint - 1].text.lower().removesuffix("s") in ORG_WORDS | ORG_HEAD_WORDS \
        and all(w.index > names[joint].index for w in names if w.upos == "CCONJ") \
        and joint + 1 < len(names) and names[joint + 1].text.lower() not in US_STATES | PLACES  # not "the ACLU of
    # Ohio and Demos", two organizations
    places = len(names) > 3 and names[1].upos == "CCONJ" and all(
        is_place_name(w.text) or w.text.istitle() and not is_first_name(w.text) and w.xpos not in ("NNS", "NNPS")
        and w.text.lower() not in ORG_WORDS for w in (names[0], names[2]))
    # "Doncaster and Bassetlaw Teaching Hospitals ...", "The Shrewsbury and Telford Hospital NHS Trust": districts the
    # lists lack (not "The Senate and White House", "Republicans and Democrats on the Oversight Committee")
    known = " ".join(w.text for w in names).lower() in KNOWN_ORGANIZATIONS  # "Marks and Spencer"
    one = one or common or known or places and (names[-1].text.lower() in ORG_WORDS | ORG_HEAD_WORDS
                                       or names[-1].text in CAPITALISED_ORG_ENDINGS)  # "The England and Wales
    # Cricket Board", "Norfolk and Norwich University Hospitals NHS Foundation Trust": the places' organization
    return names, role_words, one


def untitled_names(names: list[Word]) -> list[list[Word]] | None:
    """The names joined by "and" or commas, each without the titles before it ("Det Sgt Paul Allen and Det Con Sarah
    Lee": Paul Allen, Sarah Lee); None, the names as written, unless each part is a name after capitalised title words
    or none, and one has such words ("Qatar and the US", "Texas and Oklahoma officials", "Trump and other Republicans",
    "Harvard and the University of California at Berkeley", "Fox News Vice President and Washington Managing Editor
    Bill Sammon")."""
    parts: list[list[Word]] = [[]]
    for w in names:
        if w.upos == "CCONJ" or w.text == ",":
            parts.append([])
        elif w.upos != "DET":
            parts[-1].append(w)
    parts = [part for part in parts if part]
    named = [split_role(part)[0] for part in parts]
    titled = [part[:len(part) - len(name)] for name, part in zip(named, parts)]
    if len(parts) < 2 or not any(titled) or not all(
            name and name == part[len(part) - len(name):] and not all(w.text.lower() in TITLES for w in name)
            and all(w.text[:1].isupper() for w in title) for name, part, title in zip(named, parts, titled)):
        return None
    return named
