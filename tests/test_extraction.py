"""Quotations and their contents on hand-written paragraphs, one per construction: direct, mixed and indirect
reports, follow-on quotes, and where each content starts and ends."""

from __future__ import annotations

import pytest

from quotes import extract
from quotes.cue_speakers import speaker_of
from quotes.cue_content import raised_clause
from quotes.parsing import parse_spans
from tests.conftest import check_offsets, extracted, only, sentence_from_rows, with_cue


def indirect_text(text: str, pipeline) -> str:
    """The content of the one quotation found in ``text``, which must be an indirect report."""
    record = only(extracted(text, pipeline))
    assert record.kind == "indirect"
    return record.text


@pytest.mark.parametrize("text,speaker,cue", [
    ('"We will not back down," Mayor Anna Schmidt said on Tuesday.', "Anna Schmidt", "said"),
    ('"We will not back down," said Mayor Anna Schmidt.', "Anna Schmidt", "said"),
    ('Mayor Anna Schmidt said: "We will not back down."', "Anna Schmidt", "said"),
    ('Anna Schmidt told reporters on Tuesday, "We will not back down."', "Anna Schmidt", "told"),
])
def test_direct_quote_orders(pipeline, text, speaker, cue):
    records = extract(text, pipeline=pipeline)
    check_offsets(text, records)
    record = only(records)
    assert (record.kind, record.speaker, record.cue, record.text) == ("direct", speaker, cue, "We will not back down,"
                                                                       if text.startswith('"') else "We will not back down.")


def test_split_quote_around_cue(pipeline):
    text = '"The plan is dead," Senator Tom Harris said, "and nobody will revive it."'
    record = only(extract(text, pipeline=pipeline))
    assert record.speaker == "Tom Harris" and record.kind == "direct"
    assert [text[a:b] for a, b in record.spans] == ["The plan is dead,", "and nobody will revive it."]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_quote_paragraph_after_a_quotation_continues_it(pipeline, gap):
    text = f'"We are ready," the coach, Lisa Brown, said after the match.{gap}"Nobody expected this result from us."'
    record = only(extract(text, pipeline=pipeline))
    assert record.speaker == "Lisa Brown"
    assert [text[a:b] for a, b in record.spans] == ["We are ready,", "Nobody expected this result from us."]


def test_a_quote_paragraph_after_a_mixed_report_is_a_follow_on(pipeline):
    text = 'The coach, Lisa Brown, said the team was "ready for anything."\n"Nobody expected this result from us."'
    records = extract(text, pipeline=pipeline)
    assert [(r.kind, r.method) for r in records] == [("mixed", "cue:name"), ("direct", "follow-on")]
    assert records[1].speaker == records[0].speaker == "Lisa Brown"


def test_a_quote_that_leads_the_next_sentence_continues_the_quotation(pipeline):
    text = ('"The key group is young women," said Jaime Harrison, the party chair. "Clinton has to keep '
            'their support" - raising her name recognition and then winning their votes.')
    record = only(extract(text, pipeline=pipeline))
    assert record.speaker == "Jaime Harrison" and record.kind == "direct"
    assert [text[a:b] for a, b in record.spans] == ["The key group is young women,", "Clinton has to keep their support"]


def test_a_quote_that_opens_a_sentence_and_leaves_it_unfinished_takes_in_the_words_that_finish_it(pipeline):
    text = ('"People are hungry for solutions," Clinton said. "That is the fight we\'re taking" to the rest of '
            'the country.\n\n"We are ready" for the primary, she added.')
    records = extracted(text, pipeline)
    assert [(r.kind, r.text[:7], r.text[-26:]) for r in records] == [
        ("mixed", '"People', "to the rest of the country"), ("mixed", '"We are', 'are ready" for the primary')]
    assert [text[a:b] for a, b in records[0].spans] == ["People are hungry for solutions,", "That is the fight we're taking"]
    mid = 'Clinton said she was "taking the fight" to the rest of the country.'  # not where a quote opens a sentence
    assert only(extracted(mid, pipeline)).text == 'she was "taking the fight" to the rest of the country'


def test_a_quote_after_and_joins_the_clause_it_coordinates_with(pipeline):
    text = 'Sanders said the results were a win for ordinary voters and "not a handful of wealthy campaign contributors."'
    record = only(extract(text, pipeline=pipeline))
    assert record.kind == "mixed" and record.speaker == "Sanders"
    assert record.text.startswith("the results were a win") and record.text.endswith('contributors."')


@pytest.mark.parametrize("text,content", [
    ('Ann Lee thanked the donors but said, “It is time we change how we do it,” promising the group '
     'will return to its roots.', "It is time we change how we do it,"),
    ('Trump attacked "Obama-Clinton" policies, which he said had harmed the economy.', '"Obama-Clinton" policies')])
def test_a_participle_or_relative_clause_after_a_comma_comments_on_the_report(pipeline, text, content):
    record = next(r for r in extract(text, pipeline=pipeline) if r.cue != "thanked")  # "thanked the donors": its own
    assert record.text == content and record.speaker in ("Ann Lee", "Trump")


def test_indirect_with_according_to(pipeline):
    text = "The bridge will close for two years, according to the Transport Ministry."
    record = only(extract(text, pipeline=pipeline))
    assert record.kind == "indirect" and record.speaker == "Transport Ministry"
    assert record.cue == "according to"


def test_two_apostrophe_marks_and_a_long_description(pipeline):
    text = ("''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist who served as director of "
            "the Congressional Budget Office. ''It's anti-reform.''")
    records = extracted(text, pipeline)
    record = only(records)
    assert record.kind == "direct" and record.speaker_mention.startswith("Douglas Holtz-Eakin")
    assert [text[s:e] for s, e in record.spans] == ["This isn't tax reform,", "It's anti-reform."]


@pytest.mark.parametrize("text,content", [
    ("In a speech, Clinton called half of Donald Trump’s supporters “deplorables.”",
     "half of Donald Trump’s supporters “deplorables.”"),
    ("Trump tells his supporters at a rally to “go to your place and vote” and then “go sit there.”",
     "to “go to your place and vote” and then “go sit there.”"),
    ("Trump tweeted that Machado was “disgusting” and “a con” and encouraged Americans to look.",
     "that Machado was “disgusting” and “a con”"),
    ("Ohio Gov. John Kasich suspended his presidential campaign Wednesday evening, telling supporters in Columbus, Ohio, that he had \"renewed faith\" that "
     '"the Lord will show me the way forward."', 'that he had "renewed faith" that "the Lord will show me the way forward."'),
    ("Wasserman Schultz, who is reviled by progressives, said at the hearing that drafting the platform “is an "
     "open process” and that the convention “will be the most representative and inclusive in our history.”",
     "that drafting the platform “is an open process” and that the convention “will be the most representative and "
     "inclusive in our history.”"),
])
def test_reported_phrase_around_quoted_fragments(pipeline, text, content):
    record = only(extract(text, pipeline=pipeline, stance=False), kind="mixed")  # "encouraged Americans to look" too
    assert (record.kind, record.text) == ("mixed", content)
    assert all(text[s - 1] in "“\"" for s, _ in record.spans)


def test_a_quote_and_the_words_after_it_before_a_speech_verb_are_one_mixed_quotation(pipeline):
    text = ("“You squeezed employees to the breaking point” to drive up the stock price and your compensation, she said, "
            "referencing the bank’s fierce drive to “cross-sell” or make customers open up multiple accounts.")
    record = extracted(text, pipeline)[0]  # the parse hangs the quoted clause on "said" as an adverbial clause
    assert (record.kind, record.cue, record.text) == (
        "mixed", "said", "“You squeezed employees to the breaking point” to drive up the stock price and your compensation")


def test_mixed_content_runs_to_the_end_of_the_sentence(pipeline):
    text = 'Senator Clara Diaz emphasized the need for an "unshakeable commitment" to the alliance.'
    record = only(extract(text, pipeline=pipeline))
    check_offsets(text, [record])
    assert record.kind == "mixed" and record.speaker == "Clara Diaz"
    assert record.text == 'the need for an "unshakeable commitment" to the alliance'
    assert [text[a:b] for a, b in record.spans] == ["unshakeable commitment"]


def test_mixed_content_before_the_cue_starts_the_sentence(pipeline):
    text = 'The new rules may be "strategic," said Jeffery Hemsley, a professor at Syracuse University.'
    record = only(extract(text, pipeline=pipeline))
    assert record.kind == "mixed" and record.speaker == "Jeffery Hemsley"
    assert record.text == 'The new rules may be "strategic,"'


@pytest.mark.parametrize("text,kind,cue,speaker,content", [
    ('Cruz said last week that Trump represents "New York values."', "mixed", "said", "Cruz",
     'that Trump represents "New York values."'),
    ('Weaver told CNN Tuesday that he believes the battle will continue until the convention.', "indirect", "told",
     "Weaver", "that he believes the battle will continue until the convention"),
    ("Clinton spokesman Jesse Lehrich said Friday that if his candidate were to win in November, “she would sign "
     "this legislation if it came to her desk.”", "mixed", "said", "Jesse Lehrich",
     "that if his candidate were to win in November, “she would sign this legislation if it came to her desk.”"),
    ("Pence said on Friday that “exactly who did it” remains under investigation.", "mixed", "said", "Pence",
     "that “exactly who did it” remains under investigation"),  # the quote parsed as a relative clause of "Friday"
])
def test_that_clause_after_a_time_word_is_the_content(pipeline, text, kind, cue, speaker, content):
    # the small parser hangs "that ..." off "week" / "Tuesday" as a relative clause
    records = extracted(text, pipeline)
    record = next(r for r in records if r.cue == cue)
    assert (record.kind, record.speaker, record.text) == (kind, speaker, content)


def test_adding_that_clause_parsed_under_the_first_cue_is_its_own_quotation(pipeline):
    text = ("\"It's not new in Virginia,\" said Rep. Bobby Scott at the time, adding that "
            "\"we've been electing African-Americans to office for a long time.\"")
    records = extracted(text, pipeline)
    assert [(r.cue, r.kind) for r in records] == [("said", "direct"), ("adding", "mixed")]
    assert records[0].text == "It's not new in Virginia,"
    assert "electing" in records[1].text and "Virginia" not in records[1].text
    assert records[0].speaker_id == records[1].speaker_id


