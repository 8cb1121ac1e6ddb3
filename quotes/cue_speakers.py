"""Cue speakers: who speaks for a reporting verb in the parse.

The verb's subject or passive agent, inherited through coordination and participles ("..., saying ..."),
with fallbacks for parses that miss an inverted or fronted speaker ('"...," the coach, Lisa Brown,
said': ``quotes.missed_subjects``; the name after an inverted verb: ``quotes.inverted_speakers``). Used
by the cue stage (``quotes.cues``) and the learned cue model.
"""

from __future__ import annotations

from quotes.clauses import (FINITE_XPOS, SUBJECT_RELS, cue_lemma, has_that, is_by_phrase, is_participle,
                            is_purpose_infinitive, name_head)
from quotes.idioms import is_go_on_to_clause
from quotes.inverted_speakers import (inverted_aside_name, inverted_name, name_after_quoted_clause,
                                      name_before_apposition)
from quotes.lexicon import NAMING_VERBS, OBJECT_CONTROL_VERBS, QUOTE_CHARS, RECORDING_NOUNS, SPEECH_VERBS
from quotes.mentions import is_time_word
from quotes.missed_subjects import (LONG_DASHES, as_phrase_subject, before_bracket, compound_before,
                                    description_and_name_before, is_place_or_time_phrase, name_and_apposition_before,
                                    name_before_relative_clause, name_right_before, nominal_after_quote, nominal_before,
                                    nominal_root, share_before)
from quotes.parsing import Sentence, Word


def _recorded_speaker(sentence: Sentence, verb: Word) -> Word | None:
    """The one a recording shows speaking: the name of "footage of X" right before a participle ("uses
    footage of Hillary Clinton asking, ...", "a clip of X awkwardly trying to defend"), however the parse attaches it."""
    if not is_participle(verb):
        return None
    # the word before the participle, past adverbs ("a clip of X awkwardly trying to")
    name = next((w for w in reversed(sentence.words[:verb.index]) if w.upos != "ADV"), None)
    if name is None:
        return None
    while name.deprel in ("flat", "compound") and name.head >= 0:
        name = sentence.words[name.head]
    if name.deprel != "nmod" or name.upos not in ("PROPN", "PRON") or name.head < 0:
        return None
    recording = sentence.words[name.head]
    of = any(k.deprel == "case" and k.lemma.lower() == "of" for k in sentence.children(name.index))
    return name if of and recording.lemma.lower() in RECORDING_NOUNS else None


def _absolute_with_subject(sentence: Sentence, verb: Word) -> Word | None:
    """The noun of a "with" phrase that ends right before a subjectless participle: the participle's own
    subject in an absolute construction ("..., with 30 percent of voters saying ...", "with recent polls
    showing ..."), however the parse hangs the participle on the main clause."""
    if not is_participle(verb):
        return None
    j = verb.index - 1
    while j >= 0 and sentence.words[j].head == verb.index and sentence.words[j].deprel == "advmod":
        j -= 1  # "with Trump, Huckabee and Christie all calling for ..."
    for noun in sentence.words[:j + 1]:
        if noun.upos in ("NOUN", "PROPN", "PRON", "NUM") and any(
                k.deprel == "case" and k.lemma.lower() == "with" for k in sentence.children(noun.index)):
            if sentence.subtree(noun.index)[-1].index == j:
                return noun
    return None


def _noun_clause_governor(sentence: Sentence, verb: Word) -> Word | None:
    """The verb governing the noun whose "that" clause holds ``verb`` (through xcomp and conj chains): "dismissed"
    in "dismissed reports that Russia was preparing to agree ..., calling them ...", where a participle after a comma
    hung in the noun's clause speaks for the main clause's subject, not the clause's."""
    current = verb
    while current.deprel in ("xcomp", "conj") and current.head >= 0:
        current = sentence.words[current.head]
    if current.deprel not in ("acl", "acl:relcl") or current.head < 0 or not has_that(sentence, current):
        return None
    noun = sentence.words[current.head]
    if noun.upos != "NOUN" or noun.deprel != "obj" or noun.head < 0:
        return None
    return sentence.words[noun.head]


