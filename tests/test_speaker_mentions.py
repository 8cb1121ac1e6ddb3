"""Speaker mentions on hand-written paragraphs: who speaks for a cue, how far the mention reaches, and how
names, pronouns, groups and organizations resolve."""

from __future__ import annotations

import pytest

from quotes import extract
from quotes.cue_speakers import speaker_of
from quotes.cues import Cue, is_cue_word
from quotes.mention_extent import mention_end
from quotes.mentions import mention_words
from quotes.parsing import parse_spans
from tests.conftest import check_offsets, extracted, mentioned, only, sentence_from_rows, with_cue


def test_pronoun_resolves_to_named_person(pipeline):
    text = ("Governor Maria Lopez visited the flooded town on Friday.\n"
            '"We will rebuild every house," she said.')
    record = only(extract(text, pipeline=pipeline))
    assert record.speaker == "Maria Lopez" and record.speaker_mention == "she"
    assert record.speaker_role is None or "Governor" not in record.speaker


def test_surname_merges_with_full_name(pipeline):
    text = ('Police chief Daniel Okafor said the road would reopen soon.\n'
            '"It is safe now," Okafor said.')
    records = extract(text, pipeline=pipeline)
    assert {r.speaker for r in records} == {"Daniel Okafor"}
    assert len({r.speaker_id for r in records}) == 1


def test_quote_after_a_reported_clause_takes_its_speaker(pipeline):
    text = ('The administration may be reluctant to act while talks go on, Schiff said. '
            '"The other factor is the appearance of meddling."')
    records = extracted(text, pipeline)
    assert [(r.kind, r.speaker) for r in records] == [("indirect", "Schiff"), ("direct", "Schiff")]
    assert records[1].method == "follow-on"


def test_relative_pronoun_speaker_resolves_to_its_antecedent(pipeline):
    text = "The plan was opposed by Senator Marc Morial, who said that the tax would hurt small farms."
    record = only(extract(text, pipeline=pipeline))
    check_offsets(text, [record])
    assert record.kind == "indirect" and record.speaker_mention == "who"
    assert record.speaker == "Marc Morial"


def test_hyphenated_names_stay_whole(pipeline):
    text = ("''The plan is weak,'' said Douglas Holtz-Eakin, an economist.\n"
            "''It will fail,'' Mr. Holtz-Eakin said.")
    records = extract(text, pipeline=pipeline)
    check_offsets(text, records)
    assert [r.speaker for r in records] == ["Douglas Holtz-Eakin", "Douglas Holtz-Eakin"]
    assert records[1].speaker_mention == "Mr. Holtz-Eakin" and records[1].kind == "direct"


def test_name_before_its_description_speaks_when_the_parse_loses_it(pipeline):
    # a PolNeAR train sentence: the small parser makes the name the subject of the reported clause
    text = ('Alixandria Lapp, executive director of the House Majority PAC, a Democratic super PAC, said she '
            'thinks congressional Republicans "are going to be dragged down by the anger of Trump around their necks."')
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker) == ("mixed", "said", "Alixandria Lapp")
    assert record.text.startswith("she thinks")


def test_it_reports_for_the_organization_before_it(pipeline):
    text = "The State Department issued a statement on Monday. It said that the envoy would press the Taliban."
    record = only(extracted(text, pipeline))
    assert (record.kind, record.speaker_mention, record.speaker) == ("indirect", "It", "State Department")
    assert record.text == "that the envoy would press the Taliban"


@pytest.mark.parametrize("text,speaker", [
    ("But Rubio said the plan was a disaster. Rubio added that it would fail.", "Rubio"),
    ("Move Against Bernie Sanders Grows\n\nSanders said the party would unite.", "Bernie Sanders"),
])
def test_capitalised_function_words_are_not_part_of_a_name(pipeline, text, speaker):
    # sentence-initial "But" and title-case headline words once became "But Rubio", "Move Against Bernie Sanders"
    records = extract(text, pipeline=pipeline, stance=False)
    assert records and {r.speaker for r in records} == {speaker}


def test_a_noun_speaker_is_named_as_written(pipeline):
    text = "The campaign's internal numbers show that Clinton is ahead in Ohio."
    record = only(extract(text, pipeline=pipeline, stance=False))
    assert record.speaker == "campaign's internal numbers"  # not "campaign 's internal numbers"
    assert record.speaker in text


def test_a_time_or_place_phrase_before_a_coordinated_cue_is_no_speaker(pipeline):
    text = ('The employee first said he did not recall making deletions, but in a later interview said he had an '
            '"Oh, s---" moment and deleted an archive.')
    assert [(r.cue, r.speaker_mention) for r in extracted(text, pipeline)] == [
        ("first said", "The employee"), ("said", "The employee")]


def test_a_reporting_participle_after_the_description_is_no_part_of_the_mention(pipeline):
    text = ("The plan is dead, said Josh Earnest, the White House press secretary, echoing comments made earlier by "
            "President Obama.")
    assert only(extracted(text, pipeline)).speaker_mention == "Josh Earnest, the White House press secretary"
    titled = "Twitter has massive opportunity, said Ken Sena, managing director and analyst at Evercore."
    assert only(extracted(titled, pipeline)).speaker_mention == "Ken Sena, managing director and analyst at Evercore"


def test_a_name_the_parse_hangs_on_its_title_noun_keeps_the_title_in_mention_and_role(pipeline):
    text = "The mayor is popular in Boston, said Democratic strategist Hank Sheinkopf."
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker, record.speaker_role) == (
        "Democratic strategist Hank Sheinkopf", "Hank Sheinkopf", "Democratic strategist")


def test_a_title_inside_a_full_name_written_elsewhere_is_left_out(pipeline):
    text = "Flint Mayor Karen Weaver spoke on Monday. Weaver said the water was still unsafe."
    record = only(extract(text, pipeline=pipeline, stance=False))
    assert (record.speaker, record.speaker_mention) == ("Karen Weaver", "Weaver")


def test_a_dateline_is_not_a_speaker(pipeline):
    text = ("LA CROSSE, Wisc. — Gov. Mike Pence on Thursday blamed the media for making an issue out of "
            "Donald Trump’s claim that President Barack Obama “founded ISIS,” saying they were nitpicking.")
    records = extracted(text, pipeline)
    speakers = {r.speaker for r in records}
    assert "LA CROSSE" not in speakers and "Mike Pence" in speakers


def test_a_short_dateline_is_not_a_speaker_and_the_noun_after_it_is(pipeline):
    text = "KYIV, Ukraine (AP) — Ukraine's air force said Sunday it shot down 38 of 42 drones launched by Russia."
    [record] = extracted(text, pipeline)
    assert (record.speaker_mention, record.speaker) == ("Ukraine's air force", "Ukraine's air force")


