"""Who speaks, in articles written as a user would run the tool on them (the fiftieth session's): a body named
with its initials in brackets ("UK Anti-Doping (Ukad)"), so that "the 26-year-old" after it is the athlete; "the
German carrier" for an airline named in passing; a public office named after a title's possessive ("The US
Attorney's Office for the Southern District of New York"); a named person's family, relative or lawyer, who is not
that person ("The family of headteacher Ruth Perry", "The sister of Ruth Perry"); a campaign's name that modifies a
spokesperson ("a Kick It Out spokesperson"); a name after a description in an apposition ("One protester, 24-year-old
student Nino Beridze,"); plural initials ("MPs") for a group; "Principal" as a title; a name set off before its
description ("Ofqual, the exams regulator, said"); a surname opening a report that "the force" closes ("Hart did not
attend the hearing, the force said"); a trade before a company's name ("Developer Redrow"); a club's title before a
name ("Cardiff Rugby director of rugby Matt Sherratt"); where something was said before what was ("said on BBC
Radio 5 Live that ..."); a trust whose "for" the parse hung inside its name; a Welsh "ap"; "Hutchison Ports, which
..."; a name set off after a possessed noun ("Royal Mail's owner, International Distributions Services (IDS),"); "The
Michelin Guide"; a description in the lede named with its title below ("the local governor says ... Governor
Alexander Bogomaz wrote"); "A Boeing spokesperson" with "Boeing" tagged a common noun; and "their expedition
company", no name; "the court" after "The Supreme Court"; "said demand for tickets was ..."; "The Housing
Ombudsman", a body; a closing name and its description (", Isavia, the airport operator, said"); a year opening a
body's name ("The 1922 Committee"); and "the airport" named in passing ("stranded at Gatwick")."""

from __future__ import annotations

import pytest

from tests.conftest import extracted, only, reporting


def test_a_name_with_its_initials_in_brackets_is_a_body_not_the_person_described_next(pipeline):
    text = ("British sprinter Daniel Okoro has been banned for four years for missing three drugs tests in 12 months, "
            "UK Anti-Doping (Ukad) has announced.\n"
            "The 26-year-old denied any wrongdoing and said he would appeal against the decision.")
    announced = reporting(text, pipeline, "has been banned")
    assert (announced.speaker, announced.speaker_type) == ("UK Anti-Doping", "organization")
    denied = reporting(text, pipeline, "he would appeal")
    assert (denied.speaker_mention, denied.speaker) == ("The 26-year-old", "Daniel Okoro")


def test_initials_that_do_not_spell_the_name_leave_a_person(pipeline):
    record = only(extracted("Joe Biden (D) said the bill would pass.", pipeline))
    assert (record.speaker, record.speaker_type) == ("Joe Biden", "person")


@pytest.mark.parametrize("noun", ["German carrier", "airline"])
def test_a_trade_noun_stands_for_a_known_airline_named_in_passing(pipeline, noun):
    text = ("Hundreds of flights have been cancelled after pilots at Lufthansa walked out in a row over pensions.\n"
            f"The {noun} said about 100,000 passengers would be affected on Friday.")
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == ("Lufthansa", "organization")


def test_the_carrier_is_not_a_planemaker_named_before(pipeline):
    text = ("Engineers at Boeing found a fault in the jet.\n"
            "The carrier said about 100 passengers would be affected.")
    assert only(extracted(text, pipeline)).speaker != "Boeing"


def test_an_office_named_after_a_titles_possessive_is_one_name(pipeline):
    text = "The US Attorney's Office for the Southern District of New York declined to comment."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (
        "US Attorney's Office for the Southern District of New York", "organization", None)


def test_the_family_of_a_described_person_is_her_family(pipeline):
    text = ("The family of headteacher Ruth Perry, who took her own life after an inspection, said the change was "
            "\"long overdue\".")
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == ("Perry family", "group")


@pytest.mark.parametrize(("mention", "speaker"), [
    ("The sister of Ruth Perry", "sister of Ruth Perry"),
    ("The sister of headteacher Ruth Perry", "sister of headteacher Ruth Perry"),
    ("The lawyer for John Smith", "lawyer for John Smith"),
])
def test_a_named_persons_relative_or_lawyer_is_not_that_person(pipeline, mention, speaker):
    text = f"John Smith was charged in March.\n{mention} said the case was \"a travesty\"."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (speaker, "person")