def test_a_phrase_before_the_that_clause_parsed_as_a_clause_is_no_part_of_the_report(pipeline):
    text = ("Bret Stephens said on the MSNBC show ''Morning Joe'' that ''too much of the Republican Party became an echo "
            "chamber of itself.''")  # "the MSNBC show 'Morning Joe'" parsed as a clause: "MSNBC shows ..."
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text) == ("mixed", "that ''too much of the Republican Party became an echo chamber "
                                                   "of itself.''")


def test_a_complement_parsed_as_a_conjunct_is_the_report(pipeline):
    text = ("In response to Sanders' charge that she has been weak on climate change, Clinton said she and Obama had "
            "made progress in the face of GOP opposition.")  # parsed "said [and] she and Obama had made progress"
    said = next(r for r in extracted(text, pipeline) if r.cue == "said")
    assert (said.kind, said.text, said.speaker) == (
        "indirect", "she and Obama had made progress in the face of GOP opposition", "Clinton")


def test_a_clause_after_a_participle_aside_is_the_participles_report(pipeline):
    text = ("Ryan and Trump will meet sometime next week, Spicer said, adding, \"They need to sit down.\" "
            "Mark Cuban said that Cruz is too principled, suggesting the first-term senator sees issues as “absolutely "
            "black and white.”")
    records = extracted(text, pipeline)  # the parse hangs "They need ..." and "the ... senator sees ..." on "said"
    assert [(r.cue, r.kind, r.text) for r in records] == [
        ("said", "indirect", "Ryan and Trump will meet sometime next week"),
        ("adding", "direct", "They need to sit down."),
        ("said", "indirect", "that Cruz is too principled"),
        ("suggesting", "mixed", "the first-term senator sees issues as “absolutely black and white.”")]


@pytest.mark.parametrize("text,content", [
    ("Last month, reporter Scott Conroy asked Sanders whether his age was a fair topic in the campaign.",
     "whether his age was a fair topic in the campaign"),
    ("In a September letter, Trump asked the network to donate the profits to veterans groups.",
     "the network to donate the profits to veterans groups"),  # the addressee of a request, as PolNeAR mostly has it
])
def test_a_reported_question_or_request_is_an_indirect_quotation(pipeline, text, content):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue) == ("indirect", "asked")
    assert record.text == content


@pytest.mark.parametrize("text, content", [
    ("State initially said it would take two months to get the releases back on track, but it managed to do so "
     "after just one month.", "it would take two months to get the releases back on track"),  # the writer's
    ("The Ohio governor said the U.S. needs to secure the border, but that he would not support deportations.",
     "the U.S. needs to secure the border, but that he would not support deportations"),  # a second report
])
def test_a_clause_that_but_sets_against_the_report_is_no_part_of_it(pipeline, text, content):
    assert only(extracted(text, pipeline)).text == content


@pytest.mark.parametrize("text, content", [
    ("He said the plan would take jobs away from the U.S.", "the plan would take jobs away from the U.S."),
    ("She said the attacks hit San Bernardino, Calif.", "the attacks hit San Bernardino, Calif."),
    ("He said the senator was ill.", "the senator was ill"),  # a word, not the abbreviation "Ill."
])
def test_a_report_ending_in_an_abbreviation_keeps_its_full_stop(pipeline, text, content):
    record = only(extracted(text, pipeline))
    assert record.text == content == text[record.start:record.end]


def test_a_participle_after_an_indirect_report_continues_it(pipeline):
    text = ("President Joe Biden has said that he would end the mission by August 31, "
            "arguing that it was up to Afghans to decide.")
    record = only(extract(text, pipeline=pipeline, stance=False))
    assert (record.kind, record.cue, record.speaker) == ("indirect", "has said", "Joe Biden")


def test_a_participle_after_a_report_in_the_simple_past_is_a_report_of_its_own(pipeline):
    text = "The mayor said that the city would not raise taxes this year, noting that the budget had a surplus."
    records = extracted(text, pipeline)
    assert [(r.cue, r.text, r.speaker_mention) for r in records] == [
        ("said", "that the city would not raise taxes this year", "The mayor"),
        ("noting", "that the budget had a surplus", "The mayor")]


@pytest.mark.parametrize("text,content,participle", [
    ("In an interview, Mr. Coleman said Mr. Kasich should leave the race for the good of the party, echoing a memo "
     "from Mr. Rubio's campaign manager.", "Mr. Kasich should leave the race for the good of the party", "echoing"),
    ("On Tuesday, the company said it would not be able to file its annual financial statement in time, "
     "warning that it could default on some of its debt.",
     "it would not be able to file its annual financial statement in time", "warning"),
])
def test_a_speech_participle_hung_inside_a_report_starts_a_report_of_its_own(pipeline, text, content, participle):
    records = extracted(text, pipeline)
    assert [(r.cue, r.text) for r in records][:1] == [("said", content)]
    assert [r.cue for r in records[1:]] == [participle]


def test_a_fronted_question_with_its_agent_is_its_own_report(pipeline):
    text = "Asked by Stephanopoulos to respond to Trump's criticism, Carson said he would not engage."
    records = extracted(text, pipeline)
    assert [(r.cue, r.speaker, r.text) for r in records] == [
        ("Asked", "Stephanopoulos", "to respond to Trump's criticism"),
        ("said", "Carson", "he would not engage")]


@pytest.mark.parametrize("text,cue,content", [
    ("Then Mr. Rubin asked the students if they were always so preternaturally serious.", "asked",
     "if they were always so preternaturally serious"),
    ("Calabrese told the National Post he's already received hundreds of emails from Americans.", "told",
     "he's already received hundreds of emails from Americans"),
    ("Trump said after the convention he would not accept Cruz's endorsement if it were offered.", "said",
     "he would not accept Cruz's endorsement if it were offered"),
    ("Some of his admirers wonder about his more subdued style and faded magnetism.", "wonder about",
     "his more subdued style and faded magnetism"),
])
def test_reports_whose_content_the_parse_hangs_elsewhere(pipeline, text, cue, content):
    # the small parser makes "if ..." an adverbial clause, "he's ..." a relative clause of "Post", "he would
    # not accept ..." one of "convention"
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.text) == ("indirect", cue, content)


def test_the_clause_of_a_raising_verb_leaves_out_coordinated_clauses(pipeline):
    text = "The voters appear tired of the race, and the candidates know it."
    [sentence] = parse_spans(pipeline, text, [(0, len(text))])
    verb = next(w for w in sentence.words if w.text == "appear")
    clause = raised_clause(sentence, verb, speaker_of(sentence, verb))
    assert text[clause[0].start:clause[-1].end] == "The voters appear tired of the race"


@pytest.mark.parametrize("text", [
    "If the demands are not met, Mr. Taylor warned, die-hard Sanders supporters plan to leave the party.",
    "Otherwise, she said, countries may simply steal growth from one another.",
    # the parse hangs the aside on the clause, so the cue has no content of its own
    "The presumed adjustment, they concluded, never happened.",
    "If anything, Ash argued in his email, the incident is an illustration of why the convention should adopt new "
    "rules.",
])
def test_a_parenthetical_cue_reports_its_whole_sentence(pipeline, text):
    record = only(extracted(text, pipeline))
    assert record.kind == "indirect" and record.text == text[:-1]


def test_a_quote_after_a_second_speech_verb_is_its_own_quotation(pipeline):
    text = '"The budget is balanced," Mayor Anna Schmidt said on Tuesday, adding of the council, "They did their part."'
    records = extracted(text, pipeline)
    assert [(r.kind, r.text, r.cue, r.speaker) for r in records] == [
        ("direct", "The budget is balanced,", "said", "Anna Schmidt"),
        ("direct", "They did their part.", "adding", "Anna Schmidt")]


@pytest.mark.parametrize("text,content,speaker", [
    ("Assem, the plane’s co-pilot, had logged 2,766 flying hours with EgyptAir, the airline said Thursday.",
     "Assem, the plane’s co-pilot, had logged 2,766 flying hours with EgyptAir", "airline"),
    ("The senator had voted for the bill twice, the office said Monday.",
     "The senator had voted for the bill twice", "office")])
def test_a_day_after_the_cue_is_not_what_was_said(pipeline, text, content, speaker):
    records = extracted(text, pipeline)  # "the airline" with no airline named before: no name, the noun its role
    assert [(r.kind, r.text, r.cue, r.speaker, r.speaker_role) for r in records] == [
        ("indirect", content, "said", None, speaker)]


def test_the_predicate_after_a_participles_object_with_a_subject_of_its_own_is_not_its_report(pipeline):
    text = ("Nonetheless, House Republicans supporting the bill have said they think they will have sufficient "
            "votes to pass it.")  # "have said" has "Republicans" for its subject: not a predicate of "the bill"
    records = {r.cue: (r.text, r.speaker_mention) for r in extracted(text, pipeline)}
    assert records["have said"] == ("they think they will have sufficient votes to pass it",
                                    "House Republicans supporting the bill")
    assert records.get("supporting", ("the bill",))[0] == "the bill"


@pytest.mark.parametrize("text, content", [
    ("Mook pointedly rejected the notion that the campaign is calling the former secretary of state corrupt.",
     "the notion that the campaign is calling the former secretary of state corrupt"),
    ("Bush again dismissed the idea that he was part of the so-called Republican establishment.",
     "the idea that he was part of the so-called Republican establishment"),
    ("Economists have found little evidence that raising the floor causes large job losses.",
     "little evidence that raising the floor causes large job losses"),
])
def test_a_noun_that_a_that_clause_spells_out_is_part_of_the_report(pipeline, text, content):
    assert indirect_text(text, pipeline) == content


