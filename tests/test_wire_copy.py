"""Speakers in wire copy and local news: anonymous insiders of an organization ("a source in Ukraine's security
service"), families ("the family of Daniel Ortiz"), a volunteer who stays unnamed, clubs named for their city, a
description set off before a name ('"...," its general secretary, Gill Walton, said'), "the prime minister" who is
not the one who wrote to the prime minister, and "claimed" that reports nothing ("the fire claimed three lives")."""

from __future__ import annotations

import pytest

from tests.conftest import extracted, mentioned, only, with_cue


@pytest.mark.parametrize("text, mention, speaker, role", [
    ("Drones struck a refinery overnight, a source in Ukraine's security service told Reuters on Friday.",
     "a source in Ukraine's security service", "Ukraine's security service", "source"),
    ("An official at the State Department said the talks would resume.", "An official at the State Department",
     "State Department", "official"),
    ("An official in Kabul said the road was closed.", "An official in Kabul", None, "official in Kabul"),
    ("A source in the room said the talks were tense.", "A source in the room", None, "source in the room"),
])
def test_an_insider_speaks_for_the_organization_they_are_in(pipeline, text, mention, speaker, role):
    """"A source in X" or "an official at X" speaks for X, as "an X official" does, when X is an organization;
    one in a place or a room stays unnamed."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_role) == (speaker, role)


@pytest.mark.parametrize("text, mention", [
    ("The family of Daniel Ortiz said he was safe.", "The family of Daniel Ortiz"),
    ('"We are overwhelmed with gratitude," read a statement from the family of Daniel Ortiz, 34.',
     "a statement from the family of Daniel Ortiz, 34"),
    ("A statement from the Ortiz family said they were grateful.", "A statement from the Ortiz family"),
])
def test_the_family_of_a_named_person_is_the_family(pipeline, text, mention):
    """Not the person Daniel Ortiz with the role "family": the Ortiz family, a group, as "the Ortiz family" is."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == ("Ortiz family", "group")


def test_a_statement_from_an_unnamed_issuer_names_no_speaker(pipeline):
    record = only(extracted('"We are overwhelmed," read a statement from the family.', pipeline))
    assert record.speaker is None


def test_he_or_she_after_an_unnamed_volunteer_is_the_volunteer(pipeline):
    """The volunteer, not the Ortiz named before her, speaks the quotation after her report."""
    text = ("Sheriff Justin Smith told reporters that Ortiz was dehydrated but alert.\n"
            "One volunteer, who asked not to be named because she was not authorized to speak for the team, said "
            "the group had nearly given up. \"We were losing light,\" she said.")
    record = mentioned(pipeline, text, "she")
    assert (record.speaker, record.speaker_role) == (None, "volunteer")


def test_a_club_named_for_its_city_is_the_club(pipeline):
    text = ('Manchester City have sacked their manager, the club announced on Sunday. "We thank him for his '
            'service," the club said.')
    records = [r for r in extracted(text, pipeline) if r.speaker_mention == "the club"]
    assert [(r.speaker, r.speaker_type) for r in records] == [("Manchester City", "organization")] * 2


def test_planned_parenthood_opening_a_sentence_is_one_name(pipeline):
    """"Planned" tagged a verb at the start of the sentence is still part of the name."""
    record = with_cue("Planned Parenthood, which brought the suit, hailed the decision.", pipeline, "hailed")
    assert (record.speaker, record.speaker_type) == ("Planned Parenthood", "organization")


def test_a_title_tagged_an_adjective_still_heads_the_apposed_name(pipeline):
    """"Cardinal" tagged an adjective heading "Cardinal Pietro Parolin": the secretary of state is Parolin, not the
    Pope named before."""
    text = ("Pope Francis called for peace. The Vatican's secretary of state, Cardinal Pietro Parolin, later told "
            "reporters that the Holy See was ready to mediate.")
    assert with_cue(text, pipeline, "later told").speaker == "Pietro Parolin"


def test_the_one_written_to_is_not_the_writer(pipeline):
    """"the prime minister" was the one Haigh wrote to; he is not Haigh, and "he" after him is him, unnamed."""
    text = ("In a letter to the prime minister, Louise Haigh said she had \"made a mistake.\"\n"
            "The prime minister thanked her for her service. \"Louise has been an outstanding minister,\" he said "
            "in his reply.")
    thanked = with_cue(text, pipeline, "thanked")
    assert (thanked.speaker, thanked.speaker_role) == (None, "prime minister")
    assert mentioned(pipeline, text, "he").speaker_role == "prime minister"