def _told_to(sentence: Sentence, verb: Word) -> bool:
    """A "told" with no one told and an infinitive after it: a headline's passive ("Schools told to ban mobile
    phones"), whose subject was told, not telling."""
    if cue_lemma(verb) != "tell":
        return False
    kids = sentence.children(verb.index)
    return not any(k.deprel in ("obj", "iobj") for k in kids) and any(
        k.deprel == "xcomp" and k.index > verb.index and any(c.deprel == "mark" and c.lemma.lower() == "to"
                                                           for c in sentence.children(k.index)) for k in kids)


def speaker_of(sentence: Sentence, verb: Word) -> Word | None:
    """The subject (or passive agent) of ``verb``, inherited through conj/xcomp chains."""
    aside = inverted_aside_name(sentence, verb)
    if aside is not None:
        return aside
    if _told_to(sentence, verb):
        return None
    current: Word | None = verb
    for _ in range(4):
        if current is None:
            return None
        kids = sentence.children(current.index)
        passive = any(k.deprel == "nsubj:pass" for k in kids)
        agent = next((k for k in kids if (k.deprel == "obl:agent" or (passive and is_by_phrase(sentence, k)))
                      and k.index > current.index), None)  # not a fronted "By the end of the day, ..."
        for kid in sorted(kids, key=lambda k: k.deprel != "nsubj"):  # "nsubj:outer" only when no plain one
            active = kid.deprel == "nsubj:pass" and current.upos == "VERB" and kid.upos == "PROPN" \
                and not any(k.deprel.startswith("aux") for k in kids) \
                and not (current.lemma.lower() in OBJECT_CONTROL_VERBS and any(k.deprel == "xcomp" for k in kids)) \
                and not (current.lemma.lower() in NAMING_VERBS and current.xpos == "VBN")
            # "Mr. Bush, ..., responded": no passive; but "Greenpeace ordered to pay", "Heathrow named busiest
            # airport", "Hegseth confirmed as defense secretary" are
            inherited = kid.deprel == "nsubj:pass" and current is not verb \
                and (agent is None or current.lemma.lower() == "quote") \
                and (is_participle(verb) or verb.deprel == "conj" and "Voice=Pass" not in verb.feats)  # "was
            # booed after telling", "was forced and said" (not "would be fined and warned about his conduct");
            # "was quoted by state media as saying": the one quoted, whoever quoted them
            if (kid.deprel in SUBJECT_RELS or active or inherited) and not is_time_word(kid, sentence.words) \
                    and not _reported_subject(sentence, current, kid):
                if current is not verb:
                    return kid
                return name_after_quoted_clause(sentence, verb, kid, kids) \
                    or name_before_apposition(sentence, verb, kid)
            if kid.deprel == "nsubj:pass" and verb.deprel == "xcomp" and current.index == verb.head \
                    and (verb.xpos == "VB" or verb.xpos == "VBN" and any(
                        k.deprel == "aux" and k.lemma == "have" for k in sentence.children(verb.index))) \
                    and kid.upos in ("PROPN", "NOUN", "PRON") and cue_lemma(verb) in SPEECH_VERBS:
                return kid  # "Mr. Trump was prompted to say", "was reported to have told": the one prompted speaks
        vocative = next((k for k in kids if k.upos == "PROPN" and k.index > verb.index and (k.deprel == "vocative" or (
            k.deprel == "obj" and verb.index == 0 == k.index - 1 and cue_lemma(verb) == "say"))), None)
        if current is verb and vocative is not None and cue_lemma(verb) in SPEECH_VERBS:
            return vocative  # 'Said Comey, "..."', 'Said Ellis: "..."' with the name parsed as addressed or object
        if current is verb and verb.deprel in ("acl", "appos") and verb.head >= 0 and is_participle(verb) \
                and (sentence.words[verb.index - 1].text == "," or any(  # "opposed open-carry rights, saying
                    k.deprel == "mark" and k.lemma.lower() == "of" for k in kids)):  # ...", "made a point of saying
            current = sentence.words[verb.head]  # ...": the clause's subject speaks, not the noun
            while current.upos not in ("VERB", "AUX") and current.head >= 0:
                current = sentence.words[current.head]
            continue
        if current is verb and _misparsed_reduced_relative(sentence, verb):
            current = sentence.words[verb.head]  # "Protesters marching through the streets chanted ..."
            continue
        recorded = (_recorded_speaker(sentence, verb) or _absolute_with_subject(sentence, verb)) \
            if current is verb else None
        if recorded is not None:
            return recorded
        if current is verb and (verb.deprel == "acl" or (verb.deprel == "acl:relcl" and verb.xpos == "VBG")) \
                and verb.head >= 0 and verb.xpos not in FINITE_XPOS \
                and sentence.words[verb.head].upos in ("PROPN", "NOUN", "PRON", "NUM"):
            return sentence.words[verb.head]  # "footage of Trump saying ...", "with one of her ads asking ..."
        if (is_participle(current) or (current is verb and _perfect_participle(kids))) \
                and current.deprel in ("advcl", "conj", "xcomp", "parataxis", "dep", "ccomp") \
                and current.head >= 0:  # "..., saying "..."", "..., having said ...": the main clause's subject
            current = sentence.words[current.head]  # (through a chain: "holding signs and chanting ...")
            current = _out_of_dashes(sentence, current, verb)
            if sentence.words[verb.index - 1].text == "," and _trailing_condition(sentence, current):
                current = sentence.words[current.head]  # "threatened to ban ... if Apple integrated OpenAI, calling
                # it ...": the threat's subject, not the condition's
            if current.deprel == "ccomp" and current.head >= 0 and current.index < verb.index \
                    and sentence.words[verb.index - 1].text == "," and has_that(sentence, current) \
                    and cue_lemma(sentence.words[current.head]) in SPEECH_VERBS:
                current = sentence.words[current.head]  # "announced that it had sold ..., saying ...": the announcer
            if sentence.words[verb.index - 1].text == ",":
                current = _noun_clause_governor(sentence, current) or current
            if current.index > verb.index and sum(w.text in QUOTE_CHARS
                                                  for w in sentence.words[verb.index:current.index]) % 2:
                current = sentence.root  # '..., saying, "We never said ..."' with the
                # participle hung on the quoted verb: the main clause's subject speaks
            if cue_lemma(current) in SPEECH_VERBS and "Voice=Pass" not in current.feats and not any(
                    k.deprel in SUBJECT_RELS for k in sentence.children(current.index)):
                return speaker_of(sentence, current)  # '"...," said Skelly, explaining ...': the inverted speaker
                # (not "was booed and shouted down ... after telling": the one booed tells)
            continue
        if current is verb and is_go_on_to_clause(sentence, verb):  # "Pence went on to say ..."
            current = sentence.words[verb.head]
            continue
        named = inverted_name(sentence, verb, kids) if current is verb else None
        if named is not None:
            return named
        if current is verb:
            before = nominal_after_quote(sentence, verb) or nominal_before(sentence, verb) \
                or _fronted_subject(sentence, verb) or name_and_apposition_before(sentence, verb) \
                or description_and_name_before(sentence, verb) \
                or as_phrase_subject(sentence, verb) or share_before(sentence, verb) \
                or name_before_relative_clause(sentence, verb) or nominal_root(sentence, verb) \
                or name_right_before(sentence, verb) or compound_before(sentence, verb)
            if before is not None:
                return before
            if verb.deprel == "acl" and verb.xpos in ("VBD", "VBZ") and cue_lemma(verb) in SPEECH_VERBS \
                    and sentence.words[verb.head].upos in ("NOUN", "PROPN") and verb.index + 2 < len(sentence.words) \
                    and sentence.words[verb.index + 1].text in ",:" \
                    and sentence.words[verb.index + 2].text in QUOTE_CHARS:
                return sentence.words[verb.head]  # '..., the 34-year-old mother of three replied, "..."': a finite
                # verb parsed as a modifier of the noun before it
        if agent is not None:
            return agent
        if current is verb and verb.deprel == "conj" and any(k.deprel == "nsubj:pass" for k in kids):
            return None  # "Farmers say ..., and water companies have been told to ...": not the farmers
        if current.deprel in ("conj", "xcomp") and current.head >= 0 or (
                current.deprel == "ccomp" and is_participle(verb) and sentence.words[verb.index - 1].text == ",") \
                or (is_purpose_infinitive(sentence, current) and cue_lemma(verb) in SPEECH_VERBS):
            current = sentence.words[current.head]  # "said it would ..., warning that ...", "appeared to defend her"
        else:  # "Sen. Mark Kirk, ..., rescinded his endorsement, saying ...": the name opening the sentence
            return _name_before_subjectless(sentence, current) or (
                _fronted_subject(sentence, current, names_only=True) if current is not verb else None) \
                or _main_clause_subject(sentence, verb)
    return None


