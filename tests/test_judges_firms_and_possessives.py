"""Who speaks and what they said, in articles written as a user would run the tool on them (the fifty-seventh
session's): a judge after "Sentencing NAME at COURT,"; a sentence break the tokenizer put inside "Kim Jong Un"; a
known body's name with "of" after a possessor ("South Korea's Joint Chiefs of Staff"); firms named with an ampersand
("Urban & Civic", "Slaughter & May"); a business's possessive name set off before its description ("Ronnie Scott's,
the London club"); a party's possessive before a title ("The Liberal Democrats' Treasury spokeswoman"); a surname
tagged a plural after a title ("Opposition leader Frans Timmermans"); a headline's last word the tagger did not know
("as cuts loom"); a participle describing the source of "according to"; an infinitive after a quoted object of
"urged"; the surname "He" after a title; a company spelt with a capital inside ("HarperCollins"); a headline's lone
business noun ("Airline blames ..."); a weekday after a closing "said" taken for its subject; the lede's
"The chairman of the Post Office", no "Committee chairman" named later."""

from __future__ import annotations

from tests.conftest import extracted, reporting


def test_the_judge_after_a_sentencing_participle_speaks_not_the_one_sentenced(pipeline):
    text = ("Sentencing Margaret O'Donnell at Leeds Crown Court, Judge Simon Phillips KC said her conduct had been "
            "\"callous and calculated\".\n"
            "\"You betrayed that trust,\" he told her.")
    record = reporting(text, pipeline, "her conduct")
    assert (record.speaker, record.speaker_role) == ("Simon Phillips", "Judge")
    assert reporting(text, pipeline, "betrayed that trust").speaker == "Simon Phillips"


def test_a_name_the_tokenizer_split_across_sentences_stays_in_the_report(pipeline):
    text = ("North Korean leader Kim Jong Un watched the test launch of a new long-range missile, state media "
            "reported on Friday.")
    record = reporting(text, pipeline, "test launch")
    assert record.text.startswith("North Korean leader Kim Jong Un watched")
    assert record.speaker == "state media"


def test_a_known_bodys_name_keeps_its_of_phrase_after_a_possessor(pipeline):
    text = ("South Korea's Joint Chiefs of Staff said the missile flew about 1,000km before landing in the sea.\n"
            "\"This is a clear violation of UN resolutions,\" the JCS said.")
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_type) for r in records] == [("Joint Chiefs of Staff", "organization")] * 2


def test_a_firm_named_with_an_ampersand_is_one_speaker(pipeline):
    text = "The developer, Urban & Civic, said it would contribute £12m towards local transport improvements."
    record = reporting(text, pipeline, "contribute")
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("Urban & Civic", "organization",
                                                                           "developer")
    record = reporting("The law firm Slaughter & May said it was pleased with the ruling.", pipeline, "pleased")
    assert (record.speaker, record.speaker_type) == ("Slaughter & May", "organization")


def test_a_possessive_business_name_before_its_description_speaks(pipeline):
    text = ("Ronnie Scott's, the London club where he played for more than four decades, said it was "
            "\"heartbroken\".")
    record = reporting(text, pipeline, "heartbroken")
    assert (record.speaker, record.speaker_type) == ("Ronnie Scott's", "organization")


def test_a_partys_spokeswoman_named_after_her_title_speaks_not_the_department(pipeline):
    text = ("The Liberal Democrats' Treasury spokeswoman, Daisy Cooper, said families were \"paying the price for "
            "years of Conservative chaos\".")
    record = reporting(text, pipeline, "paying the price")
    assert (record.speaker, record.speaker_type) == ("Daisy Cooper", "person")
    assert record.speaker_role == "Liberal Democrats' Treasury spokeswoman"


def test_a_surname_tagged_a_plural_after_a_title_is_one_person(pipeline):
    text = ("Opposition leader Frans Timmermans accused the coalition of \"manufacturing a crisis to bypass "
            "parliament\".")
    record = reporting(text, pipeline, "manufacturing a crisis")
    assert (record.speaker, record.speaker_type) == ("Frans Timmermans", "person")


def test_a_headlines_last_word_belongs_to_the_report(pipeline):
    text = ("Minister says no return to austerity as cuts loom\n"
            "The Chief Secretary to the Treasury, Darren Jones, has insisted there will be \"no return to "
            "austerity\".")
    assert any(r.text == "no return to austerity as cuts loom" for r in extracted(text, pipeline))


def test_a_participle_describing_the_source_of_according_to_is_not_reported(pipeline):
    text = ("According to the study, published in the journal The Cryosphere, the most common plastic found was "
            "PET, used in soft drink bottles and clothing.")
    record = reporting(text, pipeline, "most common plastic")
    assert record.text.startswith("the most common plastic")
    assert record.speaker_mention.startswith("the study")


def test_an_infinitive_after_a_quoted_object_of_urged_is_reported(pipeline):
    text = ("Speaking from the balcony, the pontiff urged \"all people of all nations\" to find the courage to open "
            "the door to peace.")
    record = reporting(text, pipeline, "all people of all nations")
    assert record.kind == "mixed"
    assert record.text.endswith("to find the courage to open the door to peace")


def test_a_surname_spelt_like_he_after_a_title_is_no_new_sentence(pipeline):
    text = "Commerce ministry spokesperson He Yadong told a regular briefing that trade wars had \"no winners\"."
    record = reporting(text, pipeline, "no winners")
    assert (record.speaker, record.speaker_role) == ("He Yadong", "Commerce ministry spokesperson")


def test_a_company_spelt_with_an_inner_capital_is_no_group(pipeline):
    text = ("A publisher has withdrawn a celebrity memoir from sale.\n"
            "HarperCollins said it had \"taken the decision to remove the book from sale while we investigate\".")
    record = reporting(text, pipeline, "remove the book")
    assert (record.speaker, record.speaker_type) == ("HarperCollins", "organization")


def test_a_headlines_lone_business_noun_is_a_business_unnamed(pipeline):
    text = ("Airline blames air traffic control for delays\n"
            "Ryanair has blamed air traffic control staff shortages for hundreds of cancelled flights this summer.")
    record = reporting(text, pipeline, "for delays")
    assert (record.speaker, record.speaker_type, record.speaker_role) == (None, "organization", "airline")


def test_a_weekday_after_a_closing_said_is_its_time_not_its_speaker(pipeline):
    text = ("The White House will not make public the logs of visitors to the president's private residence, press "
            "secretary Karine Jean-Pierre said Thursday.")
    record = reporting(text, pipeline, "visitors")
    assert (record.speaker, record.speaker_role) == ("Karine Jean-Pierre", "press secretary")
    assert record.text.startswith("The White House will not make public")


def test_a_title_of_a_named_body_is_no_one_with_that_title_in_another(pipeline):
    text = ("Post Office chief apologises to victims\n"
            "The chairman of the Post Office has apologised to sub-postmasters who were wrongly prosecuted, saying "
            "the organisation had \"failed them terribly\".\n"
            "Nigel Railton told MPs on the Business and Trade Committee that compensation was being paid too slowly.\n"
            "Committee chairman Liam Byrne said the Post Office still had \"a long way to go\" to win back trust.")
    assert reporting(text, pipeline, "failed them terribly").speaker == "Nigel Railton"
