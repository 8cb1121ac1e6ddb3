"""Name and role: split the words of a speaker mention into the name and the title or description before it.

"Pentagon spokesman John Kirby" -> name "John Kirby", role "Pentagon spokesman"; "Mr." is no part of either; a place
after "of" leaves a person's name ("Ted Cruz of Texas") but not an organization's ("Bank of America"); a month after a
first name is a surname ("Theresa May"). Also the club a player's role names ("Manchester City defender") and a
role's words with its titles written out ("Ohio Gov." -> {"ohio", "governor"}); the name set off by commas next to a
description is ``quotes.set_off_names``', titles that stand for no name are ``quotes.description_nouns``'. Used by
``quotes.speakers``, ``quotes.references`` and ``quotes.unnamed``.
"""

from __future__ import annotations

import re
from itertools import takewhile

from quotes.lexicon import (BUSINESS_NOUNS, CAPITALISED_ORG_ENDINGS, DETERMINERS, HONORIFICS, KNOWN_COMPANIES,
                            KNOWN_ORGANIZATIONS, NAME_BREAKERS, NAME_PARTICLES, NAME_SUFFIXES, OCCUPATIONS,
                            ORG_HEAD_WORDS, ORG_WORDS, ORGANIZATION_NOUNS, PARTY_MEMBERS, PERSON_NOUNS, PLAYER_NOUNS,
                            PEERAGES, QUANTIFIERS, SOVEREIGN_TITLES, SPEECH_VERBS, TIME_WORDS, TITLE_SPELLINGS, TITLES)
from quotes.mentions import is_time_word
from quotes.names import PARTIES, first_name_start, is_first_name, is_place, is_place_name
from quotes.name_repairs import is_title_case
from quotes.parsing import Sentence, Word


_JOB_NOUN = re.compile(r"(?:ist|er|or|ian|ant|ent|ee|man|woman)$")  # how an unlisted title ends


