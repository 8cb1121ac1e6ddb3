"""Mention extent: how far a speaker mention reaches around its head word.

Small pure functions over a cue (``quotes.cues``) and the words of its speaker's mention
(``quotes.mentions``): the description after a name ('said Alan Cole, an economist at the Tax
Foundation'), the closing comma or dash of an apposition, a party in brackets ('Sen. Jack Reed
(D-R.I.)'), a modifier the parse hung on the cue ('People briefed on the move said'), a closing quotation
mark inside the mention, the object of "according to" up to the report it opens; time and medium phrases
("on Friday", "in a statement") are cut off a mention, and so are a clause hung on a mention the parse made the root
and a relative clause that reports on its own.
"""

from __future__ import annotations

from quotes.clauses import cue_lemma, is_participle, opens_party_label, opens_sentence
from quotes.cues import Cue
from quotes.lexicon import CIRCUMSTANCES, CUE_LEMMAS, MEDIA_NOUNS, QUOTE_CHARS
from quotes.mentions import DASHES, opens_anonymity_clause, without_comment
from quotes.parsing import Sentence, Word

def name_heads(sentence: Sentence, head: Word) -> list[Word]:
    """The head of a mention and the words of its name hung on it ("John", "Kirby" of "spokesman John
    Kirby"; "Karine", "Jean", "Pierre" of "Karine Jean-Pierre", a chain): the parse hangs a name's descriptions
    and circumstances on any of them."""
    found = [head]
    for word in found:
        found += [k for k in sentence.children(word.index) if k.deprel == "flat"]
    return found


def without_circumstances(sentence: Sentence, head: Word, words: list[Word]) -> list[Word]:
    """The words of ``head``'s mention up to a time or medium phrase hung on the head or on a word of
    its name ("Anthony Romero in a statement", "Terry McAuliffe on Friday", "spokesman John Kirby on
    Monday": on "John"; "nominee Donald Trump on Friday": on the name in apposition)."""
    heads = {h.index for h in name_heads(sentence, head)}
    heads |= {k.index for h in list(heads) for k in sentence.children(h) if k.deprel == "appos" and k.upos == "PROPN"
              and sentence.words[k.index - 1].text != ","}  # "nominee Donald Trump on Friday": on "Donald"
    aside = next((w for w in words if w.head in heads and w.index > head.index
                  and w.deprel.startswith(("nmod", "obl")) and w.lemma.lower() in CIRCUMSTANCES
                  and not (w.lemma.lower() in MEDIA_NOUNS and any(c.deprel == "case" and c.lemma.lower() == "of"
                                                                   for c in sentence.children(w.index)))),
                 None)  # not "excerpts of his speech", "a copy of the letter"
    if aside is None:
        return words
    first = min(w.index for w in sentence.subtree(aside.index))
    kept = [w for w in words if w.index < first] or words
    while len(kept) > 1 and kept[-1].upos == "PUNCT":
        kept = kept[:-1]
    return kept


SOURCE_PHRASE_CUES = ("according", "in")  # "according to X", "In the poll": the cue's object is the source
ASIDE_LEMMAS = CUE_LEMMAS | {"speak"}  # a participle after a comma that is the cue's aside ("..., speaking ...")


def _opens_sentence(cue: Cue) -> bool:
    """An "according to" or "In the poll" phrase at the start of its sentence (after a connective at most)."""
    return cue.words[0].text.lower() in SOURCE_PHRASE_CUES and opens_sentence(cue.sentence, cue.words[0])


def mention_end(cue: Cue, span: list[Word], outer: list[tuple[int, int]]) -> int:
    """End of a speaker mention with the description that follows the name (:func:`_described_end`), before
    a reporting participle set off by a comma after the name ("said Josh Earnest, the White House press
    secretary, echoing comments ...", "Ben Carson, speaking ...": the cue's aside, no part of the
    description; "managing director", "including ..." are)."""
    end = _described_end(cue, span, outer)
    words = cue.sentence.words
    aside = next((w for w in words[cue.speaker.index + 2:] if w.end <= end and w.xpos == "VBG"
                  and words[w.index - 1].text == "," and cue_lemma(w) in ASIDE_LEMMAS), None)
    return words[aside.index - 2].end if aside is not None and aside.index - 2 > cue.speaker.index else end


