"""Speakers the parse hid or mistyped: a name closing a sentence before its reporting verb after a comma-set phrase
("..., about 5% of its workforce, chief executive Satya Nadella said"), a union whose name is a verb ("Unite, which
represents ..., said"), the subject of a clause after "after" ("after Amazon and Meta announced layoffs"), a name set
off after "The airline," that the parse joined as a conjunct, a surname spelt like a city ("Rodriguez, a former Air
Force officer"), organizations ending in "Programme", "Highways" or "Workers", a name the parse took for one
addressed ("Haley, the former governor of South Carolina, brushed off ..."), "One of them" as no role, "the bureau"
named in a role, and a short name of an organization named in full only as an object ("fined Southwest Airlines ...
Southwest said"), and two titled names joined by "and" that the parse ran into one; a time phrase closing a sentence
taken for a speaker ("..., days after the former president criticised him"); a surname after someone named in full
only as an object."""

from __future__ import annotations

import pytest

from tests.conftest import extracted, mentioned, only, with_cue


@pytest.mark.parametrize("text", [
    "Microsoft will cut 10,000 jobs, chief executive Satya Nadella said in a memo to staff on Wednesday.",
    "Microsoft will cut 10,000 jobs, about 5% of its workforce, chief executive Satya Nadella said in a memo to staff "
    "on Wednesday.",
])
def test_a_name_right_before_a_closing_reporting_verb_is_its_speaker(pipeline, text):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role, record.kind) == ("Satya Nadella", "chief executive", "indirect")
    assert record.text.startswith("Microsoft will cut 10,000 jobs")


def test_a_description_set_off_before_the_verb_is_not_taken_for_the_name(pipeline):
    """"Michael Cernech, the city manager, said": the name before the description speaks, not the description alone
    (the repair leaves a verb right after a comma alone)."""
    text = "The city wanted to control the land, Michael Cernech, the city manager, said of the course."
    record = with_cue(text, pipeline, "said")
    assert record.speaker == "Michael Cernech"


def test_a_union_whose_name_is_a_verb_speaks(pipeline):
    """"Unite" opening the sentence was tagged an imperative, and the report had no speaker."""
    text = "Unite, which represents the striking workers, said the council had refused to negotiate."
    record = with_cue(text, pipeline, "said")
    assert (record.speaker, record.speaker_type) == ("Unite", "organization")
    assert record.text == "the council had refused to negotiate"


def test_the_subject_of_a_clause_after_after_is_its_speaker(pipeline):
    """Not "The cuts", the subject of the main clause the parse joined "announced" to."""
    record = with_cue("The cuts come after Amazon and Meta announced layoffs.", pipeline, "announced")
    assert record.speaker == "Amazon and Meta"


def test_a_name_set_off_after_a_description_names_the_organization(pipeline):
    record = mentioned(pipeline, "The airline, United Airlines, said it was investigating the incident.",
                       "The airline, United Airlines,")
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("United Airlines", "organization", "airline")


@pytest.mark.parametrize("text, mention", [
    ("Rodriguez, a former Air Force officer, told reporters he had only done his job.",
     "Rodriguez, a former Air Force officer,"),
    ("Santos, a retired teacher, said the water had risen overnight.", "Santos, a retired teacher,"),
])
def test_a_surname_spelt_like_a_city_described_as_a_person_is_a_person(pipeline, text, mention):
    assert mentioned(pipeline, text, mention).speaker_type == "person"


def test_a_city_speaking_stays_an_organization(pipeline):
    record = mentioned(pipeline, "Tampa said it would not host the event.", "Tampa")
    assert record.speaker_type == "organization"


@pytest.mark.parametrize("mention, speaker", [
    ("The World Food Programme", "World Food Programme"),
    ("National Highways", "National Highways"),
    ("The Communications Workers of America", "Communications Workers of America"),
])
def test_capitalised_programme_highways_or_workers_end_an_organization_name(pipeline, mention, speaker):
    """Not a person, nor a group of workers "Communications Workers" without its "of America"."""
    record = mentioned(pipeline, f"{mention} said it had reached only a fraction of those in need.", mention)
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


def test_she_after_a_name_set_off_before_its_description_is_that_name(pipeline):
    """"Haley, the former governor of South Carolina, brushed off ...": the parse took "Haley" for one addressed and
    the description for the subject, so "she" found no one."""
    text = ('Donald Trump on Tuesday mocked Nikki Haley\'s campaign. Haley, the former governor of South Carolina, '
            'brushed off the insult. "He\'s a bully, and I\'ve dealt with bullies," she told CNN.')
    assert mentioned(pipeline, text, "she").speaker == "Nikki Haley"


def test_one_of_them_is_no_role(pipeline):
    text = ("Some of his supporters booed. One of them, Maria Torres of Boston, said she would vote for Jill Stein "
            "instead.")
    record = mentioned(pipeline, text, "One of them, Maria Torres of Boston,")
    assert (record.speaker, record.speaker_role) == ("Maria Torres", None)


def test_the_bureau_is_the_bureau_of_investigation_named_in_a_role(pipeline):
    text = ("Chris Hosey, director of the Georgia Bureau of Investigation, said the suspect would be tried as an "
            "adult. The boy's father was also arrested, the bureau said on Thursday.")
    assert mentioned(pipeline, text, "the bureau").speaker == "Georgia Bureau of Investigation"


@pytest.mark.parametrize("text, mention, speaker", [
    ("Regulators fined Southwest Airlines on Monday. Southwest said in a statement that it had invested heavily.",
     "Southwest", "Southwest Airlines"),
    ("Trump attacked The Washington Post on Monday. The Post said its reporting was accurate.", "The Post",
     "Washington Post"),
])
def test_a_short_name_is_the_organization_named_in_full_as_an_object(pipeline, text, mention, speaker):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


def test_two_titled_names_joined_by_and_are_two_people(pipeline):
    """The parse ran "Republican Sarah Mills and Democrat Tom Reed" into one name, so "Mills" after it was a group
    and "she" found no one."""
    text = ("Republican Sarah Mills and Democrat Tom Reed clashed over taxes on Tuesday. Mills accused Reed of wanting "
            'to raise taxes. "He has never met a tax he did not like," she said.')
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_type) for r in records] == [("Sarah Mills", "person")] * 2


def test_a_time_phrase_closing_a_sentence_is_no_speaker(pipeline):
    """"..., days after the former president criticised him." is no closing comment of "days"."""
    text = "Zelensky met Trump in New York on Friday, days after the former president criticised him."
    assert all(r.speaker_mention != "days" for r in extracted(text, pipeline))


def test_a_surname_goes_to_the_person_named_in_full_before_it_as_an_object(pipeline):
    """Rohan Smith, sacked, thanks the players; Cameron Smith, named later, is the captain."""
    text = ("Leeds Rhinos have sacked head coach Rohan Smith after a run of seven defeats, the club said.\n"
            "Smith, who joined in 2022, thanked the players. Captain Cameron Smith said the squad had \"let him "
            "down\".")
    records = extracted(text, pipeline)
    assert [r.speaker for r in records if r.cue in ("thanked", "said") and r.speaker_mention != "the club"] == [
        "Rohan Smith", "Cameron Smith"]


def test_a_first_name_alone_is_the_person_named_in_full_as_an_object(pipeline):
    text = ("When doctors told Anna Berg that her kidneys were failing, her sister did not hesitate. Anna, 38, said "
            "she cried when she woke up.")
    assert mentioned(pipeline, text, "Anna, 38,").speaker == "Anna Berg"
