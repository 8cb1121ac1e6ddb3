"""Speaker types: whether a name is a person's, an organization's or a group's.

Small pure functions over the words of a name in its parsed sentence, used by ``quotes.speakers`` and
``quotes.references``: "NATO", "Goldman Sachs", "Acme Robotics", "The Verge" and "Chelsea have agreed" are
organizations; "Campaign officials" and "two in three voters" groups; "Mark Kelly" a person.
"""

from __future__ import annotations

import re

from quotes.lexicon import (BUSINESS_NOUNS, CAPITALISED_ORG_ENDINGS, CLUB_NAME_OPENINGS, COLLECTIVE_NOUNS,
                            COMPANY_NAME_ENDINGS, DOCUMENTS, KNOWN_CLUBS, KNOWN_ORGANIZATIONS, NAME_PARTICLES,
                            NOBLE_TITLES, ORG_HEAD_WORDS, ORG_WORDS, ORGANIZATION_NOUNS, PARTY_MEMBERS,
                            PERSON_NOUNS, PERSONAL_TRADES, PLACES, TITLES, US_STATES)
from quotes.names import PARTIES, is_first_name, is_place, is_place_name, spelt_like_company
from quotes.parsing import Sentence, Word

COUNTRY_NAMES = frozenset({"united states", "united kingdom", "united nations", "united arab emirates",
                           "soviet union", "south korea", "north korea", "saudi arabia", "new zealand", "south africa"})


def classify(name_words: list[Word], head: Word, name: str) -> str:
    """Guess the speaker type from the name words and the head of the mention."""
    lowered = {w.text.lower() for w in name_words if not (w.text.islower() and w.text in NAME_PARTICLES)}  # not the
    # "ap" of "Mabon ap Gwynfor" for AP
    last = name_words[-1].text.lower() if name_words else ""
    joined = next((name_words[i - 1].text.lower() for i in range(1, len(name_words) - 1)
                   if name_words[i].text.lower() in ("of", "on", "for")), "")  # "Center for American Progress"
    plural = head.xpos in ("NNS", "NNPS") or head.upos == "NOUN" and "Number=Plur" in head.feats  # a name's tag
    # before its features: "Goldman Sachs" is NNP with Number=Plur
    if is_campaign_name(name_words):
        return "organization"
    if plural and head.upos == "NOUN" and head.lemma.lower() not in ORG_WORDS and not (
            name_words and ends_company_name(name_words[-1])) and not spelt_like_company(name):  # "Campaign
        return "group"  # officials", "Union leaders": people, whatever organization they are of (not
        # "HarperCollins", a plural to the tagger)
    if is_collective(head) or plural and re.sub("ies$", "y", last).removesuffix("s") in PARTY_MEMBERS:
        return "group"  # "Senate Democrats", "House Republicans": members, not the Senate
    if lowered & ORG_WORDS or name.lower() in PLACES | US_STATES | KNOWN_ORGANIZATIONS | KNOWN_CLUBS \
            or name.lower() in ORG_WORDS \
            or lowered & CAMPAIGN_NAME_WORDS and len(name_words) > 1 and all(w.text[:1].isupper() for w in name_words) \
            or last in ORG_HEAD_WORDS or spelt_like_company(name) \
            or any("&" in w.text and spelt_like_company(w.text) for w in name_words) \
            or name_words and ends_company_name(name_words[-1]) \
            or name.lower().removeprefix("the ") in COUNTRY_NAMES \
            or len(name_words) > 1 and name_words[-1].text in CAPITALISED_ORG_ENDINGS \
            and not (len(name_words) == 2 and is_first_name(name_words[0].text)) \
            or joined in ORG_HEAD_WORDS or joined.removesuffix("s") in ORG_HEAD_WORDS | ORG_WORDS \
            or len(name_words) > 1 and name_words[-1].text.istitle() and last.removesuffix("s") in ORG_WORDS \
            or joined.capitalize() in CAPITALISED_ORG_ENDINGS \
            or len(name_words) > 2 and name_words[-2].text.lower() in ORG_HEAD_WORDS | ORG_WORDS \
            and is_place(name_words[-1].text) \
            or is_known_organization(name_words, name):  # "Centers for Disease ...", "Amnesty
        # International Kenya", "Greenpeace Brazil", "National Air Traffic Services"
        return "organization"
    if len(name_words) > 1 and name_words[-1].text.isdigit() and name_words[-2].upos == "PROPN":  # "Formula 1",
        # "Channel 4": no person's name (not "six in 10")
        return "organization"
    if len(name_words) == 1 and re.fullmatch(r"[A-Z][a-z]+[0-9]+", name):  # "Jet2", "Channel4": no one's name
        return "organization"
    if re.fullmatch(r"[A-Z]{2,5}s", name):  # "MPs", "GPs", "MSPs": members, whatever the tagger's number
        return "group"
    if re.fullmatch(r"[A-Z][A-Z.&]{1,7}|[A-Z][A-Z&]*(?:[.-][A-Z&]+)+[.]?", name.replace(" ", "")):  # "NATO", "AFL-CIO"
        return "organization"
    if len(name_words) > 1 and re.fullmatch(r"[A-Z]{3,}", name_words[0].text) \
            and name_words[0].text.lower() not in PARTIES \
            and not any(is_first_name(w.text) for w in name_words):  # "NHS England", "BBC Scotland"; not "GOP Figure"
        return "organization"
    if len(name_words) > 1 and name_words[0].text in COMPASS_WORDS and not is_first_name(name_words[1].text):
        return "organization"  # "Northern Powergrid", "Central Bank of Nigeria"
    if len(name_words) == 2 and name_words[0].text.lower() in CLUB_NAME_OPENINGS and is_place(name_words[1].text):
        return "organization"  # "Real Madrid", "Bayern Munich"
    if len(name_words) > 1 and name_words[-1].text in UK_NATIONS and name_words[0].text not in PLACE_PREFIXES \
            and not any(is_first_name(w.text) or w.text.lower() in TITLES | {"of"} for w in name_words[:-1]):
        return "organization"  # "Historic England", "Public Health England", "Transport Scotland", "Sport Wales"
        # (not "the Prince of Wales")
    if head.upos == "NUM" or head.lemma.lower() in ("percent", "%", "some", "many", "most", "others", "several", "few",
                                                     "both", "all"):  # "two in three voters", "26 percent", "Some"
        return "group"
    if plural and not (head.upos == "PROPN" and len(name_words) == 2 and is_first_name(name_words[0].text)):
        return "group"  # but "Max Schrems", a surname tagged a plural after a first name, is one person
    if name.lower() in DOCUMENTS:  # "Poll: Trump leads" in a headline: capitalised, still no person
        return "unknown"
    if head.upos == "PROPN" or all(w.text[:1].isupper() or w.text in NAME_PARTICLES for w in name_words):
        return "person" if name_words else "unknown"
    return "unknown"


