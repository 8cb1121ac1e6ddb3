"""The quotation record: one per quotation found, a plain dataclass serialisable to JSON.

Field names are fixed and form the columns of every table downstream (see ``quotes.tables``).
For every record ``text == article[start:end]``, ``cue == article[cue_start:cue_end]`` and
``speaker_mention == article[speaker_start:speaker_end]``; unknown values are ``None``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

KINDS = ("direct", "mixed", "indirect")
SPEAKER_TYPES = ("person", "organization", "group", "unknown")


@dataclass
class Quotation:
    """One quotation: its content, its reporting cue and its speaker, with character offsets.

    ``start``/``end`` delimit the content (inside the marks for a direct quote, the reported clause
    for mixed and indirect ones); ``spans`` lists the quoted fragments ``[start, end]`` without marks
    (several for a mixed quote, empty for an indirect one). ``speaker`` is the canonical name, which
    may differ from ``speaker_mention`` ("he" -> "John Kirby"); ``speaker_id`` is the same for the
    same canonical name across the documents of one run. ``paragraph`` and ``sentence`` are 0-based
    indexes of the paragraph and sentence where the content starts. ``stance`` is one of
    ``critical``, ``neutral``, ``supportive`` towards ``stance_target`` (``None``: the quotation as a
    whole), with ``stance_score`` in [-1, 1]; ``stances`` lists every (target, stance) judged, as
    dicts with ``target``, ``target_start``, ``target_end``, ``stance`` and ``score``.
    """

    doc_id: str
    quote_id: str
    kind: str
    text: str
    start: int
    end: int
    spans: list[list[int]] = field(default_factory=list)
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: str | None = None
    speaker_id: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_type: str | None = None
    speaker_role: str | None = None
    confidence: float = 0.0
    method: str = "none"
    paragraph: int | None = None
    sentence: int | None = None
    stance: str | None = None
    stance_score: float | None = None
    stance_target: str | None = None
    stances: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Plain-dict form with the fixed field names, for JSON Lines and DataFrames."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Quotation":
        """Rebuild a record from :meth:`to_dict` output (unknown keys are ignored)."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


QUOTATION_FIELDS = tuple(f.name for f in fields(Quotation))