def split_role(words: list[Word], head: Word | None = None,
               sentence: Sentence | None = None) -> tuple[list[Word], list[Word]]:
    """Split mention words into (name words, role words).

    The name is the run of proper nouns around the head; title words and common nouns before it
    form the role. Words after the name are dropped ("John Kirby, 45" never reaches here). In a
    title-case headline the run stops at function words and reporting verbs (``NAME_BREAKERS``):
    the part with ``head`` (or the last part) is the name. ``sentence``, when given, tells a month that is a
    surname from one that is a time ("May said": see :func:`quotes.mentions.is_time_word`).
    """
    depth, outside = 0, []
    for w in words:  # "Rep. Gwen Moore (D-Wis.)": the bracket is no part of the name
        depth += w.text == "("
        if depth == 0:
            outside.append(w)
        depth -= w.text == ")" and depth > 0
    the = bool(outside) and outside[0].lemma.lower() == "the"
    words = [w for w in outside if w.upos != "PUNCT" and not (w.upos == "DET" and w.lemma.lower() in DETERMINERS)]
    while words and words[-1].deprel == "case" \
            and not (len(words) > 1 and names_a_business(sentence, words[-2], words[-1])):
        words = words[:-1]
    context = sentence.words if sentence else words
    propn = [i for i, w in enumerate(words)
             if (w.upos == "PROPN" or (w.text[:1].isupper() and w.upos in ("NOUN", "X", "ADJ")
                                       and w.lemma.lower() not in TITLES | OCCUPATIONS))
             and (w.text.lower() not in QUANTIFIERS or w.upos == "PROPN" and w.deprel == "compound")  # "The All
             and not is_time_word(w, context)  # England Club"
             or _number_in_name(sentence, words, i)]
    # "The Times on Saturday": no "Saturday"; "Theresa May" and "May said" keep "May"
    if not propn:
        return words, []
    end = _person_before_of(words, propn) or propn[-1]
    at = next((i for i, w in enumerate(words) if w is head), None) if head is not None else None
    if at is not None and head.upos == "NOUN":  # "the team at the Weizmann Institute of Science in Israel": the
        after = next((i for i in propn if i > at), None)  # first name after the noun; "The UN mission in
        before = [i for i in propn if i == at - 1 and words[i].upos == "PROPN"]  # Afghanistan": the name before it
        at = before[0] if before and after is not None and words[after - 1].lemma.lower() == "in" \
            and is_place_name(words[after].text) else after
    elif head is None or head.upos != "PROPN":
        at = None
    if at in propn and at < end and any(
            w.upos == "ADP" and w.lemma.lower() in ("in", "at", "near") and words[i + 1].text[:1].isupper()
            for i, w in enumerate(words[at + 1:end], at + 1)):
        end = at  # "The National Zoo in Washington": the head's name, not the place after it (but "Sophie in 't Veld")
        while end + 1 in propn or _joins_name(words, end + 1) and end + 2 in propn:
            end += 1
    if end + 1 < len(words) and (names_a_business(sentence, words[end], words[end + 1]) or (
            words[end + 1].upos == "NUM" and words[end + 1].head == words[end].index
            and words[end + 1].deprel in ("flat", "nummod", "compound"))):
        end += 1  # "McDonald's", "Formula 1", "Channel 4"
    start = end
    while start - 1 >= 0 and ((start - 1) in propn or (_joins_name(words, start - 1) and start - 2 in propn)
                              or (the or start > 1 and words[start - 2].deprel == "compound"
                                  or words[end].text in CAPITALISED_ORG_ENDINGS and start > 1
                                  and _owns_a_name(words[start - 2]))
                              and _possessive_in_name(words, start - 1) and start - 2 in propn):
        start -= 1
    while start > 0 and words[start - 1].text in NAME_PARTICLES and (start == 1 or start - 2 in propn):
        start -= 1  # "del Pozo Cruz said", "Borja del Pozo Cruz"
    if start > 0 and words[start - 1].text[:1].isupper() and words[start - 1].text.lower() in TITLES \
            and _names_organization(words[start - 1:end + 1]):
        start -= 1  # "General Motors", "General Electric": a company, no general
    if start >= 3 and [w.text for w in words[start - 3:start - 1]] in (["His", "Majesty"], ["Her", "Majesty"]) \
            and words[start - 1].xpos == "POS":
        start -= 3  # "His Majesty's Inspectorate of Constabulary", "HM Revenue" spelt out: the crown's body
    name = _before_of_place(words[start:end + 1])
    end = start + len(name) - 1
    breaks = [i for i, w in enumerate(name) if w.text.lower() in NAME_BREAKERS and not _joins_name(words, start + i)
              and not _capitalised_preposition(sentence, w)]
    if breaks:
        parts, lo = [], 0
        for i in breaks + [len(name)]:
            if name[lo:i]:
                parts.append((lo, name[lo:i]))
            lo = i + 1
        keep = next((p for p in parts if head in p[1]), parts[-1] if parts else (0, []))
        start, name = start + keep[0], keep[1]
        if not name:
            return words, []
    verbs = [i for i, w in enumerate(name[1:-1], 1) if w.text.endswith("s") and not is_first_name(w.text)]
    if verbs and sentence is not None and is_title_case(sentence.words) and verbs[0] >= 2 \
            and (head is None or head in name[:verbs[0]]):
        name = name[:verbs[0]]  # a title-case headline's verb after a name: "Chuck Grassley Compares Trump's ..."
    last = -1  # the last title word: "Pentagon spokesman John Kirby", "Secretary of State John Kerry"
    organization = _names_organization(name)  # not "Justice" of "Justice Department"
    if organization and len(name) > 2 and _opening_trade(name):
        last = 0  # "Developer Caddick Group said": a trade opening the sentence, no part of the name
    for i, w in enumerate(name[:-1] if not organization else []):
        if all(v.text.lower().rstrip(".") in NAME_SUFFIXES for v in name[i + 1:]):
            break  # "Martin Luther King Jr.": no title before a suffix alone
        if w.text.lower().rstrip(".") in TITLES or _is_trade(w.text.lower().rstrip(".")) \
                or i == 0 and (_opening_trade(name) or name[0].index == 0 and len(name) > 2
                               and w.text.lower() in PERSON_NOUNS) \
                or (i > 0 and last == i - 1 and "of" in (w.text, name[i - 1].text)) \
                or (i == last + 1 and w.text.lower() in PARTY_MEMBERS and len(name) - i > 2  # "Republican Mitt Romney",
                    and not any(v.text.lower() in ORG_WORDS for v in name)):  # not "Republican Party of Wyoming"
            last = i
    if 0 <= last < len(name) - 1 and name[last + 1].text in ("for", "against") \
            and not any(is_first_name(w.text) for w in name[last + 1:]):
        last = -1  # "Campaign group Head for Change": a title word opening a campaign's name
    if not organization and len(name) - last - 1 >= 3:  # "Meteorologist Jane Golding", "Detective Chief
        # Inspector Mark Swift": an unlisted title (after a listed one)
        skip = first_name_start([w.text for w in name[last + 1:]])
        if skip and sentence is not None and _hyphenated(sentence, name[last + 1 + skip]) \
                and all(w.text[:1].isupper() for w in name[last + 1:last + 1 + skip]):  # not "Footage of Al-Awlaki"
            skip = 0  # "PSG president Nasser Al-Khelaifi": "Al" of a hyphenated surname is no first name
        if skip == 1 and name[last + 2].text == "Al":
            skip = 0  # "City chairman Khaldoon Al Mubarak": "Al" of an Arabic surname is no first name
        if (last >= 0 or name[-1].text.lower() in ORGANIZATION_NOUNS) \
                and not any(_JOB_NOUN.search(w.text) for w in name[last + 1:last + 1 + skip]) \
                and not any(w.text == "of" for w in name[:last + 1]):  # "Director of Government Affairs Phil Smith"
            skip = 0  # "Brazilian President Luiz Inácio Lula da Silva": names the census lists lack, no title (but
            # "Chief Meteorologist Jane Golding")
        last += skip
    if last >= 1 and name[last].text == "of" and not any(is_first_name(w.text) for w in name[last + 1:]):
        last = -1  # "the Prince of Wales", "the Archbishop of Canterbury": the title is all the name there is
    styled = [w for w in name[last + 1:] if w.text.lower().rstrip(".") not in NAME_SUFFIXES]
    styled = styled[:1] if styled[1:2] and styled[1].text == "of" else styled  # "Baroness Smith of Basildon"
    if last >= 0 and name[last].text.lower() in SOVEREIGN_TITLES | PEERAGES and name[last].text[:1].isupper() \
            and len(styled) == 1:
        peer = name[last].text.lower() in PEERAGES  # "Pope Francis", "King Charles": the title belongs to the one
        last -= 1  # name (and stays the role too); "Lord Coe", "Baroness Hale": a peer's style, no role
        return name[last + 1:], trim_role([w for w in words[:start + last + 1 + (not peer)]
                                           if w.text.lower().rstrip(".") not in HONORIFICS])
    if last >= 0:
        start += last + 1
        name = name[last + 1:]
    while len(name) > 1 and name[-1].text in POSTNOMINALS:
        name = name[:-1]  # "Simon Phillips KC": the honour is no part of the name
    return name, trim_role([w for w in words[:start] if w.text.lower().rstrip(".") not in HONORIFICS])  # "Mr."


