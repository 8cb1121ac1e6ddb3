"""Speakers in royal, labour, space, migration and product-recall news: companies whose names start with a title
word, organizations named like places, people spoken of together, titles of a place, names of either sex, and the
"recall" that takes products back."""

from __future__ import annotations

import pytest

from tests.conftest import extracted, mentioned, only


@pytest.mark.parametrize("text, mention, speaker", [
    ('General Motors said it was "disappointed" by the union\'s decision.', "General Motors", "General Motors"),
    ("General Electric says that in 2012 it paid $3.2 billion in taxes.", "General Electric", "General Electric"),
    ('Amnesty International said the deal would "lead to a surge in suffering."', "Amnesty International",
     "Amnesty International"),
    ("Human Rights Watch said the law was cruel.", "Human Rights Watch", "Human Rights Watch"),
    ("Buckingham Palace declined to comment on reports that the King would visit in the spring.",
     "Buckingham Palace", "Buckingham Palace"),
])
def test_a_company_or_a_body_named_with_a_title_or_a_place_word_is_an_organization(pipeline, text, mention, speaker):
    """"General" before "Motors" is no general's title, and "International", "Watch" and "Palace" end the names of
    organizations, not of people."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type, record.speaker_role) == (speaker, "organization", None)


def test_a_general_keeps_the_title_as_the_role(pipeline):
    record = mentioned(pipeline, "Gen. Mark Milley said the war was over.", "Gen. Mark Milley")
    assert (record.speaker, record.speaker_role) == ("Mark Milley", "Gen.")


@pytest.mark.parametrize("text, mention, speaker", [
    ("Hospital staff said the Prince was relaxed and curious.", "Hospital staff", "Hospital staff"),
    ("Staff said the Prince was relaxed and curious.", "Staff", "staff"),
    ("The crowd chanted that he should resign.", "The crowd", "crowd"),
])
def test_people_spoken_of_together_are_a_group(pipeline, text, mention, speaker):
    """A singular noun for many people ("staff", "crowd") is a group, not a person called "Hospital"."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (speaker, "group")


def test_an_acronym_spelt_like_a_collective_noun_is_no_group(pipeline):
    record = mentioned(pipeline, "CREW said the emails should be released.", "CREW")
    assert (record.speaker, record.speaker_type) == ("CREW", "organization")


@pytest.mark.parametrize("text, mention, speaker", [
    ("Prince William visited a hospital on Wednesday. The Prince of Wales said the staff were heroic.",
     "The Prince of Wales", "Prince of Wales"),
    ("The Archbishop of Canterbury said the bill was cruel.", "The Archbishop of Canterbury",
     "Archbishop of Canterbury"),
    ("The Mayor of London said the tube would run on Sunday.", "The Mayor of London", "Mayor of London"),
])
def test_a_title_of_a_place_is_the_name(pipeline, text, mention, speaker):
    """With no name of the person, "Prince of Wales" is what the text calls them: not a person called "Wales"."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type, record.speaker_role) == (speaker, "person", None)


def test_a_title_of_a_place_before_a_name_is_the_role(pipeline):
    record = mentioned(pipeline, "Mayor of London Sadiq Khan said the tube would run.", "Mayor of London Sadiq Khan")
    assert (record.speaker, record.speaker_role) == ("Sadiq Khan", "Mayor of London")


@pytest.mark.parametrize("first", ["Charlie", "Jordan"])
def test_she_after_a_speaker_with_a_first_name_of_either_sex_is_that_speaker(pipeline, first):
    """The census lists give "Charlie" and "Jordan" mostly to men, not so much that "she" is someone else."""
    text = (f"Launch director {first} Blackwell-Thompson said the team had tried three times to seal the leak. "
            "The next opportunity would not come before Tuesday, she said.")
    assert mentioned(pipeline, text, "she").speaker == f"{first} Blackwell-Thompson"


def test_she_after_a_speaker_with_a_mans_first_name_is_nobody_named(pipeline):
    text = "John Smith said the team had tried three times. The launch would wait, she said."
    assert mentioned(pipeline, text, "she").speaker is None


@pytest.mark.parametrize("text", [
    "Toyota is recalling about 1 million vehicles because a faulty sensor may stop the airbag from deploying.",
    "Toyota recalls 1 million vehicles over airbag sensor",
    "Ford recalled 300,000 trucks last year.",
    "Samsung recalled thousands of phones.",
])
def test_a_product_recall_reports_nothing(pipeline, text):
    assert extracted(text, pipeline) == []


def test_recalling_a_memory_still_reports(pipeline):
    record = mentioned(pipeline, "She recalled two conversations with the president.", "She")
    assert record.cue == "recalled"


def test_a_surname_in_a_headline_tagged_as_a_plural_takes_the_full_names_type(pipeline):
    text = ("Stokes hails 'special' win as England level series\n"
            "England captain Ben Stokes said his side had shown 'real heart' after they beat Australia.")
    records = extracted(text, pipeline)
    assert {(r.speaker, r.speaker_type) for r in records} == {("Ben Stokes", "person")}


@pytest.mark.parametrize("text, mention, speaker", [
    ("The England and Wales Cricket Board confirmed that Jonny Bairstow would keep his place.",
     "The England and Wales Cricket Board", "England and Wales Cricket Board"),
    ("The U.S. Geological Survey said the quake was shallow.", "The U.S. Geological Survey",
     "U.S. Geological Survey"),
])
def test_an_organization_of_two_places_or_a_survey_is_one_organization(pipeline, text, mention, speaker):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


def test_a_first_name_with_an_apostrophe_is_no_title(pipeline):
    record = mentioned(pipeline, "Da'Vine Joy Randolph thanked her mother for the advice.", "Da'Vine Joy Randolph")
    assert (record.speaker, record.speaker_role) == ("Da'Vine Joy Randolph", None)


@pytest.mark.parametrize("text, mention", [
    ("Emails show the mayor's office pushed to hide contract details.", "Emails"),
    ("Documents show the mayor lied about the contract.", "Documents"),
    ("The contract went to Parkway Solutions, state records show.", "state records"),
    ("Polls show Trump ahead in Ohio.", "Polls"),
    ("The aides pressed officials, according to emails obtained by The Herald through a records request.",
     "emails obtained by The Herald through a records request"),
])
def test_writings_name_nobody_and_are_no_group_of_people(pipeline, text, mention):
    """Emails, records and polls have no speaker's name (the Herald obtained the emails, it did not write them) and
    are no group of people, as "a new study" is none."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (None, "unknown")


