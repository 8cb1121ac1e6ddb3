"""Who speaks, in articles written as a user would run the tool on them (the fifty-fifth session's): a common noun
opening a report that a "he" closes ("Debris damaged several houses, he said"); a relative named after the one whose
relative she is ("Margaret Hughes's daughter, Carol, said"); someone kept anonymous ("The MP, who cannot be named
..., said"); a name with a particle after an unlisted title ("Interim manager Ruud van Nistelrooy"); and a participle
after a closing report ("..., the agency said, shaking buildings")."""

from __future__ import annotations

from tests.conftest import extracted, reporting


def test_a_common_noun_opening_the_report_a_pronoun_closes_is_no_antecedent(pipeline):
    text = ("\"Air defence worked all night,\" Kyiv Mayor Vitali Klitschko wrote on Telegram. Debris damaged several "
            "houses in the suburbs, he said.")
    assert reporting(text, pipeline, "Debris damaged").speaker == "Vitali Klitschko"


def test_a_relative_named_after_whose_relative_she_is_speaks(pipeline):
    text = ("A hospital trust has apologised to a 92-year-old woman who waited more than 40 hours for a bed.\n"
            "Margaret Hughes's daughter, Carol, said her mother had been left on a trolley in a corridor. \"It was "
            "degrading,\" she said.")
    records = extracted(text, pipeline)
    assert {r.speaker for r in records} == {"Carol"}
    assert next(r for r in records if r.kind == "indirect").speaker_role == "Margaret Hughes's daughter"


def test_someone_who_cannot_be_named_is_not_the_person_named_before(pipeline):
    text = ("A man who sent threatening messages to an MP has been jailed for two years.\n"
            "Sentencing him at Leeds Crown Court, Judge Guy Kearl KC said the messages had been \"deeply sinister\".\n"
            "The MP, who cannot be named for security reasons, said in a victim statement that she had installed "
            "panic alarms at her home.")
    record = reporting(text, pipeline, "panic alarms")
    assert (record.speaker, record.speaker_role) == (None, "MP")


def test_a_particle_is_no_first_name_after_an_unlisted_title(pipeline):
    text = "Interim manager Ruud van Nistelrooy said he was proud of the players."
    record = reporting(text, pipeline, "proud of the players")
    assert (record.speaker, record.speaker_role) == ("Ruud van Nistelrooy", "Interim manager")


def test_a_participle_after_a_closing_report_is_not_all_that_was_said(pipeline):
    text = ("A magnitude 6.4 earthquake struck off Japan's Ishikawa prefecture on Tuesday, the Japan Meteorological "
            "Agency said, shaking buildings but causing no major damage.")
    record = next(r for r in extracted(text, pipeline) if r.cue == "said")
    assert record.text.startswith("A magnitude 6.4 earthquake struck")
    assert record.speaker == "Japan Meteorological Agency"


def test_a_verb_after_on_and_a_weekday_is_no_adjective(pipeline):
    text = ("The mayor of Bristol, Marvin Rees, on Thursday unveiled plans for 10,000 new homes on brownfield land, "
            "calling the housing shortage \"the defining challenge of our time\".")
    record = reporting(text, pipeline, "the defining challenge")
    assert (record.speaker, record.speaker_role, record.kind) == ("Marvin Rees", "mayor of Bristol", "mixed")


def test_the_infinitive_after_the_one_urged_and_a_place_is_what_was_urged(pipeline):
    text = ("Fire Chief Dustin Gardner spoke at a news conference. He urged residents in the warning zone to leave "
            "immediately.")
    assert reporting(text, pipeline, "residents").text == "residents in the warning zone to leave immediately"


def test_up_to_a_measure_stays_in_the_noun_phrase(pipeline):
    text = "Forecasters at the center warned of storm surges of up to 15 feet."
    assert reporting(text, pipeline, "storm surges").text == "storm surges of up to 15 feet"


def test_a_time_phrase_right_after_said_is_when_it_was_said(pipeline):
    text = "Rival Sainsbury's said earlier this month it would take on 22,000 seasonal workers."
    assert reporting(text, pipeline, "seasonal workers").text == "it would take on 22,000 seasonal workers"


def test_a_weekday_after_a_cue_particle_is_no_content(pipeline):
    text = ("Negotiators at the COP29 climate summit in Baku agreed early on Sunday to a deal under which rich "
            "countries will provide $300 billion a year.")
    assert all(r.text != "on Sunday" for r in extracted(text, pipeline))


