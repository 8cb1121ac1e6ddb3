"""Description nouns: what the common noun of a speaker mention says about who speaks. Small pure functions over
parsed words, used by ``quotes.speakers`` to describe a mention: a document or report rather than a person
("a new study", ``is_document``), whose family it is ("the family of Daniel Ortiz", ``family_name``; the name in
such a phrase: ``named_in_phrase``), whose relative or lawyer ("The sister of Ruth Perry", ``relation_of_person``),
where ("a web designer in Colorado", ``place_phrases``), a person's
noun ("designer", ``names_a_person``; a headline's "Man admits", ``opening_lone_noun``), where someone is from
("the Egyptian", ``is_demonym_description``), many people ("an array of economists", ``of_many``; "the senator and
his allies", ``several``), a title standing for a name ("Chancellor rejects ...", ``title_alone``; "Tech CEO",
``described_by_title``; "said Kathy Jones, chief fixed income strategist", ``title_after_inverted_name``), an office
("Edinburgh's council leader", ``is_place_office``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quotes.lexicon import (CANDIDATE_NOUNS, DEMONYM_ENDINGS, DEMONYM_PAPERS, DEMONYMS, DOCUMENTS, FIGURES,
                            HONORIFICS, KNOWN_ORGANIZATIONS, MEDIA_NOUNS, ORG_HEAD_WORDS, ORG_WORDS, PARTY_MEMBERS,
                            PERSON_NOUNS, RELATIVES_OF, TITLES)
from quotes.mentions import mention_words, name_text, without_determiners
from quotes.name_roles import split_role
from quotes.names import is_first_name, is_place, is_place_name, written_as_surname
from quotes.parsing import Sentence, Word
from quotes.speaker_types import PLACE_PREFIXES, classify_in


def is_demonym_description(sentence: Sentence, words: list[Word]) -> bool:
    """A mention of "the" and one capitalised word that names where someone is from ("The Egyptian, whose contract
    expires ...", "the Dane said"), perhaps after an age, a region or plain adjectives ("the 22-year-old Italian", "the
    Northern Irishman"), not a newspaper known by such a name ("the Guardian"), nor a party's member ("the
    Republican", whom a description stands for)."""
    written, words = words, [w for w in words if w.upos != "PUNCT"]
    if len(words) < 2 or words[0].lemma.lower() != "the":
        return False
    middle = words[1:-1]
    if middle and not (is_age_description(written[:-1])
                       or all(w.text in PLACE_PREFIXES or w.upos == "ADJ" and w.text.islower() for w in middle)):
        return False
    return _is_demonym(words[-1].text)


def _is_demonym(word: str) -> bool:
    """A capitalised word that names where someone is from ("Slovenian", "Dane"), not a newspaper's name ("Guardian"),
    a party member's ("Republican") or a body's word."""
    known = KNOWN_ORGANIZATIONS | DEMONYM_PAPERS | PARTY_MEMBERS | ORG_WORDS  # not "the Vatican", "the Taliban"
    return word.istitle() and word.lower() not in known and (
        word.lower() in DEMONYMS or word.lower().endswith(DEMONYM_ENDINGS) and not is_first_name(word))


def other_nationals(sentence: Sentence, words: list[Word],
                    entities: Iterable[tuple[int, str, str, str | None]]) -> set[str]:
    """For a demonym's description (``words``: "the Slovenian"), the names among ``entities`` (offset, name, type,
    role) whose role says they are from elsewhere ("Belgian rider Wout Jansen"), full and surname: other people; else
    none."""
    if not is_demonym_description(sentence, words):
        return set()
    demonym = [w for w in words if w.upos != "PUNCT"][-1].text
    full = {e[1] for e in entities if any(w != demonym and w.lower() not in TITLES and _is_demonym(w)
                                          for w in (e[3] or "").split())}
    return full | {name.split()[-1] for name in full}


def description_method(words: list[Word]) -> str:
    """'nominal' for a definite description that refers back ("the spokesman", "the New York
    businessman"), 'indefinite' for one that brings in someone new ("a spokesman", "another aide", "one
    official", a bare lower-case "federal judge ruled" or headline "analyst says", though not "candidate says": the
    one the headline is about) or nobody in particular ("each candidate")."""
    bare = words[0].upos not in ("DET", "PRON", "PROPN", "NUM") and words[0].deprel != "nmod:poss" \
        and words[0].text[:1].islower() and not any(w.lemma.lower() in CANDIDATE_NOUNS for w in words)
    return "indefinite" if bare or words[0].text.lower() in ("a", "an", "another", "one", "each", "every", "any",
                                                             "either", "neither") else "nominal"


AGE = re.compile(r"\d{1,3}-year-old|(?:[a-z]+-)+year-old", re.IGNORECASE)


def is_age_description(words: list[Word]) -> bool:
    """A mention of "the" and someone's age ("the 30-year-old said", "the twenty-two-year-old", "the 29-year-old from
    Leeds"): a person described, whom the story named before."""
    words = [w for w in words if w.upos != "PUNCT" or w.text == "-"]
    old = next((i for i, w in enumerate(words[:-1]) if w.text.lower() == "old" and words[i + 1].upos == "ADP"), None)
    words = words[:old + 1] if old is not None else words  # "the 29-year-old from Leeds"
    return len(words) > 1 and words[0].lemma.lower() == "the" and words[-1].text.lower() == "old" \
        and AGE.fullmatch("".join(w.text for w in words[1:])) is not None


def named_in_phrase(sentence: Sentence, head: Word, prepositions: tuple[str, ...] = ("of",)) -> Word | None:
    """The first word of the name in a noun's "of" phrase (or another of ``prepositions``): "Daniel" of "the family
    of Daniel Ortiz", also when a description before the name took the preposition and the name hangs on the noun
    alone ("the family of headteacher Ruth Perry"); ``None`` when the phrase names no one."""
    kids = sentence.children(head.index)

    def led(word: Word) -> bool:
        return any(c.deprel == "case" and c.lemma.lower() in prepositions for c in sentence.children(word.index))

    for k in kids:
        if k.deprel != "nmod" or k.index < head.index:
            continue
        if k.upos == "PROPN" and led(k):
            return k
        following = sentence.words[k.index + 1] if k.index + 1 < len(sentence.words) else None
        if k.upos == "NOUN" and k.text.islower() and led(k) and following in kids and following.upos == "PROPN" \
                and following.deprel == "nmod" and not led(following):
            return following
    return None


def family_name(sentence: Sentence, head: Word) -> str | None:
    """The surname whose family a singular "family" is, from its "of" phrase: "Ortiz" for "the family of Daniel
    Ortiz", so that it is "the Ortiz family" (``None`` for "a family of four" or "the family of companies")."""
    if head.lemma.lower() != "family" or "Number=Plur" in head.feats:
        return None
    owner = named_in_phrase(sentence, head)
    if owner is None:
        return None
    last = owner.index
    while last + 1 < len(sentence.words) and sentence.words[last + 1].upos == "PROPN":  # "Daniel Ortiz"
        last += 1
    return sentence.words[last].text


def of_many(sentence: Sentence, head: Word) -> bool:
    """``head`` has an "of" phrase of a plural ("a wide array of economists", "an average of 10 percent of voters")."""
    return any(k.deprel == "nmod" and ("Number=Plur" in k.feats or k.upos == "NUM" or k.lemma.lower() == "percent")
               and any(c.deprel == "case" and c.lemma.lower() == "of" for c in sentence.children(k.index))
               for k in sentence.children(head.index))


def several(sentence: Sentence, head: Word, words: list[Word]) -> bool:
    """Whether a coordinated description names more than one ("the senator and his allies"), not one person
    twice ("the businessman and reality star": the second noun singular, without a determiner of its own)."""
    for conjunct in (w for w in words if w.deprel == "conj" and w.head == head.index):
        if "Number=Plur" in conjunct.feats or any(k.deprel in ("det", "nmod:poss") and k.index > head.index
                                                  for k in sentence.children(conjunct.index)):
            return True
    return False


# Nouns ending as agent nouns do that name things ("a paper from the Brookings Institution").
AGENT_LIKE_THINGS = frozenset("paper letter poster flyer trailer order number center centre chapter".split())


def names_a_person(noun: Word) -> bool:
    """A common noun for a person: a title or person noun, or one ending as agent nouns do ("designer", "user",
    "activist"), not a document ("a poll from Marquette Law School", "an email from Neera Tanden")."""
    lemma = noun.lemma.lower()
    return lemma in TITLES | PERSON_NOUNS or lemma.endswith(("er", "or", "ist", "ian", "ant", "ent")) \
        and not is_document(noun) and lemma not in MEDIA_NOUNS | ORG_WORDS | ORG_HEAD_WORDS | AGENT_LIKE_THINGS


def opening_lone_noun(text: str, sentence: Sentence, words: list[Word],
                      nouns: frozenset[str] = PERSON_NOUNS) -> bool:
    """A lone noun of ``nouns`` (a person's, by default) that opens its sentence (or follows a colon: "'...': Survivor
    recalls shark attack") capitalised, tagged a name or not, and that no name in ``text`` ends with: a headline's
    someone unnamed ("Man admits killing wife and daughters", "Teenager wins award"), no one called "Man" (but
    "Farmer said" after "Paul Farmer" is him); with
    ``BUSINESS_NOUNS``, a business unnamed ("Airline blames air traffic control for delays")."""
    named = [w for w in words if w.upos != "PUNCT"]
    return len(named) == 1 and (named[0].index == 0 or sentence.words[named[0].index - 1].text == ":") \
        and named[0].text.istitle() \
        and named[0].text.lower() in nouns and len(sentence.words) > 2 \
        and not re.search(rf"\b[A-Z][a-z]+ {re.escape(named[0].text)}\b", text)


WRITTEN = DOCUMENTS | FIGURES - {"number"}  # what is written, filed or counted


def is_document(word: Word) -> bool:
    """A noun for what is written, filed or counted ("a new study", "Emails", "Documents", whose lemma the lemmatizer
    may leave in the plural; "official figures"; not "a number", of people as often as not)."""
    return word.lemma.lower() in WRITTEN or word.text.lower().removesuffix("s") in WRITTEN


def sourced_from_thing(sentence: Sentence, head: Word) -> list[Word]:
    """The words of a "from" phrase on a document noun that names a thing, not an author ("data from the European
    Space Agency's Mars Express spacecraft"): no speaker's name, though it holds one; empty for any other noun."""
    if not is_document(head):
        return []
    return [w for k in sentence.children(head.index) if k.deprel == "nmod" and k.upos == "NOUN"
            and k.lemma.lower() not in PERSON_NOUNS | TITLES | ORG_WORDS
            and any(c.deprel == "case" and c.lemma.lower() == "from" for c in sentence.children(k.index))
            for w in sentence.subtree(k.index)]


def title_alone(text: str, words: list[Word]) -> bool:
    """Whether a mention's words are all titles, with no honorific ("Chancellor rejects ..." in a headline, "Prime
    Minister"), and not a surname the text writes after a first name ("King" of "Larry King", "Justice")."""
    return bool(words) and all(w.text.lower().rstrip(".") in TITLES and w.text.lower().rstrip(".") not in HONORIFICS
                               for w in words) and not written_as_surname(text, words[-1].text)


# Titles that are common surnames too, after a given name the lists may lack ("Ahmad Sheikh", "Mohammed Bishop").
SURNAME_TITLES = frozenset("sheikh king bishop judge marshal cardinal major dean".split())


def described_by_title(text: str, words: list[Word]) -> bool:
    """A title after a word or two of no name, a title-case headline's description ("Tech CEO says ...", "Apple
    CEO"): no first name among them, the title never a surname in the text ("Larry King")."""
    return 2 <= len(words) <= 3 and words[-1].text.lower().rstrip(".") in TITLES - HONORIFICS - ORG_WORDS \
        and not any(is_first_name(w.text) or w.text.lower().rstrip(".") in HONORIFICS | ORG_WORDS | ORG_HEAD_WORDS
                    or w.text.lower() == "of" or w.xpos == "POS" for w in words) \
        and not written_as_surname(text, words[-1].text) \
        and not (words[-1].text.lower() in SURNAME_TITLES and all(
            w.upos == "PROPN" and not is_place(w.text) for w in words))  # "Ahmad Sheikh", a volunteer


def title_after_inverted_name(sentence: Sentence, head: Word, name_words: list[Word]) -> list[Word]:
    """The title set off by a comma after a name that follows its verb, which the parse made the verb's object
    ('"...," said Kathy Jones, chief fixed income strategist at Charles Schwab'; "said Shuai Li, a planetary
    scientist at ...", the scientist a clause of "said"), as a one-word list, or []."""
    comma = name_words[-1].index + 1 if name_words else len(sentence.words)
    if head.head < 0 or head.index < head.head or comma >= len(sentence.words) or sentence.words[comma].text != ",":
        return []
    return [w for w in sentence.children(head.head) if w.upos == "NOUN" and w.lemma.lower() in TITLES | PERSON_NOUNS
            and w.deprel in ("obj", "dep", "appos", "parataxis", "ccomp")
            and min(x.index for x in sentence.subtree(w.index)) in (comma, comma + 1)
            and not any(k.deprel.startswith("nsubj") and k.text.lower() != "who"
                        for k in sentence.children(w.index))][:1]  # a clause of its own only after "who" ("who was
    # coordinator for counterterrorism": the title, whose "who was" the role leaves out)


COUNSEL = frozenset("lawyer attorney solicitor barrister agent".split())  # who act for a person


def relation_of_person(text: str, sentence: Sentence, head: Word, words: list[Word]) -> str | None:
    """The words of a definite description of a named person's relative or counsel, up to the name ("sister of Ruth
    Perry" of "The sister of Ruth Perry, who ..."; "lawyer for John Smith"), as "Mrs Hale's daughter" is named: no
    one the text names, nor the person of the "of" phrase; None for another description ("the mayor of London")."""
    if head.upos != "NOUN" or "Number=Plur" in head.feats or head.lemma.lower() not in RELATIVES_OF | COUNSEL \
            or not words or words[0].lemma.lower() != "the":
        return None
    owner = named_in_phrase(sentence, head, ("of", "for"))
    if owner is None:
        return None
    name_words, _ = split_role(mention_words(sentence, owner), owner, sentence)
    name = name_text(text, name_words)
    if not name_words or classify_in(sentence, name_words, owner, name) != "person":
        return None
    last = name_words[-1].index
    return name_text(text, [w for w in without_determiners(words) if w.index <= last])


RESIDENTS = frozenset("resident native citizen inhabitant villager".split())  # of a place


DIPLOMATIC_POSTS = frozenset("embassy mission delegation consulate".split())  # a country's, in or to a place


def place_phrases(sentence: Sentence, kids: list[Word]) -> set[int]:
    """The indexes of the words of the "in" or "from" phrases among a noun's dependents ``kids`` ("in Colorado"), or the
    "of" phrase of a resident's noun ("a resident of Leeds") or the "to" phrase of a diplomatic post's ("Iran's mission
    to the United Nations"), also inside an "at" phrase of a common noun ("a doctor at the hospital in Okha")."""
    found = set()
    for k in kids:
        cases = {c.lemma.lower() for c in sentence.children(k.index) if c.deprel == "case"}
        owner = sentence.words[k.head].lemma.lower() if k.head >= 0 else ""
        if k.deprel == "nmod" and (cases & {"in", "from"} or "of" in cases and owner in RESIDENTS
                                   or "to" in cases and owner in DIPLOMATIC_POSTS):
            found |= {w.index for w in sentence.subtree(k.index)}
        elif k.deprel == "nmod" and "at" in cases and k.upos == "NOUN":
            found |= place_phrases(sentence, sentence.children(k.index))
    return found


def is_place_office(words: list[Word], head: Word) -> bool:
    """A title that a place's possessive opens ("Edinburgh's council leader", "Scotland's first minister"): an office,
    whoever holds it, rather than a name."""
    return head.lemma.lower() in TITLES and any(w.deprel == "nmod:poss" and w.head == head.index and w.upos == "PROPN"
                                                and is_place_name(w.text) for w in words)
