"""Mentions: the words of the noun phrase that names a speaker, found from its head word.

Small pure functions over :class:`quotes.parsing.Sentence`, shared by the cue, content, speaker and
attribution stages: the contiguous phrase under the head, whole names ("Douglas Holtz-Eakin"),
without edge punctuation, with or without its appositions and relative clauses; an approximation
split off a share ("About 9 percent"); the phrase cut after a colon or dash the parse took into it,
and before a participle or a comment on the sentence ("De Blasio, speaking on WOR710,"); a month that
is someone's surname ("Theresa May"); and the text of a run of words as written (``name_text``).
"""

from __future__ import annotations

import re

from quotes.clauses import lexicon_lemma
from quotes.lexicon import CUE_LEMMAS, DETERMINERS, HONORIFICS, JUDGING_VERBS, MONTHS, QUANTIFIERS, TIME_WORDS, TITLES
from quotes.names import is_first_name
from quotes.parsing import Sentence, Word

MENTION_SKIP = frozenset({"appos", "acl", "acl:relcl", "parataxis", "punct", "dep", "advcl", "ccomp",
                          "discourse", "vocative", "reparandum"})


def _hyphen_joins(sentence: Sentence, index: int) -> bool:
    """True when word ``index`` and the word after next form one hyphenated name ("Holtz-Eakin")."""
    words = sentence.words
    if index < 0 or index + 2 >= len(words) or words[index + 1].text not in ("-", "‐"):
        return False
    a, dash, b = words[index], words[index + 1], words[index + 2]
    return a.upos == "PROPN" and b.upos == "PROPN" and a.end == dash.start and dash.end == b.start


DASHES = frozenset({"-", "--", "—", "–", "―"})


PRECONJUNCTIONS = frozenset({"neither", "either", "both"})


def _bridge_coordination(sentence: Sentence, keep: set[int]) -> None:
    """Add to ``keep`` the conjunctions (and their commas) the parse hung on the verb between conjuncts of the
    phrase ("Labor unions, environmental groups, and many lawmakers said", with ", and" under "said"; the commas of
    "Culture, Media and Sport Secretary Lisa Nandy", a list of capitalised words parsed as the title's compounds),
    and a leading "Neither"/"Both" of a coordination ("Neither Cruz nor Christie")."""
    words = sentence.words
    if not any(words[i].deprel == "conj" for i in keep):
        return
    ordered = sorted(keep)
    listed = any(words[i].deprel == "cc" for i in keep)  # "A, B and C": the comma after A too
    opening = {next(w.index for w in sentence.subtree(i) if w.upos != "PUNCT") for i in keep
               if words[i].deprel == "conj" and words[i].upos == words[words[i].head].upos == "PROPN"} \
        if listed else set()  # "A, Japanese Prime Minister B and C": "Japanese" opens a name's conjunct
    for a, b in zip(ordered, ordered[1:]):
        gap = words[a + 1:b]
        if gap and (any(w.upos == "CCONJ" for w in gap) or listed and (words[b].deprel in ("conj", "cc")
                                                                        or b in opening and words[b].text.istitle())
                    or listed and words[a].deprel == words[b].deprel == "compound" and words[a].head == words[b].head
                    and words[a].text[:1].isupper() and words[b].text[:1].isupper()) \
                and all(w.upos in ("PUNCT", "CCONJ") and w.text not in "()" for w in gap):
            keep.update(range(a + 1, b))
    first = ordered[0]
    if first > 0 and words[first - 1].text.lower() in PRECONJUNCTIONS:
        keep.add(first - 1)