CONDITIONS = frozenset({"if", "unless", "because", "although", "though", "while", "when", "after", "before"})


def _trailing_condition(sentence: Sentence, clause: Word) -> bool:
    """Whether ``clause`` is a subordinate clause with its own subject, opened by a conjunction in ``CONDITIONS`` and
    following the verb it hangs on ("threatened to ban ... if Apple integrated ...")."""
    kids = sentence.children(clause.index)
    return clause.deprel == "advcl" and 0 <= clause.head < clause.index and any(
        k.deprel == "mark" and k.lemma.lower() in CONDITIONS for k in kids) and any(
        k.deprel in SUBJECT_RELS for k in kids)


def _misparsed_reduced_relative(sentence: Sentence, verb: Word) -> bool:
    """The main verb parsed as a past participle hanging on the participle of a reduced relative clause before it
    ("Protesters marching through the streets chanted ...", with "marching" the root): the subject of that
    participle speaks."""
    if verb.xpos != "VBN" or verb.deprel != "advcl" or verb.head < 0 or verb.head > verb.index \
            or sentence.words[verb.index - 1].text == ",":
        return False
    head = sentence.words[verb.head]
    kids = sentence.children(head.index)
    return head.xpos == "VBG" and head.head < 0 and any(k.deprel == "nsubj" for k in kids) \
        and not any(k.deprel.startswith("aux") for k in kids) \
        and not any(k.deprel in ("mark", "aux", "aux:pass") for k in sentence.children(verb.index))


