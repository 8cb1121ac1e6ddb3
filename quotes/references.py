"""Reference stage: what a speaker mention that names nobody refers to, over the entities named before it.

Small pure functions used by ``quotes.attribution``. An entity is ``(offset, name, type, role)``, a named
subject (or object) found by ``quotes.antecedents.candidate_entities`` or a speaker already resolved. A pronoun
goes to the latest entity that agrees with it in sex or number (``resolve_pronoun``; "the company" and other
bodies' nouns are :mod:`quotes.organization_references`'); "the statement" to whoever the text says issued it
(``issuer``); "he" after "a spokesman" to nobody named; "the Ohio governor" to the person whose role holds those
words (``described_people``), and a bare title in the lede, or an office named by title and place
(``names_an_office``), to the person the next paragraph names bare (``introduced_after_lede``); "the nominee" set off
after "Clinton," to Clinton (``apposed_name``); "the family" to the family named before (``family_referred``); "it"
reporting what "the company" does to that company (``company_reporting_itself``); a mention's own sex comes from its
pronoun or honorific (``mention_sex``). Who was brought in unnamed is :mod:`quotes.unnamed`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.clauses import name_head
from quotes.lexicon import (BUSINESS_NOUNS, HONORIFIC_SEXES, HONORIFICS, ISSUING_VERBS, LESSER_RANKS,
                            ORGANIZATION_NOUNS, PLAYER_NOUNS, TIME_WORDS, TITLE_SPELLINGS, TITLES)
from quotes.mentions import mention_words
from quotes.name_roles import role_words
from quotes.names import ONE_SEX_RATIO, first_name_gender, is_first_name, is_place_name, role_head
from quotes.organization_references import resolve_organization
from quotes.parsing import Sentence, Word
from quotes.speaker_types import classify
from quotes.speakers import PRONOUNS, describe
from quotes.speaks_for import issued_from
from quotes.unnamed import Unnamed, latest_unnamed, noun_sex, sentence_number

if TYPE_CHECKING:
    from quotes.cues import Cue

Entity = tuple[int, str, str, str | None]


def resolve_pronoun(word: Word, entities: list[Entity], genders: dict[str, str], objects: list[Entity],
                    unnamed: list[Unnamed] = (), speakers: list[Entity] = (),
                    quoted: bool = False) -> tuple[str, str] | None:
    """The entity a pronoun speaker stands for: for the speaker of a quotation (``quoted``), the latest named subject
    before it when that is the latest of ``speakers`` (entities that spoke), a person whose sex only the census lists
    tell, and not by far (see :func:`_latest_person_of_either_sex`: "Kelly Ortberg said ... '...,' he said"); else
    the latest named subject before it that agrees in sex (known or not) or number, else the latest named object
    whose first name has the pronoun's sex ("Adams met Kathy Hochul. ... she said": Hochul), else the latest of
    ``speakers`` if a person whose sex only the census lists tell, and not by far. After a speaker brought in
    unnamed (``unnamed``) that agrees, "he" or "she" names nobody named before it, only whom that speaker speaks for
    ("A No 10 spokesman insisted ... '...,' he said": nobody; "A White House official said ... he said": the White
    House)."""
    want = PRONOUNS.get(word.text.lower())
    last = latest_unnamed(unnamed, word.start, want) if want in ("male", "female") else None
    if last is not None:
        entities = [e for e in entities if e[0] > last[0]]
        objects = [e for e in objects if e[0] > last[0]]
        speakers = [e for e in speakers if e[0] > last[0]]
    weak = _latest_person_of_either_sex(word, speakers, genders) if quoted and want in ("male", "female") else None
    latest = next((e for e in reversed(entities) if e[0] < word.start), None) if weak is not None else None
    found = weak if weak is not None and latest is not None and latest[1] == weak[0] \
        else _agreeing_subject(word, want, entities, genders)  # "Boeing chief executive Kelly Ortberg said ...
    # '...,' he said": the one who spoke just before, whose sex the census lists do not settle, not Jon Holden before
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


def beyond_closed_report(text: str, cue: Cue, entities: list[Entity]) -> list[Entity]:
    """``entities`` in text order, less a one-word name written nowhere but inside the report that the cue's "he" or
    "she" closes: a common noun opening the sentence, tagged a name ("Debris damaged several houses, he said": no
    "Debris")."""
    entities = sorted(entities, key=lambda e: e[0])
    if not cue.content or cue.content[-1].end > cue.speaker.start \
            or PRONOUNS.get(cue.speaker.text.lower()) not in ("male", "female"):
        return entities
    start, end = cue.content[0].start, cue.content[-1].end
    return [e for e in entities if not (start <= e[0] < end and " " not in e[1] and text.count(e[1]) == 1)]


def refers_back(words: list[Word]) -> bool:
    """'the company', 'the state agency', 'the team': a definite singular organization noun, no name in it (nor a proper
    adjective: 'the Saudi energy ministry' is named so, but 'the Japanese carmaker' is a business spoken of before);
    'the force' only bare (a police force; not 'the task force'); 'the company behind it' as 'the company'."""
    if len(words) > 3 and words[-2].upos in ("ADP", "SCONJ") and words[-1].upos == "PRON":
        words = words[:-2]
    head = words[-1]
    business = head.lemma.lower() in BUSINESS_NOUNS
    ranked = _place_ranked(words) if business else 0  # "Britain's biggest supermarket": "the biggest supermarket"
    based = [i for i in range(1, len(words) - 2) if [w.text for w in words[i + 1:i + 3]] == ["-", "based"]]
    middle = [w for k, w in enumerate(words[1:-1], 1) if not (business and any(i <= k <= i + 2 for i in based))
              and w.text != "-" and k >= ranked]  # "the start-up"
    return len(words) >= 2 and (words[0].lemma.lower() == "the" or ranked) and "Number=Plur" not in head.feats \
        and head.lemma.lower() in ORGANIZATION_NOUNS | BUSINESS_NOUNS | {"team"} \
        and not (head.lemma.lower() == "force" and len(words) > 2) \
        and all(w.upos in ("ADJ", "NOUN") and (business and w.upos == "ADJ" or not w.text[:1].isupper())
                for w in middle)  # "the Stockholm-based company": where a business spoken of before is based


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
    statement, Kaba's family said ..."); None when ``word`` is itself a subject ("... resigned after a report found
    ...": the report found it, no one above it)."""
    named = {offset: (name, kind) for offset, name, kind, _ in entities if kind != "unknown"}
    while word.head >= 0 and word.deprel not in ("nsubj", "nsubj:pass"):
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


