"""Transcript stage: speaker labels in interview and debate transcripts ("TAPPER: Do you think ...").

A paragraph that opens with an upper-case label and a colon is a turn: the label names the
speaker, the colon is the cue and the rest of the paragraph is what was said (without a quotation
mark that opens or closes it, by the news convention for quotes running over paragraphs). A
document needs at least two such paragraphs to count as a transcript, so that a lone headline
("FIX IS IN: ...") is not taken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LABEL = re.compile(r"^[ \t]*[\"“]?[ \t]*([A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,3}):[ \t\u00a0]+(?=\S)", re.M)
NOT_SPEAKERS = frozenset("""VIDEO WATCH UPDATE UPDATED PHOTOS PHOTO READ NOTE BREAKING RELATED EXCLUSIVE
FULL TEXT WASHINGTON POLL REPORT SOURCE SOURCES CORRECTION Q A EDITOR'S EDITOR’S""".split())
_MARKS = "\"“”"


@dataclass
class Turn:
    """One labelled turn: the label's offsets and the name it gives, the colon, and the words said."""

    label_start: int
    label_end: int
    name: str
    colon: int
    start: int
    end: int


def speaker_name(label: str) -> str:
    """A readable name for an upper-case label: "JAKE TAPPER" -> "Jake Tapper", "MCCAIN" -> "Mccain"."""
    return " ".join(part.capitalize() if part.isupper() else part for part in label.split())


def find_turns(text: str) -> list[Turn]:
    """The labelled turns of ``text``, in order; empty unless the text has at least two of them."""
    turns = []
    for match in _LABEL.finditer(text):
        label = match.group(1)
        if label in NOT_SPEAKERS or any(word in NOT_SPEAKERS for word in label.split()) or len(label) < 2:
            continue
        line_end = text.find("\n", match.end())
        end = len(text) if line_end < 0 else line_end
        while end > match.end() and text[end - 1].isspace():
            end -= 1
        if text[end - 1] in _MARKS and sum(text.count(m, match.end(), end) for m in _MARKS) % 2 == 1:
            end -= 1  # the closing mark of a quotation that ran over several paragraphs
        if end > match.end():
            turns.append(Turn(match.start(1), match.end(1), speaker_name(label), match.end(1),
                              match.end(), end))
    return turns if len(turns) >= 2 else []
