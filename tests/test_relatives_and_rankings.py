"""Who speaks and what they said, in articles written as a user would run the tool on them (the fifty-ninth
session's): a titled name after an opening participle clause ending in a place ("Speaking at an event in San
Francisco, chief executive Sundar Pichai said"); '"...," said the 32-year-old'; a company described by its rank in a
place ("Britain's biggest supermarket said"); "the agency" after a body spelt as a word ("Nasa"), also when the body
is named only as a possessive; a naming verb's relative clause with a quotation ("a decision campaigners called "a
climate disgrace"", "which campaigners called ..."); a person brought in unnamed in the lede by a title and a noun ("A
head teacher in Kent has warned") and named in the next paragraph; a headline's subject taken for compounds of its
verb ("Head teacher warns ..."); what "told" reports after the one told, a verb tagged a participle ("told Reuters the
investigation concerned allegations") or the one told parsed as a clause ("told Cornwall Live the family were ...");
"said in a message to staff that ...", "staff" tagged a verb; "the company" closing a report on its chief executive
("The chief executive of software firm Brightline has resigned ..., the company said"); "in a statement released
through the club that ..."; a place's office in the lede ("Edinburgh's council leader") and the one named next with
it, whose name the parse took for a time ("Cammy Day, the leader of ..."), and an office named nowhere; a headline
ending in a quotation mark; "Ex-minister"; "was reported to have told ... that"; ", whose director general, NAME,
said"; "... was the Mayor of London, Sadiq Khan, who said"; "the charity" after a headline's bare "Charity"."""

from __future__ import annotations

from tests.conftest import extracted, only, reporting


def test_a_titled_name_after_an_opening_clause_that_ends_in_a_place_speaks(pipeline):
    text = ("Speaking at an event in San Francisco, chief executive Sundar Pichai said the launch marked \"the "
            "beginning of a new era\" for the company.")
    record = reporting(text, pipeline, "new era")
    assert (record.speaker, record.speaker_role, record.cue) == ("Sundar Pichai", "chief executive", "said")


def test_an_age_after_an_inverted_said_is_the_speaker(pipeline):
    text = ("Salah has now scored 12 league goals this season.\n"
            "\"When the crowd is like this, you feel you can beat anyone,\" said the 32-year-old.")
    record = reporting(text, pipeline, "beat anyone")
    assert (record.speaker, record.speaker_mention, record.cue) == ("Salah", "the 32-year-old", "said")


def test_a_company_described_by_its_rank_in_a_place_is_the_company_named_before(pipeline):
    text = ("Tesco has raised its profit forecast for the year.\n"
            "The UK's biggest supermarket said it now expected adjusted operating profit of about £2.9bn.")
    record = reporting(text, pipeline, "operating profit")
    assert (record.speaker, record.speaker_type) == ("Tesco", "organization")
    assert record.speaker_mention == "The UK's biggest supermarket"


def test_the_agency_after_a_body_spelt_as_a_word_is_that_body(pipeline):
    text = ("Nasa launched the probe in 2018.\n"
            "The agency said the spacecraft was travelling at 690,000 km/h.")
    record = reporting(text, pipeline, "690,000")
    assert (record.speaker, record.speaker_type) == ("Nasa", "organization")


def test_the_agency_after_a_body_named_only_as_a_possessive_is_that_body(pipeline):
    text = ("Nasa's Parker Solar Probe has made the closest ever approach to the Sun.\n"
            "The agency said the spacecraft was travelling at 690,000 km/h.")
    record = reporting(text, pipeline, "690,000")
    assert record.speaker == "Nasa"


def test_a_naming_verbs_relative_clause_without_a_relative_word_reports_its_quotation(pipeline):
    text = ("The government has approved a new oil field, a decision environmental campaigners called \"a climate "
            "disgrace\".")
    record = reporting(text, pipeline, "climate disgrace")
    assert (record.speaker, record.speaker_type, record.cue) == ("environmental campaigners", "group", "called")
    assert record.kind == "direct"


def test_a_quotation_in_a_which_clause_of_a_naming_verb_is_its_subjects_not_the_outer_reports(pipeline):
    text = ("The minister said he had approved a new oil field, which campaigners called \"a climate disgrace\".")
    records = extracted(text, pipeline)
    assert [(r.speaker_mention, r.cue, r.text) for r in records] == [
        ("The minister", "said", "he had approved a new oil field"),
        ("campaigners", "called", "which campaigners called \"a climate disgrace\"")]


def test_a_naming_verbs_object_in_a_clause_stays_the_outer_reports(pipeline):
    text = ("Clinton pointed to reports that Trump called the 1996 pageant winner \"Miss Piggy\" as examples of his "
            "disrespect for women.")
    record = reporting(text, pipeline, "Miss Piggy")
    assert (record.speaker, record.cue) == ("Clinton", "pointed to")


def test_a_person_brought_in_by_a_title_and_noun_in_the_lede_is_the_one_named_next(pipeline):
    text = ("Head teacher warns of 'crisis' in special needs funding\n"
            "A head teacher in Kent has warned that schools are facing a \"crisis\" in funding for pupils with "
            "special educational needs.\n"
            "Sarah Mitchell, head of Oakwood Primary School in Maidstone, said her school had spent £80,000 from its "
            "own budget on support last year.")
    lede = reporting(text, pipeline, "schools are facing")
    assert (lede.speaker, lede.speaker_mention) == ("Sarah Mitchell", "A head teacher in Kent")