BODY_NOUNS = ORGANIZATION_NOUNS | BUSINESS_NOUNS  # whose title names no one ("the company's president")
POSSESSED_OFFICES = ("office", "management")  # named with the owner's possessive: "Fetterman's office"


def _place_ranked(words: list[Word]) -> int:
    """Where a superlative follows a place's possessive that opens ``words`` ("Britain's biggest supermarket", "the
    UK's largest lender": 2 and 3), else 0."""
    mark = next((i for i, w in enumerate(words[1:4], 1) if w.text in ("'s", "’s")), 0)
    return mark + 1 if 0 < mark < len(words) - 2 and words[mark + 1].xpos == "JJS" and all(
        w.upos == "PROPN" or i == 0 and w.lemma.lower() == "the" for i, w in enumerate(words[:mark])) else 0


def possessed_organization(words: list[Word]) -> bool:
    """'his campaign', 'her team', 'her family', 'whose family', 'his office', 'his management': a possessive pronoun
    of a person and "campaign", "team", "family", "office" or "management", nothing else (named as "the Trump
    campaign", "the Morrison family", "Fetterman's office" and "Capaldi's management" are)."""
    return len(words) == 2 and words[0].text.lower() in ("his", "her", "whose") and words[0].deprel == "nmod:poss" \
        and words[1].text.lower() in ("campaign", "team", "family", *POSSESSED_OFFICES)


def whose_owner(text: str, sentence: Sentence, whose: Word) -> tuple[str, str] | None:
    """The person named right before the comma that a "whose" follows ("head teacher Ruth Perry, whose family said":
    Ruth Perry), as (name, type); None when no person's name stands there."""
    if whose.index < 2 or sentence.words[whose.index - 1].text != ",":
        return None
    owner = name_head(sentence, sentence.words[whose.index - 2])
    info = describe(text, sentence, owner, mention_words(sentence, owner))
    return (info.name, info.kind) if owner.upos == "PROPN" and info.name and info.kind == "person" else None


