"""Canonical speakers: merge the speaker names of one document, so that each person or organization is one speaker.

Pure functions over names already described (``quotes.speakers``) and what ``quotes.names`` knows of names: a short
name maps to the longer one that ends with it ("Kirby" -> "John Kirby") or, failing that, starts with it ("Zhao" ->
"Zhao Lijian"), a surname shared by two people goes to the one named last, a first name alone to the one named in
full in passing, and a name of one sex to the full name of that sex. Names across the documents of a run are merged
in ``quotes.run_names``.
"""

from __future__ import annotations

import re
from collections import Counter

from quotes.lexicon import (CAPITALISED_ORG_ENDINGS, DETERMINERS, INSTITUTIONS, NAME_PARTICLES, ORG_HEAD_WORDS,
                            ORG_WORDS, SOVEREIGN_TITLES)
from quotes.names import NAME_WORD, ONE_SEX_RATIO, PARTIES, first_name_gender, is_company_name, is_first_name, is_place


# The second word of a body named for a person ("the Trump Organization", "the Obama administration"): "Trump" and
# "Obama" are still the people.
PERSONAL_BODIES = frozenset("organization foundation campaign administration family".split())


def surname_of(name: str, persons: list[str]) -> bool:
    """A one-word name that is the last word of one of the full names of ``persons`` (not a party's name): a person
    when the parse tagged it a plural ("Adams, a Democrat, said" after "Mayor Eric Adams"; "Schrems")."""
    return " " not in name and name.lower() not in PARTIES and any(
        p.split()[-1] == name and p.split()[0].lower() not in DETERMINERS for p in persons if " " in p)


def canonical_names(names: list[tuple[str, str]]) -> dict[str, str]:
    """Map each name to its canonical form within a document.

    A person's shorter name maps to a longer name that ends with it ("Kirby" -> "John Kirby"): the most frequent in
    ``names`` (one entry per mention), then the longest; failing that, a one-word name maps to the only longer name that
    starts with it ("Zhao" -> "Zhao Lijian"), or that has it before a particle ("Lula" -> "Luiz Inácio Lula da Silva"),
    or else to the only company name that does ("Nvidia" -> "Nvidia Corp") or the only organization of two capitalised
    words that does, unless named for a person ("Hurun" -> "Hurun Report", "State" -> "State Department"; not "Trump" ->
    "Trump Organization"); an organization's name maps without leading "the" to its most used spelling, case and full
    stops aside ("U.S." -> "US"), and a one-word one to the only longer organization name ending with it ("Times" ->
    "New York Times") or a company name starting with it ("Apple" -> "Apple Inc.").
    """
    mapping: dict[str, str] = {}
    counts = Counter(n for n, k in names if k == "person")
    persons = sorted(counts, key=lambda n: (-counts[n], -len(n.split()), n))
    companies = sorted({n for n, k in names if k == "organization" and is_company_name(n)})
    bodies = {re.sub(r"^(the|The)\s+", "", n) for n, k in names if k == "organization"}  # "the Hurun Report"
    for name, kind in names:
        base = re.sub(r"^(the|The)\s+", "", name)
        base = re.sub(r"[’']s$", "", base) if kind != "organization" else base  # "McDonald's" keeps its mark
        if kind == "group" and surname_of(base, persons):
            kind = "person"  # "Schrems" tagged as a plural noun after "Max Schrems"
        if kind == "person":
            tokens = base.split()
            longer = [p for p in persons if len(p.split()) > len(tokens)  # case aside: "Von der Leyen" is
                      and [t.lower() for t in p.split()[-len(tokens):]] == [t.lower() for t in tokens]]  # "Ursula
            # von der Leyen"
            one = tokens[1:] if len(tokens) == 2 and tokens[0].lower() in SOVEREIGN_TITLES else tokens  # "Prince
            # Alwaleed" after "Saudi Prince Alwaleed Bin Talal"
            if not longer and len(one) == 1:  # "Zhao" after "Zhao Lijian": a family name written first
                first = [p for p in persons if len(p.split()) > 1 and p.split()[0] == one[0]
                         and not re.search(r"[’']", p)]  # not "Fox" -> "Fox News’ Bret Baier"
                longer = first if len(first) == 1 else []
            if not longer and len(one) == 1:  # "Lula" after "Luiz Inácio Lula da Silva": the name before a particle
                before_particle = re.compile(rf"(?:^| ){re.escape(one[0])} (?:{'|'.join(NAME_PARTICLES)}) ")
                inside = [p for p in persons if before_particle.search(p)]
                longer = inside if len(inside) == 1 else []
            if not longer and len(tokens) == 1:  # "Nvidia said" after "Nvidia Corp"
                named = [c for c in companies if c.split()[0] == tokens[0]]
                longer = named if len(named) == 1 else []
            if not longer and len(tokens) == 1 and base not in bodies:  # "Hurun" after "the Hurun
                # Report, a wealth research firm" (not "Maersk", named a company, after "the Maersk Hangzhou", a ship)
                named = [b for b in bodies if b.split()[0] == tokens[0] and (
                    len(b.split()) == 2 and b.split()[1][:1].isupper() and b.split()[1].lower() not in PERSONAL_BODIES
                    or b.split()[-1] in CAPITALISED_ORG_ENDINGS)]  # "Avanti" after "Avanti West Coast"
                longer = named if len(named) == 1 else []
            mapping[name] = longer[0] if longer else base
        else:
            mapping[name] = base
    spellings: dict[str, Counter] = {}  # "U.S." and "US", "the Pentagon" and "The Pentagon": one name
    for name, kind in names:
        if kind != "person":
            spellings.setdefault(_spelling_key(mapping[name]), Counter())[mapping[name]] += 1
    for name, kind in names:
        if kind != "person":
            counts = spellings[_spelling_key(mapping[name])]
            mapping[name] = min(counts, key=lambda n: (-counts[n], len(n), not n[:1].islower(), n))  # the most
            # used, then the shortest, then in lower case ("police" at a sentence's start is "Police")
    organizations = {mapping[n] for n, k in names if k == "organization"}
    for name, kind in names:
        short = mapping[name]
        if kind != "organization" or " " in short or not (short[:1].isupper() or short == "police") \
                or short.lower() in INSTITUTIONS:  # "police" in a text that names "West Yorkshire Police" is that force
            continue
        longer = [o for o in organizations if len(o.split()) > 1 and o.split()[-1] in (short, short.capitalize())
                  and not any(w.lower() in PARTIES for w in o.split())]  # not "Republican Congress"
        longer = longer or [o for o in organizations if o.split()[0] == short and is_company_name(o)]
        longer = longer or [o for o in organizations if is_acronym_of(short, o)]
        longer = longer or [o for o in organizations if len(o.split()) == 2 and o.split()[0] == short
                            and o.split()[1].lower() in ORG_WORDS | ORG_HEAD_WORDS and not is_place(short)]
        if len(longer) == 1:  # "The Times" after "The New York Times", "Apple" after "Apple Inc.", "the FAA" in a
            mapping[name] = longer[0]  # text that names the Federal Aviation Administration, "Fox" and "Fox News"
    return mapping


