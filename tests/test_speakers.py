"""Speaker mentions, names and roles on hand-written news sentences."""

from __future__ import annotations

import pytest

from quotes import extract


def records_of(text, pipeline):
    """The records of ``text`` (stance off), each mention checked against its offsets."""
    records = extract(text, pipeline=pipeline, stance=False)
    for r in records:
        if r.speaker_mention is not None:
            assert text[r.speaker_start:r.speaker_end] == r.speaker_mention
    return records


@pytest.mark.parametrize("text,cue,mention,speaker", [
    ("According to Reuters, the talks will focus on migration.", "According to", "Reuters", "Reuters"),
    ("According to a government source, the talks will focus on migration.", "According to",
     "a government source", None),
    ("The talks will focus on migration, according to Alan Cole, an economist at the Tax Foundation.",
     "according to", "Alan Cole, an economist at the Tax Foundation", "Alan Cole"),
])
def test_according_to_names_its_source_without_the_content(pipeline, text, cue, mention, speaker):
    [record] = records_of(text, pipeline)
    assert record.text.lower() == "the talks will focus on migration"
    assert (record.cue, record.speaker_mention, record.speaker) == (cue, mention, speaker)


def test_one_official_is_someone_new_not_the_person_named_before(pipeline):
    text = ('Their leader, Martin Schulz, said: "She has no plan." '
            '"It\'s a mistake," said one official, who asked not to be named.')
    record = next(r for r in records_of(text, pipeline) if r.text.startswith("It's a mistake"))
    assert record.speaker_mention == "one official" and record.speaker is None


def test_a_title_after_a_dateline_is_the_speakers_role(pipeline):
    text = "BERLIN (Reuters) - German Chancellor Angela Merkel on Tuesday warned that Europe faced difficult times."
    [record] = records_of(text, pipeline)
    assert (record.speaker, record.speaker_role) == ("Angela Merkel", "German Chancellor")


def test_a_day_after_the_name_is_no_part_of_the_mention(pipeline):
    text = "Pentagon spokesman John Kirby on Tuesday said that the evacuation was over."
    [record] = records_of(text, pipeline)
    assert (record.speaker_mention, record.speaker, record.speaker_role) == \
        ("Pentagon spokesman John Kirby", "John Kirby", "Pentagon spokesman")


@pytest.mark.parametrize("text", [
    "“We will fight it,” said Rep. Kevin McCarthy, the House minority leader.",
    "Rep. Kevin McCarthy, the House minority leader, said the bill was dead.",
])
def test_a_description_after_the_name_is_the_role_rather_than_an_abbreviated_title(pipeline, text):
    [record] = records_of(text, pipeline)
    assert (record.speaker, record.speaker_role) == ("Kevin McCarthy", "House minority leader")


def test_a_role_is_written_as_in_the_text(pipeline):
    text = "The district's superintendent, Kyle Johnson, said he was disappointed by the vote."
    [record] = records_of(text, pipeline)
    assert (record.speaker, record.speaker_role) == ("Kyle Johnson", "district's superintendent")


def test_a_title_without_a_name_refers_back_to_the_person_named_before(pipeline):
    text = "Boris Johnson thanked voters. ‘This is a historic moment,’ the Prime Minister said on Friday."
    record = next(r for r in records_of(text, pipeline) if r.text.startswith("This is"))
    assert (record.speaker_mention, record.speaker, record.speaker_role) == \
        ("the Prime Minister", "Boris Johnson", "Prime Minister")


@pytest.mark.parametrize("text,mention,speaker", [
    ("Detroit automaker Ford Motor Co. is recalling 2 million vehicles, the company said Wednesday.",
     "the company", "Ford Motor Co."),
    ("The National Highway Traffic Safety Administration said it was investigating. The agency declined "
     "to say whether fines were possible.", "The agency", "National Highway Traffic Safety Administration"),
    ("Google said it would appeal. The House Ethics Committee opened an inquiry on Monday. The committee "
     "said it would report in June.", "The committee", "House Ethics Committee"),
])
def test_the_company_is_the_organization_named_before(pipeline, text, mention, speaker):
    record = next(r for r in records_of(text, pipeline) if r.speaker_mention == mention)
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


