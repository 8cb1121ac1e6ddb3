"""Tag repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend the part of speech the
tagger gave a word in news text: a reporting verb with a subject and a complement tagged a noun ("One in five say that
won't be true"), an adjective heading a subject after an article and a name ("the England international told Sky
Sports"), a noun ending in "-est" taken for a superlative ("told the inquest"), a nationality tagged a name ("The
Danish toymaker said"), a record level tagged an adjective ("has reached a record high") and a word of letters made
punctuation ("... as cuts loom"). Each function mends one sentence's words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.names import is_first_name, is_place
from quotes.relative_repairs import repair_relative_verbs

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_verb_tags(words: list[Word]) -> None:
    """Tag as a verb a word tagged as a noun that has a subject and a clausal complement of its own ("One in
    five say that won't be true", "Nearly a third say they don't know" with "say" taken for a noun), and mend the
    relative clauses of :func:`quotes.relative_repairs.repair_relative_verbs`."""
    relations: dict[int, set[str]] = {}
    for k in words:
        relations.setdefault(k.head, set()).add(k.deprel)
    for w in words:
        if w.upos == "NOUN" and w.text.islower() and {"nsubj", "ccomp"} <= relations.get(w.index, set()):
            w.upos, w.xpos = "VERB", "VBZ" if w.text.endswith("s") else "VBP"
    repair_relative_verbs(words)


def repair_nominal_adjectives(words: list[Word]) -> None:
    """Tag as a noun an adjective that heads a subject or object with an article and a name before it ("the England
    international told Sky Sports": a footballer, no quality of England)."""
    for word in words:
        if word.upos != "ADJ" or word.deprel not in ("nsubj", "obj", "iobj") or not word.text.islower():
            continue
        kids = [k for k in words if k.head == word.index]
        if any(k.deprel == "det" and k.lemma.lower() in ("the", "a") for k in kids) \
                and any(k.deprel == "compound" and k.upos == "PROPN" for k in kids):
            word.upos, word.xpos = "NOUN", "NN"


def repair_false_superlatives(words: list[Word]) -> None:
    """Tag as a noun a word ending in "-est" that the tagger took for a superlative, one whose lemma is the word
    itself ("told the inquest his mother had been left ...": "inquest" no degree of "inqu"), where it heads a noun
    phrase with an article."""
    for word in words:
        article = words[word.index - 1] if word.index > 0 else None
        if word.xpos == "JJS" and word.text.islower() and word.lemma.lower() == word.text and article is not None \
                and article.lemma.lower() in ("the", "a", "an") and article.head == word.index:
            word.upos, word.xpos, word.feats = "NOUN", "NN", "Number=Sing"


def repair_record_levels(words: list[Word]) -> None:
    """Tag as a noun, the object of the verb before its phrase, the "high" or "low" of "a record high" or "an all-time
    low" where the tagger took it for an adjective and the parse hung it on a later word ("has reached a record high,
    figures show": "high" a modifier of "show", the report cut at "reached")."""
    for level in words[2:]:
        det, verb = words[level.index - 2], words[level.index - 3] if level.index > 2 else None
        if level.text.lower() not in ("high", "low") or level.upos != "ADJ" \
                or words[level.index - 1].text.lower() not in ("record", "all-time") \
                or det.lemma.lower() not in ("a", "an", "new") or verb is None or verb.upos != "VERB":
            continue
        level.upos, level.xpos, level.head, level.deprel = "NOUN", "NN", verb.index, "obj"
        for word in (det, words[level.index - 1]):
            word.head = level.index
        words[level.index - 1].deprel = "compound"


# How the adjectives of nationality end ("Danish", "Japanese", "Brazilian", "German", "Icelandic"), and some that
# end otherwise
NATIONALITY_ENDINGS = ("ish", "ese", "ian", "ean", "an", "ic")
NATIONALITIES = frozenset("swiss french dutch greek thai czech iraqi israeli pakistani saudi qatari kuwaiti".split())


def repair_nationality_adjectives(words: list[Word]) -> None:
    """Tag as an adjective modifying the noun after it a capitalised word of nationality that the tagger took for a
    name or the parse for the first word of a compound, between an article and a common noun ("The Danish toymaker
    said": "Danish" no name of the toymaker; "The Spanish lender said" after Santander: the lender is Santander)."""
    for word in words[1:-1]:
        article, noun = words[word.index - 1], words[word.index + 1]
        lower = word.text.lower()
        if word.upos in ("PROPN", "ADJ") and word.deprel in ("compound", "amod") and word.head == noun.index \
                and word.text.istitle() and article.lemma.lower() in ("the", "a", "an") and article.head == noun.index \
                and noun.upos == "NOUN" and noun.text.islower() \
                and (lower.endswith(NATIONALITY_ENDINGS) or lower in NATIONALITIES) \
                and not is_place(word.text) and not is_first_name(word.text):
            word.upos, word.xpos, word.deprel = "ADJ", "JJ", "amod"


def repair_worded_punctuation(words: list[Word]) -> None:
    """Hang a word of letters that the parse made punctuation on the word before it, where the tagger did not know
    the word (a headline's "Minister says no return to austerity as cuts loom": "loom" punctuation of "says", so the
    report stopped at "cuts"); punctuation stands outside every phrase, a word belongs in one."""
    for word in words[1:]:
        before = words[word.index - 1]
        if word.deprel == "punct" and word.text.isalpha() and not any(k.head == word.index for k in words):
            word.head, word.deprel = before.index, "dep"
