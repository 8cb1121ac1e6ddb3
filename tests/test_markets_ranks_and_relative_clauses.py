"""Who speaks, in articles written as a user would run the tool on them (the fifty-fourth session's): a verb after a
relative clause on a titled name ("Opposition leader Friedrich Merz, whose conservatives lead in the polls, accused
..."), or on a name whose clause is a noun predicate ("Chrystia Freeland, who was also deputy prime minister, quit");
"the report" that found something itself; "told analysts on a call that demand ... remained soft"; a company whose
shares are the subject ("Shares of Micron Technology fell"); a company named in full, then by its first word
("Southwest Airlines", "Southwest"); "Power" at the end of a company's name but not of a person's; police ranks and
council titles written short ("Det Insp", "Councilmember"); "the grandmaster"; and a name the parse read as a day
("said Ed Day, the Rockland County executive")."""

from __future__ import annotations

from tests.conftest import extracted, reporting


def test_a_verb_after_a_whose_clause_on_a_titled_name_has_that_name_for_subject(pipeline):
    text = ("German Chancellor Olaf Scholz lost a confidence vote in parliament on Monday.\n"
            "Opposition leader Friedrich Merz, whose conservatives lead in the polls, accused Scholz of leaving the "
            "country \"in one of the deepest economic crises in post-war history.\"")
    record = reporting(text, pipeline, "deepest economic crises")
    assert (record.speaker, record.speaker_role) == ("Friedrich Merz", "Opposition leader")


def test_a_verb_after_a_who_was_clause_makes_the_name_an_antecedent(pipeline):
    text = ("Canada's finance minister resigned on Monday.\n"
            "Chrystia Freeland, who was also deputy prime minister, quit hours before she was due to deliver a budget "
            "update. In a letter posted on X, she said she and Trudeau had been \"at odds about the best path "
            "forward for Canada.\"")
    assert reporting(text, pipeline, "at odds about the best path").speaker == "Chrystia Freeland"


def test_the_report_that_found_something_speaks_for_no_one_above_it(pipeline):
    text = ("The Archbishop of Canterbury, Justin Welby, has resigned after a report found he failed to ensure that "
            "abuse at Christian summer camps was properly investigated.\n"
            "The report said John Smyth abused as many as 130 boys and young men over five decades.")
    record = reporting(text, pipeline, "John Smyth abused")
    assert record.speaker is None and record.speaker_type != "person"


def test_that_after_told_someone_on_a_call_opens_the_reported_clause(pipeline):
    text = ("Chief Executive Sanjay Mehrotra told analysts on a conference call that demand from personal computer "
            "makers remained soft.")
    record = reporting(text, pipeline, "remained soft")
    assert record.text.startswith("that demand from personal computer makers")


def test_the_company_is_the_one_whose_shares_are_the_subject(pipeline):
    text = ("Shares of Micron Technology fell 9% on Thursday after the memory chipmaker forecast revenue below "
            "estimates.\n"
            "Chief Executive Sanjay Mehrotra told analysts that demand remained soft. \"We expect the correction to "
            "last into the spring,\" he said.\n"
            "Analysts at Bernstein said the outlook was disappointing.\n"
            "The company said it would cut capital spending by about 10% next year.")
    record = reporting(text, pipeline, "cut capital spending")
    assert (record.speaker, record.speaker_type) == ("Micron Technology", "organization")


def test_a_company_named_in_full_and_then_by_its_first_word_is_an_organization(pipeline):
    text = ("The Department of Transportation has fined Southwest Airlines $140 million over cancellations.\n"
            "Southwest said in a statement that it had already paid more than $600 million in refunds. \"We have "
            "worked hard to make things right,\" the airline said.")
    first = reporting(text, pipeline, "already paid")
    assert (first.speaker, first.speaker_type) == ("Southwest", "organization")
    assert reporting(text, pipeline, "make things right").speaker == "Southwest"


def test_power_ends_a_companys_name_but_not_a_persons(pipeline):
    text = ("Island Green Power said the site had been chosen because of its access to the grid. \"The farm will "
            "power more than 180,000 homes,\" a spokesman said.\n"
            "Samantha Power, the former aid chief, said the plan was sound.")
    company = reporting(text, pipeline, "access to the grid")
    assert company.speaker_type == "organization"
    assert reporting(text, pipeline, "180,000 homes").speaker == "Island Green Power"
    assert reporting(text, pipeline, "the plan was sound").speaker_type == "person"


def test_short_police_ranks_and_council_titles_are_roles(pipeline):
    text = ("Det Insp Rhian Jones of South Wales Police said the case was one of the most disturbing she had seen.\n"
            "Councilmember Eunisses Hernandez said the money would be better spent on housing.")
    police = reporting(text, pipeline, "most disturbing")
    assert (police.speaker, police.speaker_role) == ("Rhian Jones", "Det Insp")
    assert reporting(text, pipeline, "better spent on housing").speaker == "Eunisses Hernandez"


def test_the_grandmaster_is_the_grandmaster_named_before(pipeline):
    text = ("A nine-year-old from London has beaten Polish grandmaster Jacek Stopa, 37, at a tournament.\n"
            "Stopa was gracious in defeat. \"He played better than me today,\" the grandmaster said.")
    assert reporting(text, pipeline, "played better than me").speaker == "Jacek Stopa"


