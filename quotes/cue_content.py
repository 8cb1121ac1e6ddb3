"""Cue content: which words of the parse a reporting verb reports.

Small pure functions over one :class:`quotes.parsing.Sentence` and a cue verb, used by the cue
stage (``quotes.cues``) and the learned cue model: the verb's clausal complement or object (with
the phrase after the object that PolNeAR counts), repairs for clauses the parser hung elsewhere
("said last week that ...", "..., arguing that ...": ``quotes.detached_clauses``; complements hung on the verb
under another relation, "asked the network to donate ...": ``quotes.misparsed_complements``), the clause above a
cue that hangs off it ("..., officials told the AP."), questions put without an asker, and raising
verbs' clauses.
"""

from __future__ import annotations

from quotes.clauses import (CONTENT_RELS, SUBJECT_RELS, cue_lemma, describes_speaker, has_that, in_phrase_of,
                            is_aside_after, is_complement_as_conjunct, is_participle, is_particle_phrase,
                            is_second_clause, is_shared_subject_clause, is_subordinated, lexicon_lemma, relative_report,
                            says_in_participle, subordinate_report)
from quotes.detached_clauses import detached_clause, stranded_clause
from quotes.idioms import free_relative_head, is_as_put_it, is_go_on_to_clause, made_clear
from quotes.lexicon import (ADDRESSEE_VERBS, CUE_LEMMAS, DURATIONS, FEELING_VERBS, QUESTION_WORDS, QUOTE_CHARS,
                            RAISING_VERBS, SPEECH_VERBS, TIME_WORDS)
from quotes.misparsed_complements import (as_predicate, aside_main_clause, called_on_to, complement_as_adverbial,
                                           request_clause, small_clause, stranded_predicate, unmarked_clause_before)
from quotes.object_phrases import conjunct_after_content, modifiers_after, phrase_after_object, reason_after_object
from quotes.parsing import Sentence, Word
from quotes.surface_reports import unnamed_question

MODALS = frozenset("can could may might would should must will".split())
REVERSED_RELS = ("parataxis", "ccomp", "advcl", "dep")


def _fronted_report(sentence: Sentence, verb: Word, kid: Word) -> bool:
    """A participle clause before the subject that reports with its own agent ('Asked by
    Stephanopoulos to respond, Carson said ...'): not part of what the subject said."""
    return kid.index < verb.index and kid.xpos == "VBN" and cue_lemma(kid) in CUE_LEMMAS \
        and any(k.deprel == "obl:agent" for k in sentence.children(kid.index))


def _short_answer(sentence: Sentence, verb: Word) -> list[Word]:
    """'half said so', '75 percent said yes', '26 percent said the same (of Trump)': the word or words
    right after the cue are what was said (PolNeAR marks them), wherever the parse hangs them."""
    words = sentence.words
    after = words[verb.index + 1] if verb.index + 1 < len(words) else None
    follow = words[verb.index + 2] if verb.index + 2 < len(words) else None
    if after is None:
        return []
    if after.text.lower() == "the" and follow is not None and follow.lemma.lower() == "same" and follow.head == verb.index:
        return sentence.subtree(follow.index)
    if after.text.lower() in ("yes", "no", "so") and after.upos in ("INTJ", "ADV", "DET") \
            and (follow is None or follow.upos in ("PUNCT", "ADP", "SCONJ", "CCONJ")):
        return [after]  # not "said so many things"
    return []


