"""Who speaks and what they said, in articles written as a user would run the tool on them (the fifty-eighth
session's): "Speaking as the airline reported record profits, he said"; a title's name after a long "for" phrase
("The European Commissioner for the internal market, Thierry Breton,", "The Secretary of State for Health, Wes
Streeting,"); a quotation before a name and a verb the lexicon lacks ('"What a ride," Commander Nick Hague radioed');
a body described as a lobby; three titled people listed as one subject; a company named only in "Shares in X"; a
name after its title with a description set off before the verb ("Consumer champion Martin Lewis, founder of ...,
welcomed"); a speech participle the parse hung on the one addressed ("has written to the energy secretary urging
him"); "told the BBC the attack was ..."; a campaign group whose name opens with digits; a quoted title's relative
clause after its closing mark, no report; a couple's role before their names; a described name set off after "One of
the protesters"; "An inquest in Nottingham heard"; "Fewer than 600 rhinos are thought to remain"; a spokesperson for a
body spelt like a company; "the charity" after a trust; a place ending in "-ing" tagged a participle opening a body's
name; "HM" tagged an interjection before a body's name; "The Archbishop of Canterbury" and "The chairman of
Sainsbury's" in the lede, each named in the next paragraph; "the club" after "the Spaniard"; "co-chairs" tagged a
verb; bodies named "... Digital" and "... Games"."""

from __future__ import annotations

from tests.conftest import extracted, reporting


def test_a_report_in_an_opening_as_clause_reports_its_object_not_the_participle(pipeline):
    text = ("Speaking as the airline reported record profits, he said delays at Boeing meant Ryanair would have "
            "fewer planes than planned.")
    record = reporting(text, pipeline, "record profits")
    assert record.text == "record profits"
    assert record.cue == "reported"


def test_a_titles_name_set_off_after_a_long_for_phrase_is_the_speaker(pipeline):
    text = ("The European Commissioner for the internal market, Thierry Breton, called the agreement \"historic\".\n"
            "The Secretary of State for Health, Wes Streeting, said the plan was \"a turning point\".")
    first = reporting(text, pipeline, "historic")
    assert (first.speaker, first.speaker_role) == ("Thierry Breton", "European Commissioner for the internal market")
    second = reporting(text, pipeline, "turning point")
    assert (second.speaker, second.speaker_role) == ("Wes Streeting", "Secretary of State for Health")


def test_a_name_between_a_quotation_and_a_verb_outside_the_lexicon_speaks(pipeline):
    text = "\"What a ride,\" Commander Nick Hague radioed to mission control as the capsule bobbed in the water."
    record = reporting(text, pipeline, "What a ride")
    assert (record.speaker, record.speaker_role, record.cue) == ("Nick Hague", "Commander", "radioed")


def test_a_body_described_as_a_lobby_is_an_organization(pipeline):
    text = "Copa-Cogeca, the EU's largest farming lobby, said the measures did not go far enough."
    record = reporting(text, pipeline, "did not go far enough")
    assert (record.speaker, record.speaker_type) == ("Copa-Cogeca", "organization")


def test_three_titled_people_listed_as_one_subject_speak_together(pipeline):
    text = ("Mr Biden, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed to hold "
            "military exercises every year.\n"
            "Mr Biden, Mr Kishida and Mr Yoon said they were \"making history\".")
    first = reporting(text, pipeline, "military exercises")
    assert (first.speaker, first.speaker_type) == ("Biden, Fumio Kishida and Yoon Suk Yeol", "group")
    second = reporting(text, pipeline, "making history")
    assert second.speaker_type == "group"
    assert second.speaker_mention == "Mr Biden, Mr Kishida and Mr Yoon"


def test_the_company_is_the_one_whose_shares_open_the_sentence(pipeline):
    text = ("Chipmaker shares slide after weak forecast\n"
            "Shares in Lumora Semiconductor fell 14% in after-hours trading on Wednesday after the company forecast "
            "lower-than-expected revenue for the coming quarter.")
    record = reporting(text, pipeline, "lower-than-expected revenue")
    assert (record.speaker, record.speaker_mention) == ("Lumora Semiconductor", "the company")


def test_a_titled_name_with_a_description_set_off_before_its_verb_is_the_subject(pipeline):
    text = ("Consumer champion Martin Lewis, founder of MoneySavingExpert, welcomed the fine but said it was "
            "\"small change\" for a company of Bulb's size.\n"
            "\"The penalty should hurt,\" he wrote on social media.")
    record = reporting(text, pipeline, "small change")
    assert (record.speaker, record.speaker_role) == ("Martin Lewis", "Consumer champion")
    assert reporting(text, pipeline, "penalty should hurt").speaker == "Martin Lewis"


def test_a_speech_participle_after_the_one_addressed_is_the_writers(pipeline):
    text = "Gainsborough MP Sir Edward Leigh has written to the energy secretary urging him to reject the application."
    record = reporting(text, pipeline, "reject the application")
    assert (record.speaker, record.cue) == ("Edward Leigh", "urging")


def test_the_one_told_is_no_part_of_what_was_told(pipeline):
    text = ("A source in Ukraine's SBU security service told the BBC the attack was part of a campaign against "
            "facilities that supply fuel to the Russian army.")
    record = reporting(text, pipeline, "the attack was part")
    assert record.text.startswith("the attack was part of a campaign")


def test_a_campaign_group_named_with_digits_keeps_them(pipeline):
    text = "But the campaign group 7000 Acres said it would destroy some of the best farmland in the country."
    record = reporting(text, pipeline, "best farmland")
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("7000 Acres", "organization",
                                                                          "campaign group")


