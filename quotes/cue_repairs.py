"""Cue repairs: reports that the parse hands to the wrong cue of the same sentence.

Small pure functions over the cues of one document (:func:`quotes.cues.find_cues` calls them last).
A coordinated or participle cue often loses its subject or its clause to the cue before it in
the parse ("said X, but maintained Y" with Y under "said"; "said ..., adding that ..." with the
"that" clause under "said"); these give the speaker and the clause back to the cue they belong to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.clauses import is_participle, is_second_clause

if TYPE_CHECKING:
    from quotes.cues import Cue


def repair_shared_reports(cues: list[Cue]) -> None:
    """Share speakers and move clauses between the cues of one sentence, in place."""
    _share_coordinated(cues)
    _claim_following_clause(cues)
    _participle_of_the_outer_report(cues)


def _share_coordinated(cues: list[Cue]) -> None:
    """'X said ..., but maintained ...': the coordinated cue shares X and keeps its own clause."""
    for i, cue in enumerate(cues):
        kids = cue.sentence.children(cue.words[0].index)
        if cue.speaker is None and not cue.raising and any(k.deprel == "cc" for k in kids) \
                and not any(k.deprel == "nsubj:pass" for k in kids):  # not "..., and companies have been told"
            earlier = [c for c in cues[:i] if c.sentence is cue.sentence and c.speaker is not None]
            if earlier:
                cue.speaker = earlier[-1].speaker
    for cue in cues:  # "said X, but maintained Y" parsed with Y under "said": Y goes to "maintained"
        for other in cues:
            verb = other.words[0]
            if other.sentence is cue.sentence and verb.head == cue.words[0].index and verb.deprel == "conj" \
                    and verb.index > cue.words[0].index and not other.content \
                    and not is_second_clause(cue.sentence, cue.words[0], verb):  # not "said X and that she did
                # not want to be Y": a second clause of the report
                moved = [w for w in cue.content if w.index > verb.index]
                if moved:
                    other.content = moved
                    cue.content = [w for w in cue.content if w.index < verb.index]
    for cue in cues:  # "said X, but maintained Y": Y belongs to "maintained" alone (not "argue that they
        for other in cues:  # should consider bolting Clinton and backing him": a position is part of the report;
            # not 'X held a meeting and pledged Y, the paper reported': the paper reports both; nor "told reporters
            # the president was awake and talking", the verb's report empty)
            if other is not cue and other.sentence is cue.sentence and other.words[0] in cue.content \
                    and other.content and not cue.reversed and other.words[0].deprel == "conj" \
                    and not _bare_position(other) \
                    and not is_second_clause(cue.sentence, cue.words[0], other.words[0]):  # "said X and that Y"
                drop = {w.index for w in cue.sentence.subtree(other.words[0].index)}
                cue.content = [w for w in cue.content if w.index not in drop]


def _bare_position(cue: Cue) -> bool:
    """A weak cue in a bare or -ing form without a subject or a clause of its own ("backing him", "and
    support the deal"): a position the content goes on with, not a report of its own (but "and implying
    that ...")."""
    verb = cue.words[0]
    return cue.weak and verb.xpos in ("VB", "VBG") \
        and not any(k.deprel.startswith("nsubj") or k.deprel == "ccomp" for k in cue.sentence.children(verb.index))


def _claim_following_clause(cues: list[Cue]) -> None:
    """'said ..., adding that "..."' parsed with the 'that' clause under 'said': it goes to 'adding'."""
    for cue in cues:
        verb, words = cue.words[-1], cue.sentence.words
        if cue.content or verb.index + 1 >= len(words) or words[verb.index + 1].lemma.lower() != "that" \
                or words[verb.index + 1].deprel != "mark":
            continue
        clause = {w.index for w in cue.sentence.subtree(words[verb.index + 1].head)}
        holders = [c for c in cues if c is not cue and c.sentence is cue.sentence
                   and any(w.index in clause for w in c.content)]
        if verb.index in clause or not holders:
            continue
        cue.content = [w for w in words if w.index in clause]
        for other in holders:
            other.content = [w for w in other.content if w.index not in clause]


def _participle_of_the_outer_report(cues: list[Cue]) -> None:
    """'Trump said the deadlock has "kept us safe" before claiming that ...': a participle cue whose
    subject, found through the verb it hangs on, is a common noun inside an earlier report's content
    belongs to that report's speaker (Trump), not to the noun (deadlock); so does a cue the parse
    conjoined to a verb of that content ('Pence said in politics it takes time ... but added, "..."':
    Pence, not "it")."""
    for cue in cues:
        verb = cue.words[0]
        if cue.speaker is None or cue.according:  # "according to the poll": the poll speaks
            continue
        conjoined = verb.deprel == "conj" and cue.speaker.upos in ("NOUN", "PRON") and cue.speaker.index < verb.index \
            and cue.speaker.xpos != "WP"  # not "The court heard that ... Ian Lewis, who fell and hit his head"
        if not (conjoined or (cue.speaker.upos == "NOUN" and is_participle(verb))):
            continue
        outer = [c for c in cues if c.sentence is cue.sentence and c.speaker is not None and c is not cue
                 and not c.according
                 and c.words[0].index < verb.index and cue.speaker in c.content
                 and (not conjoined or cue.sentence.words[verb.head] in c.content)]
        if outer:
            cue.speaker = outer[-1].speaker