# Pronouns, particles and verbs of campaigns' names ("Kick It Out", "Just Stop Oil", "Led By Donkeys", "Save Our
# Statues"): in no person's name.
CAMPAIGN_NAME_WORDS = frozenset("it out by just our your we us up off stop save kick keep".split())
COMPASS_WORDS = frozenset("Northern Southern Eastern Western Central".split())  # no person's first name
UK_NATIONS = frozenset("England Scotland Wales Ireland Britain".split())  # that name public bodies after them
PLACE_PREFIXES = COMPASS_WORDS | frozenset("New North South East West Great Little".split())  # "New England"


def is_campaign_name(words: list[Word]) -> bool:
    """A name of people against or for something, all in capitals ("Surfers Against Sewage", "Mothers Against Drunk
    Driving", "Scientists For Labour"), or of the friends of a named place ("Friends of Walkley Library"): a
    campaign's, not a group of surfers."""
    return len(words) > 2 and (words[1].text in ("Against", "For") and all(w.text[:1].isupper() for w in words)
                               or words[0].text == "Friends" and words[1].text == "of"
                               and all(w.text[:1].isupper() or w.text == "the" for w in words[2:])
                               and words[-1].text.lower() in ORG_WORDS | ORG_HEAD_WORDS)  # not "of Mr. Clinton"


def is_known_organization(name_words: list[Word], name: str) -> bool:
    """A known organization's name, or one with a place after it ("Amnesty International Kenya", "Friends of the
    Earth Scotland")."""
    return name.lower() in KNOWN_ORGANIZATIONS or len(name_words) > 1 and is_place_name(name_words[-1].text) \
        and name.lower().rsplit(" ", 1)[0] in KNOWN_ORGANIZATIONS


def is_collective(word: Word) -> bool:
    """A singular noun for many people together ("Staff", "the crowd", "a jury"; not "CREW", an acronym)."""
    return word.upos == "NOUN" and word.lemma.lower() in COLLECTIVE_NOUNS and not word.text.isupper()


