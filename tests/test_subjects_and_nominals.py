"""What a report says and who says it, in articles written as a user would run the tool on them (the forty-ninth
session's): a report closing on "organisers said" after "More than 200 people ...", a subject after "said" taken for
its object ("said her son Kwame, 16, had ..."), a closing speaker with a bracketed acronym ("the Health and Safety
Executive (HSE) said"), a closing "added" taken for a participle ("a spokesperson for the group added"), "told the
BBC" before the reported clause, a name set off from its verb by a phrase ("Margaret Evans, from Cardiff, crossed
..."), "the council's chief executive" after a councillor, "the carrier" for an airline, "the player" for a
striker, and a conservancy that is a body."""

from __future__ import annotations

import pytest

from tests.conftest import extracted, only, reporting


def test_more_than_a_number_opens_the_report_it_belongs_to(pipeline):
    text = "More than 200 people each invested at least £100 to keep the store open, organisers said."
    record = only(extracted(text, pipeline))
    assert (record.text, record.speaker) == (
        "More than 200 people each invested at least £100 to keep the store open", "organisers")


def test_a_subject_after_said_is_the_reported_clauses_subject(pipeline):
    text = "Speaking outside court, Linda Osei said her son Kwame, 16, had \"a bright future ahead of him\"."
    record = only(extracted(text, pipeline))
    assert (record.text, record.speaker) == ("her son Kwame, 16, had \"a bright future ahead of him\"", "Linda Osei")


def test_a_closing_speaker_with_a_bracketed_acronym_speaks(pipeline):
    text = ("University Hospitals Birmingham NHS Foundation Trust admitted failing to protect the man, the Health and "
            "Safety Executive (HSE) said.")
    record = reporting(text, pipeline, "admitted")
    assert (record.speaker, record.speaker_type, record.cue) == ("Health and Safety Executive", "organization", "said")
    assert record.text == "University Hospitals Birmingham NHS Foundation Trust admitted failing to protect the man"


def test_a_closing_added_after_a_quotation_is_the_report(pipeline):
    text = ("The Rail Delivery Group said the money would be reinvested in the network.\n"
            "\"We know that every penny counts,\" a spokesperson for the group added.")
    record = reporting(text, pipeline, "every penny")
    assert (record.cue, record.speaker, record.speaker_mention) == (
        "added", "Rail Delivery Group", "a spokesperson for the group")


def test_told_the_bbc_is_who_was_told_not_part_of_what_was_said(pipeline):
    record = only(extracted("Residents told the BBC rubbish was piling up in the streets.", pipeline))
    assert (record.cue, record.text) == ("told", "rubbish was piling up in the streets")


def test_a_name_set_off_from_its_verb_is_the_one_she_refers_to(pipeline):
    text = ("Margaret Evans, from Cardiff, crossed the line in just under seven hours.\n"
            "\"My legs are gone but my heart is full,\" she said afterwards.")
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == ("Margaret Evans", "person")


def test_the_councils_chief_executive_is_not_the_councillor_named_before(pipeline):
    text = ("The report said Councillor Peter Dean had created \"a climate of fear\".\n"
            "Mr Dean said he disagreed with its findings.\n"
            "The council's chief executive declined to comment.")
    record = reporting(text, pipeline, "to comment")
    assert (record.speaker, record.speaker_role) == (None, "council's chief executive")


def test_the_chief_executive_is_still_the_one_named_so_before(pipeline):
    text = ("Chief executive Simon Roberts said the changes were necessary.\n"
            "Mr Roberts said he regretted the job losses.\n"
            "The company's chief executive declined to comment further.")
    assert reporting(text, pipeline, "to comment").speaker == "Simon Roberts"


def test_the_carrier_is_the_airline_named_before(pipeline):
    text = ("Ryanair has warned that fares will rise this summer because of delays to new aircraft from Boeing.\n"
            "The carrier reported a 6% fall in profits for the three months to December.")
    record = reporting(text, pipeline, "fall in profits")
    assert (record.speaker, record.speaker_type) == ("Ryanair", "organization")