def _hyphenated(sentence: Sentence, word: Word) -> bool:
    """Whether a hyphen follows ``word`` with no space between ("Al-Khelaifi" tokenized "Al", "-", "Khelaifi")."""
    following = sentence.words[word.index + 1] if word.index + 1 < len(sentence.words) else None
    return following is not None and following.text in ("-", "‐", "‑") and following.start == word.end


_OCCUPATION = re.compile(r"\w\w(?:ologist|icist|ician|grapher|onomist)$")  # a trade by its ending


def _is_trade(word: str) -> bool:
    """Whether a lower-case word names a trade: a listed occupation or a word ending as one ("geophysicist")."""
    return word in OCCUPATIONS or bool(_OCCUPATION.search(word))


def trim_role(role: list[Word]) -> list[Word]:
    """Role words without the function words that led to the name ("Officials at", "new report by") or to the role
    ("according to shipping analysts Drewry"); none when no noun, title or party is left ("A new Gallup poll", "many
    Democrats", "an angry Hollande") or only a common noun's possessive ("the country's Met Office")."""
    while role and role[-1].upos in ("ADP", "CCONJ", "DET", "PRON", "PUNCT"):  # "His parents, Gareth and Lisa"
        role = role[:-1]
    while role and (role[0].upos == "ADP" or role[0].deprel == "fixed"):  # "to" of "according to"
        role = role[1:]
    nouns = [w for w in role if w.upos in ("NOUN", "PROPN") or _is_trade(w.text.lower())]  # "said geophysicist
    # Benedikt Ofeigsson", the trade tagged an adjective
    if not (nouns or any(w.text.lower().rstrip(".") in TITLES or w.text.lower() in PARTIES for w in role)) \
            or nouns and all(w.upos == "NOUN" and w.deprel == "nmod:poss" for w in nouns):
        return []  # "the country's Met Office": whose it is, no role
    return role


