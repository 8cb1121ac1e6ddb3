"""Cues on hand-written paragraphs, one per construction: which words report (verbs, nouns, adjectives, "according
to", verbs the learned model finds), what the cue itself spans, what a cue takes in, and which quotation it claims."""

from __future__ import annotations

import pytest

from quotes import extract
from quotes.cues import find_cues
from tests.conftest import check_offsets, extracted, only, sentence_from_rows


def test_participle_cue_after_colon_claims_its_quote(pipeline):
    text = ('"People are turning out in mass quantities," Lewandowski said, adding: '
            '"They are going to help everybody down the ballot."')
    records = extract(text, pipeline=pipeline)
    check_offsets(text, records)
    second = next(r for r in records if "help everybody" in r.text)
    assert second.cue == "adding" and second.speaker == "Lewandowski" and second.kind == "direct"
    assert "mass quantities" not in second.text


def test_inflections_the_lemmatizer_misses_are_still_cues():
    from quotes.clauses import cue_lemma
    from quotes.parsing import Word

    def word(text):
        return Word(0, text, text, "VERB", "VBG", "", -1, "root", 0, len(text))
    assert [cue_lemma(word(t)) for t in ("remarking", "quipped", "tweets", "noting", "walking")] == [
        "remark", "quip", "tweet", "note", "walking"]


def test_inflections_the_lemmatizer_guesses_wrong_are_still_cues():
    from quotes.clauses import cue_lemma
    from quotes.parsing import Word

    def word(text, lemma):
        return Word(0, text, lemma, "VERB", "VBD", "", -1, "root", 0, len(text))
    assert [cue_lemma(word(t, lemma)) for t, lemma in (("echoed", "echon"), ("said", "say"), ("walked", "walk"))] == [
        "echo", "say", "walk"]


def test_manner_of_speaking_verbs_are_cues(pipeline):
    text = ("Clinton said that experts had found her proposals strong, to which O'Malley interjected: \"It's just not "
            "true.\"")
    assert [(r.kind, r.cue, r.speaker) for r in extracted(text, pipeline)][-1] == ("direct", "interjected", "O'Malley")
    from quotes.clauses import cue_lemma
    from quotes.parsing import Word
    opined = Word(0, "opined", "opined", "VERB", "VBD", "", -1, "root", 0, 6)  # the lemmatizer leaves it alone
    assert cue_lemma(opined) == "opine"
    praise = "Republican Secretary of State Jon Husted applauded the ruling."  # a verb of praise or blame reports
    assert [(r.cue, r.text, r.speaker) for r in extracted(praise, pipeline)] == [
        ("applauded", "the ruling", "Jon Husted")]


def test_stance_verbs_report_a_position_but_yield_quotes_to_speech_verbs(pipeline):
    text = ('Governor Mark Hill opposed the bill on Monday.\n'
            '"We want a fair deal," Senator Ann Cole said.')
    records = extracted(text, pipeline)
    opposes = only(records, "indirect")
    assert (opposes.cue, opposes.speaker, opposes.speaker_role, opposes.text) == ("opposed", "Mark Hill", "Governor", "the bill")
    quote = only(records, "direct")
    assert (quote.cue, quote.speaker) == ("said", "Ann Cole")


def test_any_verb_before_a_colon_and_a_quote_is_its_cue(pipeline):
    text = 'Hannity interjected: “So you’re saying there will be some flexibility?”'
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker) == ("direct", "interjected", "Hannity")


def test_a_speech_verb_in_the_clause_another_reports_does_not_report_that_clause(pipeline):
    text = "Ted Cruz said he disagreed."
    assert [(r.cue, r.text) for r in extracted(text, pipeline)] == [("said", "he disagreed")]


def test_participle_after_a_non_reporting_verb_is_a_report_of_its_own(pipeline):
    text = "Kaine studied that math, saying Clinton took questions during an appearance in Ohio."
    records = extracted(text, pipeline)
    record = only(records)
    assert (record.kind, record.cue, record.speaker) == ("indirect", "saying", "Kaine")
    assert record.text == "Clinton took questions during an appearance in Ohio"
    decried = text.replace("studied", "decried")  # a verb of blame reports its object, the participle its clause
    assert [(r.cue, r.text) for r in extracted(decried, pipeline)] == [
        ("decried", "that math"), ("saying", "Clinton took questions during an appearance in Ohio")]


