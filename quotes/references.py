"""Reference stage: what a speaker mention that names nobody refers to, over the entities named before it.

Small pure functions used by ``quotes.attribution``. An entity is ``(offset, name, type, role)``, a named
subject (or object) found by ``quotes.antecedents.candidate_entities`` or a speaker already resolved. A pronoun
goes to the latest entity that agrees with it in sex or number (``resolve_pronoun``); "the company" to the
organization named before it that it can stand for (``resolve_organization``); "the statement" to whoever the
text says issued it (``issuer``); "he" after "a spokesman" to nobody named; "the Ohio governor" to
the person whose role holds those words (``described_people``); "the nominee" set off after "Clinton," to Clinton
(``apposed_name``); "the family" to the family named before (``family_referred``); a mention's own sex comes
from its pronoun or honorific (``mention_sex``). Who was brought in unnamed is :mod:`quotes.unnamed`'s.
"""

from __future__ import annotations

import re

from quotes.lexicon import (BUSINESS_NOUNS, CLUB_NAME_ENDINGS, HONORIFIC_SEXES, HONORIFICS, ISSUING_VERBS,
                            KINDRED_ENDINGS, KNOWN_COMPANIES, KNOWN_ORGANIZATIONS, KNOWN_TRADES, ORG_WORDS,
                            ORGANIZATION_NOUNS, TIME_WORDS, TITLE_SPELLINGS, TITLES, US_STATES)
from quotes.mentions import mention_words
from quotes.name_roles import club_of, role_words
from quotes.names import (ONE_SEX_RATIO, first_name_gender, is_first_name, is_partnership_name, is_place,
                          spelt_like_company)
from quotes.parsing import Sentence, Word
from quotes.speaker_types import classify
from quotes.speakers import PRONOUNS, describe
from quotes.speaks_for import issued_from
from quotes.unnamed import Unnamed, latest_unnamed, sentence_number

Entity = tuple[int, str, str, str | None]


def resolve_pronoun(word: Word, entities: list[Entity], genders: dict[str, str], objects: list[Entity],
                    unnamed: list[Unnamed] = (), speakers: list[Entity] = ()) -> tuple[str, str] | None:
    """The entity a pronoun speaker stands for: the latest named subject before it that agrees in
    sex (known or not) or number, else the latest named object whose first name has the pronoun's
    sex ("Adams met Kathy Hochul. ... she said": Hochul), else the latest of ``speakers`` (entities that spoke) if
    a person whose sex only the census lists tell, and not by far (see :func:`_latest_person_of_either_sex`). After
    a speaker brought in unnamed (``unnamed``) that agrees, "he" or "she" names nobody named before it, only whom
    that speaker speaks for ("A No 10 spokesman insisted ... '...,' he said": nobody; "A White House official said
    ... he said": the White House)."""
    want = PRONOUNS.get(word.text.lower())
    last = latest_unnamed(unnamed, word.start, want) if want in ("male", "female") else None
    if last is not None:
        entities = [e for e in entities if e[0] > last[0]]
        objects = [e for e in objects if e[0] > last[0]]
        speakers = [e for e in speakers if e[0] > last[0]]
    found = _agreeing_subject(word, want, entities, genders)
    if found is None and want in ("male", "female"):
        found = next(((name, kind) for offset, name, kind, _ in reversed(objects) if offset < word.start
                      and kind == "person" and first_name_gender(name) == want), None)
    if found is None and want in ("male", "female"):
        found = _latest_person_of_either_sex(word, speakers, genders)
    return found if found is not None or last is None else last[2]


# What a writer does with someone who then speaks ("When I spoke to ...", "When we reached her by phone").
TALKING_VERBS = frozenset("speak talk ask interview reach meet visit call catch".split())


