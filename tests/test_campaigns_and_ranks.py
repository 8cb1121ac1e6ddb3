"""Bodies whose names read as phrases, and titles held at a lower rank, from articles written as a user would run
the tool on them: campaigns named by a verb ("Just Stop Oil said", "Kick It Out said"), a preposition ("Led By
Donkeys") or an infinitive ("The Campaign to Protect Rural England"), a known body with its place ("Friends of the
Earth Scotland"), a title with its remit set off before the name ("The Children's Commissioner for England, Dame
Rachel de Souza,"), and "the prime minister" after a deputy prime minister."""

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
