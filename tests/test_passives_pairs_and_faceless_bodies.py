"""Who speaks, in articles written as a user would run the tool on them (the fifty-first session's): "Prosecutor" as a
title before a barrister's name; a passive report coordinated with another ("Farmers say ..., and water companies
have been told to ..."), whose subject is told, not the farmers, and is no part of their report; an airline named
as an object ("forced British Airways to cancel flights. The airline said"); two people described together in an
apposition ("The club's co-owners, Hollywood actors Ryan Reynolds and Rob McElhenney,"); a body that the text names
alone before "a spokeswoman" ("Octopus said it had already changed its processes"); a plural name described as a
charity ("The Ramblers, a walkers' charity,"); "His management" of a named singer; someone unnamed from a place
("One mother from Leeds", "A resident of Leeds"); a "-general" title ("WHO director-general Dr Tedros Adhanom
Ghebreyesus"); "Regulator Ofcom"; bodies' names ending in "Steel" or a sport ("Liberty Steel", "World Rugby"); a
campaign of people against something ("Surfers Against Sewage"); "A government spokesperson"; and a bare title in
the lede that the next paragraph names ("The chancellor has announced ... | Rachel Reeves told MPs"); a surname
tagged an adjective ("Shreyas Royal beat ..."); a trade opening the sentence ("Port operator Hutchison Ports"); a
first name spelt like a month ("Investor Jan Sramek, who ..."); a title of a place in the lede ("The mayor of
Manchester"); a first name with an apostrophe ("Sha'Carri Richardson"); and "the authority" for a council."""

from __future__ import annotations

from tests.conftest import extracted, only, reporting


def test_prosecutor_before_a_name_is_the_role(pipeline):
    record = only(extracted("Prosecutor Duncan Atkinson KC had told the jury that Hale lied about the bank's "
                            "finances for more than three years.", pipeline))
    assert (record.speaker, record.speaker_role) == ("Duncan Atkinson", "Prosecutor")


def test_a_passive_report_coordinated_with_a_report_is_nobody_s_and_ends_that_report(pipeline):
    records = extracted("Farmers say crops are already suffering, and water companies have been told to step up "
                        "efforts to fix leaks.", pipeline)
    said = only(records)
    assert (said.speaker, said.text) == ("farmers", "crops are already suffering")


def test_a_clause_coordinated_with_a_report_without_a_report_of_its_own_stays_in_it(pipeline):
    record = only(extracted("Farmers say crops are already suffering, and the government has done nothing.",
                            pipeline))
    assert record.text == "crops are already suffering, and the government has done nothing"


def test_an_airline_named_as_an_object_is_the_airline_that_speaks_next(pipeline):
    text = ("Hundreds of passengers were stranded on Friday after a computer failure forced British Airways to "
            "cancel dozens of flights.\n"
            "The airline said the problem had been fixed by the afternoon.")
    record = reporting(text, pipeline, "fixed by the afternoon")
    assert (record.speaker_mention, record.speaker) == ("The airline", "British Airways")


def test_two_people_described_in_an_apposition_speak_together(pipeline):
    text = ("The club's co-owners, Hollywood actors Ryan Reynolds and Rob McElhenney, said it was \"a historic "
            "day\".\n"
            "\"This is about the future of the club and the town,\" they said in a joint statement.")
    said, stated = extracted(text, pipeline)
    assert (said.speaker, said.speaker_type, said.speaker_role) == (
        "Ryan Reynolds and Rob McElhenney", "group", "club's co-owners")
    assert (stated.speaker_mention, stated.speaker) == ("they", "Ryan Reynolds and Rob McElhenney")


def test_one_described_person_in_an_apposition_is_still_one_person(pipeline):
    record = only(extracted("The club's owner, Hollywood actor Ryan Reynolds, said it was \"a historic day\".",
                            pipeline))
    assert (record.speaker, record.speaker_role) == ("Ryan Reynolds", "club's owner")


