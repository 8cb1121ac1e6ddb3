"""Bodies whose names read as phrases, titles with a remit, titles held at a lower rank and words the tagger took for
verbs, from articles written as a user would run the tool on them: campaigns named by a verb ("Just Stop Oil said",
"Kick It Out said"), a preposition ("Led By Donkeys") or an infinitive ("The Campaign to Protect Rural England"), a
known body with its place ("Friends of the Earth Scotland"), "Transport for London", "Chelsea Supporters' Trust", a
title with its remit set off before the name ("The Children's Commissioner for England, Dame Rachel de Souza,") or
listed ("Work and Pensions Secretary Liz Kendall"), "the prime minister" after a deputy prime minister, "think tank",
"Woo Won-shik", "reported missing", a report that only dates an event ("Shares hit a record high after the
company reported its first full year of profit"), "the University and College Union", "Barclays", "Cricketer Rashid
Khan" and "The UN mission in Afghanistan"."""

from __future__ import annotations

import pytest

from tests.conftest import extracted, only, with_cue


@pytest.mark.parametrize("text, name, role", [
    ("Just Stop Oil said the protest at the gallery was \"necessary\".", "Just Stop Oil", None),
    ("Kick It Out said it was \"appalled\" by the abuse aimed at the player.", "Kick It Out", None),
    ("Campaign group Led By Donkeys said the stunt was \"a reminder\" of what had been promised.",
     "Led By Donkeys", "Campaign group"),
    ("The Campaign to Protect Rural England said the plans were \"deeply worrying\".",
     "Campaign to Protect Rural England", None),
    ("The Committee to Protect Journalists said at least 120 reporters had been \"killed\" this year.",
     "Committee to Protect Journalists", None),
    ("Friends of the Earth Scotland said the decision was \"a betrayal\" of future generations.",
     "Friends of the Earth Scotland", None),
])
def test_a_campaign_named_by_a_phrase_is_one_organization(pipeline, text, name, role):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (name, "organization", role)


@pytest.mark.parametrize("text", [
    "Say Mexico demanded that the United States prove that a migrant was Mexican before taking her back.",
    "Mexico demanded that the United States prove that a migrant was Mexican before taking her back.",
])
def test_a_supposition_opening_with_say_is_no_name(pipeline, text):
    assert only(extracted(text, pipeline)).speaker == "Mexico"


@pytest.mark.parametrize("text, name, role", [
    ("The Children's Commissioner for England, Dame Rachel de Souza, said the figures were \"shocking\".",
     "Rachel de Souza", "Children's Commissioner for England"),
    ("The President of France, Emmanuel Macron, said he was \"deeply saddened\" by the news.",
     "Emmanuel Macron", "President of France"),
])
def test_a_title_with_its_remit_before_a_name_set_off_is_the_role(pipeline, text, name, role):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (name, "person", role)


def test_the_title_is_not_its_deputys(pipeline):
    text = ("Angela Rayner, the deputy prime minister, resigned on Friday after admitting she had underpaid stamp "
            "duty.\nThe prime minister said he was \"sad\" to see her go.")
    record = with_cue(text, pipeline, "said")
    assert (record.speaker_mention, record.speaker) == ("The prime minister", None)


def test_an_acting_holder_holds_the_title(pipeline):
    text = ("Acting police chief John Smith arrived at the scene shortly after midnight.\n"
            "The police chief said he was \"shocked\" by what he had seen.")
    assert only(extracted(text, pipeline)).speaker == "John Smith"


@pytest.mark.parametrize("text, name, role", [
    ("Work and Pensions Secretary Liz Kendall said the system was \"not working\" and needed reform.",
     "Liz Kendall", "Work and Pensions Secretary"),
    ("Culture, Media and Sport Secretary Lisa Nandy said the deal was \"good news\" for fans.",
     "Lisa Nandy", "Culture, Media and Sport Secretary"),
    ("The Environment, Food and Rural Affairs Secretary, Steve Reed, said farmers were \"vital\" to the country.",
     "Steve Reed", "Environment, Food and Rural Affairs Secretary"),
    ("Speaker Woo Won-shik said the impeachment was \"the result of the people's ardent desire\".",
     "Woo Won-shik", "Speaker"),  # a syllable of the name tagged a verb
])
def test_a_ministers_listed_remit_is_the_role(pipeline, text, name, role):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (name, "person", role)


