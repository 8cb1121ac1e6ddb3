"""Organization references: what a noun for a body that names none stands for ("the company", "the union", "the
club", "a spokesman" in a paragraph about a body), over the entities named before it.

Small pure functions used by :mod:`quotes.attribution` and :mod:`quotes.references`: "the company" goes to the
organization named before it that it can stand for (``resolve_organization``), or to the company its own sentence
names, as a modifier or as the subject of the report it closes (``company_modifier``: "Rolls-Royce is to cut 2,500
jobs, the engineering company has announced"); "a spokesman" to the body its paragraph is about
(``paragraph_organization``); a lede's "the council" to the council named right after it (``named_next``), a
headline's "says regulator" to the regulator its lede names (``headline_body``). An
entity is ``(offset, name, type, role)``, as in :mod:`quotes.references`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes.lexicon import (BUSINESS_NOUNS, CLUB_NAME_ENDINGS, CLUB_NAME_OPENINGS, KINDRED_ENDINGS, KINDRED_NOUNS,
                            KNOWN_COMPANIES, KNOWN_ORGANIZATIONS, KNOWN_TRADES, ORG_WORDS, ORGANIZATION_NOUNS,
                            SAME_TRADES, SPOKESPEOPLE, TITLES, US_STATES)
from quotes.name_roles import club_of
from quotes.names import is_first_name, is_partnership_name, is_place, role_head, spelt_like_company
from quotes.parsing import Sentence, Word
from quotes.trees import subtree_span

if TYPE_CHECKING:
    from quotes.references import Entity


def _one_spelling(text: str) -> str:
    """``text`` in lower case with British "-isation" spelt "-ization", as names may spell it either way."""
    return text.lower().replace("isation", "ization")


def _trade(noun: str) -> str:
    """The trade a business noun names, as ``KNOWN_TRADES`` spells it ("carrier" -> "airline", ``SAME_TRADES``)."""
    return SAME_TRADES.get(noun, noun)


def _known_for(noun: str, name: str) -> bool:
    """Whether ``name`` is a company known for the trade ``noun`` names ("Gatwick" for "the airport", "Lufthansa" for
    "the carrier": ``KNOWN_TRADES``)."""
    return KNOWN_TRADES.get(name.lower()) == _trade(noun)


def _trade_agrees(noun: str, name: str) -> bool:
    """Whether a business noun may name a company by what it is known to make (``KNOWN_TRADES``): "the airline" is not
    Boeing, nor is "the carrier"; "the company" is any."""
    trade, noun = KNOWN_TRADES.get(name.lower()), _trade(noun)
    return trade is None or noun not in KNOWN_TRADES.values() or noun == trade


def _stands_for(noun: str, entity: Entity, companies: set[str]) -> bool:
    """Whether an organization noun can stand for a named entity: its name or role holds the noun
    ("the committee": "House Ethics Committee"; "the automaker": "Detroit automaker Ford"), its
    name ends as such names do ("the company": "Ford Motor Co."; "the agency": "Bureau of Criminal
    Apprehension"), or the text speaks of it as a company ("the company" after "Nvidia", in a text about
    "Nvidia's biggest customers"), or, for want of
    these, is a well-known company ("Twitter said ... The company said"); "the club" or "the team" stands for a
    one-word organization or a club's name ("Chelsea", "Leeds United")."""
    _, name, kind, role = entity
    if not _trade_agrees(noun, name) or _described_otherwise(noun, role) or name.lower() == noun:
        return False  # not a headline's bare "Charity warns ...": no name
    if kind == "organization" and _known_for(noun, name):
        return True  # "stranded at Gatwick ... The airport said", "pilots at Lufthansa ... The carrier said"
    if name in companies and (noun in BUSINESS_NOUNS or noun in ("club", "team") and " " not in name):
        return True  # "the club" after "Brentford striker Ivan Toney ... Brentford said"
    if kind != "organization" or not name[:1].isupper():  # not "his campaign", "social media company"
        return False
    words = name.lower().split()
    if noun == "band" and len(words) == 1:
        return True  # "the band" after "Oasis have announced"
    if noun in ("club", "team") and (len(words) == 1 or words[-1] in CLUB_NAME_ENDINGS
                                     or words[0] in CLUB_NAME_OPENINGS) \
            and name.lower() not in KNOWN_ORGANIZATIONS:  # "the club" after "Chelsea have agreed", "Leeds United"
        return True
    ending = _name_ending(words)
    if noun in BUSINESS_NOUNS and (role or "").lower().split()[-1:] in ([n] for n in BUSINESS_NOUNS):
        return True  # "the company" after "its maker, Eli Lilly,"
    roles = (role or "").lower().split()
    noun, words = _one_spelling(noun), [_one_spelling(w) for w in words]  # "the organisation": the World Health
    # Organization
    return noun in words or noun in roles or KINDRED_NOUNS.get(noun) in roles \
        or ending in KINDRED_ENDINGS.get(noun, ()) \
        or noun == "agency" and (name.isupper() and len(name) > 1 or name.lower() in AGENCIES) \
        or _trade(noun) == "airline" and words[0] == "air" \
        or noun == "force" and "police" in words  # "the agency": "FBI", "Nasa"; "the airline": "Air Canada"; "the
    # force": "Police Scotland"