def test_a_relative_named_then_is_who_she_refers_to(pipeline):
    text = ("The sister of Ruth Perry said the inspection had been brutal.\n"
            "\"She was a wonderful teacher,\" she said.")
    record = reporting(text, pipeline, "wonderful teacher")
    assert record.speaker == "sister of Ruth Perry"


def test_the_mayor_of_a_place_is_still_a_description(pipeline):
    record = only(extracted("The mayor of London said the plan was \"a disgrace\".", pipeline))
    assert (record.speaker, record.speaker_role) == (None, "mayor of London")


@pytest.mark.parametrize(("sentence", "mention", "speaker"), [
    ("\"Apologies are a start, but education has to follow,\" a Kick It Out spokesperson said.",
     "a Kick It Out spokesperson", "Kick It Out"),
    ("A Just Stop Oil spokeswoman told the BBC the protests would continue.",
     "A Just Stop Oil spokeswoman", "Just Stop Oil"),
])
def test_a_campaigns_name_before_a_spokesperson_is_whom_she_speaks_for(pipeline, sentence, mention, speaker):
    record = only(extracted(sentence, pipeline))
    assert (record.speaker_mention, record.speaker, record.speaker_type) == (mention, speaker, "organization")
    assert "Out" not in record.text and "BBC" not in record.text


def test_a_name_after_a_description_in_an_apposition_speaks(pipeline):
    text = "One protester, 24-year-old student Nino Beridze, said: \"We are fighting for our future.\""
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("Nino Beridze", "person", "protester")


@pytest.mark.parametrize("initials", ["MPs", "GPs", "MSPs"])
def test_plural_initials_are_a_group(pipeline, initials):
    record = only(extracted(f"Hundreds of patients are still waiting, {initials} have said.", pipeline))
    assert (record.speaker, record.speaker_type) == (initials, "group")


def test_principal_is_a_title(pipeline):
    record = only(extracted("Principal Rachel Cook said: \"The corridors are noisier.\"", pipeline))
    assert (record.speaker, record.speaker_role) == ("Rachel Cook", "Principal")


def test_a_name_set_off_before_its_description_speaks(pipeline):
    record = only(extracted("Ofqual, the exams regulator, said it was looking into the matter.", pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("Ofqual", "organization", "exams regulator")


def test_a_persons_surname_opening_the_report_is_not_the_body_that_closes_it(pipeline):
    text = ("PC Daniel Hart, 31, was dismissed without notice following a hearing in Southwark.\n"
            "Hart did not attend the hearing, the force said.")
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.text) == ("the force", "Hart did not attend the hearing")
    assert record.speaker != "Hart"


def test_a_trade_before_a_companys_name_is_no_first_name(pipeline):
    text = ("Developer Redrow wants to build the houses on fields north of Headcorn.\n"
            "Redrow said the scheme would include 160 affordable homes.")
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_type) for r in records] == [("Redrow", "organization")] * 2


def test_a_clubs_title_before_a_name_is_the_role_not_the_speaker(pipeline):
    text = "Cardiff Rugby director of rugby Matt Sherratt described Navidi as \"a true professional\"."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == ("Matt Sherratt", "Cardiff Rugby director of rugby")


def test_where_something_was_said_is_not_what_was_said(pipeline):
    text = "Former captain Michael Vaughan said on BBC Radio 5 Live that Stokes would be \"impossible to replace\"."
    record = only(extracted(text, pipeline))
    assert (record.text, record.speaker) == ("that Stokes would be \"impossible to replace\"", "Michael Vaughan")


def test_a_spokesman_for_a_trust_whose_for_the_parse_hung_inside_the_name(pipeline):
    text = "A spokesman for Hampshire Hospitals NHS Foundation Trust said lessons had been learned."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (
        "Hampshire Hospitals NHS Foundation Trust", "organization", "spokesman")


def test_a_welsh_patronymic_is_a_persons_name_not_the_associated_press(pipeline):
    text = "Plaid Cymru's health spokesperson, Mabon ap Gwynfor, said the NHS in Wales was \"in crisis\"."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == ("Mabon ap Gwynfor", "person")


def test_a_plural_name_called_which_is_a_company_its_spokesperson_speaks_for(pipeline):
    text = ("Hutchison Ports, which owns Felixstowe, said it had offered a 7% pay rise.\n"
            "\"The union's demands are simply unaffordable,\" a company spokesperson said.")
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_type) for r in records] == [("Hutchison Ports", "organization")] * 2


def test_a_name_set_off_after_a_possessed_noun_names_it(pipeline):
    text = ("Royal Mail's owner, International Distributions Services (IDS), said the reforms were \"vital\" to the "
            "service's future.")
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (
        "International Distributions Services", "organization", "Royal Mail's owner")


