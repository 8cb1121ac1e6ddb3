"""Tree helpers: small pure functions over one sentence's parsed words (each a :class:`quotes.parsing.Word` with
its index, head and relation) that the parse repairs and the attribution stages share: the root, whether a verb has
a subject, where its verb group starts, a verb made the root, whether one word is below another, the span of a
word's phrase, and whether a comma opens a clause of its own that ends the sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import TRAILING_OPENERS

if TYPE_CHECKING:
    from quotes.parsing import Word


def root_word(words: list[Word]) -> Word | None:
    """The sentence's root word, if the parse gave it one."""
    return next((w for w in words if w.deprel == "root"), None)


def last_word(words: list[Word]) -> Word | None:
    """The sentence's last word that is no punctuation: where a closing reporting verb stands."""
    return next((w for w in reversed(words) if w.upos != "PUNCT"), None)


def has_subject(words: list[Word], verb: Word) -> bool:
    """Whether ``verb`` has a subject (active or passive) in the parse."""
    return any(k.head == verb.index and k.deprel.startswith("nsubj") for k in words)


def verb_start(words: list[Word], verb: Word) -> int:
    """The index of the first word of ``verb``'s verb group: its first auxiliary before it ("has announced"), else the
    verb itself."""
    return min([k.index for k in words if k.head == verb.index and k.deprel.startswith("aux") and k.index < verb.index]
               + [verb.index])


def make_predicate(words: list[Word], noun: Word, verb: Word) -> list[Word]:
    """Make ``verb`` the predicate of ``noun``: the verb takes the noun's place in the tree (its head and relation: the
    sentence's root, for a noun the parse made the root) and the noun becomes its subject, with the noun's dependents
    after the verb (the clauses and the full stop that go with it) hung on the verb; returns those dependents."""
    moved = [w for w in words if w.head == noun.index and w.index > verb.index]
    for word in moved:
        word.head = verb.index
    verb.head, verb.deprel, noun.head, noun.deprel = noun.head, noun.deprel, verb.index, "nsubj"
    return moved


def subtree_span(words: list[Word], top: Word) -> tuple[int, int]:
    """The indexes of the first and last words, punctuation included, of ``top``'s phrase (see :func:`phrase_span`
    for the span without punctuation)."""
    indexes = [w.index for w in words if is_under(words, w, top)]
    return indexes[0], indexes[-1]


def phrase_span(words: list[Word], word: Word) -> tuple[int, int]:
    """The indexes of the first and last words, punctuation left out, of ``word``'s phrase."""
    indexes = [w.index for w in words if is_under(words, w, word) and w.upos != "PUNCT"]
    return min(indexes), max(indexes)


def is_under(words: list[Word], word: Word, top: Word) -> bool:
    """Whether ``word`` is ``top`` or below it."""
    seen = 0
    while word is not top and word.head >= 0 and seen < len(words):
        word, seen = words[word.head], seen + 1
    return word is top


def trails_clause(words: list[Word], comma: int) -> bool:
    """Whether a comma at index ``comma`` opens a clause with "as" or "which" that ends the sentence with no other
    comma (", as households cut spending."; not ", as he did last year, on ..."): no part of a report before it."""
    return comma + 1 < len(words) and words[comma].text == "," and words[comma + 1].text.lower() in TRAILING_OPENERS \
        and not any(w.text == "," for w in words[comma + 1:])