@pytest.mark.parametrize("text, content", [
    ("Back in Virginia, Mr. Clarke said, he decided to take aim at the coal industry's contribution to carbon "
     "emissions.", "Back in Virginia, Mr. Clarke said, he decided to take aim at the coal industry's contribution to "
     "carbon emissions"),  # no cue "Back" before the aside
    ("He went out of his way to say that Russia's economy had hit bottom this year, and that it was now bouncing back.",
     "that Russia's economy had hit bottom this year, and that it was now bouncing back"),
])
def test_an_adverb_spelled_like_a_reporting_verb_is_no_cue(pipeline, text, content):
    assert [r.text for r in extracted(text, pipeline)] == [content]


def test_a_verb_with_an_auxiliary_after_a_quote_is_no_cue_of_it(pipeline):
    text = ('Though the group is "confident that Secretary Clinton will continue to be a champion for the biofuels '
            'industry," she may again split with her former boss.')
    assert all(r.cue != "may again split" for r in extracted(text, pipeline))


@pytest.mark.parametrize("text,cue,content", [
    ('"CNN had 23 million people," Trump said, referring to the Sept. 16 debate on the network.',
     "referring to", "the Sept. 16 debate on the network"),
    ("Clinton spokesman Josh Schwerin said at the time, explaining the campaign's decision.",
     "explaining", "the campaign's decision"),
])
def test_a_speech_verb_reports_a_noun_phrase(pipeline, text, cue, content):
    records = extracted(text, pipeline)
    record = next(r for r in records if r.cue == cue)
    assert (record.kind, record.text) == ("indirect", content)
    assert record.speaker_id == records[0].speaker_id


@pytest.mark.parametrize("text,cue", [
    ("Mr. Rubio tried to defend his record on immigration on Sunday.", "tried to defend"),
    ("Democrats were quick to point out that the bill had failed twice.", "were quick to point out"),
])
def test_an_infinitive_cue_starts_at_the_verb_it_complements(pipeline, text, cue):
    record = only(extracted(text, pipeline))
    assert record.cue == cue == text[record.cue_start:record.cue_end]


def test_asking_someone_about_a_topic_does_not_claim_the_quote_that_follows(pipeline):
    text = ("Radio host Hugh Hewitt asked Trump about statements he had made the previous night, "
            "when he claimed Obama was “the founder” of the terrorist organization.")
    quote = next(r for r in extracted(text, pipeline) if r.kind != "indirect")
    assert (quote.kind, quote.text, quote.cue, quote.speaker_mention) == (
        "mixed", "Obama was “the founder” of the terrorist organization", "claimed", "he")


def test_words_before_the_speaker_that_the_parse_hung_on_the_report_are_no_part_of_it(pipeline):
    """A PolNeAR parse: the opening phrase of 'By double digits, voters say gun laws would help.' hung on "help"."""
    sentence = sentence_from_rows([
        ("By", "ADP", "IN", 2, "case"), ("double", "ADJ", "JJ", 2, "amod"), ("digits", "NOUN", "NNS", 9, "obl"),
        (",", "PUNCT", ",", 2, "punct"), ("voters", "NOUN", "NNS", 5, "nsubj"), ("say", "VERB", "VBP", -1, "root"),
        ("gun", "NOUN", "NN", 7, "compound"), ("laws", "NOUN", "NNS", 9, "nsubj"), ("would", "AUX", "MD", 9, "aux"),
        ("help", "VERB", "VB", 5, "ccomp")])
    cue = only(find_cues([sentence]))
    assert [w.text for w in cue.content] == ["gun", "laws", "would", "help"]
    text = "Her Iraq war vote, which she has repeatedly said was a mistake, hurt her."
    record = only(extracted(text, pipeline))  # a relative clause's report keeps its relative word
    assert record.cue == "has repeatedly said" and record.text.startswith("which she has repeatedly said was a mistake")


def test_the_source_of_according_to_leaves_out_to(pipeline):
    text = "On Tuesday, Clinton drew deep support among women and blacks, according to exit polls."
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker_mention, record.speaker_role) == ("according to", "exit polls", "exit polls")
    assert record.speaker is None  # polls name nobody, as "a new study" names nobody


@pytest.mark.parametrize("text, content", [
    ("But according to interviews with his friends, he wants to be engaged this fall.", "he wants to be engaged this fall"),
    ("Meanwhile, her negative ratings have been rising, according to the poll.", "her negative ratings have been rising"),
    ("But even if the tax passed, it would raise money, according to the study.",  # before a subordinate clause
     "But even if the tax passed, it would raise money"),
])
def test_the_report_of_according_to_leaves_out_the_connective_that_opens_it(pipeline, text, content):
    record = only(extracted(text, pipeline))
    assert (record.cue, record.text) == ("according to", content)