def test_a_guide_is_a_body_whose_spokesperson_speaks_for_it(pipeline):
    text = ("The Michelin Guide does not explain its decisions, but a spokesperson said inspectors visited each "
            "restaurant several times.")
    record = reporting(text, pipeline, "inspectors visited")
    assert (record.speaker, record.speaker_type) == ("Michelin Guide", "organization")


def test_a_description_in_the_lede_is_the_one_named_with_that_title_below(pipeline):
    text = ("Drone attack hits oil depot in Russia\n\n"
            "A Ukrainian drone attack has set fire to an oil depot in Russia's Bryansk region, the local governor "
            "says.\n\n"
            "Governor Alexander Bogomaz wrote on Telegram that there were no casualties.")
    record = reporting(text, pipeline, "set fire")
    assert (record.speaker_mention, record.speaker) == ("the local governor", "Alexander Bogomaz")


def test_a_description_in_the_lede_with_no_one_so_titled_below_stays_unnamed(pipeline):
    text = ("Ofsted to scrap one-word judgements\n\n"
            "Schools in England will no longer be given one-word Ofsted ratings, the education secretary has "
            "announced.\n\n"
            "Paul Whiteman, general secretary of the NAHT union, said the labels had become \"high stakes\".")
    record = reporting(text, pipeline, "one-word Ofsted ratings")
    assert (record.speaker_mention, record.speaker) == ("the education secretary", None)


def test_a_known_companys_spokesperson_speaks_for_it_when_the_tagger_took_the_name_for_a_noun(pipeline):
    text = "A Boeing spokesperson said after the hearing that the company was \"committed to transparency\"."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("Boeing", "organization", "spokesperson")


def test_a_possessed_description_of_a_body_is_no_speakers_name(pipeline):
    text = ("A team of Nepali climbers has scaled all 14 of the world's highest mountains in record time, their "
            "expedition company has said.")
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker, record.speaker_role) == (
        "their expedition company", None, "expedition company")


def test_the_court_is_the_court_named_before(pipeline):
    text = ("The Supreme Court has ruled that the government's plan is unlawful.\n"
            "In its judgment, the court said there were \"substantial grounds\" for concern.")
    record = reporting(text, pipeline, "substantial grounds")
    assert (record.speaker_mention, record.speaker, record.speaker_type) == ("the court", "Supreme Court",
                                                                             "organization")


def test_the_subject_of_a_reported_copula_clause_is_not_lost_to_said(pipeline):
    record = only(extracted("Promoter SJM Concerts said demand for tickets was \"unprecedented\".", pipeline))
    assert (record.speaker, record.text) == ("SJM Concerts", "demand for tickets was \"unprecedented\"")


def test_an_ombudsman_is_a_body_and_a_title_before_a_name(pipeline):
    text = ("The Housing Ombudsman said the landlord had failed its tenants.\n"
            "Housing Ombudsman Richard Blakeway said the findings were \"deeply concerning\".")
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_type) for r in records] == [("Housing Ombudsman", "organization"),
                                                              ("Richard Blakeway", "person")]


def test_a_closing_name_and_its_description_speak(pipeline):
    record = only(extracted("Flights at Keflavik airport were operating normally, Isavia, the airport operator, said.",
                            pipeline))
    assert (record.speaker, record.speaker_mention, record.text) == (
        "Isavia", "Isavia, the airport operator,", "Flights at Keflavik airport were operating normally")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The 1894 Group, a supporters' organisation, said some season tickets had gone up by 20%.", "1894 Group"),
    ("The 1922 Committee said it would meet on Wednesday.", "1922 Committee"),
])
def test_a_year_opens_a_bodys_name(pipeline, sentence, speaker):
    record = only(extracted(sentence, pipeline))
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


@pytest.mark.parametrize(("text", "airport"), [
    ("Thousands of passengers were stranded at Gatwick on Saturday after an IT failure.\n"
     "The airport said the problem had been caused by a third-party supplier.", "Gatwick"),
    ("A record 83.9 million passengers travelled through Heathrow last year, the airport has said.", "Heathrow"),
])
def test_the_airport_is_the_airport_named_in_passing(pipeline, text, airport):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (airport, "organization")


def test_the_airline_is_no_airport(pipeline):
    text = "Flights resumed at Heathrow on Monday.\nThe airline said 20 flights had been cancelled."
    assert only(extracted(text, pipeline)).speaker is None
