"""Antecedents: the named subjects (or objects) of a document, in text order, that a pronoun or a description may
stand for ("Her assistant, Tom Reyes, puts it differently. ... he says": Tom Reyes). Small pure functions over the
parsed sentences; the names and types come from ``quotes.speakers`` and ``quotes.name_roles``. Used by
``quotes.attribution``, which resolves pronouns and descriptions against them with ``quotes.references``; which of
them, typed persons, are places instead (``place_names``: "Clarkston became his home" has no "he").
"""

from __future__ import annotations

import re

from quotes.canonical import surname_of
from quotes.description_nouns import is_demonym_description, opening_lone_noun, title_alone
from quotes.lexicon import (BUSINESS_NOUNS, COMPANY_STOCK, KNOWN_ORGANIZATIONS, ORG_WORDS, PARTY_MEMBERS,
                            PERSON_NOUNS, QUANTITIES, RELATIVES_OF, SOVEREIGN_TITLES, TITLES)
from quotes.mentions import is_time_word, mention_words, without_determiners
from quotes.name_roles import split_role
from quotes.names import (is_first_name, is_place, is_place_name, no_persons_name, shouted, written_as_body,
                          written_as_place)
from quotes.parsing import Sentence, Word
from quotes.speaker_types import classify_in, described_as_business, typed_word
from quotes.mentions import name_text
from quotes.speakers import describe


# Plural nouns for people that a later "they" stands for when they are a sentence's subject ("Families of hostages
# protested", "Hundreds of people cheered", "Residents said").
PEOPLE_NOUNS = (PERSON_NOUNS | RELATIVES_OF) - {"source", "official", "insider"} \
    | frozenset("family people protester crowd".split())


def _people(sentence: Sentence, head: Word) -> bool:
    """A plural noun for people (``PEOPLE_NOUNS``), or a number of them ("Hundreds of people")."""
    counted = head.lemma.lower() in QUANTITIES | {"hundred", "thousand", "million", "dozen", "crowd"}
    nouns = [head] + [k for k in sentence.children(head.index) if counted and k.deprel == "nmod" and k.upos == "NOUN"]
    for noun in nouns:
        lemma = noun.lemma.lower()
        if {lemma, lemma.removesuffix("s"), re.sub(r"ies$", "y", lemma)} & PEOPLE_NOUNS:
            return True
    return False


def _family_of(sentence: Sentence, head: Word) -> bool:
    """A singular "family" of someone ("The family of a 16-year-old boy", "His family"), many people."""
    return head.lemma.lower() == "family" and any(k.deprel in ("nmod", "nmod:poss")
                                                  for k in sentence.children(head.index))


def _common_word(text: str, sentence: Sentence, name_words: list[Word]) -> bool:
    """A capitalised word that opens its sentence or follows a colon, tagged a name, but written in lower case
    elsewhere in the text, or a noun for a person no name ends with
    (:func:`quotes.description_nouns.opening_lone_noun`): a common noun ("Inflation, he added, ..." in a text about
    inflation; the headline "Teenager wins young scientist award"), or a name ending in a noun for a person in lower
    case (the headline "Ex-footballer launches ..."), no antecedent."""
    if name_words[-1].text in PERSON_NOUNS:
        return True
    at = name_words[0].index
    if len(name_words) != 1 or any(w.upos != "PUNCT" for w in sentence.words[:at]) \
            and not (at > 0 and sentence.words[at - 1].text == ":"):  # "'I thought I was going to die': Survivor
        return False  # recalls shark attack"
    word = name_words[0].text
    return word[:1].isupper() and word[1:].islower() and (
        bool(re.search(rf"\b{re.escape(word.lower())}\b", text)) or opening_lone_noun(text, sentence, name_words))


# Nouns for those who act or speak for their owner ("Trump's campaign said", "her lawyer said"): not the owner's
# things, whose owner a later pronoun may stand for.
AGENT_NOUNS = PEOPLE_NOUNS | TITLES | frozenset("""campaign team office camp staff administration government company
firm party aide spokesman spokeswoman spokesperson lawyer attorney representative agent""".split())