@pytest.mark.parametrize("text, speaker", [
    ("Brentford striker Ivan Toney has been banned for eight months.\n"
     "In a statement, the player said he was \"disappointed\" by the length of the ban.", "Ivan Toney"),
    ("Brentford manager Thomas Frank has been fined for comments about a referee.\n"
     "In a statement, the player said he was \"disappointed\" by the length of the ban.", None),
])
def test_the_player_is_the_player_named_before(pipeline, text, speaker):
    assert reporting(text, pipeline, "disappointed").speaker == speaker


def test_a_conservancy_is_a_body(pipeline):
    text = "The Galapagos Conservancy described the find as \"hugely significant for conservation\"."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == ("Galapagos Conservancy", "organization")


def test_a_subject_after_told_the_jury_is_the_reported_clauses_subject(pipeline):
    text = "Prosecutor Nicholas Johnson told the jury the victim, Ali Rahman, had been attacked with a hammer."
    record = only(extracted(text, pipeline))
    assert (record.text, record.speaker) == ("the victim, Ali Rahman, had been attacked with a hammer",
                                             "Nicholas Johnson")


def test_an_age_set_off_before_said_is_the_speaker(pipeline):
    text = ("Double Olympic champion Laura Kenny has announced her retirement from cycling.\n"
            "The 32-year-old, who won five Olympic gold medals, said it was \"the right time\" to step away.")
    record = reporting(text, pipeline, "right time")
    assert (record.speaker, record.speaker_role) == ("Laura Kenny", "32-year-old")


@pytest.mark.parametrize("text, speaker", [
    ("A Manchester United spokesperson said the club had frozen prices.", "Manchester United"),
    ("The Center for Countering Digital Hate said it was \"a major step back\".", "Center for Countering Digital Hate"),
])
def test_a_verb_the_tagger_also_called_a_name_stays_in_the_name(pipeline, text, speaker):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


@pytest.mark.parametrize("text, speaker", [
    ("The Housing Ombudsman found \"severe maladministration\" by Clarion Housing Group.\n"
     "Clarion said it accepted the findings in full.", "Clarion"),
    ("Amsterdam's Schiphol airport said 400 flights had been cancelled.\n"
     "\"Safety always comes first,\" a Schiphol spokeswoman told Dutch broadcaster NOS.", "Schiphol"),
])
def test_a_one_word_name_the_text_writes_as_a_bodys_is_an_organization(pipeline, text, speaker):
    record = only([r for r in extracted(text, pipeline) if r.speaker == speaker])
    assert record.speaker_type == "organization"


def test_a_surname_before_a_bodys_name_stays_a_person(pipeline):
    text = ("The Clinton Foundation said it had done nothing wrong.\n"
            "Clinton said the charity \"saved lives\".")
    assert reporting(text, pipeline, "saved lives").speaker_type == "person"


def test_the_airline_is_the_company_that_spoke_just_before(pipeline):
    text = ("Jet2 said the captain had followed procedures \"perfectly\".\n"
            "The airline added that all 189 passengers had been put on another flight.")
    record = reporting(text, pipeline, "189 passengers")
    assert (record.speaker, record.speaker_type) == ("Jet2", "organization")


def test_since_and_a_month_stay_in_the_relative_clause_of_the_reported_subject(pipeline):
    text = ("Two Nasa astronauts who have been stuck on the International Space Station since June will not return "
            "until March, the agency has said.")
    record = only(extracted(text, pipeline))
    assert record.text == text[:text.index(", the agency")]


def test_a_possessive_apostrophe_is_no_quotation_mark(pipeline):
    text = ("Starbucks' new chief executive, Brian Niccol, will commute to Seattle by corporate jet, his offer letter "
            "shows.")
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker_mention) == ("shows", "his offer letter")
    assert record.text.startswith("Starbucks' new chief executive")


def test_a_closing_single_mark_after_a_plural_still_closes_a_quotation(pipeline):
    text = "Fans chanted 'the owners are liars' outside the stadium, police said."
    record = reporting(text, pipeline, "chanted")
    assert record.speaker == "police"