def test_an_unresolved_relative_pronoun_is_no_name(pipeline):
    from quotes.speakers import describe
    text = "Voters who said the economy was weak stayed home."
    [sentence] = parse_spans(pipeline, text, [(0, len(text))])
    who = next(w for w in sentence.words if w.text == "who")
    assert describe(text, sentence, who, [who]).name is None


@pytest.mark.parametrize("text,speaker", [
    ("The Tax Policy Center said the plan would cost $1 trillion over ten years.", "Tax Policy Center"),
    ("The AFL-CIO said the deal would cost American jobs.", "AFL-CIO"),
    ("The Treasury said it would set out further measures in the autumn.", "Treasury"),
    ("The Vatican said the pope was resting.", "Vatican"),
    ("The Federal Reserve left interest rates unchanged, saying inflation had eased.", "Federal Reserve"),
])
def test_centers_acronyms_and_single_word_institutions_are_organizations(pipeline, text, speaker):
    record = only(extract(text, pipeline=pipeline, stance=False))
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


@pytest.mark.parametrize("text,mention", [
    ("Two in three said they are less likely to vote Republican in November.", "Two in three"),
    ("Some 26 percent said they would not vote at all this year.", "Some 26 percent"),
])
def test_a_share_of_people_speaks_as_a_group(pipeline, text, mention):
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker_type) == (mention, "group")


def test_a_question_put_to_someone_has_no_named_speaker(pipeline):
    text = "In an interview published on Wednesday, Trump was asked, “What is the most dangerous place you have been to?”"
    record = only(extracted(text, pipeline))
    assert (record.kind, record.speaker, record.cue, record.method) == ("direct", None, "was asked", "cue:unnamed")
    assert record.text == "What is the most dangerous place you have been to?"


def test_a_name_after_an_inverted_cue_speaks_whatever_the_parse_hangs_it_on(pipeline):
    text = ("“Who is the real con man here?” said Murphy, using a term Rubio has used to describe Donald Trump, "
            "on a conference call with reporters.")
    quote = extracted(text, pipeline)[0]
    assert (quote.kind, quote.text, quote.cue, quote.speaker, quote.speaker_mention) == (
        "direct", "Who is the real con man here?", "said", "Murphy", "Murphy")


@pytest.mark.parametrize("text,cue,content", [
    ("Asked whether he would support the nominee, Rubio gave a roundabout answer.", "Asked",
     "whether he would support the nominee"),
    ("Asked about the merger, she defended her decision to press ahead.", "Asked about", "the merger"),
    ("At a town hall on Monday, the governor was asked about the new budget.", "was asked about", "the new budget"),
    ("Le Pen told CNN in an interview when asked which U.S. candidate she would back.", "asked",
     "which U.S. candidate she would back"),  # the question parsed as the object of "when asked"
    ("Mrs. Clinton said on the show last month when asked what Mr. Clinton would do in the White House.", "asked",
     "what Mr. Clinton would do in the White House")])
def test_a_question_put_without_an_asker_is_reported_without_a_speaker(pipeline, text, cue, content):
    question = with_cue(text, pipeline, cue)
    assert (question.kind, question.text, question.speaker, question.method) == ("indirect", content, None, "cue:unnamed")


@pytest.mark.parametrize("text", [
    "“We have the votes,” said Sen. Jack Reed (D-R.I.) on Monday.",
    "Sen. Jack Reed (D-R.I.) said the bill would pass."])
def test_a_party_and_state_in_parentheses_close_the_mention(pipeline, text):
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker) == ("Sen. Jack Reed (D-R.I.)", "Jack Reed")


@pytest.mark.parametrize("text,speaker,role,kind", [
    ("“We will fight this,” said Sen. Ted Cruz of Texas.", "Ted Cruz", "Sen.", "person"),
    ("House Speaker Paul D. Ryan of Wisconsin said the deal was bad.", "Paul D. Ryan", "House Speaker", "person"),
    ("Secretary of State John Kerry said the deal was bad.", "John Kerry", "Secretary of State", "person"),
    ("Missouri Secretary of State Jason Kander said the deal was bad.", "Jason Kander", "Missouri Secretary of State",
     "person"),
    ("Representative Peter T. King of New York said the deal was bad.", "Peter T. King", "Representative", "person"),
    ("The Department of Justice said the deal was bad.", "Department of Justice", None, "organization"),
    ("The Bank of America said the deal was bad.", "Bank of America", None, "organization")])
def test_of_ends_a_persons_name_but_not_an_organizations(pipeline, text, speaker, role, kind):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role, record.speaker_type) == (speaker, role, kind)


def test_a_noun_phrase_after_an_inverted_cue_speaks_whatever_the_parse_hangs_it_on(pipeline):
    text = '"We will raise the money," said one Republican involved in the planning.'
    quote = only(extracted(text, pipeline))
    assert (quote.kind, quote.cue, quote.speaker_mention) == ("direct", "said", "one Republican")


@pytest.mark.parametrize("text,mention", [
    ("Sanders, who recently launched a new political organization, said the party must change.",
     "Sanders, who recently launched a new political organization,"),
    ("“We lost,” said Anita Dunn, who was White House communications director in the early part of the term.",
     "Anita Dunn, who was White House communications director in the early part of the term")])
def test_the_mention_keeps_a_relative_clause_set_off_by_commas_but_the_name_does_not(pipeline, text, mention):
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker.split()[-1]) == (mention, mention.split(",")[0].split()[-1])


def test_a_participle_after_a_comma_speaks_for_the_clause_not_the_noun_it_hangs_on():
    """The parse of a PolNeAR sentence: ", saying" hung on the object noun as a clausal modifier."""
    sentence = sentence_from_rows([
        ("Williams", "PROPN", "NNP", 1, "nsubj"), ("opposed", "VERB", "VBD", -1, "root"),
        ("rights", "NOUN", "NNS", 1, "obj"), (",", "PUNCT", ",", 4, "punct"),
        ("saying", "VERB", "VBG", 2, "acl"), ("guns", "NOUN", "NNS", 6, "nsubj"),
        ("kill", "VERB", "VBP", 4, "ccomp")])
    assert speaker_of(sentence, sentence.words[4]).text == "Williams"


def test_a_finite_verb_after_the_speakers_aside_is_a_cue_though_the_parse_hangs_it_on_the_name():
    """The parse of a PolNeAR sentence: '"...," Valdez Anderson, who works at ..., said on a media call'
    with "said" a clausal modifier of "Valdez"."""
    sentence = sentence_from_rows([
        ("Valdez", "PROPN", "NNP", -1, "root"), ("Anderson", "PROPN", "NNP", 0, "flat"),
        (",", "PUNCT", ",", 4, "punct"), ("who", "PRON", "WP", 4, "nsubj"), ("works", "VERB", "VBZ", 0, "acl:relcl"),
        (",", "PUNCT", ",", 6, "punct"), ("said", "VERB", "VBD", 0, "acl"), ("on", "ADP", "IN", 8, "case"),
        ("Monday", "PROPN", "NNP", 6, "obl")])
    assert is_cue_word(sentence, sentence.words[6])
    sentence.words[6].xpos = "VBN"  # "The immigration bill, opposed by ...": a participle stays a modifier
    sentence.words[6].text = sentence.words[6].lemma = "opposed"
    assert not is_cue_word(sentence, sentence.words[6])