def canonical_kinds(named: list[tuple[int, str, str, str | None]], canon: dict[str, str]) -> dict[str, str]:
    """The type of each canonical name (``canon``: a name as written -> its canonical name) among ``named`` (offset,
    name, type, role): the type of the name as written in full first ("Ben Stokes", not a headline's "Stokes hails
    ..." tagged a plural noun), else of its first mention; but a one-word name typed a person there is an
    organization where as many of its mentions are ("Chelsea fined over payments" in a headline, a person's name
    for want of anything else, then "the club said", resolved to Chelsea)."""
    kinds: dict[str, str] = {}
    for _, name, kind, _ in sorted(named, key=lambda e: canon.get(e[1], e[1]) != e[1]):
        kinds.setdefault(canon.get(name, name), kind)
    votes: dict[str, int] = {}
    for _, name, kind, _ in named:
        canonical = canon.get(name, name)
        votes[canonical] = votes.get(canonical, 0) + {"organization": 1, "person": -1}.get(kind, 0)
    for canonical, vote in votes.items():
        if kinds[canonical] == "person" and vote >= 0 and " " not in canonical:
            kinds[canonical] = "organization"
    return kinds


def is_acronym_of(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is the initials of ``name``, small words aside, or of its words before a last "and ..."
    ("FAA": "Federal Aviation Administration", "FBI": "Federal Bureau of Investigation", "CDC": "Centers for Disease
    Control and Prevention"; not "US": "University of Southern California")."""
    letters = acronym.replace(".", "")
    words = name.split()
    cut = max((i for i, w in enumerate(words) if w == "and"), default=len(words))
    return re.fullmatch(r"[A-Z]{2,6}", letters) is not None and len(words) > 1 and letters in (
        "".join(w[0] for w in words if w[:1].isupper()), "".join(w[0] for w in words[:cut] if w[:1].isupper()))


def _spelling_key(name: str) -> str:
    """What two spellings of an organization's name share: "U.S." and "US" -> "us"."""
    return re.sub(r"[.\s]", "", name.lower())


def lone_names_in_full(names: list[tuple[str, str]], objects: list[str], text: str) -> dict[str, str]:
    """Each one-word person name in ``names`` (name, type) that is a common first name, or that no full name ends
    with, mapped to the only full name among ``objects`` (people named in full as objects, not subjects) or written
    after a description in ``text`` (:func:`lone_names_written_in_full`) that starts with it ("Anna, 38, said" after
    "doctors told Anna Berg"; "Yoon said" after "voted to impeach President Yoon Suk Yeol", a family name written
    first): a name used alone for someone the article named in passing."""
    mapping = {}
    objects = objects + lone_names_written_in_full(text, names)
    ends = {n.split()[-1] for n, kind in names + [(o, "person") for o in objects] if kind == "person" and " " in n}
    for name in {n for n, kind in names if kind == "person" and " " not in n
                 and (is_first_name(n) or n not in ends and n.lower() not in PARTIES)}:  # not "Democratic"
        full = {o for o in objects if len(o.split()) > 1 and o.split()[0] == name}
        if len(full) == 1:
            mapping[name] = full.pop()
    return mapping


# Words before a capitalised phrase that say it is no one's name written after a description ("the Trump Train",
# "of the Soviet Union", "told Bloomberg Politics").
NO_DESCRIPTION = DETERMINERS | frozenset("of in on at to for from with by about into over told".split())


def lone_names_written_in_full(text: str, names: list[tuple[str, str]]) -> list[str]:
    """Full names in ``text`` that open with a one-word person name of ``names`` (name, type), written after a
    description in lower case and before a word in lower case or a stop ("the signing of Brazilian forward Estêvão
    Willian from Palmeiras", where the parse found no one's subject or object; "coal mining giant Peabody Energy,";
    not "the Trump Train" nor a headline's "Estêvão Says He Is Happy")."""
    found = []
    for name in sorted({n for n, kind in names if kind == "person" and " " not in n}):
        pattern = rf"(?<![\w'’-])([a-z]+) {re.escape(name)}((?: {NAME_WORD}){{1,2}})(?= [a-z]|[,.;:])"
        found += [name + match.group(2) for match in re.finditer(pattern, text) if match.group(1) not in NO_DESCRIPTION]
    return found


def nearest_full_name(name: str, canonical: str, speakers: list[tuple[int, str]], offset: int,
                      objects: list[tuple[int, str]] = (), relatives: set[tuple[int, str]] = frozenset()) -> str:
    """The canonical name of a short person name at ``offset``: when several people named in full as
    subjects or speakers (``speakers``: offset, full name) end with it ("Jeh Johnson" and "Gary Johnson"
    for "Johnson"), the one named so last before ``offset``, else ``canonical``. A wife named in passing
    ("his wife, Heidi Cruz") is no subject, so "Cruz" stays Ted Cruz; but when no one so named comes before
    ``offset``, the one named so last before it as an object (``objects``) is ("sacked head coach Rohan Smith ...
    Smith, who joined in 2022," before "Captain Cameron Smith said"). Nor is a subject named as someone's relative
    (``relatives``, of ``speakers``): "Kenny" after "Her husband, Sir Jason Kenny, retired" is still Laura Kenny."""
    tokens = name.split()
    def ending(named: list[tuple[int, str]]) -> list[tuple[int, str]]:
        return [(at, p) for at, p in named if len(p.split()) > len(tokens) and p.split()[-len(tokens):] == tokens]
    longer = ending(speakers)
    before = [(at, p) for at, p in longer if at < offset and (at, p) not in relatives]
    earlier_objects = [(at, p) for at, p in ending(objects) if at < offset and p != canonical]
    if not before and earlier_objects and longer:
        return max(earlier_objects)[1]
    if len({p for _, p in longer}) < 2:
        return canonical
    return max(before)[1] if before else canonical


def of_sex(written: str, canonical: str, sex: str | None, full_names: list[str]) -> str:
    """The canonical name of a person mention whose sex the text gives ("Mrs. Clinton", "she"): ``canonical``
    unless its first name is all but only borne by the other sex (twenty times as often: "Bill", not "Lee" of
    "Ms. Lee Epstein" or "Lindsey" of "Mr. Lindsey Graham"); then the full name in ``full_names`` with the same
    last name and a first name of that sex ("Hillary Clinton", not "Bill Clinton", in an article that names
    both), else the name as ``written`` ("Clinton"). A canonical name that opens with the written one is written
    family name first ("Mr Han" for "Han Duck-soo"): its first word is no first name."""
    if sex not in ("male", "female") or first_name_gender(canonical, ONE_SEX_RATIO) in (None, sex) \
            or canonical.split()[0] == written:
        return canonical
    last = canonical.split()[-1]
    same = [name for name in full_names if name.split()[-1] == last and first_name_gender(name) == sex]
    return same[0] if same else written
