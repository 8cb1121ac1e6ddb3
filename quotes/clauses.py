"""Clause helpers shared by the cue stages: subjects, participles, "that" clauses, reporting lemmas, who asks in
"Asked by X whether ..." (``asker_spans``).

Small pure functions over single words of a :class:`quotes.parsing.Sentence`.
"""

from __future__ import annotations

import re

from quotes.lexicon import CUE_LEMMAS, MONTHS, PARTICLES, RELATIVES, SPEECH_VERBS, WEEKDAYS
from quotes.parsing import Sentence, Word

SUBJECT_RELS = ("nsubj", "nsubj:outer")
CONTENT_RELS = ("ccomp", "parataxis", "csubj", "xcomp")  # the relations that hold what a verb reports
FRACTIONS = frozenset("half third quarter fifth".split())  # "a quarter say ...": a share of people

_PARTY_LABEL = re.compile(r"[DRI](-|$)")


def opens_party_label(word: Word) -> bool:
    """The first word inside the brackets of a party label: "D-R.I." of "(D-R.I.)", "R" of "(R)"."""
    return _PARTY_LABEL.match(word.text) is not None


_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak", "thought": "think"}
_INFLECTIONS = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("ied", "y"), ("ies", "y"), ("es", ""), ("s", ""))


def name_head(sentence: Sentence, word: Word) -> Word:
    """The head of the name a word ends ("Cummings" in "Rep. Elijah E. Cummings" -> "Rep."): up its
    flat and compound links, as long as they point back."""
    while word.deprel in ("flat", "compound") and 0 <= word.head < word.index:
        word = sentence.words[word.head]
    return word


def reports_on_its_own(sentence: Sentence, verb: Word) -> bool:
    """A report that stands even where the parse put it inside another report's content: a relative clause of
    "say" about its antecedent or with "who" as subject, a speech verb set aside with its subject, or a speech
    participle set off by a comma (the four functions below)."""
    return says_of_antecedent(sentence, verb) or says_of_relative(sentence, verb) or says_as_aside(sentence, verb) \
        or says_in_participle(sentence, verb)


def says_of_antecedent(sentence: Sentence, verb: Word) -> bool:
    """A relative clause of "say" whose reported clause lacks its subject, the noun the relative clause
    hangs on ("a gap in border security that homeland security experts say renders talk of a wall moot",
    "..., which critics said was discriminatory"): a report of its own about that noun, not of "what"."""
    if verb.deprel != "acl:relcl" or cue_lemma(verb) != "say" or sentence.words[verb.head].upos == "PRON":
        return False
    return has_own_subject(sentence, verb) and any(
        k.deprel == "ccomp" and k.index > verb.index
        and not any(c.deprel in SUBJECT_RELS for c in sentence.children(k.index)) for k in sentence.children(verb.index))


def says_of_relative(sentence: Sentence, verb: Word) -> bool:
    """A relative clause of "say" whose subject is "who" ("about the same number who said the party truly
    cares", "Republicans who say ..."): the report of the people it describes, one of its own even inside
    another report."""
    return verb.deprel == "acl:relcl" and cue_lemma(verb) == "say" and any(
        k.deprel in SUBJECT_RELS and k.lemma.lower() == "who" for k in sentence.children(verb.index))


def says_as_aside(sentence: Sentence, verb: Word) -> bool:
    """A speech verb the parse set beside another clause, with a pronoun or noun subject ("He thought of his
    speeches as ''little talks,'' he told friends, in which ...", "..., they say.", "..., Smith said, ..."): a report
    of its own even where the parse put it inside another report."""
    return verb.deprel == "parataxis" and cue_lemma(verb) in SPEECH_VERBS and any(
        k.deprel in SUBJECT_RELS and k.upos in ("PRON", "PROPN", "NOUN") for k in sentence.children(verb.index))


def says_in_participle(sentence: Sentence, verb: Word) -> bool:
    """A speech participle set off by a comma, with no subject or subordinator of its own ("sued the DNC, claiming
    the party's move would cost ...", "said ..., adding that ...", "..., insisting that ..."): a report of its own
    even where the parse put it inside another report."""
    return verb.deprel == "advcl" and is_participle_aside(sentence, verb) and cue_lemma(verb) in SPEECH_VERBS \
        and not any(k.deprel in SUBJECT_RELS or k.deprel == "mark" for k in sentence.children(verb.index))


def has_own_subject(sentence: Sentence, verb: Word) -> bool:
    """The verb of a relative clause has a subject of its own, not the relative pronoun ("which critics said",
    "which Mr. Putin opposed"; not "who said")."""
    return any(k.deprel in SUBJECT_RELS and k.lemma.lower() not in RELATIVES for k in sentence.children(verb.index))