def test_a_spokeswoman_speaks_for_a_body_named_alone_that_said_it(pipeline):
    text = ("Octopus said it had already changed its processes. \"We got this wrong and we are sorry,\" a "
            "spokeswoman said.")
    record = reporting(text, pipeline, "We got this wrong")
    assert (record.speaker, record.speaker_type) == ("Octopus", "organization")


def test_a_spokeswoman_after_a_person_named_in_full_speaks_for_nobody_named(pipeline):
    text = ("Kate Morgan said it had been a difficult week. \"She will not be commenting further,\" a spokeswoman "
            "said.")
    record = reporting(text, pipeline, "commenting further")
    assert record.speaker is None


def test_a_plural_name_described_as_a_charity_is_one_body_that_it_stands_for(pipeline):
    text = ("The Ramblers, a walkers' charity, said it was disappointed by the decision.\n"
            "\"Footpaths are a precious part of our heritage and should be protected,\" it said in a statement.")
    said, stated = extracted(text, pipeline)
    assert (said.speaker, said.speaker_type) == ("Ramblers", "organization")
    assert (stated.speaker_mention, stated.speaker) == ("it", "Ramblers")


def test_a_plural_name_with_a_plural_verb_and_no_description_stays_a_group(pipeline):
    record = only(extracted("The Houthis say they will keep attacking ships in the Red Sea.", pipeline))
    assert (record.speaker, record.speaker_type) == ("Houthis", "group")


def test_his_management_is_the_named_person_s_management(pipeline):
    text = ("Pop star Lewis Capaldi has cancelled the remaining dates of his tour.\n"
            "His management said refunds would be available from the point of purchase.")
    record = reporting(text, pipeline, "refunds")
    assert (record.speaker_mention, record.speaker, record.speaker_type) == (
        "His management", "Capaldi's management", "organization")


def test_one_mother_from_a_place_is_someone_unnamed_not_the_place(pipeline):
    record = only(extracted("One mother from Leeds, who did not want to be named, said she had spent £250 on a "
                            "blazer.", pipeline))
    assert (record.speaker, record.speaker_role) == (None, "mother from Leeds")


def test_a_resident_of_a_place_is_someone_unnamed_not_the_place(pipeline):
    record = only(extracted("A resident of Leeds said she had spent £250 on a blazer.", pipeline))
    assert (record.speaker, record.speaker_role) == (None, "resident of Leeds")


def test_a_director_general_before_a_name_is_the_role(pipeline):
    for text, name, role in (
            ('WHO director-general Dr Tedros Adhanom Ghebreyesus said: "Now we have two."',
             "Tedros Adhanom Ghebreyesus", "WHO director-general"),
            ("BBC director-general Tim Davie said the corporation would cut 500 jobs.", "Tim Davie",
             "BBC director-general"),
            ("CBI director-general Rain Newton-Smith said firms were worried.", "Rain Newton-Smith",
             "CBI director-general")):
        record = only(extracted(text, pipeline))
        assert (record.speaker, record.speaker_type, record.speaker_role) == (name, "person", role)


