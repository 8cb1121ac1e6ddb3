"""Speakers from a news desk's day: sport (clubs, players described by team and position, "the Italian"), business
(a maker, a developer, a company's name after a title), courts and briefings ("told reporters she was ..."), world
news (Seoul, Nairobi, a ministry named by its country), families and pairs ("the couple"), features ("O'Neill
herself", "..., disagrees."), live blogs and wire copy; with the parse repairs some of them need."""

from __future__ import annotations

import pytest

from tests.conftest import extracted, mentioned, only, with_cue


def test_the_club_is_the_club_a_description_set_off_calls_one(pipeline):
    """"Paris" is a first name, but a name described as "his former club" is a club, and "the club" then stands
    for it."""
    text = ("Paris Saint-Germain, Mbappé's former club, wished him well. \"We thank Kylian for seven unforgettable "
            "seasons,\" the club said.")
    record = mentioned(pipeline, text, "the club")
    assert (record.speaker, record.speaker_type) == ("Paris Saint-Germain", "organization")


@pytest.mark.parametrize("text, role", [
    ("A web designer in Colorado said the ruling would protect her business.", "web designer in Colorado"),
    ("A German user from Hanover wrote that nobody could speak freely anymore.", "German user from Hanover"),
])
def test_someone_described_by_where_they_are_is_unnamed(pipeline, text, role):
    """The place after "in" or "from" says where the newcomer is from; it names no speaker."""
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == (None, role)


def test_a_poll_from_an_institute_is_still_the_institutes(pipeline):
    text = "A poll from Marquette Law School found that most voters wanted a change."
    assert mentioned(pipeline, text, "A poll from Marquette Law School").speaker == "Marquette Law School"


def test_the_preposition_before_a_platform_is_no_part_of_the_cue(pipeline):
    """"wrote on X." with "on" parsed as the verb's particle: the cue is "wrote"."""
    text = '"Without fuel, patients will die," WHO Director-General Tedros Adhanom Ghebreyesus wrote on X.'
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker) == ("wrote", "Tedros Adhanom Ghebreyesus")
    assert with_cue('Pelosi called on Congress to act.', pipeline, "called on").speaker == "Pelosi"


def test_a_countrys_military_is_an_organization(pipeline):
    text = "Israel's military said it would allow aid to continue as long as it did not reach Hamas."
    assert mentioned(pipeline, text, "Israel's military").speaker_type == "organization"


@pytest.mark.parametrize("text, mention, speaker, role", [
    ('Toni Morrison died on Monday. "She passed away peacefully," her family said.', "her family",
     "Morrison family", None),
    ("The Morrison family said it was grateful for the messages.", "The Morrison family", "Morrison family", None),
    ("A family in Ohio said it was grateful for the messages.", "A family in Ohio", None, "family in Ohio"),
])
def test_a_family_speaks_as_a_group(pipeline, text, mention, speaker, role):
    """A family is a group: "her family" is the family of whom "her" stands for, "the Morrison family" no person
    called Morrison, and "a family in Ohio" a family new to the text."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type, record.speaker_role) == (speaker, "group", role)


def test_a_clause_after_a_semicolon_is_no_part_of_the_report_before_it(pipeline):
    """The parse hung "called" on "said" as a second complement; after the semicolon it is Reyes's own report."""
    text = 'Park said he would make buses free within two years; Reyes called the plan "a fantasy."'
    park, reyes = extracted(text, pipeline)
    assert (park.speaker, park.text) == ("Park", "he would make buses free within two years")
    assert (reyes.speaker, reyes.cue, reyes.kind) == ("Reyes", "called", "mixed")


def test_a_name_before_herself_is_the_subject_she_stands_for(pipeline):
    """The parse made "herself" the subject and "O'Neill" a discourse word: O'Neill is the subject, and the "she"
    after her sentence is her, not the daughter quoted before."""
    text = ("Margaret O'Neill has climbed the steps every morning for 31 years. Her daughter, Siobhan, worries. "
            "\"Mam has never done anything else,\" she says. O'Neill herself is philosophical. \"Everything ends,\" "
            "she says.")
    daughter, mother = extracted(text, pipeline)[-2:]
    assert (daughter.speaker, mother.speaker) == ("Siobhan", "Margaret O'Neill")
    record = mentioned(pipeline, "Mr. Rubio himself said the nomination was his to lose.", "Mr. Rubio himself")
    assert record.speaker == "Rubio"


def test_the_agency_is_the_bureau_named_before(pipeline):
    """"the agency" stands for a bureau, whose name ends in "of Criminal Apprehension"."""
    text = ("The Minnesota Bureau of Criminal Apprehension is investigating, a spokesperson for the agency said. "
            "The Confederation of British Industry warned that firms would cut hiring.")
    spokesperson, confederation = extracted(text, pipeline)
    assert spokesperson.speaker == "Minnesota Bureau of Criminal Apprehension"
    assert (confederation.speaker, confederation.speaker_type) == ("Confederation of British Industry",
                                                                    "organization")


