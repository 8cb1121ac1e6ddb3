"""Reporting verbs, titles and numbers the parse ran into the names beside them, and reports it misread, from
articles written as a user would run the tool on them: "Enzo Maresca insists Chelsea are not ...", "said Rachel
Power, chief executive of ...", "said Kim Forrest, chief investment officer at ...", "Sixty-four percent of members
rejected the deal, the union said", "told a news conference the Games had ended ...", "Doctors' strike ends as deal
agreed", "We asked ..., a former deputy Treasury secretary, to explain", "one of the claimants", "The Pole said",
"told her she had ...", "from as far as Australia said", "The regulator said", "Jet2", "In a statement read in court,
her mother, Sandra, said:", "Greenpeace ordered to pay"."""

from __future__ import annotations

import pytest

from tests.conftest import extracted, mentioned, only, with_cue


def test_a_reporting_verb_inside_a_run_of_names_is_the_verb(pipeline):
    text = ("Enzo Maresca insists Chelsea are not in the Premier League title race despite moving to second in the "
            "table with a 4-1 win at Tottenham.")
    record = with_cue(text, pipeline, "insists")
    assert (record.speaker, record.text[:27]) == ("Enzo Maresca", "Chelsea are not in the Prem")


@pytest.mark.parametrize("text, name, role", [
    ("\"This is a relief for millions,\" said Rachel Power, chief executive of the Patients Association.",
     "Rachel Power", "chief executive of the Patients Association"),
    ("\"We've heard this before,\" said Gary Black, managing partner at the Future Fund.",
     "Gary Black", "managing partner at the Future Fund"),
    ("\"Valuations assume everything goes right,\" said Kim Forrest, chief investment officer at Bokeh Capital "
     "Partners.", "Kim Forrest", "chief investment officer at Bokeh Capital Partners"),
    ("\"This will help us find people quickly,\" said Rakesh Gurung, director at the Department of Tourism.",
     "Rakesh Gurung", "director at the Department of Tourism"),
    ("Leader of the Lords Baroness Smith of Basildon said the government would \"not be deterred.\"",
     "Baroness Smith of Basildon", "Leader of the Lords"),  # a peer's seat is part of the name
    ("East Kent Hospitals University NHS Foundation Trust said it accepted the tribunal's findings.",
     "East Kent Hospitals University NHS Foundation Trust", None),  # a compass word is no title
])
def test_a_title_set_off_after_a_name_is_the_role(pipeline, text, name, role):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == (name, role)


def test_a_number_written_with_a_hyphen_is_one_number(pipeline):
    text = ("Sixty-four percent of members rejected the deal, the International Association of Machinists and "
            "Aerospace Workers District 751 said in a statement.")
    said = with_cue(text, pipeline, "said in a statement")
    assert said.speaker == "International Association of Machinists and Aerospace Workers District 751"
    assert said.text == "Sixty-four percent of members rejected the deal"
    rejected = with_cue(text, pipeline, "rejected")
    assert (rejected.text, rejected.speaker) == ("the deal", "Sixty-four percent of members")


def test_a_clause_after_told_an_audience_is_the_report(pipeline):
    text = ("Tony Estanguet, president of the Paris 2024 organising committee, told a news conference the Games had "
            "ended with a surplus of \"about 27 million euros.\"")
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text[:22]) == ("mixed", "the Games had ended wi")


def test_a_passive_without_its_auxiliary_after_as_reports_nothing(pipeline):
    assert extracted("Doctors' strike ends as deal agreed", pipeline) == []


def test_a_passive_with_its_agent_after_as_still_reports(pipeline):
    record = only(extracted("The senator lied about his taxes, as reported by the Post.", pipeline))
    assert (record.speaker, record.text) == ("Post", "The senator lied about his taxes")


def test_the_one_asked_to_explain_does_not_report_the_question(pipeline):
    text = "We asked Sarah Bloom Raskin, a former deputy Treasury secretary, to explain."
    assert not any("explain" in r.cue for r in extracted(text, pipeline))


def test_one_of_the_claimants_is_one_person(pipeline):
    text = "Outside court, one of the claimants, a 27-year-old man from Iran, said he was \"afraid every day.\""
    assert only(extracted(text, pipeline)).speaker_type == "person"


def test_a_nationality_stands_for_the_person_named_two_paragraphs_before(pipeline):
    text = ("Swiatek suspended after failed drug test\n"
            "Five-time Grand Slam champion Iga Swiatek has accepted a one-month suspension after testing positive.\n"
            "The International Tennis Integrity Agency said the level was consistent with contamination.\n"
            "The Pole said in a video on Instagram that the experience had been \"the worst\" of her life.")
    assert mentioned(pipeline, text, "The Pole").speaker == "Iga Swiatek"