# Agencies that news may spell as words rather than capitals ("Nasa ... The agency said").
AGENCIES = frozenset("nasa esa jaxa isro unicef unhcr unrwa unesco fema noaa".split())


def _described_otherwise(noun: str, role: str | None) -> bool:
    """Whether a business noun ("the company") cannot stand for a body whose role calls it another kind of body ("The
    water regulator Ofwat", even if the text speaks of "Ofwat's chief executive")."""
    return noun in BUSINESS_NOUNS and role_head(role) in ORGANIZATION_NOUNS - BUSINESS_NOUNS


def _name_ending(words: list[str]) -> str:
    """The word a body's name ends on before any "of" or "for" phrase, lower case ("bureau" of "Bureau of Criminal
    Apprehension", "organization" of "International Organization for Migration")."""
    joins = [i for i, w in enumerate(words) if i > 0 and w in ("of", "for")]
    return words[joins[0] - 1] if joins else words[-1]


def _named_by(noun: str, name: str) -> bool:
    """Whether an organization's ``name`` holds ``noun`` as a word ("the authority": "Panama Canal Authority")."""
    return _one_spelling(noun) in _one_spelling(name).split()


def _kin_only(noun: str, entity: Entity) -> bool:
    """Whether an organization stands for ``noun`` only by a kindred ending of its name (``KINDRED_ENDINGS``: "the
    authority" for "World Shipping Council"), not by the noun itself."""
    return entity[2] == "organization" and not _named_by(noun, entity[1]) \
        and _name_ending(entity[1].lower().split()) in KINDRED_ENDINGS.get(noun, ())


MARKET_INDICES = frozenset("dow nasdaq ftse dax nikkei".split())  # named alone as bodies are: no company
GENERIC_BUSINESS_NOUNS = frozenset("company firm business group".split())  # what any business is


def resolve_organization(head: Word, entities: list[Entity], companies: set[str]) -> Entity | None:
    """The organization named before ``head`` that it stands for, the latest one (see :func:`_stands_for`), also one
    named in a person's role or a group's name ("the union" after "Stacy Davis Gates, president of the Chicago Teachers
    Union" or "Members of the National Education Union"; "the company" after "Boeing chief executive Dave Calhoun",
    Boeing spoken of as a company), or, for "the company", an organization of two words or more named as one of the
    last two subjects or as the only organization among them, no public body by its words ("Northern Powergrid"), and
    for "the group" such an organization named as the last subject ("Human Rights Watch said ... the group said")."""
    noun = head.lemma.lower()
    before = [e for e in entities if e[0] < head.start]
    by_noun = any(e[2] == "organization" and _named_by(noun, e[1]) for e in before)
    for entity in reversed(before):
        if _stands_for(noun, entity, companies) and not (by_noun and _kin_only(noun, entity)):
            return entity  # "the authority" after "Panama Canal Authority ... World Shipping Council": the one named
        word = r"[A-Z][\w.&'’-]*"
        described = entity[3] if entity[2] == "person" else entity[1] if entity[2] == "group" else None
        named = re.search(rf"((?:{word} )+(?:{noun}|{noun.capitalize()})(?: of {word}(?: {word})*)?)\b",
                          described or "")  # "the Aslef union" too
        # "Georgia Bureau of Investigation" in "director of the Georgia Bureau of Investigation", "National
        # Education Union" in "members of the National Education Union"
        if named:
            return entity[0], named.group(1), "organization", None
        employer = next((w for w in (entity[3] or "").split() if w in companies or _known_for(noun, w)), None)
        if entity[2] == "person" and employer and (_known_for(noun, employer) or noun in BUSINESS_NOUNS
                                                   and noun in GENERIC_BUSINESS_NOUNS):  # "the company", "the airport"
            return entity[0], employer, "organization", None  # after "Boeing chief executive Dave Calhoun"; not "the
            # airline" after "CMA chief executive Sarah Cardell"
        club = club_of(entity[3]) if noun in ("club", "team") and entity[2] == "person" else None
        if club:  # "the club" after "Manchester City defender Kyle Walker"
            return entity[0], club, "organization", None
    known = [e for e in before if noun in BUSINESS_NOUNS and _trade_agrees(noun, e[1])
             and (e[1].lower() in KNOWN_COMPANIES or is_partnership_name(e[1]))]
    if known:
        return known[-1]
    if noun not in ("company", "firm", "group"):
        return None
    bodies = [e for e in before if e[2] == "organization"]
    plain = [e for e in bodies if (" " in e[1] or not e[1].isupper() and e[1].lower() not in MARKET_INDICES)
             and _of_no_public_kind(e[1]) and not _described_otherwise(noun, e[3])]
    if not plain:
        return None
    if noun == "group":  # people may be a group too: only the body named last ("Hamas said ... the group said")
        return plain[-1] if plain[-1] is before[-1] else None
    return plain[-1] if plain[-1] in before[-2:] or len(plain) == len(bodies) else None
    # "Northern Powergrid said ... a spokesman for the company", "Westfield, which owns the centre, said": the body
    # just named, of no public kind (nor initials, "the FDA", nor "The Dow"), nor described as another kind of body
    # ("The water regulator Ofwat"); or the one organization named as a subject so far ("Shares of Micron Technology
    # fell ... Chief Executive Sanjay Mehrotra told analysts ... The company said")