@pytest.mark.parametrize("text, quoted", [
    ('The woman urges her husband to come out of the car and repeatedly says, "Don\'t you do it," until gunshots are '
     "heard.", "Don't you do it,"),
    ('He told the crowd, "We will win this state," before leaving the stage.', "We will win this state,"),
])
def test_a_clause_after_an_introduced_quote_is_the_narrators(pipeline, text, quoted):
    record = only(extracted(text, pipeline), "direct")  # not a mixed report running on past the marks
    assert record.text == quoted


@pytest.mark.parametrize("text, content", [
    ("Former President Bill Clinton criticized the Affordable Care Act as a “crazy system” during a presidential "
     "campaign stop in Flint, Mich., for his wife.", "the Affordable Care Act as a “crazy system”"),
    ("Trump called the system “rigged” in a tweet Tuesday.", "the system “rigged”"),
    ("He blasted Clinton as a “disgrace” Wednesday on The Laura Ingraham Show.", "Clinton as a “disgrace”"),
])
def test_a_time_or_venue_after_a_mixed_quote_is_not_reported(pipeline, text, content):
    record = only(extracted(text, pipeline), "mixed")  # when and where it was said, not what
    assert record.text == content


@pytest.mark.parametrize("text,speaker,content", [
    # the small parser makes "go" / "includes" a second relative clause of the noun, beside "said"
    ("The policy changes, which officials said will go into effect in the next few months, were announced Tuesday.",
     "officials", "which officials said will go into effect in the next few months"),
    ("Sanders's donor list, which the campaign says includes 2.7 million contributors across the country, is "
     "another uncertain - and highly coveted - asset.", "campaign",
     "which the campaign says includes 2.7 million contributors across the country"),
    # "what" is the subject of the reported clause: PolNeAR's content runs from it over speaker and cue
    ("Iran released the sailors quickly, in what many analysts said was a sign of Iran's improving relations "
     "with the West.", "analysts", "what many analysts said was a sign of Iran's improving relations with "
     "the West"),
    ("Courses now cater to what she said is growing demand for fitness facilities.", None,
     "what she said is growing demand for fitness facilities"),
    ("She turned over 30,000 emails, which she said represented all her ''work-related'' emails.", None,
     "which she said represented all her ''work-related'' emails"),  # a mixed one too
    ("The plan rests on what Mr. Hedge called ''the prior economy model.''", "Hedge",
     "what Mr. Hedge called ''the prior economy model.''"),  # "what" parsed as the head of "called"
    ("Bloomberg pegged him at $2.9 billion, which Mr. Trump called ''a disgrace.''", "Trump",
     "which Mr. Trump called ''a disgrace.''"),  # "which", what was named, parsed as an oblique of "called"
    ("It was an explosion that Mayor Bill de Blasio described as “an intentional act.”", "Bill de Blasio",
     "that Mayor Bill de Blasio described as “an intentional act.”"),  # "that" parsed as a marker
    ("He met groups of observers, whom he described as \"peaceful,\" and left.", None,
     'whom he described as "peaceful,"')])
def test_a_relative_clause_split_around_its_cue_is_what_the_cue_reports(pipeline, text, speaker, content):
    record = only(extracted(text, pipeline))  # the name, or the description that names nobody ("the campaign")
    assert (record.kind, record.speaker or record.speaker_role, record.text) == (
        "mixed" if any(mark in content for mark in ("''", '"', "“")) else "indirect", speaker, content)


@pytest.mark.parametrize("text,cue,content", [
    ("The poll shows both Donald Trump and Ben Carson beating Clinton 45 to 40 percent.", "shows",
     "both Donald Trump and Ben Carson beating Clinton 45 to 40 percent"),
    ("The April survey found Clinton leading Sanders by seven points.", "found", "Clinton leading Sanders by seven points")])
def test_what_a_poll_shows_or_finds_includes_the_participle_after_its_object(pipeline, text, cue, content):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.text) == ("indirect", cue, content)


@pytest.mark.parametrize("text,content", [
    ("In interviews, Democrats cited several factors for the low turnout, including Republican-backed laws that have "
     "raised new barriers to voting.", "several factors for the low turnout, including Republican-backed laws that "
     "have raised new barriers to voting"),
    ("Last month, the campaign unveiled an endorsement list of 85 mayors from across the nation, including leading "
     "progressives like New York City Mayor Bill de Blasio.", "an endorsement list of 85 mayors from across the "
     "nation, including leading progressives like New York City Mayor Bill de Blasio"),
    ("The senator thanked his staff and his family, as well as the volunteers who knocked on doors for months.",
     "his staff and his family, as well as the volunteers who knocked on doors for months"),
    ("The governor praised the police chief, along with the firefighters who worked through the night.",
     "the police chief, along with the firefighters who worked through the night"),
    ("In her speech, the mayor mentioned the city's ties to developers, among others.",
     "the city's ties to developers, among others"),
    ("The latest state poll shows the governor with a six-point lead, with 48 percent to his rival's 42 percent.",
     "the governor with a six-point lead, with 48 percent to his rival's 42 percent"),
    ("A poll released Monday found the senator with the highest approval rating of his career, with 61 percent of "
     "voters saying he is doing a good job.", "the senator with the highest approval rating of his career, with 61 "
     "percent of voters saying he is doing a good job")])
def test_a_reported_noun_phrase_keeps_what_a_comma_phrase_adds_to_it(pipeline, text, content):
    assert indirect_text(text, pipeline) == content


@pytest.mark.parametrize("text,content", [
    ("The mayor spoke about the need for residents to conserve water this summer.",
     "the need for residents to conserve water this summer"),
    ("The party sees the debate as a second chance for its nominee to win over women.",
     "the debate as a second chance for its nominee to win over women")])
def test_a_reported_noun_keeps_the_to_clause_that_completes_it(pipeline, text, content):
    assert indirect_text(text, pipeline) == content


@pytest.mark.parametrize("text,content", [
    ("Cruz never mentioned Trump by name.", "Trump by name"),
    ("He argued against intervention by outside powers in Syria.", "intervention by outside powers in Syria"),
    ("Mr. Brown said, recalling a visit to his church by Rafael Cruz.", "a visit to his church by Rafael Cruz"),
    ("Hurun lists Mr. Trump's wealth at $6.5 billion.", "Mr. Trump's wealth at $6.5 billion"),
    ("In this loop, Trump makes a false claim and is called on it by the news media.", "it")])
def test_a_by_or_at_phrase_after_a_reported_noun_goes_with_it_unless_it_names_the_speaker(pipeline, text, content):
    record = next(r for r in extracted(text, pipeline) if r.cue != "said")
    assert (record.kind, record.text) == ("indirect", content)


@pytest.mark.parametrize("text,content", [
    ("A campaign aide later clarified that Clinton misspoke and intended to say that it was a mistake.",
     "that Clinton misspoke and intended to say that it was a mistake"),
    ("At the rally, Trump said that Romney begged him for an endorsement in 2012 and would have dropped to his knees "
     "if Trump had asked him to do so.", "that Romney begged him for an endorsement in 2012 and would have dropped "
     "to his knees if Trump had asked him to do so")])
def test_a_verb_phrase_going_on_the_reported_clause_is_part_of_it(pipeline, text, content):
    assert indirect_text(text, pipeline) == content


def test_a_speech_verb_in_a_that_clause_is_no_aside_reporting_the_clause_before(pipeline):
    text = "An article on Monday reported that she had talked openly on social media about violent jihad."
    record = only(extracted(text, pipeline))  # not "had talked" reporting "An article on Monday reported"
    assert (record.cue, record.text) == ("reported", text[text.index("that"):-1])


@pytest.mark.parametrize("text,cue,content", [
    ("Sanders called her fallen son her hero before explaining why she forgave Roof.", "explaining",
     "why she forgave Roof"),
    ("When asked whom she supported, Ms. Sherry smiled and said nothing.", "asked", "whom she supported")])
def test_the_question_word_opening_a_reported_question_is_part_of_it(pipeline, text, cue, content):
    record = with_cue(text, pipeline, cue)
    assert record.text == content


def test_a_participle_that_reports_nothing_stays_in_the_report_around_its_cue(pipeline):
    text = ("Pence was the subject of 60 percent of the Twitter conversation about the debate, Twitter announced, "
            "gaining 22,000 Twitter followers.")
    assert only(extracted(text, pipeline)).text == text[:-1]


def test_a_fronted_question_is_not_the_answers_content(pipeline):
    text = ("Asked during a January debate why he trailed Hillary Clinton so badly among minority voters, "
            "Senator Bernie Sanders said he would gain ground once those voters became familiar with his record.")
    record = next(r for r in extracted(text, pipeline) if r.cue == "said")
    assert (record.text, record.speaker) == (
        "he would gain ground once those voters became familiar with his record", "Bernie Sanders")


def test_an_inverted_cue_parsed_as_a_conjunct_reports_the_whole_clause_before_it(pipeline):
    text = ("In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense pressure from "
            "Asian imports, said the company's chief executive, John J. Ferriola.")
    record = only(extracted(text, pipeline))
    assert record.text.endswith("the big Nucor steel plant is hanging on, but it is under intense pressure "
                                "from Asian imports")
    assert record.speaker == "John J. Ferriola"


def test_a_that_clause_hung_elsewhere_is_the_content_of_the_cue_before_it(pipeline):
    text = ("Mr. Cruz has pursued a national strategy of uniting evangelicals and other conservatives behind "
            "him, arguing that with the backing of energized conservatives alone he can win not only the "
            "nomination, but also the general election.")
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker, record.text) == (
        "arguing", "Cruz", "that with the backing of energized conservatives alone he can win not only the "
        "nomination, but also the general election")


@pytest.mark.parametrize("text, content, speaker", [
    ("Seacord said Clinton and the Democratic establishment are too concerned with self-interest.",
     "Clinton and the Democratic establishment are too concerned with self-interest", "Seacord"),
    ("Spicer said Ryan and Trump will meet sometime next week.", "Ryan and Trump will meet sometime next week",
     "Spicer"),  # "and" parsed on "Trump", not on "meet"
])
def test_a_subject_split_between_the_cue_and_a_conjunct_is_one_report(pipeline, text, content, speaker):
    record = only(extracted(text, pipeline))  # parsed as "said [Clinton]" and "[the establishment] are concerned"
    assert (record.text, record.speaker) == (content, speaker)


