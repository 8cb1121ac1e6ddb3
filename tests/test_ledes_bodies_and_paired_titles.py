"""Who speaks, in articles written as a user would run the tool on them (the fifty-second session's): someone brought
in unnamed in the lede and named in the next paragraph ("A federal judge ... | U.S. District Judge David Ezra"); "the
authority" when one body's name holds the word and a later one only ends as councils do; a body of two words named
alone that says something of "it" ("Air Canada said it had apologised"), and one named so after "in a customer
advisory"; "the airline" for "Air Canada"; "the company" after a one-word body a relative clause calls "which"; "the
union" for a guild; two titles joined before a name ("Writer and director Adam Conover"); a sportsman's trade ("The
off-spinner said"); "Sentencing, Judge ... said" with the participle tagged a name; "Ten Hag" opening a sentence;
and a place joined to "-based" ("A Seattle-based startup"), which names no one."""

from __future__ import annotations

from tests.conftest import extracted, only, reporting


def test_someone_unnamed_in_the_lede_is_the_one_the_next_paragraph_names_with_that_role(pipeline):
    text = ("Judge blocks state immigration law\n\n"
            "A federal judge on Thursday temporarily blocked a Texas law that would let state police arrest "
            "migrants.\n"
            "U.S. District Judge David Ezra wrote that the law \"threatens the fundamental notion\" of one "
            "national policy.")
    record = reporting(text, pipeline, "a Texas law")
    assert (record.speaker_mention, record.speaker, record.speaker_role) == (
        "A federal judge", "David Ezra", "federal judge")


def test_an_engineer_in_the_lede_is_the_engineer_named_next(pipeline):
    text = ("Whistleblower testifies\n\n"
            "A Boeing engineer told a Senate panel on Wednesday that the company had taken shortcuts.\n"
            "Sam Salehpour, a quality engineer who has worked at Boeing for a decade, said he had been threatened.")
    record = reporting(text, pipeline, "taken shortcuts")
    assert (record.speaker_mention, record.speaker) == ("A Boeing engineer", "Sam Salehpour")


def test_someone_unnamed_in_the_lede_with_another_role_than_the_next_person_stays_unnamed(pipeline):
    text = ("Shots fired in Leeds\n\n"
            "A witness told the BBC she had heard three shots before midnight.\n"
            "Detective Inspector Lisa Walsh said officers were searching the area.")
    record = reporting(text, pipeline, "three shots")
    assert (record.speaker_mention, record.speaker) == ("A witness", None)


def test_the_authority_is_the_body_named_an_authority_not_a_later_council(pipeline):
    text = ("The Panama Canal Authority said it would cut the number of ships allowed through each day.\n"
            "A spokesperson for the World Shipping Council said the restrictions were a serious concern.\n"
            "The authority said conditions would improve when the rainy season begins in May.")
    record = reporting(text, pipeline, "conditions would improve")
    assert record.speaker == "Panama Canal Authority"


def test_a_body_of_two_words_with_a_place_that_said_it_is_an_organization_and_the_airline(pipeline):
    text = ("Air Canada has been fined for failing to help passengers with disabilities, the agency said.\n"
            "Air Canada said it had apologised and was reviewing its procedures. \"We fell short,\" the airline "
            "said in an emailed statement.")
    said = reporting(text, pipeline, "reviewing its procedures")
    short = reporting(text, pipeline, "We fell short")
    assert (said.speaker, said.speaker_type) == ("Air Canada", "organization")
    assert (short.speaker_mention, short.speaker) == ("the airline", "Air Canada")


def test_a_one_word_body_that_said_in_an_advisory_that_it_would_is_an_organization(pipeline):
    record = only(extracted("Maersk said in a customer advisory that it would reroute some services.", pipeline))
    assert (record.speaker, record.speaker_type) == ("Maersk", "organization")


def test_the_company_after_a_body_a_relative_clause_calls_which_is_that_body(pipeline):
    text = ("Westfield, which owns the centre, said security would be increased. \"The safety of our customers is "
            "our first priority,\" the company said.")
    record = reporting(text, pipeline, "first priority")
    assert (record.speaker_mention, record.speaker) == ("the company", "Westfield")