def _closing_report(sentence: Sentence, verb: Word, kid: Word) -> int | None:
    """Where a reporting verb with its own subject that the parse hangs on ``verb`` after its clause and a comma
    begins ('Grayson said Randolph “would have no chance,” the source recalled'), or that closes the sentence after
    a comma ("Bodies found in river, police say") or stands in it between commas ("..., he said, ..."): a report of
    its own, of the words around it; None for any other ``kid``."""
    if kid.deprel not in ("ccomp", "parataxis") or cue_lemma(kid) not in CUE_LEMMAS \
            or not any(k.deprel in SUBJECT_RELS and (k.index < kid.index or kid.deprel == "parataxis")
                       for k in sentence.children(kid.index)):  # "..., says Qatar"
        return None
    phrase = sentence.subtree(kid.index)
    first = next(w for w in phrase if w.upos != "PUNCT")  # (the parse may hang the comma before it on it)
    clause_before = cue_lemma(kid) in SPEECH_VERBS and any(k.deprel == "ccomp" and verb.index < k.index < first.index
                                                           for k in sentence.children(verb.index))
    if clause_before and sentence.words[first.index - 1].text in QUOTE_CHARS | {","}:
        return first.index
    # "Microplastics found in human brain tissue, study finds": the report that closes the sentence after a comma,
    # never the content of the verb before it (or set off by commas inside it: "Outbreaks continue in parts of Africa,
    # he said, and ...")
    after = sentence.words[phrase[-1].index + 1:]
    closing = kid.deprel == "parataxis" and (all(w.upos == "PUNCT" for w in after) or after[0].text == ",")
    return first.index if closing and sentence.words[first.index - 1].text == "," else None


def _time_span(sentence: Sentence, noun: Word) -> bool:
    """A span of time before "later", "earlier" or "ago" ("hours later", "two days earlier"): when, not what."""
    following = sentence.words[noun.index + 1] if noun.index + 1 < len(sentence.words) else None
    return noun.lemma.lower() in DURATIONS and following is not None \
        and following.text.lower() in ("later", "earlier", "ago", "afterwards")


def _clause_after_addressee(sentence: Sentence, kid: Word) -> Word | None:
    """The "that" clause under an addressee that the parse made a clause of its own ("wrote in a note to clients that
    the probe could ..." with "to clients" an adverbial clause holding the report)."""
    if kid.deprel != "advcl" or kid.upos not in ("NOUN", "PROPN", "PRON") or not any(
            k.deprel == "mark" and k.lemma.lower() == "to" for k in sentence.children(kid.index)):
        return None
    return next((k for k in sentence.children(kid.index) if k.deprel == "ccomp" and has_that(sentence, k)), None)


def _addressee_in_clause(sentence: Sentence, verb: Word, words: list[Word]) -> list[Word]:
    """The one told, which the parse made the object of the reported clause's verb ("told reporters Moscow
    remained open" with "reporters" the object of "remained"): the words right after the cue, before that verb's
    subject."""
    if cue_lemma(verb) not in ADDRESSEE_VERBS or not words or words[0].index != verb.index + 1:
        return []
    first = words[0]
    while first.head > verb.index and sentence.words[first.head].index > first.index \
            and sentence.words[first.head].upos not in ("VERB", "AUX"):
        first = sentence.words[first.head]
    clause = sentence.words[first.head] if first.head >= 0 else None
    if first.deprel not in ("obj", "iobj") or clause is None or clause.head != verb.index or not any(
            k.deprel in ("nsubj", "nsubj:pass") and first.index < k.index < clause.index
            for k in sentence.children(clause.index)):
        return []
    return sentence.subtree(first.index)