def organization_spoken_for(noun: Word, entities: list[Entity], companies: set[str]) -> Entity | None:
    """The organization a spokesperson speaks for by a noun that modifies them or follows "for" ("a company
    spokeswoman", "a spokeswoman for the agency"): the one named before that the noun stands for
    (:func:`resolve_organization`), or the government itself for "government" ("A government spokesperson", as "the
    government said" is the government's)."""
    found = resolve_organization(noun, entities, companies)
    return found or ((noun.start, "government", "organization", None) if noun.text == "government" else None)


def _of_no_public_kind(name: str) -> bool:
    """Whether an organization's name has no public body's word (nor a state's, nor a place's): "Northern Powergrid",
    "Jet2"."""
    return not any(w.lower() in ORG_WORDS | US_STATES for w in name.split()) and not is_place(name)


def organization_referred(text: str, head: Word, entities: list[Entity], objects: list[Entity],
                          passing: list[Entity], companies: set[str]) -> Entity | None:
    """The organization "the company" (``head``) stands for: one named as a subject before it
    (:func:`resolve_organization`), else one named as an object or in passing (:func:`named_in_passing`), else the
    latest business of no known trade (:func:`latest_business`), else one named right after it (:func:`named_next`);
    "the band" is first the band named by what it owns (:func:`_band_named`)."""
    if head.lemma.lower() == "band" and (band := _band_named(text, head.start)) is not None:
        return band
    return resolve_organization(head, entities, companies) or resolve_organization(
        head, named_in_passing(text, head.lemma.lower(), objects, passing), companies) \
        or latest_business(head, entities, objects + passing) or named_next(head, entities)


def _ends_as(noun: str, name: str) -> bool:
    """Whether a body's ``name`` ends with ``noun`` or a kindred word (``KINDRED_ENDINGS``: "Bradford Council" for "the
    council", "The Competition and Markets Authority" for "the watchdog")."""
    return name.split()[-1].lower() in (noun, *KINDRED_ENDINGS.get(noun, ()))


def named_next(head: Word, entities: list[Entity]) -> Entity | None:
    """The organization named next after a body's noun (``head``) that no name before it stands for, when its name
    ends with the noun and follows within a few lines ("Three libraries are to close, the council has confirmed.
    Bradford Council said ...": the lede's "the council" is Bradford Council)."""
    after = next((e for e in entities if e[0] > head.start), None)
    noun = head.lemma.lower()
    if after is not None and after[2] == "organization" and after[0] - head.end < 300 and _ends_as(noun, after[1]):
        return after  # "the watchdog has launched ... The Competition and Markets Authority said": kindred too
    return None