@pytest.mark.parametrize("text", [
    "The storm claimed the lives of 12 people.",
    "The fire claimed three lives on Monday.",
    "She had claimed thousands of pounds in expenses for a second home.",
])
def test_claiming_lives_or_money_reports_nothing(pipeline, text):
    assert extracted(text, pipeline) == []


def test_claiming_responsibility_is_still_a_report(pipeline):
    assert with_cue("The group claimed responsibility for the attack.", pipeline, "claimed").text == \
        "responsibility for the attack"


def test_a_description_set_off_before_a_name_is_part_of_the_mention(pipeline):
    """'"...," its general secretary, Gill Walton, said' with the description heading the name in the parse: the
    mention is the whole phrase, the description the role."""
    text = ('The Royal College of Midwives said staff shortages were to blame. "Midwives are exhausted," its general '
            'secretary, Gill Walton, said.')
    record = only(extracted(text, pipeline), "direct")
    assert (record.speaker, record.speaker_mention, record.speaker_role) == \
        ("Gill Walton", "its general secretary, Gill Walton,", "its general secretary")


def test_a_name_followed_by_where_it_is_keeps_the_name(pipeline):
    """"The National Zoo in Washington" is the zoo, not Washington with the role "National Zoo"; and "the zoo"
    after it stands for it."""
    text = ('The National Zoo in Washington announced the birth of a giant panda cub on Friday. "Mother and cub '
            'are doing well," the zoo said.')
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_type) for r in records] == [("National Zoo", "organization")] * 2


def test_a_headlines_bare_title_is_the_office_holder_the_story_names(pipeline):
    text = ("'We will rebuild,' mayor vows after wildfire\n"
            "LAHAINA, Hawaii — Mayor Richard Bissen said at a news conference that the town would be rebuilt.")
    assert mentioned(pipeline, text, "mayor").speaker == "Richard Bissen"


def test_the_verb_after_a_relative_clause_is_the_names(pipeline):
    """"Laura Hill, who is leading the investigation, appealed ..." with "appealed" parsed a conjunct of "leading"
    and the name the root: she is the subject, so "she" after it is her, not the headline's "Teen"."""
    text = ("Teen charged in stabbing\n"
            "A 16-year-old boy has been charged with murder, police said.\n"
            "Detective Chief Inspector Laura Hill, who is leading the investigation, appealed for witnesses. "
            "\"Someone knows what happened,\" she said.")
    assert mentioned(pipeline, text, "she").speaker == "Laura Hill"


def test_she_after_someones_unnamed_mother_is_not_the_woman_named_before(pipeline):
    text = ("Detective Laura Hill appealed for witnesses.\n"
            "Edwards' mother paid tribute to her son. \"He was the light of our lives,\" she said in a statement.")
    assert mentioned(pipeline, text, "she").speaker is None


def test_a_victim_named_as_someone_reports_nothing(pipeline):
    assert extracted("The victim, named locally as Jamal Edwards, 24, died at the scene.", pipeline) == []


def test_a_name_the_parse_made_the_subject_of_its_description_speaks(pipeline):
    """"Marty West, an education professor at Harvard ..., called it ..." with "professor" the subject and "West"
    the subject of "professor": West speaks, the description is the role."""
    text = ("Marty West, an education professor at Harvard who previously worked for Sen. Lamar Alexander (R-Tenn.), "
            "one of the bill’s Republican architects, called it “an incredibly significant development.”")
    record = with_cue(text, pipeline, "called")
    assert (record.speaker, record.speaker_role) == ("Marty West", "education professor at Harvard")


def test_the_subject_after_an_opening_participle_clause_speaks(pipeline):
    """"Speaking to reporters outside the court, his lawyer, Vadim Prokhorov, said ..." with "lawyer" parsed a
    conjunct of "court" left "said" without a subject, and no report at all."""
    text = "Speaking to reporters outside the court, his lawyer, Vadim Prokhorov, said the defence would appeal."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role, record.text) == \
        ("Vadim Prokhorov", "his lawyer", "the defence would appeal")