def is_group_of_people(sentence: Sentence, word: Word) -> bool:
    """A "group" of people named by a plural noun ("A group of parents in Florida"), not an organization."""
    return word.lemma.lower() == "group" and any(
        k.deprel == "nmod" and k.upos == "NOUN" and "Number=Plur" in k.feats and any(
            c.deprel == "case" and c.lemma.lower() == "of" for c in sentence.children(k.index))
        for k in sentence.children(word.index))


_CAMEL_COMPANY_ENDING = re.compile(r"[a-z](?:%s)$" % "|".join(w.capitalize() for w in COMPANY_NAME_ENDINGS))


def ends_company_name(word: Word) -> bool:
    """A capitalised word that ends companies' names ("Cisco Systems", "Spirit AeroSystems", "Tech Partners"),
    which the tagger may take for a plural noun."""
    return word.text[:1].isupper() and (word.text.lower() in ORG_HEAD_WORDS
                                         or _CAMEL_COMPANY_ENDING.search(word.text) is not None)


def classify_in(sentence: Sentence, name_words: list[Word], head: Word, name: str) -> str:
    """:func:`classify` with the words around the name: one word, or a name with a place in it, with a plural verb
    is no person's ("Chelsea have agreed", "Real Madrid are"; not "leaders such as Rush Limbaugh are"), but one of
    several words right after a title is one person's ("Opposition leader Frans Timmermans"); nor is one
    after "the" that ends its phrase ("The Verge", "the Guardian", "The Blaze"; one with a plural verb is many: "The
    Houthis say", "the Clintons were"); but a name before a noun ("the Sanders supporter", "the Clinton hearing") may
    be, and no name of several words after "the" is a person's ("the Maersk Hangzhou had been hit"); one that a
    relative clause calls "which" is none ("Novo Nordisk, which makes Wegovy"), nor one described as a
    business ("Eversource, the region's largest utility")."""
    kind = classify(name_words, head, name)
    if kind == "group" and name_words == [head] and head.upos == "PROPN" and _singular_relative(sentence, head):
        return "person"  # "Jenkins, who plays for Exeter Chiefs,": one man, whatever the plural tag
    title = sentence.words[name_words[0].index - 1] if name_words and name_words[0].index > 0 else None
    if kind == "group" and head.upos == "PROPN" and len(name_words) > 1 and title is not None \
            and title.upos == "NOUN" and title.lemma.lower() in TITLES | PERSON_NOUNS and title.xpos == "NN":
        return "person"  # "Opposition leader Frans Timmermans": one leader's name, whatever the plural tag
    if kind == "person" and (len(name_words) == 1 or any(is_place(w.text) for w in name_words)) \
            and takes_plural_verb(sentence, head):
        return "organization"  # "Chelsea have agreed a fee", "Real Madrid are close": a club, a team
    described = {k.lemma.lower() for k in sentence.children(head.index) if k.deprel == "appos" and k.upos == "NOUN"}
    if kind == "organization" and name_words == [head] and is_place(head.text) and described & (TITLES | PERSON_NOUNS):
        return "person"  # "Rodriguez, a former Air Force officer,": a surname spelt like a city
    named = (kind == "person" or kind == "group" and head.upos == "PROPN") and head in name_words  # a person's or
    # people's name by its words, which what the sentence says of it may make a body's
    if named and (described & {"club", "team", "side"} or (
            described & (BUSINESS_NOUNS - PERSONAL_TRADES | ORG_WORDS | ORG_HEAD_WORDS | {"platform", "app", "website"})
            # "Angelique Brunner, a Washington-based developer": a first name the lists lack
            and not any(is_first_name(w.text) for w in name_words))):
        return "organization"  # "Eversource, the region's largest utility,", "Paris Saint-Germain, his former
    # club,", "The Ramblers, a walkers' charity,": a body described as one (not "Tom Goldstein, publisher of
    # SCOTUSblog")
    if kind == "person" and spelt_out_by_acronym(sentence, name_words):
        return "organization"  # "UK Anti-Doping (Ukad)", "the Office of Rail and Road (ORR)": a body's initials
    if kind in ("person", "group") and after_business_noun(sentence, name_words):
        return "organization"  # "Software company Salesforce", "financial information service Moneyfacts"
    if named and called_which(sentence, head):
        return "organization"  # "Novo Nordisk, which makes Wegovy", "Hutchison Ports, which owns Felixstowe": a
    # thing, not a person nor people
    first, last = min(w.index for w in name_words), max(w.index for w in name_words)
    following = sentence.words[last + 1] if last + 1 < len(sentence.words) else None
    if kind == "person" and head in name_words and first > 0 and head.deprel != "compound" \
            and sentence.words[first - 1].lemma.lower() == "the" \
            and not (following is not None and (following.upos in ("NOUN", "PROPN") or following.xpos == "VBG")):
        if len(name_words) > 1:  # "the Maersk Hangzhou": a ship (but "The Roger Ailes we know", "the Duke of Sussex")
            return kind if is_first_name(name_words[0].text) or any(
                w.text.lower() in TITLES | NOBLE_TITLES for w in name_words) else "organization"
        if not head.text.endswith("s"):
            return "organization"
        if _plural_agreement(sentence, head):
            return "group"  # "The Houthis say", "the Clintons were" (not "the Census relies")
    return kind


