"""Shared fixtures: the example article, ../shared when present, and one pipeline per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quotes.parsing import Sentence, Word

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTES_SHARED", ROOT.parent / "shared"))
SEED = ROOT / "examples" / "000_cd2ec61107e24b39.txt"

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def needs_shared(*parts: str) -> Path:
    """Return ``SHARED/parts`` or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is only beside a developer checkout or in CI)")
    return path


def check_offsets(text: str, records) -> None:
    """Every record's content, cue and speaker mention equal the text at their offsets."""
    for r in records:
        assert text[r.start:r.end] == r.text
        if r.cue is not None:
            assert text[r.cue_start:r.cue_end] == r.cue
        if r.speaker_mention is not None:
            assert text[r.speaker_start:r.speaker_end] == r.speaker_mention


def extracted(text: str, pipeline):
    """The records of ``text`` (stance off), their offsets checked."""
    from quotes import extract
    records = extract(text, pipeline=pipeline, stance=False)
    check_offsets(text, records)
    return records


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The canonical example article, as shipped in examples/."""
    return SEED.read_text(encoding="utf-8")


def with_cue(text: str, pipeline, cue: str):
    """The first record of ``text`` whose cue reads ``cue``; fails when there is none."""
    found = [r for r in extracted(text, pipeline) if r.cue == cue]
    assert found, f"no record with the cue {cue!r}"
    return found[0]


def mentioned(pipeline, text: str, mention: str):
    """The first record of ``text`` whose speaker mention is ``mention``; fails when there is none."""
    return next(r for r in extracted(text, pipeline) if r.speaker_mention == mention)


def only(records, kind=None):
    """The one record (of ``kind``, when given) in ``records``; fails when there are none or several."""
    records = [r for r in records if kind is None or r.kind == kind]
    assert len(records) == 1, [(r.kind, r.text, r.speaker) for r in records]
    return records[0]


def reporting(text: str, pipeline, words: str):
    """The one record of ``text`` whose content holds ``words``."""
    return only([r for r in extracted(text, pipeline) if words in r.text])


@pytest.fixture(scope="session")
def pipeline():
    """The stanza pipeline built from the models shipped in the package."""
    from quotes.model_files import PACKAGE_MODELS
    from quotes.parsing import load_pipeline
    return load_pipeline(PACKAGE_MODELS)


@pytest.fixture(scope="session")
def seed_quotes(seed_text, pipeline):
    """The quotation records of the example article."""
    from quotes import extract
    return extract(seed_text, doc_id="seed", pipeline=pipeline)


def sentence_from_rows(rows: list[tuple[str, str, str, int, str]]) -> Sentence:
    """A parsed sentence written by hand: (text, upos, xpos, head, deprel) per word, one space apart."""
    words, offset = [], 0
    for i, (text, upos, xpos, head, rel) in enumerate(rows):
        words.append(Word(i, text, text.lower(), upos, xpos, "_", head, rel, offset, offset + len(text)))
        offset += len(text) + 1
    return Sentence(words, 0, offset - 1, 0)
