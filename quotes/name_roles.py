"""Name and role: split the words of a speaker mention into the name and the title or description before it.

"Pentagon spokesman John Kirby" -> name "John Kirby", role "Pentagon spokesman"; "Mr." is no part of either; a place
after "of" leaves a person's name ("Ted Cruz of Texas") but not an organization's ("Bank of America"); a month after a
first name is a surname ("Theresa May"). Used by ``quotes.speakers``.
"""

from __future__ import annotations

from quotes.lexicon import (DETERMINERS, HONORIFICS, NAME_BREAKERS, NAME_SUFFIXES, ORG_HEAD_WORDS, ORG_WORDS,
                            PARTY_MEMBERS, QUANTIFIERS, TIME_WORDS, TITLES)
from quotes.mentions import is_time_word
from quotes.names import PARTIES, first_name_start, is_first_name
from quotes.parsing import Sentence, Word, is_title_case


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
    words = [w for w in outside if w.upos != "PUNCT" and not (w.upos == "DET" and w.lemma.lower() in DETERMINERS)]
    while words and words[-1].deprel == "case":
        words = words[:-1]
    context = sentence.words if sentence else words
    propn = [i for i, w in enumerate(words)
             if (w.upos == "PROPN" or (w.text[:1].isupper() and w.upos in ("NOUN", "X", "ADJ")
                                       and w.lemma.lower() not in TITLES))
             and w.text.lower() not in QUANTIFIERS and not is_time_word(w, context)]
    # "The Times on Saturday": no "Saturday"; "Theresa May" and "May said" keep "May"
    if not propn:
        return words, []
    end = _person_before_of(words, propn) or propn[-1]
    start = end
    while start - 1 >= 0 and ((start - 1) in propn or (_joins_name(words, start - 1) and start - 2 in propn)):
        start -= 1
    name = _before_of_place(words[start:end + 1])
    end = start + len(name) - 1
    breaks = [i for i, w in enumerate(name) if w.text.lower() in NAME_BREAKERS and not _joins_name(name, i)]
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
    organization = name[-1].text.lower() in ORG_WORDS | ORG_HEAD_WORDS  # not "Justice" of "Justice Department"
    for i, w in enumerate(name[:-1] if not organization else []):
        if all(v.text.lower().rstrip(".") in NAME_SUFFIXES for v in name[i + 1:]):
            break  # "Martin Luther King Jr.": no title before a suffix alone
        if w.text.lower().rstrip(".") in TITLES or (i > 0 and last == i - 1 and "of" in (w.text, name[i - 1].text)) \
                or (i == last + 1 and w.text.lower() in PARTY_MEMBERS and len(name) - i > 2  # "Republican Mitt Romney",
                    and not any(v.text.lower() in ORG_WORDS for v in name)):  # not "Republican Party of Wyoming"
            last = i
    if not organization and len(name) - last - 1 >= 3:  # "Meteorologist Jane Golding", "Detective Chief
        # Inspector Mark Swift": an unlisted title (after a listed one)
        last += first_name_start([w.text for w in name[last + 1:]])
    if last >= 0:
        start += last + 1
        name = name[last + 1:]
    return name, trim_role([w for w in words[:start] if w.text.lower().rstrip(".") not in HONORIFICS])  # "Mr."


def trim_role(role: list[Word]) -> list[Word]:
    """Role words without the function words that led to the name ("Officials at", "new report by"); none when
    no noun, title or party is left ("A new Gallup poll", "many Democrats", "an angry Hollande")."""
    while role and role[-1].upos in ("ADP", "CCONJ", "DET", "PRON"):
        role = role[:-1]
    if not any(w.upos in ("NOUN", "PROPN") or w.text.lower().rstrip(".") in TITLES or w.text.lower() in PARTIES
               for w in role):
        return []
    return role


def _joins_name(words: list[Word], i: int) -> bool:
    """True when word ``i`` is an "of" between proper nouns ("Department of Justice", "Ted Cruz of Texas"), or
    an "on"/"for" after an organization word ("Commission on Presidential Debates", "Center for American Progress")."""
    if not 0 < i < len(words) - 1:
        return False
    before = words[i - 1].text
    return words[i].text.lower() == "of" or (words[i].text.lower() in ("on", "for") and before[:1].isupper()
                                             and before.lower() in ORG_WORDS | ORG_HEAD_WORDS | {"citizens"}
                                             and words[i + 1].text.lower() not in TIME_WORDS)  # "Times on Friday"


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
    titled = name[cut - 1].text.lower() in TITLES and not any(is_first_name(w.text) for w in name[:cut - 1])
    return name if name[cut - 1].text.lower() in ORG_WORDS | ORG_HEAD_WORDS or titled or cut < 2 else name[:cut]
