"""Who speaks, and what kind of speaker it is, in articles written as a user would run the tool on them (the
forty-seventh session's): a force's hyphenated name ("Dyfed-Powys Police"), a name the parse took for an adverb
("Nationwide, the UK's biggest building society,"), a headline's reduced passive ("Heathrow named busiest airport",
"Shoppers warned about fake websites") and verbless clause ("Greenland PM says island not for sale"), a title's
spokesman, "the regulator" or "the watchdog" for a body named before ("fined by the Financial Conduct Authority"), a
family name written first ("Mr Han" for Han Duck-soo), a body named by its remit or its city ("The prefecture for the
Channel and North Sea", "the foreign ministry in Moscow"), an unnamed source "familiar with" something, a name after a
title's "of" phrase ("ONS director of economic statistics Liz McKeown", "Georgia Secretary of State Brad
Raffensperger"), a titled name between the quote and the verb, names joined by "and" without their titles, a title
alone (an unnamed person), the kinds of named speakers (party members in a chamber, firms after their trade, a body
called "which", known clubs), and what was said ("up to 20cm", "said Tuesday it would", "told the inquest his
mother ...", French marks)."""

from __future__ import annotations

import pytest

from tests.conftest import extracted, only, reporting


def test_a_forces_hyphenated_name_is_the_force(pipeline):
    record = only(extracted("Dyfed-Powys Police urged drivers to avoid all but essential journeys.", pipeline))
    assert (record.speaker, record.speaker_type) == ("Dyfed-Powys Police", "organization")


def test_a_name_taken_for_an_adverb_before_its_description_is_the_subject(pipeline):
    text = "Nationwide, the UK's biggest building society, said it would cut rates on selected deals from Friday."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == ("Nationwide", "organization")
    assert record.speaker_role == "UK's biggest building society"


@pytest.mark.parametrize("text", [
    "Heathrow named busiest airport in Europe",
    "Man named as victim of crash",
])
def test_a_headlines_reduced_passive_of_named_reports_nothing(pipeline, text):
    assert extracted(text, pipeline) == []


@pytest.mark.parametrize("text, content", [
    ("Greenland PM says island not for sale", "island not for sale"),
    ("Trump says Greenland vital to US security", "Greenland vital to US security"),
])
def test_a_headlines_verbless_clause_is_what_it_says(pipeline, text, content):
    assert only(extracted(text, pipeline)).text == content


def test_a_headlines_title_is_the_one_the_story_names_so(pipeline):
    text = ("Greenland PM says island not for sale\n"
            "Greenland's prime minister, Mute Egede, has said the island is \"not for sale\".\n")
    records = extracted(text, pipeline)
    assert [r.speaker for r in records] == ["Mute Egede", "Mute Egede"]


def test_a_former_title_in_a_headline_is_the_former_holder_named_below(pipeline):
    text = ("Writing in the Telegraph, the former chancellor said taxes were too high\n"
            "Writing in the Telegraph, former chancellor Jeremy Hunt said the Budget had \"broken the trust\" of "
            "business.\n")
    assert [r.speaker for r in extracted(text, pipeline)] == ["Jeremy Hunt", "Jeremy Hunt"]


@pytest.mark.parametrize("title", ["Prime Minister", "prime minister"])
def test_a_titles_spokesman_is_not_the_person_named_before(pipeline, title):
    text = ("In a statement, Mr Welby said he took \"personal and institutional responsibility\".\n"
            f"The {title}'s official spokesman said Sir Keir respected the decision.")
    record = reporting(text, pipeline, "Sir Keir")
    assert record.speaker is None
    assert record.speaker_role == f"{title}'s official spokesman"


def test_a_spokesman_described_by_whom_he_speaks_for_is_that_spokesman(pipeline):
    text = ("\"We disagree strongly with those claims,\" Gowdy spokesman Jamal Ware said in a statement.\n"
            "\"The committee did not discriminate,\" Ware added.\n"
            "The congressman's spokesman also pointed out that the committee employs several veterans.")
    assert reporting(text, pipeline, "veterans").speaker == "Jamal Ware"