def _described_end(cue: Cue, span: list[Word], outer: list[tuple[int, int]]) -> int:
    """End of a speaker mention with the description that follows the name, whatever comes after it.

    'said Alan Cole, an economist at the Tax Foundation.': the description runs to the end of the
    sentence; 'Ban Ki-moon, the secretary general of the United Nations, said': to the comma before
    the cue, comma included. The parse often misses these appositions; the mention keeps them.
    """
    words = cue.sentence.words
    if span[0].start < cue.start < span[-1].end:  # "one former staffer, who said": the cue is no part of it
        span = [w for w in span if w.end <= cue.start]
        while len(span) > 1 and (span[-1].upos == "PUNCT" or span[-1].text.lower() in ("who", "which", "that")):
            span = span[:-1]
    if not cue.according:  # "according to a poll in February": all its object
        span = without_circumstances(cue.sentence, cue.speaker, span)
    span = without_comment(span, cue.speaker)
    span = span + _postmodifier_on_cue(cue, span)
    if _opens_sentence(cue) and any(w.text == "," for w in span[1:]):
        after = span[-1].index + 1
        if after < len(words) and words[after].text == ",":
            return words[after].end  # "According to Lorella Praeli, Clinton's Latino vote director, ..."
        span = span[:next(i for i, w in enumerate(span) if i and w.text == ",")]
        return span[-1].end  # "According to the poll, 46 percent of ...": the parse took the subject in
    end = span[-1].end
    nxt = span[-1].index + 1
    first = nxt + 1 if nxt < len(words) and words[nxt].text in (",", ".") and words[nxt].start == end else nxt
    marks = first
    while marks < min(len(words), first + 2) and all(ch in QUOTE_CHARS for ch in words[marks].text):
        marks += 1
    closed = [b for a, b in outer if span[0].start <= a < end < b <= words[marks - 1].end + 1] if marks > first else []
    if closed:  # "the party's “superdelegates”", "host of MSNBC’s “Morning Joe,”": the closing mark too
        end, nxt = closed[0], marks  # (a '' token may cover one of its two)
    opened = sum(w.text == "(" for w in span) - sum(w.text == ")" for w in span)
    close = next((w for w in words[nxt:nxt + 7] if w.text == ")"), None)
    party = nxt + 1 < len(words) and words[nxt].text == "(" and opens_party_label(words[nxt + 1])
    if (opened > 0 or party) and close is not None:  # "Sen. Jack Reed (D-R.I.)": the party and state too
        end, nxt = close.end, close.index + 1
    if nxt < len(words) and words[nxt].text in DASHES and span[0].index < cue.words[0].index \
            and any(w.text == words[nxt].text for w in span):
        return words[nxt].end  # "The cable news networks — MSNBC, CNN and Fox News — said": the closing dash too
    if nxt + 1 >= len(words) or words[nxt].text != "," or opens_anonymity_clause(words, nxt + 1):
        return end  # not ", who asked not to be named": why the name is missing, no description
    if any(w.text == "," for w in span) and span[0].index < cue.words[0].index:
        return words[nxt].end  # "Ban Ki-moon, the secretary general, (on Monday) said": the closing comma too
    if words[nxt + 1].upos not in ("DET", "ADJ", "NOUN", "PROPN") and words[nxt + 1].text.lower() not in ("who", "whose"):
        # "said Peter Rice, chairman of Fox Networks Group, noting ...": a description's closing comma too
        return words[nxt].end if any(w.text == "," for w in span) else end
    verb = cue.words[0]
    if span[0].index > verb.index:  # inverted: to the end of the sentence, unless the content follows
        if verb.text.lower() in SOURCE_PHRASE_CUES and words[nxt + 1] in cue.content:
            return end  # '(But the next day,) according to Reuters, the talks will ...': the content, no description
        rest = [w for w in words[nxt + 1:] if not (w.upos == "PUNCT" and w.text in ".!?")]
        commas = [i for i, w in enumerate(rest[1:-1], 1) if w.text == ","]
        aside = commas[-1:] if commas and _on_the_cue(cue.sentence, rest[commas[-1] + 1]) else []
        if aside:  # "shouted Tom Becker, who owns a store, during the meeting": not the meeting (the description's
            return rest[aside[-1]].end  # closing comma, as PolNeAR has it)
        if rest and not any(any(a <= w.start < b for a, b in outer) or w.text in QUOTE_CHARS for w in rest) \
                and rest[-1].index >= len(words) - 2:
            return rest[-1].end
        return end
    between = words[nxt + 1:verb.index]
    if between and between[-1].text == "," and not any(w.text in QUOTE_CHARS for w in between) \
            and cue.start >= between[-1].end and not _subjectless_head_between(cue, between):
        return between[-1].end
    return end


