"""Opening clause repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend who speaks
after a participle clause or prepositional phrase opening the sentence, where the parse joined the subject to it: the
participle taken for a noun or its object for the subject ("Sentencing, Judge Jane Miller KC told Kirby"; "Sentencing
Marcus Hale, 44, at Southwark Crown Court, Judge Deborah Taylor said"), the subject a conjunct or apposition of the
clause's last noun ("Speaking to reporters, his lawyer, Vadim Prokhorov, said"; "Speaking at an event in San
Francisco, chief executive Sundar Pichai said"), or a description before the name hung on the participle ("Speaking
outside court, his solicitor, Helen Marsh, said"), or a participle that modifies the subject taken for a clause
("Retiring owners Ken and Ann Dixon said"). Each function mends one sentence's words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import HONORIFICS, PERSON_NOUNS, TITLES
from quotes.trees import is_under, phrase_span, root_word, subtree_span

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_participle_modifiers(words: list[Word]) -> None:
    """Make a participle that opens the sentence right before a person's noun the noun's modifier, and the name after
    the noun the subject, the noun its compound, where the parse made the participle a clause with the name its object
    ("Retiring owners Ken and Ann Dixon said": "owners" the subject, retiring Ken)."""
    participle, noun, name = words[:3] if len(words) > 4 else (None, None, None)
    verb = words[noun.head] if noun is not None and noun.head >= 0 else None
    if verb is None or participle.xpos != "VBG" or not participle.text.istitle() or participle.head != verb.index \
            or participle.deprel != "advcl" or noun.deprel != "nsubj" or noun.upos != "NOUN" \
            or noun.lemma.lower() not in PERSON_NOUNS | TITLES or name.upos != "PROPN" \
            or name.head != participle.index or name.deprel != "obj":
        return
    participle.head, participle.deprel = noun.index, "amod"
    noun.head, noun.deprel, name.head, name.deprel = name.index, "compound", verb.index, "nsubj"


def repair_fronted_participles(words: list[Word]) -> None:
    """Make a participle that opens the sentence before a comma a clause of the verb, and the name after the comma
    the verb's subject, where the tagger took the participle for a noun, the subject, with the name its apposition
    ("Sentencing, Judge Jane Miller KC told Kirby: ..."; for a participle tagged a name, only before a title or an
    honorific: "Sentencing, Judge Guy Kearl KC said", not "Schilling, a six-time All-Star,"), or the participle a
    modifier of the subject, its object ("Passing sentence at Canterbury Crown Court, Mr Justice Johnson said ..."),
    or the participle's object the subject ("Sentencing Margaret O'Donnell at Leeds, Judge Simon Phillips said")."""
    first = words[0] if len(words) > 3 else None
    if first is None or not first.text.endswith("ing") or first.head < 0:
        return
    if first.upos in ("NOUN", "PROPN"):
        subject = first
    elif first.deprel == "amod":
        subject = words[first.head]
    elif first.upos == "VERB" and first.deprel == "advcl" and not any(
            o.head == first.index and o.deprel == "obj" for o in words):  # its object parsed as the verb's subject
        subject = next((k for k in words if k.head == first.head and k.deprel == "nsubj"
                        and phrase_span(words, k)[0] == 1), None)
    else:
        subject = None
    if subject is None or subject.deprel != "nsubj" or subject.head < 0:
        return
    named = next((k for k in words if k.head == subject.index and k.deprel == "appos" and k.upos == "PROPN"), None) \
        or _titled_before(words, subject.head)  # "Sentencing Marcus Hale, 44, at Southwark, Judge Deborah Taylor said"
    start = subtree_span(words, named)[0] if named is not None else 0
    titled = words[start].text.lower().rstrip(".") in TITLES | HONORIFICS
    if named is None or words[start - 1].text != "," or not titled and any(w.text == "," for w in words[:start - 1]) \
            or first.upos == "PROPN" and not titled:
        return  # "Sentencing" tagged a name before a titled one ("Judge Guy Kearl"), not "Schilling, a six-time
    # All-Star,"
    verb = subject.head
    named.head, named.deprel = verb, "nsubj"
    if first.upos != "VERB":
        first.upos, first.xpos, first.lemma = "VERB", "VBG", first.text.lower()
    first.head, first.deprel = verb, "advcl"
    if subject is not first:
        subject.head, subject.deprel = first.index, "obj"
    words[start - 1].head = first.index