def interlocutor(sentence: Sentence, pronoun: Word) -> Word | None:
    """The person the writer spoke with in a clause before a "he" or "she" that is its sentence's subject ("When I
    spoke to Jean-Pierre Martin, a dairy farmer, he told me ...": Martin, since the clause's subject is "I"), or
    ``None``: the name object of a clause of talking (``TALKING_VERBS``) before the pronoun whose subject is "I" or
    "we" (not "When I look at somebody like Hillary Clinton," he said, inside a quotation)."""
    if PRONOUNS.get(pronoun.text.lower()) not in ("male", "female") or not pronoun.deprel.startswith("nsubj"):
        return None
    for clause in sentence.children(pronoun.head):
        kids = sentence.children(clause.index)
        if clause.deprel == "advcl" and clause.index < pronoun.index and clause.lemma.lower() in TALKING_VERBS \
                and any(k.deprel == "nsubj" and k.text.lower() in ("i", "we") for k in kids):
            return next((k for k in kids if k.deprel in ("obj", "iobj", "obl") and k.upos == "PROPN"), None)
    return None


def _agreeing_subject(word: Word, want: str | None, entities: list[Entity],
                      genders: dict[str, str]) -> tuple[str, str] | None:
    """The latest entity before ``word`` of the sex (``genders``, then first names) or number ``want``."""
    for offset, name, kind, _ in reversed(entities):
        if offset >= word.start:
            continue
        if want in ("male", "female") and kind == "person" and (known_sex(name, genders) or want) == want:
            return name, kind  # "Donald Trump" is no "she" in a text that also writes "Mrs. Trump"
        if want == "plural" and kind in ("group", "organization"):
            return name, kind
        if want == "neuter" and kind == "organization":
            return name, kind
    return None


EITHER_SEX_REACH = 300  # characters from a person's mention to a pronoun of the sex the census lists did not give


def _latest_person_of_either_sex(word: Word, speakers: list[Entity],
                                 genders: dict[str, str]) -> tuple[str, str] | None:
    """The latest person who spoke before ``word``, named at most ``EITHER_SEX_REACH`` characters before it, when
    only the census lists gave that person a sex, and not by far ("Launch director Charlie Blackwell-Thompson said
    ..., she said": the census lists give Charlie to men fifteen times in sixteen), else ``None``."""
    latest = next((e for e in reversed(speakers) if e[0] < word.start and e[2] == "person"), None)
    name = latest[1] if latest is not None and word.start - latest[0] <= EITHER_SEX_REACH else None
    if name is None or first_name_gender(name, ONE_SEX_RATIO) is not None \
            or genders.get(name.split()[-1]) or genders.get(name):
        return None
    return name, "person"


def refers_back(words: list[Word]) -> bool:
    """'the company', 'the state agency': a definite singular organization noun, no name in it (nor a proper
    adjective: 'the Saudi energy ministry' is named so, but 'the Japanese carmaker' is a business spoken of before);
    'the force' only bare (a police force; not 'the task force')."""
    head = words[-1]
    business = head.lemma.lower() in BUSINESS_NOUNS
    based = [i for i in range(1, len(words) - 2) if [w.text for w in words[i + 1:i + 3]] == ["-", "based"]]
    middle = [w for k, w in enumerate(words[1:-1], 1) if not (business and any(i <= k <= i + 2 for i in based))]
    return len(words) >= 2 and words[0].lemma.lower() == "the" and "Number=Plur" not in head.feats \
        and head.lemma.lower() in ORGANIZATION_NOUNS | BUSINESS_NOUNS \
        and not (head.lemma.lower() == "force" and len(words) > 2) \
        and all(w.upos in ("ADJ", "NOUN") and (business and w.upos == "ADJ" or not w.text[:1].isupper())
                for w in middle)  # "the Stockholm-based company": where a business spoken of before is based