def test_an_answer_noun_before_a_colon_introduces_the_quote_of_its_possessor(pipeline):
    text = "Clinton’s response was: “Is Dalton Brody off Conn or Wisconsin?”"
    record = only(extracted(text, pipeline), "direct")
    assert (record.cue, record.speaker_mention, record.speaker, record.method) == (
        "response", "Clinton’s", "Clinton", "introducer:name")


@pytest.mark.parametrize("text,cue,mention,speaker", [
    ("Republicans' reaction: 'Is that all there is?'\n\nCandidates say the strategy is inadequate.", "reaction",
     "Republicans'", "Republicans"),  # a common-noun possessor; the cue is no verb of the quote
    ("Barrett’s dictum to his interns was, “It’s not a good story if you don’t get a death threat.”", "dictum",
     "Barrett’s", "Barrett"),
])
def test_a_possessor_speaks_the_quote_its_answer_or_motto_introduces(pipeline, text, cue, mention, speaker):
    record = only(extracted(text, pipeline), "direct")
    assert (record.cue, record.speaker_mention, record.speaker) == (cue, mention, speaker)


@pytest.mark.parametrize("text,cue,mention", [
    ("Public records show no gifts from Trump to his namesake foundation since 2008.", "show", "Public records"),
    ("Clinton accused Trump of a reckless attack on the free press.", "accused", "Clinton")])
def test_showing_and_accusing_report_a_noun_phrase(pipeline, text, cue, mention):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker_mention) == ("indirect", cue, mention)


def test_went_on_to_say_shares_the_subject_and_the_quotation(pipeline):
    text = "Bryne went on to say, “From the bottom of my soul, I know this to be true.”"
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text, record.cue, record.speaker) == (
        "direct", "From the bottom of my soul, I know this to be true.", "went on to say", "Bryne")


def test_a_cue_right_after_the_quote_beats_a_non_reporting_verb_before_its_colon(pipeline):
    text = ("C. Boyden Gray, who served as White House counsel, ticked through the code of conduct the Bush "
            'dynasty has long embodied: "Civility and good manners were kind of assumed," he said.')
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker_mention, record.speaker) == ("said", "he", "C. Boyden Gray")


@pytest.mark.parametrize("text,cue,content", [
    ("O'Malley spoke of a recent visit to a mosque in Northern Virginia.", "spoke of",
     "a recent visit to a mosque in Northern Virginia"),
    ("Carson shared a syllabus for a 2002 psychology class.", "shared",
     "a syllabus for a 2002 psychology class")])
def test_a_verb_the_learned_model_takes_for_a_report_may_report_a_noun_phrase(pipeline, text, cue, content):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.text, record.method) == ("indirect", cue, content, "model:name")


@pytest.mark.parametrize("text, speaker, content", [
    ("One in five say that won't be true.", "One in five", "that won't be true"),  # "say" tagged a noun
    ("Nearly nine out of 10 say they will need to develop new skills.", "Nearly nine out of 10",
     "they will need to develop new skills"),
    ("Just over a quarter, 26 percent, say they will vote for someone else.", "Just over a quarter, 26 percent,",
     "they will vote for someone else"),  # "quarter" parsed as an oblique
    ("By double digits, those surveyed say stricter gun laws would help prevent gun violence.", "those surveyed",
     "stricter gun laws would help prevent gun violence"),  # the fronted phrase parsed inside the report
    ("As of Thursday, a Google search shows no reports by the major media outlets on the poll.", "a Google search",
     "no reports by the major media outlets on the poll"),
])
def test_what_shares_of_people_say_is_reported(pipeline, text, speaker, content):
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.text) == (speaker, content)


@pytest.mark.parametrize("text, cue", [
    ("Carter however said he would welcome the plan.", "said"),
    ('"You bet I would," Christie said when asked whether he would issue a quarantine.', "asked"),
])
def test_a_connective_adverb_is_no_part_of_the_cue(pipeline, text, cue):
    assert cue in [q.cue for q in extracted(text, pipeline)]


def test_a_verb_before_the_colon_introduces_a_quote_no_cue_claims(pipeline):
    record = only(extracted("In a Fox interview later that day, Trump went even further: “If he goes forward and "
                            "loses, it’s the end of his career.”", pipeline))
    assert (record.kind, record.speaker, record.cue, record.method) == ("direct", "Trump", "went", "introducer:name")


