"""Who speaks, and what kind of speaker it is, in articles written as a user would run the tool on them (the
forty-eighth session's): a title with "General" after it set off before the name ("The UN Secretary General, António
Guterres,"), a description set off after a name that the parse took for the verb's complement ("Chris Marchese, the
group's litigation director, said"), names that end in a mark ("Which?") or are one letter ("social media platform
X"), a company's name in lower case ("an easyJet spokesman"), "the airline" for a company named in passing, "a police
spokesman" for the force named before, "a spokesperson" for the company of the paragraph before, a headline's verb
taken for its subject ("Government unveils plan"), bodies whose names join two places ("The Shrewsbury and Telford
Hospital NHS Trust") or end in "Line", unnamed people ("the victim", "his agent", "the company's boss", "Liverpool
boss"), a rare first name that settles no sex ("Dara Khosrowshahi ... he said"), and where a report in a relative
clause ends ("Subscribers who do not want to pay the new price can cancel")."""

from __future__ import annotations

import pytest

from tests.conftest import extracted, only, reporting


@pytest.mark.parametrize("text, speaker, role", [
    ("The UN Secretary General, António Guterres, called for \"urgent action\" to cut emissions.",
     "António Guterres", "UN Secretary General"),
    ("The Attorney General, Pam Bondi, said the department would appeal.", "Pam Bondi", "Attorney General"),
])
def test_a_title_with_general_after_it_set_off_before_the_name_is_the_names_role(pipeline, text, speaker, role):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (speaker, "person", role)


def test_a_description_set_off_after_a_name_is_the_role_not_what_was_said(pipeline):
    text = ("Chris Marchese, the group's litigation director, said: \"The court made clear that the government cannot "
            "tell private companies what speech to host.\"")
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == ("Chris Marchese", "group's litigation director")


@pytest.mark.parametrize("text, mention", [
    ("Consumer group Which? said passengers were entitled to compensation.", "Consumer group Which?"),
    ("Flights were cancelled. Which? said passengers were entitled to compensation.", "Which?"),
])
def test_a_name_that_ends_in_a_question_mark_is_one_word(pipeline, text, mention):
    record = reporting(text, pipeline, "entitled to compensation")
    assert (record.speaker, record.speaker_type, record.speaker_mention) == ("Which?", "organization", mention)


def test_a_question_of_one_word_stays_a_question(pipeline):
    text = "Which? What now? They said it was fine."
    assert [r.speaker for r in extracted(text, pipeline)] == [None]


@pytest.mark.parametrize("text, role", [
    ("Elon Musk's social media platform X said it would appeal against the ruling.",
     "Elon Musk's social media platform"),
    ("The platform X said it would appeal against the ruling.", "platform"),
])
def test_a_platform_named_by_one_letter_is_the_platform(pipeline, text, role):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("X", "organization", role)


def test_a_company_named_in_lower_case_speaks_through_its_spokesman(pipeline):
    text = "Flights were delayed. \"We sincerely apologise,\" an easyJet spokesman said."
    record = reporting(text, pipeline, "apologise")
    assert (record.speaker, record.speaker_type) == ("easyJet", "organization")


@pytest.mark.parametrize("text, speaker", [
    ("Hundreds of flights were cancelled after an IT failure at budget airline easyJet.\n"
     "The airline said the problem had been fixed.", "easyJet"),
    ("The bank was fined £40m by the Financial Conduct Authority.\n"
     "The watchdog said the problem had been serious.", "Financial Conduct Authority"),
])
def test_a_body_named_in_passing_is_what_its_trade_stands_for(pipeline, text, speaker):
    record = reporting(text, pipeline, "the problem had been")
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


def test_a_police_spokesman_speaks_for_the_force_named_before(pipeline):
    text = ("Two pupils were injured at a school in Sheffield, South Yorkshire Police said.\n"
            "A police spokesman said officers would remain in the area to reassure the community.")
    record = reporting(text, pipeline, "officers would remain")
    assert (record.speaker, record.speaker_role) == ("South Yorkshire Police", "police spokesman")


