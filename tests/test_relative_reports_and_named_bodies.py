"""Who speaks and what they said, in articles written as a user would run the tool on them (the sixty-second
session's): "call it in", no call made; a conjunct of a passive that the parse gave a false agent ("were left in soiled
beds and denied food"); a firm named for its research; a report closing after a clause that the parse hung inside it
(", the team reported in the journal ..."), and data that suggest, with no author named; anonymous sources in a
country; "Asthma + Lung UK"; a relative clause's own report holding a quotation ("a model that it says can
"reason""); a list's gerund after a comma inside a report ("in science, coding and maths"); "The research, published
in the BMJ," no organization; a party whose name opens with a capitalised noun ("the far-right Alternative for
Germany"); a title before a name that its description repeats ("Professor Kevin McConway, an emeritus professor of
statistics"); a second clause in the reported past after "said" ("... and it would consider further action"); verbs
that report nothing with some objects ("released its first birds", "can write code", "hit his head"); a question the
parse hung on the one who asked it ("asked by moderator Gerard Baker whether ..."); projections by a broadcaster
described before its name; a review led by someone named; "Friends of Walkley Library"; a prize winner described
("Booker winner"); a report the parse hung on a titled name as a relative clause ("Shadow transport secretary Gareth
Bacon accused ..."); a country's embassy in a city; a title of several words whose first word the parse made the
subject ("Swimming Australia head coach Rohan Taylor"); "D&G Bus", which the tokenizer cut after "D&G"."""

from __future__ import annotations

from tests.conftest import extracted, reporting


def only_cued(text: str, pipeline, cue: str):
    """The one record of ``text`` whose cue is ``cue``."""
    found = [r for r in extracted(text, pipeline) if r.cue == cue]
    assert len(found) == 1, found
    return found[0]


def test_calling_a_decision_in_is_no_report(pipeline):
    text = "The decision will now be referred to the Secretary of State, who can choose to call it in."
    assert extracted(text, pipeline) == []


def test_calling_in_the_police_is_no_report(pipeline):
    text = "The school called in the police after the fight."
    assert extracted(text, pipeline) == []


def test_a_passive_conjunct_has_no_speaker_from_a_phrase_that_is_no_agent(pipeline):
    text = ("A former care home manager has been jailed after residents were left in soiled beds and denied food and "
            "water.")
    assert [r for r in extracted(text, pipeline) if r.speaker_mention == "soiled beds"] == []


def test_an_agent_with_by_stays_an_agent(pipeline):
    from quotes.parsing import parse_spans
    text = "The claims were denied by the company on Monday."
    [sentence] = parse_spans(pipeline, text, [(0, len(text))])
    assert [w.text for w in sentence.words if w.deprel == "obl:agent"] == ["company"]


def test_a_research_firm_is_an_organization(pipeline):
    text = "According to Counterpoint Research, Apple's share of the Chinese smartphone market fell to 15% last year."
    record = reporting(text, pipeline, "Apple")
    assert (record.speaker, record.speaker_type) == ("Counterpoint Research", "organization")


def test_a_closing_report_hung_inside_the_clause_is_no_part_of_its_content(pipeline):
    text = "Officials believe the deposits are thick, the team reported in the journal Nature."
    record = only_cued(text, pipeline, "reported")
    assert record.text == "Officials believe the deposits are thick"
    inner = only_cued(text, pipeline, "believe")
    assert inner.text == "the deposits are thick"


def test_data_from_a_named_spacecraft_have_no_author(pipeline):
    text = ("Radar data from the European Space Agency's Mars Express spacecraft suggest the deposits could be up to "
            "3.7km thick, the team reported in the journal Geophysical Research Letters.")
    record = only_cued(text, pipeline, "suggest")
    assert (record.speaker, record.text) == (None, "the deposits could be up to 3.7km thick")
    assert record.speaker_role == "Radar data from the European Space Agency's Mars Express spacecraft"


def test_a_study_from_a_university_is_the_university_s(pipeline):
    text = "A study from Harvard University found that sleep matters."
    record = reporting(text, pipeline, "sleep")
    assert (record.speaker, record.speaker_role) == ("Harvard University", "study")