def test_her_after_told_is_the_one_told(pipeline):
    text = "Judge Jeremy Richardson KC told her she had \"betrayed the trust placed in her.\""
    assert only(extracted(text, pipeline)).text == "she had \"betrayed the trust placed in her.\""


def test_a_place_after_as_far_as_does_not_speak(pipeline):
    text = "Fans who had travelled from as far as Australia said they were \"heartbroken\" it was over."
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker_type) == ("Fans who had travelled from as far as Australia",
                                                               "group")


@pytest.mark.parametrize("text, name, role", [
    ("The tour grossed more than $2bn, according to trade publication Pollstar.", "Pollstar", "trade publication"),
    ("A volcano has erupted for the seventh time in a year, the country's Met Office said.", "Met Office", None),
    ("Supporters' group Fair Game said the cap would protect the pyramid.", "Fair Game", "Supporters' group"),
])
def test_a_bodys_name_and_role(pipeline, text, name, role):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (name, "organization", role)


def test_a_lifesaving_body_is_an_organization(pipeline):
    text = "Surf Life Saving NSW said a drone had spotted the animal about 50 metres from shore."
    assert only(extracted(text, pipeline)).speaker_type == "organization"


def test_an_age_does_not_make_a_title_someone_elses(pipeline):
    text = ("Pope Francis used his Christmas Day address to call for a ceasefire in Gaza.\n"
            "Speaking from the balcony of St Peter's Basilica, the 88-year-old pontiff said: \"May the weapons fall "
            "silent.\"")
    assert mentioned(pipeline, text, "the 88-year-old pontiff").speaker == "Pope Francis"


def test_he_after_the_unnamed_subject_is_that_subject_not_the_spokesperson_before(pipeline):
    text = ("Labour MP suspended over comments\n"
            "A Labour MP has been suspended from the party after comments he made at a public meeting were leaked.\n"
            "A Labour spokesperson said: \"We take all such allegations seriously.\"\n"
            "The MP has apologised. \"I said something stupid and I am sorry,\" he said in a statement.")
    assert mentioned(pipeline, text, "he").speaker is None


def test_the_regulator_is_the_watchdog_named_before(pipeline):
    text = ("Broadcasting watchdog Ofcom has opened an investigation into GB News over an interview.\n"
            "The regulator said it would examine whether the programme had met rules on \"due impartiality.\"")
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == ("Ofcom", "organization")


def test_a_name_with_a_digit_is_no_persons(pipeline):
    assert only(extracted("Jet2 said the man had been \"extremely disruptive\".", pipeline)).speaker_type \
        == "organization"


def test_what_with_an_absolute_expected_reports_has_no_speaker(pipeline):
    text = ("An amber heat-health alert has been issued for much of England, with temperatures expected to reach 34C "
            "on Thursday.")
    record = with_cue(text, pipeline, "expected")
    assert (record.speaker, record.text) == (None, "temperatures expected to reach 34C on Thursday")


def test_the_speaker_set_off_after_an_opening_statement_phrase(pipeline):
    text = "In a statement read in court, her mother, Sandra, said: \"Katie was my best friend.\""
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == ("Sandra", "her mother")


def test_a_sentence_a_colon_brings_in_is_worth_keeping_without_a_cue(pipeline):
    from quotes.follow_on import worth_keeping
    from quotes.marks import find_quotes
    from quotes.parsing import parse_spans
    for text, kept in [("In a statement read in court, her mother, Sandra, said: \"Katie was my best friend.\"", True),
                       ("The slogan on the banner: \"Not for sale\" in red.", False)]:
        sentences = parse_spans(pipeline, text, [(0, len(text))], [0])
        assert worth_keeping(find_quotes(text)[0], text, sentences) is kept


@pytest.mark.parametrize("text", ["Greenpeace ordered to pay $660m", "Minister urged to quit over expenses"])
def test_a_headlines_bare_passive_has_no_speaker(pipeline, text):
    assert extracted(text, pipeline) == []


def test_his_office_is_the_office_of_the_man_named_before(pipeline):
    text = "Senator John Fetterman was taken to hospital on Monday. His office said he was in good spirits."
    assert only(extracted(text, pipeline)).speaker == "Fetterman's office"


def test_a_party_called_a_rally_is_an_organization(pipeline):
    text = "The far-right National Rally said it would not immediately seek to bring down the new government."
    assert only(extracted(text, pipeline)).speaker_type == "organization"