def test_a_spokesperson_speaks_for_the_company_of_the_paragraph_before(pipeline):
    text = ("Spotify is raising the price of its premium subscription.\n"
            "The company said in an email to customers that the monthly cost would rise to £12.99.\n"
            "\"We occasionally update our prices,\" a spokesperson told the BBC.\n")
    record = reporting(text, pipeline, "update our prices")
    assert (record.speaker, record.speaker_type) == ("Spotify", "organization")


def test_a_spokesperson_after_someone_else_speaks_for_no_company_of_the_paragraph_before(pipeline):
    text = ("The company said in an email to customers that the monthly cost would rise, Spotify said.\n"
            "Fan Jo Bloggs said she would cancel.\n"
            "\"We occasionally update our prices,\" a spokesperson told the BBC.\n")
    record = reporting(text, pipeline, "update our prices")
    assert record.speaker is None


@pytest.mark.parametrize("text", [
    "Government unveils plan to cut NHS waiting lists",
    "Tesla unveils plan to build robotaxis",
])
def test_a_headlines_verb_is_no_speaker(pipeline, text):
    assert all("unveils" not in (r.speaker_mention or "") for r in extracted(text, pipeline))


@pytest.mark.parametrize("text, speaker", [
    ("The Shrewsbury and Telford Hospital NHS Trust said no final decision had been made.",
     "Shrewsbury and Telford Hospital NHS Trust"),
    ("Stena Line said the safety of passengers and crew was its priority.", "Stena Line"),
    ("Delta Air Lines said the safety of passengers and crew was its priority.", "Delta Air Lines"),
])
def test_bodies_named_by_places_or_as_lines_are_organizations(pipeline, text, speaker):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


def test_a_person_called_line_is_a_person(pipeline):
    record = only(extracted("Sarah Line said the safety of passengers was her priority.", pipeline))
    assert record.speaker_type == "person"


@pytest.mark.parametrize("text, role", [
    ("In a statement read to the court, the victim said: \"I no longer feel safe.\"", "victim"),
    ("The actor who played a rebel pilot in Star Wars has died aged 79, his agent has said.", "his agent"),
    ("Uber plans to launch driverless taxis in the UK, the company's boss has said.", "company's boss"),
])
def test_unnamed_people_are_people(pipeline, text, role):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (None, "person", role)


def test_a_clubs_boss_in_a_headline_is_a_person_not_the_club(pipeline):
    record = only(extracted("Liverpool boss praises young defender", pipeline))
    assert record.speaker_type == "person" and record.speaker != "Liverpool"


def test_a_rare_first_name_settles_no_sex(pipeline):
    text = ("Dara Khosrowshahi told the BBC he was \"optimistic\" that regulators would approve the technology.\n"
            "\"The UK has been very forward-thinking,\" he said.\n")
    record = reporting(text, pipeline, "forward-thinking")
    assert record.speaker == "Dara Khosrowshahi"


def test_a_title_after_time_subordinator_is_the_subject_of_its_clause(pipeline):
    text = ("Germany's coalition government has collapsed after Chancellor Olaf Scholz sacked his finance minister.\n"
            "The chancellor said he would call a confidence vote in January.")
    assert reporting(text, pipeline, "confidence vote").speaker == "Olaf Scholz"


def test_a_report_in_a_relative_clause_ends_with_the_clause(pipeline):
    text = "Subscribers who do not want to pay the new price can cancel at any time."
    assert [r.text for r in extracted(text, pipeline)] == ["to pay the new price"]


def test_a_relative_clause_of_a_speech_verbs_object_is_no_report_of_the_main_clause(pipeline):
    text = "A man who attacked a pensioner in her own home has been jailed for eight years."
    assert all("jailed" not in r.text for r in extracted(text, pipeline))