def cue_lemma(word: Word) -> str:
    """The word's lemma; for an inflected reporting verb the lemmatizer left alone ("remarking",
    "quipped", "tweets"), the reporting lemma it is a form of."""
    return lexicon_lemma(word, CUE_LEMMAS)


def lexicon_lemma(word: Word, lexicon: frozenset[str]) -> str:
    """The word's lemma; for an inflected verb whose lemma is not in ``lexicon`` (left alone by the lemmatizer,
    "quipped", "angered", or guessed wrong, "echoed" -> "echon"), the lemma of ``lexicon`` it is a form of."""
    lemma = word.lemma.lower()
    text = word.text.lower()
    if lemma in lexicon:
        return lemma
    if text in _IRREGULAR:  # "Said Comey, ..." left unlemmatized at the start of a sentence
        return _IRREGULAR[text]
    for suffix, ending in _INFLECTIONS:
        if text.endswith(suffix) and len(text) > len(suffix) + 2:
            base = text[:-len(suffix)] + ending
            if base in lexicon:
                return base
            if not ending and suffix in ("ing", "ed") and base[-1] == base[-2] and base[:-1] in lexicon:
                return base[:-1]  # "quipped" -> "quip"
    return lemma


# Penn tags of past and finite verb forms: before a quotation such a verb heads a report of its own,
# whatever the parse hangs it on ('Trump, who has ... followers, tweeted, "..."').
FINITE_XPOS = frozenset({"VBD", "VBN", "VBZ", "VBP"})


def is_participle(word: Word) -> bool:
    """A present participle or gerund ("saying", "arguing")."""
    return word.xpos == "VBG" or "VerbForm=Ger" in word.feats


def has_that(sentence: Sentence, clause: Word) -> bool:
    """True when ``clause`` opens with the complementizer "that"."""
    return any(m.lemma.lower() == "that" and (m.deprel == "mark" or (m.upos == "SCONJ" and m.index < clause.index))
               for m in sentence.children(clause.index))  # "that" parsed as an object of the clause: still its mark


SUBORDINATORS = frozenset("if when because after before unless since until".split())  # not "although": a report


def is_subordinated(sentence: Sentence, verb: Word) -> bool:
    """The verb's clause opens with a subordinator ("if", "when", "unless", ...)."""
    return any(k.deprel == "mark" and k.lemma.lower() in SUBORDINATORS and k.index < verb.index
               for k in sentence.children(verb.index))


def is_aside_after(sentence: Sentence, word: Word) -> bool:
    """``word`` comes after its head, right after a comma ("said ..., adding that ...", "Tester said,
    referring to ...")."""
    return 0 <= word.head < word.index and sentence.words[word.index - 1].text == ","


def is_participle_aside(sentence: Sentence, word: Word) -> bool:
    """``word`` is a participle set off by a comma after its head ("said, referring to ...")."""
    return word.xpos == "VBG" and is_aside_after(sentence, word)


def is_bare_number(sentence: Sentence, word: Word) -> bool:
    """A number that is not a share of people: not "two in three (voters)", "one of the officials" or "a
    quarter"."""
    return word.upos == "NUM" and word.lemma.lower() not in FRACTIONS \
        and not any(k.deprel.startswith("nmod") for k in sentence.children(word.index))


def is_second_clause(sentence: Sentence, verb: Word, kid: Word) -> bool:
    """``kid`` is a conjunct "and that ..." of ``verb`` after one of its clausal complements: a second
    reported clause ("said she appreciated the apology and that she wanted to move on"), which the
    parse coordinates with the verb itself; or, after "said", one in the reported past with a pronoun for subject
    ("said its members had rejected the offer and it would consider further action")."""
    if kid.deprel != "conj" or kid.index < verb.index:
        return False
    kids = sentence.children(kid.index)
    marks = [k for k in kids if k.deprel == "mark" and k.index < kid.index]
    if marks and marks[0].text.lower() in ("that", "whether"):
        lead = marks[0]
    elif verb.text.lower() == "said" and any(k.deprel == "aux" and k.lemma.lower() in BACKSHIFTED for k in kids):
        lead = next((k for k in kids if k.deprel in SUBJECT_RELS and k.upos == "PRON" and k.index < kid.index), None)
    else:
        return False
    return lead is not None and sentence.words[lead.index - 1].deprel == "cc" \
        and any(k.deprel == "ccomp" and k.index < kid.index for k in sentence.children(verb.index))


BACKSHIFTED = frozenset("would could might".split())  # the modals of reported speech


def opens_sentence(sentence: Sentence, word: Word) -> bool:
    """Whether only punctuation, conjunctions and adverbs stand before ``word`` in its sentence ("And,
    according to ...", "In the poll, ...")."""
    return all(w.upos in ("PUNCT", "CCONJ", "ADV") for w in sentence.words[:word.index])


