"""Introducers: the verb before a colon or comma that introduces a quote no cue claims (used by ``quotes.drafts``).

'Trump went even further: “...”', 'As Professor Foner put it: “...”': the parse often leaves such a quote
unlinked to the verb before it, so no cue claims it; the verb (or an answer noun: 'Clinton’s response was:
“...”') and its subject still say who speaks.
"""

from __future__ import annotations

from quotes.clauses import is_subordinated
from quotes.cue_speakers import speaker_of
from quotes.cues import Cue
from quotes.lexicon import LABEL_NOUNS, TEXT_NOUNS
from quotes.marks import QuoteSpan, char_before, outer_range
from quotes.parsing import Sentence, Word
from quotes.transcripts import in_headline

ANSWER_NOUNS = frozenset("""response answer reply reaction retort message verdict explanation dictum motto mantra slogan
refrain""".split())


def _introduced(q: QuoteSpan, text: str) -> bool:
    """A quote that is a sentence or clause of its own right after a colon (three words or more: 'a new campaign
    message: "It's about me."') or a comma (six words or more)."""
    mark = char_before(text, outer_range(q)[0], " \t\u00a0\n")
    return len(text[q.start:q.end].split()) >= (3 if mark == ":" else 6) and mark in (":", ",") and \
        text[q.start:q.end].rstrip("'’ ").endswith((".", "?", "!", ","))


def introducer_cue(q: QuoteSpan, sentences: list[Sentence], text: str) -> Cue | None:
    """The verb before the colon or comma that introduces quote ``q`` (:func:`_introduced`), as a cue
    with its subject: the verb itself or the head of the last word before the mark ('Trump went even
    further: “...”', 'as Tom Ridge put it: “...”'); None when there is no such verb or subject."""
    if not _introduced(q, text):
        return None
    a = outer_range(q)[0]
    for index in range(len(sentences) - 1, -1, -1):  # the last word before the mark, from the end back
        if sentences[index].start >= a:
            continue
        before = [w for w in sentences[index].words if w.end <= a and w.upos != "PUNCT"]
        if before:
            break
    else:
        return None
    sentence, last = sentences[index], before[-1]
    if "\n" in text[last.end:a] and text[last.end:a].strip() != ":":
        return None  # 'Trump issued the following statement:' closes its paragraph; the quote opens the next
    verb = last
    for _ in range(3):  # 'played up his strength in a general election: "..."': the verb above the phrase
        if verb.upos == "VERB" or verb.head < 0 or sentence.words[verb.head].end > a:
            break  # not a verb of the quote itself ("Republicans' reaction: 'Is that all there is?'")
        verb = sentence.words[verb.head]
    between = text[min(verb.end, last.start):last.start]
    if verb is not last and (any(ch in '"“”«»' for ch in between) or "''" in between):
        return None  # '"The Living Room to close," by Times' Ben Sisario: "..."': not across a quotation
    if is_subordinated(sentence, verb):
        return None  # 'Unless further rivals quit the race, "..."': a condition, not a speaker
    speaker = speaker_of(sentence, verb) if verb.upos == "VERB" else None
    if speaker is None:  # 'Clinton’s response was: “...”': the answer noun, its possessor speaking
        noun = next((w for w in before if (w.deprel == "nsubj" or w is last) and w.lemma.lower() in ANSWER_NOUNS), None)
        speaker = next((k for k in sentence.children(noun.index)
                        if k.deprel == "nmod:poss" and k.upos in ("PROPN", "NOUN")), None) if noun else None
        verb = noun or verb
    if speaker is None and in_headline(text, a):  # 'Sarah Silverman heckles Sanders supporters: "..."'
        speaker = _headline_label_speaker(before)
        verb = next((w for w in sentence.words if w.text == ":" and last.end <= w.start < a), verb)
    return Cue(sentence, index, [verb], speaker, []) if speaker is not None and speaker.end <= a else None


# Verbs whose speaker may say the quotation that opens the next sentence ("Sam Lau said in a statement. “...”").
SAYING_VERBS = frozenset("say tell add write tweet explain reply respond answer state comment".split())


def bare_report_before(q: QuoteSpan, cues: list[Cue], text: str) -> Cue | None:
    """The cue of the sentence right before quote ``q`` that has a speaker and reports nothing, the words after its
    verb all its own ("Sam Lau, the communications director for the Iowa Democratic Party, said in a statement.
    “There are no paper ballots to recount.”"): the quote is what it reports. None when there is no such cue, or the
    sentence holds a quotation of its own ('“...,” Obama said, according to a pool report. “...”')."""
    a = outer_range(q)[0]
    for cue in cues:
        sentence, verb = cue.sentence, cue.words[0]
        if cue.speaker is not None and not cue.content and cue.speaker.end <= cue.start \
                and verb.deprel == "root" and cue.lemma in SAYING_VERBS \
                and not any(mark in text[sentence.start:sentence.end] for mark in '"“”«»') \
                and (sentence.start == 0 or text[sentence.start - 1].isspace()) \
                and sentence.end <= a and not text[sentence.end:a].strip() and sentence.words[-1].text == "." \
                and {w.index for w in sentence.words[verb.index + 1:] if w.upos != "PUNCT"} \
                <= {w.index for w in sentence.subtree(verb.index)}:
            return cue
    return None


def _headline_label_speaker(before: list[Word]) -> Word | None:
    """Who the headline's label before its colon names, when its verb (if any) says nothing of speaking: a text
    noun ending it ('WSJ editorial:'), else the last word of its first proper name ('Sarah Silverman heckles
    Sanders supporters:', 'A lesson from Loretta Lynch:')."""
    if before and before[-1].lemma.lower() in TEXT_NOUNS | LABEL_NOUNS:
        return before[-1]
    for i, word in enumerate(before):
        if word.upos == "PROPN":
            while i + 1 < len(before) and before[i + 1].upos == "PROPN":
                i += 1
            return before[i]
    return None