@pytest.mark.parametrize("text, content, mention", [
    ("Lee Wang of The Intercept asked Clinton Friday whether she would release transcripts.",
     "whether she would release transcripts", "Lee Wang of The Intercept"),
    ("We asked our followers which candidate won Thursday's GOP debate.", "which candidate won Thursday's GOP debate",
     "We"),
])
def test_a_question_the_parse_hangs_on_the_verb_or_the_person_asked_is_what_was_asked(pipeline, text, content, mention):
    record = only(extracted(text, pipeline))
    assert (record.cue, record.text, record.speaker_mention) == ("asked", content, mention)


def test_who_is_called_on_to_act_and_the_request_are_the_report(pipeline):
    text = 'Trump called on her to resign from her post and said, "Her mind is shot."'
    record = extracted(text, pipeline)[0]  # "on" parsed as a marker of "to resign", "her" as an oblique
    assert (record.kind, record.cue, record.text, record.speaker) == (
        "indirect", "called on", "her to resign from her post", "Trump")


def test_a_report_before_and_added_and_a_quotation_is_a_report_of_its_own(pipeline):
    text = "Lazar said he welcomed extradition to the United States and added, \"I'll plead guilty.\""
    records = extracted(text, pipeline)  # the parse hangs the quotation on "said" too
    assert [(r.kind, r.cue, r.text) for r in records] == [
        ("indirect", "said", "he welcomed extradition to the United States"), ("direct", "added", "I'll plead guilty.")]


def test_a_report_before_a_participle_that_quotes_is_a_report_of_its_own(pipeline):
    text = ("Carson said he saw no need to change anything about his campaign, telling Stephanopolous that “we tell "
            "the truth, we deal with the issues” and that he’d seen continued support from voters.")
    records = extracted(text, pipeline)  # the parse hangs "telling ..." inside what "said" reports
    assert [(r.kind, r.cue, r.speaker) for r in records] == [("indirect", "said", "Carson"), ("mixed", "telling", "Carson")]
    assert records[0].text == "he saw no need to change anything about his campaign"


@pytest.mark.parametrize("text,kind,content", [
    ("Sanders vowed to shut down private detention centers, after a report said they were unsafe.", "indirect",
     "to shut down private detention centers"),
    ("Sanders praised “Bernie's genuineness and indisputable integrity” as he announced his endorsement.", "direct",
     "Bernie's genuineness and indisputable integrity")])
def test_a_report_never_ends_on_a_subordinator_whose_clause_it_leaves_out(pipeline, text, kind, content):
    record = extracted(text, pipeline)[0]
    assert (record.kind, record.text) == (kind, content)


def test_a_report_in_a_while_clause_keeps_the_clause_the_parse_gave_the_main_cue(pipeline):
    text = "While one company says there are more than 2,400 billionaires in the world, another says there are about 1,800."
    records = extracted(text, pipeline)  # the parse hangs "there are more ..." on the second "says"
    assert [(r.cue, r.text) for r in records] == [
        ("says", "there are more than 2,400 billionaires in the world"), ("says", "there are about 1,800")]


@pytest.mark.parametrize("text, content", [
    ("However, slower growth in developed nations is being offset by faster improvements in emerging economies, the "
     "IMF said.", "slower growth in developed nations is being offset by faster improvements in emerging economies"),
    ("And Mrs. Clinton now holds a gaping advantage of 83 percentage points among black voters, according to a recent "
     "poll.", "Mrs. Clinton now holds a gaping advantage of 83 percentage points among black voters"),
])
def test_a_connective_opening_the_sentence_is_no_part_of_the_report_before_its_cue(pipeline, text, content):
    assert [r.text for r in extracted(text, pipeline)] == [content]


def test_a_semicolon_ends_an_indirect_reports_content(pipeline):
    text = "He calls for $1 trillion in new spending to improve infrastructure; she calls for $275 billion."
    first = extracted(text, pipeline)[0]
    assert (first.cue, first.text) == ("calls for", "$1 trillion in new spending to improve infrastructure")


def test_a_second_that_clause_is_part_of_the_report(pipeline):
    text = "Ms. Smith said she appreciated the apology and that she wanted to move forward."
    record = only(extracted(text, pipeline))
    assert (record.cue, record.text) == ("said", "she appreciated the apology and that she wanted to move forward")


def test_a_phrase_after_the_object_is_part_of_the_report(pipeline):
    text = "Mr. Trump criticized Marco Rubio for opposing legal abortion in cases of rape and incest."
    record = only(extracted(text, pipeline))
    assert (record.cue, record.text) == ("criticized", "Marco Rubio for opposing legal abortion in cases of rape and incest")


def test_a_phrase_hung_on_the_cue_after_its_content_is_part_of_the_report(pipeline):
    text = ("The April survey found Clinton leading Sanders by seven points, with 17 percent of likely "
            "Democratic voters still undecided.")
    record = only(extracted(text, pipeline))
    assert record.text == ("Clinton leading Sanders by seven points, with 17 percent of likely Democratic voters "
                           "still undecided")


def test_the_words_of_a_contraction_carry_their_own_offsets(pipeline):
    text = "They’re endorsing Clinton because she can win the general election."
    record = next(r for r in extracted(text, pipeline) if r.cue is not None and "endorsing" in r.cue)
    assert (record.cue, record.speaker_mention) == ("’re endorsing", "They")


def test_a_mixed_quotation_continued_by_a_quote_ends_past_its_closing_mark(pipeline):
    text = 'Sooner or later, "I think we will have a consumption tax," he said. "It\'s a good thing to talk about."'
    record = only(extracted(text, pipeline))
    assert record.kind == "mixed" and record.text.endswith('talk about."') and len(record.spans) == 2


def test_a_second_that_clause_after_a_quote_is_part_of_the_report(pipeline):
    text = ('His brothers said that their father "could be unyielding," and that Freddy had struggled with '
            'his criticism.')
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text) == (
        "mixed", 'that their father "could be unyielding," and that Freddy had struggled with his criticism')


@pytest.mark.parametrize("text,content", [
    ('He adds that American Muslims have two choices: "You either leave or you fight."',
     'that American Muslims have two choices: "You either leave or you fight."'),
    ('The rabbi has said that while he fears comparing any event to the Holocaust, "I\'ve never seen anything '
     'like it."', 'that while he fears comparing any event to the Holocaust, "I\'ve never seen anything like it."')])
def test_a_that_clause_before_a_comma_or_colon_joins_the_quote_after_it(pipeline, text, content):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text) == ("mixed", content)


def test_a_mixed_report_starts_at_the_that_after_the_cue_and_its_addressee(pipeline):
    text = ("Paul Manafort told friends that the candidate knew all about his work for foreign leaders and "
            'thought the criticism he received for it was a "badge of honor."')
    record = only(extracted(text, pipeline))
    assert record.kind == "mixed" and record.text.startswith("that the candidate knew")


@pytest.mark.parametrize("text, content", [
    ("The Independent Vermont senator vowed last month to take his campaign all the way to the convention.",
     "to take his campaign all the way to the convention"),
    ("Cruz has questioned in recent days whether Trump has the necessary temperament to be president, but declined "
     "to follow suit on the debate stage.", "whether Trump has the necessary temperament to be president"),
    ("Clinton testified, for example, that she neither sent nor received emails marked classified.",
     "that she neither sent nor received emails marked classified"),  # an aside between commas before "that"
])
def test_a_complement_parsed_as_an_adverbial_clause_is_reported(pipeline, text, content):
    assert content in [r.text for r in extracted(text, pipeline)]


def test_a_passive_report_without_an_agent_reports_its_whole_clause(pipeline):
    text = "The central bank, which has held rates near zero since 2008, is expected to act at its final meeting of the year."
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker_mention, record.text) == ("indirect", "is expected", None, text[:-1])
    with_agent = only(extracted("The sale was expected by analysts to expand the company.", pipeline))
    assert with_agent.speaker == "analysts"


def test_a_subject_parsed_inside_the_quotation_gives_way_to_the_nominal_before_the_cue(pipeline):
    # the parser takes "What" for the subject of "asked" and "the 43-year-old" for a modifier
    text = "“What if Donald Trump had elocution lessons?” the 43-year-old asked in the video’s description."
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker_mention) == ("direct", "asked", "the 43-year-old")


def test_the_main_clause_around_an_aside_cue_is_reported_when_parsed_as_its_conjunct(pipeline):
    text = "The trouble, Frank writes, began in the early 1970s, with a culture clash between the radical left and the unions."
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker, record.text) == ("indirect", "writes", "Frank", text[:-1])


def test_a_fronted_as_clause_cue_reports_the_main_clause_after_it(pipeline):
    text = "But as Clyburn noted, those voters will give Sanders a second look if he starts winning."
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker, record.text) == (
        "noted", "Clyburn", "those voters will give Sanders a second look if he starts winning")


def test_a_that_clause_after_a_phrase_on_the_cue_is_its_content_when_parsed_as_a_conjunct(pipeline):
    text = ("Ilya Shapiro argues at The Federalist that some of the blame for the rise of Donald Trump belongs to "
            "Chief Justice Roberts’ 2012 opinion in the Obamacare case, NFIB v. Sebelius.")
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker, record.text) == ("argues", "Ilya Shapiro", text[text.index("that"):-1])


def test_a_that_clause_after_phrases_set_off_by_a_comma_is_the_content_when_parsed_as_a_conjunct(pipeline):
    text = "And she has told friends since the spring, at fundraisers and in private huddles, that she’s ready."
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker_mention, record.text) == ("has told", "she", "that she’s ready")