def test_a_subject_with_a_place_is_no_company_a_closing_nominal_stands_for(pipeline):
    text = "Households in Birmingham face a 5% rise in council tax from April, the city council has confirmed."
    record = only(extracted(text, pipeline))
    assert record.speaker != "Households" and record.speaker_role == "city council"


@pytest.mark.parametrize("text", [
    "The campaign group Care Not Killing, which opposes the bill, said it would keep fighting.",
    "But Care Not Killing, which opposes the bill, said it would keep fighting.",
])
def test_a_campaigns_name_with_a_verb_before_a_relative_clause_is_the_speaker(pipeline, text):
    record = reporting(text, pipeline, "keep fighting")
    assert (record.speaker, record.speaker_type) == ("Care Not Killing", "organization")
    assert record.speaker_role in (None, "campaign group")


def test_a_known_bodys_name_with_a_preposition_is_whole(pipeline):
    record = only(extracted("Dignity in Dying said the vote was a victory for compassion.", pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("Dignity in Dying", "organization", None)


@pytest.mark.parametrize("text, speaker", [
    ("Northern Rail has apologised after 200 trains were cancelled.\n"
     "The operator said it was working hard to recruit more staff.", "Northern Rail"),
    ("Vauxhall's owner Stellantis will close its van factory in Luton.\n"
     "The company said it was working hard to recruit more staff.", "Stellantis"),
])
def test_an_operator_or_company_stands_for_the_business_named_before(pipeline, text, speaker):
    assert reporting(text, pipeline, "working hard").speaker == speaker


@pytest.mark.parametrize("name", ["Ticketmaster", "Deliveroo", "Aslef", "Heathrow"])
def test_a_well_known_one_word_body_is_an_organization(pipeline, name):
    record = only(extracted(f"Tickets sold out in minutes. {name} said it expected \"unprecedented demand\".",
                            pipeline))
    assert (record.speaker, record.speaker_type) == (name, "organization")


def test_a_report_in_a_clause_after_after_is_a_report(pipeline):
    text = ("The BBC has apologised after a presenter described a government minister as \"a liar\" during a live "
            "radio interview.")
    record = reporting(text, pipeline, "a liar")
    assert (record.kind, record.speaker_type, record.speaker_role) == ("mixed", "person", "presenter")


def test_a_headlines_verb_with_an_object_is_the_verb(pipeline):
    record = only(extracted("Boeing machinists reject offer, extending strike", pipeline))
    assert (record.speaker, record.text) == ("Boeing machinists", "offer")


def test_party_members_on_a_committee_are_a_group(pipeline):
    text = "Republicans and Democrats on the Oversight Committee said the documents had been withheld."
    assert only(extracted(text, pipeline)).speaker_type == "group"


def test_a_headlines_confirmed_as_is_a_passive(pipeline):
    assert extracted("Hegseth confirmed as defense secretary", pipeline) == []


def test_a_schools_headteacher_is_an_unnamed_person(pipeline):
    record = only(extracted("No one was injured, the school's headteacher said in a letter to parents.", pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (None, "person", "school's headteacher")


def test_a_start_up_is_one_noun(pipeline):
    text = ("Chinese start-up DeepSeek released a statement on its AI model on Monday.\n"
            "The start-up said its model had cost less than $6m to train.")
    records = extracted(text, pipeline)
    assert (records[0].speaker, records[0].speaker_role) == ("DeepSeek", "Chinese start-up")
    assert reporting(text, pipeline, "cost less").speaker == "DeepSeek"


def test_a_bodys_name_with_to_and_its_acronym_in_brackets_is_whole(pipeline):
    text = "The Campaign to Protect Rural England (CPRE) said the changes would lead to \"sprawl\"."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == ("Campaign to Protect Rural England", "organization")


def test_a_name_ending_in_mail_is_a_body_its_spokesperson_speaks_for(pipeline):
    text = ("Royal Mail said the strikes were \"completely unnecessary\".\n"
            "A spokesperson for the company added: \"We have made a fair offer.\"")
    assert [(r.speaker, r.speaker_type) for r in extracted(text, pipeline)] == [("Royal Mail", "organization")] * 2


def test_a_closing_report_with_an_auxiliary_has_its_named_subject(pipeline):
    text = ("Israel and Hezbollah have agreed to a ceasefire to end more than a year of fighting, US President Joe "
            "Biden has announced.")
    assert all("Biden" not in r.text for r in extracted(text, pipeline))
    assert reporting(text, pipeline, "have agreed").speaker == "Joe Biden"


def test_a_headlines_verb_after_a_name_is_the_verb_not_a_plural(pipeline):
    assert all(r.speaker_mention != "Trump signs" for r in extracted("Trump signs order to leave WHO", pipeline))


@pytest.mark.parametrize("text, speaker", [
    ("Trump has withdrawn the US from the World Health Organization.\n"
     "\"We hope the United States will reconsider,\" the organisation said in a statement.",
     "World Health Organization"),
    ("Llanberis Mountain Rescue Team said the pair had been \"poorly equipped\".\n"
     "The team urged walkers to check the weather forecast before setting out.", "Llanberis Mountain Rescue Team"),
])
def test_a_bodys_noun_stands_for_the_body_whatever_its_spelling(pipeline, text, speaker):
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_type) for r in records[-1:]] == [(speaker, "organization")]


@pytest.mark.parametrize("text, speaker, role", [
    ("\"This is a great result for our members,\" said Unite regional officer Sharon Graham.", "Sharon Graham",
     "Unite regional officer"),
    ("Met Office meteorologist Alex Deakin said up to 10cm of snow could fall.", "Alex Deakin",
     "Met Office meteorologist"),
    ("Rhondda Cynon Taf Council leader Andrew Morgan said residents had been \"devastated\".", "Andrew Morgan",
     "Rhondda Cynon Taf Council leader"),
])
def test_a_body_named_before_a_title_and_a_name_is_the_role(pipeline, text, speaker, role):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (speaker, "person", role)


def test_a_relative_of_someone_unnamed_is_no_one_named_before(pipeline):
    text = ("The judge, Recorder Mark Ford, told her: \"You took advantage of a vulnerable woman.\"\n"
            "In a victim impact statement, the neighbour's son said his mother had been left \"heartbroken\".")
    record = reporting(text, pipeline, "heartbroken")
    assert (record.speaker, record.speaker_type, record.speaker_role) == (None, "person", "neighbour's son")


@pytest.mark.parametrize("text, speaker", [
    ("P&O Ferries said it had \"always accepted\" that it did not consult.", "P&O Ferries"),
    ("Fashion retailer Next has warned that profits will be hit by higher costs.", "Next"),
])
def test_more_bodies_by_their_names(pipeline, text, speaker):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


def test_he_after_a_quote_is_its_speaker_whose_first_name_the_lists_give_mostly_to_women(pipeline):
    text = ("The union's leader, Jon Holden, called the offer insulting.\n"
            "Boeing chief executive Kelly Ortberg said the strike had cost the company billions. "
            "\"We need to get back to work,\" he said.")
    assert reporting(text, pipeline, "back to work").speaker == "Kelly Ortberg"


def test_she_in_a_clause_is_not_the_man_who_spoke(pipeline):
    text = ("New Jersey Gov. Chris Christie described Democratic presidential nominee Hillary Clinton as a "
            "\"disgrace\" after she attacked law enforcement officers nationwide.")
    assert reporting(text, pipeline, "law enforcement").speaker == "Hillary Clinton"


def test_a_one_word_name_after_a_bodys_operator_is_the_business(pipeline):
    text = "The National Lottery operator Allwyn said it was the third £1m win in the city."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("Allwyn", "organization",
                                                                           "National Lottery operator")