def test_a_name_read_as_a_day_after_said_keeps_its_description_as_role(pipeline):
    text = "\"It is a tax on working people,\" said Ed Day, the Rockland County executive."
    record = reporting(text, pipeline, "tax on working people")
    assert (record.speaker, record.speaker_role) == ("Ed Day", "Rockland County executive")
    assert extracted(text, pipeline)[0].speaker_type == "person"


def test_the_group_is_the_organization_that_spoke_just_before(pipeline):
    text = ("Human Rights Watch said on Wednesday that the arrests were unlawful.\n"
            "\"The authorities must release them,\" the group said in a statement.")
    assert reporting(text, pipeline, "must release them").speaker == "Human Rights Watch"


def test_the_group_after_a_person_is_no_organization_named_further_back(pipeline):
    text = ("Wealthy voters have abandoned the party, according to the Roper Center for Public Opinion Research. "
            "Mitt Romney had a ten-point lead among the high-earning group in 2012.\n"
            "The group also said it viewed Paul Ryan more favorably than Donald Trump.")
    assert reporting(text, pipeline, "more favorably").speaker != "Roper Center for Public Opinion Research"


def test_a_spokeswoman_for_a_business_named_before_its_noun_speaks_for_it(pipeline):
    text = ("The Blue Lagoon spa, one of the country's most popular tourist attractions, was evacuated as a "
            "precaution. A spokeswoman for the spa said guests had left calmly.")
    record = reporting(text, pipeline, "left calmly")
    assert (record.speaker, record.speaker_type) == ("Blue Lagoon", "organization")


def test_a_family_name_written_first_alone_is_the_person_named_in_full(pipeline):
    text = ("South Korea's parliament voted on Saturday to impeach President Yoon Suk Yeol over his attempt to "
            "impose martial law.\n"
            "Yoon said he would \"never give up\" but would step aside while the court considers the case.")
    assert reporting(text, pipeline, "never give up").speaker == "Yoon Suk Yeol"


def test_a_name_set_off_before_its_description_and_an_auxiliary_is_the_subject(pipeline):
    text = ("The House voted to impeach Vice-President Sara Duterte on Wednesday.\n"
            "Duterte, the daughter of former president Rodrigo Duterte, has denied wrongdoing.")
    record = reporting(text, pipeline, "wrongdoing")
    assert (record.speaker, record.speaker_role) == ("Sara Duterte", "daughter of former president Rodrigo Duterte")


def test_a_verb_joined_to_a_relative_clause_is_not_the_outer_reports(pipeline):
    text = "The court heard that Harris punched Ian Lewis, 63, who fell and hit his head on the pavement."
    assert all(r.speaker_mention != "The court" for r in extracted(text, pipeline) if "pavement" in r.text)



def test_a_coastguard_spokesman_speaks_for_the_coastguard_named_before(pipeline):
    text = ("Twelve people were rescued from a sinking fishing boat off Cornwall early on Sunday, HM Coastguard said.\n"
            "A lifeboat was sent to the scene. \"All 12 crew were recovered safely,\" a coastguard spokesman said.")
    assert reporting(text, pipeline, "recovered safely").speaker == "HM Coastguard"


def test_a_titled_name_after_known_as_is_no_antecedent(pipeline):
    text = ("Sir Michael Gambon, the actor best known to a generation of film fans as Professor Dumbledore in the "
            "Harry Potter films, has died aged 82.\n"
            "His family said in a statement that he had died peacefully in hospital.")
    assert reporting(text, pipeline, "died peacefully").speaker == "Gambon family"


def test_a_comparison_after_a_closing_report_is_not_what_was_said(pipeline):
    text = ("The US economy added 256,000 jobs in December, the Labor Department said, far more than the 155,000 "
            "economists had forecast.")
    record = next(r for r in extracted(text, pipeline) if r.cue == "said")
    assert (record.text, record.speaker) == ("The US economy added 256,000 jobs in December", "Labor Department")
    assert all(not r.speaker_mention.lower().startswith("more than") for r in extracted(text, pipeline)
               if r.speaker_mention)



def test_a_plural_name_whose_relative_clause_agrees_in_the_plural_is_a_group(pipeline):
    text = "The Houthis, who have fired missiles at Israel throughout the war in Gaza, vowed to retaliate."
    assert reporting(text, pipeline, "to retaliate").speaker_type == "group"


def test_a_closing_report_whose_name_the_parse_hung_on_the_object_before_it(pipeline):
    text = ("A pickup truck travelling south crossed the median and struck an SUV, DPS Sgt. Deon Cockrell told "
            "reporters at the scene.")
    record = reporting(text, pipeline, "struck an SUV")
    assert (record.speaker, record.cue) == ("Deon Cockrell", "told")
    assert record.text.startswith("A pickup truck")


def test_a_bracketed_acronym_before_an_auxiliary_of_a_closing_report(pipeline):
    text = ("Pilots are being pushed to the limits of safe flying hours, the British Airline Pilots' Association "
            "(Balpa) has warned.")
    record = reporting(text, pipeline, "safe flying hours")
    assert (record.speaker, record.speaker_type) == ("British Airline Pilots' Association", "organization")