def test_a_quote_after_an_aside_cue_reports_the_fronted_subject_too(pipeline):
    """'An economic downturn, he said, “could be ...”': the quotation is mixed and starts with the sentence."""
    text = "Dr. Smith spoke on Monday. An economic downturn, he said, “could be a good time to borrow and build.”"
    record = next(r for r in extracted(text, pipeline) if r.cue == "said")
    assert (record.kind, record.text) == ("mixed", text[text.index("An economic"):])
    assert [text[a:b] for a, b in record.spans] == ["could be a good time to borrow and build."]


@pytest.mark.parametrize("text,quote", [
    ("In February, as a protester was being removed from an event in Las Vegas, Mr. Trump said, ''I'd like to "
     "punch him in the face.''", "I'd like to punch him in the face."),
    ("As boos and curses erupt from the crowd, the executive says, ''Please quiet down.''", "Please quiet down.")])
def test_a_capitalised_quote_after_an_aside_cue_is_a_sentence_of_its_own(pipeline, text, quote):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text) == ("direct", quote)


def test_an_indefinite_description_is_someone_new(pipeline):
    """"A reporter for USA Today said" brings in a new, unnamed speaker; "the spokesman" refers back."""
    text = "Jill Stein said the polls were wrong. A reporter for USA Today said the crowd was small."
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_role) for r in records] == [("Jill Stein", None), (None, "reporter for USA Today")]


def test_a_quote_after_a_fronted_condition_goes_on_with_the_quotation_before(pipeline):
    """The verb of an "unless" clause before the comma introduces nothing; the quote continues Schmidt's."""
    text = ("\"It's an enormous moment,\" said Steve Schmidt, a top Republican strategist. Unless further rivals "
            "immediately quit the race, \"it's very difficult to see how he is stopped on his way to the nomination.\"")
    record = only(extracted(text, pipeline))
    assert record.speaker == "Steve Schmidt" and len(record.spans) == 2


def test_a_title_in_quotation_marks_is_no_quotation(pipeline):
    text = ("''It's nonsense,'' Mr. Trump said by telephone on NBC's ''Meet the Press.'' ''She lies like crazy "
            "about everything.''")
    record = only(extracted(text, pipeline))
    assert [text[a:b] for a, b in record.spans] == ["It's nonsense,", "She lies like crazy about everything."]
    shows = extracted("He appeared on ''Meet the Press'' and later on CNN's ''State of the Union.''", pipeline)
    assert not any(r.text in ("Meet the Press", "State of the Union.") for r in shows)  # no quotation of its own


def test_a_report_holding_a_title_or_slogan_in_marks_is_mixed(pipeline):
    """A report has no marks by the definition of the kinds; one that holds a name in quotation marks is mixed, the
    quoted words its spans (PolNeAR counts such a report among the quotes)."""
    text = 'Donald Trump said he would pursue a goal of "Peace Through Strength."'
    record = only(extracted(text, pipeline))
    assert (record.kind, [text[a:b] for a, b in record.spans]) == ("mixed", ["Peace Through Strength."])


@pytest.mark.parametrize("text,said", [
    ("“Being a dad, that’s my job,” Weiner said in May on the podcast “Here’s the Thing.”", "Being a dad, that’s my job,"),
    ("“We know that Russian intelligence services hacked into the DNC,” Clinton said in an interview with “Fox News "
     "Sunday.”", "We know that Russian intelligence services hacked into the DNC,")])
def test_a_title_after_a_medium_is_no_part_of_the_quotation(pipeline, text, said):
    record = next(r for r in extracted(text, pipeline) if r.kind != "indirect")
    assert [text[a:b] for a, b in record.spans] == [said]


def test_a_phrase_after_the_object_of_a_particle_cue_is_part_of_it():
    """'referring to the debate on the network' with "on the network" hung on the verb: still referred to."""
    from quotes.cue_content import content_of
    sentence = sentence_from_rows([
        ("Trump", "PROPN", "NNP", 1, "nsubj"), ("spoke", "VERB", "VBD", -1, "root"), (",", "PUNCT", ",", 3, "punct"),
        ("referring", "VERB", "VBG", 1, "advcl"), ("to", "ADP", "IN", 6, "case"), ("the", "DET", "DT", 6, "det"),
        ("debate", "NOUN", "NN", 3, "obl"), ("on", "ADP", "IN", 9, "case"), ("the", "DET", "DT", 9, "det"),
        ("network", "NOUN", "NN", 3, "obl"), ("on", "ADP", "IN", 11, "case"), ("Monday", "PROPN", "NNP", 3, "obl")])
    content, _ = content_of(sentence, sentence.words[3], sentence.words[0])
    assert " ".join(w.text for w in content) == "to the debate on the network"


def test_a_two_word_clause_with_its_subject_is_a_report_and_so_is_so(pipeline):
    record = only(extracted("Jeff Flake said he would.", pipeline))
    assert (record.kind, record.text, record.speaker) == ("indirect", "he would", "Jeff Flake")
    record = only(extracted("He said so.", pipeline))  # PolNeAR marks "so" (5 of the 6 "said so" of train)
    assert (record.kind, record.text) == ("indirect", "so")


def test_a_comment_after_an_aside_cue_is_not_its_report(pipeline):
    text = ("Victims of domestic violence and unaccompanied minors who came to the U.S. from Central America would be "
            "considered a distinct group for purposes of asylum, Sanders said, a policy that would help many of them.")
    record = next(r for r in extracted(text, pipeline) if r.cue == "said")
    assert (record.kind, record.speaker) == ("indirect", "Sanders")
    assert record.text.startswith("Victims of domestic violence") and record.text.endswith("purposes of asylum")


def test_mixed_report_ends_at_a_description_of_its_quoted_phrase(pipeline):
    text = ("Clinton also referenced the “Charleston loophole,” a flaw in the background check system that "
            "allowed the gunman to buy a firearm.")
    record = only(extracted(text, pipeline), "mixed")
    assert record.text == "the “Charleston loophole,”" and record.cue == "also referenced"


def test_quote_after_a_report_of_its_own_sentence_follows_that_report(pipeline):
    text = ('"Rates will rise in December," said Megan Greene, chief economist at Manulife. "Fed members have been '
            'saying so for months." Greene added that the Fed wants to act before the election. "They will be '
            'moving for political reasons more than economic ones."')
    records = extracted(text, pipeline)
    assert [(r.kind, r.cue) for r in records] == [("direct", "said"), ("indirect", "added"), ("direct", None)]
    assert records[2].method == "follow-on" and records[2].speaker == "Megan Greene"
    assert [text[a:b] for a, b in records[0].spans] == ["Rates will rise in December,",
                                                         "Fed members have been saying so for months."]


def test_a_quote_paragraph_after_a_report_paragraph_follows_that_report(pipeline):
    text = ("Defense Secretary Ash Carter said that critics had been predicting a U.S. withdrawal from the region, but "
            "this would not happen.\n\n“That’s because this region remains the most consequential for America’s own "
            "security and prosperity.”")
    records = extracted(text, pipeline)
    assert [(r.kind, r.method) for r in records] == [("indirect", "cue:name"), ("direct", "follow-on")]
    assert records[1].speaker == "Ash Carter"


def test_a_quote_after_a_report_whose_content_stops_short_of_its_sentence_end_follows_that_report(pipeline):
    text = ("His former business partner at Lenox, Lawrence B. Cummings, called him a master at bolting together "
            'impossible business transactions. "He showed again and again an ability to put together deals that '
            "other people couldn't.\"")
    records = extracted(text, pipeline)  # the content ends at "master": the sentence reaches the quote
    assert [(r.kind, r.method, r.speaker_mention) for r in records][1] == (
        "direct", "follow-on", "His former business partner at Lenox, Lawrence B. Cummings,")
    text = ("In response to Sanders' charge that she has been weak on climate change, she said she and Obama had "
            'made progress. "I really believe that the president has done an incredible job against great odds."')
    records = extracted(text, pipeline)  # the report that reaches the quote, not the first in the sentence
    assert [(r.cue, r.speaker_mention) for r in records] == [("charge", "Sanders'"), ("said", "she"), (None, "she")]


@pytest.mark.parametrize("text,content", [
    ('Yaccarino said in a statement that the company was "thrilled".', 'that the company was "thrilled"'),
    ('Linda Yaccarino told staff in an email that X was "often imitated, but never duplicated".',
     'that X was "often imitated, but never duplicated"'),
    ('Trump said at an event in Colorado Springs that "a bomb" had gone off in New York.',
     'that "a bomb" had gone off in New York'),  # the clause parsed as a relative clause of the place
    ('Kasich predicted at the most recent GOP debate that Republicans will take "every state" if Sanders wins.',
     'that Republicans will take "every state" if Sanders wins'),
])
def test_a_mixed_report_starts_at_that_after_the_medium_or_occasion_it_was_said_at(pipeline, text, content):
    [record] = extracted(text, pipeline)
    assert (record.kind, record.text) == ("mixed", content)


@pytest.mark.parametrize("text,content,speaker", [
    ("Now 60 percent say he is at least somewhat decisive, after half said so in the earlier poll.", "so", "half"),
    ("Asked whether he would serve effectively as president, 75 percent of Democrats said yes, but 55 percent of "
     "independents said no.", "yes", "75 percent of Democrats"),
    ("In December, 26 percent said the same.", "the same", "26 percent"),
])
def test_a_short_answer_after_the_cue_is_what_was_said(pipeline, text, content, speaker):
    records = extracted(text, pipeline)
    assert (content, speaker) in {(r.text, r.speaker_mention) for r in records}


@pytest.mark.parametrize("text,content", [
    ("She told The Associated Press on Monday that the FBI investigation is independent.",
     "that the FBI investigation is independent"),
    ("Retired neurosurgeon Ben Carson told a crowded banquet hall at a hotel in downtown Baltimore that he's not "
     "giving up.", "that he's not giving up"),
])
def test_a_that_clause_the_parse_hung_on_the_addressee_is_what_was_told(pipeline, text, content):
    [record] = extracted(text, pipeline)
    assert (record.kind, record.cue, record.text) == ("indirect", "told", content)