def test_a_colon_that_closes_a_paragraph_introduces_the_quote_that_opens_the_next(pipeline):
    text = ("In a Fox interview later that day, Trump went even further:\n\n“If he goes forward and loses, it’s the end "
            "of his career.”")
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker, record.method) == ("direct", "went", "Trump", "introducer:name")


def test_a_colon_introduces_a_short_quoted_sentence_too(pipeline):
    text = ("With Democratic leaders increasingly worried about a lack of passion for Hillary Clinton among young black "
            'voters, President Obama is rolling out a new and more personal campaign message: "It\'s about me."')
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text, record.speaker_mention, record.method) == (
        "direct", "It's about me.", "President Obama", "introducer:name")


def test_the_verb_above_a_phrase_before_the_colon_introduces_the_quote(pipeline):
    record = only(extracted('He also played up his believed strength in a general election: "Who gives us the best '
                            'chance to win? I know that I do."', pipeline))
    assert (record.kind, record.speaker_mention, record.cue, record.method) == ("direct", "He", "played",
                                                                                "introducer:pronoun")


def test_a_verb_inside_a_title_in_quotation_marks_introduces_nothing(pipeline):
    text = ('NOW OPEN—"Pop-up art show strives to confront South Bronx gentrification," by DNAinfo\'s Eddie Small: '
            '"Curators of a pop-up art show in the South Bronx are determined to confront the area\'s gentrification '
            'fears and avoid the accusations of insensitivity that have befallen several previous shows in the '
            'borough." http://dnain.fo/1NJeFcM')
    assert all(r.cue != "confront" for r in extracted(text, pipeline))


def test_as_x_put_it_before_a_colon_is_the_quotes_cue(pipeline):
    """The learned cue model takes "put" here (without it the introducer rule would); the idiom's "it" is
    part of the cue, as PolNeAR marks it."""
    record = only(extracted("As Professor Foner put it: ''The United States does a better job of integrating "
                            "immigrants than most countries.''", pipeline))
    assert (record.kind, record.speaker, record.cue) == ("direct", "Foner", "put it")


@pytest.mark.parametrize("text,quote", [
    ('"Jeb wants to be a tough guy tonight," Trump shot back.', "Jeb wants to be a tough guy tonight,"),
    ('Asked about it, Trump shot back: "That would be good."', "That would be good.")])
def test_any_verb_with_a_particle_right_before_or_after_a_quote_is_its_cue(pipeline, text, quote):
    record = only(extracted(text, pipeline), kind="direct")
    assert (record.text, record.cue, record.speaker) == (quote, "shot back", "Trump")  # the particle too, as PolNeAR


def test_next_sentence_with_its_own_report_does_not_claim_the_quote_before(pipeline):
    text = ('"Our jobs are being sucked out of our states," Mr. Trump said. "One of the big problems is the '
            'economy and jobs." He said, twice, that he was going to go back to work on Wednesday morning.')
    records = extracted(text, pipeline)
    direct = only(records, "direct")
    assert direct.speaker == "Trump" and direct.cue == "said" and direct.cue_start == text.index("said")
    assert [text[a:b] for a, b in direct.spans] == ["Our jobs are being sucked out of our states,",
                                                    "One of the big problems is the economy and jobs."]
    assert only(records, "indirect").text.startswith("that he was going")


def test_declining_to_comment_is_a_report(pipeline):
    [record] = extracted("Mr. Thiel declined to comment.", pipeline)
    assert (record.kind, record.cue, record.text, record.speaker) == ("indirect", "declined", "to comment", "Thiel")


@pytest.mark.parametrize("text,cue,content,speaker", [
    ("Democratic leaders are wary of steering the party too far left.", "are wary of",
     "steering the party too far left", "Democratic leaders"),
    ("Mr. Hurt is eager to get the book out before the election.", "is eager", "to get the book out before the election",
     "Mr. Hurt"),
    ("The senator's advisers were optimistic that he would perform strongly in the primaries.", "were optimistic",
     "that he would perform strongly in the primaries", "The senator's advisers"),
    ("Former Obama operatives have been generally supportive of her bid.", "have been generally supportive of",
     "her bid", "Former Obama operatives"),
])
def test_an_adjective_of_attitude_reports_its_complement(pipeline, text, cue, content, speaker):
    [record] = extracted(text, pipeline)
    assert (record.cue, record.text, record.speaker_mention) == (cue, content, speaker)