@pytest.mark.parametrize("text, cue, mention, speaker", [
    ('On Sunday, Trump, who has nearly 9 million followers, tweeted, "Reporting is so dishonest."', "tweeted",
     "Trump, who has nearly 9 million followers,", "Trump"),
    ("Small, who attended the rally on Wednesday, said that “Trump bagged millions of dollars.”", "said",
     "Small, who attended the rally on Wednesday,", "Small"),  # "Small" tagged an adjective: no speaker
    ("Reached by phone on Tuesday, Joyce — who is listed as an attorney in Illinois but doesn’t actively practice "
     "law — told The Huffington Post he’s not planning an appeal of the board’s determination.", "told", "Joyce",
     "Joyce"),  # "Joyce" parsed as an apposition of "Tuesday"
])
def test_a_cue_after_a_relative_clause_is_the_antecedents(pipeline, text, cue, mention, speaker):
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker_mention, record.speaker) == (cue, mention, speaker)


def test_the_speaker_after_an_inverted_cue_is_not_its_content(pipeline):
    text = ("A more subdued Bill Clinton may not be such a bad thing either, say some Democrats, who cringe "
            "as they recall the distraction of his words about Barack Obama.")
    record = next(r for r in extracted(text, pipeline) if r.cue == "say")
    assert (record.text, record.speaker) == ("A more subdued Bill Clinton may not be such a bad thing either",
                                             "Democrats")


@pytest.mark.parametrize("text, content, speaker", [
    ("The polarizing nature of Trump's candidacy has helped drive GOP voters to the polls, said Steven Taylor, "
     "a chairman of the political science department at Troy University in Alabama.",
     "The polarizing nature of Trump's candidacy has helped drive GOP voters to the polls", "Steven Taylor"),
    ("It's the first time a presidential candidate has made Alzheimer's a major campaign issue, said Robert Egge, "
     "executive director of the Alzheimer's Impact Movement, whose advocates lean on all 2016 campaigns to take up "
     "the issue.", "It's the first time a presidential candidate has made Alzheimer's a major campaign issue",
     "Robert Egge"),
    ("Even if the department no longer existed, some of its functions would be performed by other federal agencies "
     "or offices, said DeSantis, who was elected to the U.S. House in 2012.", "Even if the department no longer "
     "existed, some of its functions would be performed by other federal agencies or offices", "DeSantis"),
    ("His endorsement could matter more for the purposes of identity politics than for his clout in Boston, said "
     "Democratic strategist Mary Anne Marsh.", "His endorsement could matter more for the purposes of identity "
     "politics than for his clout in Boston", "Mary Anne Marsh"),
])
def test_a_description_after_an_inverted_speaker_is_not_the_content(pipeline, text, content, speaker):
    record = only(extracted(text, pipeline))  # the parse hangs the description on the cue as a complement
    assert (record.text, record.speaker) == (content, speaker)


@pytest.mark.parametrize("text, content, mention", [
    ("The party has a problem with Latino voters, said former South Carolina Gov. Jim Hodges, a Clinton backer, "
     "referring to the primary.", "The party has a problem with Latino voters",
     "former South Carolina Gov. Jim Hodges, a Clinton backer,"),
    ("Members of the Trump family long ago soured on Lewandowski, the Post reported, citing another anonymous source.",
     "Members of the Trump family long ago soured on Lewandowski", "the Post")])
def test_a_participle_after_an_inverted_speaker_is_the_cues_own_phrase(pipeline, text, content, mention):
    """Not the end of a report around its speaker and cue (the sentence); a description's closing comma
    belongs to the mention, as PolNeAR marks it."""
    record = extracted(text, pipeline)[0]
    assert (record.text, record.speaker_mention) == (content, mention)


@pytest.mark.parametrize("text,content,speaker,mention", [
    ("After the meeting on Saturday ended in mayhem when many potential Sanders delegates were deemed "
     "ineligible, Roberta Lange, the state party chairwoman, said she had received death threats.",
     "she had received death threats", "Roberta Lange", "Roberta Lange, the state party chairwoman,"),
    # a longer description, with a hyphenated age and a conjunction
    ("At Boca West, where it costs new members $70,000 to sign up, Jay DiPietro, the club's 78-year-old president "
     "and general manager, suggested that the troubles were temporary.", "that the troubles were temporary",
     "Jay DiPietro", "Jay DiPietro, the club's 78-year-old president and general manager,"),
])
def test_a_name_and_its_description_before_a_subjectless_cue_speak(pipeline, text, content, speaker, mention):
    record = only(extracted(text, pipeline))
    assert (record.text, record.speaker, record.speaker_mention) == (content, speaker, mention)


def test_a_name_inside_a_quotation_is_no_antecedent_for_the_pronoun_after_it(pipeline):
    text = 'Senator Jack Reed spoke on Monday. "Obama has been wrong about this from the start," he said.'
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker) == ("he", "Jack Reed")


@pytest.mark.parametrize("text,mention", [
    ("Hundreds of the party's \"superdelegates\" have said they would vote for Mrs. Clinton.",
     "Hundreds of the party's \"superdelegates\""),
    ("Hundreds of the party's ''superdelegates'' have said they would vote for Mrs. Clinton.",
     "Hundreds of the party's ''superdelegates''")])
def test_a_quote_inside_the_speakers_mention_is_no_quotation_of_the_cue(pipeline, text, mention):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text, record.speaker_mention) == (
        "indirect", "they would vote for Mrs. Clinton", mention)


def test_a_symbol_before_the_speaker_is_no_part_of_the_mention(pipeline):
    text = "~ Media titan Rupert Murdoch said he was delighted by the news."
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker) == ("Media titan Rupert Murdoch", "Rupert Murdoch")


def test_the_noun_phrase_of_an_as_aside_speaks(pipeline):
    text = ("As the Hollywood columnist Louella Parsons had written just a few years earlier, \"We just couldn't "
            "have a motion picture industry without E. J. Mannix.\"")
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker, record.speaker_mention) == (
        "direct", "had written", "Louella Parsons", "the Hollywood columnist Louella Parsons")


def test_a_month_in_a_noun_phrase_is_no_name(pipeline):
    record = only(extracted("The April survey found Clinton leading Sanders by seven points.", pipeline))
    assert (record.speaker, record.speaker_role, record.speaker_mention) == (None, "April survey", "The April survey")