@pytest.mark.parametrize("text", ["Sex offender found living near school", "Man found guilty of murdering his wife"])
def test_who_is_found_so_in_a_headline_reports_nothing(pipeline, text):
    assert extracted(text, pipeline) == []


@pytest.mark.parametrize("text", [
    "Sixty-seven percent of Americans said they had an unfavorable impression of Trump in a Washington Post-ABC News "
    "poll this month, surpassing the highest negative marks for any presidential candidate.",
    "Forty-six percent of people in the poll held heated political rhetoric partly responsible for a shooting at a "
    "Planned Parenthood clinic in Colorado Springs last month that killed three people.",
])
def test_repaired_parses_stay_trees(pipeline, text):
    from quotes.parsing import parse_spans
    for sentence in parse_spans(pipeline, text, [(0, len(text))], [0]):
        for word in sentence.words:
            seen, up = set(), word
            while up.head >= 0:
                assert up.index not in seen, " ".join(w.text for w in sentence.words)
                seen.add(up.index)
                up = sentence.words[up.head]


def test_a_titled_names_deputy_speaks_not_the_name(pipeline):
    text = "Councillor Brenda Harrison's deputy, Tom Cassidy, said he was \"deeply sorry.\""
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == ("Tom Cassidy", "Councillor Brenda Harrison's deputy")


def test_a_headlines_bare_title_after_says_speaks(pipeline):
    text = ("Heathrow to build third runway, says chancellor\n"
            "Chancellor Rachel Reeves has backed a third runway at Heathrow, saying it would boost growth.")
    record = with_cue(text, pipeline, "says")
    assert (record.text, record.speaker_mention, record.speaker) == ("Heathrow to build third runway", "chancellor",
                                                                      "Rachel Reeves")


def test_a_president_elect_is_the_subject_not_a_verb(pipeline):
    text = ("US President-elect Donald Trump, who has threatened tariffs on Canadian goods, said many Canadians "
            "\"love\" the idea of becoming the 51st state.")
    record = with_cue(text, pipeline, "said")
    assert (record.speaker, record.speaker_role) == ("Donald Trump", "US President-elect")


def test_what_a_court_heard_is_the_clause_after_the_name(pipeline):
    text = ("Bristol Crown Court heard Darren Hill, 41, had been scrolling through social media for more than a "
            "minute.")
    assert with_cue(text, pipeline, "heard").text.startswith("Darren Hill, 41, had been scrolling")


def test_a_verb_after_a_subjects_apposition_is_its_predicate(pipeline):
    text = "The driver, a 34-year-old man, stopped at the scene and is helping police, the force said."
    assert with_cue(text, pipeline, "said").text == ("The driver, a 34-year-old man, stopped at the scene and is "
                                                     "helping police")


def test_a_name_the_parse_hung_on_the_title_before_it_speaks(pipeline):
    text = ("\"This is not normal, and it is getting worse,\" said climate scientist Friederike Otto, of Imperial "
            "College London.")
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == ("Friederike Otto", "climate scientist")


@pytest.mark.parametrize("text, content", [
    ("The acting director of the Secret Service, Ronald Rowe, told reporters the agency \"needs to do better.\"",
     "the agency \"needs to do better.\""),
    ("Promoter SJM Concerts said demand for tickets was \"unprecedented.\"",
     "demand for tickets was \"unprecedented.\""),
])
def test_the_noun_after_told_or_said_is_the_subject_of_what_follows(pipeline, text, content):
    assert only(extracted(text, pipeline)).text == content


def test_a_promoter_opening_a_sentence_is_the_bodys_trade(pipeline):
    record = only(extracted("Promoter SJM Concerts said demand for tickets was \"unprecedented.\"", pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("SJM Concerts", "organization", "Promoter")


def test_repairs_leave_a_list_of_titled_names_as_they_found_it(pipeline):
    from quotes.parse_repairs import repair_parse
    from quotes.parsing import parse_spans
    text = ("Along with Bush and Powell, he exposed the personal information of magazine editor Tina Brown, author "
            "Candace Bushnell and actor Jeffrey Tambor.")
    for sentence in parse_spans(pipeline, text, [(0, len(text))], [0]):
        once = [(w.upos, w.head, w.deprel) for w in sentence.words]
        repair_parse(sentence.words)
        assert [(w.upos, w.head, w.deprel) for w in sentence.words] == once


def test_a_band_with_a_plural_verb_is_a_body_and_the_band_stands_for_it(pipeline):
    text = ("Oasis have announced that they will reform for a series of concerts next year.\n"
            "\"The guns have fallen silent,\" the band said in a statement posted on social media.")
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_type) for r in records] == [("Oasis", "organization")] * 2
