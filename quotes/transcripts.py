"""Transcript stage: speaker labels in interview and debate transcripts ("TAPPER: Do you think ...",
"Q: ..." and "A: ..." with the interviewee named before),
and the names that sign or label a single quotation ('“...” ― Carlos Raúl', '- Carl Bialik: “...”'), and those of a
headline: its label before a colon ("Poll: Trump leads ...", which speaks unless a rubric, ``headline_speaks``) and
the name after a quotation that opens it ("'It's madness': Clarkson joins ...").

A paragraph that opens with an upper-case label and a colon is a turn: the label names the
speaker, the colon is the cue and the rest of the paragraph is what was said (without a quotation
mark that opens or closes it, by the news convention for quotes running over paragraphs). A
document needs at least two such paragraphs to count as a transcript, so that a lone headline
("FIX IS IN: ...") is not taken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quotes.cues import Cue
from quotes.lexicon import HONORIFICS, LABEL_NOUNS, TITLES
from quotes.marks import QuoteSpan, outer_range
from quotes.mentions import mention_words
from quotes.names import without_titles
from quotes.parsing import Sentence, Word

_LABEL = re.compile(r"^[ \t]*[\"“]?[ \t]*([A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,3}):[ \t\u00a0]+(?=\S)", re.M)
NOT_SPEAKERS = frozenset("""VIDEO WATCH UPDATE UPDATED PHOTOS PHOTO READ NOTE BREAKING RELATED EXCLUSIVE
FULL TEXT WASHINGTON POLL REPORT SOURCE SOURCES CORRECTION Q A EDITOR'S EDITOR’S REVIEW ANALYSIS OPINION EDITORIAL
EXPLAINER EXPLAINED COMMENTARY PERSPECTIVE OBITUARY INTERVIEW LETTERS LIVE FACTBOX FACT CHECK RECAP PREVIEW""".split())
# (rubrics of a headline: "Review: Taylor Swift's new album ...", "Analysis: ...", "Fact check: ...")
_MARKS = "\"“”"
_TITLE_WORDS = "|".join(sorted((t for t in TITLES if t.isalpha()), key=lambda w: -len(w)))  # "Police chief"
# "Pollsters agree - Carl Bialik: “...”", "Marco Rubio: ‘...’", "Police chief: ‘...’": a name and a colon right
# before a quotation.
_QUOTE_LABEL = re.compile(r"(?:^[ \t\u00a0-]*|[ \t\u00a0][-—–][ \t\u00a0]*|(?:(?<=[.!?])|(?<=[.!?][\"”]))[ \t\u00a0]+)"
                          r"(?:More from |From )?"  # "From the report: “...”"; "Rep. Trey Gowdy (R-S.C.):“...”"
                          r"((?<=rom )the [a-z]+|[A-Z][\w.'’-]*(?:[ \t\u00a0](?:[A-Z][\w.'’-]*|and|of)){0,5}"
                          r"(?:[ \t\u00a0](?:%s))?(?:[ \t\u00a0]\([A-Z][\w.-]*\))?):[ \t\u00a0]*$" % _TITLE_WORDS, re.M)


@dataclass
class Turn:
    """One labelled turn: the label's offsets and the name it gives, the colon, and the words said (``spans``: for a
    quoted turn, their [start, end] fragments, one per paragraph it runs on, without the marks that open them)."""

    label_start: int
    label_end: int
    name: str | None
    colon: int
    start: int
    end: int
    spans: list[list[int]] = field(default_factory=list)


def quoted_turn(text: str, turn: Turn) -> bool:
    """A turn inside quotation marks ('"WALLACE: Let's start ...'): a direct quotation. Without marks
    ("TAPPER: Do you ...") its words are the speaker's all the same, but by the kinds' definition (``direct``: the
    content inside marks) it is none; it is kept as ``indirect``, its ``method`` "transcript" says it is verbatim."""
    line = text.rfind("\n", 0, turn.label_start) + 1
    return text[line:turn.label_start].strip() in tuple(_MARKS)


def speaker_name(label: str, text: str = "") -> str:
    """A readable name for an upper-case label, without its honorific: each word as ``text`` writes it elsewhere
    in lower or mixed case ("MS. JEAN-PIERRE" -> "Jean-Pierre", "MCCAIN" -> "McCain" where the text names John
    McCain), else capitalised part by part ("JAKE TAPPER" -> "Jake Tapper", "O'ROURKE" -> "O'Rourke")."""
    words = label.split()
    if len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(_as_written(word, text) if word.isupper() else word for word in words)


def _as_written(word: str, text: str) -> str:
    written = (m.group() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I))
    return next((w for w in written if not w.isupper()), None) \
        or re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word)


def _turn_end(text: str, start: int) -> int:
    """The end of the words said in a turn that starts at ``start``: the line's end, without trailing
    blanks or the closing mark of a quotation that ran over several paragraphs."""
    line_end = text.find("\n", start)
    end = len(text) if line_end < 0 else line_end
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] in _MARKS and sum(text.count(m, start, end) for m in _MARKS) % 2 == 1:
        end -= 1
    return end


# a paragraph that goes on with a quoted turn: an opening mark, then no label, stage direction or sign-off
_CONTINUED = re.compile(r"\n[ \t]*\n?[ \t]*[\"“](?![ \t]*(?:[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,3}:|\(|\["
                        r"|Follow [^\n]{1,40} on (?:Twitter|Facebook|Instagram)\b))(?=\S)")


def _continued_spans(text: str, start: int, end: int) -> list[list[int]]:
    """The [start, end] fragments of a quoted turn whose first paragraph is ``text[start:end]`` and that runs on
    over the paragraphs after it: each opens with a quotation mark and no label ('"PENCE: Well, look, ...' then
    '"But the truth is ...'), up to a labelled turn, a stage direction ('"(CROSSTALK.)'), the author's sign-off
    ('"Follow Pam Key on Twitter @pamkeyNEN."') or a paragraph without an opening mark."""
    spans = [[start, end]]
    while (match := _CONTINUED.match(text, spans[-1][1])) is not None:
        spans.append([match.end(), _turn_end(text, match.end())])
    return spans


def find_turns(text: str) -> list[Turn]:
    """The labelled turns of ``text``, in order; empty unless the text has at least two of them."""
    turns = []
    for match in _LABEL.finditer(text):
        label = match.group(1)
        if label in NOT_SPEAKERS or any(word in NOT_SPEAKERS for word in label.split()) or len(label) < 2:
            continue
        turn = Turn(match.start(1), match.end(1), speaker_name(label, text), match.end(1), match.end(),
                    _turn_end(text, match.end()))
        if quoted_turn(text, turn):
            turn.spans = _continued_spans(text, turn.start, turn.end)
            turn.end = turn.spans[-1][1]
        if turn.end > turn.start:
            turns.append(turn)
    return turns if len(turns) >= 2 else []


_QA_LABEL = re.compile(r"^[ \t]*(Q|A|Question|Answer)[ \t]*:[ \t\u00a0]+(?=\S)", re.M)
_NAME = r"((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+)"
# Who answers: "An interview with climate envoy John Kerry", "Interview: Novelist Priya Raman on ...", "John Kerry,
# the US envoy, spoke to ..."
_INTERVIEWEE = re.compile(r"(?:[Ii]nterview(?:ed)?|Q&A|[Cc]onversation)(?: with|:) (?:[a-z][\w-]* ){0,4}" + _NAME)
_SPOKE_TO = re.compile(_NAME + r"(?:,[^,\n]{1,120},)? (?:spoke|talked|sat down) (?:to|with)\b")


def interview_turns(text: str) -> list[Turn]:
    """The question and answer turns of an interview printed as "Q: ..." and "A: ..." paragraphs: the
    answers are the interviewee's, named before the first question ("An interview with climate envoy
    John Kerry", "John Kerry ... spoke to The Guardian"), the questions have no named speaker; empty
    unless the text has both a question and an answer."""
    labels = list(_QA_LABEL.finditer(text))
    if not any(m.group(1)[0] == "Q" for m in labels) or not any(m.group(1)[0] == "A" for m in labels):
        return []
    intro = text[:labels[0].start()]
    named = [m.group(1) for m in _INTERVIEWEE.finditer(intro) if not m.group(1).startswith("The ")] \
        or [m.group(1) for m in _SPOKE_TO.finditer(intro)]
    interviewee = " ".join(without_titles(named[0].split())) if named else None  # "Vice President Joe Biden"
    turns = []
    for match in labels:
        end = _turn_end(text, match.end())
        if end > match.end():
            answer = match.group(1)[0] == "A"
            turns.append(Turn(match.start(1), match.end(1), interviewee if answer else None,
                              text.index(":", match.end(1)), match.end(), end))
    return turns


def quote_label(text: str, mark: int) -> tuple[int, int] | None:
    """The (start, end) of a name that labels the quotation whose opening mark is at ``mark``
    ("- Carl Bialik: “One of the biggest lessons ...”", a headline "Marco Rubio: ‘...’"), or None."""
    line_start = text.rfind("\n", 0, mark) + 1
    match = _QUOTE_LABEL.search(text, line_start, mark)
    label = match.group(1).split() if match else []
    if not label or label[-1] in ("and", "of") or match.group(1).isupper() \
            or (label[0] != "the" and any(word.upper() in NOT_SPEAKERS for word in label)):  # "Update: “...”"
        return None
    before = text[line_start:match.start()].rstrip(" \t\u00a0\"”").split()
    if before and not text[match.start():match.start(1)].strip() \
            and (before[-1].lower() in TITLES or re.fullmatch(r"[A-Z]\.", before[-1])):
        return None  # 'said of Mr. Rubio: “...”': the full stop of a title, no sentence end
    return match.start(1), match.end(1)


# Up to four capitalised words ("Marco Rubio", "Obama on Climate Change"), perhaps ending in a text noun
# ("WSJ editorial", "Democrats' new warning") or a title ("Police chief", "Labour leader").
_HEADLINE_LABEL = re.compile(r"[ \t]*([A-Z][\w.'’-]*(?:[ \t](?:[A-Z][\w.'’-]*|de|of|and|on)){0,3}"
                             r"(?:(?:[ \t][a-z][\w-]*)?[ \t](?:%s))?):[ \t\u00a0]+(?=\S)"
                             % "|".join(sorted(LABEL_NOUNS, key=lambda w: -len(w)) + [_TITLE_WORDS]))
HEADLINE_NOT_SPEAKERS = NOT_SPEAKERS - {"POLL", "REPORT", "SOURCE", "SOURCES"}
# A sports page's rubric as a whole label ("Football: Arteta hails ...", "Premier League: Guardiola admits ..."); a
# body named so speaks ("Cricket Australia: ...").
HEADLINE_RUBRICS = frozenset(("FOOTBALL SOCCER RUGBY CRICKET TENNIS GOLF BOXING ATHLETICS CYCLING SWIMMING SPORT "
                              "SPORTS MOTORSPORT RACING").split()) | {
    "PREMIER LEAGUE", "CHAMPIONS LEAGUE", "FORMULA ONE", "FORMULA 1", "SIX NATIONS", "WORLD CUP", "RUGBY UNION",
    "RUGBY LEAGUE"}


_LATER_LINE = re.compile(r"\n\s*\S")  # a non-blank line further on


def in_headline(text: str, pos: int) -> bool:
    """``pos`` lies on the first line of a text that goes on after it: the headline. (Looks no further than the
    first line's end, so that a text of one long line costs one scan per call, not a search from ``pos``.)"""
    line_end = text.find("\n")
    return 0 <= pos <= line_end and _LATER_LINE.search(text, line_end) is not None


def headline_label(text: str) -> tuple[int, int, int, int] | None:
    """A headline that names who says what before a colon ("Poll: Trump and Clinton hold narrow leads",
    "Trump: My immigration plans aren't set in stone.", "Obama on Climate Change: ..."): (label start, label end,
    content start, content end), the label without its topic ("on Climate Change"), the content without its
    final full stop; None for any other first line."""
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    match = _HEADLINE_LABEL.match(text, 0, line_end)
    words = [word.upper().strip(".") for word in match.group(1).split()] if match is not None else []
    if match is None or line_end > 200 or words[0] in HEADLINE_NOT_SPEAKERS \
            or all(word in HEADLINE_NOT_SPEAKERS for word in words) or " ".join(words) in HEADLINE_RUBRICS:
        return None  # not "Breaking News:" nor "Football:"; "Judicial Watch:" speaks
    end = len(text[:line_end].rstrip(" \t\u00a0.;"))
    return (match.start(1), _without_topic(match.start(1), match.group(1)), match.end(), end) \
        if end > match.end() else None


def across_headline_label(text: str, words: list[Word]) -> bool:
    """``words`` hold the colon of the headline's label ("Historians: Clinton, Obama linked ..."); the headline
    is looked up only when they hold a colon at all."""
    colons = [w for w in words if w.text == ":"]
    label = headline_label(text) if colons else None
    return label is not None and any(label[1] <= w.start < label[2] for w in colons)


def _without_topic(start: int, label: str) -> int:
    """Where a headline label starting at ``start`` ends without the topic it names ("Obama on Climate Change":
    the speaker is before "on")."""
    topic = re.search(r"[ \t\u00a0][Oo]n[ \t\u00a0]", label)
    return start + (topic.start() if topic else len(label))


def headline_cue(text: str, sentences: list[Sentence]) -> tuple[Cue, int, int] | None:
    """The colon of a labelled headline (:func:`headline_label`) as a cue whose speaker is the label's
    head word, with the content's (start, end); None when there is none or it was not parsed."""
    found = headline_label(text)
    if found is None:
        return None
    label_start, label_end, start, end = found
    for index, sentence in enumerate(sentences):
        names = [w for w in sentence.words if label_start <= w.start < label_end]
        colon = [w for w in sentence.words if w.text == ":" and label_end <= w.start < start]
        heads = [w for w in names if w.head < 0 or not label_start <= sentence.words[w.head].start < label_end]
        if heads and heads[0].upos not in ("PROPN", "NOUN"):  # "Rush Limbaugh:" with "Rush" parsed as a verb
            heads = [w for w in names if w.upos in ("PROPN", "NOUN")][-1:]
        if colon and heads:
            content = [w for w in sentence.words if start <= w.start < end]
            return Cue(sentence, index, colon[:1], heads[0], content), start, end
    return None


# A headline label speaks when it is one of these or a speaker in the article ("Trump: ..."), not a
# topic ("Afghanistan: ...").
HEADLINE_SOURCES = frozenset("poll survey study insiders sources officials ap reuters".split()) | LABEL_NOUNS


def headline_speaks(headline: Cue, cues: list[Cue]) -> bool:
    """A headline label speaks when it is a poll, report, ..., a group ("Historians: ..."), a title ("Labour leader:
    ...") or names a speaker of the article, the speaker of one of ``cues`` ("Marco Rubio: ..." when "Rubio
    said")."""
    label = {w.text for w in headline.sentence.words if w.end <= headline.start and w.upos == "PROPN"}
    label.add(headline.speaker.text)
    return headline.speaker.lemma.lower() in HEADLINE_SOURCES | TITLES or headline.speaker.xpos == "NNS" or any(
        w.text in label for c in cues if c.speaker is not None for w in mention_words(c.sentence, c.speaker))


def names_its_own_subject(headline: Cue, spans: list[tuple[int, int]]) -> bool:
    """A labelled headline's content, outside its quotes, is a verb in lower case with a named subject ("Arteta hails
    ...")."""
    words = headline.sentence.words
    outside = [w for w in headline.content if not any(a <= w.start < b for a, b in spans)]
    return any(w.deprel == "nsubj" and w.upos == "PROPN" and words[w.head].upos == "VERB" and words[w.head] in outside
               and words[w.head].text.islower() for w in outside)  # a verb in lower case: no title-case heading


_COLON_AFTER_QUOTE = re.compile(r"[ \t\u00a0]*:[ \t\u00a0]+(?=\S)")


def headline_quote_cue(q: QuoteSpan, sentences: list[Sentence], text: str) -> Cue | None:
    """The verb of a headline that opens with a quotation and a colon, as a cue whose speaker is the verb's named
    subject ("'It's madness': Clarkson joins farmers' protest": Clarkson), as such headlines quote whom they name."""
    start, close = outer_range(q)
    match = _COLON_AFTER_QUOTE.match(text, close)
    if match is None or not in_headline(text, start) or text[:start].strip():
        return None  # (the slice only once the quotation is known to open on the first line)
    line_end = text.find("\n")
    for index, sentence in enumerate(sentences):
        after = [w for w in sentence.words if match.end() <= w.start < line_end]
        for subject in after:
            verb = sentence.words[subject.head] if subject.head >= 0 else subject
            if subject.deprel == "nsubj" and subject.upos == "PROPN" and verb.upos == "VERB" \
                    and verb in after and (verb.head < 0 or sentence.words[verb.head] not in after):
                return Cue(sentence, index, [verb], subject, [])
    return None


_DASH_SIGNATURE = re.compile(r"[ \t\u00a0]*(?:[―—–]|--)[ \t\u00a0]*(?=[A-Z])"  # '“...” ― Carlos Raúl'
                             r"|[ \t\u00a0]*\n\s*(?:[―—–-]|--)[ \t\u00a0]*(?=[A-Z])")  # the next line: '- Bernie Sanders.'
# A quote left open at its line's end, signed on the next line inside the marks ('"We are going to ...' then
# 'Josh Bivens, Economic Policy Institute."'); the closing mark is the cue.
_SIGNATURE_IN_MARKS = re.compile(r"[ \t\u00a0]*\n(?=[A-Z][^\n\"“”]{2,100}\.[\"”][ \t\u00a0]*(?:\n|$))")


def dash_cue(q: QuoteSpan, sentences: list[Sentence], text: str) -> Cue | None:
    """A quotation signed with a dash and a name at the end of its line ('“...” ― Carlos Raúl') or on the
    line after it ('"..."' then '- Bernie Sanders.', as fact-check columns print them), or signed on
    the next line inside its own marks ('"We are going to ...' then 'Josh Bivens, Economic Policy
    Institute."', as pull quotes print them; the closing mark is then the cue)."""
    close = outer_range(q)[1]
    in_marks = q.close_end is None and _SIGNATURE_IN_MARKS.match(text, close)
    match = in_marks or _DASH_SIGNATURE.match(text, close)
    if match is None:
        return None
    line_end = text.find("\n", match.end())
    line_end = len(text) if line_end < 0 else line_end
    while line_end > 0 and text[line_end - 1].isspace():  # trailing blanks, read back (no copy of the text)
        line_end -= 1
    signature_end = line_end - 1 if in_marks else line_end  # the closing mark is no part of the name
    if signature_end - match.end() > (100 if in_marks else 60) or \
            any(ch in text[match.end():signature_end] for ch in "\"“”"):
        return None
    marks = [w for sentence in sentences for w in sentence.words
             if (signature_end <= w.start < line_end if in_marks else
                 match.start() <= w.start < match.end() and w.upos == "PUNCT")]
    for index, sentence in enumerate(sentences):
        names = [w for w in sentence.words if match.end() <= w.start < signature_end and w.text[:1].isupper()]
        if names and marks:
            head = next((w for w in names if w.upos == "PROPN"), names[0])
            if any(w is marks[0] for w in sentence.words):
                return Cue(sentence, index, marks[:1], head, [])
            # '”― Stephanie Egan' split after the dash: the name's sentence holds the cue, the dash marks it
            return Cue(sentence, index, [head], head, [], extent=(marks[0].start, marks[0].end))
    return None


def label_cue(q: QuoteSpan, sentences: list[Sentence], text: str) -> Cue | None:
    """The colon after a name that labels the quotation ('- Carl Bialik: “...”'), as a cue."""
    mark = outer_range(q)[0]
    label = quote_label(text, mark)
    if label is None:
        return None
    for index, sentence in enumerate(sentences):
        colon = [w for w in sentence.words if w.text == ":" and label[1] <= w.start < mark]
        names = [w for w in sentence.words if label[0] <= w.start < label[1]]
        heads = [w for w in names if w.head < 0 or not label[0] <= sentence.words[w.head].start < label[1]]
        if colon and heads and heads[0].upos in ("PROPN", "NOUN"):
            return Cue(sentence, index, colon[:1], heads[0], [])
    return None