def content_of(sentence: Sentence, verb: Word, speaker: Word | None = None) -> tuple[list[Word], bool]:
    """The content words of a cue verb and whether they come from the clause above it (reversed).

    ``speaker`` (from :func:`quotes.cue_speakers.speaker_of`) is never part of the content, whatever
    the parse hangs on the verb ('..., say some Democrats' with "Democrats" parsed as the object)."""
    words: list[Word] = []
    subjects = [k.index for k in sentence.children(verb.index) if k.deprel in SUBJECT_RELS]
    clauses = [k.index for k in sentence.children(verb.index) if k.deprel == "ccomp" and has_that(sentence, k)]
    asked = {w.index for k in sentence.children(verb.index) if k.deprel == "advcl" and k.index < verb.index
             for w in unnamed_question(sentence, k)}  # "Asked why he trailed, Sanders said ...": not "why ..."
    answer = _short_answer(sentence, verb)
    if answer:
        return answer, False
    if (clause := made_clear(sentence, verb)) is not None:  # "made it clear that ...": the clause, not "it"
        return sentence.subtree(clause.index), False
    stranded = stranded_clause(sentence, verb)
    if stranded is not None and not clauses:
        return sentence.subtree(stranded.index), False
    subordinate = subordinate_report(sentence, verb)
    if subordinate is not None:
        return sentence.subtree(subordinate.index), False
    lent = [c for k in sentence.children(verb.index) if (c := subordinate_report(sentence, k)) is not None]
    detached = detached_clause(sentence, verb)
    if detached:
        return detached, False
    own_report = min([k.index for k in sentence.children(verb.index) if is_participle(k) and cue_lemma(k) in CUE_LEMMAS
                      and is_aside_after(sentence, k)]
                     + [start for k in sentence.children(verb.index)
                        if (start := _closing_report(sentence, verb, k)) is not None],
                     default=len(sentence.words))
    for kid in sentence.children(verb.index):
        if kid is speaker or kid.index in asked or kid in lent:
            continue
        if kid.index >= own_report:
            continue  # "said, arguing that ...", "said, adding, “...”": a report of its own (and what it reports)
        if subjects and subjects[0] < kid.index < verb.index or _fronted_report(sentence, verb, kid):
            continue  # "Chris Cox, who runs the NRA's lobbying arm, says": a misparsed relative clause
        if clauses and kid.index < clauses[0] and (kid.deprel in ("obj", "iobj") or (
                kid.deprel == "ccomp" and sentence.subtree(kid.index)[0].upos == "ADP")):
            continue  # "warning voters that ...": the addressee is not what was said; nor is "said on the MSNBC
            # show 'Morning Joe' that ...", the phrase parsed as a clause
        if kid.deprel in ("obj", "iobj") and (kid.lemma.lower() in TIME_WORDS or _time_span(sentence, kid)):
            continue  # "the airline said Thursday", "responded hours later": a misparsed time
        if kid.deprel == "obj" and is_as_put_it(sentence, verb):
            continue  # '"...," as a memo put it': the idiom's "it" is part of the cue
        if describes_speaker(sentence, verb, kid, speaker):
            continue  # "..., said Steven Taylor, a chairman of ...", "said DeSantis, who was elected ..."
        if kid.deprel == "obj" and _comment_after_aside(sentence, verb, kid):
            continue  # "X would ..., Sanders said, a policy that ...": the report is the clause before
        if is_second_clause(sentence, verb, kid) or is_shared_subject_clause(sentence, verb, kid) \
                or is_complement_as_conjunct(sentence, verb, kid):
            words.extend(sentence.subtree(kid.index))  # "said X and that Y": a second reported clause
            continue
        called = called_on_to(sentence, verb, kid)
        if called is not None:  # "called on her to resign": the one called on and the request
            words.extend(sentence.subtree(called.index) + sentence.subtree(kid.index))
            continue
        if reason_after_object(sentence, verb, kid):
            words.extend(sentence.subtree(kid.index))
            continue
        if small_clause(sentence, verb, kid):
            words.extend(sentence.subtree(kid.index))
            continue
        addressed = _clause_after_addressee(sentence, kid)
        if addressed is not None:  # "wrote in a note to clients that ...": not "to clients"
            words.extend(sentence.subtree(addressed.index))
            continue
        predicate = stranded_predicate(sentence, verb, kid)
        if predicate:  # "claimed Obama was “the founder” ...", the predicate parsed under another verb
            words.extend(sentence.subtree(kid.index) + predicate)
            continue
        if (kid.deprel in CONTENT_RELS and not (kid.deprel == "xcomp" and kid.upos not in ("VERB", "AUX")
                                                and verb.lemma not in RAISING_VERBS)) \
                or request_clause(sentence, verb, kid) or complement_as_adverbial(sentence, verb, kid) \
                or as_predicate(sentence, verb, kid) \
                or aside_main_clause(sentence, verb, kid) or unmarked_clause_before(sentence, verb, kid) \
                or (kid.deprel == "acl:relcl" and verb.upos == "VERB" and kid.index > verb.index
                    and has_that(sentence, kid)) \
                or (kid.deprel in ("obj", "iobj") and (verb.lemma.lower() not in ("tell", "ask") or any(
                    k.deprel == "xcomp" or request_clause(sentence, verb, k) for k in sentence.children(verb.index)))) \
                or is_particle_phrase(sentence, verb, kid) or phrase_after_object(sentence, verb, kid, words) \
                or conjunct_after_content(sentence, verb, kid, words):
            words.extend(sentence.subtree(kid.index))
    if not words and is_go_on_to_clause(sentence, verb):  # "went on to say, “...”": the clause hangs on "went"
        words = [w for k in sentence.children(verb.head) if k.deprel in ("ccomp", "parataxis") and k.index > verb.index
                 for w in sentence.subtree(k.index)]
    words.extend(w for w in relative_report(sentence, verb) if w not in words)  # "which officials said will go"
    if words and speaker is not None and speaker.index > verb.index and verb.deprel == "conj" \
            and all(w.index < verb.index for w in words):  # "X is hanging on, but Y, said the chief" parsed as
        head = sentence.words[verb.head]  # "hanging ... and said [but Y]": the whole clause before is the report
        return [w for w in sentence.subtree(head.index) if w.index < verb.index], True
    if words:
        words = _before_inner_report(sentence, verb, words)
        words.extend(modifiers_after(sentence, verb, words))
        words.extend(_negation_before(sentence, verb, words))
        words.extend(_question_word_before(sentence, verb, words))
        words.extend(w for w in [free_relative_head(sentence, verb, speaker, words)] if w is not None)
        addressee = _addressee_in_clause(sentence, verb, words)
        return sorted((w for w in words if w not in addressee), key=lambda w: w.index), False
    kids = sentence.children(verb.index)
    subject = next((k for k in kids if k.deprel in SUBJECT_RELS), None) or _inverted_object_speaker(sentence, verb,
                                                                                                  speaker)
    first = min(w.index for w in sentence.subtree(subject.index)) if subject is not None else 0
    appended = verb.deprel == "conj" and subject is not None and not any(k.deprel == "cc" for k in kids) \
        and (subject.index > verb.index or cue_lemma(verb) in CUE_LEMMAS
             or (first > 0 and sentence.words[first - 1].text in QUOTE_CHARS | {","}))
    # "X ..., officials told the AP." parsed as conj; not "the code the dynasty has embodied" (a relative clause
    # with a verb outside the lexicon)
    if verb.head >= 0 and is_participle(verb) and cue_lemma(sentence.words[verb.head]) in CUE_LEMMAS:
        # "said, adding: ...": the clause above is the other cue's report; a clause the parse hangs on that cue
        # after the participle is the participle's ("said ..., suggesting the senator sees issues as ...")
        if not is_aside_after(sentence, verb):
            return [], False
        return [w for k in sentence.children(verb.head) if k.index > verb.index and k.deprel in ("ccomp", "parataxis")
                for w in sentence.subtree(k.index)], False
    if (verb.deprel in REVERSED_RELS or appended) and verb.head >= 0 and not is_subordinated(sentence, verb) \
            and not _is_complement(sentence, verb) \
            and not (verb.xpos == "VBN" and any(k.deprel == "mark" and k.lemma.lower() == "as" for k in kids)
                     and not any(k.deprel.startswith("aux") or k.deprel == "obl:agent" for k in kids)):
        # not '"...," Warren told Stumpf, after he admitted ...': the time of another report, nor "Shares hit a high
        # after the company reported ...": the time of an event; nor "Doctors' strike
        # ends as deal agreed": a passive without its auxiliary or agent reports nothing
        own = {w.index for w in sentence.subtree(verb.index)}
        head = sentence.words[verb.head]
        # the clause before the cue, and a coordinated part after it ('X "a," Y wrote, and "b."')
        after = {w.index for k in sentence.children(head.index) if k.deprel == "conj" and k.index > verb.index
                 for w in sentence.subtree(k.index)}
        words = [w for w in sentence.subtree(head.index) if w.index < min(own) or w.index in after]
        if verb.index > head.index:
            return words, True
        if verb.deprel == "parataxis" and _set_off(sentence, verb):  # "And yet, Mrs. Clinton's aides say, Syria
            return [w for w in sentence.subtree(head.index) if w.index not in own], True  # remains a priority"
        if verb.deprel == "advcl" and any(k.deprel == "mark" and k.lemma.lower() == "as" for k in kids):
            return [w for w in sentence.subtree(head.index) if w.index > max(own)], True  # "As X noted, ..."
    return [], False