@pytest.mark.parametrize("text", [
    '"It\'s about time," she said. Labor laws would toughen, student debt would decline, and health care would be '
    'more accessible.',
    "In fact, the provincial economy grew faster than its neighbors, while its greenhouse gas emissions declined.",
    "Trade between the two nations declined 40 percent in the first six months of this year, to $5.4 billion.",
])
def test_a_number_that_declines_is_no_refusal(pipeline, text):
    assert not [r for r in extracted(text, pipeline) if r.cue and "decline" in r.cue]


def test_a_poll_that_opens_its_sentence_reports_the_clause(pipeline):
    """PolNeAR marks "In" as the cue; a poll after its clause ("leads in the polls") reports nothing, and a
    pollster named in the clause speaks itself."""
    record = only(extracted("In the poll, Clinton's support has steadily risen over the past two weeks.", pipeline))
    assert (record.cue, record.speaker_mention, record.text) == (
        "In", "the poll", "Clinton's support has steadily risen over the past two weeks")
    assert extracted("He leads in the polls, but Indiana will be a much tougher contest.", pipeline) == []
    pollster = only(extracted("In an online poll of 800 likely Republican primary voters, Democracy Corp found that "
                              "Trump leads by 10 points.", pipeline))
    assert (pollster.cue, pollster.speaker) == ("found", "Democracy Corp")
    named = only(extracted("In May's Washington Post-ABC News poll, Clinton led Trump on a range of attributes.", pipeline))
    assert (named.cue, named.text) == ("In", "Clinton led Trump on a range of attributes")  # a name that only leads


def test_a_weak_cue_closing_the_sentence_after_its_content_reports_it(pipeline):
    """'..., the records show.' is a report; the same verb as an aside inside the sentence is none."""
    record = only(extracted("Much of that money came from companies that no longer exist, the records show.", pipeline))
    assert (record.cue, record.speaker_mention, record.text) == (
        "show", "the records", "Much of that money came from companies that no longer exist")
    assert extracted("The vote, they believe, will be close.", pipeline) == []


def test_a_report_noun_in_a_phrase_of_the_speech_verb_is_no_cue_of_its_own(pipeline):
    text = ("Wasserman Schultz said in her opening remarks that the platform should reiterate the party’s support "
            "for the United States’ “stalwart allies,” specifically naming Israel.")
    record = only(extracted(text, pipeline))  # the parse hangs the "that" clause on "remarks"
    assert (record.cue, record.speaker_mention, record.kind) == ("said", "Wasserman Schultz", "mixed")
    assert record.text.startswith("that the platform")
    indirect = only(extracted("Wasserman Schultz said in her opening remarks that the platform should reiterate the "
                              "party’s support for Israel.", pipeline))
    assert (indirect.cue, indirect.text) == ("said", "that the platform should reiterate the party’s support for Israel")


@pytest.mark.parametrize("text, cue, content", [
    ("Clinton moved to emphasize border security and enforcement as a priority.", "moved to emphasize",
     "border security and enforcement as a priority"),
    ("Republicans tend to favor tax cuts for the wealthy.", "tend to favor", "tax cuts for the wealthy"),
])
def test_an_effort_or_aspect_verb_before_a_reporting_infinitive_is_part_of_its_cue(pipeline, text, cue, content):
    record = only(extracted(text, pipeline))  # the learned model scores "moved", "tend" as reports too
    assert (record.cue, record.text) == (cue, content)
    assert only(extracted("Hillary Clinton plans to call on young people to serve.", pipeline)).cue == "plans"


def test_maintain_reports_a_clause_but_not_a_noun_phrase(pipeline):
    assert extracted("Clinton maintains a wide lead over Sanders among black voters.", pipeline) == []
    record = only(extracted("Kirby maintained that the Afghan forces can defend their country.", pipeline))
    assert (record.cue, record.text) == ("maintained", "that the Afghan forces can defend their country")


def test_a_fronted_participle_before_a_report_is_a_report_of_its_own(pipeline):
    text = "After talking about security, Mr. Netanyahu suggested that they walk to the site of the attack."
    talking = next(r for r in extracted(text, pipeline) if r.cue == "talking about")  # was taken for a
    assert (talking.kind, talking.text, talking.speaker) == ("indirect", "security", "Netanyahu")  # continuation