def test_the_description_after_an_inverted_speaker_is_the_role(pipeline):
    """'"...," said Friederike Otto, a climate scientist at ...' with the name parsed a complement and "scientist"
    the subject: Otto speaks, the description is her role."""
    text = '"This is what we warned about," said Friederike Otto, a climate scientist at Imperial College London.'
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == ("Friederike Otto", "climate scientist at Imperial College London")


@pytest.mark.parametrize("text, mention", [
    ("WHO spokesman Tarik Jasarevic said the agency was sending medical supplies.", "WHO spokesman Tarik Jasarevic"),
    ("The WHO warned that the risk of a pandemic was low.", "The WHO"),
    ("WHO said the risk was low.", "WHO"),
])
def test_the_world_health_organization_is_no_relative_pronoun(pipeline, text, mention):
    """"WHO" in capitals is the World Health Organization, not "who": its report is found, its spokesman named."""
    record = only(extracted(text, pipeline))
    assert record.speaker_mention == mention
    assert (record.speaker, record.speaker_type) in (("Tarik Jasarevic", "person"), ("WHO", "organization"))


def test_a_person_whose_title_is_publisher_is_a_person(pipeline):
    """"publisher" names a business ("its publisher, Penguin") but here a person's title: Eric Meyer is a man, and
    "he" after him is him."""
    text = ("The newspaper's publisher, Eric Meyer, said his mother died the day after the raid. \"She was stressed "
            "beyond her limits,\" he said.")
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_type) for r in records] == [("Eric Meyer", "person")] * 2


def test_one_of_several_people_is_one_person(pipeline):
    text = '"What is worth more, art or life?" one of the protesters shouted after gluing her hand to the wall.'
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (None, "person")


def test_charging_a_fee_reports_nothing(pipeline):
    text = "New York will become the first U.S. city to charge drivers to enter its busiest streets."
    assert extracted(text, pipeline) == []
    assert with_cue("Prosecutors charged that he lied to investigators.", pipeline, "charged").speaker == \
        "prosecutors"  # a group by a person noun, lower case as "farmers" and "campaigners" are


def test_a_coach_named_after_the_team_is_a_person(pipeline):
    """"Nuggets coach Michael Malone" parsed as one flat phrase headed by "Nuggets", a plural noun: a person, and
    "Malone" after him is him."""
    text = 'Nuggets coach Michael Malone said he understood. "Every team does it," Malone said.'
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_type) for r in records] == [("Michael Malone", "person")] * 2
    assert records[0].speaker_role == "Nuggets coach"


def test_officials_briefed_on_the_talks_told_a_paper(pipeline):
    """"two officials briefed on the talks told The New York Times" with "officials" parsed the subject of
    "briefed" left "told" without a subject, and the report unfound."""
    text = ("Egyptian mediators were working on a new proposal, two officials briefed on the talks told The New York "
            "Times.")
    record = only(extracted(text, pipeline))
    assert (record.cue, record.text, record.speaker_type) == \
        ("told", "Egyptian mediators were working on a new proposal", "group")


def test_a_name_opening_a_sentence_is_no_one_addressed(pipeline):
    """"Curry, 39, has missed six games." with "Curry" parsed a vocative: he is the subject, so "he" after it is
    him, not the coach named before; and "LeBron James" is the full name of "James"."""
    for name, full in (("Curry", "Stephen Curry"), ("James", "LeBron James")):
        text = (f"Coach Darvin Ham rested {full} on Saturday. {name}, 39, has missed six games. \"Fans pay good "
                "money,\" he said.")
        assert mentioned(pipeline, text, "he").speaker == full


def test_an_accented_name_is_not_split_like_a_possessive(pipeline):
    """The tokenizer marked "Agnès" a multi-word token, "Agnè" "s": the role came out as "Agnès"."""
    text = '"She should never have been jailed," said Agnès Callamard, the group\'s secretary general.'
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == ("Agnès Callamard", "group's secretary general")


@pytest.mark.parametrize("text, speaker, role", [
    ('In a memo to staff, chief executive Satya Nadella said the company was responding to "changing customer '
     'priorities."', "Satya Nadella", "chief executive"),
    ("In an email, Axelrod, a former newspaperman, defended his role as a critic of all the candidates.",
     "Axelrod", "former newspaperman"),
])
def test_the_subject_after_an_opening_prepositional_phrase_speaks(pipeline, text, speaker, role):
    """The name after "In a memo to staff," parsed an apposition of "staff" left "said" without a subject."""
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == (speaker, role)