def mention_words(sentence: Sentence, head: Word, full: bool = False) -> list[Word]:
    """The contiguous noun phrase of a speaker head, without edge punctuation.

    By default appositions and relative clauses are left out (the words that name the speaker);
    ``full=True`` keeps them (the whole mention as written: "Chris Cox, who runs the NRA's lobbying arm").
    """
    skip = MENTION_SKIP - {"appos", "acl", "acl:relcl", "punct"} if full else MENTION_SKIP
    kept = sentence.subtree(head.index, skip=skip)
    keep = {w.index for w in kept} | {w.index for w in those_described(sentence, kept, head, skip)}
    keep |= {w.index for w in sentence.subtree(head.index, skip=skip - {"punct"})  # "the 43-year-old"
             if w.text in ("-", "‐") and 0 < w.index < len(sentence.words) - 1
             and sentence.words[w.index - 1].end == w.start and w.end == sentence.words[w.index + 1].start}
    _bridge_coordination(sentence, keep)
    lo = hi = head.index
    while lo - 1 in keep or (lo - 1 >= 0 and sentence.words[lo - 1].upos == "PROPN"
                             and sentence.words[lo].upos == "PROPN") or _hyphen_joins(sentence, lo - 2):
        lo -= 2 if _hyphen_joins(sentence, lo - 2) else 1
    while hi + 1 in keep or (hi + 1 < len(sentence.words) and sentence.words[hi + 1].upos == "PROPN"
                             and sentence.words[hi].upos == "PROPN") or _hyphen_joins(sentence, hi):
        hi += 2 if _hyphen_joins(sentence, hi) else 1
    copula = max((k.index for k in sentence.children(head.index) if k.deprel == "cop" and k.index < head.index),
                 default=-1)  # "Among those who criticised the plan was the Mayor of London": from "the"
    hi = min([w.index - 1 for w in sentence.words[head.index + 1:hi + 1] if w.deprel == "mark"
              and w.lemma.lower() in ("whether", "if")], default=hi)  # "asked by moderator Gerard Baker whether his
    # plan ...": the question, which the parse hung on the name, is no part of it
    words = sentence.words[max(lo, copula + 1):hi + 1]
    while words and (words[-1].upos == "PUNCT" or words[-1].deprel == "cc" or (
            words[-1].deprel == "case" and words[-1].xpos != "POS")):  # "genes leading to Alzheimer's" keeps its 's
        words = words[:-1]
    while words and (words[0].upos in ("PUNCT", "SYM") or words[0].deprel in ("cc", "mark")
                     or (words[0].deprel == "case" and not _opens_bound(words))  # not the "at" of "at least"
                     or (words[0].deprel == "fixed" and words[0].upos == "ADP")  # "according to"
                     or (words[0].lemma.lower() == "what" and (words[0].xpos == "WDT" or words[0].deprel == "det"))
                     # "what scientists think is necessary", "in what rescuers described as": the free relative
                     # parsed as a determiner
                     or (words[0].text.lower() in ("which", "where") and words[0].deprel in ("det", "advmod"))
                     # "the idea, which GOP nominee Donald Trump has called ...": the relative word of the speaker's
                     # clause parsed into the phrase
                     or (words[0].lemma.lower() == "even" and words[0].deprel == "advmod" and len(words) > 1)):
        words = words[1:]  # "Even China, Pyongyang's only ally, ...": the writer's emphasis
    comma = [w.index for w in words if w.text == "," and w.index < head.index]
    if comma and any(w.deprel == "nmod:poss" and w.head == head.index and w.index < comma[-1] for w in words):
        words = [w for w in words if w.index > comma[-1]]  # "... in early Alzheimer's, study finds": no possessor
        # across a comma
    return words or [head]


def those_described(sentence: Sentence, words: list[Word], head: Word,
                    skip: frozenset[str] = MENTION_SKIP) -> list[Word]:
    """The participle's phrase right after a "those" among ``words`` (not the head), whichever noun of ``words`` the
    parse hung it on: what "those" are ("Families of those killed in the Grenfell Tower fire"); empty when none."""
    for those in words:
        after = sentence.words[those.index + 1] if those.index + 1 < len(sentence.words) else None
        if those.text.lower() in ("those", "these") and those is not head and after is not None \
                and after.deprel == "acl" and any(w.index == after.head for w in words):
            return sentence.subtree(after.index, skip=skip)
    return []


APPROXIMATORS = frozenset("about around roughly nearly almost approximately some over under".split())
COMPARATIVES = {"than": ("more", "fewer", "less"), "least": ("at",), "most": ("at",)}


def _opens_bound(words: list[Word]) -> bool:
    """``words`` open with a bound on a number ("at least a dozen members", "at most"), as the parse hangs it."""
    return len(words) > 1 and words[0].text.lower() in COMPARATIVES.get(words[1].text.lower(), ())