@pytest.mark.parametrize("text, cue", [
    ("Obama made it clear that he would veto the bill.", "made it clear"),
    ("Clinton has made clear that she would veto the bill.", "has made clear"),
])
def test_made_it_clear_reports_the_clause_after_it(pipeline, text, cue):
    record = only(extracted(text, pipeline))  # was "made" reporting "it", the clause hung on "clear"
    assert (record.cue, record.text) == (cue, "that " + text.split(" that ")[1].rstrip("."))


@pytest.mark.parametrize("text, cue, content", [
    ("Priebus expressed confidence that the GOP could still come together.", "expressed confidence",
     "that the GOP could still come together"),
    ("Trump expressed sympathy for the Islamic State.", "expressed sympathy for", "the Islamic State"),
    ("She expressed particular concern over those in the Latino community.", "expressed",
     "particular concern over those in the Latino community"),  # a qualified feeling stays the report
    ("The Clinton campaign issued a statement saying that the senator would not attend.",
     "issued a statement saying", "that the senator would not attend"),  # not "issued" reporting "a statement"
    ("Trump released a statement on Wednesday saying he was proud of the result.",
     "released a statement on Wednesday saying", "he was proud of the result"),
    ("But Mr. Sanders showed no sign of backing down.", "showed no sign of", "backing down"),  # PolNeAR's convention
    ("Trump shows little inclination to change.", "shows little inclination", "to change"),
    ("The lack of response shows no respect for the concerns of federal employees.", "shows no respect for",
     "the concerns of federal employees"),
])
def test_an_expressed_feeling_or_a_statement_saying_is_part_of_the_cue(pipeline, text, cue, content):
    record = only(extracted(text, pipeline))
    assert (record.cue, record.text) == (cue, content)


def test_a_song_verb_is_a_cue_only_beside_a_quotation(pipeline):
    text = ("“Promise mama you’ll keep your hands in sight,” Blige sings to Clinton before asking her, “I just want "
            "to know, where do we go from here?”")
    records = extracted(text, pipeline)  # two quotations, not one split around "asking"
    assert [(r.kind, r.cue, r.speaker) for r in records] == [("direct", "sings", "Blige"), ("direct", "asking", "Blige")]
    text = ("At football games at his Oregon high school, Justin Ki Hong, an adoptee from South Korea, remembers "
            "putting his hand over his heart and singing the national anthem, proud to be a citizen.")
    record = only(extracted(text, pipeline))  # away from quotes "singing" is no cue cutting the report short
    assert (record.cue, record.text) == ("remembers", "putting his hand over his heart and singing the national "
                                                      "anthem, proud to be a citizen")


def test_those_to_blame_are_blamed_not_blaming(pipeline):
    text = "The Indiana governor said Democrats and the media are to blame for focusing on “he said this, he tweeted that.”"
    record = only(extracted(text, pipeline))  # one report, the governor's: "are to blame" is no cue of the media's
    assert (record.kind, record.cue, record.speaker_mention) == ("mixed", "said", "The Indiana governor")


def test_challenging_a_candidate_is_a_race_not_a_report(pipeline):
    text = "Tim Canova, the Florida law professor who is challenging Rep. Debbie Wasserman Schultz, has raised millions."
    assert extracted(text, pipeline) == []
    record = only(extracted("Cruz challenged Trump to a one-on-one debate before Monday's caucus.", pipeline))
    assert (record.cue, record.speaker, record.text) == ("challenged", "Cruz", "Trump to a one-on-one debate")


def test_it_goes_without_saying_is_nobodys_report(pipeline):
    text = "It goes without saying that raising taxes on the rich is anathema to Republicans."
    assert extracted(text, pipeline) == []  # neither the lexicon's "say" nor the learned model's


@pytest.mark.parametrize("text, cue", [
    ('"You tell me," Trump said with a laugh.', "said with a laugh"),
    ('"It was a different time," she explained with a smile.', "explained with a smile"),
    ('"You tell me," Trump shot back with a laugh.', "shot back with a laugh"),  # after the cue's particle
    ('"We will not defeat it with closed eyes," he said then.', "said then"),  # when or how often, as PolNeAR marks it
    ('"The deal is a disaster," Trump has said repeatedly.', "has said repeatedly"),
])
def test_the_manner_of_saying_is_part_of_the_cue(pipeline, text, cue):
    record = only(extracted(text, pipeline), "direct")
    assert record.cue == cue and text[record.cue_start:record.cue_end] == cue