def _trade_agrees(noun: str, name: str) -> bool:
    """Whether a business noun may name a company by what it is known to make (``KNOWN_TRADES``): "the airline" is not
    Boeing; "the company" is any."""
    trade = KNOWN_TRADES.get(name.lower())
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
    if not _trade_agrees(noun, name):
        return False
    if name in companies and (noun in BUSINESS_NOUNS or noun in ("club", "team") and " " not in name):
        return True  # "the club" after "Brentford striker Ivan Toney ... Brentford said"
    if kind != "organization" or not name[:1].isupper():  # not "his campaign", "social media company"
        return False
    words = name.lower().split()
    if noun in ("club", "team") and (len(words) == 1 or words[-1] in CLUB_NAME_ENDINGS) \
            and name.lower() not in KNOWN_ORGANIZATIONS:  # "the club" after "Chelsea have agreed", "Leeds United"
        return True
    ending = words[words.index("of") - 1] if "of" in words[1:] else words[-1]  # "Bureau of Criminal Apprehension"
    if noun in BUSINESS_NOUNS and (role or "").lower().split()[-1:] in ([n] for n in BUSINESS_NOUNS):
        return True  # "the company" after "its maker, Eli Lilly,"
    return noun in words or noun in (role or "").lower().split() or ending in KINDRED_ENDINGS.get(noun, ()) \
        or noun == "agency" and name.isupper() and len(name) > 1 \
        or noun == "force" and "police" in words  # "the agency": "FBI"; "the force": "Police Scotland"


def resolve_organization(head: Word, entities: list[Entity], companies: set[str]) -> Entity | None:
    """The organization named before ``head`` that it stands for, the latest one (see :func:`_stands_for`), also one
    named in a person's role or a group's name ("the union" after "Stacy Davis Gates, president of the Chicago Teachers
    Union" or "Members of the National Education Union"; "the company" after "Boeing chief executive Dave Calhoun",
    Boeing spoken of as a company), or, for "the company", an organization of two words or more named as one of the
    last two subjects, no public body by its words ("Northern Powergrid")."""
    noun = head.lemma.lower()
    before = [e for e in entities if e[0] < head.start]
    for entity in reversed(before):
        if _stands_for(noun, entity, companies):
            return entity
        word = r"[A-Z][\w.&'’-]*"
        described = entity[3] if entity[2] == "person" else entity[1] if entity[2] == "group" else None
        named = re.search(rf"((?:{word} )+(?:{noun}|{noun.capitalize()})(?: of {word}(?: {word})*)?)\b",
                          described or "")  # "the Aslef union" too
        # "Georgia Bureau of Investigation" in "director of the Georgia Bureau of Investigation", "National
        # Education Union" in "members of the National Education Union"
        if named:
            return entity[0], named.group(1), "organization", None
        employer = next((w for w in (entity[3] or "").split() if w in companies), None)
        if entity[2] == "person" and noun in BUSINESS_NOUNS and employer:  # "the company" after "Boeing chief
            return entity[0], employer, "organization", None  # executive Dave Calhoun"
        club = club_of(entity[3]) if noun in ("club", "team") and entity[2] == "person" else None
        if club:  # "the club" after "Manchester City defender Kyle Walker"
            return entity[0], club, "organization", None
    known = [e for e in before if noun in BUSINESS_NOUNS and _trade_agrees(noun, e[1])
             and (e[1].lower() in KNOWN_COMPANIES or is_partnership_name(e[1]))]
    if known:
        return known[-1]
    plain = [e for e in before[-2:] if noun in ("company", "firm") and e[2] == "organization" and " " in e[1]
             and not any(w.lower() in ORG_WORDS | US_STATES for w in e[1].split()) and not is_place(e[1])]
    return plain[-1] if plain else None  # "Northern Powergrid said ... a spokesman for the company": the body just
    # named, of no public kind


SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())


def paragraph_organization(noun: Word, words: list[Word], entities: list[Entity],
                           paragraph_start: int) -> Entity | None:
    """The organization a bare "a spokesman" speaks for: the latest one named as a subject before it in its paragraph
    ("CalMac, which operates the service, apologised. '...,' a spokesman said"), else ``None``."""
    if [w.lemma.lower() for w in words] not in (["a", n] for n in SPOKESPEOPLE):
        return None
    found = [e for e in entities if paragraph_start <= e[0] < noun.start and e[2] == "organization"]
    return found[-1] if found else None