def _titled_before(words: list[Word], verb: int) -> Word | None:
    """The head of a titled name that ends right before the verb at index ``verb`` after a comma ("..., Judge Deborah
    Taylor said"), or None."""
    for word in words[:verb]:
        if word.upos == "PROPN" and word.head != verb:
            start, end = subtree_span(words, word)
            if end == verb - 1 and start > 0 and words[start - 1].text == "," \
                    and words[start].text.lower().rstrip(".") in TITLES | HONORIFICS:
                return word
    return None


def repair_participle_clause_subjects(words: list[Word]) -> None:
    """Make the subject of a root verb without one the noun phrase right before it that the parse joined, after a
    comma, to the last noun of an opening participle clause or prepositional phrase, as a conjunct or an apposition
    ("Speaking to reporters outside the court, his lawyer, Vadim Prokhorov, said ...": "lawyer" a conjunct of
    "court"; "In a memo to staff, chief executive Satya Nadella said ...": "Satya" an apposition of "staff"), or as
    part of a place's name across the comma ("Speaking at an event in San Francisco, chief executive Sundar Pichai
    said": "Sundar" a flat word of "San"), or to the participle of "speak" or "talk" as its object ("Speaking
    anonymously, the paramedic said")."""
    root = root_word(words)
    if root is None or root.upos != "VERB" or root.index < 2 \
            or any(k.head == root.index and (k.deprel.startswith("nsubj") or k.deprel == "expl") for k in words):
        return
    opening = next((k for k in words if k.head == root.index and (
        k.deprel == "advcl" and k.index == 0 and k.xpos in ("VBG", "VBN")
        or k.deprel == "obl" and words[0].upos == "ADP" and is_under(words, words[0], k))), None)
    joined = [w for w in words[:root.index] if w.upos in ("NOUN", "PROPN") and opening is not None
              and is_under(words, w, opening) and (w.deprel in ("conj", "appos") or w.deprel == "obj"
                                                   and w.head == opening.index and opening.lemma in ("speak", "talk")
                                                   or w.deprel == "flat" and words[w.head].upos == "PROPN"
                                                   and any(k.text == "," for k in words[w.head:w.index]))]
    # "Speaking anonymously, the paramedic, who ..., said": no one is spoken
    inside = {w.index for w in joined}
    subject = next((w for w in joined if w.head not in inside), None)  # "his lawyer, Vadim Prokhorov": "lawyer",
    # not the name in apposition to it
    first, last = phrase_span(words, subject) if subject is not None else (0, 0)
    if subject is None or words[subject.head].upos == "PROPN" and subject.deprel == "appos" \
            and words[first].text.lower() not in TITLES \
            and not any(k.head == subject.head and k.deprel == "case" for k in words):  # but "Giving evidence at
        # Manchester Crown Court, the witness, who ..., said": a place's object is no name described
        return  # "At a rally, Hillary Clinton, the Democratic front-runner, said": the name's own apposition (not
        # "Sentencing her at the Old Bailey, Judge Mark Lucraft KC said": no place's; "In an interview with the BBC,
        # its chief executive, Alison Garnham, said": a conjunct)
    described = next((w for w in joined if w.head == subject.head and phrase_span(words, w)[0] == last + 2
                      and words[last + 1].text == ","), None)  # "In an email, Axelrod, a former newspaperman,"
    end = phrase_span(words, described)[1] if described is not None else last
    if first > 0 and words[first - 1].text in (",", "—") and (
            end + 2 == root.index and words[end + 1].text == "," or end + 1 == root.index):
        subject.head, subject.deprel = root.index, "nsubj"
        if described is not None:
            described.head, described.deprel = subject.index, "appos"


def repair_described_clause_subjects(words: list[Word]) -> None:
    """Make the description set off by commas before a named subject the subject, with the name its apposition, where
    the parse hung the description on the opening participle clause ("Speaking outside court, his solicitor, Helen
    Marsh, said": "solicitor" a parataxis of "Speaking"), so that the description is the speaker's role."""
    if not words or words[0].xpos not in ("VBG", "VBN") or words[0].deprel != "advcl":
        return
    opening = words[0]
    verb = words[opening.head]
    name = next((k for k in words if k.head == verb.index and k.deprel == "nsubj" and k.upos == "PROPN"), None)
    first = phrase_span(words, name)[0] if name is not None else 0
    description = words[first - 2] if first > 3 and words[first - 1].text == "," else None
    if description is None or description.upos != "NOUN" or description.lemma.lower() not in TITLES | PERSON_NOUNS \
            or description.head != opening.index or description.deprel not in ("parataxis", "appos", "conj", "obj") \
            or words[phrase_span(words, description)[0] - 1].text != ",":
        return
    description.head, description.deprel, name.head, name.deprel = verb.index, "nsubj", description.index, "appos"