def test_a_plain_subject_speaks_before_an_outer_one(pipeline):
    # the parser hangs "message" on "said" as nsubj:outer beside the real subject "she"
    text = ("“I do take what Alan Krueger said seriously. He is the foremost expert in our country on the "
            "minimum wage and what its effects are. And the overall message is that it doesn’t result in "
            "job loss,” she said.")
    record = only(extracted(text, pipeline))
    assert record.kind == "direct" and record.speaker_mention == "she" and record.cue == "said"


def test_an_honorific_gives_a_surname_its_gender_for_pronouns(pipeline):
    text = 'Mrs. Clinton met voters in Ohio on Monday. Mr. Sanders campaigned in Iowa. "We will win," she said.'
    record = only(extracted(text, pipeline))
    assert record.speaker_mention == "she" and record.speaker == "Clinton"


def test_honorific_genders_leave_out_a_surname_seen_with_both():
    from quotes.names import honorific_genders
    text = "Mr. Clinton spoke before Mrs. Clinton. Ms. Warren and Mr. Sanders listened; Mr Sanders left."
    assert honorific_genders(text) == {"Warren": "female", "Sanders": "male"}


@pytest.mark.parametrize("text, mention, speaker", [
    ("WASHINGTON (Reuters) - Hillary Clinton said on Monday that she would win.", "Hillary Clinton", "Hillary Clinton"),
    ("LA CROSSE, Wisc. — Gov. Mike Pence on Thursday said the campaign was strong.", "Gov. Mike Pence", "Mike Pence"),
    ("PARIS, Aug 31 (Reuters) - France’s far-right leader, Marine Le Pen, said on Wednesday that she would run.",
     "France’s far-right leader, Marine Le Pen,", "Marine Le Pen"),
    ("Dec 29 (Reuters) - U.S. Democratic presidential candidate Hillary Clinton on Tuesday said that Islamic State "
     "violence against Yazidis is genocide.", "U.S. Democratic presidential candidate Hillary Clinton", "Hillary Clinton"),
    ("MSNBC reporter Alex Seitz-Wald said the race was close.", "MSNBC reporter Alex Seitz-Wald", "Alex Seitz-Wald"),
])
def test_a_dateline_is_no_part_of_the_speaker(pipeline, text, mention, speaker):
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker) == (mention, speaker)


def test_a_dateline_is_left_out_of_the_parse(pipeline):
    text = ("RENO, Nev. (AP) — Republican presidential hopeful Donald Trump says he doesn’t watch professional "
            "football much anymore because the NFL has gone “soft” like the United States.")
    record = only(extracted(text, pipeline))  # parsed whole, "RENO" was the subject of "says"
    assert record.speaker == "Donald Trump" and record.speaker_start > text.index("—")


def test_the_speaker_of_an_aside_is_the_name_next_to_the_cue():
    """A parse of 'These employees, Stumpf explained earlier, were paid.' (a retrained parser's): the
    fronted noun as the subject, the name as its apposition."""
    sentence = sentence_from_rows([
        ("These", "DET", "DT", 1, "det"), ("employees", "NOUN", "NNS", 4, "nsubj"), (",", "PUNCT", ",", 1, "punct"),
        ("Stumpf", "PROPN", "NNP", 1, "appos"), ("explained", "VERB", "VBD", -1, "root"),
        ("earlier", "ADV", "RBR", 4, "advmod"), (",", "PUNCT", ",", 8, "punct"), ("were", "AUX", "VBD", 8, "aux:pass"),
        ("paid", "VERB", "VBN", 4, "ccomp")])
    assert speaker_of(sentence, sentence.words[4]).text == "Stumpf"
    plain = sentence_from_rows([  # "The employees, Stumpf, explained ...": the apposition is no aside
        ("employees", "NOUN", "NNS", 3, "nsubj"), (",", "PUNCT", ",", 2, "punct"), ("Stumpf", "PROPN", "NNP", 0, "appos"),
        ("explained", "VERB", "VBD", -1, "root"), ("it", "PRON", "PRP", 3, "obj")])
    assert speaker_of(plain, plain.words[3]).text == "employees"


def test_a_mention_spans_conjunctions_the_parse_hung_on_the_verb():
    """PolNeAR parses: ", and" and a leading "Neither" attached to the verb, not to the coordinated subject."""
    unions = sentence_from_rows([
        ("Labor", "NOUN", "NN", 1, "amod"), ("unions", "NOUN", "NNS", 8, "nsubj"), (",", "PUNCT", ",", 4, "punct"),
        ("green", "ADJ", "JJ", 4, "amod"), ("groups", "NOUN", "NNS", 1, "conj"), (",", "PUNCT", ",", 8, "punct"),
        ("and", "CCONJ", "CC", 8, "cc"), ("lawmakers", "NOUN", "NNS", 1, "conj"), ("said", "VERB", "VBD", -1, "root")])
    assert " ".join(w.text for w in mention_words(unions, unions.words[1], full=True)) == \
        "Labor unions , green groups , and lawmakers"
    neither = sentence_from_rows([
        ("Neither", "CCONJ", "CC", 4, "advmod"), ("Cruz", "PROPN", "NNP", 4, "nsubj"), ("nor", "CCONJ", "CC", 3, "cc"),
        ("Christie", "PROPN", "NNP", 1, "conj"), ("said", "VERB", "VBD", -1, "root")])
    assert " ".join(w.text for w in mention_words(neither, neither.words[1])) == "Neither Cruz nor Christie"
    single = sentence_from_rows([
        ("Cruz", "PROPN", "NNP", 3, "nsubj"), (",", "PUNCT", ",", 0, "punct"), ("Iowa", "PROPN", "NNP", 0, "conj"),
        ("said", "VERB", "VBD", -1, "root")])
    assert [w.text for w in mention_words(single, single.words[0])] == ["Cruz"]  # a dateline's comma: no bridge


def test_coordinated_names_speak_together():
    """"Senators Ted Cruz and Marco Rubio said": one group speaker, not the last name with the rest as its role."""
    from quotes.speakers import describe
    sentence = sentence_from_rows([
        ("Senators", "NOUN", "NNS", 6, "nsubj"), ("Ted", "PROPN", "NNP", 0, "flat"), ("Cruz", "PROPN", "NNP", 1, "flat"),
        ("and", "CCONJ", "CC", 4, "cc"), ("Marco", "PROPN", "NNP", 1, "conj"), ("Rubio", "PROPN", "NNP", 4, "flat"),
        ("said", "VERB", "VBD", -1, "root")])
    text = " ".join(w.text for w in sentence.words)
    info = describe(text, sentence, sentence.words[0], mention_words(sentence, sentence.words[0]))
    assert (info.name, info.kind, info.role) == ("Ted Cruz and Marco Rubio", "group", "Senators")
    company = sentence_from_rows([
        ("Procter", "PROPN", "NNP", 3, "nsubj"), ("&", "CCONJ", "CC", 2, "cc"), ("Gamble", "PROPN", "NNP", 0, "conj"),
        ("said", "VERB", "VBD", -1, "root")])
    text = " ".join(w.text for w in company.words)
    info = describe(text, company, company.words[0], mention_words(company, company.words[0]))
    assert (info.name, info.kind) == ("Procter & Gamble", "organization")


