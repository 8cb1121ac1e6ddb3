"""Who speaks, in articles written as a user would run the tool on them (the fifty-third session's): a sports page's
rubric before a headline's colon ("Football: Arteta hails ..."), which speaks for no one; "he said, adding that ..."
after someone else spoke; "the company" after a body described as a regulator; a day hung on the subject ("The U.S.
Food and Drug Administration on Friday approved"); a demonym after an age or a region ("the 22-year-old Italian",
"the Northern Irishman"); titles and bodies' words ("Alderman", "The Taoiseach, Simon Harris,", "the Norfolk Southern
railroad", "The Coast Guard", "the palace", "the bookseller", "The Fraternal Order of Police"); a count opened by
"About"; a name the parse made an oblique after its description ("Consumer advocate William McGee of ... called");
"those killed in the fire"; a headline that opens with a quotation and a colon; "who" after a place that follows a
person's noun ("one woman in Crown Heights who declined"); "Amnesty International USA"; and words the tokenizer split
like contractions ("Donna" as "Don" "na", "cannon" as "canno" "n"); "Outgoing President Macky Sall"; a surname tagged a
plural after a first name ("Max Schrems"); "One of the rescued workers, Vishwajeet Kumar Verma,"; the phrase of a
title set off after a name ("coordinator of NOAA's Coral Reef Watch"); and the role in "who was ..." after a name that
follows "said"."""

from __future__ import annotations

from tests.conftest import extracted, reporting


def test_a_sports_rubric_before_a_headline_colon_speaks_for_no_one(pipeline):
    text = ("Rugby: Wales coach Gatland resigns\n\n"
            "Warren Gatland has stepped down as head coach of Wales, the Welsh Rugby Union announced on Tuesday.\n"
            "\"I have always said I would walk away,\" Gatland said.")
    records = [r for r in extracted(text, pipeline) if r.start < text.index("\n")]
    assert records == []


def test_a_headline_label_before_its_own_named_speaker_is_a_rubric(pipeline):
    text = ("Premier League: Guardiola admits City are 'fragile'\n\n"
            "Manchester City manager Pep Guardiola admitted his side were \"fragile\" after they lost 2-0 at "
            "Liverpool on Sunday.\n"
            "Liverpool manager Arne Slot said his team had deserved the win.")
    headline = [r for r in extracted(text, pipeline) if r.start < text.index("\n")]
    assert headline and all(r.speaker == "Pep Guardiola" for r in headline)


def test_adding_after_a_pronoun_that_said_a_quotation_is_the_same_speaker(pipeline):
    text = ("Eli Lilly said on Wednesday that it would cut the list price of its insulin by 70%.\n"
            "\"We are doing this because it is the right thing to do,\" chief executive David Ricks told CNBC.\n"
            "President Biden welcomed the announcement. \"It is about time,\" he said in a statement, adding that "
            "other companies \"should follow suit.\"")
    assert reporting(text, pipeline, "It is about time").speaker == "Biden"
    assert reporting(text, pipeline, "should follow suit").speaker == "Biden"


def test_the_company_is_not_a_body_described_as_a_regulator(pipeline):
    text = ("The water regulator Ofwat fined Thames Water 123 million pounds on Tuesday.\n"
            "\"Thames Water has failed its customers,\" said David Black, Ofwat's chief executive.\n"
            "The company, which is 16 billion pounds in debt, said it would \"work constructively\" with the "
            "regulator.")
    assert reporting(text, pipeline, "work constructively").speaker != "Ofwat"


def test_a_day_the_parse_hung_on_the_subject_is_no_part_of_the_speaker(pipeline):
    text = ("The U.S. Food and Drug Administration on Friday approved Novo Nordisk's weight-loss drug Wegovy to "
            "reduce the risk of heart attacks, saying the drug was safe.")
    record = reporting(text, pipeline, "the drug was safe")
    assert (record.speaker_mention, record.speaker_type) == ("The U.S. Food and Drug Administration", "organization")


def test_a_demonym_after_an_age_is_the_person_named_before(pipeline):
    text = ("Jannik Sinner came from two sets down to beat Daniil Medvedev and win the Australian Open on Sunday.\n"
            "\"I still have to realise what happened,\" the 22-year-old Italian said on court.")
    record = reporting(text, pipeline, "realise what happened")
    assert (record.speaker, record.speaker_role) == ("Jannik Sinner", "22-year-old Italian")