def thing_owners(text: str, sentences: list[Sentence]) -> list[tuple[int, str, str, str | None]]:
    """The people named in full as the owners of things that are subjects, in text order, as (offset, name, type,
    role): antecedents for a pronoun only, not for a description ("Aoife McCann's filter uses sand. ... she said":
    Aoife McCann; "Ivana Trump's brief said ... The judge agreed" is no Ivana Trump)."""
    return [owner for sentence in sentences for word in sentence.words if word.deprel in ("nsubj", "nsubj:pass")
            and sentence.words[word.head].deprel == "root"  # a main clause's: not 'Mathur said Ivanka Trump's
            and (owner := _thing_owner(text, sentence, word)) is not None]  # statement ...: "I ...," she said'


def _thing_owner(text: str, sentence: Sentence, noun: Word) -> tuple[int, str, str, str | None] | None:
    """The person named in full as the owner of ``noun``, a thing ("Aoife McCann's filter"); not of one who acts for
    them ("Trump's lawyer": ``AGENT_NOUNS``)."""
    owner = next((k for k in sentence.children(noun.index) if k.deprel == "nmod:poss" and k.upos == "PROPN"
                  and k.index + 1 < noun.index and sentence.words[k.index + 1].text in ("'s", "’s")), None)
    if owner is None or noun.upos != "NOUN" or noun.lemma.lower() in AGENT_NOUNS:
        return None
    first = owner.index  # the run of names that ends with the owner, however the parse hung it ("Aoife" of "Aoife
    while first > 0 and sentence.words[first - 1].upos == "PROPN":  # McCann's" a second possessor)
        first -= 1
    name_words, _ = split_role(sentence.words[first:owner.index + 1], owner, sentence)
    name = name_text(text, name_words)
    if len(name_words) > 1 and not is_place(name) and classify_in(sentence, name_words, owner, name) == "person":
        return owner.start, name, "person", None
    return None


def _conjuncts(text: str, sentence: Sentence, head: Word) -> list[tuple[int, str, str, str | None]]:
    """Each person of a subject that names several ("Ben Cohen and Jerry Greenfield"), in text order."""
    conjuncts = [head] + [k for k in sentence.children(head.index) if k.deprel == "conj" and k.upos == "PROPN"]
    found = []
    for conjunct in conjuncts:
        words = [k for k in sentence.children(conjunct.index) if k.deprel == "compound" and k.upos == "PROPN"
                 and k.index < conjunct.index] + [conjunct]  # its title ("Queen Letizia") and its run of name words
        for word in sentence.words[conjunct.index + 1:]:  # ("Jennifer Shanklin-Hawkins", however the parse hung
            if word.upos != "PROPN" and not (word.text == "-" and word.start == words[-1].end):  # "Hawkins")
                break
            words.append(word)
        words, role = split_role([w for w in words if w.upos == "PROPN"], conjunct, sentence)  # not "Gov." of
        name = name_text(text, words)  # "Gov. Jeb Bush"
        plain = is_first_name(words[0].text) or words[0].text.lower() in SOVEREIGN_TITLES if len(words) > 1 \
            else not is_place(name)  # "Queen Letizia"; not "North Carolina"
        if words and plain and classify_in(sentence, words, conjunct, name) == "person" \
                and not any(w.text.lower() in PARTY_MEMBERS for w in words):  # not "an Orlando Republican"
            found.append((words[0].start, name, "person", name_text(text, role) or None))
    return found


TRADE_NOUNS = BUSINESS_NOUNS - ORG_WORDS | {"group"}  # "spa", "railroad", "airline": a business's trade, no body's
# word; "group" after "the" ("The Spokes cycling group", not a headline's "Outside GOP group")


