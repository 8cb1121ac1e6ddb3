"""Which cue claims a quotation when a sentence holds several."""

from __future__ import annotations

from tests.conftest import extracted


def test_a_quote_hung_on_a_verb_as_its_complement_belongs_to_that_verb(pipeline):
    text = ('The White House called the ruling "outrageous" and said the judge had "no business" setting '
            'immigration policy.')
    records = extracted(text, pipeline)
    assert [(r.kind, r.cue, r.text) for r in records] == [
        ("mixed", "called", 'the ruling "outrageous"'),
        ("mixed", "said", 'the judge had "no business" setting immigration policy')]


def test_adding_a_counted_thing_is_no_report_but_adding_a_remark_is(pipeline):
    text = ('Anthony Davis, who added 25 points and 14 rebounds, said the win showed the team\'s resilience. '
            'The army will add 7,000 soldiers to its ranks. "We are ready," the minister added.')
    records = extracted(text, pipeline)
    assert [(r.kind, r.cue, r.text) for r in records] == [
        ("indirect", "said", "the win showed the team's resilience"), ("direct", "added", "We are ready,")]