def test_a_relative_clause_with_its_gap_after_a_speech_verb_is_no_report(pipeline):
    text = ("Mr. Bush was rejected by an electorate he no longer recognized. Seacord complained of the economic "
            "imbalance he sees in this country. Mr. Trump has cited the audit as the reason he is not releasing his "
            "returns.")
    records = extracted(text, pipeline)
    assert not any(r.text.startswith(("he no longer", "he sees", "he is not")) for r in records)


@pytest.mark.parametrize("text, speaker, content", [
    ("Under the plan, he noted, military spending is in danger of sinking to 1.08 percent of output, which he said "
     "would be its lowest ever.", "he", "which he said would be its lowest ever"),
    ("One in four said the party was outright hostile to the Latino community, about the same number who said the "
     "party truly cares.", "who", "the party truly cares"),  # the people the clause describes speak
])
def test_a_report_in_a_relative_clause_of_say_is_its_own_inside_another(pipeline, text, speaker, content):
    records = extracted(text, pipeline)
    said = [r for r in records if r.cue == "said"][-1]
    assert said.speaker_mention == speaker and said.text.endswith(content)
    assert any(r is not said and r.start <= said.start < r.end for r in records)  # nested in the other report


@pytest.mark.parametrize("text, cue, content", [
    ("Clinton is somehow expected to project the toughness of a commander in chief, the charisma of a drinking "
     "buddy, the warmth of a favorite aunt, they say.", "say", "Clinton is somehow expected to project the toughness "
     "of a commander in chief, the charisma of a drinking buddy, the warmth of a favorite aunt"),
    ("Growing up in Manhattan, Ms. Olivieri found skating to be a salve for her depression, she said.", "said",
     "Growing up in Manhattan, Ms. Olivieri found skating to be a salve for her depression"),
])
def test_a_speech_verb_set_aside_with_a_pronoun_is_its_own_report_inside_another(pipeline, text, cue, content):
    assert any((r.cue, r.text) == (cue, content) for r in extracted(text, pipeline))


def test_a_speech_verb_set_aside_with_a_name_in_brackets_is_its_own_report(pipeline):
    text = ("She didn't really care about the criticism but she really cared if her low approval ratings (at one point "
            "as low as 19%, Gutin says) hurt her husband.")
    assert any((r.cue, r.speaker_mention) == ("says", "Gutin") for r in extracted(text, pipeline))


@pytest.mark.parametrize("text, cue, content", [
    ("His campaign sued the DNC in federal court on Friday, seeking an injunction to overturn the denial of access, "
     "claiming the party's move would cost the campaign $600,000 a day in donations.", "claiming",
     "the party's move would cost the campaign $600,000 a day in donations"),
    ("On Tuesday, the company said it would not be able to file its annual financial statement in time, warning "
     "that it could default on some of its debt as a result.", "warning",
     "that it could default on some of its debt as a result"),
])
def test_a_speech_participle_after_a_comma_is_its_own_report_inside_another(pipeline, text, cue, content):
    assert any((r.cue, r.text) == (cue, content) for r in extracted(text, pipeline))


def test_a_relative_clause_of_say_after_a_phrase_is_no_clause_of_the_verb_before_it(pipeline):
    text = "Cruz praised Pence for cutting taxes - moves that he said improved Indiana's economy."
    records = extracted(text, pipeline)
    assert [(r.cue, r.text) for r in records] == [("praised", "Pence for cutting taxes"),
                                                  ("said", "improved Indiana's economy")]


def test_the_person_described_after_a_report_can_report_in_turn(pipeline):
    text = "Murphy's campaign is tying the House bill to Rubio, who supported the bill when it came to the Senate."
    records = extracted(text, pipeline)
    assert [(r.text, r.speaker) for r in records] == [("the House bill to Rubio", "Murphy's campaign"),
                                                      ("the bill", "Rubio")]


@pytest.mark.parametrize("text,cue,speaker,content", [
    ('"France will always be France," Hollande retaliated.', "retaliated", "Hollande", "France will always be France,"),
    ("“They’re all here for the free stuff,” Bennett shot back with a laugh.", "shot back with a laugh",
     "Bennett", "They’re all here for the free stuff,")])
def test_any_verb_whose_clause_is_just_speaker_and_verb_after_a_quote_is_its_cue(pipeline, text, cue, speaker, content):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker, record.text) == ("direct", cue, speaker, content)