def company_modifier(sentence: Sentence, noun: Word) -> Entity | None:
    """The company a business noun ("the company", "the automaker") stands for when only a name modifying another noun
    before it in its sentence names one, a company by its spelling or as well known ("A SpaceX rocket exploded ...,
    the company said"), the name in the "of" phrase of a title that is the subject of the report it closes ("The
    chief executive of Thames Water has resigned, the company announced"), or the one-word name, no person's or
    place's, that is the subject of the report it closes
    ("Morrisons will close 20 stores, the supermarket chain announced"), else ``None``."""
    if noun.lemma.lower() not in BUSINESS_NOUNS:
        return None
    found = [w for w in sentence.words[:noun.index] if w.upos in ("PROPN", "NOUN") and w.text[:1].isupper()
             and w.deprel == "compound" and sentence.words[w.head].upos in ("NOUN", "NUM", "PROPN")
             and (spelt_like_company(w.text) or w.text.lower() in KNOWN_COMPANIES)]
    if len(found) == 1:
        return found[0].start, found[0].text, "organization", None
    bossed = [w for w in sentence.words[:noun.index] if w.upos == "PROPN" and w.deprel == "nmod" and any(
        c.deprel == "case" and c.lemma.lower() == "of" for c in sentence.children(w.index))
        and sentence.words[w.head].lemma.lower() in TITLES and sentence.words[w.head].deprel.startswith("nsubj")]
    if len(bossed) == 1:  # "The chief executive of Thames Water has resigned, the company announced"
        named = [w for w in sentence.subtree(bossed[0].index) if w.upos == "PROPN"]
        return named[0].start, " ".join(w.text for w in named), "organization", None
    first, verb = sentence.words[0], sentence.words[noun.head] if noun.head >= 0 else None
    named = first.upos == "PROPN" or first.upos == "NOUN" and first.lemma == first.text  # "Morrisons" as a plural
    if verb is not None and noun.deprel == "nsubj" and named and first.deprel == "nsubj" and 0 <= first.head < noun.index \
            and (sentence.words[first.head].head == verb.index or verb.head == first.head) \
            and not is_first_name(first.text) and not is_place(first.text) and sentence.words[1].upos != "PROPN":
        return first.start, first.text, "organization", None  # "Morrisons will close 20 stores, the supermarket
    return None  # chain announced": the company that opens the report


def issuer(text: str, sentence: Sentence, noun: Word, sentences: list[Sentence], entities: list[Entity],
           genders: dict[str, str], objects: list[Entity], companies: set[str]) -> tuple[str, str] | None:
    """Who issued "the statement" or "her letter": the possessor pronoun's antecedent (or the organization "the
    company" of "the company's statement" stands for), else, at the latest mention of such a thing in this sentence
    or the three before, the name on it ('a Clinton campaign memo'), its issuer ('a statement issued by the Sanders
    campaign') or the named subject of a verb above it ('Gowdy said in a statement'); None when the text does not
    say (a report, a letter to someone) or describes an issuer it does not name ("a statement from the owner")."""
    possessor = next((k for k in sentence.children(noun.index) if k.deprel == "nmod:poss"
                      and k.text.lower() in PRONOUNS), None)
    if possessor is not None:
        return resolve_pronoun(possessor, entities, genders, objects)
    owner = next((k for k in sentence.children(noun.index) if k.deprel == "nmod:poss"), None)
    if owner is not None and refers_back([w for w in mention_words(sentence, owner) if w.upos != "PART"]):
        found = resolve_organization(owner, entities, companies)  # "the company's statement": the company's
        return (found[1], "organization") if found else None
    if any(k.deprel == "nmod" and any(c.deprel == "case" and c.lemma.lower() in ("from", "by")
                                      for c in sentence.children(k.index)) for k in sentence.children(noun.index)):
        return None  # "A statement from the gas station's owner": its issuer described, unnamed
    here = sentence_number(sentences, noun)
    for earlier in reversed(sentences[max(0, here - 3):here + 1]):
        for word in reversed([w for w in earlier.words if w.lemma.lower() == noun.lemma.lower() and w.upos == "NOUN"
                             and w.start < noun.start]):
            found = _named_issuer(text, earlier, word) or _issuing_subject(earlier, word, entities)
            if found:
                return found
    return None