@pytest.mark.parametrize("rows,expected", [
    ([("Senate", "PROPN", "NNP", 1, "compound"), ("leaders", "NOUN", "NNS", 2, "nsubj")],
     ("Senate leaders", "group", None)),
    ([("Pagliano", "PROPN", "NNP", 2, "nmod:poss"), ("'s", "PART", "POS", 0, "case"),
      ("lawyer", "NOUN", "NN", 3, "nsubj")], ("Pagliano 's lawyer", "person", None)),
    ([("Pentagon", "PROPN", "NNP", 1, "compound"), ("spokesman", "NOUN", "NN", 4, "nsubj"),
      ("John", "PROPN", "NNP", 1, "appos"), ("Kirby", "PROPN", "NNP", 2, "flat")],
     ("John Kirby", "person", "Pentagon spokesman")),
])
def test_a_name_that_only_modifies_a_noun_is_not_the_speaker(rows, expected):
    """'Senate leaders said': the leaders speak, not the Senate; "Pagliano's lawyer" is not Pagliano."""
    from quotes.speakers import describe
    sentence = sentence_from_rows(rows + [("said", "VERB", "VBD", -1, "root")])
    sentence.words[-1].head = -1
    head = next(w for w in sentence.words if w.deprel == "nsubj")
    text = " ".join(w.text for w in sentence.words)
    info = describe(text, sentence, head, mention_words(sentence, head))
    assert (info.name, info.kind, info.role) == expected


def test_a_weekday_is_no_antecedent():
    from quotes.antecedents import candidate_entities
    sentence = sentence_from_rows([("Wednesday", "PROPN", "NNP", 1, "nsubj"), ("was", "AUX", "VBD", -1, "root"),
                                   ("busy", "ADJ", "JJ", 1, "xcomp")])
    sentence.words[0].lemma = "Wednesday"
    assert candidate_entities(" ".join(w.text for w in sentence.words), [sentence]) == []


@pytest.mark.parametrize("text,speaker,kind", [
    ("The Trump campaign said the poll was rigged.", "Trump campaign", "organization"),
    ("A Clinton campaign spokesman said the report was false.", "Clinton campaign", "organization"),
    ("The nonpartisan Commission on Presidential Debates said the rules were fair.",
     "Commission on Presidential Debates", "organization"),
    ("The Center for American Progress said the plan was fair.", "Center for American Progress", "organization"),
    ("Scott's wife said the police were wrong.", "Scott's wife", "person"),
    ("The Times on Saturday said the plan was fair.", "Times", "organization"),
])
def test_organization_and_description_speakers(pipeline, text, speaker, kind):
    """Names that only modify the speaker's noun, organization names with "on"/"for", no weekday names."""
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (speaker, kind)


def test_a_surname_goes_to_the_full_name_written_last_before_it(pipeline):
    """Two Johnsons in one article: "Johnson" is the one named just before, not the more frequent one."""
    text = ("Gary Johnson said taxes were too high. Gary Johnson said he would win. Gary Johnson said he was ready.\n"
            "Homeland Security Secretary Jeh Johnson said hackers were active. "
            "Johnson said the states had been warned.")
    records = extracted(text, pipeline)
    last = next(r for r in records if r.speaker_mention == "Johnson")
    assert last.speaker == "Jeh Johnson"
    assert [r.speaker for r in records][:3] == ["Gary Johnson"] * 3


def test_a_party_description_is_not_a_person_of_another_party(pipeline):
    """"The GOP nominee" after a Libertarian candidate was quoted is not that candidate."""
    from quotes.names import parties_differ
    assert parties_differ("GOP nominee", "Libertarian presidential candidate")
    assert not parties_differ("Republican presidential nominee", "GOP nominee")
    assert not parties_differ("the nominee", "Libertarian presidential candidate")
    text = ("Donald Trump said he would win the debate. Libertarian presidential candidate Gary Johnson said "
            "he was ready. The GOP nominee said the microphone was broken.")
    assert [r.speaker for r in extracted(text, pipeline)] == ["Donald Trump", "Gary Johnson", "Donald Trump"]


def test_a_wife_named_in_passing_does_not_take_her_husbands_surname(pipeline):
    text = ("Ted Cruz said the race was close. He appeared with his wife, Heidi Cruz, at the rally. "
            "Cruz said the delegates would decide.")
    assert [r.speaker for r in extracted(text, pipeline)][-1] == "Ted Cruz"


def test_a_full_name_is_no_connective_or_organization_before_the_surname():
    """'Meanwhile Trump said', 'told the Washington Post Trump was' give no full names for "Trump";
    'former House Speaker Newt Gingrich' gives "Newt Gingrich"."""
    from quotes.names import full_names_in_text
    text = ("Meanwhile Trump said he would win. Beyond Trump, few agreed. An aide told the Washington Post Trump "
            "was tired. Former House Speaker Newt Gingrich spoke.")
    assert full_names_in_text(text, [("Trump", "person"), ("Gingrich", "person")]) == [("Newt Gingrich", "person")]


def test_a_role_does_not_end_in_the_preposition_before_the_name():
    from quotes.name_roles import split_role
    sentence = sentence_from_rows([("Officials", "NOUN", "NNS", 3, "nsubj"), ("at", "ADP", "IN", 2, "case"),
                                   ("Interpol", "PROPN", "NNP", 0, "nmod"), ("said", "VERB", "VBD", -1, "root")])
    name, role = split_role(sentence.words[:3], sentence.words[2])
    assert ([w.text for w in name], [w.text for w in role]) == (["Interpol"], ["Officials"])


@pytest.mark.parametrize("text", ["Some said the plan was bad.", "Many said the plan was bad."])
def test_a_quantifier_speaker_is_a_group(pipeline, text):
    assert only(extracted(text, pipeline)).speaker_type == "group"


def test_a_statement_issued_by_a_name_the_parse_hung_elsewhere_is_that_names(pipeline):
    text = ("In response to the tragic loss of life, Republican presidential nominee Donald Trump issued the "
            "following statement:\n\n“Our prayers are with all those affected by the horrible attacks in Munich. "
            "This cannot continue.”")
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker) == ("direct", "issued", "Donald Trump")