def test_a_plural_person_noun_tagged_a_verb_after_a_place_is_a_group(pipeline):
    text = "Edinburgh councillors on Tuesday approved a new cycle lane, saying it would make the street safer."
    record = reporting(text, pipeline, "make the street safer")
    assert (record.speaker, record.speaker_type) == ("Edinburgh councillors", "group")


def test_a_spokeswoman_after_the_named_group_speaks_for_it(pipeline):
    text = "The Spokes cycling group welcomed the vote. A spokeswoman said it was \"long overdue\"."
    record = reporting(text, pipeline, "long overdue")
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("Spokes cycling group", "organization",
                                                                         "spokeswoman")


def test_people_in_two_places_are_one_group_not_the_places(pipeline):
    text = ("Fishermen in Devon and Cornwall say plans for floating wind farms in the Celtic Sea could destroy their "
            "livelihoods.")
    record = reporting(text, pipeline, "could destroy")
    assert (record.speaker, record.speaker_type) == ("fishermen in Devon and Cornwall", "group")
    assert record.text.startswith("plans for floating wind farms")


def test_a_railway_company_is_an_organization(pipeline):
    text = "Passengers were told not to travel. Great Western Railway said buses would replace trains."
    record = reporting(text, pipeline, "buses would replace")
    assert (record.speaker, record.speaker_type) == ("Great Western Railway", "organization")


def test_fewer_than_a_share_of_people_is_the_subject_of_what_was_said(pipeline):
    for text in ("A Lloyds spokesperson said fewer than 10% of customers in the area used the branch regularly.",
                 "A spokesperson said fewer than 10% of customers used the branch regularly."):
        assert reporting(text, pipeline, "used the branch").text.startswith("fewer than 10% of customers")


def test_a_trade_known_by_its_ending_is_a_role(pipeline):
    for text in ("\"The eruption is smaller than previous ones,\" said geophysicist Benedikt Ofeigsson.",
                 "\"The eruption is smaller than previous ones,\" said geologist Benedikt Ofeigsson.",
                 "Geophysicist Benedikt Ofeigsson said the eruption was smaller than previous ones."):
        record = reporting(text, pipeline, "smaller than previous")
        assert record.speaker == "Benedikt Ofeigsson" and record.speaker_role.lower() in ("geophysicist", "geologist")


def test_a_name_set_off_after_called_is_no_report(pipeline):
    for text in ("The restaurant, called The Butcher's Tap, will employ 40 local people.",
                 "The app, called Threads, was launched in July."):
        assert extracted(text, pipeline) == []


def test_a_verb_after_a_title_and_its_name_set_off_has_them_for_subject(pipeline):
    text = ("South West Water said it had identified damaged pipework as the likely cause. Its chief executive, Susan "
            "Davy, apologised and said customers would receive compensation.")
    record = reporting(text, pipeline, "receive compensation")
    assert (record.speaker, record.speaker_role) == ("Susan Davy", "Its chief executive")


def test_a_witness_after_a_participle_clause_ending_in_a_court_is_the_subject(pipeline):
    text = ("A woman told a jury on Wednesday that she saw the defendant holding a knife moments before the attack.\n"
            "Giving evidence at Manchester Crown Court, the witness, who cannot be identified for legal reasons, said: "
            "\"He was shouting and waving it around.\"")
    record = reporting(text, pipeline, "He was shouting")
    assert (record.cue, record.speaker_mention) == ("said", "the witness")
    assert reporting(text, pipeline, "she saw the defendant").speaker_mention == "A woman"


def test_the_name_after_known_as_speaks_for_the_noun_it_names(pipeline):
    text = ("Hacker group claims attack on hospital\n"
            "A ransomware group has claimed responsibility for a cyber attack on several London hospitals.\n"
            "The group, known as Qilin, posted a message on the dark web saying it had stolen patient data.")
    record = reporting(text, pipeline, "stolen patient data")
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("Qilin", "organization", "group")


def test_two_titled_names_after_a_plural_title_are_both_the_speakers(pipeline):
    text = ("Resident doctors in England have voted to strike, the British Medical Association announced.\n"
            "BMA leaders Dr Robert Laurenson and Dr Vivek Trivedi said the government had \"failed to make a credible "
            "offer\".")
    record = reporting(text, pipeline, "credible offer")
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("Robert Laurenson and Vivek Trivedi",
                                                                         "group", "BMA leaders")