def test_a_regulator_opening_the_sentence_before_its_name_is_the_role(pipeline):
    record = only(extracted("Regulator Ofcom has proposed banning the practice of mid-contract price rises.",
                            pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("Ofcom", "organization", "Regulator")


def test_names_ending_in_steel_or_a_sport_are_bodies_but_a_person_called_steel_is_not(pipeline):
    text = ("Liberty Steel blamed high energy costs for the decision. The company, owned by businessman Sanjeev "
            "Gupta, said it would support staff.")
    blamed, said = extracted(text, pipeline)
    assert (blamed.speaker, blamed.speaker_type) == ("Liberty Steel", "organization")
    assert (said.speaker_mention, said.speaker) == ("The company, owned by businessman Sanjeev Gupta,", "Liberty Steel")
    rugby = only(extracted('World Rugby said player welfare was its "number one priority".', pipeline))
    assert (rugby.speaker, rugby.speaker_type) == ("World Rugby", "organization")
    person = only(extracted("Mark Steel said the show was over.", pipeline))
    assert (person.speaker, person.speaker_type) == ("Mark Steel", "person")


def test_people_against_something_in_capitals_are_a_campaign(pipeline):
    record = only(extracted("Surfers Against Sewage said the clean-up showed the scale of the plastic problem.",
                            pipeline))
    assert (record.speaker, record.speaker_type) == ("Surfers Against Sewage", "organization")


def test_a_government_spokesperson_speaks_for_the_government(pipeline):
    record = only(extracted('A government spokesperson said ministers were "working closely" with the unions.',
                            pipeline))
    assert (record.speaker, record.speaker_type) == ("government", "organization")
    text = ("The Scottish government said it was working with the firm. A government spokesperson said ministers "
            "were \"working closely\" with the unions.")
    assert reporting(text, pipeline, "ministers").speaker == "Scottish government"


def test_a_bare_title_in_the_lede_is_the_person_the_next_paragraph_names_bare(pipeline):
    text = ("Chancellor unveils budget\n\n"
            "The chancellor has announced a £40bn rise in taxes in the first Labour budget for 14 years.\n"
            "Rachel Reeves told MPs the measures were needed to \"fix the foundations\" of the economy.")
    record = reporting(text, pipeline, "£40bn")
    assert (record.speaker_mention, record.speaker) == ("The chancellor", "Rachel Reeves")
    text = ("Government to ban disposable vapes\n\n"
            "Disposable vapes will be banned in England from next year, the prime minister has announced.\n"
            "Rishi Sunak said the ban was needed to stop children becoming addicted.")
    assert reporting(text, pipeline, "Disposable vapes").speaker == "Rishi Sunak"


def test_a_bare_title_in_the_lede_is_no_one_described_otherwise_below(pipeline):
    text = ("Chancellor unveils budget\n\n"
            "The chancellor has announced a £40bn rise in taxes in the first Labour budget for 14 years.\n"
            "Paul Johnson, director of the Institute for Fiscal Studies, said the plans would leave taxes high.")
    assert reporting(text, pipeline, "£40bn").speaker is None


def test_a_surname_tagged_an_adjective_still_names_the_subject_a_pronoun_stands_for(pipeline):
    text = ("Shreyas Royal beat three grandmasters on his way to the title.\n"
            "\"I still can't believe it,\" he told the BBC.")
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker) == ("he", "Shreyas Royal")


def test_a_trade_opening_the_sentence_before_a_plural_name_makes_it_a_company(pipeline):
    record = only(extracted('Port operator Hutchison Ports said the strike was "unnecessary".', pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (
        "Hutchison Ports", "organization", "Port operator")
    person = only(extracted("Traffic Scotland operator Stein Connelly said the roads were closed.", pipeline))
    assert (person.speaker, person.speaker_type) == ("Stein Connelly", "person")


def test_a_first_name_spelt_like_a_month_in_a_title_s_flat_run_is_a_name(pipeline):
    record = only(extracted("Investor Jan Sramek, who has spent $800m buying land for the project, said the city "
                            "would be \"walkable\".", pipeline))
    assert (record.speaker, record.speaker_role) == ("Jan Sramek", "Investor")


def test_a_title_of_a_place_in_the_lede_is_the_person_the_next_paragraph_names_bare(pipeline):
    text = ("Mayor criticises police over protest\n\n"
            "The mayor of Manchester has criticised the police for their handling of a protest on Saturday.\n"
            "Andy Burnham said officers had been \"heavy-handed\".")
    record = reporting(text, pipeline, "handling of a protest")
    assert (record.speaker_mention, record.speaker) == ("The mayor of Manchester", "Andy Burnham")


def test_a_first_name_with_an_apostrophe_stays_whole_in_the_canonical_name(pipeline):
    text = "Sha'Carri Richardson won the 100m earlier in the week.\n\"I am grateful,\" Richardson said."
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker) == ("Richardson", "Sha'Carri Richardson")


def test_the_authority_after_a_council_is_the_council(pipeline):
    text = ("Birmingham City Council declared itself effectively bankrupt. The authority said it had a funding gap of "
            "£87m.")
    record = reporting(text, pipeline, "funding gap")
    assert (record.speaker_mention, record.speaker) == ("The authority", "Birmingham City Council")