@pytest.mark.parametrize("text,speaker,kind", [
    ("The United States said it was deeply concerned.", "United States", "organization"),
    ("The Associated Press reported that the count was over.", "Associated Press", "organization"),
    ("United States officials said the count was over.", "United States", "organization"),
    ("Downing Street said the talks were over.", "Downing Street", "organization"),
])
def test_a_name_with_a_participle_keeps_it(pipeline, text, speaker, kind):
    [record] = records_of(text, pipeline)
    assert (record.speaker, record.speaker_type) == (speaker, kind)


@pytest.mark.parametrize("text,mention,speaker", [
    ("The United States, Britain and Canada said they were concerned.", "The United States, Britain and Canada",
     "United States, Britain and Canada"),
    ("John Smith, Jane Doe and Bob Jones said they were concerned.", "John Smith, Jane Doe and Bob Jones",
     "John Smith, Jane Doe and Bob Jones"),
])
def test_a_list_of_names_is_one_group(pipeline, text, mention, speaker):
    [record] = records_of(text, pipeline)
    assert (record.speaker_mention, record.speaker, record.speaker_type) == (mention, speaker, "group")


def test_a_list_mention_runs_over_the_comma_before_its_conjunction(pipeline):
    text = "Labor unions, environmental groups, and many lawmakers said the bill was bad."
    [record] = records_of(text, pipeline)
    assert record.speaker_mention == "Labor unions, environmental groups, and many lawmakers"


def test_a_family_name_written_first_is_one_speaker_with_the_full_name(pipeline):
    text = ('Foreign ministry spokesman Zhao Lijian said the protests were "orchestrated." '
            '"Hong Kong is part of China," Zhao said at a regular briefing.')
    assert {r.speaker for r in records_of(text, pipeline)} == {"Zhao Lijian"}


def test_a_name_in_apposition_to_a_subject_is_an_antecedent(pipeline):
    text = ("Sarah Mills took over a losing team three years ago. Her assistant, Tom Reyes, puts it "
            'differently. "She changed the culture," he says.')
    record = next(r for r in records_of(text, pipeline) if r.speaker_mention == "he")
    assert record.speaker == "Tom Reyes"


def test_a_pronoun_agrees_with_the_first_names_sex(pipeline):
    text = ("Mayor Eric Adams met Governor Kathy Hochul on Tuesday. After the meeting, she said the state "
            "would provide aid. He said that was not enough.")
    speakers = {r.speaker_mention: r.speaker for r in records_of(text, pipeline)}
    assert (speakers["she"], speakers["He"]) == ("Kathy Hochul", "Eric Adams")


def test_first_name_genders():
    from quotes.names import first_name_gender
    assert [first_name_gender(n) for n in ("Kathy Hochul", "Eric Adams", "Clinton", "Xi Jinping")] == \
        ["female", "male", None, None]


@pytest.mark.parametrize("text,speaker,role", [
    ("The Justice Department said it would appeal.", "Justice Department", None),
    ("Supreme Court Justice Ruth Bader Ginsburg said the ruling was wrong.", "Ruth Bader Ginsburg",
     "Supreme Court Justice"),
])
def test_a_title_word_in_an_organization_name_stays_in_the_name(pipeline, text, speaker, role):
    [record] = records_of(text, pipeline)
    assert (record.speaker, record.speaker_role) == (speaker, role)


def test_a_surname_tagged_as_a_plural_is_still_the_person(pipeline):
    text = ('Privacy activist Max Schrems said he was "happy." "We are happy," Schrems told Reuters. '
            '"But it is not enough."')
    records = records_of(text, pipeline)
    assert {(r.speaker, r.speaker_type) for r in records} == {("Max Schrems", "person")}


def test_a_time_after_a_description_is_no_part_of_the_role(pipeline):
    text = 'A federal judge in San Francisco on Friday blocked the rule, calling it "arbitrary."'
    [record] = records_of(text, pipeline)
    assert (record.speaker_mention, record.speaker_role) == ("A federal judge in San Francisco",
                                                             "federal judge in San Francisco")