def mention_sex(sentence: Sentence, speaker: Word, words: list[Word]) -> str | None:
    """"female" or "male" when a speaker mention gives it: a gendered pronoun ("she"), honorific ("Mrs. Clinton",
    "Mr. Trump") or a noun set off beside the name ("Duterte, the daughter of ...")."""
    if PRONOUNS.get(speaker.text.lower()) in ("male", "female"):
        return PRONOUNS[speaker.text.lower()]
    honorific = next((w.text.rstrip(".").lower() for w in words if w.text.rstrip(".").lower() in HONORIFICS), None)
    apposed = next((noun_sex(w) for w in sentence.children(speaker.index) if w.deprel == "appos" and noun_sex(w)),
                   None)
    return HONORIFIC_SEXES.get(honorific or "") or apposed


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
    the latest senator named may also be); not one whose role ranks below or after the title the description gives
    ("Reform UK leader" is no "Reform's deputy leader", ``LESSER_RANKS``)."""
    described = {w.text.lower() for w in words if w is not noun and w.upos in ("ADJ", "PROPN", "NOUN")}
    people = [e for e in people if not (role_words(e[3]) & LESSER_RANKS) - {w.text.lower() for w in words}]
    if described:
        head = TITLE_SPELLINGS.get(noun.lemma.lower().rstrip("."), noun.lemma.lower())
        return [e for e in people if described | {head} <= role_words(e[3])]
    if noun.lemma.lower() == "player":  # "the player" after "Brentford striker Ivan Toney"
        return [e for e in people if role_words(e[3]) & (PLAYER_NOUNS | {"player", "footballer"})]
    return [e for e in people if noun.lemma.lower() in role_words(e[3], written_out=False)]


def introduced_after_lede(noun: Word, words: list[Word], below: list[Entity], next_paragraph_end: int) -> list[Entity]:
    """For a bare title (``noun`` with only determiners, title words and places among its mention's ``words``) that
    names no one in the lede ("The chancellor has announced ...", "the prime minister", "The mayor of Manchester",
    "the US envoy to the Middle East", "The chairman of Sainsbury's"), the person the next paragraph opens with by
    full name and no description, whom the story means ("Rachel Reeves told MPs ..."), as a list of one; none when
    that person is described otherwise or named later, or the title is described ("the U.S. presidential
    candidate"). For someone brought in
    unnamed ("A federal judge", "A Boeing engineer", "A head teacher"), the person the next paragraph opens with whose
    role is that noun or one before it ("U.S. District Judge David Ezra", "Sam Salehpour, a quality engineer", "Sarah
    Mitchell, head of Oakwood Primary School")."""
    first = below[0] if below else None
    if first is None or first[0] >= next_paragraph_end:
        return []
    if words and words[0].text.lower() in ("a", "an"):
        head = role_head(first[3])  # "A head teacher in Kent": "Sarah Mitchell, head of Oakwood Primary School"
        return [first] if head and TITLE_SPELLINGS.get(head, head) in {
            w.lemma.lower() for w in words if w.index <= noun.index and w.upos == "NOUN"} else []
    return [first] if noun.lemma.lower() in TITLES and not first[3] and " " in first[1] \
        and all(w is noun or w.upos == "DET" or w.text.lower() in TITLES | {"of"} or is_place_name(w.text)
                or w.upos == "NOUN" and w.deprel == "compound" and w.index < noun.index and w.text.islower()
                or w.index < noun.index and (w.lemma.lower() in BODY_NOUNS or w.xpos == "POS")
                or w.index > noun.index and (w.text[:1].isupper() or w.text.lower() in ("to", "for", "'s", "’s"))
                for w in words) \
        and not any(w.lower() in TITLES for w in first[1].split()) else []


def names_an_office(name: str | None, kind: str) -> bool:
    """Whether a person's ``name`` names an office by its title and place, no one by name ("Archbishop of Canterbury",
    "Mayor of London"): a title, "of" and a capitalised word."""
    words = (name or "").split()
    return kind == "person" and len(words) > 2 and words[0].lower() in TITLES and words[1] == "of" \
        and words[2][:1].isupper()


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


def company_reporting_itself(cue: Cue, entities: list[Entity], companies: set[str]) -> tuple[str, str] | None:
    """For "it" reporting a clause whose subject is "the company" (or another organization noun that refers back),
    the organization that noun stands for ("The company expects revenue of $28 billion, it said": Nvidia, though
    another company was named since); else None."""
    if cue.speaker is None or cue.speaker.text.lower() != "it" or not cue.content \
            or cue.content[0].start > cue.speaker.start:  # not "It says the campaign violated ...": what it says
        return None
    inside = {w.index for w in cue.content}
    for head in (w for w in cue.content if w.head not in inside):
        for subject in cue.sentence.children(head.index):
            if subject.deprel == "nsubj" and refers_back(mention_words(cue.sentence, subject)):
                found = resolve_organization(subject, entities, companies)
                return (found[1], "organization") if found else None
    return None
