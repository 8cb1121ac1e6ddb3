"""Conjoined name repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend names
joined by "and" or "&" which the parse tore apart or ran together: two titled names run into one ("Republican Sarah
Mills and Democrat Tom Reed"), a firm's two names around an ampersand hung apart ("The developer, Urban & Civic,":
"Urban" an adjective; "Slaughter & May said": two subjects), a list of three or more titled names hung on the first
as its descriptions ("Mr Biden, Mr Kishida and Mr Yoon said"), a described name set off after a noun taken for the
noun's conjunct ("One of the protesters, retired teacher Margaret Hill, said"). Each function mends one sentence's
words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import HONORIFICS, PERSON_NOUNS, TITLES
from quotes.name_repairs import tag_as_name
from quotes.names import is_first_name
from quotes.trees import is_under

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_conjoined_names(words: list[Word]) -> None:
    """Make the second of two names joined by "and", each after its own title, a conjunct of the first, where the
    parse ran both into one flat name with the second title as a conjunct inside it ("Republican Sarah Mills and
    Democrat Tom Reed clashed": one "Tom Reed" with the role "Republican Sarah Mills and Democrat") or made the
    second title and name two conjuncts or the name the title's ("King Felipe and Queen Letizia visited")."""
    for head in words:
        flat = [k for k in words if k.head == head.index and k.deprel == "flat"]
        joined = next((k for k in words if k.deprel == "conj" and k.upos == "PROPN" and k.head in
                       {head.index} | {f.index for f in flat} and k.index > head.index), None)
        cc = words[joined.index - 1] if joined is not None else None
        titled = joined is not None and joined.text.lower() in TITLES  # "Queen Letizia", not "Jim Harter"
        later = [f for f in words if joined is not None and f.index > joined.index and (f in flat or titled and (
            f.deprel == "conj" and f.head == joined.head or f.deprel == "flat" and f.head == joined.index))]
        if cc is None or cc.deprel != "cc" or not later or later[0].index != joined.index + 1 \
                or head.upos != "PROPN" or not all(f.upos == "PROPN" for f in later):
            continue
        second = later[0]
        second.head, second.deprel = head.index, "conj"
        joined.head, joined.deprel = second.index, "compound"
        cc.head = second.index
        for word in later[1:]:
            word.head = second.index


NAME_JOINERS = ("&", "+")  # what joins the words of one name: "Urban & Civic", "Asthma + Lung UK"


def repair_ampersand_names(words: list[Word]) -> None:
    """Make the capitalised word after an "&" (or a "+") between two capitalised words the conjunct of the word before
    it, the "&" its coordinator and both names, where the parse hung them apart ("The developer, Urban & Civic, said":
    "Urban" an adjective, both conjuncts of "developer", now its apposition; "Slaughter & May said": "May" a second
    subject; "Asthma + Lung UK", the "+" a symbol), so that the name reads as one."""
    for amp in words[1:-1]:
        left, right = words[amp.index - 1], words[amp.index + 1]
        if amp.text not in NAME_JOINERS or not (left.text.istitle() and right.text.istitle()):
            continue
        amp.upos, amp.xpos = "CCONJ", "CC"  # "Asthma + Lung UK": the "+" tagged a symbol
        if is_under(words, left, right):
            left.head, left.deprel = right.head, right.deprel
        if left.deprel == "conj" and words[left.index - 1].text == "," and not any(
                w.head == left.head and w.deprel in ("cc", "conj") and w not in (left, right) for w in words):
            left.deprel = "appos"  # "The developer, Urban & Civic,": the firm's name set off after its noun
        for name in (left, right):
            if name.upos != "PROPN":
                tag_as_name(name)
        right.head, right.deprel = left.index, "conj"
        amp.head, amp.deprel = right.index, "cc"


def repair_listed_titled_names(words: list[Word]) -> None:
    """Make a subject that lists three or more people by comma and "and", each a name after a title or one with a
    first name, a list: each name its title's head, the names after the first its conjuncts, where the parse ran the
    later names into the first as its descriptions ("Mr Biden, Japanese Prime Minister Fumio Kishida and South Korean
    President Yoon Suk Yeol agreed": one subject, "Mr Biden")."""
    verb = next((w for w in words if w.upos in ("VERB", "AUX") and w.index > 4), None)
    parts: list[list[Word]] = [[]]
    for word in words[:verb.index] if verb is not None else []:
        if word.text == "," or word.text.lower() == "and" and len(parts) > 1:
            if parts[-1]:  # "A, B, and C": one break
                parts.append([])
        elif word.text[:1].isupper() and word.upos in ("PROPN", "ADJ"):
            parts[-1].append(word)
        else:
            return
    if len(parts) < 3 or not parts[-1] or words[parts[-1][0].index - 1].text.lower() != "and":
        return
    heads = [_titled_head(part) for part in parts]
    subject = [w for part in parts for w in part if w.head == verb.index and w.deprel.startswith("nsubj")]
    if None in heads or len(subject) != 1:
        return
    first = heads[0]
    first.head, first.deprel = verb.index, subject[0].deprel
    for part, head in zip(parts, heads):
        for word in part:
            if word is not head:
                word.head, word.deprel = head.index, "flat" if word.index > head.index else (
                    "amod" if word.upos == "ADJ" else "compound")
        if head is not first:
            head.head, head.deprel = first.index, "conj"
            mark = words[part[0].index - 1]
            mark.head, mark.deprel = head.index, "cc" if mark.text.lower() == "and" else "punct"


def _titled_head(part: list[Word]) -> Word | None:
    """The head of one listed person's words: the last title or honorific before a name ("South Korean President Yoon
    Suk Yeol", "Mr Biden"), else a first name that opens the name; None when the words name no person so."""
    titled = [w for w in part[:-1] if w.text.lower().rstrip(".") in TITLES | HONORIFICS]
    if titled and part[-1].upos == "PROPN":
        return titled[-1]
    return part[0] if len(part) > 1 and is_first_name(part[0].text) and part[0].upos == "PROPN" else None


def repair_described_conjunct_names(words: list[Word]) -> None:
    """Make a name set off by a comma after a noun, with a person's noun before it, the first noun's apposition and the
    person's noun its description, where the parse took the person's noun for a conjunct with no "and" and the name for
    its flat part ("One of the protesters, retired teacher Margaret Hill, 71, said": Hill the protester)."""
    for noun in words[2:]:
        if noun.deprel != "conj" or noun.upos != "NOUN" or noun.lemma.lower() not in TITLES | PERSON_NOUNS \
                or noun.head < 0:
            continue
        names = [k for k in words if k.head == noun.index and k.deprel == "flat" and k.upos == "PROPN"]
        if not names or names[0].index != noun.index + 1 or any(
                k.head in (noun.index, noun.head) and k.deprel in ("cc", "conj") and k is not noun for k in words):
            continue
        start = min(w.index for w in words if is_under(words, w, noun) and w.upos != "PUNCT")
        if words[start - 1].text != ",":
            continue
        name = names[0]
        for word in words:
            if word.head == noun.index and word is not name and (word.index > noun.index or word.upos == "PUNCT"):
                word.head = name.index  # the name's other words, its age, the comma before it
        name.head, name.deprel = noun.head, "appos"
        noun.head, noun.deprel = name.index, "compound"