def _before_inner_report(sentence: Sentence, verb: Word, words: list[Word]) -> list[Word]:
    """``words`` up to a speech participle the parse hung inside them after a comma ("that he plans to preview a
    strategy ..., insisting that ...", "to veto the bill ..., arguing such legislation ..."): a report of its own."""
    taken = {w.index for w in words}
    inner = [w.index for w in words if w.index > verb.index and w.head in taken and says_in_participle(sentence, w)]
    return [w for w in words if w.index < min(inner)] if inner else words


def _is_complement(sentence: Sentence, verb: Word) -> bool:
    """The cue's clause is a complement of the verb before it, not an aside: a "that" clause ("reported that she had
    talked openly ..."), or a bare one right after a speech verb with no comma between ("Ted Cruz said he disagreed":
    what Cruz said, not a report of "Ted Cruz said"); unless a quotation opens it ('cannot say that “from his
    perspective,” Lewandowski added')."""
    if verb.deprel != "ccomp":
        return False
    mark = next((k for k in sentence.children(verb.index) if k.deprel == "mark" and k.lemma.lower() == "that"), None)
    if mark is not None and mark.index + 1 < len(sentence.words) \
            and sentence.words[mark.index + 1].text not in QUOTE_CHARS:
        return True
    head = sentence.words[verb.head]
    first = min(w.index for w in sentence.subtree(verb.index))
    return head.index < first and cue_lemma(head) in SPEECH_VERBS \
        and not any(w.upos == "PUNCT" for w in sentence.words[head.index + 1:first]) \
        and not any(w.text in QUOTE_CHARS for w in sentence.words[first:verb.index])