def _singular_relative(sentence: Sentence, head: Word) -> bool:
    """Whether a "who" clause on ``head`` has a singular present verb or auxiliary ("who plays", "who has won")."""
    return any(k.deprel == "acl:relcl" and (k.xpos == "VBZ" or any(
        a.deprel in ("aux", "cop") and a.xpos == "VBZ" for a in sentence.children(k.index))) and any(
        w.lemma.lower() == "who" for w in sentence.children(k.index)) for k in sentence.children(head.index))


def spelt_out_by_acronym(sentence: Sentence, name_words: list[Word]) -> bool:
    """Whether the name is followed by its initials in brackets ("UK Anti-Doping (Ukad)", "Office of Rail and Road
    (ORR)", "Health and Safety Executive (HSE)"), as a body's name is and no person's; a word in capitals gives all its
    letters ("UK"), "of", "and", "the" and "for" none."""
    after = name_words[-1].index + 1 if name_words else len(sentence.words)
    if after + 2 >= len(sentence.words) or sentence.words[after].text != "(" or sentence.words[after + 2].text != ")":
        return False
    initials = ""
    for word in name_words:
        for part in filter(None, word.text.split("-")):
            if part.lower() not in ("of", "and", "the", "for", "&"):
                initials += part.lower() if part.isupper() else part[0].lower()
    acronym = sentence.words[after + 1].text
    return len(acronym) > 1 and acronym[0].isupper() and acronym.isalpha() and acronym.lower() == initials


def called_which(sentence: Sentence, head: Word) -> bool:
    """Whether a relative clause calls ``head`` "which", however the parse hung the clause ("Novo Nordisk, which makes
    Wegovy", "Nats, which runs air traffic control"): a thing, no person nor people."""
    clauses = [k.index for k in sentence.children(head.index) if k.deprel == "acl:relcl"]
    return head.index + 2 < len(sentence.words) and sentence.words[head.index + 1].text == "," \
        and sentence.words[head.index + 2].text.lower() == "which" \
        or any(w.text.lower() == "which" and w.head in clauses for w in sentence.words)


def described_after_as_body(sentence: Sentence, head: Word) -> bool:
    """Whether a description set off after ``head`` calls it a body ("Scope, a disability charity,", "Young Minds, a
    charity,"): an organization, whatever its name looks like."""
    return any(k.deprel == "appos" and k.upos == "NOUN" and "Number=Plur" not in k.feats and k.index > head.index
               and k.lemma.lower() in (BUSINESS_NOUNS | ORGANIZATION_NOUNS) - PERSONAL_TRADES
               and sentence.words[head.index + 1].text == "," for k in sentence.children(head.index))


def _plural_agreement(sentence: Sentence, subject: Word) -> bool:
    """Whether ``subject``'s verb, or its auxiliary or copula, is in the plural ("The Houthis say", "were"), or that
    of a relative clause on it ("The Houthis, who have fired missiles, vowed")."""
    verbs = [sentence.words[subject.head]] if subject.deprel.startswith("nsubj") and subject.head >= 0 else []
    verbs += [k for k in sentence.children(subject.index) if k.deprel == "acl:relcl" and any(
        c.deprel.startswith("nsubj") and c.xpos in ("WP", "WDT") for c in sentence.children(k.index))]
    finite = verbs + [k for v in verbs for k in sentence.children(v.index) if k.deprel in ("aux", "aux:pass", "cop")]
    return any("Number=Plur" in w.feats and "VerbForm=Fin" in w.feats for w in finite)


def described_as_business(sentence: Sentence, noun: Word, name: Word) -> bool:
    """A description that makes the name set off by a comma after it a business or another body ("its maker, Eli
    Lilly,", "The state weather agency, Aemet,"), not a person who makes something ("the maker of the film, John
    Smith") or one whose title is a business noun ("The newspaper's publisher, Eric Meyer,": a first name)."""
    return noun.upos == "NOUN" and noun.lemma.lower() in BUSINESS_NOUNS | ORGANIZATION_NOUNS \
        and "Number=Plur" not in noun.feats and noun.index < name.index \
        and not (noun.lemma.lower() in PERSONAL_TRADES and is_first_name(name.text)) \
        and any(w.text == "," for w in sentence.words[noun.index + 1:name.index]) and not any(
        k.deprel == "nmod" and any(c.lemma.lower() == "of" for c in sentence.children(k.index))
        for k in sentence.children(noun.index))