def test_a_name_split_into_conjuncts_after_a_titles_place_is_the_speaker(pipeline):
    text = ("The Children's Commissioner for Wales, Rocio Cifuentes, said the cost was \"a real barrier\" for poorer "
            "families.\nMum-of-three Kerry Davies told BBC Wales: \"I've had to choose between shoes and food.\"")
    record = reporting(text, pipeline, "real barrier")
    assert (record.speaker, record.speaker_type, record.speaker_role) == (
        "Rocio Cifuentes", "person", "Children's Commissioner for Wales")


@pytest.mark.parametrize("text, speaker, role", [
    ("Mum-of-three Kerry Davies told BBC Wales: \"I've had to choose between shoes and food.\"",
     "Kerry Davies", "Mum-of-three"),
    ("Father-of-two Tom Reid, 41, said he had lost his job.", "Tom Reid", "Father-of-two"),
])
def test_a_hyphenated_parent_before_a_name_is_the_role(pipeline, text, speaker, role):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == (speaker, role)


def test_a_fire_brigade_is_a_body_the_brigade_refers_back_to(pipeline):
    text = ("London Fire Brigade (LFB) said 15 fire engines had been sent to the site in Dagenham.\n"
            "Nobody has been injured, the brigade said.")
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_type) for r in records] == [("London Fire Brigade", "organization")] * 2


def test_a_spaceport_is_a_body(pipeline):
    text = "SaxaVord Spaceport said it remained \"fully committed\" to the project."
    assert only(extracted(text, pipeline)).speaker_type == "organization"


@pytest.mark.parametrize("text, speaker", [
    ("The first rocket launch from UK soil has been delayed again, the company behind it has confirmed.", None),
    ("Tesla said it would appeal. The plan was delayed again, the company behind it has confirmed.", "Tesla"),
])
def test_the_company_behind_it_is_the_closing_speaker(pipeline, text, speaker):
    record = reporting(text, pipeline, "delayed again")
    assert (record.cue, record.speaker_mention, record.speaker) == ("has confirmed", "the company behind it", speaker)


@pytest.mark.parametrize("honorific, speaker", [("Mrs", "Gemma Turner"), ("Mr", "Paul Turner")])
def test_a_couple_named_with_one_surname_gives_each_a_full_name(pipeline, honorific, speaker):
    text = ("Gemma and Paul Turner, from Stoke-on-Trent, said the man had been shouting for an hour.\n"
            f"\"It was terrifying,\" {honorific} Turner said.")
    assert reporting(text, pipeline, "terrifying").speaker == speaker


def test_a_surname_before_and_and_a_full_name_is_no_first_name(pipeline):
    text = ("Mr. Obama and Hillary Clinton spoke in Ohio on Monday.\n"
            "\"We are not done,\" Mr. Obama said.")
    assert reporting(text, pipeline, "not done").speaker != "Obama Clinton"


@pytest.mark.parametrize("text, kind", [
    ("Thousands of passengers were stranded.\nEurostar said it was \"very sorry\" and advised passengers not to "
     "travel.", "organization"),
    ("Thousands of passengers were stranded.\nWright said she was \"very sorry\" and advised passengers not to "
     "travel.", "person"),
])
def test_a_one_word_name_that_says_it_is_a_body(pipeline, text, kind):
    assert reporting(text, pipeline, "very sorry").speaker_type == kind


def test_a_name_after_a_title_in_lower_case_keeps_its_unlisted_first_name(pipeline):
    text = "City chairman Khaldoon Al Mubarak described him as \"the greatest manager in the world\"."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == ("Khaldoon Al Mubarak", "City chairman")


@pytest.mark.parametrize("text, speaker", [
    ("The panel said Jane Fowler, 54, had \"abused the trust\" of vulnerable people.\n"
     "Ms Fowler said she was \"deeply ashamed\".\nThe panel chair said there was no other way to protect the public.",
     None),
    ("Committee chairman John Whittingdale said the report was damning.\n"
     "Mr Whittingdale said changes were needed.\nThe committee chairman said there was no other way.",
     "John Whittingdale"),
])
def test_a_bodys_officer_is_nobody_named_before_unless_named_so(pipeline, text, speaker):
    assert reporting(text, pipeline, "no other way").speaker == speaker
