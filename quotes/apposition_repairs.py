"""Apposition repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that hang a name set off
by commas on the noun it names, where the parser hung it on a word inside a phrase of that noun: an "of"/"for" phrase
("The council's cabinet member for education, Jayne Rear, said"), a phrase naming a place or body ("Israel's
ambassador to the Holy See, Raphael Schutz,"), or a relative clause ("A therapist who has treated dozens of
survivors, Dr. Rachel Gold, said"). Each function mends one sentence's words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import PERSON_NOUNS, TITLES
from quotes.names import is_first_name
from quotes.subject_repairs import is_under

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_titled_appositions(words: list[Word]) -> None:
    """Make a name set off by a comma after a title's "of"/"for" phrase the title's apposition, where the parse hung
    it on the phrase's noun ("The council's cabinet member for education, Jayne Rear, said": not "education"), or
    on a name there when the apposition opens with a first name ("Israel's ambassador to the Holy See, Raphael
    Schutz,")."""
    for name in words:
        noun = words[name.head] if name.deprel == "appos" and name.upos == "PROPN" and name.head >= 0 else None
        title = words[noun.head] if noun is not None and noun.deprel == "nmod" and noun.head >= 0 \
            and (noun.upos == "NOUN" or noun.upos == "PROPN" and is_first_name(name.text)) else None
        if title is not None and title.upos == "NOUN" and title.lemma.lower() in TITLES | PERSON_NOUNS \
                and words[name.index - 1].text == "," and noun.index == name.index - 2:
            name.head = title.index


def repair_relative_appositions(words: list[Word]) -> None:
    """Make a person's name set off by commas after a relative clause of a subject that names a person the subject's
    apposition, where the parse hung it on a noun inside the clause ("A therapist who has treated dozens of
    survivors, Dr. Rachel Gold, said": Gold the therapist, not the survivors)."""
    for name in words:
        if name.deprel != "appos" or name.upos != "PROPN" or name.head < 0:
            continue
        clause = next((w for w in words if w.deprel == "acl:relcl" and is_under(words, words[name.head], w)), None)
        noun = words[clause.head] if clause is not None and clause.head >= 0 else None
        if noun is None or noun.upos != "NOUN" or not noun.deprel.startswith("nsubj") \
                or noun.lemma.lower() not in TITLES | PERSON_NOUNS:
            continue
        phrase = [w for w in words if is_under(words, w, name)]  # the name's words, read only for a person noun
        lead, last = phrase[0].index, phrase[-1].index
        if words[lead - 1].text == "," and any(w.upos == "PROPN" and is_first_name(w.text) for w in phrase) \
                and last + 1 < len(words) and words[last + 1].text == "," and noun.head > last:
            name.head = noun.index