def with_approximator(sentence: Sentence, words: list[Word]) -> list[Word]:
    """``words`` with the approximation the parse split off a number that opens them ("About 9 percent",
    "More than six in 10", "At least a dozen members", "Twenty-four percent")."""
    first = words[0].index
    if not (words[0].upos == "NUM" or (words[0].text.lower() in ("a", "an") and first + 1 < len(sentence.words)
                                       and sentence.words[first + 1].upos == "NUM")):  # not "more than the 155,000"
        return words
    before = sentence.words[:first]
    if len(before) >= 2 and before[-1].text in ("-", "‐") and before[-2].upos == "NUM" \
            and before[-2].end == before[-1].start:  # "Twenty-four": the hyphenated number
        before = before[:-2]
    if _opens_bound(before[-2:]):  # "More than", "At least"
        before = before[:-2]
    elif before and before[-1].text.lower() in APPROXIMATORS:
        before = before[:-1]
    return sentence.words[len(before):first] + words


SEPARATORS = DASHES | {":"}
LEADING_CONNECTIVES = frozenset({"yet", "when"})


def after_separator(words: list[Word], head: Word) -> list[Word]:
    """``words`` from after the last colon, spaced dash or closing quotation mark before ``head`` that the
    parse took into the phrase ("Voter participation: Sanders", "the missing cross - Adel Nefzi"; not a pair
    of dashes around an aside), without a leading "Yet" or "when"; unchanged when nothing nominal would be left."""
    def separates(i: int) -> bool:
        w = words[i]
        if w.index < head.index and i > 0 and words[i - 1].text in (",", ".", "?", "!") and w.upos == "PUNCT" \
                and w.text in ('"', "”", "''", "’"):
            return True  # '"... human being," screenwriter Cole Haddon': the quotation ends before the mention
        if w.text not in SEPARATORS or w.index >= head.index:
            return False
        return w.text == ":" or (i > 0 and words[i - 1].end < w.start
                                  and not any(v.text == w.text for v in words[i + 1:]))
    cut = max((i + 1 for i in range(len(words)) if separates(i)), default=0)
    while cut < len(words) and words[cut].text.lower() in LEADING_CONNECTIVES and words[cut].index < head.index:
        cut += 1
    rest = words[cut:]
    return rest if any(w.upos in ("NOUN", "PROPN", "PRON", "NUM") for w in rest) else words


COMMENT_OPENERS = ("of course", "in fact", "meanwhile", "for instance", "for example", "however", "though", "too",
                   "instead", "likewise", "in turn", "also", "during")


# Prepositions that open a circumstance set off after a name ("Ms. Khan, in an opinion article,"), not a
# description ("Karen Janes, 67, of Exeter", "Tom Smith, with the Brookings Institution,").
CIRCUMSTANCE_PREPOSITIONS = frozenset("in on at after before amid despite".split())


def without_comment(words: list[Word], head: Word) -> list[Word]:
    """``words`` up to a comma after ``head`` that opens a participle or a comment on the sentence rather
    than a description ("Fiorina, speaking to Iowans,", "Andrew Liveris, of course,", "Ms. Friedan,
    during a debate ...", "Judge Stranch, in her dissent,"); "including" lists members of the group and stays. A
    relative clause on anonymity ends it too, with or without a comma ("a Democratic strategist who spoke on the
    condition of anonymity", "one former executive who requested anonymity"): why the name is missing, no
    description."""
    for i, w in enumerate(words[1:], 1):
        if w.index > head.index and opens_anonymity_clause(words, i):
            return words[:i - 1] if words[i - 1].text == "," else words[:i]
    for i, w in enumerate(words[:-1]):
        if w.text != "," or w.index <= head.index:
            continue
        nxt = words[i + 1]
        rest = " ".join(v.text.lower() for v in words[i + 1:i + 3])
        participle = nxt.upos == "VERB" and nxt.xpos == "VBG" and nxt.lemma.lower() != "include" \
            and nxt.deprel not in ("amod", "compound") and i + 2 < len(words) \
            and words[i + 2].upos not in ("NOUN", "PROPN")  # not "managing director", "ranking member"
        circumstance = nxt.upos == "ADP" and nxt.lemma.lower() in CIRCUMSTANCE_PREPOSITIONS  # ", in her dissent,"
        if participle or circumstance or any(rest == a or rest.startswith(a + " ") for a in COMMENT_OPENERS):
            return words[:i]
    return words


def opens_anonymity_clause(words: list[Word], i: int) -> bool:
    """Whether ``words[i]`` is a "who" opening a relative clause, up to the next comma, on why the speaker is not
    named ("who spoke on the condition of anonymity", "who requested anonymity", "who spoke anonymously", "who asked
    not to be named", "who has not been named", "who asked that her real name not be used")."""
    end = next((j for j in range(i + 1, len(words)) if words[j].text == ","), len(words))
    clause = words[i + 1:end]
    return words[i].text.lower() == "who" and (any(
        v.lemma.lower() in ("anonymity", "anonymously")
        or v.text.lower() in ("named", "identified") and words[j - 1].text.lower() in ("be", "been")
        for j, v in enumerate(clause, i + 1)) or withholds_name(clause))