def in_speech_phrase(sentence: Sentence, noun: Word) -> bool:
    """Whether ``noun`` heads an "in" phrase of a speech verb ("said in her remarks", "wrote in a memo")."""
    return noun.deprel.startswith("obl") and noun.head >= 0 and cue_lemma(sentence.words[noun.head]) in SPEECH_VERBS \
        and any(k.deprel == "case" and k.lemma.lower() == "in" for k in sentence.children(noun.index))


def in_phrase_of(sentence: Sentence, head: Word, lo: int, hi: int) -> bool:
    """Whether the words ``lo`` to ``hi - 1`` all belong to the phrase of ``head`` (its subtree)."""
    phrase = {w.index for w in sentence.subtree(head.index)}
    return all(i in phrase for i in range(lo, hi))


def describes_speaker(sentence: Sentence, verb: Word, kid: Word, speaker: Word | None) -> bool:
    """A phrase right after the speaker and a comma that the parse hung on the cue as a complement: an
    apposition or relative clause of the speaker ("..., said Steven Taylor, a chairman of ...", "said
    DeSantis, who was elected ..."), not what was said."""
    if speaker is None or not verb.index < speaker.index < kid.index:
        return False
    first = min((w.index for w in sentence.subtree(kid.index) if w.upos != "PUNCT"), default=kid.index)
    if sentence.words[first - 1].text != "," or not in_phrase_of(sentence, speaker, speaker.index, first - 1):
        return False
    return kid.upos in ("NOUN", "PROPN") or "PronType=Rel" in sentence.words[first].feats


def relative_report(sentence: Sentence, verb: Word) -> list[Word]:
    """The rest of a relative clause whose cue the parse split from it ("The changes, which officials said
    will go into effect ..." with "go" a second relative clause of "changes"): the relative pronoun and
    the clause right after the cue on the same noun, when nothing of the cue's own comes after it."""
    if verb.deprel != "acl:relcl" or verb.head < 0:
        return []
    own = {w.index for w in sentence.subtree(verb.index)}
    first = min(i for i in own if sentence.words[i].upos != "PUNCT")
    head = sentence.words[verb.head]
    free = head.lemma.lower() == "what" and head.index == first - 1  # "in what many analysts said was a sign"
    clause = next((k for k in sentence.children(verb.index) if k.deprel == "ccomp" and k.index > verb.index), None)
    if free and clause is not None and not any(k.deprel in SUBJECT_RELS for k in sentence.children(clause.index)):
        return [head] + sentence.subtree(clause.index)  # "what" is the subject of the reported clause
    if any(k.index > verb.index and k.upos != "PUNCT" for k in sentence.children(verb.index)):
        return []
    relative = [head] if free else [
        w for w in sentence.words[max(0, first - 1):first + 1] if w.index <= verb.index
        and w.lemma.lower() in ("which", "that", "who", "whom") and w.upos in ("PRON", "SCONJ", "DET")]
    if not relative:
        return []
    for clause in sentence.children(verb.head):
        rest = [w for w in sentence.subtree(clause.index) if w.index not in own and w is not relative[0]]
        if clause.deprel in ("acl:relcl", "acl") and clause.index > verb.index and rest \
                and rest[0].index == max(own) + 1:
            if relative[0].index > 0 and sentence.words[relative[0].index - 1].text == ",":
                rest = rest[:next((n for n, w in enumerate(rest) if w.text == ","), len(rest))]  # set off by commas
            return [relative[0]] + rest
    return []


def subordinate_report(sentence: Sentence, verb: Word) -> Word | None:
    """The clause a cue in a subordinate clause reports when the parse gave it to the main cue ("While
    Comey said there was clear evidence ..., he said there's no precedent ...", with "was" a complement
    of the second "said"): a complement of the main cue between the two cues' subjects; None otherwise."""
    if verb.deprel != "advcl" or verb.head < verb.index or cue_lemma(verb) not in CUE_LEMMAS:
        return None
    kids, head = sentence.children(verb.index), sentence.words[verb.head]
    if cue_lemma(head) not in CUE_LEMMAS or not any(k.deprel in SUBJECT_RELS for k in kids) \
            or any(k.deprel in ("ccomp", "obj", "xcomp") and k.index > verb.index for k in kids):
        return None
    subject = next((k for k in sentence.children(head.index) if k.deprel in SUBJECT_RELS and k.index > verb.index),
                   None)
    return next((k for k in sentence.children(head.index) if k.deprel == "ccomp"
                 and subject is not None and verb.index < k.index < subject.index), None)