def headline_body(head: Word, words: list[Word], entities: list[Entity], headline_end: int,
                  lede_end: int) -> Entity | None:
    """The organization a headline's body noun in lower case (``head``, of the mention ``words``) stands for: the first
    named so before ``lede_end`` (the end of the paragraph after the lede), by the noun as its role or its name's
    ending ("Gas prices to fall in April, says regulator ... the regulator Ofgem has said": Ofgem), else ``None``."""
    noun = head.lemma.lower()
    if noun not in ORGANIZATION_NOUNS | BUSINESS_NOUNS or head.end > headline_end \
            or not all(w.text.islower() for w in words):
        return None
    return next((e for e in entities if head.end < e[0] < lede_end and e[2] == "organization"
                 and (role_head(e[3]) == noun or _ends_as(noun, e[1]))), None)


# A band's name before what it owns or does in news ("Oasis's reunion tour", "Oasis have announced a reunion tour").
_BAND_POSSESSION = re.compile(r"\b([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)(?:['’]s (?:[\w-]+ )?|(?: have| has| will)"
                              r"(?: [a-z]+){1,4} )(?:reunion|tour|album|gig|concert|single|frontman|lead singer|"
                              r"guitarist|drummer)\b")


def _band_named(text: str, before: int) -> Entity | None:
    """The band named last before offset ``before`` by what it owns or does ("tickets for Oasis's reunion tour ... the
    band said", "Oasis have announced a reunion tour": Oasis, not the ticket seller named as a subject in between)."""
    found = [m for m in _BAND_POSSESSION.finditer(text, 0, before)]
    return (found[-1].start(1), found[-1].group(1), "organization", None) if found else None


def latest_business(head: Word, entities: list[Entity], others: list[Entity]) -> Entity | None:
    """For a trade's noun ("the airline", ``KNOWN_TRADES``), the organization of no public kind that is one of the last
    two subjects before it, if its trade agrees and no other organization (``others``: objects, names in passing) is
    named between them ("Jet2 said ... The airline added"; not "BFMTV reported. ... hours with EgyptAir, the airline
    said"): for want of one the text names or describes so (:func:`resolve_organization`, :func:`named_in_passing`)."""
    noun = head.lemma.lower()
    latest = [e for e in entities if e[0] < head.start][-2:]
    found = [e for e in latest if _trade(noun) in KNOWN_TRADES.values() and e[2] == "organization"
             and _trade_agrees(noun, e[1]) and _of_no_public_kind(e[1])]
    between = [e for e in others if e[2] == "organization" and found and found[-1][0] < e[0] < head.start]
    return found[-1] if found and not between else None


def named_in_passing(text: str, noun: str, objects: list[Entity], passing: list[Entity]) -> list[Entity]:
    """The organizations named in no subject that a nominal ``noun`` ("the authority", "the airline") may stand for,
    in text order: an object whose name holds the noun ("blamed the Irish Aviation Authority. The authority said"),
    one named in passing (``passing``: in a prepositional phrase) whose name or description holds it, or a company
    known for that trade ("an IT failure at budget airline easyJet. The airline said"); an object whose name ends as
    the noun's kind's do or that is known for its trade ("forced British Airways to cancel flights. The airline
    said"); for "the regulator" or "the watchdog", also a public body named after "by" ("fined ... by the Financial
    Conduct Authority. The watchdog said")."""
    regulator = noun in ("regulator", "watchdog")

    def kindred(entity: Entity) -> bool:
        return entity[1].lower().split()[-1] in KINDRED_ENDINGS.get(noun, ())

    def holds(words: str | None) -> bool:  # "the organisation": "World Health Organization"
        return _one_spelling(noun) in _one_spelling(words or "").split()

    return sorted([e for e in objects if e[2] == "organization" and (holds(e[1]) or kindred(e)
                                                                     or _known_for(noun, e[1]))]
                  + [e for e in passing if e[2] == "organization" and (
                      holds(e[1]) or holds(e[3])
                      or _known_for(noun, e[1])
                      or regulator and kindred(e) and re.search(r"\bby\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+)*$",
                                                  text[max(0, e[0] - 80):e[0]]))])


def paragraph_organization(noun: Word, words: list[Word], entities: list[Entity], own: int,
                           previous: int, bodies: set[str]) -> Entity | None:
    """The organization a bare "a spokesman" speaks for: the latest one named as a subject before it in its paragraph
    (starting at offset ``own``: "CalMac, which operates the service, apologised. '...,' a spokesman said"), or in the
    paragraph before (from ``previous``) when no one has been named since ("The company said ... | '...,' a
    spokesperson told the BBC"), else ``None``; names in ``bodies`` are organizations whatever their type ("Octopus
    said it had changed its processes")."""
    if [w.lemma.lower() for w in words] not in (["a", n] for n in SPOKESPEOPLE):
        return None
    before = [(o, n, "organization" if n in bodies else k, r) for o, n, k, r in entities if previous <= o < noun.start]
    found = [e for e in before if e[0] >= own and e[2] == "organization"]
    return found[-1] if found else before[-1] if before and before[-1][2] == "organization" else None


