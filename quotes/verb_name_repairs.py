"""Verb name repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend names the tagger
and parser read as verbs or clauses in news text: a union named by a verb ("Unite, which represents the workers,
said"), a name ending in a word that ends bodies' names tagged a verb ("Foxes Trust, the supporters' group, said"), a
campaign's name that opens with a verb or holds one ("the group Just Stop Oil said", "Care Not Killing, which opposes
the bill, said"), a body's name that goes on with "to" and a verb ("The Campaign to Protect Rural England") and a
place ending in "-ing" that opens a body's name ("Nottingham University Hospitals NHS Trust's chief executive"). Each
function mends one sentence's words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import (CAPITALISED_ORG_ENDINGS, ORG_HEAD_WORDS, ORG_WORDS, ORGANIZATION_NOUNS, PERSON_NOUNS,
                            SPEECH_VERBS, SPOKESPEOPLE, TITLES)
from quotes.name_repairs import is_title_case, tag_as_name
from quotes.names import is_place
from quotes.trees import has_subject, phrase_span

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_verb_names(words: list[Word]) -> None:
    """Make a capitalised verb opening the sentence before a relative clause set off by commas a name, the subject of
    the reporting verb after the clause ("Unite, which represents the workers, said ...": "Unite" an imperative), or
    before a title and a name set off after it ("Unite general secretary Sharon Graham said": "secretary" the
    imperative's object) or before a name it took for the verb's object ("Met Office meteorologist Alex Deakin said",
    "Watch manager Phil Green said"), and one the lemmatizer did not know that modifies the name right after it
    ("Gwynedd Council said")."""
    if len(words) < 4 or words[0].upos != "VERB" or not words[0].text[:1].isupper():
        return
    first = words[0]
    if first.deprel in ("amod", "compound") and first.head == 1 and words[1].upos == "PROPN" \
            and first.lemma == first.text:  # "Gwynedd Council"
        tag_as_name(first)
        return
    title, named = _titled_object(words, first)
    verb = words[first.head] if first.head > 0 else None
    if named is not None and verb is not None and first.deprel in ("advcl", "ccomp") \
            and verb.lemma.lower() in SPEECH_VERBS \
            and not has_subject(words, verb) and all(w.head == title.index for w in words[1:title.index]):
        tag_as_name(first)
        first.head, first.deprel, title.head, title.deprel = title.index, "compound", verb.index, "nsubj"
        return
    named = next((k for k in words if k.head == 0 and k.deprel == "obj" and (k.upos == "PROPN" or any(
        f.head == k.index and f.deprel == "flat" and f.upos == "PROPN" for f in words))), None)  # or a title before it
    ranked = named is not None and words[1].upos == "NOUN" and words[1].lemma.lower() in TITLES \
        and (words[1].head == named.index or words[1] is named)  # "Watch manager Phil Green said": a rank
    if named is not None and verb is not None and first.deprel in ("advcl", "ccomp") \
            and (first.lemma == first.text and words[1].upos == "PROPN" or ranked) \
            and verb.lemma.lower() in SPEECH_VERBS and not has_subject(words, verb):
        tag_as_name(first)  # "Met Office meteorologist Alex Deakin said": "Met" a verb, the name its object
        first.head, first.deprel, named.head, named.deprel = 1, "compound", verb.index, "nsubj"
        return
    if words[1].text != "," or words[2].text.lower() not in ("which", "who") or words[2].head <= 2:
        return
    relative = words[words[2].head]
    verb = words[words[0].head] if words[0].head > relative.index else None
    if verb is None or verb.lemma.lower() not in SPEECH_VERBS or has_subject(words, verb) \
            or relative.head not in (verb.index, first.index):  # the clause hung on the verb or on the name
        return
    tag_as_name(first)
    first.deprel, relative.head, relative.deprel = "nsubj", first.index, "acl:relcl"


def repair_participle_first_names(words: list[Word]) -> None:
    """Make a capitalised word ending in "-ing" that opens the sentence, a participle the lemmatizer did not know, the
    first word of the name after it and that name the subject of the verb the parse made it a clause of, with the
    description set off after it its apposition ("Aisling Murphy, a student at Coláiste Choilm, tested water samples":
    "Aisling" a participle with "Murphy" its object)."""
    first, name = (words[0], words[1]) if len(words) > 2 else (None, None)
    if first is None or first.upos != "VERB" or first.xpos != "VBG" or first.lemma != first.text \
            or not first.text.istitle() or name.upos != "PROPN" or name.head != first.index or is_title_case(words) \
            or words[2].text != "," or any(k.head == name.index for k in words):  # not "Entrusting Donald Trump with"
        return
    verb = words[first.head] if first.head >= 0 else None
    tag_as_name(first)
    name.deprel = "flat"
    for kid in words[name.index + 1:]:
        if kid.head == first.index and kid.upos == "NOUN" and kid.deprel in ("parataxis", "appos", "conj"):
            kid.deprel = "appos"  # "a student at ..."
    if verb is not None and verb.upos == "VERB" and first.deprel in ("advcl", "csubj") and not has_subject(words, verb):
        first.deprel = "nsubj"


def repair_participle_place_names(words: list[Word]) -> None:
    """Make a place ending in "-ing" that opens the sentence before a name, tagged a participle with no clause of its
    own, the first word of that name, the name's words the compounds of its last ("Nottingham University Hospitals NHS
    Trust's chief executive, Anthony May, said": "Nottingham" a clause of "said", the trust lost to the role)."""
    first = words[0] if len(words) > 3 else None
    if first is None or first.xpos != "VBG" or first.lemma != first.text or not first.text.istitle() \
            or not is_place(first.text) or words[1].upos != "PROPN":
        return
    end = 1
    while end + 1 < len(words) and words[end + 1].upos == "PROPN":
        end += 1
    if any(w.head == first.index and w.index > end and w.upos != "PUNCT" for w in words):
        return  # "Reading Harry Potter aloud, she ...": a participle's clause
    last = words[end]
    tag_as_name(first)
    for word in words[:end]:
        if word.head == first.index or word is first or not 0 <= word.head <= end:
            word.head, word.deprel = last.index, "compound"
    for word in words[end + 1:]:
        if word.head == first.index:
            word.head = last.index


def repair_inverted_verb_names(words: list[Word]) -> None:
    """Make the name set after a title the subject of the inverted reporting verb before them, and the capitalised
    verb right after the reporting verb a name, where the parse took that word for a verb the reporting verb reports
    and the title for its object ('"...," said Unite regional officer Sharon Graham': "Unite" an imperative; '"...,"
    said Met Office chief meteorologist Paul Gundersen': "Met" the past of "meet"; see :func:`repair_verb_names` for
    such a name opening the sentence)."""
    for verb in words[1:-2]:
        said = words[verb.index - 1]
        if verb.upos != "VERB" or not verb.text[:1].isupper() or verb.deprel not in ("ccomp", "advcl") \
                or verb.head != said.index or said.lemma.lower() not in SPEECH_VERBS or has_subject(words, said):
            continue
        title, name = _titled_object(words, verb)
        if name is None or not all(w.head == title.index for w in words[verb.index + 1:title.index]):
            continue
        tag_as_name(verb)
        name.head, name.deprel = said.index, "nsubj"
        title.head, title.deprel = name.index, "compound"
        verb.head, verb.deprel = title.index, "compound"
        return


def _titled_object(words: list[Word], verb: Word) -> tuple[Word | None, Word | None]:
    """The title or person's noun the parse made ``verb``'s object and the name set off after it as the noun's
    apposition or the name's first word ("Unite general secretary Sharon Graham": "secretary", "Sharon"; "Met Office
    meteorologist Paul Gundersen": "meteorologist", "Paul"), each ``None`` when missing."""
    title = next((k for k in words if k.head == verb.index and k.deprel == "obj" and k.upos == "NOUN"
                  and (k.lemma.lower() in TITLES or k.lemma.lower() in PERSON_NOUNS)), None)
    name = next((k for k in words if title is not None and k.head == title.index and k.deprel in ("appos", "flat")
                 and k.upos == "PROPN" and k.index > title.index), None)
    return title, name


def repair_verb_tagged_endings(words: list[Word]) -> None:
    """Make a name that opens the sentence and ends in a word that ends bodies' names, which the tagger took for a
    verb, the subject of the reporting verb after the description set off after it ("Foxes Trust, the supporters'
    group, said": "Trust" a verb, "said" without a subject)."""
    for end in words[1:4]:
        said = words[end.head] if end.head >= 0 else None
        if end.upos != "VERB" or end.text not in CAPITALISED_ORG_ENDINGS or end.index + 1 >= len(words) \
                or words[end.index + 1].text != "," or not all(w.text[:1].isupper() for w in words[:end.index]) \
                or said is None or said.lemma.lower() not in SPEECH_VERBS or said.index < end.index \
                or any(k.head == said.index and k.deprel.startswith("nsubj") for k in words):
            continue
        for word in words[:end.index]:
            tag_as_name(word)
            word.head, word.deprel = end.index, "compound"
        tag_as_name(end)
        end.head, end.deprel = said.index, "nsubj"
        for kid in words:
            if kid.head == end.index and kid.index > end.index and kid.deprel == "obj":
                kid.deprel = "appos"  # "the supporters' group"


def repair_verb_led_names(words: list[Word]) -> None:
    """Make one name a campaign's name that opens with a verb, after an organization noun and before the reporting
    verb ("The campaign group Save Our Statues said", "The charity Save the Children said", "the group Just Stop Oil
    said"), where the parse took the verb for the clause's and the reporting verb for its complement: the name apposed
    to the noun, the noun the reporting verb's subject (so a name set off by commas: "The group, Just Stop Oil,
    said"); or such a name alone opening a sentence that is not in title case, or after an opening phrase ("Just Stop
    Oil said", "Kick It Out said", "In a statement, Just Stop Oil said"): the name the subject; or one that modifies a
    person's noun after a determiner ("a Kick It Out spokesperson said": :func:`_join_modifying_verb_name`)."""
    for det in words[:-3]:
        if det.upos == "DET" and det.lemma.lower() in ("a", "an", "the"):
            _join_modifying_verb_name(words, det)
    for noun in words[:-3]:
        if noun.upos == "NOUN" and noun.lemma.lower() in ORGANIZATION_NOUNS:  # or set off: "The group, Just Stop Oil,"
            _join_verb_led_name(words, noun.index + (2 if words[noun.index + 1].text == "," else 1), noun)
    first = 1 if words and words[0].upos == "CCONJ" else 0  # "But Care Not Killing, which ..., said"
    comma = next((w.index for w in words[1:6] if w.text == ","), None)
    if comma is not None and not any(w.upos in ("VERB", "AUX") for w in words[:comma]):
        first = comma + 1  # "In a statement, Just Stop Oil said"
    if len(words) > first + 4 and words[first].text[:1].isupper() and not is_title_case(words) \
            and all(w.text[:1].isupper() for w in words[first:first + 3]) \
            and words[first + 1].lemma.lower() not in SPEECH_VERBS \
            and words[first].lemma.lower() not in SPEECH_VERBS:  # not "Say Mexico demanded ...", a supposition
        _join_verb_led_name(words, first, None)


def _join_verb_led_name(words: list[Word], start: int, noun: Word | None) -> None:
    """Make the capitalised run from word ``start`` to the reporting verb after it one name, apposed to ``noun`` (the
    reporting verb's subject) or, with no noun, the subject itself, where the run holds a verb."""
    end = _capitalised_run_end(words, start)
    run, said = words[start:end], words[end] if end < len(words) else None
    if said is not None and said.text == "," and words[start - 1].text == "," and end + 1 < len(words):
        said = words[end + 1]  # the name set off by commas
    relative = _relative_clause_after(words, end)
    if relative is not None:  # "The campaign group Care Not Killing, which opposes the bill, said"
        said = words[phrase_span(words, relative)[1] + 2]
    named = {w.index for w in run}
    members = named | ({noun.index} if noun is not None else set())
    if len(run) < 2 or said is None or said.upos != "VERB" or said.lemma.lower() not in SPEECH_VERBS \
            or not any(w.upos == "VERB" for w in run) or not run[-1].text[:1].isupper() \
            or any(w.deprel.startswith("nsubj") and w.index not in members for w in words if w.head == said.index):
        return
    top = next((w for w in (*run, *([noun] if noun is not None else [])) if w.head not in members), None)
    if top is None:
        return
    if top.head != said.index:
        said.head, said.deprel = top.head, top.deprel
    for w in words:
        if w.head in named and w.index not in members and w is not said:
            w.head = said.index
    _join_run(run)
    if relative is not None:
        relative.head, relative.deprel = run[-1].index, "acl:relcl"
    if noun is None:
        run[-1].head, run[-1].deprel = said.index, "nsubj"
    else:
        run[-1].head, run[-1].deprel, noun.head, noun.deprel = noun.index, "appos", said.index, "nsubj"


def _join_modifying_verb_name(words: list[Word], det: Word) -> None:
    """Make the capitalised run after ``det`` that holds a verb (or a pronoun or particle) one name modifying the
    person's noun right after it, the subject of a reporting verb ("a Kick It Out spokesperson said", "A Just Stop Oil
    spokeswoman told"), where the parse took the run's verb for a clause's and the noun for a subject alone."""
    end = _capitalised_run_end(words, det.index + 1)
    run, noun = words[det.index + 1:end], words[end] if end < len(words) else None
    if noun is None or len(run) < 2 or noun.upos != "NOUN" or not noun.text.islower() \
            or noun.lemma.lower() not in SPOKESPEOPLE | PERSON_NOUNS \
            or not any(w.upos in ("VERB", "AUX", "PRON", "ADP") for w in run) \
            or not run[-1].text[:1].isupper() or is_title_case(words):
        return
    named = {w.index for w in run}
    top = next((w for w in (noun, *run) if w.head not in named | {noun.index}), None)
    said = words[top.head] if top is not None and top.head > noun.index else None
    if said is None or said.upos != "VERB" or said.lemma.lower() not in SPEECH_VERBS or any(
            w.deprel.startswith("nsubj") and w is not top for w in words if w.head == said.index):
        return
    noun.head, noun.deprel = said.index, "nsubj"
    for w in words:
        if w.head in named and w.index not in named:
            w.head = noun.head if w.upos == "PUNCT" else noun.index
    _join_run(run)
    run[-1].head, run[-1].deprel, det.head, det.deprel = noun.index, "compound", noun.index, "det"


def _capitalised_run_end(words: list[Word], start: int) -> int:
    """The index just after the run of capitalised words from ``start`` on, "the" and "of" inside it ("Save the
    Children", "Kick It Out")."""
    end = start
    while end < len(words) and (words[end].text[:1].isupper() or words[end].text.lower() in ("the", "of")):
        end += 1
    return end


def _join_run(run: list[Word]) -> None:
    """Make a run of words one name headed by its last word: every other word hung on it as a compound ("the" as its
    determiner), the capitalised ones and the last tagged names."""
    for w in run[:-1]:
        if w.text[:1].isupper():
            tag_as_name(w)
        w.head, w.deprel = run[-1].index, "det" if w.text.lower() == "the" else "compound"
    tag_as_name(run[-1])


def _relative_clause_after(words: list[Word], comma: int) -> Word | None:
    """The verb of the relative clause set off by commas from word ``comma`` on (", which opposes the bill,"), when a
    word follows the closing comma, else ``None``."""
    if comma + 2 >= len(words) or words[comma].text != "," or words[comma + 1].text.lower() not in ("which", "who"):
        return None
    verb = words[words[comma + 1].head] if words[comma + 1].head >= 0 else None
    if verb is None or verb.upos != "VERB" or verb.index < comma:
        return None
    end = phrase_span(words, verb)[1]
    return verb if end + 2 < len(words) and words[end + 1].text == "," else None


def repair_infinitive_names(words: list[Word]) -> None:
    """Make one name a body's name that goes on with "to" and a capitalised verb ("The Campaign to Protect Rural
    England said", "the Committee to Protect Journalists"), where the parse made the verb a clause of purpose: the
    words after the body's word hang on it, names, and an acronym in brackets after them its apposition."""
    for body in words[1:-3]:
        to, verb = words[body.index + 1], words[body.index + 2]
        if not body.text[:1].isupper() or body.text.lower() not in ORG_WORDS | ORG_HEAD_WORDS \
                or to.text != "to" or verb.upos != "VERB" or not verb.text[:1].isupper() or is_title_case(words):
            continue
        end = verb.index + 1
        while end < len(words) and words[end].text[:1].isupper() and words[end].upos in ("PROPN", "NOUN", "ADJ"):
            end += 1
        run, inside = words[to.index:end], range(to.index, end)
        bracket = words[end:end + 3]  # "(CPRE)" after the name
        bracket = bracket if [w.text for w in bracket[::2]] == ["(", ")"] and bracket[1].text.isupper() else []
        if end == verb.index + 1 or any(w.head in inside for w in words if w.index not in inside and w not in bracket):
            continue
        for w in run:
            if w is not to:
                tag_as_name(w)
            w.head, w.deprel = body.index, "flat"
        if bracket:
            bracket[1].head, bracket[1].deprel = body.index, "appos"
            bracket[0].head = bracket[2].head = bracket[1].index