def _named_issuer(text: str, sentence: Sentence, noun: Word) -> tuple[str, str] | None:
    """The person or organization named on a statement ('a Clinton campaign memo') or as its issuer ('a statement
    issued by the Sanders campaign')."""
    agents = [a for k in sentence.children(noun.index) if k.deprel == "acl" and k.lemma.lower() in ISSUING_VERBS
              for a in sentence.children(k.index) if a.deprel == "obl:agent"]  # not "a copy ... reviewed by The Post"
    for head, words in [(a, mention_words(sentence, a)) for a in agents] + \
            [(noun, [w for w in mention_words(sentence, noun) if w.index <= noun.index])]:
        if any(w.upos == "PROPN" for w in words):
            info = describe(text, sentence, head, words)
            if info.name and info.kind in ("person", "organization"):
                return info.name, info.kind
    return None


def _issuing_subject(sentence: Sentence, word: Word, entities: list[Entity]) -> tuple[str, str] | None:
    """The named person, organization or group that is the subject of a verb above ``word`` in the parse ("In a
    statement, Kaba's family said ...")."""
    named = {offset: (name, kind) for offset, name, kind, _ in entities if kind != "unknown"}
    while word.head >= 0:
        word = sentence.words[word.head]
        for subject in (k for k in sentence.children(word.index) if k.deprel in ("nsubj", "nsubj:pass")):
            heads = [subject] + [k for k in sentence.children(subject.index) if k.deprel == "appos"]
            found = next((named[w.start] for w in heads if w.start in named), None)  # not "The compromise of the
            if found:  # FDIC computers"
                return found
    return None


def family_referred(sentence: Sentence, speaker: Word, entities: list[Entity]) -> str | None:
    """The family named before that "the family" refers back to, speaking or issuing a statement ("The family of
    Sarah Mitchell said ... the family said", "a statement from the family"): the latest group named "X family"
    before it; None for any other mention, or when no family was named."""
    family = speaker if speaker.lemma.lower() == "family" else issued_from(sentence, speaker)
    if family is None or family.lemma.lower() != "family" or "Number=Plur" in family.feats \
            or [k.lemma.lower() for k in sentence.children(family.index) if k.deprel != "case"] != ["the"]:
        return None
    return next((name for offset, name, kind, _ in reversed(entities)
                 if offset < family.start and kind == "group" and name.endswith(" family")), None)


def possessed_organization(words: list[Word]) -> bool:
    """'his campaign', 'her team', 'her family': a possessive pronoun of a person and "campaign", "team" or "family",
    nothing else (named as "the Trump campaign" and "the Morrison family" are)."""
    return len(words) == 2 and words[0].text.lower() in ("his", "her") and words[0].deprel == "nmod:poss" \
        and words[1].text.lower() in ("campaign", "team", "family")


def mention_sex(speaker: Word, words: list[Word]) -> str | None:
    """"female" or "male" when a speaker mention gives it: a gendered pronoun ("she") or honorific ("Mrs. Clinton",
    "Mr. Trump")."""
    if PRONOUNS.get(speaker.text.lower()) in ("male", "female"):
        return PRONOUNS[speaker.text.lower()]
    honorific = next((w.text.rstrip(".").lower() for w in words if w.text.rstrip(".").lower() in HONORIFICS), None)
    return HONORIFIC_SEXES.get(honorific or "")


def of_other_sex(sex: str | None, name: str, genders: dict[str, str]) -> bool:
    """Whether a person's name is known to be of the other sex than ``sex`` (by its first name, or its surname's
    honorific): "the woman" is no "John Smith"."""
    known = known_sex(name, genders)
    return sex is not None and known is not None and known != sex