def _out_of_dashes(sentence: Sentence, head: Word, verb: Word) -> Word:
    """The clause a dash aside hangs on, when ``head`` is in an aside that closes before ``verb`` ('marched
    ... - where the Panthers played the Vikings - while chanting, "..."': the marchers chant), else ``head``."""
    words = sentence.words
    dashes = [w.index for w in words[1:verb.index] if w.text in LONG_DASHES
              or (w.text == "-" and words[w.index - 1].end < w.start)]  # a spaced hyphen, not "D-Newport"
    opening = [d for d in dashes if d < head.index]
    if not opening or not any(head.index < d for d in dashes):
        return head
    while head.index > opening[-1] and head.head >= 0:
        head = words[head.head]
    return head


def _name_before_subjectless(sentence: Sentence, verb: Word) -> Word | None:
    """The name right before a finite main verb that the parse left without a subject ('..., Republican
    nominee Donald Trump issued the following statement:' with the name hung on a noun before it)."""
    if verb.deprel != "root" or verb.xpos not in FINITE_XPOS or verb.index == 0:
        return None
    j = before_bracket(sentence, verb.index - 1)  # "Rep. Hakeem Jeffries (D-N.Y.) reacted"
    if j < 0 or sentence.words[j].upos != "PROPN" or is_time_word(sentence.words[j], sentence.words):
        return None
    name = name_head(sentence, sentence.words[j])
    if any(k.deprel == "case" for k in sentence.children(name.index)):
        return None  # "... in Iowa said": a place in a phrase, not a subject
    if name.deprel == "nsubj:pass" and name.head == verb.index:
        return None  # "Greenpeace ordered to pay $660m": the one ordered
    return name