@pytest.mark.parametrize("text", [
    "And yet, Mrs. Clinton's aides say, Syria remains a priority for her.",
    "But ultimately, other experts say, she and her aides weren't trying to be traitors.",
])
def test_a_cue_set_off_by_commas_reports_its_sentence_however_the_parse_hangs_it(pipeline, text):
    [record] = extracted(text, pipeline)
    assert (record.kind, record.text) == ("indirect", text[:-1])


def test_a_clause_after_the_addressee_of_tell_is_what_was_told_however_the_parse_hangs_it(pipeline):
    records = extracted("He denounced the coup attempt, telling USA TODAY he had nothing to do with it.", pipeline)
    assert ("telling", "he had nothing to do with it") in {(r.cue, r.text) for r in records}


def test_a_clause_right_after_a_speech_verb_is_what_was_said_however_the_parse_hangs_it(pipeline):
    text = ("Several Democrats cautioned against drawing too many lessons from the Brexit vote, saying mass "
            "immigration and economic malaise were bigger problems in Britain.")  # "problems" parsed as a
    records = extracted(text, pipeline)  # conjunct of "cautioned", "saying" left without a complement
    assert ("saying", "Several Democrats", "mass immigration and economic malaise were bigger problems in Britain") \
        in {(r.cue, r.speaker_mention, r.text) for r in records}
    text = ("Other Republican candidates, including Carly Fiorina and Ben Carson, have followed Mr. Trump's lead, "
            "saying Mr. Clinton's history is a legitimate criticism, though Mrs. Fiorina said she doubted voters "
            "would care.")  # the clause ends where a report of its own begins
    records = extracted(text, pipeline)
    assert {(r.cue, r.text) for r in records} >= {("saying", "Mr. Clinton's history is a legitimate criticism"),
                                                 ("said", "she doubted voters would care")}


@pytest.mark.parametrize("text,content", [
    ("Conservative radio host Hugh Hewitt asked Trump about statements he had made the previous night.",
     "about statements he had made the previous night"),
    ("A reporter asked Sanders how he's feeling on caucus day.", "how he's feeling on caucus day"),
    ("During the service, assistant pastor Charles Elliott III asked the congregation to stand to honor Muhammad "
     "Ali.", "to stand to honor Muhammad Ali"),
])
def test_what_was_asked_is_found_when_the_parse_hangs_it_on_the_person_asked(pipeline, text, content):
    records = extracted(text, pipeline)
    assert ("asked", content) in {(r.cue, r.text) for r in records}


@pytest.mark.parametrize("text, content", [
    ('He promises the government will help "up-skill" workers - and he makes sure to include coal workers.',
     'the government will help "up-skill" workers'),
    ("She said her plan addresses people's unrest - but she needs to project more empathy.",
     "her plan addresses people's unrest - but she needs to project more empathy"),
    ("Overall, the fund predicted that advanced economies - which include Europe, Britain, Japan and Canada - will "
     "grow 1.6 percent, down 0.2 percentage points from the IMF's last estimate.", "that advanced economies - which "
     "include Europe, Britain, Japan and Canada - will grow 1.6 percent, down 0.2 percentage points from the IMF's "
     "last estimate")])
def test_a_hyphen_set_off_by_spaces_is_a_dash_that_ends_the_report(pipeline, text, content):
    """Unless "but" goes on with the report, as PolNeAR marks it, or it is one of a pair around an aside."""
    assert only(extracted(text, pipeline)).text == content


@pytest.mark.parametrize("text, content", [
    ("The ambassador also said that Obama shows “great charm” and exhibits a fondness for the United Kingdom.",
     "that Obama shows “great charm” and exhibits a fondness for the United Kingdom"),
    ('Sanders said he opposes "accounting gimmicks like chained CPI" and privatization of Social Security.',
     'he opposes "accounting gimmicks like chained CPI" and privatization of Social Security'),
    ('The minister said "we are done" and left the room.', "we are done"),
    ("PolitiFact said that Trump’s statement about “thousands of shootings” in Chicago is “true,” but in the course of "
     "their report they could not resist pointing out that every shooting did not result in a homicide.",
     "that Trump’s statement about “thousands of shootings” in Chicago is “true,”")])
def test_a_conjunct_after_a_quote_belongs_to_the_report_unless_it_hangs_on_the_cue(pipeline, text, content):
    """Nor when it has a subject of its own ("but ... they could not resist ...")."""
    assert extracted(text, pipeline)[0].text == content


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Battleground Senate races in Ohio, Pennsylvania and Florida are all close, a Quinnipiac University poll shows.",
     "shows", "Quinnipiac University", "Battleground Senate races in Ohio, Pennsylvania and Florida are all close"),
    ("Students in urban districts typically take 112 standardized tests by the time they graduate from high school, "
     "a study by the Council of the Great City Schools found.", "found", "Council of the Great City Schools",
     "Students in urban districts typically take 112 standardized tests by the time they graduate from high school"),
])
def test_a_noun_phrase_and_verb_closing_the_sentence_report_the_clause_before_whatever_the_parse(
        pipeline, text, cue, speaker, content):
    record = only(extracted(text, pipeline))  # the parse makes "races" the subject of "shows"
    assert (record.cue, record.speaker, record.text) == (cue, speaker, content)


@pytest.mark.parametrize("text, cue, content", [
    ('Clinton was asked how she would define the "establishment."', "was asked",
     'how she would define the "establishment."'),  # was a direct quotation "establishment."
    ('But when asked how she would define the "establishment" - the term used by Kingson - Deacon fought back.',
     "asked", 'how she would define the "establishment"'),  # was no record: a scare quote in a question
])
def test_a_question_with_an_unnamed_asker_keeps_the_words_it_quotes(pipeline, text, cue, content):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.text, record.speaker) == ("mixed", cue, content, None)


@pytest.mark.parametrize("text, content", [
    ("Clinton described the security team as highly accomplished.", "the security team as highly accomplished"),
    ("Obama praised the security team as he left the stage.", "the security team"),  # a clause of its own: not said
    ("Staff described the Prince as relaxed and curious.", "the Prince as relaxed and curious"),  # "as" + adjective
    ("Clinton has slammed his proposal as too vague and politically unrealistic.",
     "his proposal as too vague and politically unrealistic"),
])
def test_an_as_predicate_after_the_object_is_part_of_the_report(pipeline, text, content):
    assert only(extracted(text, pipeline)).text == content


def test_an_according_to_phrase_after_a_comma_ends_the_report_it_follows(pipeline):
    text = "Most voters said she cannot be trusted, according to the latest New York Times/CBS News poll."
    said = next(r for r in extracted(text, pipeline) if r.cue == "said")
    assert said.text == "she cannot be trusted"  # the poll's report of the voters, not theirs


@pytest.mark.parametrize("text, content", [
    ("While he said that he would not criticize Cruz, he did not exactly follow Reagan’s dictum in his next comment.",
     "that he would not criticize Cruz"),
    ("When Trump wanted to proclaim his doubts about President Obama's birth certificate, he went to Fox News.",
     "to proclaim his doubts about President Obama's birth certificate"),
])
def test_a_report_in_a_subordinate_clause_ends_before_the_main_clause(pipeline, text, content):
    assert only(extracted(text, pipeline)).text == content


@pytest.mark.parametrize("text, content", [
    ("Supporters argue that superdelegates should consider bolting Clinton and backing him.",
     "that superdelegates should consider bolting Clinton and backing him"),  # was cut before "and backing him"
    ("Sanders suggested she would do an about-face and support the Trans-Pacific Partnership free-trade deal.",
     "she would do an about-face and support the Trans-Pacific Partnership free-trade deal"),
])
def test_a_bare_position_verb_coordinated_inside_a_report_is_part_of_it(pipeline, text, content):
    assert only(extracted(text, pipeline)).text == content


def test_a_question_word_parsed_as_the_object_of_asked_opens_the_question(pipeline):
    text = 'Asked what he personally believed about the lifestyle of gay people, he said, "It\'s the wrong thing."'
    asked = next(r for r in extracted(text, pipeline) if r.cue == "Asked")  # "what" parsed as the object
    assert (asked.kind, asked.text, asked.speaker) == (
        "indirect", "what he personally believed about the lifestyle of gay people", None)


@pytest.mark.parametrize("text, content", [
    ("He said he helped write the Affordable Care Act (ACA). He wrote only one amendment.",
     "he helped write the Affordable Care Act (ACA)"),
    ("Kirkpatrick said she is challenging Sen. John McCain (R-Ariz.).", "she is challenging Sen. John McCain (R-Ariz.)"),
])
def test_a_report_ending_inside_brackets_keeps_the_closing_bracket(pipeline, text, content):
    assert next(r for r in extracted(text, pipeline) if r.cue == "said").text == content


@pytest.mark.parametrize("text, content", [
    ("Clinton has said she wants to establish a safe zone for civilians in Syria and has expressed support for "
     "wider military engagement.", "she wants to establish a safe zone for civilians in Syria"),  # not "... and has"
    ("Carson said that he did not, but was referring to the same kind of attitude.", "that he did not"),
])
def test_a_report_does_not_end_on_a_function_word_of_the_phrase_left_out(pipeline, text, content):
    assert extracted(text, pipeline)[0].text == content


def test_a_report_runs_up_to_the_next_cue_whose_quotation_the_parse_hung_on_it(pipeline):
    text = ("He said he had not seen the violent episode in Fayetteville, and when asked whether he was "
            "encouraging his supporters' fury, he said, ''I hope not.''")
    first = next(r for r in extracted(text, pipeline) if r.cue_start == text.index("said"))
    assert (first.kind, first.text) == ("indirect", "he had not seen the violent episode in Fayetteville")


def test_a_relative_clause_inside_a_report_does_not_stop_it_before_the_next_cue(pipeline):
    text = ("Rubio suggested that someone who doesn't answer questions can't be president, while Cruz said that the "
            "\"stakes in this election are too high.\"")
    suggested = next(r for r in extracted(text, pipeline) if r.cue == "suggested")  # was lost ("answer" came first)
    assert (suggested.kind, suggested.text) == ("indirect", "that someone who doesn't answer questions can't be president")