# Plural trades that bring in a firm's name ("administrators Teneo", "auditors KPMG", "lawyers Leigh Day").
FIRMS_BY_TRADE = frozenset("administrators auditors accountants consultants lawyers solicitors advisers".split())


def after_business_noun(sentence: Sentence, name_words: list[Word]) -> bool:
    """A name right after a singular business or organization noun that brings it in ("Software company
    Salesforce", "The campaign group Save Our Statues", "the charity Save the Children", "Developer Low Carbon says")
    or a plural trade of firms (``FIRMS_BY_TRADE``: "administrators Teneo"),
    no first name in it, nor a person's trade after an employer's name ("Traffic Scotland operator Stein Connelly")."""
    first = name_words[0] if name_words else None
    before = sentence.words[first.index - 1] if first is not None and first.index > 0 else None
    employer = sentence.words[before.index - 1] if before is not None and before.index > 0 else None
    return before is not None and before.upos in ("NOUN", "PROPN") and (before.text.islower() or before.index == 0) \
        and (before.lemma.lower() in BUSINESS_NOUNS | ORGANIZATION_NOUNS and "Number=Plur" not in before.feats
             or before.text.lower() in FIRMS_BY_TRADE) \
        and not any(is_first_name(w.text) for w in name_words) and not (
            before.lemma.lower() in PERSONAL_TRADES and employer is not None and employer.text[:1].isupper()
            and employer.index > 0 and len(name_words) > 1)  # but "The National Lottery operator Allwyn": one word,
    # no person's name; "Port operator Hutchison Ports": the capital opens the sentence


def typed_word(name_words: list[Word], head: Word) -> Word:
    """The word whose tags type a name: the mention's head, or, when the head is a word before the name that the
    name describes ("Alaska Airlines CEO Ben Minicucci", headed by "Airlines"), the name's own first word that
    hangs outside it."""
    if head in name_words or not name_words or head.index > name_words[0].index:
        return head
    inside = {w.index for w in name_words}
    return next((w for w in name_words if w.head not in inside), name_words[0])


def takes_plural_verb(sentence: Sentence, name: Word) -> bool:
    """A singular name right before a plural "have", "are" or "were" ("Chelsea have agreed", "Barcelona were"): the
    British way with a club or a firm, never with a person."""
    if not name.deprel.startswith("nsubj") or name.head < 0 or name.xpos != "NNP" \
            or any(k.deprel == "conj" for k in sentence.children(name.index)) \
            or name.index > 0 and sentence.words[name.index - 1].text.lower() in ("and", "or", "&", ","):
        return False  # not "Clinton and Sanders were", "Cruz and Trump are"
    verb = sentence.words[name.head]
    finite = [verb] + [k for k in sentence.children(verb.index) if k.deprel in ("aux", "aux:pass", "cop")]
    return name.text.isalpha() and any(w.index == name.index + 1 and (w.text.lower() in ("are", "were") or (
        w.text.lower() == "have" and w.xpos == "VBP")) for w in finite)  # right after the name: not "Cruz, Rubio
    # take off the gloves", a headline's list, nor "let daughter Ivanka have a whirl"


# Public bodies named by a remit after "for" ("the prefecture for the Channel and North Sea", "the ministry for
# Europe and Foreign Affairs").
REMIT_BODIES = frozenset("prefecture ministry department commission office agency authority secretariat".split())


def named_by_remit(sentence: Sentence, head: Word) -> bool:
    """Whether ``head``, a common noun for a public body, is named by a remit of names after "for" ("The prefecture
    for the Channel and North Sea"; not "the executive council for the 1.6 million member AFT") or by the place
    after "in" where it sits ("the foreign ministry in Moscow")."""
    return head.upos == "NOUN" and head.lemma.lower() in REMIT_BODIES and any(
        k.deprel == "nmod" and k.upos == "PROPN" and k.index > head.index
        and all(c.upos in ("DET", "ADP", "PROPN", "CCONJ", "PUNCT") for c in sentence.subtree(k.index))
        and any(c.deprel == "case" and (c.lemma.lower() == "for" or c.lemma.lower() == "in" and is_place(k.text))
                for c in sentence.children(k.index))
        for k in sentence.children(head.index))
