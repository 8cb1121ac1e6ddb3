"""Which cue claims a quotation when a sentence holds several."""

from __future__ import annotations

import pytest

from tests.conftest import extracted, only


def test_a_quote_hung_on_a_verb_as_its_complement_belongs_to_that_verb(pipeline):
    text = ('The White House called the ruling "outrageous" and said the judge had "no business" setting '
            'immigration policy.')
    records = extracted(text, pipeline)
    assert [(r.kind, r.cue, r.text) for r in records] == [
        ("mixed", "called", 'the ruling "outrageous"'),
        ("mixed", "said", 'the judge had "no business" setting immigration policy')]


def test_adding_a_counted_thing_is_no_report_but_adding_a_remark_is(pipeline):
    text = ('Anthony Davis, who added 25 points and 14 rebounds, said the win showed the team\'s resilience. '
            'The army will add 7,000 soldiers to its ranks. "We are ready," the minister added.')
    records = extracted(text, pipeline)
    assert [(r.kind, r.cue, r.text) for r in records] == [
        ("indirect", "said", "the win showed the team's resilience"), ("direct", "added", "We are ready,")]


def test_a_cue_in_an_if_clause_of_the_quoted_words_does_not_claim_them(pipeline):
    text = ('At the Maine rally, Trump said that Romney begged him for an endorsement in 2012 and "would have '
            'dropped to his knees" if Trump had asked him to do so.')
    quoted = [r for r in extracted(text, pipeline) if r.kind != "indirect"]
    assert [(r.kind, r.cue, r.speaker) for r in quoted] == [("mixed", "said", "Trump")]
    assert quoted[0].text.startswith("that Romney begged him")


def test_a_speech_verb_right_after_a_quote_with_its_speaker_after_it_claims_the_quote(pipeline):
    text = ("If Russia is behind the hack — as many researchers believe, but Moscow strongly denies — “why wouldn’t you "
            "want to raise the potential?” asked Dunn, now a partner at communications firm SKDKnickerbocker.")
    record = only(extracted(text, pipeline), kind="direct")
    assert (record.cue, record.speaker_mention, record.speaker, record.speaker_role) == (
        "asked", "Dunn, now a partner at communications firm SKDKnickerbocker", "Dunn",
        "now a partner at communications firm SKDKnickerbocker")  # the description is PolNeAR's source span too


def test_quoted_words_the_parse_took_into_the_speakers_phrase_do_not_hide_the_quote(pipeline):
    text = ('"Just saw #DonaldTrump\'s Star of David tweet. I\'m impressed by his ability to find a way to insult '
            'literally every kind of human being," screenwriter Cole Haddon wrote on Twitter.')
    record = only(extracted(text, pipeline))  # the parse hangs "human being" on "screenwriter"
    assert (record.kind, record.cue, record.speaker, record.speaker_mention) == (
        "direct", "wrote", "Cole Haddon", "screenwriter Cole Haddon")


def test_a_quote_after_a_clause_of_its_own_is_not_introduced_by_the_cue_before_it(pipeline):
    text = ('"I am all for the Second Amendment and protecting it," says Jorge Llamas, 31, of Tujunga, Calif., '
            'but he was shocked when he heard about the "gun show loophole" that allows some purchasers to '
            'bypass background checks.\n\n'
            '"We will win this fight," Lolita Grayson wrote Thursday in an email, marking the first time she '
            'named the woman listed as one of his "paramours" in the filings.')
    records = extracted(text, pipeline)
    assert [(r.kind, r.cue, r.text, r.speaker) for r in records if r.kind != "indirect"] == [
        ("direct", "says", "I am all for the Second Amendment and protecting it,", "Jorge Llamas"),
        ("direct", "wrote", "We will win this fight,", "Lolita Grayson")]


def test_a_name_before_a_quotation_is_not_the_speaker_of_the_verb_after_it(pipeline):
    text = ('Biden “has a lot of really good roles to play, but I think that’s a very significant one,” said '
            'Doyle, whose home state of Wisconsin is a similar target for Trump.')
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker) == ("mixed", "said", "Doyle")