def candidate_entities(text: str, sentences: list[Sentence],
                       relations: tuple[str, ...] = ("nsubj", "nsubj:pass")) -> list[tuple[int, str, str, str | None]]:
    """Named subjects (or other ``relations``) in text order, as (offset, name, type, role):
    antecedents for pronouns and nominals. A subject is named when its head is a proper noun, a noun
    with a name after it ("Detroit automaker Ford Motor Co.") or a noun with a name in apposition
    ("Her assistant, Tom Reyes,": the name), or whose shares are the subject ("Shares of Micron fell"), or a business
    noun after a name ("The Blue Lagoon spa", the noun its role); the noun root of a sentence parsed without a verb
    counts as a subject; a well-known body whose possessive opens a subject is named too ("Nasa's Parker Solar Probe
    has made ...": Nasa)."""
    found = []
    for sentence in sentences:
        for word in sentence.words:
            kids = sentence.children(word.index)
            named = next((k for k in kids if k.deprel in ("appos", "conj") and k.upos == "PROPN" and any(
                n.deprel in ("flat", "compound") and n.upos == "PROPN" for n in sentence.children(k.index))), None) \
                if word.deprel == "root" and word.upos == "NOUN" else None
            verbless = named is not None  # "Reed's mother, Angela Reed, wept as ...", "wept" tagged a noun: the noun
            # root is the subject, the name its apposition
            if word.deprel not in relations and not verbless or is_time_word(word, sentence.words) or (
                    word.deprel.startswith("nsubj") and word.head >= 0 and sentence.words[word.head].xpos == "VBG"
                    and any(k.deprel == "case" and k.text in ("'s", "’s") for k in kids)):
                continue  # the possessor of a gerund ("Mr. Lew's raising the problem") is in the background
            appos = named if verbless else next((k for k in kids if k.deprel == "appos" and k.upos == "PROPN"), None)
            if appos is None and word.upos == "NOUN":  # "Her husband and business partner, David Alvarez,": the
                appos = next((a for k in kids if k.deprel == "conj" and k.upos == "NOUN"  # name hangs on the last
                              for a in sentence.children(k.index) if a.deprel == "appos" and a.upos == "PROPN"), None)
            titled = appos is not None and word.upos == "PROPN" \
                and title_alone(text, without_determiners(mention_words(sentence, word)))
            head = appos if (word.upos == "NOUN" or titled) and appos is not None else word  # "The Chancellor,
            # Rachel Reeves,": the name, the title its role
            traded = next((k for k in kids if k.upos == "PROPN" and (k.deprel == "nmod:poss" or k.deprel == "nmod"
                                                                     and _opens_with(sentence, k, ("of", "in")))),
                          None) if word.text.lower() in COMPANY_STOCK \
                and word.deprel.startswith("nsubj") else None  # "Shares of Micron Technology fell", "Shares in Lumora
            # Semiconductor fell": a company (not "Stocks on Wall Street")
            head = traded or head
            owner = next((k for k in kids if k.deprel == "nmod:poss" and k.text.lower() in KNOWN_ORGANIZATIONS), None) \
                if word.deprel.startswith("nsubj") and traded is None else None
            if owner is not None:  # "Nasa's Parker Solar Probe has made ...": Nasa, for a later "the agency said"
                found.append((owner.start, owner.text, "organization", None))
            if head.upos == "NOUN" and ("Number=Plur" in head.feats or _family_of(sentence, head)) \
                    and head.deprel == "nsubj" and _people(sentence, head):  # "Families of hostages protested ...
                # they chanted", "The family of a 16-year-old boy have paid tribute ... they said"
                people = describe(text, sentence, head, mention_words(sentence, head))
                if people.kind == "group" and people.name:
                    found.append((head.start, people.name, "group", None))
                continue
            if head.upos == "NOUN" and head.lemma.lower() in TRADE_NOUNS \
                    and any(k.deprel == "compound" and k.upos == "PROPN" for k in kids) \
                    and (head.lemma.lower() != "group" or sentence.subtree(head.index)[0].lemma == "the") and not any(
                    k.deprel in ("flat", "appos") and k.upos == "PROPN" for k in kids):  # "The Blue Lagoon spa", for "a
                business = describe(text, sentence, head, mention_words(sentence, head))  # spokeswoman for the spa"
                if business.kind == "organization" and business.name:
                    found.append((head.start, business.name, "organization", head.text))
                continue
            if head.upos == "PROPN" or head.upos in ("NOUN", "ADJ") and any(  # "Former Rep. Chris Shays" headed by
                    k.deprel == "flat" and k.upos == "PROPN" and k.index > head.index for k in kids):  # "Former"
                words = mention_words(sentence, head)
                if is_demonym_description(sentence, words):
                    continue  # "the Spaniard said": a person described, no name for "the club" to stand for
                pair = describe(text, sentence, head, words) if head is word and any(
                    k.deprel == "conj" and k.upos == "PROPN" for k in kids) else None
                if pair is not None and pair.name and pair.kind == "group":  # "Ben Cohen and Jerry Greenfield":
                    found.append((head.start, pair.name, "group", None))  # the two, and each (not one with the
                    found += _conjuncts(text, sentence, head)  # other's name for a role)
                    continue
                name_words, role_words = split_role(words, head, sentence)
                described = next((k for k in kids if k.deprel == "appos" and k.upos == "NOUN"), None)
                if traded is not None:
                    found.append((head.start, name_text(text, name_words), "organization", None))
                    continue
                if head is not word:  # the noun the name is in apposition to is its role
                    role_words = without_determiners(mention_words(sentence, word))
                elif not role_words and described is not None:  # "Paris Saint-Germain, Mbappé's former club,"
                    role_words = without_determiners(mention_words(sentence, described))
                name = name_text(text, name_words)
                if len(name) > 1 and not shouted(name) and not _common_word(text, sentence, name_words) \
                        and not title_alone(text, name_words):  # "Chancellor rejects ..."
                    kind = "organization" if head is not word and described_as_business(sentence, word, head) \
                        else classify_in(sentence, name_words, typed_word(name_words, head), name)  # "its maker,
                    # Eli Lilly,": a company
                    if kind == "group" and surname_of(name, [e[1] for e in found if e[2] == "person"]):
                        kind = "person"  # "Adams, a Democrat," ("Adams" tagged a plural) after "Eric Adams"
                    found.append((head.start, name, kind,
                                  name_text(text, role_words) or None))
    return found