def test_the_name_right_before_a_main_verb_left_without_a_subject_speaks(pipeline):
    text = ("In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “Trayvon "
            "Martin’s cold-blooded killer should be in prison.”")
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker) == ("direct", "saying", "Hakeem Jeffries")


def test_it_is_no_speaker_of_as_x_put_it(pipeline):
    record = only(extracted("Or, as Tom Ridge, a former secretary of homeland security, put it: ''The barbarians "
                            "are no longer at the gates, they are inside.''", pipeline))
    assert (record.kind, record.speaker, record.speaker_mention.split(",")[0]) == ("direct", "Tom Ridge", "Tom Ridge")


@pytest.mark.parametrize("text,cue", [
    ("Trump said the SCOTUS’ deadlock has “kept us safe” on Twitter before claiming that open borders are "
     "“tearing American families apart.”", "claiming"),
    ("Mr. Cruz seized on news that Mrs. Clinton's private computer server had handled messages later deemed "
     "''top secret,'' saying in a post on Twitter: ''The new email release is a disaster for Hillary Clinton.''",
     "saying"),
    ("Pence said in politics it takes time to develop those relationships but added, “I strongly believe it will "
     "happen.”", "added")])
def test_a_participle_hung_on_a_reported_clause_belongs_to_the_outer_speaker(pipeline, text, cue):
    """Also a cue conjoined to a verb of the report ('Pence said ... it takes time ... but added, "..."')."""
    record = with_cue(text, pipeline, cue)
    assert record.speaker in ("Trump", "Cruz", "Pence")


@pytest.mark.parametrize("text,mention", [
    ("More than six in 10 said they were not looking forward to the next few months of the campaign.", "More than six in 10"),
    ("One in three said the party doesn’t care very much about the Latino community.", "One in three")])
def test_a_share_of_people_speaks(pipeline, text, mention):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker_mention, record.speaker_type) == ("indirect", "said", mention, "group")


def test_the_name_after_an_inverted_aside_cue_speaks_not_the_fronted_phrase(pipeline):
    text = ("The paradox of Nancy, says Carl Anthony, historian at the National First Ladies Library, is that she "
            "was \"one of the most powerful first ladies.\"")
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker) == ("says", "Carl Anthony")


def test_speaker_mention_stops_before_a_relative_clause_that_reports(pipeline):
    text = "Mr. Scott, who has called Mr. Trump's comments racially toxic, said the party would survive."
    records = extracted(text, pipeline)
    said = next(r for r in records if r.cue == "said")
    assert (said.speaker_mention, said.speaker, said.text) == ("Mr. Scott", "Scott", "the party would survive")
    called = next(r for r in records if r.cue == "has called")
    assert (called.speaker_mention, called.speaker) == ("who", "Scott")


def test_speaker_mention_keeps_the_closing_mark_of_a_title_in_it(pipeline):
    text = "Joe Scarborough, host of MSNBC’s “Morning Joe,” said the debate was a mess for the party."
    said = only(extracted(text, pipeline), "indirect")
    assert said.speaker_mention == "Joe Scarborough, host of MSNBC’s “Morning Joe,”"
    assert said.speaker == "Joe Scarborough" and said.text == "the debate was a mess for the party"


def test_speaker_mention_keeps_the_dash_that_closes_its_aside(pipeline):
    text = "Democrats — and some Republicans — said the bill would raise costs for families."
    said = only(extracted(text, pipeline), "indirect")
    assert said.speaker_mention == "Democrats — and some Republicans —"
    assert said.text == "the bill would raise costs for families"


def test_follow_on_quotes_chain_to_the_first_speaker(pipeline):
    text = ('The coach, Lisa Brown, said the team was "ready for anything."\n\n'
            '"Nobody expected this result from us." She smiled.\n\n'
            '"We will be back next season, stronger than ever."')
    records = extracted(text, pipeline)
    assert [r.method for r in records][1:] == ["follow-on", "follow-on"]
    assert [r.speaker for r in records] == ["Lisa Brown"] * 3


def test_perfect_participle_cue_speaks_for_the_main_clause_subject(pipeline):
    text = 'Clinton misjudged Syrian President Bashar Assad, having referred to him as a "reformer."'
    record = only(extracted(text, pipeline))
    assert (record.kind, record.speaker, record.cue) == ("mixed", "Clinton", "having referred to")


def test_participle_cue_parsed_as_an_apposition_speaks_for_the_clause_subject(pipeline):
    text = ("Howard Dean, a former party chairman and presidential candidate, poked at Trump's persistent sniffing "
            "during the Monday night debate, tweeting, “Notice Trump sniffing all the time. Coke user?”")
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker) == ("direct", "tweeting", "Howard Dean")


def test_a_medium_after_of_is_part_of_the_speaker_not_a_circumstance(pipeline):
    text = "A copy of the letter said the company would close two plants."
    [record] = extracted(text, pipeline)
    assert record.speaker_mention == "A copy of the letter"


def test_a_quantifier_tagged_as_an_adverb_speaks_for_a_group(pipeline):
    [record] = extracted("Most believe that both the economy and their own lives have improved.", pipeline)
    assert (record.cue, record.speaker_mention, record.speaker, record.speaker_type) == ("believe", "Most", None,
                                                                                         "group")


@pytest.mark.parametrize("text, cue, mention, kind", [
    ('Republicans were quick to chime in, with Donald Trump tweeting that it was a "disaster" for Clinton.',
     "tweeting", "Donald Trump", "mixed"),
    ("Her backers tried to tie Bradley to Walker, with one of her ads asking, “Is Rebecca Bradley independent "
     "enough to serve on the Supreme Court?”", "asking", "one of her ads", "direct"),  # a number: was lost
])
def test_a_participle_parsed_as_a_relative_clause_speaks_for_its_noun(pipeline, text, cue, mention, kind):
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker_mention, record.kind) == (cue, mention, kind)


@pytest.mark.parametrize("text,speaker", [
    ("Almost half have a negative response to his nomination, including 18% who say they would be dissatisfied.",
     "18%"),
    ("There are no recruitment videos targeting the billionaire, only some who suggest that could happen in the "
     "future.", None),  # some of a group: no name (see tests/test_speaker_types.py)
])
def test_who_after_a_share_or_a_quantifier_speaks_for_it(pipeline, text, speaker):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.speaker_mention, record.speaker, record.speaker_type) == (
        "indirect", "who", speaker, "group")


@pytest.mark.parametrize("text,mention,speaker", [
    ('"One of the brightest members of the entire Congress," Rep. Elijah E. Cummings (D-Md.) said in a phone '
     'interview.', "Rep. Elijah E. Cummings (D-Md.)", "Elijah E. Cummings"),
    ("“It is a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.", "Rep. Gwen Moore (D-Wis.)", "Gwen Moore"),
])
def test_a_party_label_in_brackets_is_no_speaker_but_part_of_the_mention(pipeline, text, mention, speaker):
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker) == (mention, speaker)