def test_the_one_told_is_no_speaker_when_the_parse_puts_the_subject_inside_the_quotation(pipeline):
    text = ('“As far as France’s best interest is concerned it’s, ‘Everything but Hillary Clinton’,” Le Pen told CNN '
            'in an interview when asked which U.S. candidate she would back.')
    records = extracted(text, pipeline)
    assert (only(records, "direct").cue, only(records, "direct").speaker_mention) == ("told", "Le Pen")
    question = only(records, "indirect")  # the question she was asked, by no one named
    assert (question.text, question.speaker) == ("which U.S. candidate she would back", None)


def test_a_reversed_speech_verb_claims_the_quote_of_the_weak_verb_whose_clause_it_reports(pipeline):
    text = 'They want to "create an economy that works for working families and not just billionaires," Sanders said.'
    record = only(extracted(text, pipeline))  # the parse hangs "Sanders said" on "want"
    assert (record.cue, record.speaker, record.kind) == ("said", "Sanders", "mixed")
    assert record.text == 'They want to "create an economy that works for working families and not just billionaires,"'


def test_it_saying_something_claims_the_quote_in_its_clause(pipeline):
    text = 'The campaign released an ad on Monday. It said that Trump supports "Hillary-style healthcare" and high taxes.'
    record = only(extracted(text, pipeline))  # not "supports", nested in what "It said"
    assert (record.kind, record.cue, record.speaker_mention, record.text) == (
        "mixed", "said", "It", 'that Trump supports "Hillary-style healthcare" and high taxes')


def test_a_report_closing_its_sentence_holds_the_verbs_coordinated_before_it(pipeline):
    text = ("Earlier in the day, Clinton held a meeting with community leaders and pledged to “promote the kinds of "
            "changes that will prevent this from happening,” the Orlando Sentinel reported.")
    record = only(extracted(text, pipeline))  # not the quote of "pledged", cut out of what the paper reported
    assert (record.kind, record.cue, record.speaker) == ("mixed", "reported", "Orlando Sentinel")
    assert record.text.startswith("Earlier in the day") and record.text.endswith("happening,”")


def test_a_speech_verb_after_a_quote_hung_on_the_first_cue_is_a_report_of_its_own(pipeline):
    text = 'Grayson said Randolph “would have no chance to win,” the source recalled.'
    record = only(extracted(text, pipeline))  # the parse hangs "recalled" on "said" as a second clause
    assert (record.cue, record.speaker_mention, record.speaker) == ("recalled", "the source", None)


def test_a_later_report_of_its_own_does_not_claim_a_quote_before_it(pipeline):
    text = 'Trump launched his campaign last year comparing Mexican immigrants to “criminals” and “rapists” and promising a wall.'
    assert not any(r.kind in ("direct", "mixed") for r in extracted(text, pipeline))  # "promising" reports "a wall"


def test_a_quote_split_around_a_cue_and_its_participle_aside_is_one_quotation(pipeline):
    text = ('“Every time you say that,” Tester said, referring to the 1 percent excuse, “you give ammunition to the '
            'people who want to break up the big banks.”')
    records = extracted(text, pipeline)
    direct = only(records, kind="direct")  # the aside reports its own object, not the second half
    second = text.index("you give")
    assert (direct.cue, direct.speaker, direct.spans) == ("said", "Tester", [[1, 25], [second, len(text) - 1]])
    aside = only(records, kind="indirect")
    assert (aside.cue, aside.text, aside.speaker) == ("referring to", "the 1 percent excuse", "Tester")


def test_a_cue_introducing_the_next_quote_does_not_claim_the_one_after_a_colon_before_it(pipeline):
    text = ('She became so upset that I had to change my answer: "Of course I believe in the devil. I was just '
            'kidding." To which she said, "Thank God at least you still believe in the devil."')
    records = extracted(text, pipeline)
    assert [(r.text, r.speaker_mention) for r in records] == [
        ("Of course I believe in the devil. I was just kidding.", "I"),
        ("Thank God at least you still believe in the devil.", "she")]