def test_a_headlines_subject_parsed_as_compounds_of_its_verb_is_the_whole_noun_phrase(pipeline):
    text = ("Head teacher warns of 'crisis' in special needs funding\n"
            "Schools are struggling, figures show.")
    record = reporting(text, pipeline, "crisis")
    assert (record.speaker_mention, record.speaker_role) == ("Head teacher", "Head teacher")


def test_a_verb_after_the_noun_that_follows_told_x_is_what_was_told(pipeline):
    text = "A source close to the board told Reuters the investigation concerned allegations of bullying."
    record = reporting(text, pipeline, "allegations")
    assert (record.speaker_mention, record.cue) == ("A source close to the board", "told")
    assert record.text == "the investigation concerned allegations of bullying"


def test_a_name_told_is_not_part_of_what_was_told(pipeline):
    text = "His daughter told Cornwall Live the family were \"so relieved\"."
    record = reporting(text, pipeline, "relieved")
    assert record.text == "the family were \"so relieved\""


def test_a_message_to_staff_is_not_part_of_what_was_said(pipeline):
    text = ("Mark Ellison, who founded the firm in 2012, said in a message to staff that he was stepping aside \"to "
            "allow the process to run its course\".")
    record = reporting(text, pipeline, "stepping aside")
    assert record.speaker == "Mark Ellison"
    assert record.text.startswith("that he was stepping aside")


def test_the_company_closing_a_report_on_its_boss_is_the_firm_named_in_the_title(pipeline):
    text = ("The chief executive of software firm Brightline has resigned while an investigation into his conduct is "
            "carried out, the company said on Friday.")
    record = reporting(text, pipeline, "has resigned")
    assert (record.speaker, record.speaker_type, record.speaker_mention) == ("Brightline", "organization",
                                                                             "the company")


def test_a_that_clause_after_a_statement_released_through_someone_is_what_was_said(pipeline):
    text = ("Tonali said in a statement released through the club that he was \"truly sorry\" and would use the ban "
            "to get help for his gambling addiction.")
    record = reporting(text, pipeline, "truly sorry")
    assert record.speaker == "Tonali"
    assert record.text.startswith("that he was") and record.text.endswith("gambling addiction")


def test_a_places_office_in_the_lede_is_the_person_named_next_with_that_office(pipeline):
    text = ("Mayor calls for tourist tax in Edinburgh\n"
            "Edinburgh's council leader has called for a visitor levy to be introduced as soon as possible.\n"
            "Cammy Day, the leader of the City of Edinburgh Council, said the tax could raise up to £50m a year.")
    records = extracted(text, pipeline)
    lede = only([r for r in records if "visitor levy" in r.text])
    assert (lede.speaker, lede.speaker_role) == ("Cammy Day", "Edinburgh's council leader")
    named = only([r for r in records if "£50m" in r.text])
    assert (named.speaker, named.speaker_mention) == ("Cammy Day",
                                                      "Cammy Day, the leader of the City of Edinburgh Council,")


def test_a_places_office_named_nowhere_speaks_as_the_office(pipeline):
    text = "Connecticut's tax commissioner says an internal review found no leak of the filings."
    record = reporting(text, pipeline, "internal review")
    assert (record.speaker, record.speaker_type) == ("Connecticut's tax commissioner", "person")


def test_a_headline_ending_in_a_quotation_mark_has_its_reporting_verb_tagged_a_noun_mended(pipeline):
    text = ("Charity warns of 'hidden homelessness'\n"
            "More than 300,000 people in England are living in temporary accommodation.")
    record = reporting(text, pipeline, "hidden homelessness")
    assert (record.speaker_mention, record.cue) == ("Charity", "warns of")
    assert (record.speaker, record.speaker_type) == (None, "organization")  # a body unnamed, as "Airline blames"


def test_ex_before_a_title_names_no_one(pipeline):
    text = ("Ex-minister quoted as saying party 'finished'\n"
            "Sir Robert Buckland later said his remarks had been taken out of context.")
    record = reporting(text, pipeline, "finished")
    assert record.speaker is None
    assert record.speaker_mention == "Ex-minister"


def test_one_reported_to_have_told_someone_something_speaks(pipeline):
    text = ("Sir Robert Buckland was reported to have told a private dinner that the party had \"lost touch with "
            "ordinary voters\".")
    record = reporting(text, pipeline, "lost touch")
    assert (record.speaker, record.kind) == ("Robert Buckland", "mixed")
    assert record.text.startswith("that the party had")


def test_a_titled_name_in_a_whose_clause_speaks_not_the_body_before_it(pipeline):
    text = ("The move was praised by the CBI, whose director general, Rain Newton-Smith, said it was \"a vote of "
            "confidence in Britain\".")
    record = reporting(text, pipeline, "vote of confidence")
    assert (record.speaker, record.speaker_role, record.cue) == ("Rain Newton-Smith", "director general", "said")
    assert record.text == "it was \"a vote of confidence in Britain\""


def test_the_copula_before_an_inverted_subject_is_not_part_of_its_role(pipeline):
    text = ("Among those who criticised the plan was the Mayor of London, Sadiq Khan, who said it would harm air "
            "quality.")
    record = reporting(text, pipeline, "air quality")
    assert (record.speaker, record.speaker_role) == ("Sadiq Khan", "Mayor of London")


def test_the_charity_is_not_the_headlines_bare_charity(pipeline):
    text = ("Charity warns of food bank surge\n"
            "The Trussell Trust handed out a record 3 million emergency food parcels in the past year, the charity has "
            "said.")
    record = reporting(text, pipeline, "food parcels")
    assert record.speaker_mention == "the charity"
    assert record.speaker in (None, "Trussell Trust", "The Trussell Trust")