def test_a_title_alone_in_the_headline_is_whom_the_story_gives_it(pipeline):
    text = "Chancellor defends budget after criticism\nThe Chancellor, Rachel Reeves, has defended her first Budget."
    assert mentioned(pipeline, text, "Chancellor").speaker == "Rachel Reeves"


@pytest.mark.parametrize("text, mention, speaker", [
    ("Ben Cohen and Jerry Greenfield said on Monday they would leave the board. \"It's been an incredible ride,\" "
     "the pair said.", "the pair", "Ben Cohen and Jerry Greenfield"),
    ("Robert and Linda Haines, both 71, bought the winning ticket. The couple said they would share the money.",
     "The couple", "Robert and Linda Haines"),
])
def test_the_pair_is_the_two_named_together_before(pipeline, text, mention, speaker):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (speaker, "group")


def test_each_of_two_named_together_is_an_antecedent(pipeline):
    """"Sanders and Clinton" is two people, each a "she" or "he" may stand for, not Clinton with the role
    "Sanders"."""
    text = ("Sanders and Clinton are nearing an agreement, according to Democrats involved in the talks. But she "
            "said she would not accept every demand.")
    assert mentioned(pipeline, text, "she").speaker == "Clinton"


def test_a_group_of_people_is_a_group(pipeline):
    text = "A group of Democratic senators urged the Federal Aviation Administration to keep the jets grounded."
    assert mentioned(pipeline, text, "A group of Democratic senators").speaker_type == "group"


def test_a_statement_from_someone_unnamed_is_not_an_earlier_statements(pipeline):
    text = ("In a statement from the Michigan Lottery, commissioner Suzanna Shkreli said the odds were tiny. "
            "A statement from the gas station's owner said the store would receive a bonus.")
    assert mentioned(pipeline, text, "A statement from the gas station's owner").speaker is None


def test_a_name_after_a_company_and_a_title_is_a_person(pipeline):
    """"Alaska Airlines CEO Ben Minicucci", headed by "Airlines" in the parse: typed by "Ben", not the plural."""
    text = "Alaska Airlines CEO Ben Minicucci told NBC News that the planes would stay grounded."
    record = mentioned(pipeline, text, "Alaska Airlines CEO Ben Minicucci")
    assert (record.speaker, record.speaker_type) == ("Ben Minicucci", "person")


def test_a_sentence_closed_by_disagrees_has_its_name_for_subject(pipeline):
    """"disagrees", tagged a noun after a comma in a sentence parsed without a verb, is its verb; "She" after it is
    Juliet Schor. A subject running on to the verb is no closing comment ("Fla." reports nothing)."""
    text = ('Economist Juliet Schor, who has studied the trials, disagrees. She says companies that tried it "almost '
            'universally" kept it. Franson Reneus, 18, from Lee County, Fla., disagrees. "I could say anything," he '
            'says.')
    schor, reneus = extracted(text, pipeline)
    assert (schor.speaker, reneus.speaker) == ("Juliet Schor", "Franson Reneus")


def test_a_live_blogs_time_stamp_is_no_part_of_the_report(pipeline):
    text = ("Live updates: Hurricane Helene\n11:02 a.m. — Helene made landfall near Perry, Florida, as a Category 4 "
            "storm, the National Hurricane Center said.")
    record = mentioned(pipeline, text, "the National Hurricane Center")
    assert record.text.startswith("Helene made landfall")


def test_a_quote_after_a_speaker_who_said_nothing_is_what_was_said(pipeline):
    """A full stop where a colon belongs: the next sentence, a quotation, is what "said in a statement" reports."""
    text = ('Sam Lau, the communications director for the Iowa Democratic Party, said in a statement. "There are no '
            'paper ballots to recount."')
    record = only(extracted(text, pipeline))
    assert (record.kind, record.speaker, record.cue) == ("direct", "Sam Lau", "said in a statement")
    after_refusal = extracted('He declined to comment. "There are no paper ballots to recount."', pipeline)
    assert [r.cue for r in after_refusal if r.kind == "direct"] == [None]


def test_says_opening_a_sentence_before_a_colon_names_its_speaker_after_it(pipeline):
    text = 'The union opposed the deal. Says steelworker Tom Hanley, 58: "We just want to know our jobs are safe."'
    record = only(extracted(text, pipeline), "direct")
    assert (record.speaker, record.speaker_role, record.cue) == ("Tom Hanley", "steelworker", "Says")


def test_a_company_described_as_the_maker_is_an_organization_the_company_stands_for(pipeline):
    """"Eli" is a first name, but "its maker, Eli Lilly," is a business, and "The company" later is Eli Lilly;
    "The developer, Northpoint Development," (the name parsed as a conjunct) is the developer's name."""
    text = ("An experimental drug slowed decline by 35 percent in a trial, its maker, Eli Lilly, said Monday. The "
            "company said it would ask the FDA to approve the drug.")
    maker, company = extracted(text, pipeline)
    assert (maker.speaker, maker.speaker_type, company.speaker) == ("Eli Lilly", "organization", "Eli Lilly")
    developer = mentioned(pipeline, "The developer, Northpoint Development, says the project would create 600 jobs.",
                          "The developer, Northpoint Development,")
    assert (developer.speaker, developer.speaker_type) == ("Northpoint Development", "organization")