@pytest.mark.parametrize("text, cue, content", [
    ("Several Democrats cautioned against drawing too many lessons from the Brexit vote.", "cautioned against",
     "drawing too many lessons from the Brexit vote"),
    ("Sanders has long advocated for a single-payer health care system.", "has long advocated for",
     "a single-payer health care system"),
    ("Politicians disagree on how the tax should be collected.", "disagree on", "how the tax should be collected"),
    ("Sanders railed against the big banks and Wall Street.", "railed against", "the big banks and Wall Street"),
])
def test_a_phrase_or_clause_opened_by_the_particle_of_its_cue_is_the_report(pipeline, text, cue, content):
    record = only(extracted(text, pipeline))
    assert (record.cue, record.text) == (cue, content)


def test_a_that_clause_parsed_as_a_relative_clause_of_the_cue_verb_is_its_report(pipeline):
    text = "Trump estimates that he spent between $45 million and $50 million to date for his presidential campaign."
    record = only(extracted(text, pipeline))  # "spent" hung on "estimates" as a relative clause
    assert (record.cue, record.text) == (
        "estimates", "that he spent between $45 million and $50 million to date for his presidential campaign")


@pytest.mark.parametrize("text, content", [
    ("He promised not to raise taxes.", "not to raise taxes"),  # "not" parsed as a modifier of "promised"
    ("She vowed never to return to the company.", "never to return to the company"),
])
def test_a_negation_before_an_infinitive_content_is_part_of_it(pipeline, text, content):
    assert indirect_text(text, pipeline) == content


@pytest.mark.parametrize("text, content", [
    ("Trump, Sexton said, has created a “strange, reality-bending political correctness-free zone.”",
     "Trump, Sexton said, has created a “strange, reality-bending political correctness-free zone.”"),
    ('But, Carson added, he did not support issuing quarantines "willy-nilly."',
     'he did not support issuing quarantines "willy-nilly."'),  # a lone connective is the writer's
])
def test_a_lone_subject_before_a_cue_set_off_by_commas_opens_the_report(pipeline, text, content):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text) == ("mixed", content)


@pytest.mark.parametrize("text, kind, content", [
    ("Officials said the program would grow from 5 percent to 9 percent, a requirement that tilts the process away "
     "from newcomers.", "indirect", "the program would grow from 5 percent to 9 percent"),
    ("Several unions endorsed Mrs. Clinton, a signal of her broad support among the party's power brokers.",
     "indirect", "Mrs. Clinton"),
    ('Trump claimed that the contest had been "rigged" against him, a charge that Colorado Republican leaders '
     'strongly denied.', "mixed", 'that the contest had been "rigged" against him'),  # parsed as a second ccomp
    ("A poll found that Clinton and Sanders are locked in a tight race in California, the nation's most populous "
     "state.", "indirect",
     "that Clinton and Sanders are locked in a tight race in California, the nation's most populous state"),
])
def test_an_indefinite_noun_phrase_summing_up_a_report_is_the_writers_comment(pipeline, text, kind, content):
    record = only(extracted(text, pipeline))  # a definite one names what the report names: kept
    assert (record.kind, record.text) == (kind, content)


@pytest.mark.parametrize("text, content", [
    ("The British diplomat praised Obama's presidency in an interview.", "Obama's presidency"),
    ("Lee made that argument in letters to party leaders over the weekend.", "that argument"),
    ("The campaign cited previous examples of plagiarism in political speech.",
     "previous examples of plagiarism in political speech"),  # no medium it was said in
    ("He defended Cruz in a recent interview with The Post.", "Cruz"),
    ("Trump mocks Clinton on Twitter.", "Clinton"),
])
def test_the_medium_after_a_reported_noun_phrase_is_how_it_was_said(pipeline, text, content):
    assert indirect_text(text, pipeline) == content


@pytest.mark.parametrize("text, content", [
    ("The difference now, he told me on Friday, is that he is the anchor of a straight news program.",
     "The difference now, he told me on Friday, is that he is the anchor of a straight news program"),
    ("If she becomes president, Clinton suggested in a tweet, women won't be punished for exercising their rights.",
     "If she becomes president, Clinton suggested in a tweet, women won't be punished for exercising their rights"),
    ("Hillary Clinton won the Missouri Democratic primary, the Associated Press declared on Thursday, two days "
     "after voters went to the polls.", "Hillary Clinton won the Missouri Democratic primary"),  # more of the cue's
])
def test_an_aside_cue_with_its_addressee_time_or_medium_leaves_the_whole_sentence_reported(pipeline, text, content):
    assert indirect_text(text, pipeline) == content


@pytest.mark.parametrize("text, content", [
    ("The official said the FBI had secured the cooperation of Bryan Pagliano, who worked on Clinton's 2008 "
     "presidential campaign.", "the FBI had secured the cooperation of Bryan Pagliano"),
    ("Candidates dodged tough questions by saying it was the questioner, not the candidate, who had been wrong.",
     "it was the questioner, not the candidate, who had been wrong"),  # a cleft: part of what was said
])
def test_a_relative_clause_describing_a_person_at_the_end_is_the_writers(pipeline, text, content):
    records = extracted(text, pipeline)
    assert [r.text for r in records] == [content]


@pytest.mark.parametrize("text, kind, content", [
    ('Clinton recalled the three-year freeze on federal pay rates: "I saw how difficult it was for employees."',
     "mixed", 'the three-year freeze on federal pay rates: "I saw how difficult it was for employees."'),
    ('He also suggested taking action against the judge after the election: "They ought to look into Judge '
     'Curiel."', "mixed", 'taking action against the judge after the election: "They ought to look into Judge '
     'Curiel."'),
    ('Trump also embraced enhanced interrogation techniques -- "I think waterboarding is peanuts."', "mixed",
     'enhanced interrogation techniques -- "I think waterboarding is peanuts."'),
    ('Trump told CNBC: "I wish I could be like that."', "direct", "I wish I could be like that."),  # an addressee
    ('Singh explained it this way: "It is like a wedding buffet."', "direct", "It is like a wedding buffet."),
])
def test_what_a_cue_takes_before_the_colon_or_dash_of_its_quote_is_part_of_the_report(pipeline, text, kind, content):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text) == (kind, content)


def test_the_determiner_of_a_quoted_noun_phrase_is_part_of_the_report(pipeline):
    text = 'Devine said the "central complication with Bernie is that he is not a Democrat."'
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text) == ("mixed", text[len("Devine said "):])


@pytest.mark.parametrize("text, content", [
    ("The company said its collective moves had already produced results, ''including an increase in account "
     "suspensions.''", "its collective moves had already produced results, ''including an increase in account "
     "suspensions.''"),
    ('The longtime senator said he rarely asks surrogates to stump for him, "except for people I am very close to."',
     'he rarely asks surrogates to stump for him, "except for people I am very close to."'),
])
def test_a_reported_clause_before_the_comma_of_a_quote_is_one_report_with_it(pipeline, text, content):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text) == ("mixed", content)


@pytest.mark.parametrize("text, reports", [
    ("Yanukovych refused to sign the trade agreement, which Mr. Putin vehemently opposed.",
     [("to sign the trade agreement", "refused"), ("which", "vehemently opposed")]),
    ("The governor vetoed a bill that would have required children to use the bathroom that matched their biological "
     "sex, which critics said was discriminatory.", [("a bill that would have required children to use the bathroom "
                                                      "that matched their biological sex", "vetoed"),
                                                     ("which critics said was discriminatory", "said")]),
    ("Protesters have been demanding that police release department video of the shooting, which the police have "
     "not done.", [("that police release department video of the shooting", "have been demanding")]),
    ("Officials said they would march to the arena, which will be wrapped in a security perimeter.",
     [("they would march to the arena, which will be wrapped in a security perimeter", "said")]),  # no subject of
])  # its own
def test_a_closing_which_clause_with_a_subject_of_its_own_is_no_part_of_the_report_before_it(pipeline, text, reports):
    assert [(r.text, r.cue) for r in extracted(text, pipeline)] == reports


@pytest.mark.parametrize("text, content", [
    ("Mr. Deripaska agreed to pay a 2 percent annual management fee to Mr. Manafort, and he put 100 million dollars "
     "into the fund.", "to pay a 2 percent annual management fee to Mr. Manafort"),
    ("Trump has repeatedly said that he got into the race because Romney lost, and he decided he would rather run "
     "himself.", "that he got into the race because Romney lost"),
    ("She said she did not have numbers to show how many people had used the tool, and people were still using it "
     "on Saturday.", "she did not have numbers to show how many people had used the tool, and people were still "
     "using it on Saturday"),  # a bare reported clause may go on after ", and"
])
def test_a_clause_of_its_own_after_comma_and_ends_a_that_clause_or_a_report_that_is_no_clause(pipeline, text,
                                                                                              content):
    assert [r.text for r in extracted(text, pipeline)] == [content]


@pytest.mark.parametrize("text, content", [
    ("He pledged that he would get the unemployment rate down to 6 percent over four years — a milepost that Obama "
     "was able to hit in September 2014.", "that he would get the unemployment rate down to 6 percent over four years"),
    ("A growing number of Democratic senators support reforming the party's superdelegate system - a move that would "
     "dilute their own power.", "reforming the party's superdelegate system"),
    ("Mr. Pence used his keynote speech to offer encouragement - a word he used several times - and reassurance to the "
     "crowd.", "his keynote speech to offer encouragement - a word he used several times - and reassurance to the "
     "crowd"),  # a pair of dashes around an aside: the report goes on
])
def test_a_summing_up_noun_phrase_after_a_closing_dash_is_the_writers(pipeline, text, content):
    assert [r.text for r in extracted(text, pipeline)] == [content]


