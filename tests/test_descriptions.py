"""Descriptions of people: an occupation written like a title before a name, a description that refers back to
the person just named, and one whose possessive names someone else."""

from __future__ import annotations

import pytest

from tests.conftest import mentioned


@pytest.mark.parametrize("text, mention, speaker, role", [
    ('Novelist Priya Raman said she is "already working" on a fourth book.', "Novelist Priya Raman", "Priya Raman",
     "Novelist"),
    ('Historian Mary Beard said Rome "was a mess."', "Historian Mary Beard", "Mary Beard", "Historian"),
    ("Interview: Novelist Priya Raman on grief, Chennai and her new book\n\nRaman said she is already working on a "
     "fourth book.", "Raman", "Priya Raman", None),
])
def test_an_occupation_opening_a_sentence_or_a_headline_is_the_role(pipeline, text, mention, speaker, role):
    """Capitalised at the start of a sentence, "Novelist" is no first name."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_role) == (speaker, role)


@pytest.mark.parametrize("text, mention, speaker", [
    ('Lori Bernstein held up a sign saying "Jews Against Trump." The 57-year-old scientist says she does not take '
     "comparisons lightly.", "The 57-year-old scientist", "Lori Bernstein"),
    ('Mark Cuban went further. "If you are in the Senate, that is even worse," the investor said.', "the investor",
     "Mark Cuban"),
])
def test_the_occupation_refers_back_to_the_person_just_named(pipeline, text, mention, speaker):
    """"The scientist" is the one the article just named, not someone new (as "the woman" may be)."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (speaker, "person")


@pytest.mark.parametrize("text, mention", [
    ("Donald Trump is in excellent health, according to his longtime personal physician.",
     "his longtime personal physician"),
    ("Sheldon Adelson has not endorsed anyone, and his spokesman declined to comment.", "his spokesman"),
    ("Bernie Sanders was ready to return fire. His chief aide said the attacks were unfair.", "His chief aide"),
])
def test_his_description_is_not_him(pipeline, text, mention):
    """The physician of Donald Trump is someone else, unnamed: not Donald Trump, the latest person named."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (None, "person")


def test_a_plural_occupation_tagged_as_a_verb_is_nobody_named_before(pipeline):
    record = mentioned(pipeline, 'Donald Trump won the primary. Election scholars caution that high turnout "means '
                       'little."', "Election scholars")
    assert record.speaker != "Donald Trump"


@pytest.mark.parametrize("text, mention, speaker, role", [
    ("The deal would be worth $150 million a year, one of the people said.", "one of the people", None,
     "one of the people"),
    ("One of the men, Jessie Elkins, 70, said he would vote.", "One of the men, Jessie Elkins, 70,", "Jessie Elkins",
     "One of the men"),
])
def test_one_of_several_people_is_one_person(pipeline, text, mention, speaker, role):
    """Not a group called "one of the people": one person, unnamed, or the one the apposition names."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type, record.speaker_role) == (speaker, "person", role)