def test_a_poll_named_for_its_pollster_is_the_pollsters(pipeline):
    record = mentioned(pipeline, "A CBS News poll shows Trump ahead in Ohio.", "A CBS News poll")
    assert (record.speaker, record.speaker_type) == ("CBS News", "organization")


@pytest.mark.parametrize("text, content, cue", [
    ("Microplastics found in human brain tissue, study finds", "Microplastics found in human brain tissue", "finds"),
    ("Bodies found in river, police say", "Bodies found in river", "say"),
])
def test_a_report_closing_a_headline_is_no_content_of_the_verb_before_it(pipeline, text, content, cue):
    """"..., study finds" reports the words before it; the headline's passive "found" reports nothing."""
    assert [(r.text, r.cue) for r in extracted(text, pipeline)] == [(content, cue)]


def test_a_first_name_of_a_hyphenated_surname_is_no_title(pipeline):
    record = mentioned(pipeline, "PSG president Nasser Al-Khelaifi declined to discuss the player's future.",
                       "PSG president Nasser Al-Khelaifi")
    assert (record.speaker, record.speaker_role) == ("Nasser Al-Khelaifi", "PSG president")


def test_a_club_of_two_words_with_a_plural_verb_is_an_organization(pipeline):
    record = mentioned(pipeline, "Real Madrid are close to agreeing a deal, sources said.", "Real Madrid")
    assert (record.speaker, record.speaker_type) == ("Real Madrid", "organization")


def test_a_request_with_a_time_phrase_before_the_infinitive_keeps_the_request(pipeline):
    record = mentioned(pipeline, "Zelenskyy urged U.S. lawmakers on Thursday to keep weapons flowing.", "Zelenskyy")
    assert (record.cue, record.text) == ("urged", "U.S. lawmakers on Thursday to keep weapons flowing")


def test_a_mixed_report_around_its_speaker_set_off_by_commas_starts_at_the_sentence(pipeline):
    """"Outbreaks continue" reports nothing (the aside "he said" is no content of "continue"), so the report of
    "he said" runs from the sentence's start, around the aside."""
    text = 'Outbreaks continue in parts of Africa, he said, and countries "must not let their guard down."'
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.text) == ("mixed", "said", text)


def test_officials_of_two_places_are_one_group(pipeline):
    """"Texas and Oklahoma officials", parsed with "officials" a conjunct of "Texas", is no organization "Oklahoma"
    with the role "Texas"."""
    text = "Texas and Oklahoma officials said the storm was over."
    record = mentioned(pipeline, text, "Texas and Oklahoma officials")
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("Texas and Oklahoma officials", "group", None)


@pytest.mark.parametrize("text, mention, speaker, role", [
    ("Pope Francis said the war must end.", "Pope Francis", "Pope Francis", "Pope"),
    ("Queen Elizabeth II said it had been a difficult year.", "Queen Elizabeth II", "Queen Elizabeth II", "Queen"),
    ("Prince William visited a hospital. William said the staff were heroic.", "William", "Prince William", None),
    ("Saudi Prince Alwaleed Bin Talal mocked Trump. \"Go away,\" tweeted Prince Alwaleed, the nephew of the late King "
     "Abdullah.", "Prince Alwaleed, the nephew of the late King Abdullah", "Alwaleed Bin Talal", "Prince"),
])
def test_a_sovereign_known_by_one_name_keeps_the_title_in_the_name(pipeline, text, mention, speaker, role):
    """"Pope Francis" is the speaker, not "Francis" (the title stays the role too, for "the Pope" to refer back);
    with a full name in the text, "Prince Alwaleed" is that name."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_role) == (speaker, role)