def test_a_cue_in_a_time_clause_of_a_report_does_not_report_that_report(pipeline):
    text = ('“You should resign and you should be criminally investigated,” Warren told Stumpf, after he admitted '
            'under Warren’s grilling he hadn’t yet been held personally accountable.')
    direct = only(extracted(text, pipeline), kind="direct")
    assert (direct.cue, direct.speaker, direct.text) == (
        "told", "Warren", "You should resign and you should be criminally investigated,")


def test_a_question_split_from_its_speaker_by_the_tokenizer_keeps_its_cue(pipeline):
    text = ('Bush was unpopular. "Why in the world would you try to cozy up to George W. Bush?" Lichtman said about '
            "McCain's effort to downplay his connections with Bush. He added that it failed.")
    direct = only(extracted(text, pipeline), kind="direct")  # "to downplay ..." parsed as a clause of "said"
    assert (direct.cue, direct.speaker) == ("said", "Lichtman")


@pytest.mark.parametrize("text,cue,mention", [
    ('But at the time, as anti-terrorist prosecutor Marc Trévidic put it, "apart from (traveling with the) wrong crowd '
     'and some jogging, there was nothing to him."', "put it", "anti-terrorist prosecutor Marc Trévidic"),
    ("President Viktor F. Yanukovych, who owed his election to, as an American diplomat put it, an ''extreme "
     "makeover'' that Mr. Manafort oversaw, bolted the country.", "put it", "an American diplomat")])
def test_as_someone_put_it_is_a_cue_with_its_it(pipeline, text, cue, mention):
    record = next(r for r in extracted(text, pipeline) if r.kind != "indirect")
    assert (record.cue, record.speaker_mention, record.method.split(":")[0]) == (cue, mention, "cue")  # the idiom,
    # not a chance of the learned model


def test_a_verb_after_a_question_the_tokenizer_split_off_is_its_cue(pipeline):
    text = ('“Building it? Not negotiable.”\n\n“Would it be negotiable about the 11 million?” Hannity pressed. “Maybe '
            'let some people stay if they register in a period of time?”')
    record = next(r for r in extracted(text, pipeline) if r.text.startswith("Would it be"))
    assert (record.cue, record.speaker) == ("pressed", "Hannity")


@pytest.mark.parametrize("text,mention", [
    ('He sent an email to supporters. "Our political revolution has already forced a former U.S. senator to change '
     'her mind," read the email.', "the email"),
    ('Protesters gathered outside. "Dump Trump," read one sign.', "one sign")])
def test_a_text_that_reads_quoted_words_speaks_them(pipeline, text, mention):
    record = only(extracted(text, pipeline), kind="direct")
    assert (record.cue, record.speaker_mention) == ("read", mention)


def test_two_quotes_joined_by_and_before_their_cue_are_one_report(pipeline):
    text = ("Guns are “the ultimate public health crisis” and “stunt children’s growth,” Howard Dean, the former "
            "governor of Vermont, proclaimed to a cheering crowd at the Democratic National Convention on Tuesday.")
    record = only(extracted(text, pipeline), kind="mixed")
    assert (record.text, record.cue, record.speaker) == (
        "Guns are “the ultimate public health crisis” and “stunt children’s growth,”", "proclaimed", "Howard Dean")
    assert len(record.spans) == 2


@pytest.mark.parametrize("text,cue,content", [
    ("Senate Minority Leader Harry Reid has been steadily pounding Trump as a “con artist” ― just as he did with "
     "Romney in 2012.", "has been steadily pounding", "Trump as a “con artist”"),
    ("Conversely, PolitiFact rated 22% of Democratic claims as “entirely true” compared to 11% of Republican claims "
     "– a 2 to 1 margin.", "rated", "22% of Democratic claims as “entirely true” compared to 11% of Republican claims")])
def test_a_verb_that_casts_its_object_as_quoted_words_is_their_cue(pipeline, text, cue, content):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.text) == ("mixed", cue, content)