def test_the_regulator_is_the_administration_named_before(pipeline):
    text = ("Tesla is recalling almost 700,000 vehicles, the National Highway Traffic Safety Administration said.\n"
            "The regulator said the warning light may not stay lit between drives.")
    assert reporting(text, pipeline, "warning light").speaker == "National Highway Traffic Safety Administration"


def test_a_family_name_written_first_is_the_full_name(pipeline):
    text = ("Prime Minister Han Duck-soo, who becomes acting president, said his priority was stability.\n"
            "\"I will do my utmost to ensure the government runs smoothly,\" Mr Han said.")
    assert [r.speaker for r in extracted(text, pipeline)] == ["Han Duck-soo", "Han Duck-soo"]


@pytest.mark.parametrize("text, speaker", [
    ("The prefecture for the Channel and North Sea said 45 people had been rescued.",
     "prefecture for the Channel and North Sea"),
    ("The ministry for Europe and Foreign Affairs said 45 people had been rescued.",
     "ministry for Europe and Foreign Affairs"),
    ("The Department for Education said it was considering the report.", "Department for Education"),
    ("Russia has expelled a British diplomat, the foreign ministry in Moscow said.", "foreign ministry in Moscow"),
    ("The interior ministry in Kabul said five people died.", "interior ministry in Kabul"),
])
def test_a_body_named_by_its_remit_or_its_city_is_that_body(pipeline, text, speaker):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


@pytest.mark.parametrize("text, speaker, kind", [
    ("Senate Democrats demanded answers.", "Senate Democrats", "group"),
    ("House Republicans said the plan was bad.", "House Republicans", "group"),
    ("The fashion retailer Ted Baker has entered administration, administrators Teneo said.", "Teneo",
     "organization"),
    ("Mortgage rates fell this week, according to financial information service Moneyfacts.", "Moneyfacts",
     "organization"),
    ("Nats, which runs air traffic control, said the problem had been fixed.", "Nats", "organization"),
    ("The British Chambers of Commerce said its members were cutting jobs.", "British Chambers of Commerce",
     "organization"),
    ("Prime Minister Michel Barnier lost the vote, the National Assembly said.", "National Assembly",
     "organization"),
    ("Arsenal said they could not comment on legal matters.", "Arsenal", "organization"),
])
def test_a_named_speakers_kind(pipeline, text, speaker, kind):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (speaker, kind)


def test_a_possessed_noun_names_no_speaker(pipeline):
    record = only(extracted("His promoter said refunds would be available.", pipeline))
    assert (record.speaker, record.speaker_role) == (None, "promoter")


@pytest.mark.parametrize("text, speaker", [
    ("Monzo has been fined £21m by the Financial Conduct Authority for failing to prevent financial crime.\n"
     "The watchdog said the bank had \"inadequate\" checks in place.", "Financial Conduct Authority"),
    ("Meta has been fined €251m by Ireland's Data Protection Commission over a data breach.\n"
     "The regulator said the company had failed to protect users' personal data.", "Data Protection Commission"),
])
def test_the_regulator_is_the_one_that_acted_by_name(pipeline, text, speaker):
    records = extracted(text, pipeline)
    assert only([r for r in records if r.speaker_mention in ("The watchdog", "The regulator")]).speaker == speaker


def test_up_to_a_number_is_what_was_said(pipeline):
    record = only(extracted("Forecaster Alex Deakin said up to 20cm could fall on high ground.", pipeline))
    assert (record.cue, record.text) == ("said", "up to 20cm could fall on high ground")


def test_a_noun_ending_in_est_is_the_one_told(pipeline):
    text = "Her son, David Hughes, told the inquest his mother had been left \"for hours\" without being seen."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.text) == ("David Hughes", "his mother had been left \"for hours\" without being "
                                                             "seen")


@pytest.mark.parametrize("text, content, speaker, role", [
    ("An official familiar with the plan said the cuts would come.", "the cuts would come", None,
     "official familiar with the plan"),
    ("The cuts will come, an official familiar with the plan said.", "The cuts will come", None,
     "official familiar with the plan"),
    ("The cuts will come, officials familiar with the plan said.", "The cuts will come",
     "officials familiar with the plan", None),
])
def test_a_source_familiar_with_something_is_the_one_who_speaks(pipeline, text, content, speaker, role):
    record = only(extracted(text, pipeline))
    assert (record.text, record.speaker, record.speaker_role) == (content, speaker, role)


