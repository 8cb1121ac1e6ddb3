"""Set-off names: the name that commas set off next to a description, however the parse hung it ("Her boyfriend,
Kansas City Chiefs tight end Travis Kelce,", "The Chancellor, Rachel Reeves,", "the party chairwoman, Representative
Debbie Wasserman Schultz of Florida,"), and whether a comma opens a word's phrase. Small pure functions over one
parsed sentence, used by ``quotes.speakers``.
"""

from __future__ import annotations

from quotes.lexicon import OCCUPATIONS, TITLES
from quotes.mentions import mention_words
from quotes.names import is_first_name
from quotes.parsing import Sentence, Word


def named_after_comma(sentence: Sentence, head: Word, words: list[Word]) -> list[Word]:
    """The name set off by a comma after a definite description that the parse did not hang on it as an
    apposition: a conjunct ("the party chairwoman, Representative Debbie Wasserman Schultz of Florida,"), an
    apposition to the noun before it ("The director of the European Centre, Ina Kirsch,"), or a first name and
    surname closing titles the parse took for a clause ("Her boyfriend, Kansas City Chiefs tight end Travis
    Kelce,")."""
    if head.upos != "NOUN" or not words or words[0].head != head.index \
            or words[0].lemma.lower() != "the" and words[0].text.lower() not in ("his", "her", "their", "its"):
        return []
    words = mention_words(sentence, head, full=True)
    inside = {w.index for w in words}
    comma = next((i for i, w in enumerate(words[:-1]) if w.text == "," and w.start > head.start), None)
    if "Number=Plur" in head.feats:
        return []
    if comma is None:  # '"...," countered her neighbor, Steve Kim.' with the name hung on the verb: a first name
        rest = sentence.words[words[-1].index + 1:]  # and a surname closing the sentence after the comma
        closing = len(rest) in (3, 4) and rest[0].text == "," and rest[-1].upos == "PUNCT" \
            and all(w.upos == "PROPN" for w in rest[1:-1]) and is_first_name(rest[1].text)
        return [rest[1]] if closing else []
    name = words[comma + 1]
    while name.deprel in ("compound", "flat", "amod") and name.upos == "PROPN" and name.head in inside \
            and name.head > name.index and sentence.words[name.head].upos == "PROPN":
        name = sentence.words[name.head]  # "Northpoint Development", headed by "Development"
    if name.upos != "PROPN" or name.deprel not in ("appos", "conj") or name.head not in inside:
        name = _name_closing_titles(words[comma + 1:])
    if name is None or any(w.deprel == "conj" and w.head == head.index and w is not name and w.upos != "VERB"
                           for w in words):  # not "The company and France's secretary"
        return []
    return [name]


def known_as(sentence: Sentence, head: Word) -> list[Word]:
    """The name after "known as" set off by commas after a definite noun ("The group, known as Qilin, posted ...":
    Qilin speaks, the group its role), as a one-word list; empty when there is none."""
    known = next((k for k in sentence.children(head.index) if k.deprel == "acl" and k.text.lower() == "known"
                  and k.index == head.index + 2 and sentence.words[head.index + 1].text == ","), None)
    name = next((k for k in sentence.children(known.index) if k.deprel in ("obl", "xcomp") and k.upos == "PROPN"
                 and any(c.deprel == "case" and c.lemma.lower() == "as" for c in sentence.children(k.index))),
                None) if known is not None else None
    return [name] if name is not None and head.upos == "NOUN" else []


def _name_closing_titles(segment: list[Word]) -> Word | None:
    """The first name that, with a surname after it, ends the words before the next comma, after title words
    ("Kansas City Chiefs tight end Travis Kelce", "the Canadian novelist Esi Edugyan"), or ``None``."""
    segment = segment[:next((i for i, w in enumerate(segment) if w.text == ","), len(segment))]
    segment = segment[1:] if segment and segment[0].lemma.lower() == "the" else segment  # "the Canadian novelist"
    if not 3 <= len(segment) <= 8 or not all(w.upos == "PROPN" for w in segment[-2:]) \
            or any(w.upos in ("ADP", "DET", "PRON", "AUX", "SCONJ", "CCONJ", "PUNCT") for w in segment):
        return None  # not "The sound system, cycling through the usual mix of ... Tracy Chapman"
    first = len(segment) - 2
    titled = segment[first - 1].lemma.lower() in TITLES | OCCUPATIONS  # "novelist Esi Edugyan", a name the lists lack
    return segment[first] if (is_first_name(segment[first].text) or titled) and segment[first - 1].upos != "PROPN" \
        else None


def title_before_comma(sentence: Sentence, head: Word, appos: list[Word]) -> bool:
    """A title tagged as a name, then a comma and the name it stands for ("The Chancellor, Rachel Reeves,", "The
    Metropolitan Police Commissioner, Sir Mark Rowley,", "Counsel to the inquiry, Tom Kark KC,", "The Children's
    Commissioner for England, Dame Rachel de Souza,", "The Attorney General, Pam Bondi,", "The European Commissioner for
    the internal market, Thierry Breton,"; not "Sen. Chuck
    Grassley (R-Iowa)", whose title heads the name)."""
    words = sentence.words
    comma = next((w.index for w in words[head.index + 1:head.index + 8] if w.text == ","), None)
    between = [w for w in words[head.index + 1:comma] if not (w.text.lower() == "general" and w.head == head.index)] \
        if comma is not None else []  # "The UN Secretary General, António Guterres,"
    return head.text.lower() in TITLES and bool(appos) and comma is not None \
        and (not between or between[0].upos == "ADP"
             and all(w.upos in ("ADP", "DET", "ADJ", "NOUN", "PROPN") for w in between)) \
        and comma + 1 == min(w.index for w in sentence.subtree(appos[0].index) if w.upos != "PUNCT")


def after_comma(sentence: Sentence, word: Word) -> bool:
    """Whether a comma opens the phrase of ``word`` ("Ben Wood, chief analyst at CCS Insight": "analyst", a
    description the parse ran on into the name)."""
    first = min(w.index for w in sentence.subtree(word.index))
    return sentence.words[first].text == "," or first > 0 and sentence.words[first - 1].text == ","
