"""Possessive repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend the tags and
relations of possessives around names and titles that the tagger and parser get wrong in news text: a possessive
inside an organization's name ("The National Farmers' Union"), an apostrophe taken for a quotation mark
("Starbucks' new chief executive"), a name whose possessive mark stands before a comma ("Ronnie Scott's, the London
club,"), a titled name that owns a noun ("Sen. Ted Cruz's office"), a possessive before a title ("Victims'
Commissioner Baroness Newlove", "Japan's PM") and a title after a possessive name made its apposition ("Councillor
Brenda Harrison's deputy, Tom Cassidy,"). Each function mends one sentence's words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import ORG_HEAD_WORDS, ORG_WORDS, PERSON_NOUNS, RELATIVES_OF, TITLES
from quotes.trees import is_under

if TYPE_CHECKING:
    from quotes.parsing import Word


PEOPLE_PLURALS = frozenset({"Children", "People", "Women", "Men"})  # plurals without an s, as in "Children's Society"


def repair_possessive_names(words: list[Word]) -> None:
    """Make a capitalised plural with a possessive mark right before the last word of an organization's name a
    compound of that word, where the parse made it the possessor ("The National Farmers' Union", "the Children's
    Society": the union's name, not a union that farmers own)."""
    for owner in words:
        mark = words[owner.index + 1] if owner.index + 2 < len(words) else None
        owned = words[owner.head] if mark is not None and owner.head > owner.index + 1 else None
        if owned is None or owner.deprel != "nmod:poss" or owner.upos != "PROPN" or not owner.text[:1].isupper() \
                or owner.xpos != "NNPS" and owner.text not in PEOPLE_PLURALS or mark.deprel != "case" \
                or mark.head != owner.index \
                or not all(w.text[:1].isupper() for w in words[mark.index + 1:owned.index + 1]) \
                or owned.text.lower() not in ORG_WORDS | ORG_HEAD_WORDS | {"trust"}:
            continue  # "Leeds Children's Hospital Charity" too
        owner.deprel = "compound"


def repair_set_off_possessors(words: list[Word]) -> None:
    """Make a name whose possessive mark stands right before a comma the head of its phrase, and the noun after the
    comma that the parse made the name's possession its apposition ("Ronnie Scott's, the London club where he played,
    said": the club's name, no club that Ronnie Scott owns); a mark before a comma possesses nothing."""
    for mark in words[1:-1]:
        owner = words[mark.head] if mark.xpos == "POS" and mark.deprel == "case" and mark.head >= 0 else None
        while owner is not None and owner.deprel == "flat" and owner.head >= 0:
            owner = words[owner.head]  # "Ronnie Scott's": the mark hangs on "Scott"
        owned = words[owner.head] if owner is not None and owner.deprel == "nmod:poss" else None
        if owned is None or words[mark.index + 1].text != "," or owner.upos != "PROPN" \
                or owned.index <= mark.index + 1 or owned.upos not in ("NOUN", "PROPN") \
                or not any(k.head == owned.index and k.deprel == "det" for k in words[mark.index + 2:owned.index]):
            continue  # an apposition with its article ("the London club"), not "early Alzheimer's, study finds"
        owner.head, owner.deprel = owned.head, owned.deprel
        owned.head, owned.deprel = owner.index, "appos"


def repair_possessive_marks(words: list[Word]) -> None:
    """Tag as a possessive the apostrophe glued to a plural or a name ending in "s" and followed by a word, where the
    tagger took it for a quotation mark, and make the owner the possessor of the noun it described ("Starbucks' new
    chief executive, Brian Niccol, will commute ...": no open quotation, "Starbucks" no subject); not where another
    single mark in the sentence may open a quotation it closes ("'the fans are liars' ...")."""
    marks = [w for w in words if w.text in ("'", "’", "‘") and w.upos == "PUNCT"]
    if len(marks) != 1 or marks[0].index in (0, len(words) - 1):
        return
    mark, owner, owned = marks[0], words[marks[0].index - 1], words[marks[0].index + 1]
    if not owner.text.lower().endswith("s") or owner.end != mark.start or owned.start == mark.end \
            or owner.upos not in ("PROPN", "NOUN") or owned.upos == "PUNCT":
        return
    mark.upos, mark.xpos, mark.deprel, mark.head = "PART", "POS", "case", owner.index
    noun = next((k for k in words if k.head == owner.index and k.deprel == "appos" and k.index > mark.index
                 and k.upos == "NOUN" and all(w.head == k.index for w in words[mark.index + 1:k.index])), None)
    if noun is not None and owner.deprel.startswith("nsubj"):  # "Starbucks' new chief executive, ..., will"
        noun.head, noun.deprel, owner.head, owner.deprel = owner.head, owner.deprel, noun.index, "nmod:poss"


def repair_titled_possessors(words: list[Word]) -> None:
    """Make the noun a titled name possesses the head of its phrase, where the parse made the title the head and
    the noun its apposition ("Sen. Ted Cruz's office said": the office speaks, "Sen." belongs to the name)."""
    for title in words:
        if title.upos != "PROPN" or not title.text.endswith(".") or title.head < 0:
            continue
        owned = next((k for k in words if k.head == title.index and k.deprel == "appos" and k.upos == "NOUN"), None)
        owner = next((k for k in words if owned is not None and k.head == owned.index and k.deprel == "nmod:poss"
                      and k.index == title.index + 1), None)
        if owner is None or any(not is_under(words, w, owned) for w in words[owner.index:owned.index]):
            continue
        owned.head, owned.deprel = title.head, title.deprel
        title.head, title.deprel = owner.index, "compound"


def repair_possessive_titles(words: list[Word]) -> None:
    """Make a capitalised plural with a bare apostrophe before a title the title's possessor, where the parse made the
    plural the head and the title and name a flat run after it ("Victims' Commissioner Baroness Newlove said": a
    group called "Victims"), and a name with "'s" before a title, where the parse made the name the head and hung the
    title on it ("Japan's PM vows ...": "PM" read as "p.m.")."""
    for owner in words[:-2]:
        mark, title = words[owner.index + 1], words[owner.index + 2]
        plural = owner.upos == "NOUN" and owner.text.endswith("s") and mark.text in ("'", "’") \
            and title.deprel == "flat"
        named = owner.upos == "PROPN" and mark.text in ("'s", "’s") \
            and title.deprel in ("flat", "appos", "compound", "nmod:unmarked")
        if not (plural or named) or not owner.text[:1].isupper() or mark.head != owner.index \
                or title.head != owner.index or title.text.lower() not in TITLES:
            continue
        title.lemma = title.lemma if title.lemma.lower() in TITLES else title.text
        title.head, title.deprel = owner.head, owner.deprel
        owner.head, owner.deprel = title.index, "nmod:poss"
        mark.upos, mark.xpos, mark.deprel = "PART", "POS", "case"
        for w in words:
            if w.head == owner.index and w is not mark:
                w.head = title.index


def repair_possessed_appositions(words: list[Word]) -> None:
    """Make a title right after a possessive name the head of the phrase, the name its possessor, where the parse made
    the title the name's apposition ("Councillor Brenda Harrison's deputy, Tom Cassidy, said": the deputy speaks,
    not Harrison; "Margaret Hughes's daughter, Carol, said": a relative named after it)."""
    for title in words[2:]:
        owner = words[title.head] if title.deprel == "appos" and title.upos == "NOUN" and title.head >= 0 else None
        mark = words[title.index - 1]
        named = title.index + 2 < len(words) and words[title.index + 1].text == "," \
            and words[title.index + 2].upos == "PROPN" and words[title.index + 2].deprel == "appos"
        if owner is None or owner.upos != "PROPN" or title.lemma.lower() not in TITLES | PERSON_NOUNS and not (
                named and title.lemma.lower() in RELATIVES_OF) \
                or mark.deprel != "case" or mark.text not in ("'s", "’s", "'", "’") \
                or owner.index > title.index or not all(
                    w.upos == "PROPN" and is_under(words, w, owner) for w in words[owner.index + 1:mark.index]) \
                or mark.head not in range(owner.index, mark.index):
            continue  # not "Nick Clegg, Meta's president": the name set off before
        title.head, title.deprel = owner.head, owner.deprel
        owner.head, owner.deprel = title.index, "nmod:poss"
        for word in words[title.index + 1:]:
            if word.head == owner.index and word.deprel == "appos":
                word.head = title.index  # "Tom Cassidy", the deputy
