"""Who speaks for whom: a spokesperson of a ministry named "X of Y" ("A Department of Health spokesperson"), and
"the spokesperson" after them; spokesmen and aides opening a sentence; an organization named with "Heritage"; an
organization only a possessive names ("their union", "his company"); a family named before and "the family" or "a
statement from the family" after it; a first name spelt like a month ("Jan Brewer"); "a company spokeswoman" after
the company; "the force" after a police force."""

from __future__ import annotations

import pytest

from tests.conftest import extracted, mentioned


@pytest.mark.parametrize("mention, organization", [
    ("A Department of Health spokesperson", "Department of Health"),
    ("A Ministry of Defence spokesman", "Ministry of Defence"),
    ("A Bank of England official", "Bank of England"),
])
def test_a_spokesperson_of_an_x_of_y_organization_speaks_for_it(pipeline, mention, organization):
    """The parse read "A (Department of (Health spokesperson))": a department that spoke, with no role."""
    record = mentioned(pipeline, f"{mention} said the offer was fair and reasonable.", mention)
    assert (record.speaker, record.speaker_type, record.speaker_role) == (organization, "organization",
                                                                          mention.split()[-1])


def test_the_spokesperson_after_one_is_theirs_not_the_person_named_before(pipeline):
    text = ('Dr Robert Laurenson said the offer fell "far short" of what was needed. A Department of Health '
            'spokesperson said the offer was "fair and reasonable". "We urge the BMA to put it to its members," the '
            'spokesperson added.')
    record = mentioned(pipeline, text, "the spokesperson")
    assert (record.speaker, record.speaker_type) == ("Department of Health", "organization")


def test_the_ministry_spokesperson_keeps_the_ministry_in_the_role(pipeline):
    text = "The Ministry of Foreign Affairs spokesperson, Mao Ning, said the visit was a success."
    record = mentioned(pipeline, text, "The Ministry of Foreign Affairs spokesperson, Mao Ning,")
    assert (record.speaker, record.speaker_role) == ("Mao Ning", "Ministry of Foreign Affairs spokesperson")


def test_spokesmen_opening_a_sentence_speak_for_their_organization(pipeline):
    """Not a person called "Spokesmen" (the tagger made the capitalised plural a proper noun)."""
    record = mentioned(pipeline, "Spokesmen at the FBI declined to comment on the case.", "Spokesmen at the FBI")
    assert (record.speaker, record.speaker_type) == ("FBI", "organization")


@pytest.mark.parametrize("opening, speaker", [("Aides", "aides"), ("Officials", "officials"),
                                              ("Democrats", "Democrats")])
def test_a_plural_opening_a_sentence_is_the_group_written_as_elsewhere(pipeline, opening, speaker):
    """"Aides said" is the group "aides", as "officials" is, not one called "Aides"; "Democrats" stays a name."""
    record = mentioned(pipeline, f"{opening} said the senator would not run again.", opening)
    assert (record.speaker, record.speaker_type) == (speaker, "group")


def test_heritage_ends_an_organization_name(pipeline):
    record = mentioned(pipeline, 'English Heritage called the act "extremely upsetting".', "English Heritage")
    assert record.speaker_type == "organization"


@pytest.mark.parametrize("mention", ["Their union", "His company", "Its board"])
def test_an_organization_only_a_possessive_names_is_no_speaker_name(pipeline, mention):
    """No speaker "Their union" gathering every union of a corpus: unnamed, the noun its role."""
    record = mentioned(pipeline, f"{mention} said nurses would vote on strike action next month.", mention)
    assert (record.speaker, record.speaker_type, record.speaker_role) == (None, "organization",
                                                                          mention.split()[-1])


def test_a_possessed_campaign_is_still_the_persons(pipeline):
    text = "Donald Trump spoke in Ohio on Monday. His campaign said the rally drew 20,000 people."
    assert mentioned(pipeline, text, "His campaign").speaker == "Trump campaign"


@pytest.mark.parametrize("later", ['"We are heartbroken," the family said.',
                                   '"We are heartbroken," a statement from the family said.'])
def test_the_family_after_a_named_family_is_that_family(pipeline, later):
    text = f'The family of Sarah Mitchell, 29, said she was "a fearless, joyful soul". {later}'
    record = next(r for r in extracted(text, pipeline) if r.kind == "direct")
    assert (record.speaker, record.speaker_type) == ("Mitchell family", "group")


def test_a_statement_from_the_family_with_no_family_named_names_nobody(pipeline):
    text = 'Rescue teams found the climber on Tuesday. "We are heartbroken," a statement from the family said.'
    record = next(r for r in extracted(text, pipeline) if r.kind == "direct")
    assert record.speaker is None


def test_a_first_name_spelt_like_a_month_is_no_part_of_the_role(pipeline):
    text = "Former Arizona governor Jan Brewer criticised the deal on Tuesday, saying it gave away too much."
    record = mentioned(pipeline, text, "Former Arizona governor Jan Brewer")
    assert (record.speaker, record.speaker_role) == ("Jan Brewer", "Former Arizona governor")


@pytest.mark.parametrize("text, mention, speaker", [
    ('Amazon said the strike had no impact on deliveries. "Our customers can rely on us," a company spokeswoman said.',
     "a company spokeswoman", "Amazon"),
    ('The Verdi union said 2,000 members had walked out. "Amazon refuses to talk to us," a union official said.',
     "a union official", "Verdi union"),
])
def test_a_spokesperson_of_the_company_named_before_speaks_for_it(pipeline, text, mention, speaker):
    """"A company spokeswoman" speaks for the company named before, as "a spokeswoman for the company" does."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


def test_a_company_spokeswoman_with_no_company_named_names_nobody(pipeline):
    record = mentioned(pipeline, "A company spokeswoman said deliveries were normal.", "A company spokeswoman")
    assert record.speaker is None


def test_the_force_is_the_police_force_named_before(pipeline):
    text = "A woman was swept into a river, Police Scotland said. A man has been arrested, the force said."
    assert mentioned(pipeline, text, "the force").speaker == "Police Scotland"
