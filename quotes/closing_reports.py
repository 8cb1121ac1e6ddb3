"""Closing-report repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend a reporting
verb closing the sentence where the parser got it wrong in news text: a third-person verb tagged a noun after a comma
("Economist Juliet Schor, who has studied the trials, disagrees."; "..., US media report."; ", the study, published in
..., warns."), a closing "said" taken for a second relative clause ("..., the expedition company that organised his
trip said."), a closing verb taken for a participle after a quotation ('"...," a spokesperson for the group added'), a
participle's object taken for the subject (", the union representing prison officers has warned"), and a time after
"since" taken for the reported clause's subject ("Two astronauts who have been stuck ... since June will not return
..."), and a verb reporting two clauses hung on the first (", and a hospital was evacuated, officials said"). Who the
verb's subject is, where the parse hung it in the clause before, is mended in
:mod:`quotes.closing_subjects`; what follows the verb in :mod:`quotes.closing_tails`. Each function mends one sentence's
words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import QUOTE_CHARS, SPEECH_VERBS, TIME_WORDS
from quotes.trees import has_subject, is_under, last_word, phrase_span, root_word

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_closing_verbs(words: list[Word]) -> None:
    """Make a reporting verb in the third person that closes a sentence parsed without a verb, tagged a noun after a
    comma, the root, with the old root, a name, its subject ("Economist Juliet Schor, who has studied the trials,
    disagrees.": "disagrees" a conjunct of "trials")."""
    root = root_word(words)
    last = last_word(words)
    stem = _third_person_stem(last) if last is not None else None
    if root is None or stem is None or root.upos != "PROPN" or last.upos != "NOUN" or last.index < 2 \
            or any(w.head != root.index and w.upos != "PUNCT" for w in words[:root.index]) \
            or not last.text.islower() or words[last.index - 1].text != ",":
        return
    last.upos, last.xpos, last.lemma = "VERB", "VBZ", stem
    move_full_stop(words, root, last)
    last.head, last.deprel, root.head, root.deprel = -1, "root", last.index, "nsubj"


def _third_person_stem(word: Word) -> str | None:
    """The reporting verb that ``word`` is the third person of ("disagrees", "pushes", "warns"), whatever its tag."""
    return next((t for t in (word.text[:-1], word.text[:-2]) if t in SPEECH_VERBS), None) \
        if word.text.endswith("s") else None


def repair_closing_noun_reports(words: list[Word]) -> None:
    """Make "report" or "reports" tagged a noun that closes the sentence after a comma and a short noun phrase a
    reporting verb with that phrase its subject ("..., US media report.": "report" a noun modified by "media")."""
    root, last = root_word(words), last_word(words)
    if root is None or last is None or last.text not in ("report", "reports") or last.upos != "NOUN" \
            or last.index < 4 or root.index > last.index:
        return
    comma = next((w.index for w in reversed(words[:last.index]) if w.upos not in ("NOUN", "PROPN", "ADJ", "DET")),
                 None)
    subject = words[last.index - 1]
    if comma is None or words[comma].text != "," or not 1 <= last.index - comma - 1 <= 3 \
            or subject.upos not in ("NOUN", "PROPN") or root.index > comma:
        return
    last.upos, last.xpos, last.lemma = "VERB", "VBZ" if last.text.endswith("s") else "VBP", "report"
    for word in words[comma + 1:last.index - 1]:
        if not comma < word.head < last.index:
            word.head, word.deprel = subject.index, "compound"
    subject.head, subject.deprel, last.head, last.deprel = last.index, "nsubj", root.index, "parataxis"
    words[comma].head = last.index


def repair_closing_described_reports(words: list[Word]) -> None:
    """Make a reporting verb that closes the sentence after a noun and a participle phrase describing it, each set off
    by commas, a report of the clause before with the noun its subject, where the parse took the verb for a noun or
    left it without one ("..., the study, published in the Journal of Mammalogy, warns.": "warns" a noun conjunct)."""
    root, last = root_word(words), last_word(words)
    if root is None or last is None or last.index < 6 or words[last.index - 1].text != "," or not last.text.islower() \
            or any(w.head == last.index and w.upos != "PUNCT" for w in words):
        return
    stem = _third_person_stem(last) if last.upos == "NOUN" else None
    comma = next((w.index for w in reversed(words[:last.index - 1]) if w.text == ","), 0)
    participle, noun = words[comma + 1], words[comma - 1]
    if (stem is None and not (last.upos == "VERB" and last.lemma.lower() in SPEECH_VERBS)) or comma < 4 \
            or participle.xpos not in ("VBN", "VBG") or noun.upos not in ("NOUN", "PROPN"):
        return
    lead = next((i for i in range(comma - 1, 0, -1) if words[i - 1].upos not in ("DET", "ADJ", "NOUN", "PROPN")), 0)
    if lead < 2 or words[lead - 1].text != "," or root.index >= lead:
        return
    if stem is not None:
        last.upos, last.xpos, last.lemma = "VERB", "VBZ", stem
    last.head, last.deprel, noun.head, noun.deprel = root.index, "parataxis", last.index, "nsubj"
    participle.head, participle.deprel = noun.index, "acl"


def move_full_stop(words: list[Word], root: Word, verb: Word) -> None:
    """Hang the punctuation after ``verb`` that hung on the old ``root`` (the full stop) on ``verb``, the new root."""
    for word in words:
        if word.head == root.index and word.upos == "PUNCT" and word.index > verb.index:
            word.head = verb.index


def repair_closing_participle_reports(words: list[Word]) -> None:
    """Make a reporting verb that closes a sentence after a quotation the root, with the noun it hangs on its subject
    and the old root its complement, where the parse took the verb for a participle modifying the noun ('"We know
    that every penny counts," a spokesperson for the group added.': "added" a modifier of "spokesperson")."""
    root = root_word(words)
    last = last_word(words)
    noun = words[last.head] if last is not None and last.deprel == "acl" and last.head >= 0 else None
    if root is None or noun is None or last.lemma.lower() not in SPEECH_VERBS or last.xpos not in ("VBD", "VBN") \
            or noun.upos not in ("NOUN", "PROPN") or root.index > noun.index or has_subject(words, last):
        return
    start = phrase_span(words, noun)[0]
    if start < 2 or words[start - 1].text not in QUOTE_CHARS or words[start - 2].text not in (",", "?", "!"):
        return
    move_full_stop(words, root, last)
    last.head, last.deprel, root.head, root.deprel = -1, "root", last.index, "ccomp"
    noun.head, noun.deprel = last.index, "nsubj"


def repair_closing_participle_subjects(words: list[Word]) -> None:
    """Make the noun that a participle phrase describes the subject of the reporting verb that closes the sentence,
    the participle its modifier and the verb the root, where the parse took the participle for the noun's verb, the
    participle's object for the reporting verb's subject ("..., the union representing prison officers has warned":
    "officers has warned" a complement of "representing")."""
    root, last = root_word(words), last_word(words)
    subject = next((k for k in words if last is not None and k.head == last.index and k.deprel == "nsubj"), None)
    verb = words[last.head] if last is not None and last.head >= 0 else None
    noun = next((k for k in words if verb is not None and k.head == verb.index and k.deprel == "nsubj"), None)
    if root is None or subject is None or noun is None or last.lemma.lower() not in SPEECH_VERBS \
            or last.deprel != "ccomp" or verb.xpos != "VBG" or noun.index != verb.index - 1 \
            or noun.upos != "NOUN" or not verb.index < subject.index < last.index or root.index > noun.index:
        return
    start = phrase_span(words, noun)[0]
    if start < 2 or words[start - 1].text != "," or words[start].lemma.lower() != "the":
        return
    move_full_stop(words, root, last)
    last.head, last.deprel, root.head, root.deprel = -1, "root", last.index, "ccomp"
    noun.head, noun.deprel, verb.head, verb.deprel = last.index, "nsubj", noun.index, "acl"
    subject.head, subject.deprel = verb.index, "obj"


def repair_since_time_subjects(words: list[Word]) -> None:
    """Make the noun a reported clause opens with the subject of the verb after "since" and a time, with the time the
    object of "since" in the noun's relative clause, where the parse took the time for that verb's subject ("Two
    astronauts who have been stuck on the station since June will not return until March, the agency said": not
    "June will not return")."""
    for verb in words[3:]:
        kids = [k for k in words if k.head == verb.index]
        since = next((k for k in kids if k.deprel == "mark" and k.lemma.lower() == "since"), None)
        time = next((k for k in kids if k.deprel == "nsubj" and k.lemma.lower() in TIME_WORDS), None)
        report = words[verb.head] if verb.deprel == "advcl" and verb.head > verb.index else None
        noun = next((k for k in words if report is not None and k.head == report.index and k.deprel == "ccomp"
                     and k.upos in ("NOUN", "PROPN") and k.index < verb.index), None)
        relative = next((k for k in words if noun is not None and k.head == noun.index and k.deprel == "acl:relcl"
                         and k.index < since.index), None) if since is not None else None
        if since is None or time is None or relative is None or report.lemma.lower() not in SPEECH_VERBS \
                or not any(k.deprel.startswith("aux") for k in kids) or since.index + 1 != time.index:
            continue
        time.head, time.deprel, since.head, since.deprel = relative.index, "obl", time.index, "case"
        verb.head, verb.deprel, noun.head, noun.deprel = report.index, "ccomp", verb.index, "nsubj"


def repair_closing_relative_reports(words: list[Word]) -> None:
    """Make a reporting verb that closes the sentence the root, with the noun after the last comma its subject and
    the old root its complement, where the parse took the verb for a second relative clause of the noun ("A climber
    has died on Everest, the expedition company that organised his trip said.")."""
    root, last = root_word(words), last_word(words)
    if root is None or last is None or last.deprel != "acl:relcl" or last.lemma.lower() not in SPEECH_VERBS \
            or has_subject(words, last) or last.head < 0:
        return
    noun = words[last.head]
    comma = next((w.index for w in reversed(words[:noun.index]) if w.text == ","), None)
    if noun.upos not in ("NOUN", "PROPN") or comma is None or root.index > comma or is_under(words, root, noun) \
            or not any(k.head == noun.index and k.deprel == "acl:relcl" and k.index < last.index for k in words):
        return
    move_full_stop(words, root, last)
    last.head, last.deprel, root.head, root.deprel = -1, "root", last.index, "ccomp"
    noun.head, noun.deprel = last.index, "nsubj"


def repair_closing_conjunct_reports(words: list[Word]) -> None:
    """Make a reporting verb that closes a sentence of two clauses joined by ", and" the root, reporting both, where the
    parse hung it on the first clause with the second its only complement ("Thousands were ordered to leave their
    homes, and a hospital was evacuated, officials said": not the hospital alone)."""
    root = root_word(words)
    said = next((k for k in words if root is not None and k.head == root.index and k.deprel == "parataxis"
                 and k.lemma.lower() in SPEECH_VERBS and k.index > root.index and has_subject(words, k)), None)
    second = next((k for k in words if said is not None and k.head == said.index and k.deprel == "ccomp"
                   and root.index < k.index < said.index), None)
    cc = next((k for k in words if second is not None and k.head == second.index and k.deprel == "cc"), None)
    if cc is None or cc.lemma.lower() != "and" or words[cc.index - 1].text != "," \
            or phrase_span(words, second)[0] not in (cc.index - 1, cc.index):
        return
    move_full_stop(words, root, said)
    said.head, said.deprel, root.head, root.deprel = -1, "root", said.index, "ccomp"
    second.head, second.deprel = root.index, "conj"