def test_a_cue_after_a_contrasting_conjunction_reports_its_own_clause_not_the_quote_before_it(pipeline):
    text = ('She said she speaks more frequently about race because "you talk about the issues that are presented '
            'by the matters in front of you," though she noted she has also pushed for vigorous prosecution of '
            'human trafficking cases.')
    records = extracted(text, pipeline)  # the parse hangs the "because" clause on "said"
    assert [(r.kind, r.cue, r.text) for r in records] == [
        ("mixed", "said", 'she speaks more frequently about race because "you talk about the issues that are '
                          'presented by the matters in front of you,"'),
        ("indirect", "noted", "she has also pushed for vigorous prosecution of human trafficking cases")]


def test_a_relative_cue_after_a_title_reports_its_own_clause_not_the_title(pipeline):
    text = ("By 9 a.m. Sunday, the Rev. Al Sharpton began taking calls from listeners to his \"Keepin' It Real\" radio "
            "program who said they had misgivings about Mrs. Clinton.")
    records = extracted(text, pipeline)
    assert [(r.kind, r.cue, r.text) for r in records] == [
        ("indirect", "said", "they had misgivings about Mrs. Clinton")]


def test_a_cue_whose_own_quote_follows_it_does_not_claim_an_earlier_quote(pipeline):
    text = ("At the Republican convention in Cleveland his operatives forced a change in the party platform, stripping "
            "out a call for “providing lethal defensive weapons” to Ukraine and replacing it with softer language "
            "calling for “appropriate assistance.”")  # "calling for" parsed as a clause of its speaker, "language"
    records = extracted(text, pipeline)
    assert not any(r.cue == "calling for" and "providing lethal" in r.text for r in records)


def test_a_cue_after_a_new_sentence_does_not_claim_the_quote_that_ended_the_last_one(pipeline):
    text = ("''MacGyver is a name that's in the culture,'' he said. ''If you see that, you know what you're getting, "
            "as opposed to some name that means nothing.'' That's why, he added, viewers often encounter ''endless "
            "sequels to things that seem to have come out only 20 minutes ago.''")
    records = extracted(text, pipeline)
    assert [(r.kind, r.cue) for r in records] == [("direct", "said"), ("mixed", "added")]
    assert [text[a:b] for a, b in records[0].spans] == [
        "MacGyver is a name that's in the culture,",
        "If you see that, you know what you're getting, as opposed to some name that means nothing."]
    assert records[1].text.endswith("viewers often encounter ''endless sequels to things that seem to have come out "
                                    "only 20 minutes ago.''")


def test_a_nickname_in_marks_inside_a_speakers_name_is_no_quotation(pipeline):
    text = ("The rally opened.\n\n\"This is a big year for our potential United States senator, Bobby Scott!\" Scott's "
            "niece, state Del. Marcia \"Cia\" Price (D-Newport News), shouted to the crowd. \"The nation is watching "
            "Virginia.\"")
    record = only(extracted(text, pipeline), "direct")
    assert record.cue == "shouted" and record.speaker_mention.startswith("Scott's niece, state Del. Marcia \"Cia\" Price")
    assert [text[a:b] for a, b in record.spans] == [
        "This is a big year for our potential United States senator, Bobby Scott!", "The nation is watching Virginia."]
    line = text[text.index("\n\n") + 2:]  # a text of one line has no headline: the nickname is no quotation there too
    assert [(r.cue, [line[a:b][:12] for a, b in r.spans]) for r in extracted(line, pipeline)] == [
        ("shouted", ["This is a bi", "The nation i"])]


def test_a_speech_verb_with_only_its_own_modifiers_before_the_quote_introduces_it(pipeline):
    text = ('The spot concludes with footage of Trump saying during the debate last week, "That makes me smart," '
            'when Clinton blasted him for not paying income tax.')
    record = only(extracted(text, pipeline), kind="direct")  # the parse hangs the quote on "concludes"
    assert (record.text, record.cue, record.speaker) == ("That makes me smart,", "saying", "Trump")