def test_a_pronouns_report_of_one_noun_between_two_quotes_leaves_the_first_quote_going_on(pipeline):
    text = ('"We\'ve had problems with cyber intrusions from Russia in the past," Obama said after meeting with Putin. '
            'He didn\'t suggest retaliation. "Our goal is not to duplicate a cycle of escalation."')
    records = extracted(text, pipeline)
    assert [(r.kind, r.cue, r.speaker_mention, r.text) for r in records if r.kind == "indirect"] == [
        ("indirect", "didn't suggest", "He", "retaliation")]  # one noun a speech verb reports
    quote = only(records, kind="direct")
    assert (quote.speaker_mention, [text[a:b] for a, b in quote.spans]) == (
        "Obama", ["We've had problems with cyber intrusions from Russia in the past,",
                  "Our goal is not to duplicate a cycle of escalation."])


def test_a_raising_verb_reports_a_clause_without_a_speaker(pipeline):
    text = "The court seemed to send an assertive signal four days before Justice Scalia died."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_mention, record.cue) == (None, None, "seemed")
    assert record.text == "The court seemed to send an assertive signal four days before Justice Scalia died"
    assert record.method.endswith(":raising") and 0 < record.confidence <= 0.5


@pytest.mark.parametrize("text,cue", [
    ("She is moving to Los Angeles but is expected to continue to make appearances on the morning show.",
     "is expected"),
    ("He is scheduled to make a short speech there but is not expected to meet Pope Francis.", "is not expected"),
])
def test_a_conjoined_passive_report_has_no_speaker(pipeline, text, cue):
    record = with_cue(text, pipeline, cue)  # the subject of the first conjunct is what is expected, not who expects
    assert (record.speaker_mention, record.method) == (None, "cue:raising")


@pytest.mark.parametrize("text, reports", [
    ("Protest groups say the restrictions are less for safety than to minimize their visibility, and the American "
     "Civil Liberties Union of Ohio has already sued the city over the rules, saying they violate free-speech rights.",
     [("say", "Protest groups", "the restrictions are less for safety than to minimize their visibility"),
      ("saying", "American Civil Liberties Union of Ohio", "they violate free-speech rights")]),
    ("Lynch said government work sometimes erases the barriers that women face in private work, though she noted "
     "clients are beginning to demand diverse legal teams.",
     [("said", "Lynch", "government work sometimes erases the barriers that women face in private work"),
      ("noted", "Lynch", "clients are beginning to demand diverse legal teams")]),
])
def test_a_report_ends_before_and_or_though_and_another_report_coordinated_inside_it(pipeline, text, reports):
    assert [(r.cue, r.speaker, r.text) for r in extracted(text, pipeline)] == reports


@pytest.mark.parametrize("text, start", [
    ("Cost estimates, he added, were “based on a prototype detention facility.”", "Cost estimates"),
    ('Six months ago, the independent Vermont senator said, the media considered him a "fringe candidate."',
     "the media"),
    ('But, Carson added, he did not support issuing quarantines "willy-nilly."', "he did"),
    ('The Republican nominee, he said, watched the Olympics to see "how high those Mexican pole vaulters could go."',
     "The Republican nominee"),  # the subject parsed as an oblique of "said"
])
def test_a_mixed_report_around_its_speaker_starts_with_the_sentence(pipeline, text, start):
    record = only(extracted(text, pipeline))
    assert record.kind == "mixed" and record.text.startswith(start)


def test_a_report_around_its_speaker_is_the_sentence_whatever_cues_follow(pipeline):
    # "want" after the aside was another cue of the sentence, which cut the report to its parse content
    text = "Survival, Mr. VandeHei says, depends on giving readers what they really want, how they want it, when they want it."
    records = extracted(text, pipeline)
    assert [r.text for r in records] == [text[:-1]] and records[0].cue == "says"


def test_report_ending_in_a_name_in_marks_keeps_its_closing_mark(pipeline):
    text = "He said he showed a little more of his personal side on “The View” and on “The Late Show.”"
    record = only(extracted(text, pipeline))  # mixed: the report holds names in marks, its spans
    assert record.text.endswith("on “The Late Show.”") and [text[a:b] for a, b in record.spans] == [
        "The View", "The Late Show."]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Bernie Sanders remains committed to seeing the Democratic primary through to the convention, his top aide, "
     "Tad Devine, told The Huffington Post.", "told", "Tad Devine",
     "Bernie Sanders remains committed to seeing the Democratic primary through to the convention"),
    ("Even India has more cultural resonance through Bollywood films, says political scientist Dossym Satpayev in "
     "Almaty.", "says", "Dossym Satpayev", "Even India has more cultural resonance through Bollywood films"),
    ("Biofuels don’t stir up the same fervor among Iowans, Sen. Chuck Grassley (R-Iowa) told POLITICO.", "told",
     "Chuck Grassley", "Biofuels don’t stir up the same fervor among Iowans"),  # a party in brackets before the verb
    ("Sanders’ support is particularly strong among the most progressive wing of the teachers unions, teachers and "
     "union officials told POLITICO.", "told", "teachers and union officials",  # a possessive’s mark is no quote
     "Sanders’ support is particularly strong among the most progressive wing of the teachers unions"),
    ("Tuesday, in her last campaign speech before the Christmas holiday, Clinton plans to call for a dramatic increase "
     "in federal spending to find a cure for the only cause of death ranked in America's top 10 that cannot be cured, "
     "prevented or even slowed, the campaign told USA TODAY.", "told", "campaign",  # not the relative clause
     "Tuesday, in her last campaign speech before the Christmas holiday, Clinton plans to call for a dramatic increase "
     "in federal spending to find a cure for the only cause of death ranked in America's top 10 that cannot be cured, "
     "prevented or even slowed"),
])
def test_a_speech_verb_closing_the_sentence_with_its_addressee_or_inverted_speaker_reports_the_clause_before(
        pipeline, text, cue, speaker, content):
    record = with_cue(text, pipeline, cue)  # the parse leaves "told" with the wrong
    # subject, "says" with none; "the campaign", no campaign named before, names nobody: the noun is the role
    assert (record.cue, record.speaker or record.speaker_role, record.text) == (cue, speaker, content)
    assert extracted("But when Congress cut funding for the pilot program two years later, Mexico said enough.",
                     pipeline) == []  # a main clause after a subordinate one, not a closing comment


@pytest.mark.parametrize("text, content", [
    ("The Obama administration allowed some states to combine those categories when reporting data, a practice "
     "criticized by Miller and some civil rights advocates.", "some states to combine those categories when reporting "
     "data"),
    ("Mr. Band wrote that he needed to connect Gilbert Chagoury, a Lebanese-Nigerian billionaire.",
     "that he needed to connect Gilbert Chagoury, a Lebanese-Nigerian billionaire"),  # a name's description stays
])
def test_an_indefinite_apposition_summing_up_a_report_is_the_writers_but_a_names_description_stays(pipeline, text,
                                                                                                   content):
    assert [r.text for r in extracted(text, pipeline)] == [content]


@pytest.mark.parametrize("text, content", [
    ("The shooting was what officials called a hate crime.", "what officials called a hate crime"),
    ("That was what Sanders wanted to hear.", "what Sanders wanted to hear"),
    ("They will not do what Mr. Trump has threatened to do.", "what Mr. Trump has threatened to do"),
])
def test_a_free_relative_report_runs_from_its_what(pipeline, text, content):
    """PolNeAR's report of "what X called Y" takes in "what", the speaker and the cue."""
    record = only(extracted(text, pipeline))
    assert record.text == content == text[record.start:record.end] and record.kind == "indirect"


@pytest.mark.parametrize("text,cue,content,mention", [
    ("The caucuses are months away. One might think the senator would fill the stadium.", "might think",
     "the senator would fill the stadium", "One"),
    ("No one knows what the field will look like in March.", "knows", "what the field will look like in March",
     "No one"),
])
def test_an_indefinite_one_reports_without_a_named_speaker(pipeline, text, cue, content, mention):
    records = extracted(text, pipeline)
    assert [(r.cue, r.text, r.speaker_mention, r.speaker, r.speaker_id) for r in records] == [
        (cue, content, mention, None, None)]


def test_a_participle_hung_on_the_reported_clause_speaks_for_the_reporter(pipeline):
    text = "The company announced on Monday that it had sold its Texas plant, saying the sale would cut its debt."
    records = extracted(text, pipeline)
    assert [(r.cue, r.speaker_mention) for r in records] == [("announced", "The company"), ("saying", "The company")]


def test_a_speaker_at_the_end_claims_a_raising_verbs_clause(pipeline):
    text = "The Food and Drug Administration is expected to decide on approval by January, a spokesperson said."
    [record] = extracted(text, pipeline)
    assert (record.cue, record.speaker_mention, record.kind) == ("said", "a spokesperson", "indirect")
    assert record.text == "The Food and Drug Administration is expected to decide on approval by January"


def test_a_that_clause_hung_on_a_phrase_after_the_participle_is_reported(pipeline):
    text = ("Goldman Sachs raised its Brent forecast to $90, saying in a note to clients that inventories would fall "
            "faster than expected.")
    record = next(r for r in extracted(text, pipeline) if r.cue == "saying")
    assert record.text == "that inventories would fall faster than expected"
    assert record.speaker == "Goldman Sachs"


def test_told_an_addressee_a_clause_with_a_noun_subject(pipeline):
    text = 'Its chief executive, Anna Berg, told investors the drug could reach patients "within 18 months."'
    [record] = extracted(text, pipeline)
    assert (record.kind, record.speaker, record.text) == (
        "mixed", "Anna Berg", 'the drug could reach patients "within 18 months."')


def test_a_subject_set_off_before_its_name_is_no_closing_comment(pipeline):
    """"X, NAME, rejected ..." is no '..., a poll shows.' report of the words before the name."""
    records = extracted("Hungary's prime minister, Viktor Orban, rejected the deal outright.", pipeline)
    assert not any(r.text == "Hungary's prime minister" for r in records)


def test_according_to_claims_a_raising_verbs_clause(pipeline):
    text = ("Saudi Crown Prince Mohammed bin Salman is expected to visit Beijing next month, according to two people "
            "familiar with the plans.")
    [record] = extracted(text, pipeline)
    assert (record.cue, record.speaker_mention) == ("according to", "two people familiar with the plans")