def _main_clause_subject(sentence: Sentence, verb: Word) -> Word | None:
    """The subject of the sentence's main clause for a participle set off by a comma after it that the parse hung
    inside another phrase ('Hillary Clinton called the agreement "..." in global efforts to address climate change,
    applauding ...', with "applauding" a conjunct of "address")."""
    root = sentence.root
    if verb.xpos != "VBG" or verb.index == 0 or sentence.words[verb.index - 1].text != "," or root is None \
            or root.upos != "VERB" or root.index > verb.index \
            or any(w.upos == "SCONJ" or w.xpos in ("WRB", "WDT", "WP") for w in sentence.words[root.index:verb.index]):
        return None  # not after a subordinate or relative clause ("He tweeted when Clinton ended ..., remarking")
    return next((k for k in sentence.children(root.index) if k.deprel in ("nsubj", "nsubj:pass")
                 and k.upos in ("NOUN", "PROPN", "PRON") and k.lemma.lower() not in ("it", "that", "this")), None)


def _reported_subject(sentence: Sentence, verb: Word, subject: Word) -> bool:
    """The subject the parse gives a participle after its "that" ("adding that the person who ..."): the
    reported clause's, not the participle's; and one after the verb with a preposition ("said of Mr. Trump"):
    whom it was said of; before the verb, a time or place the parse took for the subject ("but in a later
    interview said ...", :func:`is_place_or_time_phrase`)."""
    if subject.index > verb.index and any(k.deprel == "case" and k.index < subject.index
                                          for k in sentence.children(subject.index)):
        return True
    if is_place_or_time_phrase(sentence, subject):
        return True
    return is_participle(verb) and subject.index > verb.index and any(
        w.lemma.lower() == "that" for w in sentence.words[verb.index + 1:subject.index])


def _perfect_participle(kids: list[Word]) -> bool:
    """A verb whose auxiliary is "having" ("having said", "having referred to")."""
    return any(k.deprel == "aux" and k.lemma.lower() == "have" and is_participle(k) for k in kids)


def _fronted_subject(sentence: Sentence, verb: Word, names_only: bool = False) -> Word | None:
    """The name that opens the sentence before its description ('Alixandria Lapp, executive director of
    the PAC, said she ...' parsed with the name under the reported clause): no verb, clause word or mark
    before the cue (but for an aside after a name: 'Salceda, citing data ..., said'), a comma right
    before it, and a short nominal run up to the first comma (a name run only, with ``names_only``)."""
    words = sentence.words
    if verb.index < 3 or words[verb.index - 1].text != ",":
        return None
    opening = max((w.index + 1 for w in words[:verb.index] if w.text in LONG_DASHES), default=0)
    before = words[opening:verb.index]  # or after a dash ("... an accident — Brendan Buck, a spokesman, told")
    chunk = []
    for w in before:
        if w.text == ",":
            break
        chunk.append(w)
    named = all(w.upos == "PROPN" for w in chunk) and not any(
        k.deprel == "case" for w in chunk for k in sentence.children(w.index))
    if (names_only and not named) or any(w.text in QUOTE_CHARS or (w.upos in ("VERB", "AUX", "SCONJ") and not named
                                                                   and not _modifying_participle(w)) for w in before):
        return None  # a name opening the sentence may have any aside ('Salceda, citing data ..., said')
    nominals = [w for w in chunk if w.upos in ("PROPN", "NOUN")]
    if not nominals or len(chunk) > 6:
        return None
    head = nominals[-1]
    if is_time_word(head, sentence.words) or any(k.deprel == "case" for k in sentence.children(head.index)):
        # "Just last week, J.J. Goldberg, editor ..., wrote", "During Mr. Clinton's 1992 campaign, Betsey
        # Wright, a close aide, coined": the name the parse hung on the time or phrase, not the phrase
        after = words[opening + len(chunk) + 1] if opening + len(chunk) + 1 < verb.index else None
        appos = next((k for k in sentence.children(head.index) if k.deprel == "appos" and k.upos == "PROPN"), None)
        return appos or (name_head(sentence, after) if after is not None and after.upos == "PROPN" else head)
    return head


def _modifying_participle(word: Word) -> bool:
    """A participle that modifies a noun ("a New York-based newspaper catering to ..."), no clause of its own."""
    return word.deprel in ("amod", "acl") and word.xpos in ("VBG", "VBN")