def reporter_of(found: tuple[str, str], pronoun: Word, entities: list[Entity],
                reports: list[tuple[Sentence, Word, str, str]], genders: dict[str, str]) -> tuple[str, str]:
    """The speaker of an earlier report whose reported clause has ``found`` for its subject, ``found`` being the
    antecedent found for "he" or "she", when that speaker is a person who agrees too ('Kanaani warned that Tehran
    would respond. "...," he said': Kanaani, not Tehran); else ``found``. ``reports`` are (sentence, cue word,
    speaker, type); the subject must be in the cue word's subtree in the parse, whatever span the report's content
    runs on over."""
    want = PRONOUNS.get(pronoun.text.lower())
    offset = max((e[0] for e in entities if e[1] == found[0] and e[0] < pronoun.start), default=None)
    if want not in ("male", "female") or offset is None:
        return found
    for sentence, verb, name, kind in reversed(reports):
        if sentence.start <= offset < sentence.end and verb.start < offset and kind == "person" \
                and name != found[0] and (known_sex(name, genders) or want) == want:
            reported = {w.start for w in sentence.subtree(verb.index)}
            if offset in reported and pronoun.start not in reported:  # not 'Flynn said Trump was right when he
                return name, kind  # said ...': a pronoun inside the report is no report of the reporter's
    return found


def known_sex(name: str, genders: dict[str, str]) -> str | None:
    """A person's sex as far as the text and the census lists tell it: a first name all but only borne by one sex,
    else the sex ``genders`` gives the surname (an honorific, a full name) or the name (a pronoun resolved to it),
    else a first name mostly borne by one sex; None when nothing tells."""
    return first_name_gender(name, ONE_SEX_RATIO) or genders.get(name.split()[-1]) or genders.get(name) \
        or first_name_gender(name)


def described_people(noun: Word, words: list[Word], people: list[Entity]) -> list[Entity]:
    """The people, in text order, whose role holds every word of a description ("the Ohio governor": "Ohio Gov. John
    Kasich", not "New Jersey Gov. Chris Christie"; "the vice president": "Vice President Joe Biden"), or for a bare
    description, its noun as written ("the senator": "Vermont senator Bernie Sanders", not "Sen. Ted Cruz", which
    the latest senator named may also be)."""
    described = {w.text.lower() for w in words if w is not noun and w.upos in ("ADJ", "PROPN", "NOUN")}
    if described:
        head = TITLE_SPELLINGS.get(noun.lemma.lower().rstrip("."), noun.lemma.lower())
        return [e for e in people if described | {head} <= role_words(e[3])]
    return [e for e in people if noun.lemma.lower() in role_words(e[3], written_out=False)]


def apposed_name(text: str, sentence: Sentence, words: list[Word]) -> str | None:
    """The name a description stands in apposition to in the text, however the parse hung them ("..., Clinton, the
    once-presumptive nominee, was bracing for a loss"): the proper nouns, set off themselves, right before the
    comma that opens it."""
    first = words[0].index if words else 0
    def named(word: Word) -> bool:  # a proper noun, or a capitalised word the tagger took for another ("Grant Young")
        return word.upos == "PROPN" or word.text[:1].isupper() and word.upos in ("ADJ", "NOUN", "VERB")
    if first < 2 or sentence.words[first - 1].text != "," or not named(sentence.words[first - 2]):
        return None
    start = first - 2
    while start > 0 and named(sentence.words[start - 1]):
        start -= 1
    run = sentence.words[start:first - 1]
    if any(w.upos != "PROPN" for w in run) and not (start == 0 and is_first_name(run[0].text)):
        return None  # a word tagged otherwise only in a name that opens the sentence with a first name
    name = text[run[0].start:run[-1].end]
    if (start > 0 and sentence.words[start - 1].text != ",") or any(w.lemma.lower() in TIME_WORDS for w in run) \
            or classify(run, run[-1], name) != "person":  # the name set off too: not "In December, the prince",
        return None  # "Tuesday, the senator", "hosts Joe Scarborough and Mika Brzezinski, the candidate stated"
    return name