def test_a_name_after_a_titles_of_phrase_is_the_title_holder(pipeline):
    text = '"The economy contracted slightly," ONS director of economic statistics Liz McKeown said.'
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == ("Liz McKeown", "ONS director of economic statistics")


@pytest.mark.parametrize("text, role", [
    ("The Prime Minister has promised to \"rebuild Britain\".", "Prime Minister"),
    ("The Home Secretary said the gangs were making millions.", "Home Secretary"),
])
def test_a_title_alone_is_an_unnamed_person(pipeline, text, role):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (None, "person", role)


def test_blanks_inside_french_marks_are_no_part_of_the_quote(pipeline):
    text = "« Je n'ai pas l'intention de démissionner », he said in a televised address."
    assert only(extracted(text, pipeline)).text == "Je n'ai pas l'intention de démissionner"


@pytest.mark.parametrize("text, speaker, kind", [
    ("Generation Rent, which represents private renters, said the ruling was \"a big step forward\".",
     "Generation Rent", "organization"),
    ("\"She was trapped for more than 30 hours,\" said Ahmad Sheikh, a volunteer with the White Helmets.",
     "Ahmad Sheikh", "person"),
    ("The group, Just Stop Oil, said in a statement: \"We will not stop.\"", "Just Stop Oil", "organization"),
])
def test_a_name_the_words_around_it_type(pipeline, text, speaker, kind):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (speaker, kind)


def test_a_titled_name_between_the_quote_and_the_verb_keeps_its_title(pipeline):
    text = '"Our members can hold their heads high," IAM District 751 president Jon Holden said.'
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == ("Jon Holden", "IAM District 751 president")


def test_a_title_word_opening_a_bodys_name_is_the_names(pipeline):
    record = only(extracted("Exports rose 6.7%, according to the General Administration of Customs.", pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (
        "General Administration of Customs", "organization", None)


@pytest.mark.parametrize("text, speaker", [
    ("Det Sgt Paul Allen and Det Con Sarah Lee said the arrests followed \"painstaking\" work.",
     "Paul Allen and Sarah Lee"),
    ("Mayor Karen Bass and Police Chief Michel Moore said the bill was bad.", "Karen Bass and Michel Moore"),
    ("Trump, Ryan and RNC Chairman Reince Priebus said the bill was bad.", "Trump, Ryan and Reince Priebus"),
    ("Hillary Clinton and Bernie Sanders said the bill was bad.", "Hillary Clinton and Bernie Sanders"),
])
def test_joined_names_lose_each_ones_title(pipeline, text, speaker):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (speaker, "group")


def test_a_headlines_warned_about_is_a_passive(pipeline):
    assert extracted("Shoppers warned about fake websites", pipeline) == []
    assert only(extracted("Experts warned about the risks.", pipeline)).speaker == "experts"


def test_those_told_in_a_closing_passive_are_no_speakers(pipeline):
    records = extracted("Cardiff University plans to cut 400 jobs, staff have been told.", pipeline)
    assert all(r.speaker != "staff" for r in records)


def test_a_state_before_a_title_is_no_first_name(pipeline):
    text = '"This is obviously fake," Georgia Secretary of State Brad Raffensperger said on X.'
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == ("Brad Raffensperger", "Georgia Secretary of State")


def test_a_day_after_said_is_no_part_of_what_was_said(pipeline):
    record = only(extracted("Software company Salesforce said Tuesday it would cut about 1,000 jobs.", pipeline))
    assert record.text == "it would cut about 1,000 jobs"


@pytest.mark.parametrize("text, speaker, role", [
    ("But Alzheimer's Research UK warned that the drug carried risks.", "Alzheimer's Research UK", None),
    ("Britain's National Trust said the drug carried risks.", "National Trust", "Britain's"),
])
def test_a_possessive_opening_a_bodys_name_is_the_names_unless_a_places(pipeline, text, speaker, role):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == (speaker, role)
