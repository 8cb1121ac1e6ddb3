"""The phrases after a reported noun phrase that belong to the report, whatever the parse hangs them on."""

from __future__ import annotations

import pytest

from tests.conftest import extracted, only


@pytest.mark.parametrize("text,content", [
    ("Sanders accused Clinton of being too reliant on Wall Street.", "Clinton of being too reliant on Wall Street"),
    ("Obama praised Clinton for her work on health care.", "Clinton for her work on health care"),
    ("Clinton announced a new 266% tariff on Chinese steel being dumped onto the U.S. market.",
     "a new 266% tariff on Chinese steel being dumped onto the U.S. market")])
def test_a_phrase_hung_on_the_cue_right_after_its_object_is_reported(pipeline, text, content):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text) == ("indirect", content)


def test_a_time_after_the_object_is_not_reported(pipeline):
    record = only(extracted("Clinton praised the deal on Tuesday.", pipeline))
    assert record.text == "the deal"


@pytest.mark.parametrize("text,cue,content", [
    ("Trump didn’t apologize for his past statements.", "didn’t apologize for", "his past statements"),
    ("Trump has also commented on Crutcher’s death.", "has also commented on", "Crutcher’s death"),
    ("Ginsburg is known for her sharp dissents.", "is known for", "Ginsburg is known for her sharp dissents")])
def test_a_particle_after_the_cue_is_part_of_it_and_opens_what_it_reports(pipeline, text, cue, content):
    record = only(extracted(text, pipeline))
    assert (record.cue, record.text) == (cue, content)