def _opens_with(sentence: Sentence, word: Word, cases: tuple[str, ...]) -> bool:
    """Whether one of the prepositions ``cases`` opens ``word``'s phrase ("in Lumora Semiconductor")."""
    first = sentence.subtree(word.index)[0]
    return first.deprel == "case" and first.text.lower() in cases


def place_names(text: str, names: set[str], entities: list[tuple[int, str, str, str | None]]) -> set[str]:
    """Those of ``names`` (typed persons) that are places or bodies by a list of places or by the text
    (:func:`quotes.names.written_as_place`, :func:`quotes.names.written_as_body`), and no person's name
    (:func:`quotes.names.no_persons_name`), nor the surname of a person ``entities`` name in full: "Tampa", "Riyadh",
    "Clarkston", "Clarion"; not "Warren", "Mr. Cleveland", "Kennedy" after "Patrick F. Kennedy"."""
    persons = [e[1] for e in entities if e[2] == "person"]
    return {n for n in names if (is_place(n) or written_as_place(text, n) or written_as_body(text, n))
            and no_persons_name(text, n, entities)
            and not surname_of(n, persons)}


def faceless_names(text: str, names: set[str], entities: list[tuple[int, str, str, str | None]],
                   genders: dict[str, str]) -> set[str]:
    """Those of ``names`` (typed persons) that the text never marks as a person's (one word: no first name, never
    after one or an honorific, no person's role, :func:`quotes.names.no_persons_name`; more: no first name and a
    place among the words, "Air Canada"; no "he" or "she" resolved to them, ``genders``) and that say something of
    "it" right after a reporting verb: a body named alone ("Eurostar said it was very sorry", "Peabody said its value
    quadrupled", "Maersk said in a customer advisory that it would"; not "Smith said in a statement that it", which a
    person may say of a company)."""
    return {n for n in names if n not in genders
            and re.search(rf"\b{re.escape(n)}(?:, [^,]{{1,80}},)? (?:has |had |also )?(?:said|says|added|stated|"
                          rf"confirmed|announced|told [\w ]{{1,30}}?)(?: in an? (?!statement)[\w -]{{1,30}}?)?"
                          rf"(?: that)? its?\b", text)
            and (n.isalpha() and no_persons_name(text, n, entities) or _placed_body(n))}


def _placed_body(name: str) -> bool:
    """A name of two or three capitalised words, none a first name or a title, one a place ("Air Canada", "Norfolk
    Southern"): a body's, when it says something of "it"."""
    words = name.split()
    return 1 < len(words) < 4 and all(w.isalpha() and w[:1].isupper() for w in words) \
        and not any(is_first_name(w) or w.lower() in TITLES for w in words) and any(is_place_name(w) for w in words)