def test_the_name_after_an_inverted_said_speaks_not_the_one_set_off_before_it(pipeline):
    """"..., his Nepali guide, Pas Tenji Sherpa, said Rishi Bhandari of ...": Bhandari speaks (the parse made him the
    object of "said"); the guide is part of what he said."""
    text = ("Daniel Paterson, 39, died on the descent along with his Nepali guide, Pas Tenji Sherpa, said Rishi "
            "Bhandari of Nepal Tourism Adventure.")
    record = only(extracted(text, pipeline))
    assert record.speaker == "Rishi Bhandari"
    assert record.text.endswith("his Nepali guide, Pas Tenji Sherpa")


def test_a_closing_report_keeps_its_speaker_out_of_the_report_before_it(pipeline):
    """"..., plans to appeal, his attorney, Adam Fee, said" with "attorney" parsed the object of "appeal": what
    Menendez maintained ended with "Adam Fee"."""
    text = ("Menendez, 70, has maintained his innocence and plans to appeal, his attorney, Adam Fee, said after the "
            "hearing.")
    assert with_cue(text, pipeline, "has maintained").text == "his innocence and plans to appeal"
    assert with_cue(text, pipeline, "said").speaker == "Adam Fee"


def test_a_sentence_ending_on_x_ends_there(pipeline):
    """"... on X." read as an initial ran two sentences together: the quotation after it became a mixed report of
    "thanked"."""
    text = 'Hegseth thanked President Trump on X. "I am honored," he wrote.'
    record = only(extracted(text, pipeline), "direct")
    assert (record.text, record.cue, record.speaker) == ("I am honored,", "wrote", "Hegseth")


@pytest.mark.parametrize("text, speaker", [
    ("The British Retail Consortium said costs would rise.", "British Retail Consortium"),
    ("The U.S. Chamber of Commerce said more than 6 million jobs rely on trade with Mexico.",
     "U.S. Chamber of Commerce"),
])
def test_consortiums_and_chambers_are_organizations(pipeline, text, speaker):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


def test_someones_teacher_is_a_person(pipeline):
    record = only(extracted('Lily\'s teacher described her as "bright, funny and kind."', pipeline))
    assert record.speaker_type == "person"


def test_an_organization_described_by_where_it_is_is_unnamed(pipeline):
    """"A secondary school in Kent" is a school new to the text, not a person called Kent."""
    text = "A secondary school in Kent has banned mobile phones, saying they were harming pupils' concentration."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == \
        (None, "organization", "secondary school in Kent")


def test_a_title_word_opening_the_sentence_stays_in_the_role(pipeline):
    """"Transport" parsed an adverbial clause of "said": the role was "Secretary"."""
    text = 'Transport Secretary Louise Haigh said the agreement showed that "negotiation works."'
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == ("Louise Haigh", "Transport Secretary")


def test_a_known_organization_with_a_country_is_an_organization(pipeline):
    record = only(extracted('Greenpeace Brazil said it needed "more than words."', pipeline))
    assert (record.speaker, record.speaker_type) == ("Greenpeace Brazil", "organization")


def test_officials_in_a_region_speak_for_it(pipeline):
    """"Officials in Catalonia" speak for the region, as "Officials in Texas" do, not a person called Catalonia."""
    record = only(extracted("Officials in Catalonia declared a drought emergency on Thursday.", pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("Catalonia", "organization", "Officials")


@pytest.mark.parametrize("text, company", [
    ("A SpaceX rocket exploded minutes after lifting off from Texas on Saturday, the company said.", "SpaceX"),
    ("A Boeing 737 lost a door panel shortly after takeoff, the company said.", "Boeing"),
])
def test_the_company_is_the_one_whose_product_the_sentence_names(pipeline, text, company):
    """No company named before "the company": the one whose rocket or plane the sentence is about."""
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (company, "organization")


def test_a_festival_is_an_organization_and_the_festival_stands_for_it(pipeline):
    text = "The Cannes Film Festival opened on Tuesday. The festival said talks with its workers would continue."
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_type) for r in records] == [("Cannes Film Festival", "organization")]