def _question_word_before(sentence: Sentence, verb: Word, words: list[Word]) -> list[Word]:
    """The question word (and its noun) the parse hangs on the cue right before the clause it opens ("asked
    Rubio which states he could win", "explaining why she forgave Roof"): part of the question."""
    first = min(w.index for w in words)
    for kid in sentence.children(verb.index):
        phrase = sentence.subtree(kid.index)
        if verb.index < kid.index < first and phrase[-1].index + 1 == first and kid not in words \
                and phrase[0].lemma.lower() in QUESTION_WORDS and kid.deprel in ("obj", "advmod", "obl", "nsubj"):
            return phrase
    return []


def _negation_before(sentence: Sentence, verb: Word, words: list[Word]) -> list[Word]:
    """The "not" or "never" the parse hangs on the cue right before an infinitive content ("promised not
    to raise taxes", "vowed never to return"): it belongs to what was promised."""
    first = min(w.index for w in words)
    return [k for k in sentence.children(verb.index) if k.deprel == "advmod" and k.lemma.lower() in ("not", "never")
            and k.index + 1 == first and sentence.words[first].lemma.lower() == "to"]


def _inverted_object_speaker(sentence: Sentence, verb: Word, speaker: Word | None) -> Word | None:
    """The speaker of a speech verb after a comma when the parse made the name its object ("..., said
    DeSantis", "..., said Democratic strategist Mary Anne Marsh"): a name whose phrase runs from the verb."""
    if speaker is None or not speaker.index > verb.index > 0 or sentence.words[verb.index - 1].text != "," \
            or cue_lemma(verb) not in SPEECH_VERBS:
        return None
    named = any(w.upos == "PROPN" for w in sentence.subtree(speaker.index))
    return speaker if named and in_phrase_of(sentence, speaker, verb.index + 1, speaker.index) else None


