"""Who speaks where the parse or the references went astray, from a second batch of articles written as a user
would run the tool on them: a relative clause whose complement swallowed the main verb ("Governor Phil Murphy, who
sued to block the charge, called it ..."), an organization noun resolved to a body of another kind ("the interior
ministry" to "Police", "the airline" to the regulator whose chief spoke), an age with a place ("the 29-year-old from
Leeds"), a participle phrase after the subject ("Police investigating a crash ... say"), a club's name tagged a verb
("Manchester United have sacked"), a body's name after a word of its kind ("Rival BYD", "Promoter Live Nation",
"Foxes Trust, the supporters' group,", "Watch manager Phil Green"), a national government's spokesperson, "the
canal's administrator", and quotes that go on with a reported clause ('said his son Callum, 14, "didn't know ..."')."""

from __future__ import annotations

import pytest

from tests.conftest import extracted, only, with_cue


@pytest.mark.parametrize("text, cue, speaker", [
    ("New Jersey Governor Phil Murphy, who sued to block the charge, called it \"a cash grab\".", "called",
     "Phil Murphy"),
    ("President-elect Donald Trump, who has promised to expand the death penalty, called the move \"senseless\".",
     "called", "Donald Trump"),
])
def test_the_verb_after_a_relative_clause_is_the_main_clauses(pipeline, text, cue, speaker):
    record = with_cue(text, pipeline, cue)
    assert (record.speaker, record.kind) == (speaker, "mixed")


@pytest.mark.parametrize("text, cue, speaker", [
    ("Police used water cannon and tear gas, the interior ministry said.", "said", None),
    ("The Competition and Markets Authority has fined an airline £1.5m for misleading customers.\n"
     "CMA chief executive Sarah Cardell said consumers had been \"left out of pocket\".\n"
     "The airline, which was not named by the regulator, said it had cooperated fully.", "said", None),
    ("Ryanair chief executive Michael O'Leary attacked the caps.\nThe airline said it would cut flights.", "said",
     "Ryanair"),
    ("Boeing chief executive Dave Calhoun spoke to staff.\nThe company said it was \"confident\".", "said",
     "Boeing"),
])
def test_an_organization_noun_stands_only_for_a_body_of_its_kind(pipeline, text, cue, speaker):
    records = [r for r in extracted(text, pipeline) if r.cue == cue]
    assert records[-1].speaker == speaker


def test_an_age_with_a_place_describes_the_one_named_before(pipeline):
    text = ("Three years after a motorbike crash left him paralysed, Tom Hart is walking again.\n"
            "\"The doctors told me I'd never walk again,\" the 29-year-old from Leeds says.")
    record = with_cue(text, pipeline, "says")
    assert (record.speaker, record.speaker_type) == ("Tom Hart", "person")


@pytest.mark.parametrize("text, speaker", [
    ("Police investigating a crash in which a car hit pedestrians in Bristol say there is \"no evidence\" it was "
     "terror-related.", "Police"),
    ("Despite the bitter feuding over NCLB, many experts and some lawmakers say it had successes.",
     "experts and some lawmakers"),  # the participle phrase a preposition's
])
def test_a_participle_phrase_after_the_subject_leaves_it_the_subject(pipeline, text, speaker):
    assert only(extracted(text, pipeline)).speaker == speaker


def test_a_clubs_name_tagged_a_verb_is_the_club(pipeline):
    text = ("Manchester United have sacked manager Erik ten Hag after a poor start to the season.\n"
            "The club said in a statement that Ruud van Nistelrooy would take charge.")
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == ("Manchester United", "organization")


@pytest.mark.parametrize("text, name, kind", [
    ("Rival BYD said its sales had risen by 41%.", "BYD", "organization"),
    ("Promoter Live Nation said tickets would be refunded automatically.", "Live Nation", "organization"),
    ("Promoter Eddie Hearn said the fight was \"on\".", "Eddie Hearn", "person"),
    ("Foxes Trust, the supporters' group, said fans were \"deeply concerned\".", "Foxes Trust", "organization"),
    ("A Scottish government spokesperson said the offer was \"the best in the UK\".", "Scottish government",
     "organization"),
    ("Shipping through the canal has been cut by a third, the canal's administrator said.", None, "person"),
])
def test_a_word_of_its_kind_before_a_name(pipeline, text, name, kind):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (name, kind)



def test_a_rank_opening_the_sentence_is_no_verb(pipeline):
    text = ("Watch manager Phil Green, of Lancashire Fire and Rescue Service, said Ellie's actions were \"nothing "
            "short of heroic\".\n\"She kept calm and did exactly the right thing,\" he said.")
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_role) for r in records] == [("Phil Green", "Watch manager"), ("Phil Green", None)]
    assert records[0].text.startswith("Ellie's actions")


@pytest.mark.parametrize("text, content", [
    ("Meta said it respected the law but was \"concerned about the process\".",
     "it respected the law but was \"concerned about the process\""),  # the quote goes on with the reported clause
    ("Mark Allen said his son Callum, 14, \"didn't know about cold water shock\".",
     "his son Callum, 14, \"didn't know about cold water shock\""),  # the comma closes the subject's apposition
])
def test_a_quote_that_goes_on_with_a_reported_clause_is_mixed(pipeline, text, content):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text) == ("mixed", content)


def test_a_quote_after_said_and_a_comma_stays_direct(pipeline):
    record = only(extracted("Mark Allen said, \"He didn't know about cold water shock.\"", pipeline))
    assert record.kind == "direct"


def test_citizens_advice_is_a_body(pipeline):
    record = only(extracted("Citizens Advice said more than two million people were in debt.", pipeline))
    assert (record.speaker, record.speaker_type) == ("Citizens Advice", "organization")