@pytest.mark.parametrize("text,speaker,role", [
    ("“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said "
     "Tuesday.", "Mitch McConnell", "Senate Majority Leader"),
    ('"The world economy has moved sideways," IMF chief economist Maury Obstfeld said.', "Maury Obstfeld",
     "IMF chief economist")])
def test_the_speaker_after_a_quote_is_the_whole_name_not_its_last_word_or_party_label(pipeline, text, speaker, role):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == (speaker, role)


def test_a_postmodifier_the_parse_hung_on_the_cue_belongs_to_the_mention():
    """The parse of a PolNeAR sentence: 'People briefed on the move said it was done' with "briefed" a
    complement of "said"; nothing can stand between a subject and its verb as the verb's complement."""
    rows = [("People", "NOUN", "NNS", 5, "nsubj"), ("briefed", "VERB", "VBN", 5, "ccomp"), ("on", "ADP", "IN", 4, "case"),
            ("the", "DET", "DT", 4, "det"), ("move", "NOUN", "NN", 1, "obl"), ("said", "VERB", "VBD", -1, "root"),
            ("it", "PRON", "PRP", 8, "nsubj:pass"), ("was", "AUX", "VBD", 8, "aux:pass"), ("done", "VERB", "VBN", 5, "ccomp")]
    sentence = sentence_from_rows(rows)
    words = sentence.words
    cue = Cue(sentence, 0, [words[5]], words[0], words[6:])
    text = " ".join(w.text for w in words)
    assert text[:mention_end(cue, mention_words(sentence, words[0]), [])] == "People briefed on the move"
    aside = sentence_from_rows(rows[:1] + [(",", "PUNCT", ",", 2, "punct")] + [
        (t, u, x, h + 1 if h >= 1 else h, r) for t, u, x, h, r in rows[1:]])  # "People, briefed on ...": set off
    cue = Cue(aside, 0, [aside.words[6]], aside.words[0], aside.words[7:])
    assert mention_end(cue, mention_words(aside, aside.words[0]), []) == aside.words[0].end


def test_a_relative_word_parsed_into_the_speakers_phrase_is_no_part_of_it():
    """PolNeAR parses: 'a campaign in which GOP nominee Trump has said ...' with "which" a determiner of
    "nominee", and 'places where black voters support ...' with "where" a modifier of "voters"."""
    which = sentence_from_rows([
        ("which", "PRON", "WDT", 2, "det"), ("GOP", "PROPN", "NNP", 2, "compound"), ("nominee", "NOUN", "NN", 5, "nsubj"),
        ("Donald", "PROPN", "NNP", 2, "appos"), ("Trump", "PROPN", "NNP", 3, "flat"), ("said", "VERB", "VBD", -1, "root")])
    assert [w.text for w in mention_words(which, which.words[2], full=True)] == ["GOP", "nominee", "Donald", "Trump"]
    where = sentence_from_rows([
        ("where", "ADV", "WRB", 2, "advmod"), ("black", "ADJ", "JJ", 2, "amod"), ("voters", "NOUN", "NNS", 3, "nsubj"),
        ("support", "VERB", "VBP", -1, "root")])
    assert [w.text for w in mention_words(where, where.words[2])] == ["black", "voters"]


@pytest.mark.parametrize("text, mention, speaker", [
    pytest.param("Keir Starmer attacked the plans on Monday. A No 10 spokesman insisted the government would not back "
                 "down. 'The Prime Minister is determined to deliver,' he said.", "he", None, id="a spokesman"),
    pytest.param('Angela Merkel spoke in Berlin. A 29-year-old Berlin woman posted that refugees should leave. '
                 '"Filth out!" she wrote on Facebook.', "she", None, id="a woman"),
    pytest.param('Tom Smith criticised the plan. A spokeswoman for the council said the plan was sound. "We will go '
                 'ahead," he said.', "he", "Tom Smith", id="a spokeswoman is no he"),
    pytest.param("Barack Obama gave an interview to CBS News. A reporter asked if he was reversing his pledge. "
                 '"We will not invade Syria," he said.', "he", "Barack Obama", id="who asks is spoken to"),
])
def test_a_pronoun_after_someone_brought_in_unnamed_names_nobody_before(pipeline, text, mention, speaker):
    record = mentioned(pipeline, text, mention)
    assert record.speaker == speaker


def test_a_surname_has_the_sex_of_the_first_name_written_with_it(pipeline):
    text = ("Hillary Clinton spoke first. FBI Director James B. Comey had called her answers truthful. Comey "
            "testified again on Thursday. 'I was right all along,' she said.")
    assert mentioned(pipeline, text, "she").speaker == "Hillary Clinton"  # not Comey, the latest subject


def test_first_name_genders_leave_out_a_surname_borne_by_both_sexes():
    from quotes.names import first_name_genders
    names = ["James B. Comey", "Comey", "Bill Clinton", "Hillary Clinton", "Kathy Hochul", "Lee Bright"]
    assert first_name_genders(names) == {"Comey": "male", "Hochul": "female"}


@pytest.mark.parametrize("text, mention, speaker", [
    ("Former prime minister Theresa May warned that the plans would 'ride roughshod' over communities.",
     "Former prime minister Theresa May", "Theresa May"),
    ("Theresa May met her cabinet. Mrs May said the reforms were 'ill-conceived'.", "Mrs May", "Theresa May"),
    ("Prime Minister May said on Monday that the deal was done.", "Prime Minister May", "May"),
])
def test_a_month_after_a_first_name_or_honorific_is_a_surname(pipeline, text, mention, speaker):
    assert mentioned(pipeline, text, mention).speaker == speaker


def test_a_month_after_a_preposition_or_article_is_no_first_name():
    from quotes.names import full_names_in_text
    text = "In June Trump said so. At a June Trump rally, April Mellody, a spokeswoman, said it was over."
    assert full_names_in_text(text, [("Trump", "person"), ("Mellody", "person")]) == [("April Mellody", "person")]