def test_a_list_of_people_before_a_title_stays_a_list(pipeline):
    text = "Trump, Ryan and RNC Chairman Reince Priebus said there was \"nothing to see here\"."
    assert only(extracted(text, pipeline)).speaker_type == "group"


@pytest.mark.parametrize("text, name", [
    ("Transport for London said it was \"deeply saddened\" and was working with police.", "Transport for London"),
    ("Fan group Chelsea Supporters' Trust said it was \"relieved\" the matter had been resolved.",
     "Chelsea Supporters' Trust"),
    ("Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust said it was \"deeply sorry\" for the harm.",
     "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust"),
    ("Temu said it would investigate the findings.", "Temu"),
])
def test_a_bodys_name_is_one_organization(pipeline, text, name):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (name, "organization")


def test_a_name_a_headline_typed_a_person_is_the_club_the_story_makes_it(pipeline):
    text = ("Chelsea fined over payments\nChelsea have been fined £10m by the Football Association.\n"
            "The club said it had \"self-reported\" the breaches.")
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == ("Chelsea", "organization")


@pytest.mark.parametrize("text, mention", [
    ("The Resolution Foundation think tank says workers will bear much of the cost through lower wage rises.",
     "The Resolution Foundation think tank"),
    ("Think tanks said the plan was \"reckless\".", "Think tanks"),
])
def test_think_tank_is_a_noun(pipeline, text, mention):
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker_mention) == ("says" if "says" in text else "said", mention)


def test_the_nikkei_is_the_paper(pipeline):
    text = ("Toyota will build a new factory in Japan, the Nikkei newspaper reported on Wednesday.\n"
            "The plant would produce electric vehicles from the early 2030s, the Nikkei said.")
    record = with_cue(text, pipeline, "said")
    assert record.speaker_type == "organization" and "Nikkei" in record.speaker


def test_a_title_given_with_a_number_names_the_one_before(pipeline):
    text = ("Paralympic champion Lee Pearson has criticised government plans to cut disability benefits.\n"
            "\"I would not have been able to compete without that support,\" the 11-time gold medallist told Sky News.")
    assert with_cue(text, pipeline, "told").speaker == "Lee Pearson"


@pytest.mark.parametrize("text, cues", [
    ("Police have apologised to the family of a woman whose body was found months after she was reported missing.",
     []),
    ("The car was reported stolen on Monday.", []),
    ("Two men were reported dead after the attack.", ["were reported"]),  # news from someone
])
def test_reported_missing_is_a_state(pipeline, text, cues):
    assert [r.cue for r in extracted(text, pipeline)] == cues


def test_a_report_that_dates_an_event_does_not_report_it(pipeline):
    text = "Shares in Spotify hit a record high after the streaming company reported its first full year of profit."
    assert not any(r.text.startswith("Shares") for r in extracted(text, pipeline))
    text = "Shares rose after the company said profits had doubled."
    assert with_cue(text, pipeline, "said").text == "profits had doubled"


@pytest.mark.parametrize("text, name, kind, role", [
    ("Universities are planning thousands of job cuts, the University and College Union has warned.",
     "University and College Union", "organization", None),
    ("Barclays said it had \"taken steps to strengthen\" its controls.", "Barclays", "organization", None),
    ("Cricketer Rashid Khan wrote on X that the ban was \"heartbreaking\".", "Rashid Khan", "person", "Cricketer"),
    ("The UN mission in Afghanistan said it was \"deeply concerned\" by the decision.", "UN", "organization", None),
    ("Election officials in Arizona's largest county said it could take days to count ballots.", "Arizona",
     "organization", "Election officials"),  # no name before the noun
    ("The Senate and White House said the deal was done.", "Senate and White House", "group", None),  # two bodies
    ("Facebook officials say they are reviewing posts more stringently.", "Facebook officials", "group", None),
])
def test_bodies_and_trades_in_a_name(pipeline, text, name, kind, role):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (name, kind, role)


def test_a_company_a_tagger_took_for_a_plural_opens_the_report_the_trade_closes(pipeline):
    text = "Greggs plans to open up to 150 new shops this year, the bakery chain said on Tuesday."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.text) == (
        "Greggs", "organization", "Greggs plans to open up to 150 new shops this year")