def _set_off(sentence: Sentence, verb: Word) -> bool:
    """Whether a cue and its subject before it stand between commas ("..., Mrs. Clinton's aides say, ...")."""
    own = sentence.subtree(verb.index)
    lo, hi = min(w.index for w in own), max(w.index for w in own if w.upos != "PUNCT")
    words = sentence.words
    return lo > 0 and words[lo - 1].text == "," and hi + 1 < len(words) and words[hi + 1].text == "," \
        and any(k.deprel in SUBJECT_RELS and k.index < verb.index for k in sentence.children(verb.index))


def _comment_after_aside(sentence: Sentence, verb: Word, kid: Word) -> bool:
    """A noun phrase set off by a comma after a cue that comments on the clause before it ("..., Sanders
    said, a policy that would help ..."), parsed as the cue's object."""
    first = min(w.index for w in sentence.subtree(kid.index) if w.upos != "PUNCT")
    return verb.deprel in REVERSED_RELS and 0 <= verb.head < verb.index and kid.upos == "NOUN" \
        and first == verb.index + 2 and sentence.words[verb.index + 1].text == ","


def raised_clause(sentence: Sentence, verb: Word, subject: Word) -> list[Word]:
    """The clause of a raising verb from its subject on ("the court seemed to send a signal"), without
    coordinated or loosely attached clauses; only the complement when the subject is an expletive "it"."""
    drop: set[int] = set()
    heads = [verb] + [k for k in sentence.children(verb.index) if k.deprel in ("xcomp", "ccomp")]
    for kid in (k for h in heads for k in sentence.children(h.index)):
        if kid.deprel in ("conj", "cc", "parataxis") or (kid.deprel in ("expl", "nsubj") and kid.lemma.lower() == "it"):
            drop.update(w.index for w in sentence.subtree(kid.index))
    first = min(w.index for w in sentence.subtree(subject.index)
                if not (w.head == subject.index and w.deprel == "case"))  # not the "with" of "with temperatures"
    clause = [w for w in sentence.subtree(verb.index) if w.index not in drop and w.index >= first]
    while clause and clause[-1].upos == "PUNCT":
        clause.pop()
    return clause


def stimulus_report(sentence: Sentence, verb: Word) -> tuple[Word, list[Word]] | None:
    """The one who feels and what about, for an active verb of feeling with a subject before it and an object
    ("His behavior has angered the party's top figures", "The idea worries environmentalists"): the object speaks,
    the subject is the content. None for any other verb, a passive or a relative or empty subject ("which alarms
    ...", "It worries me that ...") or one that only might be ("can excite fans")."""
    if verb.upos != "VERB" or lexicon_lemma(verb, FEELING_VERBS) not in FEELING_VERBS:  # "angered", "worries"
        return None
    kids = sentence.children(verb.index)
    if any(k.deprel in ("aux:pass", "nsubj:pass", "cop", "expl", "compound:prt") or k.lemma.lower() in MODALS
           for k in kids):  # not "rattled off" (recited), nor "could alienate his backers"
        return None
    subject = next((k for k in kids if k.deprel in ("nsubj", "csubj")), None)
    felt = next((k for k in kids if k.deprel == "obj" and k.upos in ("NOUN", "PROPN", "PRON")), None)
    if subject is None or felt is None or not subject.index < verb.index < felt.index \
            or "PronType=Rel" in subject.feats or subject.text.lower() in ("it", "this", "that", "what"):
        return None
    return felt, sentence.subtree(subject.index)