def test_the_england_international_is_the_player_named_before(pipeline):
    text = ('Saka said the win was "massive" for the title race. "We know every point matters," the England '
            'international told Sky Sports.')
    record = mentioned(pipeline, text, "the England international")
    assert (record.speaker, record.speaker_role) == ("Saka", "England international")


def test_a_nationality_closing_a_quotation_is_who_spoke_in_the_paragraph(pipeline):
    """'"...," the Italian said' after Carlo Ancelotti spoke in the same paragraph is Ancelotti; opening a sentence
    of its own ("The Egyptian, whose contract expires ...", tests/test_speaker_types.py) it stays someone unnamed."""
    text = ('Carlo Ancelotti, the Real Madrid coach, said he was "very happy." "Now we have to make them a team," the '
            'Italian said.')
    record = mentioned(pipeline, text, "the Italian")
    assert (record.speaker, record.speaker_role) == ("Carlo Ancelotti", "Italian")


def test_a_nationality_closing_a_quotation_is_the_subject_just_named(pipeline):
    """The same when the coach was the paragraph's subject without speaking before."""
    text = ('Chelsea boss Enzo Maresca was less happy. "We made two mistakes and we paid for them," the Italian '
            'said.')
    assert mentioned(pipeline, text, "the Italian").speaker == "Enzo Maresca"


@pytest.mark.parametrize("text, speaker, kind", [
    ("Han Dong-hoon, the leader of the party, said the move was wrong.", "Han Dong-hoon", "person"),
    ("Amnesty International Kenya said police had used live ammunition.", "Amnesty International Kenya",
     "organization"),
])
def test_names_from_seoul_and_nairobi(pipeline, text, speaker, kind):
    """The syllable after the hyphen of "Dong-hoon", tagged a common noun, is part of the name; an organization's
    name that ends with its country is still an organization's."""
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (speaker, kind)


def test_told_reporters_she_was_is_her_report(pipeline):
    """"told reporters she was ..." with the clause parsed as a relative clause of "reporters": her report."""
    text = ("Nichols's mother, RowVaughn Wells, wept as the verdict was read. Outside the courthouse, she told "
            'reporters she was "disappointed" but would keep fighting.')
    record = with_cue(text, pipeline, "told")
    assert (record.kind, record.speaker, record.text[:22]) == ("mixed", "RowVaughn Wells", 'she was "disappointed"')


def test_a_time_after_a_hyphenated_name_is_no_part_of_the_mention(pipeline):
    text = "White House press secretary Karine Jean-Pierre on Tuesday declined to answer questions about the files."
    record = only(extracted(text, pipeline))
    assert record.speaker_mention == "White House press secretary Karine Jean-Pierre"


def test_a_ministry_named_by_its_country_is_its_own_speaker(pipeline):
    """"The Saudi energy ministry" names itself (a proper adjective); "the state agency" refers back."""
    text = "The Saudi energy ministry said the cut was a precaution."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == ("Saudi energy ministry", "organization")


def test_people_familiar_with_the_talks_are_the_speakers_not_the_talks(pipeline):
    """The parse made "talks", with its "with", the subject of "said": the people familiar with the talks speak."""
    text = ("Negotiations over a ceasefire and hostage release have stalled, two people familiar with the talks "
            "said on Tuesday, as Israel and Hamas traded blame for the impasse.")
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker_type) == ("two people familiar with the talks", "group")


def test_a_titled_persons_office_is_named_without_the_title(pipeline):
    text = "Defense Secretary Lloyd Austin's office said he would discuss the aid with NATO allies."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("Lloyd Austin's office", "organization",
                                                                          "Defense Secretary")


def test_the_companys_statement_is_the_companys(pipeline):
    text = ('Apple said it would appeal. "The Commission failed to uncover any credible evidence," the company\'s '
            'statement said.')
    record = mentioned(pipeline, text, "the company's statement")
    assert (record.speaker, record.speaker_type) == ("Apple", "organization")


def test_a_senators_office_is_the_office(pipeline):
    """The parse made "Sen." the head and "office" its apposition: the office speaks, "Sen." is its owner's title."""
    record = only(extracted("Sen. Ted Cruz's office said the senator would not attend.", pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("Ted Cruz's office", "organization", "Sen.")


def test_a_nationality_adding_to_a_quotation_is_who_spoke_before(pipeline):
    """'"...," the Dutchman added' in the paragraph after Slot spoke: Slot, who goes on."""
    text = ('Slot responded at his own news conference. He said United had "spent a lot of money."\n'
            '"Every manager wants to win," the Dutchman added.')
    assert mentioned(pipeline, text, "the Dutchman").speaker == "Slot"