def withholds_name(words: list[Word]) -> bool:
    """Whether ``words`` ask that a name not be given ("that her real name not be used")."""
    return {"name", "not"} <= {w.lemma.lower() for w in words}


def is_time_word(word: Word, words: list[Word]) -> bool:
    """Whether ``word`` names a time ("Monday", "May", "yesterday"), not a surname spelt like a month ("May" capitalised
    after an honorific, a title or a first name, or the subject of a reporting or judging verb, with no number after it:
    "Mrs May", "Prime Minister May", "Theresa May", "May said"; not "in May", "on May 5") nor the "Today" of "USA Today"
    or the "Fridays" of "TGI Fridays". ``words`` are the sentence's words or the mention's, where the neighbours are
    looked up by index."""
    if word.lemma.lower() not in TIME_WORDS and word.text.lower() not in TIME_WORDS:
        return False
    before = next((w for w in words if w.index == word.index - 1), None)
    if (word.text.lower() == "today" or word.text.endswith("days")) and word.text[:1].isupper() and before is not None \
            and before.upos == "PROPN" and before.text[:1].isupper():
        return False  # "USA Today", "USA TODAY", "TGI Fridays" (a day's plural)
    if word.text.lower() not in MONTHS and not is_first_name(word.text) or not word.text[:1].isupper():
        return True
    after = next((w for w in words if w.index == word.index + 1), None)
    if after is not None and after.head in (word.index, word.head) and after.deprel == "flat" \
            and after.upos == "PROPN" and is_first_name(word.text):
        return False  # "governor Jan Brewer", "April Ryan": a first name heading the name, or in the flat run of a
        # title's ("Investor Jan Sramek, who ...")
    head = next((w for w in words if w.index == word.head), None)
    named = before is not None and before.text[:1].isupper() and (
        before.text.lower().rstrip(".") in HONORIFICS | TITLES or is_first_name(before.text))
    speaks = word.deprel.startswith("nsubj") and head is not None \
        and lexicon_lemma(head, CUE_LEMMAS | JUDGING_VERBS) in CUE_LEMMAS | JUDGING_VERBS \
        and (before is None or not before.text[:1].islower())  # "May said", "May defends", not "in April explaining"
    return not (named or speaks) or (after is not None and after.upos == "NUM")


def without_determiners(words: list[Word]) -> list[Word]:
    """The mention without its leading determiners and quantifiers: "the campaign's internal numbers" ->
    "campaign's internal numbers"; "The April survey" -> "April survey", not "April"; "Several Cruz aides" ->
    "Cruz aides"; an article with common nouns before a plural goes with them ("a move analysts said would ...":
    "analysts")."""
    trimmed = list(words)
    if len(trimmed) > 2 and trimmed[0].lemma.lower() == "a" and trimmed[-1].xpos == "NNS":
        cut = 1
        while cut < len(trimmed) - 1 and trimmed[cut].deprel == "compound" and trimmed[cut].upos == "NOUN":
            cut += 1
        trimmed = trimmed[:1] + trimmed[cut:]
    while len(trimmed) > 1 and (trimmed[0].upos == "DET" and trimmed[0].lemma.lower() in DETERMINERS
                                or trimmed[0].text.lower() in QUANTIFIERS and trimmed[0].upos != "ADV"  # "most recent"
                                and trimmed[1].upos != "ADP" and trimmed[1].start > trimmed[0].end):  # "Some of"
        trimmed = trimmed[1:]
    return trimmed


def name_text(text: str, words: list[Word]) -> str:
    """The text from the first of ``words`` to the last, its runs of blanks made one space ("" for no words)."""
    if not words:
        return ""
    return re.sub(r"\s+", " ", text[words[0].start:words[-1].end]).strip()


def is_base_place(word: Word, words: list[Word]) -> bool:
    """Whether ``word`` is the place a hyphen joins to "based" ("A Seattle-based startup", "the London-based
    charity"): where a body is, not its name. ``words`` are the sentence's words or the mention's."""
    joined = [w.text.lower() for w in words if word.index < w.index <= word.index + 2]
    return joined == ["-", "based"]
