"""The canonical example article must come out exactly right (issue: attribution engine)."""

from __future__ import annotations

import pytest


def _find(records, fragment):
    hits = [r for r in records if fragment in r.text]
    assert hits, f"no quotation holds {fragment!r}"
    return hits[0]


def test_offsets_are_exact(seed_quotes, seed_text):
    for r in seed_quotes:
        assert seed_text[r.start:r.end] == r.text
        for a, b in r.spans:
            assert r.start <= a < b <= r.end
        if r.cue is not None:
            assert seed_text[r.cue_start:r.cue_end] == r.cue
        if r.speaker_mention is not None:
            assert seed_text[r.speaker_start:r.speaker_end] == r.speaker_mention


@pytest.mark.parametrize("fragment,speaker,kind,speaker_type", [
    ("will press the Taliban to stop their military offensive", "State Department", "mixed", "organization"),
    ("negotiated peace is the only path to ending the war.", "US", "mixed", "organization"),
    ("The increased tempo of Taliban military engagement", "US", "direct", "organization"),
    ("It's their country to defend now. It's their struggle,", "John Kirby", "direct", "person"),
    ("When we look back, its going to come down to leadership", "John Kirby", None, "person"),
    ("Not much.", "John Kirby", "direct", "person"),
    ("a recipe for being there indefinitely.", "Joe Biden", "mixed", "person"),
])
def test_direct_and_mixed(seed_quotes, fragment, speaker, kind, speaker_type):
    record = _find(seed_quotes, fragment)
    assert record.speaker == speaker
    assert record.speaker_type == speaker_type
    if kind:
        assert record.kind == kind


def test_cues_and_mentions(seed_quotes):
    assert _find(seed_quotes, "negotiated peace").cue == "maintained"
    assert _find(seed_quotes, "Not much.").cue == "responded"
    assert _find(seed_quotes, "The increased tempo").speaker_mention == "the US statement"


def test_biden_is_one_quotation_with_two_spans(seed_quotes, seed_text):
    record = _find(seed_quotes, "a recipe for being there indefinitely.")
    fragments = [seed_text[a:b] for a, b in record.spans]
    assert fragments == ["just one more year of fighting'", "solution, but a recipe for being there indefinitely."]


def test_headline_quote_found(seed_quotes):
    record = _find(seed_quotes, "defend their country")
    assert record.speaker in (None, "John Kirby")


@pytest.mark.parametrize("fragment,speaker,speaker_type", [
    ("it was deeply concerned", "US", "organization"),
    ("the situation would come down to Afghan leadership", "John Kirby", "person"),
    ("Defense and military leaders have not provided", "officials", "group"),
    ("he would end the US military mission", "Joe Biden", "person"),
])
def test_indirect(seed_quotes, fragment, speaker, speaker_type):
    record = _find(seed_quotes, fragment)
    assert record.kind == "indirect"
    assert record.speaker == speaker
    assert record.speaker_type == speaker_type


def test_nothing_else(seed_quotes):
    assert len(seed_quotes) == 12
    assert {r.speaker for r in seed_quotes if r.speaker} == {
        "John Kirby", "Joe Biden", "US", "State Department", "officials"}