OPENING_TRADES = BUSINESS_NOUNS - {"bank", "utility", "company", "chain", "maker"} | {"charity", "rival", "regulator",
                                                                                  "watchdog"}
# not "Bank of Japan"; "Charity National Energy Action said", "Promoter SJM Concerts", "Rival BYD said", "Regulator
# Ofcom has proposed"


def _opening_trade(name: list[Word]) -> bool:
    """A name opening the sentence with a business's trade before it ("Developer Low Carbon says", "Publisher Penguin
    Random House"), not a name that starts so ("Bank of Japan", "Utility Warehouse")."""
    return len(name) > 1 and name[0].index == 0 and name[0].text.lower() in OPENING_TRADES \
        and name[1].text.lower() != "of"


def _number_in_name(sentence: Sentence | None, words: list[Word], i: int) -> bool:
    """A number spelt out with a capital inside a sentence, before a proper noun: the start of a name ("the
    expedition company, Seven Summit Treks,"), not a count opening the sentence ("Seven Democrats said"); or a year
    after "the" before a body's word ("The 1922 Committee", "The 1894 Group"); or digits after a body's noun ("the
    campaign group 7000 Acres")."""
    w = words[i]
    before = sentence.words[w.index - 1] if sentence is not None and w.index > 0 else None
    year = before is not None and before.lemma.lower() == "the" and len(w.text) == 4 and w.text.isdigit() \
        and i + 1 < len(words) and words[i + 1].text.lower() in ORG_WORDS  # not "the 2013 FDIC inspector general"
    named = before is not None and before.upos == "NOUN" and before.lemma.lower() in ORGANIZATION_NOUNS \
        and w.text.isdigit()  # "the campaign group 7000 Acres"
    return before is not None and (before.upos != "PUNCT" or before.text == ",") and w.upos == "NUM" \
        and (w.text.isalpha() and w.text[:1].isupper() or year or named) and i + 1 < len(words) \
        and words[i + 1].upos == "PROPN"


def _joins_name(words: list[Word], i: int) -> bool:
    """True when word ``i`` is an "of" between proper nouns ("Department of Justice", "Ted Cruz of Texas"), an
    "on"/"for" after an organization word ("Commission on Presidential Debates", "Center for American Progress") or in
    a name brought in by an organization noun ("the charity Action for Children"), a capitalised "Against" between
    capitalised words ("Surfers Against Sewage"), an "and" after such an "of" or "for" ("Department of Health and
    Social Care"), or an "and" between capitalised words whose run ends with an organization word ("The Nursing and
    Midwifery Council")."""
    if not 0 < i < len(words) - 1:
        return False
    before = words[i - 1].text
    if words[i].text.lower() == "and" and words[i + 1].text[:1].isupper() and any(
            w.text.lower() in ("of", "for") and 0 < j < i and words[j - 1].text.lower() in ORG_WORDS
            and not is_place_name(words[j + 1].text)
            for j, w in enumerate(words[:i])):
        return True  # "Department of Health and Social Care", "Department for Science, Innovation and Technology"
        # (not "the American Civil Liberties Union of Ohio and Demos", two organizations)
    named_body = i >= 2 and words[i - 2].text.islower() and words[i - 2].lemma.lower() in ORGANIZATION_NOUNS  # "the
    # charity Action for Children"
    run = list(takewhile(str.istitle, (w.text for w in words[i + 1:i + 4])))  # the capitalised words after it
    if words[i].text == "and" and before.istitle() and run and not is_first_name(before) \
            and not is_place_name(before) and not is_first_name(run[0]) \
            and (run[-1].lower() in ORG_WORDS or run[-1] in CAPITALISED_ORG_ENDINGS):
        return True  # "The Nursing and Midwifery Council panel": one body's name, the "and" no list
    if words[i].text == "Against" and before[:1].isupper() and words[i + 1].text[:1].isupper():
        return True  # "Surfers Against Sewage", "Mothers Against Drunk Driving"
    if words[i].text == "to" and before.lower() in ORG_WORDS | ORG_HEAD_WORDS and before[:1].isupper() \
            and words[i + 1].text[:1].isupper() and words[i + 1].deprel == "flat":
        return True  # "The Campaign to Protect Rural England" (see name_repairs.repair_infinitive_names)
    return words[i].text.lower() == "of" or (words[i].text.lower() in ("on", "for") and before[:1].isupper()
                                             and (before.lower() in ORG_WORDS | ORG_HEAD_WORDS | {"citizens"}
                                                  or before in CAPITALISED_ORG_ENDINGS  # "Observatory for ..."
                                                  or named_body and words[i].text.lower() == "for"
                                                  or words[i].text == "for" and words[i - 1].upos == "NOUN"
                                                  and words[i - 1].index > 0 and before.istitle())  # "the far-right
                                             # Alternative for Germany": a noun written with a capital opens a name
                                             and words[i + 1].text.lower() not in TIME_WORDS)  # "Times on Friday"