def is_shared_subject_clause(sentence: Sentence, verb: Word, kid: Word) -> bool:
    """``kid`` is a conjunct of ``verb`` whose subject begins with the object the parse gave the verb: "said
    Clinton and the Democratic establishment are too concerned ..." parsed as "said [Clinton]" and "[the
    establishment] are concerned"; the object, the conjunction and the conjunct are the report."""
    if kid.deprel != "conj" or kid.index < verb.index:
        return False
    objects = [k for k in sentence.children(verb.index) if k.deprel in ("obj", "iobj")
               and k.upos in ("PROPN", "NOUN") and verb.index < k.index < kid.index]
    kids = sentence.children(kid.index)
    subject = next((k for k in kids if k.deprel in SUBJECT_RELS), None)
    on_subject = sentence.children(subject.index) if subject and cue_lemma(verb) == "say" else []
    coordinator = next((k for k in kids + on_subject if k.deprel == "cc"), None)  # on the conjunct, or for "say"
    # (which reports no noun phrase of that kind) on its subject: "said Ryan [and Trump] will meet"
    if not objects or coordinator is None or subject is None:
        return False
    last = max(w.index for w in sentence.subtree(objects[0].index))
    after = sentence.words[coordinator.index + 1]
    return coordinator.index == last + 1 and coordinator.index < subject.index < kid.index \
        and "PronType=Rel" not in after.feats and after.text.lower() not in ("that", "who", "whom", "which")


def is_complement_as_conjunct(sentence: Sentence, verb: Word, kid: Word) -> bool:
    """``kid`` is a clause right after ``verb``, with a subject of its own and opening with no conjunction or
    punctuation mark, that the parse coordinates with the verb ("she said [she and Obama had made progress]"): the verb's
    complement."""
    first = sentence.subtree(kid.index)[0]
    return kid.deprel == "conj" and first.index == verb.index + 1 and first.deprel not in ("cc", "punct") \
        and any(k.deprel in SUBJECT_RELS for k in sentence.children(kid.index))


def is_purpose_infinitive(sentence: Sentence, verb: Word) -> bool:
    """An infinitive clause of purpose ("appeared on Fox News to defend her"): its subject is the main clause's."""
    return verb.deprel == "advcl" and verb.xpos == "VB" and verb.head >= 0 and any(
        k.deprel == "mark" and k.lemma.lower() == "to" for k in sentence.children(verb.index))


def is_by_phrase(sentence: Sentence, word: Word) -> bool:
    """An oblique with "by" ("booed by supporters"): a passive agent the parse did not label as one."""
    return word.deprel == "obl" and any(g.deprel == "case" and g.lemma.lower() == "by"
                                        for g in sentence.children(word.index))


DAYS = WEEKDAYS | MONTHS | {"today", "yesterday", "tonight"}  # "agreed on Sunday": when, not what


def is_particle_phrase(sentence: Sentence, verb: Word, kid: Word) -> bool:
    """``kid`` is a phrase opened by "as" or by the cue's particle: "described Trump as a “con artist”",
    "called for ...", and a clause the particle opens, "cautioned against drawing ..."; not a time ("agreed on
    Sunday to a deal")."""
    return (kid.deprel.startswith(("obl", "advcl")) or kid.deprel == "nmod" and verb.upos == "VERB") \
        and kid.lemma.lower() not in DAYS and any(
        (c.deprel == "case" and c.lemma.lower() == "as")
        or (c.deprel in ("case", "mark") and c.lemma.lower() in PARTICLES.get(cue_lemma(verb), ()))
        for c in sentence.children(kid.index))


def is_falling_number(sentence: Sentence, verb: Word) -> bool:
    """'decline' as a quantity going down ("revenue declined 40 percent", "deficits declined"), not a
    refusal: no infinitive ("declined to comment") and no object other than an amount ("declined an
    interview request")."""
    if cue_lemma(verb) != "decline":
        return False
    return not any(k.deprel == "xcomp" or (k.deprel == "obj" and k.upos in ("NOUN", "PROPN") and not any(
        c.deprel == "nummod" for c in sentence.children(k.index)) and k.lemma.lower() not in ("percent", "point"))
                   or (k.deprel == "advcl" and any(c.lemma.lower() == "to" for c in sentence.children(k.index)))
                   for k in sentence.children(verb.index))


def asker_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Character ranges of who asks in "Asked by moderator Kristen Welker whether ..., the senator said": the
    "by" phrase of "asked", who is not the one asked, to whom the description after it refers."""
    spans = []
    for word in sentence.words:
        verb = sentence.words[word.head] if word.head >= 0 else None
        if verb is not None and verb.lemma.lower() == "ask" and verb.xpos == "VBN" \
                and word.deprel in ("obl", "obl:agent") and any(
                    c.deprel == "case" and c.lemma.lower() == "by" for c in sentence.children(word.index)):
            phrase = sentence.subtree(word.index)
            spans.append((phrase[0].start, phrase[-1].end))
    return spans