def test_sources_in_a_country_are_unnamed_people(pipeline):
    text = "According to sources in Portugal, the deal includes a 10% sell-on clause."
    record = reporting(text, pipeline, "sell-on")
    assert (record.speaker, record.speaker_type) == ("sources in Portugal", "group")


def test_officials_in_a_place_still_speak_for_it(pipeline):
    text = "According to officials in Kyiv, the deal includes a clause."
    record = reporting(text, pipeline, "clause")
    assert (record.speaker, record.speaker_type) == ("Kyiv", "organization")


def test_a_charity_named_with_a_plus_is_one_name(pipeline):
    text = "Asthma + Lung UK said deaths from asthma in the UK were among the highest in Europe."
    record = reporting(text, pipeline, "asthma")
    assert (record.speaker, record.speaker_type) == ("Asthma + Lung UK", "organization")


def test_a_quotation_in_a_relative_clause_s_report_is_that_report_s(pipeline):
    text = ('OpenAI has released a new artificial intelligence model that it says can "reason" through complex '
            'problems in science, coding and maths.')
    record = reporting(text, pipeline, '"reason"')
    assert (record.cue, record.speaker_mention, record.kind) == ("says", "it", "mixed")
    assert record.text.endswith("in science, coding and maths")


def test_a_list_s_gerund_after_a_comma_stays_in_the_report(pipeline):
    text = 'He said the model can "reason" through problems in science, coding and maths.'
    record = reporting(text, pipeline, "reason")
    assert record.text == 'the model can "reason" through problems in science, coding and maths'


def test_a_participle_after_a_comma_still_ends_a_quoted_report(pipeline):
    text = 'He called the plan "a disaster", saying it would cost jobs.'
    record = reporting(text, pipeline, "disaster")
    assert "saying" not in record.text


def test_research_described_by_where_it_was_published_is_no_organization(pipeline):
    text = ("The research, published in the BMJ, found that those who ate the most such food had a 4% higher risk of "
            "death.")
    record = reporting(text, pipeline, "4%")
    assert (record.speaker, record.speaker_type, record.speaker_role) == (None, "unknown", "research")


def test_a_party_named_with_a_capitalised_noun_is_named_in_full(pipeline):
    text = "The far-right Alternative for Germany (AfD) condemned the move. Its co-leader said it was a betrayal."
    record = reporting(text, pipeline, "move")
    assert (record.speaker, record.speaker_type) == ("Alternative for Germany", "organization")


def test_a_description_that_repeats_the_title_is_the_role(pipeline):
    text = ("But Professor Kevin McConway, an emeritus professor of statistics at the Open University, said the study "
            "could not prove cause and effect.")
    record = reporting(text, pipeline, "cause and effect")
    assert (record.speaker, record.speaker_role) == (
        "Kevin McConway", "emeritus professor of statistics at the Open University")


def test_a_title_the_description_does_not_repeat_stays_the_role(pipeline):
    text = "Senator John Smith, chairman of the committee, said it was fine."
    record = reporting(text, pipeline, "fine")
    assert (record.speaker, record.speaker_role) == ("John Smith", "Senator")


def test_a_second_clause_in_the_reported_past_is_part_of_the_report(pipeline):
    text = ("However, Unison, which represents many healthcare assistants, said its members had rejected the offer "
            "and it would consider further action.")
    record = reporting(text, pipeline, "rejected")
    assert record.text == "its members had rejected the offer and it would consider further action"


def test_a_second_clause_in_the_past_is_not_part_of_the_report(pipeline):
    text = "Unison said its members had rejected the offer and it called a strike the next day."
    record = reporting(text, pipeline, "rejected")
    assert "strike" not in record.text


def test_releasing_birds_is_no_report(pipeline):
    text = ("The project, which is run by a partnership of landowners and conservation groups, released its first "
            "birds in 2016.")
    assert extracted(text, pipeline) == []


def test_releasing_a_statement_is_a_report(pipeline):
    text = "The campaign released a statement saying it was pleased with the result."
    record = reporting(text, pipeline, "pleased")
    assert record.speaker_mention == "The campaign"


def test_writing_code_is_no_report(pipeline):
    text = "OpenAI has released a new model that can write code."
    assert extracted(text, pipeline) == []