def test_a_quoted_titles_relative_clause_reports_nothing(pipeline):
    text = ("MTV has a similar strategy for ''Unplugged,'' which returns as the channel pivots back to its music "
            "video roots.")
    assert not any(r.cue == "returns" for r in extracted(text, pipeline))


def test_a_couples_role_keeps_no_comma(pipeline):
    text = "His parents, Gareth and Lisa Morgan, said: \"Rhys was a loving son.\""
    record = reporting(text, pipeline, "loving son")
    assert (record.speaker, record.speaker_role) == ("Gareth and Lisa Morgan", "His parents")


def test_a_described_name_set_off_after_one_of_a_group_speaks(pipeline):
    text = ("One of the protesters, retired teacher Margaret Hill, 71, said she was acting \"out of love for my "
            "grandchildren\".")
    record = reporting(text, pipeline, "out of love")
    assert (record.speaker, record.speaker_type) == ("Margaret Hill", "person")


def test_an_inquest_in_a_place_is_no_speaker_named_for_the_place(pipeline):
    text = "An inquest in Nottingham heard that staff failed to act on signs of distress."
    record = reporting(text, pipeline, "failed to act")
    assert (record.speaker, record.speaker_role) == (None, "inquest in Nottingham")


def test_a_passive_raising_verb_has_no_speaker_whatever_the_subjects_tag(pipeline):
    record = reporting("Fewer than 600 rhinos are thought to remain in the wild.", pipeline, "remain in the wild")
    assert record.speaker is None
    assert record.text == "Fewer than 600 rhinos are thought to remain in the wild"


def test_a_spokesperson_speaks_for_a_body_spelt_like_a_company(pipeline):
    text = "A spokesperson for TransPennine Express said it \"fully supports\" a smooth handover."
    record = reporting(text, pipeline, "smooth handover")
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("TransPennine Express", "organization",
                                                                          "spokesperson")


def test_the_charity_stands_for_the_trust_named_before(pipeline):
    text = ("The Trussell Trust handed out a record 3 million parcels in the past year.\n"
            "The charity said demand was rising.")
    record = reporting(text, pipeline, "demand was rising")
    assert (record.speaker, record.speaker_mention) == ("Trussell Trust", "The charity")


def test_a_place_ending_in_ing_that_opens_a_bodys_name_stays_in_the_role(pipeline):
    text = ("Nottingham University Hospitals NHS Trust's chief executive, Anthony May, said the trust was \"truly "
            "sorry\".")
    record = reporting(text, pipeline, "truly sorry")
    assert (record.speaker, record.speaker_role) == ("Anthony May",
                                                     "Nottingham University Hospitals NHS Trust's chief executive")


def test_hm_before_a_body_stays_in_its_name(pipeline):
    text = ("HM Coastguard said it was a reminder of the importance of wearing a lifejacket.\n"
            "HM Revenue and Customs said the rules had not changed.")
    assert [(r.speaker, r.speaker_type) for r in extracted(text, pipeline)] == [
        ("HM Coastguard", "organization"), ("HM Revenue and Customs", "organization")]


def test_an_office_named_by_title_and_place_in_the_lede_is_the_person_named_next(pipeline):
    text = ("Archbishop urges government to rethink asylum plan\n"
            "The Archbishop of Canterbury has urged the government to rethink its plan to send asylum seekers to "
            "Rwanda, calling it \"morally unacceptable\".\n"
            "Speaking in the House of Lords on Wednesday, Justin Welby said the policy would \"damage the UK's "
            "standing in the world\".")
    lede = reporting(text, pipeline, "morally unacceptable")
    assert (lede.speaker, lede.speaker_role) == ("Justin Welby", "Archbishop of Canterbury")
    assert reporting(text, pipeline, "standing in the world").speaker == "Justin Welby"


def test_the_ledes_title_of_a_possessive_body_is_the_person_named_next(pipeline):
    text = ("Supermarket boss warns food prices will stay high\n"
            "The chairman of Sainsbury's has warned that food prices are unlikely to fall significantly this year.\n"
            "Martin Scicluna told the BBC's Today programme that costs remained \"stubbornly high\".")
    record = reporting(text, pipeline, "unlikely to fall")
    assert (record.speaker, record.speaker_role) == ("Martin Scicluna", "chairman of Sainsbury's")


def test_the_club_is_no_player_described_by_nationality(pipeline):
    text = ("Chelsea defender Marc Cucurella has apologised after posting a video that mocked a rival club's fans.\n"
            "In a message on Instagram, the Spaniard said he had \"made a mistake\".\n"
            "The club said it had spoken to the player.")
    assert reporting(text, pipeline, "made a mistake").speaker == "Marc Cucurella"
    assert reporting(text, pipeline, "spoken to the player").speaker == "Chelsea"


def test_a_co_title_tagged_a_verb_is_the_role_of_the_names_set_off_after_it(pipeline):
    text = ("The British Medical Association's junior doctors committee co-chairs, Dr Robert Laurenson and Dr Vivek "
            "Trivedi, said the government had \"refused to make a credible offer\".")
    record = reporting(text, pipeline, "credible offer")
    assert (record.speaker, record.speaker_type) == ("Robert Laurenson and Vivek Trivedi", "group")
    assert record.speaker_role == "British Medical Association's junior doctors committee co-chairs"


def test_names_ending_as_studios_names_do_are_bodies(pipeline):
    text = ("A spokesperson for Sumo Digital denied the claims.\n"
            "Epic Games said it would appeal against the ruling.")
    assert [(r.speaker, r.speaker_type) for r in extracted(text, pipeline)] == [
        ("Sumo Digital", "organization"), ("Epic Games", "organization")]