def test_a_speech_verb_reports_a_noun_phrase_of_two_words_but_not_a_lone_pronoun(pipeline):
    records = extracted("Trump says racist things. The senator denied it.", pipeline)
    assert [(r.cue, r.speaker_mention, r.text) for r in records] == [("says", "Trump", "racist things")]


@pytest.mark.parametrize("text,cue", [
    ("The senators have all said that the deal is fair.", "have all said"),
    ("Clinton has since said that she regrets the vote.", "has since said"),
])
def test_floating_quantifiers_and_since_belong_to_the_cue(pipeline, text, cue):
    record = only(extract(text, pipeline=pipeline, stance=False))
    assert record.cue == cue == text[record.cue_start:record.cue_end]


def test_a_tv_show_is_no_report_but_polls_that_show_are(pipeline):
    text = ('Bob Friedman, a talk show host and operations manager at a radio station in Alabama, said the race was '
            'close. Trump, the star of the reality TV show "The Apprentice," spoke on Monday. Polls show that the '
            'race is tight.')
    records = extracted(text, pipeline)
    assert [(r.cue, r.text) for r in records] == [("said", "the race was close"),
                                                  ("show", "that the race is tight")]


def test_seeking_an_office_is_no_report_but_seeking_to_reassure_is(pipeline):
    text = ('All the Republicans seeking the White House raced into the first debate. Kasich, who is seeking the '
            'nomination, spoke in Ohio. The governor sought to reassure his donors.')
    records = extracted(text, pipeline)
    assert [(r.cue, r.text) for r in records] == [("sought", "to reassure his donors")]


def test_a_question_put_to_the_reader_is_no_report_but_an_interviewers_is(pipeline):
    text = ('"We have incompetent people," Trump said.\n\nDo you support Donald Trump?\n\n'
            "Q: But he's a socialist. Do you think a socialist can win a general election?")
    records = extracted(text, pipeline)
    assert [(r.cue, r.speaker_mention, r.text) for r in records if r.kind == "indirect"] == [
        ("think", "you", "a socialist can win a general election")]


def test_shares_before_a_market_move_are_no_report_but_sharing_a_view_is(pipeline):
    text = ("Nvidia shares jump as AI demand surges\n\nNvidia Corp on Wednesday forecast revenue above estimates. "
            "Ms. Kress shared her view that supply would improve.")
    records = extracted(text, pipeline)
    assert "shares" not in [r.cue for r in records]
    assert ("shared", "Ms. Kress") in [(r.cue, r.speaker_mention) for r in records]


@pytest.mark.parametrize("text, time", [
    ("Altman responded hours later.", "hours"),
    ("The chief was fired on Tuesday, after the mayor strongly backed him a few days earlier.", "a few days"),
])
def test_a_span_of_time_parsed_as_the_object_is_not_what_was_said(pipeline, text, time):
    """"hours later" tells when; the parse may make "hours" the object of the verb."""
    assert not any(time in r.text for r in extracted(text, pipeline))


@pytest.mark.parametrize("text, content", [
    ('Analysts at Jefferies wrote in a note to clients that the probe could delay deliveries "well into next year."',
     'that the probe could delay deliveries "well into next year."'),
    ("Analysts at Jefferies wrote in a note to clients that the probe could delay deliveries well into next year.",
     "that the probe could delay deliveries well into next year"),
])
def test_the_addressee_before_that_is_not_what_was_said(pipeline, text, content):
    """"to clients" says to whom; the parse may make it a clause holding the report."""
    assert only(extracted(text, pipeline)).text == content


def test_a_report_runs_on_past_but_and_a_clause_the_parse_gave_the_cue(pipeline):
    """The parse makes "terms" a conjunct of "told" and "reporters" the object of "remained"."""
    text = ('Kremlin spokesman Dmitry Peskov told reporters Moscow remained open to talks, but only on terms that '
            '"reflect the realities on the ground."')
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text) == (
        "mixed", 'Moscow remained open to talks, but only on terms that "reflect the realities on the ground."')


@pytest.mark.parametrize("text", [
    "The council voted 5-2 on Tuesday night to add protected bike lanes to Main Street.",
    "Social media has added another link to the misinformation chain.",
    "He sometimes added additional content on the email chains.",
])
def test_add_with_a_noun_phrase_adds_a_thing(pipeline, text):
    assert not [r for r in extracted(text, pipeline) if r.cue and "add" in r.cue]


def test_add_with_a_clause_reports(pipeline):
    record = only(extracted("Time, Mr. Pence added, was on their side.", pipeline))
    assert (record.cue, record.speaker) == ("added", "Pence")