def _capitalised_preposition(sentence: Sentence | None, word: Word) -> bool:
    """A preposition or particle written with a capital inside a sentence that is not in title case: part of a
    name ("Campaign group Led By Donkeys", "Kick It Out said")."""
    return sentence is not None and word.index > 0 and word.text[:1].isupper() \
        and word.text.lower() in NAME_PREPOSITIONS and not is_title_case(sentence.words)


NAME_PREPOSITIONS = frozenset("after as than between against over under about from with without by for to of on in "
                              "at into out".split())
POSTNOMINALS = frozenset("KC QC MP MEP MSP OBE MBE CBE".split())  # letters after a name


def names_a_business(sentence: Sentence | None, name: Word, mark: Word) -> bool:
    """A name with a possessive mark that possesses nothing, a reporting verb or a comma right after it: a business
    named for its founder ("McDonald's said", "Sotheby's, the auction house,"), not "Trump's" of "Trump's campaign"
    or "Trump's remains in the 30s" (his rating); or a known business so named ("A Sainsbury's spokesman")."""
    following = sentence.words[mark.index + 1] if sentence and mark.index + 1 < len(sentence.words) else None
    if mark.text not in ("'s", "’s") or mark.head != name.index or name.upos != "PROPN":
        return False
    return known_possessive_business(name, mark) or not name.deprel.startswith("nmod") \
        and following is not None \
        and (following.text == "," or following.upos == "VERB" and following.lemma.lower() in SPEECH_VERBS)


def known_possessive_business(name: Word, mark: Word) -> bool:
    """A name and a possessive mark that spell a known business ("Sainsbury's", "McDonald's")."""
    return mark.text in ("'s", "’s") and (name.text + "'s").lower() in KNOWN_COMPANIES


def _possessive_in_name(words: list[Word], i: int) -> bool:
    """Word ``i`` is the possessive mark inside an organization's name after "the" ("The Alzheimer's Association",
    "the Children's Defense Fund", "The National Farmers' Union", "The Office for Veterans' Affairs", "Chelsea
    Supporters' Trust", "The US Attorney's Office for the Southern District"; "the" is no
    determiner of a person's name, so not "Obama's Justice Department")."""
    return 0 < i < len(words) - 1 and words[i].text in ("'s", "’s", "'", "’") \
        and (words[-1].text.lower() in ORG_WORDS | ORG_HEAD_WORDS and words[-1].text[:1].isupper()
             or words[-1].text in CAPITALISED_ORG_ENDINGS or any(
            w.text.lower() in ORG_WORDS and v.text in ("of", "for") and (k < i or w.text[:1].isupper())
            for k, (w, v) in enumerate(zip(words, words[1:]))))


def _owns_a_name(owner: Word) -> bool:
    """Whether ``owner``, before a possessive mark and a body's name that ends as such names do, is part of the name
    ("Alzheimer's Research UK"): no place, first name or body ("Britain's National Trust", "Parliament's Independent
    Expert Panel")."""
    return not is_first_name(owner.text) and not is_place_name(owner.text) and owner.text.lower() not in ORG_WORDS