def test_hitting_one_s_head_is_no_report(pipeline):
    text = "Mr Patel fell, hit his head on the kerb and died in hospital two days later."
    assert extracted(text, pipeline) == []


def test_hitting_a_rival_over_something_is_a_report(pipeline):
    text = "Trump hit Clinton over her emails on Monday."
    record = reporting(text, pipeline, "emails")
    assert (record.cue, record.speaker) == ("hit", "Trump")


def test_a_question_the_parse_hung_on_the_asker_is_no_part_of_the_mention(pipeline):
    text = ("Rubio was asked by Fox Business moderator Gerard Baker whether his proposed expansion of child tax "
            "credits, which the Tax Foundation estimates would cost as much as $ 170 billion a year, would risk "
            "“adding another expensive entitlement program to an already overburdened federal budget.”")
    record = reporting(text, pipeline, "entitlement")
    assert (record.speaker, record.speaker_mention) == ("Gerard Baker", "moderator Gerard Baker")


def test_projections_by_a_described_broadcaster_are_the_broadcaster_s(pipeline):
    text = ("Japan's ruling Liberal Democratic Party (LDP) and its coalition partner have lost their majority in the "
            "lower house of parliament, according to projections by public broadcaster NHK.")
    record = reporting(text, pipeline, "majority")
    assert (record.speaker, record.speaker_role) == ("NHK", "projections")


def test_a_review_led_by_someone_is_theirs(pipeline):
    text = "An independent review, led by senior midwife Donna Ockenden, found that 201 babies could have survived."
    record = reporting(text, pipeline, "babies")
    assert (record.speaker, record.speaker_role) == ("Donna Ockenden", "review")


def test_friends_of_a_named_place_are_a_body(pipeline):
    text = 'Friends of Walkley Library, a volunteer group, said it was "heartbroken" by the decision.'
    record = reporting(text, pipeline, "heartbroken")
    assert (record.speaker, record.speaker_type) == ("Friends of Walkley Library", "organization")


def test_friends_of_someone_are_people(pipeline):
    text = "Friends of the victim said she was kind."
    record = reporting(text, pipeline, "kind")
    assert record.speaker_type == "group"


def test_a_prize_winner_is_described_not_named_for_the_prize(pipeline):
    text = "'I never expected to win,' says Booker winner\nSamantha Harvey won the prize on Tuesday for Orbital."
    record = reporting(text, pipeline, "expected")
    assert (record.speaker_type, record.speaker_role) == ("person", "Booker winner")
    assert record.speaker != "Booker"


def test_a_winner_s_title_is_the_role(pipeline):
    text = 'Oscar winner Emma Stone said the film was "a joy".'
    record = reporting(text, pipeline, "joy")
    assert (record.speaker, record.speaker_role) == ("Emma Stone", "Oscar winner")


def test_a_report_the_parse_hung_on_a_titled_name_has_that_name_for_speaker(pipeline):
    text = ("Labour's decision was criticised by the Conservatives. Shadow transport secretary Gareth Bacon accused "
            'ministers of "hitting hard-working commuters".')
    record = reporting(text, pipeline, "commuters")
    assert (record.cue, record.speaker) == ("accused", "Gareth Bacon")
    assert record.speaker_role == "Shadow transport secretary"


def test_a_country_s_embassy_in_a_city_is_the_embassy(pipeline):
    text = "Russia's embassy in Copenhagen dismissed the suggestion that Moscow was behind the sightings as \"absurd\"."
    record = reporting(text, pipeline, "absurd")
    assert (record.speaker, record.speaker_type) == ("Russia's embassy in Copenhagen", "organization")


def test_a_title_of_several_words_before_a_name_is_the_whole_role(pipeline):
    text = 'Swimming Australia head coach Rohan Taylor said the team was "in a great place".'
    record = reporting(text, pipeline, "great place")
    assert (record.speaker, record.speaker_role) == ("Rohan Taylor", "Swimming Australia head coach")


def test_a_firm_whose_name_opens_with_initials_and_an_ampersand_is_one_sentence(pipeline):
    text = 'The firm collapsed.\nD&G Bus said rising fuel and staff costs had made the business "unviable".'
    record = reporting(text, pipeline, "unviable")
    assert (record.speaker, record.speaker_type) == ("D&G Bus", "organization")