def test_a_demonym_after_a_region_is_the_person_named_before(pipeline):
    text = ("Rory McIlroy won the Masters at Augusta on Sunday, ending an 11-year wait for a fifth major title.\n"
            "\"I've dreamed about this for a long time,\" the Northern Irishman said.")
    record = reporting(text, pipeline, "dreamed about this")
    assert (record.speaker, record.speaker_type) == ("Rory McIlroy", "person")


def test_a_title_set_off_before_a_name_and_an_alderman(pipeline):
    text = ("The Taoiseach, Simon Harris, said the government would \"do whatever it takes\" to help.\n"
            "Alderman Rossana Rodriguez-Sanchez said the plan was the opposite of what voters were promised.")
    harris = reporting(text, pipeline, "whatever it takes")
    alderman = reporting(text, pipeline, "opposite of what voters")
    assert (harris.speaker, harris.speaker_role, harris.speaker_type) == ("Simon Harris", "Taoiseach", "person")
    assert alderman.speaker == "Rossana Rodriguez-Sanchez"


def test_a_railroad_a_coast_guard_and_an_order_are_organizations(pipeline):
    text = ("About 50 cars came off the tracks, the Norfolk Southern railroad said.\n"
            "The Coast Guard said it had suspended its search for the missing workers.\n"
            "The Fraternal Order of Police, the union representing rank-and-file officers, said the increase did "
            "not go far enough.")
    railroad = reporting(text, pipeline, "came off the tracks")
    guard = reporting(text, pipeline, "suspended its search")
    order = reporting(text, pipeline, "go far enough")
    assert (railroad.speaker, railroad.speaker_type, railroad.speaker_role) == (
        "Norfolk Southern", "organization", "railroad")
    assert guard.speaker_type == "organization"
    assert (order.speaker, order.speaker_type) == ("Fraternal Order of Police", "organization")


def test_the_palace_and_a_palace_spokesman_are_the_palace_named_before(pipeline):
    text = ("King Charles will return to public duties next week, Buckingham Palace said on Friday.\n"
            "\"His Majesty is greatly encouraged,\" a palace spokesman said.\n"
            "The King's doctors were \"very encouraged by the progress made so far,\" according to the palace.")
    assert reporting(text, pipeline, "greatly encouraged").speaker == "Buckingham Palace"
    assert reporting(text, pipeline, "progress made so far").speaker == "Buckingham Palace"


def test_the_bookseller_is_the_company_its_report_names(pipeline):
    text = ("Waterstones reported record sales last year, with revenue rising 8% to 528 million pounds, the "
            "bookseller said on Thursday.")
    record = reporting(text, pipeline, "revenue rising")
    assert (record.speaker, record.speaker_type) == ("Waterstones", "organization")


def test_a_count_opened_by_about_is_reported_whole(pipeline):
    text = "About 200,000 ballots remained uncounted in the county, officials said."
    record = reporting(text, pipeline, "remained uncounted")
    assert record.text == "About 200,000 ballots remained uncounted in the county"


def test_a_name_the_parse_made_an_oblique_after_its_description_speaks(pipeline):
    text = ("Consumer advocate William McGee of the American Economic Liberties Project called the ruling \"a big "
            "win for travelers.\"")
    record = reporting(text, pipeline, "big win")
    assert (record.speaker, record.speaker_role) == ("William McGee", "Consumer advocate")


def test_families_of_those_killed_are_named_with_the_participle(pipeline):
    text = ("Families of those killed in the Grenfell Tower fire said on Wednesday that they were \"still waiting "
            "for justice\" seven years after the disaster.")
    record = reporting(text, pipeline, "still waiting")
    assert (record.speaker, record.speaker_type) == ("Families of those killed in the Grenfell Tower fire", "group")


def test_a_headline_opening_with_a_quotation_and_a_colon_quotes_whom_it_names(pipeline):
    text = ("'It's madness': Clarkson joins farmers' protest\n\n"
            "Thousands of farmers drove tractors into central London on Wednesday.")
    record = reporting(text, pipeline, "It's madness")
    assert (record.kind, record.speaker) == ("direct", "Clarkson")



def test_who_after_a_place_that_follows_a_person_noun_is_that_person(pipeline):
    text = ("Some residents were less enthusiastic. \"Nobody asked us,\" said one woman in Crown Heights who declined "
            "to give her name.\n"
            "Norm Coleman, a former senator from Minnesota who is supporting Mr. Rubio, said the race was open.")
    declined = reporting(text, pipeline, "to give her name")
    supporting = reporting(text, pipeline, "Mr. Rubio")
    assert (declined.speaker, declined.speaker_type, declined.speaker_role) == (
        None, "person", "woman in Crown Heights")
    assert (supporting.speaker_mention, supporting.speaker) == ("who", "Norm Coleman")