def _names_organization(name: list[Word]) -> bool:
    """Whether the words are an organization's name: a known one, one ending as organizations' names do, or one
    opening with an organization's word, after a title word or not, and "of" or "for" ("Association of Ambulance
    Chief Executives", "General Administration of Customs"), or after a title's possessive ("US Attorney's Office for
    the Southern District")."""
    opening = 1 if len(name) > 3 and name[0].text.lower() in TITLES else 0
    marks = [i + 1 for i, w in enumerate(name[:-1])
             if i and w.text in ("'s", "’s") and name[i - 1].text.lower() in TITLES]
    opening = marks[0] if marks else opening
    return name[-1].text.lower() in ORG_WORDS | ORG_HEAD_WORDS \
        or " ".join(w.text for w in name).lower() in KNOWN_ORGANIZATIONS \
        or len(name) > 2 + opening and name[opening].text.lower() in ORG_WORDS \
        and name[opening + 1].text.lower() in ("of", "for")


def _person_before_of(words: list[Word], propn: list[int]) -> int | None:
    """The last word of a person's name before an "of" phrase that a common noun breaks ("Tamas Varga of oil broker
    PVM": the name is Tamas Varga, not PVM); None when the words hold no such name. The name is two or more
    proper nouns, none a title or an organization word."""
    of = next((i for i, w in enumerate(words) if w.text.lower() == "of" and i - 1 in propn), None)
    if of is None or all(i in propn or _joins_name(words, i) for i in range(of, propn[-1] + 1)):
        return None  # "Ted Cruz of Texas", "Bank of America": one run, cut later by _before_of_place
    first = of - 1
    while first - 1 in propn:
        first -= 1
    run = [w.text.lower().rstrip(".") for w in words[first:of] if w.text.lower().rstrip(".") not in HONORIFICS]
    return of - 1 if len(run) >= 2 and not set(run) & (TITLES | ORG_WORDS | ORG_HEAD_WORDS) else None


def _before_of_place(name: list[Word]) -> list[Word]:
    """A person's name without the place after "of" ("Ted Cruz of Texas" -> "Ted Cruz"); an
    organization's name keeps it ("Bank of America", "Department of Justice"), and so does a title ("Republican
    Secretary of State Jon Husted": the title is split off after; not "Rep. Peter T. King of New York")."""
    cut = next((i for i, w in enumerate(name) if w.text.lower() == "of"), None)
    if cut is None:
        return name
    titled = name[cut - 1].text.lower() in TITLES and not any(
        is_first_name(w.text) and not is_place(w.text) for w in name[:cut - 1])  # "Georgia Secretary of State Brad
    person = any(is_first_name(w.text) for w in name[:cut])  # Raffensperger": a state, no first name
    kept = any(w.text.lower() in ORG_WORDS | ORG_HEAD_WORDS or w.text in CAPITALISED_ORG_ENDINGS
               or not person and w.text.lower().removesuffix("s") in ORG_WORDS | ORG_HEAD_WORDS
               for w in (name[cut - 1:cut] if person else name[:cut]))  # a body's word before "of", or anywhere
    # before it when no person's name is there ("British Chambers of Commerce", "National Institutes of Health")
    known = " ".join(w.text for w in name).lower() in KNOWN_ORGANIZATIONS  # "South Korea's Joint Chiefs of Staff"
    return name if kept or titled or known or cut < 2 else name[:cut]  # "Communications Workers of America" keeps
    # its place, and so does "the International Union for Conservation of Nature"


CLUB_ROLES = PLAYER_NOUNS | frozenset("manager captain coach boss chairman".split())


def club_of(role: str | None) -> str | None:
    """The club a player's or manager's role names before the trade ("Manchester City defender" -> "Manchester
    City"), not a time before it ("Former England captain")."""
    words = (role or "").split()
    lead = words[:-1]
    return " ".join(lead) if words and words[-1] in CLUB_ROLES and lead and all(
        w[:1].isupper() and w.lower() not in ("former", "ex", "then", "new") for w in lead) else None


def role_words(role: str | None, written_out: bool = True) -> set[str]:
    """The words of a role, lower case, abbreviated titles written out unless ``written_out`` is False ("Ohio Gov."
    -> {"ohio", "governor"})."""
    words = re.findall(r"[\w-]+", (role or "").lower())
    return {TITLE_SPELLINGS.get(w, w) if written_out else w for w in words}