POSTMODIFIER_RELS = ("ccomp", "xcomp", "advcl", "dep")


def _on_the_cue(sentence: Sentence, word: Word) -> bool:
    """``word`` opens a phrase that tells when or how something was said ("during the meeting", "in an interview",
    "on Thursday"), not where someone is from ("on Chicago's South Side")."""
    if word.upos != "ADP":
        return False
    if word.lemma.lower() in ("during", "after", "before", "via"):
        return True
    noun = sentence.words[word.head] if word.head > word.index else None
    return word.lemma.lower() in ("in", "on", "at") and noun is not None and noun.lemma.lower() in CIRCUMSTANCES


def _postmodifier_on_cue(cue: Cue, span: list[Word]) -> list[Word]:
    """The words right between a mention and its cue that the parse hung on the cue as a clause: they
    modify the mention ("people familiar with the talks said", "People briefed on the move said"), as
    no complement stands between a subject and its verb. Only an adjective or participle without a
    subject, with nothing set off by punctuation; empty otherwise."""
    words = cue.sentence.words
    verb = cue.words[0]
    between = words[span[-1].index + 1:verb.index]
    if not between or span[0].index > verb.index:
        return []
    head = between[0]
    if head.head != verb.index or head.deprel not in POSTMODIFIER_RELS or not (
            head.upos == "ADJ" or head.xpos in ("VBN", "VBG")):
        return []
    clause = cue.sentence.subtree(head.index)
    if [w.index for w in clause] != [w.index for w in between] or any(
            w.upos == "PUNCT" or w.deprel.startswith("nsubj") for w in clause):
        return []
    return between


def _subjectless_head_between(cue: Cue, between: list[Word]) -> bool:
    """Whether a participle cue hangs on a verb without a subject between the mention and the cue: the
    clause the name's sentence goes on with, no part of its description ("Sen. Mark Kirk, ..., rescinded
    his endorsement, saying")."""
    verb = cue.words[0]
    return is_participle(verb) and any(w.index == verb.head and w.upos == "VERB" and not any(
        k.deprel.startswith("nsubj") for k in cue.sentence.children(w.index)) for w in between)


def before_cue(cue: Cue, end: int) -> int:
    """The end of a speaker mention that the parse made the sentence's root, before the first word after it of a
    verb's clause or a circumstance hung on it (the cue hangs on the speaker: "Sen. Chuck Grassley (R-Iowa) on
    Wednesday downplayed ...")."""
    speaker, sentence = cue.speaker, cue.sentence
    if speaker.head >= 0 or speaker.index > cue.words[0].index:
        return end
    clause = {w.index for kid in sentence.children(speaker.index)
              if kid.index > speaker.index and (kid.upos == "VERB" and kid.deprel not in ("acl:relcl", "appos")
                                                or kid.deprel.startswith("obl"))
              for w in sentence.subtree(kid.index)}
    first = min((i for i in clause if sentence.words[i].upos != "PUNCT"), default=None)
    if first is None:
        return end
    return min(end, sentence.words[first - 1].end)


def before_reported_clause(cue: Cue, end: int, speakers: set[int]) -> int:
    """The end of a speaker mention, cut before a relative clause set off by a comma whose pronoun
    speaks in a report of its own ("Mr. Scott, who has called Mr. Trump's comments racially toxic,
    said": the mention is "Mr. Scott"; PolNeAR marks the clause's report apart)."""
    words = cue.sentence.words
    for w in words[cue.speaker.index + 2:]:
        if w.start >= end:
            break
        if id(w) in speakers and w.text.lower() in ("who", "which") and words[w.index - 1].text == ",":
            return words[w.index - 2].end
    return end