def test_the_company_after_a_market_index_is_no_one(pipeline):
    text = ("The Dow fell 24 points, dragged down by a drop in shares of Exxon Mobil.\n"
            "The company said its profit had fallen.")
    record = reporting(text, pipeline, "profit had fallen")
    assert record.speaker != "Dow"


def test_the_union_after_a_guild_is_the_guild(pipeline):
    text = ("The Writers Guild of America has reached a tentative agreement with the studios.\n"
            "The union said in an email to members that the deal was \"exceptional\".")
    record = reporting(text, pipeline, "the deal was")
    assert (record.speaker_mention, record.speaker) == ("The union", "Writers Guild of America")


def test_two_titles_joined_before_a_name_are_its_role(pipeline):
    record = only(extracted("Writer and director Adam Conover, a member of the guild's negotiating committee, "
                            "said on social media: \"We won.\"", pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (
        "Adam Conover", "person", "Writer and director")


def test_a_sportsman_s_trade_refers_to_the_player_just_named(pipeline):
    text = ("Ravichandran Ashwin was named player of the series. The off-spinner said afterwards that he was "
            "\"enjoying every game\" at this stage of his career.")
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker) == ("The off-spinner", "Ravichandran Ashwin")


def test_sentencing_tagged_a_name_before_a_judge_is_no_speaker(pipeline):
    record = only(extracted("Sentencing, Judge Guy Kearl KC said Harris had shown \"no remorse whatsoever.\"",
                            pipeline))
    assert (record.speaker, record.speaker_role) == ("Guy Kearl", "Judge")


def test_a_surname_ending_in_ing_before_a_description_still_speaks(pipeline):
    record = only(extracted("Schilling, a six-time All-Star, said he was fired unfairly.", pipeline))
    assert record.speaker == "Schilling"


def test_ten_hag_opening_a_sentence_is_the_manager_named_in_full(pipeline):
    text = ("Manchester United have sacked manager Erik ten Hag after a 3-0 defeat.\n"
            "Ten Hag, who won the FA Cup last season, said he was disappointed.")
    record = reporting(text, pipeline, "disappointed")
    assert (record.speaker_mention, record.speaker) == ("Ten Hag, who won the FA Cup last season,", "Erik ten Hag")


def test_a_place_joined_to_based_names_no_one(pipeline):
    record = only(extracted("A Seattle-based startup developing a compact fusion reactor said on Tuesday it had "
                            "raised $100 million.", pipeline))
    assert record.speaker is None and record.speaker_role == "Seattle-based startup"


def test_a_relative_clause_the_parse_read_as_a_possessor_leaves_the_person_a_person(pipeline):
    record = only(extracted("Daniela Cavallo, who chairs VW's works council, told employees at the Wolfsburg plant "
                            "that management had \"failed.\"", pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("Daniela Cavallo", "person", None)


def test_a_role_after_whose_is_the_role_alone(pipeline):
    record = only(extracted("The tenants were supported by the London Renters Union, whose organiser Jack Mills said "
                            "the ruling was \"a warning to every landlord.\"", pipeline))
    assert (record.speaker, record.speaker_role) == ("Jack Mills", "organiser")


def test_an_adjective_before_a_named_union_is_no_part_of_its_name(pipeline):
    text = ("The Aslef union said it would strike in March.\n"
            "The powerful IG Metall union vowed to resist any closures.")
    aslef, metall = extracted(text, pipeline)
    assert (aslef.speaker, metall.speaker) == ("Aslef union", "IG Metall union")


def test_a_union_described_by_a_participle_closes_the_sentence_as_its_speaker(pipeline):
    record = only(extracted("Prisons in England and Wales will run out of space within weeks unless urgent action "
                            "is taken, the union representing prison officers has warned.", pipeline))
    assert (record.speaker_mention, record.cue, record.text) == (
        "the union representing prison officers", "has warned",
        "Prisons in England and Wales will run out of space within weeks unless urgent action is taken")


def test_a_count_after_more_than_is_the_subject_of_the_report(pipeline):
    record = only(extracted("Fire service spokesman Yiannis Artopios said more than 600 firefighters, 190 vehicles "
                            "and 30 aircraft were involved.", pipeline))
    assert record.text == "more than 600 firefighters, 190 vehicles and 30 aircraft were involved"


def test_a_passive_after_and_with_its_own_subject_is_not_the_first_clause_s_subject_s(pipeline):
    records = extracted("Firefighters battled a wildfire north of Athens on Monday as strong winds pushed flames "
                        "toward suburbs and thousands of residents were ordered to leave their homes.", pipeline)
    assert not [r for r in records if r.speaker == "firefighters"]


def test_a_surname_tagged_plural_with_a_singular_who_clause_is_the_he_who_adds(pipeline):
    text = ("Head coach Warren Gatland said Jenkins had \"all the qualities you want in a leader.\"\n"
            "Jenkins, who plays for Exeter Chiefs, said he was \"honoured and a bit shocked.\"\n"
            "\"It hasn't sunk in yet,\" he added.")
    jenkins = reporting(text, pipeline, "honoured")
    added = reporting(text, pipeline, "sunk in")
    assert (jenkins.speaker, jenkins.speaker_type) == ("Jenkins", "person")
    assert (added.speaker_mention, added.speaker) == ("he", "Jenkins")


def test_a_name_the_parse_made_the_root_before_its_verb_is_the_he_who_speaks_next(pipeline):
    text = ("Elon Musk, the company's founder, wrote that the rocket would \"take humanity to Mars.\"\n"
            "NASA Administrator Bill Nelson congratulated SpaceX. \"We are one step closer to returning humanity to "
            "the Moon,\" he said.")
    record = reporting(text, pipeline, "one step closer")
    assert record.speaker == "Bill Nelson"


def test_a_verb_after_a_relative_clause_on_the_name_reports_its_quotation(pipeline):
    record = only(extracted("Senator Chris Murphy of Connecticut, who led the negotiations, called it \"a "
                            "breakthrough.\"", pipeline))
    assert (record.speaker, record.kind, record.text) == ("Chris Murphy", "mixed", "it \"a breakthrough.\"")


def test_the_group_after_an_association_is_the_association(pipeline):
    text = ("The National Rifle Association opposed the bill. In a statement, the group said it \"falls short at "
            "every level.\"")
    record = reporting(text, pipeline, "falls short")
    assert (record.speaker_mention, record.speaker) == ("the group", "National Rifle Association")


def test_a_count_opened_by_at_least_is_reported_by_the_body_before_its_initials(pipeline):
    text = ("At least 61 migrants, including women and children, are missing after their boat capsized off the coast "
            "of Libya, the International Organization for Migration (IOM) said on Saturday.\n"
            "\"The Central Mediterranean continues to be one of the world's most dangerous migration routes,\" the "
            "agency said in a statement.")
    lede = reporting(text, pipeline, "61 migrants")
    stated = reporting(text, pipeline, "Central Mediterranean")
    assert (lede.speaker, lede.text) == (
        "International Organization for Migration", "At least 61 migrants, including women and children, are "
        "missing after their boat capsized off the coast of Libya")
    assert (stated.speaker_mention, stated.speaker) == ("the agency", "International Organization for Migration")


def test_a_clause_opened_by_as_after_a_closing_report_is_not_what_was_reported(pipeline):
    record = only(extracted("Tesla delivered fewer cars than expected in the second quarter, the company said on "
                            "Tuesday, as competition from Chinese rivals intensified.", pipeline))
    assert record.text == "Tesla delivered fewer cars than expected in the second quarter"


def test_the_union_after_an_association_of_workers_is_that_association(pipeline):
    text = ("Members of the International Association of Machinists and Aerospace Workers backed the deal by 59% to "
            "41%, the union said.")
    record = only([r for r in extracted(text, pipeline) if r.cue == "said"])
    assert (record.speaker_mention, record.speaker) == (
        "the union", "International Association of Machinists and Aerospace Workers")


def test_the_airport_is_the_airport_a_chief_executive_runs_not_a_later_network_named_for_airports(pipeline):
    text = ("Environmental campaigners reacted with fury. \"This is a climate disaster,\" said Rosie Pearson of the "
            "Airport Expansion Opposition Network.\n"
            "Heathrow chief executive Thomas Woldbye welcomed the decision. The airport said it would submit plans "
            "within a year.")
    record = reporting(text, pipeline, "submit plans")
    assert (record.speaker_mention, record.speaker) == ("The airport", "Heathrow")