def test_amnesty_international_with_a_country_after_it_is_an_organization(pipeline):
    text = "Amnesty International USA called the number \"a drop in the bucket.\""
    record = reporting(text, pipeline, "a drop in the bucket")
    assert (record.speaker, record.speaker_type) == ("Amnesty International USA", "organization")


def test_a_word_without_an_apostrophe_is_never_split_like_a_contraction(pipeline):
    """The tokenizer marked "Donna" and "cannon" as multi-word tokens: "Don" "na", "canno" "n"."""
    text = ('"That speech went beyond the room," said Donna Brazile, the interim chairwoman of the Democratic '
            'National Committee.\n'
            'Police used water cannon and tear gas to disperse the crowds, the interior ministry said, adding that '
            '107 people had been detained. "I cannot say more," an official said.')
    brazile = reporting(text, pipeline, "beyond the room")
    cannon = reporting(text, pipeline, "water cannon")
    assert (brazile.speaker, brazile.speaker_role) == (
        "Donna Brazile", "interim chairwoman of the Democratic National Committee")
    assert cannon.text == "Police used water cannon and tear gas to disperse the crowds"
    words = [w.text for s in pipeline(text).sentences for w in s.words]
    assert "can" in words and "not" in words and "Donna" in words and "cannon" in words


def test_a_participle_of_office_opening_the_sentence_is_part_of_the_role(pipeline):
    text = 'Outgoing President Macky Sall also congratulated Faye, calling it "a victory for Senegalese democracy."'
    record = reporting(text, pipeline, "Senegalese democracy")
    assert (record.speaker, record.speaker_role) == ("Macky Sall", "Outgoing President")


def test_a_surname_tagged_a_plural_after_a_first_name_is_one_person(pipeline):
    text = ('"People never agreed to this," said Max Schrems of the group Noyb.\n'
            'Former Breitbart reporter Michelle Fields accused the campaign manager of grabbing her.')
    schrems = reporting(text, pipeline, "never agreed")
    fields = reporting(text, pipeline, "grabbing her")
    assert (schrems.speaker, schrems.speaker_type) == ("Max Schrems", "person")
    assert (fields.speaker, fields.speaker_type) == ("Michelle Fields", "person")


def test_one_of_several_set_off_before_a_name_keeps_one_in_the_role(pipeline):
    text = "One of the rescued workers, Vishwajeet Kumar Verma, said the men had kept their spirits up."
    record = reporting(text, pipeline, "spirits up")
    assert (record.speaker, record.speaker_role) == ("Vishwajeet Kumar Verma", "One of the rescued workers")


def test_the_phrase_of_a_title_set_off_after_a_name_stays_in_the_role(pipeline):
    text = ("\"We can confirm that,\" said Derek Manzello, coordinator of the National Oceanic and Atmospheric "
            "Administration's Coral Reef Watch.")
    record = reporting(text, pipeline, "We can confirm")
    assert (record.speaker, record.speaker_role) == (
        "Derek Manzello", "coordinator of the National Oceanic and Atmospheric Administration's Coral Reef Watch")


def test_the_title_of_who_was_after_a_name_that_follows_said_is_the_role_without_who_was(pipeline):
    text = ("\"Donald Trump doesn't understand the first thing about counterterrorism,” said Daniel Benjamin, who was "
            "coordinator for counterterrorism at the State Department from 2009 to 2012.")
    record = reporting(text, pipeline, "first thing")
    assert (record.speaker, record.speaker_role) == (
        "Daniel Benjamin", "coordinator for counterterrorism at the State Department from 2009 to 2012")


def test_a_relative_set_off_before_a_closing_verb_with_a_name_after_it_speaks(pipeline):
    text = ("The cyclist, 52-year-old Maria Gonzalez, was an avid rider who commuted to work by bike every day, her "
            "husband, Luis, told KUSA-TV.\n"
            "\"She was the light of our lives,\" he said.")
    told = reporting(text, pipeline, "avid rider")
    light = reporting(text, pipeline, "light of our lives")
    assert (told.speaker, told.speaker_role, told.cue) == ("Luis", "her husband", "told")
    assert light.speaker == "Luis"