def company_modifier(sentence: Sentence, noun: Word, surnames: set[str]) -> Entity | None:
    """The company a business noun ("the company", "the automaker") stands for when only a name modifying another
    noun before it in its sentence names one, a company by its spelling or as well known ("A SpaceX rocket exploded
    ..., the company said"), the name in the "of" phrase of a title that is the subject of the report it closes
    ("The chief executive of Thames Water has resigned, the company announced"; "of software firm Brightline"), or
    the one-word name, no person's or place's, that is the subject of the report it closes ("Morrisons will close 20
    stores, the supermarket chain announced"; "Rolls-Royce is to cut 2,500 jobs, the engineering company has
    announced"; for any organization noun: "Heathrow handled 83.9 million passengers, the airport has said"; not one
    of ``surnames``, the people named in full: "Hart did not attend the hearing, the force said" after "PC Daniel
    Hart"), else ``None``."""
    if noun.lemma.lower() not in BUSINESS_NOUNS | ORGANIZATION_NOUNS:
        return None
    opening = _opening_subject(sentence, noun)
    opening = None if opening is not None and opening[1] in surnames else opening
    if noun.lemma.lower() not in BUSINESS_NOUNS:
        return opening
    found = [w for w in sentence.words[:noun.index] if w.upos in ("PROPN", "NOUN") and w.text[:1].isupper()
             and w.deprel == "compound" and sentence.words[w.head].upos in ("NOUN", "NUM", "PROPN")
             and (spelt_like_company(w.text) or w.text.lower() in KNOWN_COMPANIES)]
    if len(found) == 1:
        return found[0].start, found[0].text, "organization", None
    bossed = [w for w in sentence.words[:noun.index] if w.upos == "PROPN" and w.deprel == "nmod" and any(
        c.deprel == "case" and c.lemma.lower() == "of" for k in (w, sentence.words[w.index - 1])
        if k is w or k.lemma.lower() in BUSINESS_NOUNS for c in sentence.children(k.index))
        and sentence.words[w.head].lemma.lower() in TITLES and sentence.words[w.head].deprel.startswith("nsubj")]
    # "The chief executive of software firm Brightline": "Brightline" hung on the title beside "of ... firm"
    if len(bossed) == 1:  # "The chief executive of Thames Water has resigned, the company announced"
        named = [w for w in sentence.subtree(bossed[0].index) if w.upos == "PROPN"]
        return named[0].start, " ".join(w.text for w in named), "organization", None
    return opening


def _opening_subject(sentence: Sentence, noun: Word) -> Entity | None:
    """The one-word name, hyphens and all, no person's or place's, that opens ``noun``'s sentence as the subject of
    the report ``noun`` closes ("Rolls-Royce is to cut 2,500 jobs, the engineering company has announced"; not "Eksili
    donated $5,000, but the foundation reported that ...")."""
    words, verb = sentence.words, sentence.words[noun.head] if noun.head >= 0 else None
    run = [words[0]]  # "Rolls", "-", "Royce"
    while len(run) + 1 < len(words) and words[len(run)].text == "-" and words[len(run)].start == run[-1].end \
            and words[len(run) + 1].start == words[len(run)].end:
        run += words[len(run):len(run) + 2]
    first = next((w for w in run if w.deprel == "nsubj"), None)
    named = first is not None and (first.upos == "PROPN" or first.upos == "NOUN" and first.lemma == first.text) \
        and not any(k.deprel.startswith("nmod") for k in sentence.children(first.index))  # not "Households in
    # Birmingham face a rise, the city council has confirmed"
    name = "".join(w.text for w in run)  # "Morrisons" as a plural
    lead = subtree_span(words, noun)[0]
    closing = verb is not None and lead > 0 and words[lead - 1].text == ","  # ", the company said"; not ", but the
    # foundation reported that ..."
    if closing and noun.deprel == "nsubj" and named and 0 <= first.head < noun.index \
            and (words[first.head].head == verb.index or verb.head == first.head) \
            and not is_first_name(name) and not is_place(name) and words[len(run)].upos != "PROPN" \
            and name.lower() not in ORG_WORDS:  # "Police used water cannon, the interior ministry said": another
        return run[0].start, name, "organization", None
    return None