@pytest.mark.parametrize("text, mention, role", [
    ('"It is shocking," one resident said.', "one resident", "resident"),
    ('"It is shocking," said a local shopkeeper.', "a local shopkeeper", "local shopkeeper"),
    ('John Brown spoke on Monday. "It is shocking," the woman said.', "the woman", "woman"),
    ('Ted Cruz spoke in Iowa. "He never gave up," his father said.', "his father", "his father"),
])
def test_a_person_noun_names_nobody(pipeline, text, mention, role):
    """"a voter", "the nurse", "his father": someone the article does not name, not a speaker called "voter", nor
    the person named before; a person nonetheless."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type, record.speaker_role) == (None, "person", role)


def test_who_after_a_description_set_off_after_a_name_is_that_name(pipeline):
    text = ('"Do these people read newspapers?" said Bob Mulholland, a California superdelegate and Clinton supporter '
            'who has accused Sanders supporters of harassing his peers.')
    assert mentioned(pipeline, text, "who").speaker == "Bob Mulholland"


def test_who_after_an_unnamed_person_names_nobody(pipeline):
    text = ('Debbie Kepler spoke first. "One guy came in and said we should start killing them," said the woman, who '
            'did not want to be quoted by name. "Too much hate," she said.')
    records = extracted(text, pipeline)
    assert {r.speaker_mention: r.speaker for r in records if r.speaker_mention in ("who", "she")} == \
        {"who": None, "she": None}


@pytest.mark.parametrize("text, mention, speaker", [
    ('Ohio Gov. John Kasich spoke in Iowa. New Jersey Gov. Chris Christie spoke later. "We will win," the Ohio '
     "governor said.", "the Ohio governor", "John Kasich"),
    ('Vice President Joe Biden met Barack Obama on Monday. "We will win," the vice president said.',
     "the vice president", "Joe Biden"),
    ('Sen. Ted Cruz spoke in Iowa. "We will win," the senator said.', "the senator", "Ted Cruz"),
])
def test_a_description_goes_to_the_person_whose_role_holds_its_words(pipeline, text, mention, speaker):
    assert mentioned(pipeline, text, mention).speaker == speaker


def test_who_speaks_for_an_organization_unnamed_is_that_organization_after(pipeline):
    text = ('Josh Earnest spoke first. A White House official said Wednesday, "There are talks." The aide declined to '
            'say more. "We will see," he said.')
    speakers = {r.speaker_mention: (r.speaker, r.speaker_type) for r in extracted(text, pipeline)}
    assert speakers["The aide"] == speakers["he"] == ("White House", "organization")  # not Josh Earnest


@pytest.mark.parametrize("text, mention", [
    ("Theresa May arrived in Brussels on Monday. May said the deal was done.", "May"),
    ('Theresa May arrived in Brussels. "It is done," May said.', "May"),
    ("May defends Brexit deal\n\nTheresa May defended her deal in Brussels on Monday.", "May"),
])
def test_may_that_the_parse_took_for_a_modal_is_a_speaker(pipeline, text, mention):
    record = mentioned(pipeline, text, mention)
    assert record.speaker == "Theresa May"


def test_the_month_and_the_modal_stay_what_they_are(pipeline):
    text = 'Sales rose in May, the company said. Officials said prices may rise. "It may work," he said.'
    records = extracted(text, pipeline)
    assert [r.speaker_mention for r in records] == ["the company", "Officials", "he"]


@pytest.mark.parametrize("text, speaker", [
    ('Sanders said Obama had failed. "We must do better," he added.', "Sanders"),
    ("Axelrod said the president was serious. Later, he added that trucks mattered.", "Axelrod"),
])
def test_he_who_adds_is_the_one_who_spoke_before(pipeline, text, speaker):
    assert mentioned(pipeline, text, "he").speaker == speaker


def test_a_quantifier_before_a_surname_is_no_first_name():
    from quotes.names import full_names_in_text
    text = "Several Cruz allies spoke. Many Clinton aides left. Ted Cruz won. Only McAuliffe has said so."
    assert full_names_in_text(text, [("Cruz", "person"), ("Clinton", "person"), ("McAuliffe", "person")]) == \
        [("Ted Cruz", "person")]


def test_team_before_a_surname_is_no_first_name(pipeline):
    text = ("Team Trump sees the gap\n\nTeam Trump sees the convention as a second chance for Donald Trump. Trump said "
            "he was winning.")
    assert mentioned(pipeline, text, "Trump").speaker == "Donald Trump"


@pytest.mark.parametrize("text, mention, speaker", [
    ("Bill Clinton spoke on Monday. Even after federal judge ruled that the school scammed students, nothing changed.",
     "federal judge", None),
    ("Sanders lays off more than 200 campaign staffers;\nWin or not, candidate says, campaign aims to transform "
     "country\n\nBernie Sanders laid off staff on Wednesday.", "candidate", "Bernie Sanders"),
])
def test_a_bare_lower_case_description_is_someone_new_but_the_nominee_is_the_headlines(pipeline, text, mention,
                                                                                     speaker):
    assert mentioned(pipeline, text, mention).speaker == speaker


def test_a_name_after_a_fronted_place_phrase_speaks_not_the_place(pipeline):
    """The parse makes the governor a conjunct of "Odesa" inside "In the southern city of Odesa" and leaves "said"
    without a subject."""
    text = "In the southern city of Odesa, regional Gov. Oleh Kiper said on Telegram that two people were wounded."
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker, record.speaker_role) == (
        "regional Gov. Oleh Kiper", "Oleh Kiper", "regional Gov.")


def test_a_phrase_on_the_cue_after_an_inverted_speakers_description_is_no_part_of_it(pipeline):
    text = ('"You are killing our business," shouted Tom Becker, who owns a hardware store on Main Street, during the '
            'public comment period.')
    record = only(extracted(text, pipeline))
    assert record.speaker_mention == "Tom Becker, who owns a hardware store on Main Street,"


@pytest.mark.parametrize("text, mention", [
    ("The race is tighter than the polls show, said a Democratic strategist who spoke on the condition of anonymity.",
     "a Democratic strategist"),
    ("The official, who spoke on the condition of anonymity, said the talks had stalled.", "The official"),
    ("The board never saw the plan, said one former executive who requested anonymity.", "one former executive"),
])
def test_a_relative_clause_on_anonymity_is_no_part_of_the_mention(pipeline, text, mention):
    """Why the name is missing is no description of the speaker (PolNeAR's sources leave it out too)."""
    assert any(r.speaker_mention == mention for r in extracted(text, pipeline))


@pytest.mark.parametrize("clause", ["who did not want to be named", "who declined to be identified"])
def test_why_a_name_is_missing_is_no_report(pipeline, clause):
    """The quotation is the driver's; "did not want to be named" reports nothing of its own."""
    text = f'One driver, {clause}, told the BBC: "I\'m going to miss my daughter\'s wedding."'
    records = extracted(text, pipeline)
    assert [(r.kind, r.cue) for r in records] == [("direct", "told")]


def test_a_relative_clause_whose_verb_was_tagged_a_noun_is_no_role(pipeline):
    """"lives" after "who" was the plural of "life", an apposition: her role was "who lives near the site"."""
    text = "Sue Evans, who lives near the site, said she feared more traffic."
    record = mentioned(pipeline, text, "Sue Evans, who lives near the site,")
    assert (record.speaker, record.speaker_role) == ("Sue Evans", None)
