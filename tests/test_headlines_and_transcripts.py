"""Headlines, labels and transcripts: "NAME: ..." turns, interview answers, labelled headlines, headings and
signed quotations, on hand-written paragraphs."""

from __future__ import annotations

import pytest

from quotes import extract
from tests.conftest import check_offsets, extracted, only


def test_quotation_signed_with_a_dash(pipeline):
    text = ("Readers wrote in.\n“He is trying to divide our communities.” ― Carlos Raúl\n"
            "“The most unqualified child to ever run for president.” ― Francisco Herrero\n")
    records = extracted(text, pipeline)
    assert [(r.speaker, r.cue) for r in records] == [("Carlos Raúl", "―"), ("Francisco Herrero", "―")]
    column = ('The fact check.\n\n"Boeing and GE and other multinationals pay zero taxes."\n\n- Sanders.\n\n'
              "This is a complex issue.\n")
    assert [(r.speaker, r.cue) for r in extracted(column, pipeline)] == [("Sanders", "-")]
    glued = "Voices:\n“Mr. Trump is clueless about the struggles of minorities.”― Stephanie Egan\n"
    record = only(extracted(glued, pipeline))  # the tokenizer ends a sentence after the dash, before the name
    assert (record.speaker, record.cue, glued[record.cue_start:record.cue_end]) == ("Stephanie Egan", "―", "―")


def test_transcript_turns_are_quotations_of_their_label(pipeline):
    text = ("Pence spoke to Chris Wallace on Sunday.\n"
            "WALLACE: Will Gennifer Flowers be at the debate?\n"
            "PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n")
    records = extract(text, pipeline=pipeline)
    check_offsets(text, records)
    turns = [r for r in records if r.method == "transcript"]
    assert [(r.speaker, r.cue, r.text) for r in turns] == [
        ("Chris Wallace", ":", "Will Gennifer Flowers be at the debate?"),
        ("Pence", ":", "Gennifer Flowers will not be attending the debate tomorrow night.")]
    assert len(records) == 2


def test_a_transcript_label_is_the_name_as_the_text_writes_it(pipeline):
    """An upper-case label loses its honorific and takes the spelling the text gives the name elsewhere, so that it
    is one speaker with the full name ("MS. JEAN-PIERRE" is Karine Jean-Pierre, not "Ms. Jean-pierre")."""
    text = ("White House press secretary Karine Jean-Pierre faced questions on Monday.\n"
            "Q: Is the president going to visit the border this month?\n"
            "MS. JEAN-PIERRE: I don't have anything to share on his schedule at this time.\n"
            "MR. MCCAIN: We will see.\n"
            "O'ROURKE: That's just not true.\n"
            "John McCain was not at the briefing.\n")
    turns = [r for r in extract(text, pipeline=pipeline, stance=False) if r.method == "transcript"]
    assert [r.speaker for r in turns] == ["Karine Jean-Pierre", "John McCain", "O'Rourke"]


def test_a_transcript_turn_is_direct_only_inside_quotation_marks(pipeline):
    plain = ("Pence spoke to Chris Wallace on Sunday.\n"
             "WALLACE: Will Gennifer Flowers be at the debate?\n"
             "PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n")
    quoted = plain.replace("WALLACE:", '"WALLACE:').replace("PENCE:", '"PENCE:').replace("night.", 'night."')
    for text, kind in ((plain, "indirect"), (quoted, "direct")):
        turns = [r for r in extract(text, pipeline=pipeline, stance=False) if r.method == "transcript"]
        assert [(r.kind, r.speaker) for r in turns] == [(kind, "Chris Wallace"), (kind, "Pence")]
        assert all(r.spans == ([[r.start, r.end]] if kind == "direct" else []) for r in turns)


def test_a_quoted_turn_runs_on_over_the_paragraphs_that_open_with_a_mark_and_no_label(pipeline):
    text = ('Partial transcript as follows:\n\n"WALLACE: Do you see those two as equivalent?\n\n'
            '"PENCE: Well, look, Mark Cuban has been saying tough stuff about my running mate.\n\n'
            '"But the truth is that Donald Trump has a unique way of communicating.\n\n"(CROSSTALK.)\n\n'
            '"WALLACE: Governor, I want to try to get to the debate.\n\n'
            '"PENCE: And that is why he is on his way to the White House.\n\n"Follow Pam Key on Twitter @pamkeyNEN."\n')
    turns = [r for r in extract(text, pipeline=pipeline, stance=False) if r.method == "transcript"]
    check_offsets(text, turns)
    assert [(r.speaker, r.kind, r.text.split("\n")[-1]) for r in turns] == [
        ("Wallace", "direct", "Do you see those two as equivalent?"),
        ("Pence", "direct", '"But the truth is that Donald Trump has a unique way of communicating.'),
        ("Wallace", "direct", "Governor, I want to try to get to the debate."),
        ("Pence", "direct", "And that is why he is on his way to the White House.")]
    assert [text[a:b][:9] for a, b in turns[1].spans] == ["Well, loo", "But the t"]


def test_interview_answers_are_quotations_of_the_interviewee_named_before(pipeline):
    text = ("An interview with climate envoy John Kerry\n\n"
            "John Kerry, the US special envoy for climate, spoke to reporters ahead of the summit.\n\n"
            "Q: Are you optimistic about the talks?\n\n"
            "A: I am cautiously optimistic. Countries have made real progress.\n")
    records = extract(text, pipeline=pipeline, stance=False)
    check_offsets(text, records)
    assert [(r.speaker_mention, r.speaker, r.cue, r.text) for r in records if r.method == "transcript"] == [
        ("Q", None, ":", "Are you optimistic about the talks?"),
        ("A", "John Kerry", ":", "I am cautiously optimistic. Countries have made real progress.")]


def test_interview_answers_after_an_interview_rubric_are_the_named_interviewees():
    from quotes.transcripts import interview_turns
    text = ("Interview: Novelist Priya Raman on grief, Chennai and her new book\n\n"
            "Her third novel follows three generations of fishermen. She spoke to us from London.\n\n"
            "Q: Why did you return to Chennai?\n\nA: Because I had been avoiding it.\n")
    turns = interview_turns(text)
    assert [(text[t.label_start:t.label_end], t.name) for t in turns] == [("Q", None), ("A", "Priya Raman")]


def test_question_and_answer_labels_need_both_a_question_and_an_answer():
    from quotes.transcripts import interview_turns
    assert interview_turns("Results\n\nA: 23 percent\n\nB: 40 percent\n") == []


def test_a_lone_capitalised_headline_is_not_a_transcript():
    from quotes.transcripts import find_turns
    assert find_turns("FIX IS IN: Moderators ignore the question\nThe debate went on.") == []


@pytest.mark.parametrize("text,speaker", [
    ("Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one about polls.”", "Carl Bialik"),
    ("Marco Rubio: ‘You Don’t Win The Nomination By How Many States You Win’\n\nHe spoke in Iowa.", "Marco Rubio"),
])
def test_a_name_and_colon_label_the_quotation_after_them(pipeline, text, speaker):
    record = only(extracted(text, pipeline), kind="direct")
    assert (record.speaker, record.cue) == (speaker, ":")
    assert text[record.cue_start - len(speaker):record.cue_start] == speaker == record.speaker_mention


@pytest.mark.parametrize("text,mention", [
    ("It is not enough to look representative - More from the report: “Vendors condition their samples on other "
     "variables.”", "the report"),  # "representative" here is no title before a name
    ('Rep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you ever cite that figure."',
     "Rep. Trey Gowdy (R-S.C.)")])
def test_a_document_after_from_and_a_name_with_its_party_label_a_quotation(pipeline, text, mention):
    record = only(extracted(text, pipeline), kind="direct")
    assert (record.cue, record.speaker_mention) == (":", mention)


def test_names_and_colons_label_quotations_in_any_paragraph_and_after_a_sentence(pipeline):
    text = ("Jeb Bush and Hillary Clinton, among others, reject the term containment.\n\nClinton: \"Our goal is not to "
            "deter or contain ISIS, but to defeat and destroy ISIS.\" Bush: \"The mission is to destroy ISIS -- not to "
            "contain it.\"\n\nAnother user, Roland Z, wrote of Ms. Merkel: \"Your boss is still bringing them.\"")
    quotes = [r for r in extracted(text, pipeline) if r.kind == "direct"]
    assert [(r.speaker, r.cue) for r in quotes] == [("Hillary Clinton", ":"), ("Jeb Bush", ":"), ("Roland Z", "wrote")]


def test_a_heading_word_before_a_colon_is_no_label(pipeline):
    text = "Update: “We will not back down from this fight,” the mayor said on Tuesday."
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.cue) == ("the mayor", "said")


@pytest.mark.parametrize("text,speaker,kind,role,content", [
    ("Trump: My immigration plans aren't set in stone.\n\nDonald Trump says parts of his plans are negotiable.",
     "Donald Trump", "person", None, "My immigration plans aren't set in stone"),
    ("Poll: Trump and Clinton hold narrow leads in Pennsylvania.\n\nThe race is tight three weeks ahead of the primary.",
     None, "unknown", "Poll", "Trump and Clinton hold narrow leads in Pennsylvania")])  # a poll: no one named
def test_a_headline_label_and_colon_report_the_headline(pipeline, text, speaker, kind, role, content):
    record = extracted(text, pipeline)[0]
    assert (record.kind, record.cue, record.speaker, record.speaker_type, record.speaker_role, record.text) == (
        "indirect", ":", speaker, kind, role, content)


@pytest.mark.parametrize("headline,mention,speaker", [
    ("Sarah Silverman heckles Sanders supporters: 'You're being ridiculous.'", "Sarah Silverman", "Sarah Silverman"),
    ("A lesson from Loretta Lynch: 'Be the voice that people hear.'", "Loretta Lynch", "Loretta Lynch"),
    ("WSJ editorial: 'Deport Nikki Haley.'", "WSJ editorial", "WSJ")])
def test_a_quote_after_a_headline_label_without_a_speech_verb_is_the_labels(pipeline, headline, mention, speaker):
    text = headline + "\n\nThe comments drew wide attention on Monday."
    record = only(extracted(text, pipeline), kind="direct")
    assert (record.cue, record.speaker_mention, record.speaker) == (":", mention, speaker)
    assert record.text == headline[headline.index(": '") + 3:-1]
    alone = only(extracted(headline, pipeline), kind="direct")  # one line, no article after it: no headline
    assert (alone.speaker, alone.cue) == (None, None)


@pytest.mark.parametrize("headline,kind,mention,content", [
    ("Democrats' new warning: Leaks could include Russian lies.", "indirect", "Democrats' new warning",
     "Leaks could include Russian lies"),
    ("Obama on Climate Change: The Trends Are 'Terrifying.'", "mixed", "Obama", "The Trends Are 'Terrifying.'")])
def test_a_headline_label_may_end_in_a_text_noun_or_name_its_topic(pipeline, headline, kind, mention, content):
    text = headline + "\n\nThe comments drew wide attention on Monday."
    record = extracted(text, pipeline)[0]
    assert (record.kind, record.cue, record.speaker_mention, record.text) == (kind, ":", mention, content)


def test_a_heading_label_is_no_speaker_of_the_headline(pipeline):
    assert extracted("UPDATE: The mayor resigned.\n\nThe city council will meet on Monday.", pipeline) == []
    latest = extracted("The Latest: Trump delivers defense of ‘New York values.’\n\nThe city council will meet "
                       "on Monday.", pipeline)
    assert latest and not any(r.cue == ":" or r.speaker == "Latest" for r in latest)


def test_a_labelled_headline_with_a_quote_in_it_is_one_mixed_quotation(pipeline):
    text = ("Milbank: Republicans ‘Waving The Flag Of Surrender’ To Trump.\n\n"
            "The column ran on Sunday.")
    record = only([r for r in extracted(text, pipeline) if r.start < text.index("\n")])
    assert (record.kind, record.cue, record.speaker, record.text, record.spans) == (
        "mixed", ":", "Milbank", "Republicans ‘Waving The Flag Of Surrender’ To Trump", [[22, 50]])
    marked = only(extracted("Clinton: Trump’s view of the world is “dangerously wrong”; \n\n"
                            "Hillary Clinton spoke in Ohio.", pipeline))
    assert (marked.kind, marked.speaker, marked.text) == (
        "mixed", "Hillary Clinton", "Trump’s view of the world is “dangerously wrong”")
    whole = only(extracted("Marco Rubio: ‘You Don’t Win The Nomination By How Many States You Win.’\n\n"
                           "Rubio spoke in Miami.", pipeline))
    assert (whole.kind, whole.speaker, whole.text) == (
        "direct", "Marco Rubio", "You Don’t Win The Nomination By How Many States You Win.")


def test_a_labelled_headline_takes_in_a_report_nested_in_it(pipeline):
    records = extracted("Clinton: I support D.C. statehood.\n\nHillary Clinton said on Monday that the "
                        "District deserves two senators.", pipeline)
    assert [(r.cue, r.text) for r in records][:2] == [(":", "I support D.C. statehood"), ("said", "that the District "
                                                                                             "deserves two senators")]
    quoted = extracted("Rush Limbaugh: Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear.’\n\n"
                       "According to talk radio host Rush Limbaugh, the move reeks of “fear.”", pipeline)[0]
    assert (quoted.kind, quoted.cue, quoted.speaker, quoted.text) == (  # "Rush" parsed as a verb
        "mixed", ":", "Rush Limbaugh", "Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear.’")


@pytest.mark.parametrize("headline,body,speaker", [
    ("Marco Rubio: I’m Not Interested In Being Vice President.", "Rubio said he wants to stay in the Senate.",
     "Marco Rubio"),  # a speaker of the article by another name
    ("Historians: Clinton, Obama linked no matter what.", "The two will be judged together.", "historians"),
    ("Judicial Watch: State Department Hid Key Clinton Benghazi Email For Years.",
     "Judicial Watch said the email was withheld.", "Judicial Watch")])
def test_a_headline_label_that_speaks_in_the_article_or_names_a_group_reports_the_headline(pipeline, headline, body,
                                                                                           speaker):
    record = extracted(f"{headline}\n\n{body}", pipeline)[0]
    assert (record.cue, record.speaker, record.text) == (":", speaker, headline[headline.index(":") + 2:-1])


def test_a_question_after_a_headline_label_is_a_topic_not_a_report(pipeline):
    text = ("Ted Cruz: Constitutional conservative or another typical career politician?\n\n"
            "Ted Cruz said he would repeal the law.")
    assert [r.cue for r in extracted(text, pipeline)] == ["said"]


def test_a_heading_in_capitals_names_nobody(pipeline):
    from quotes.names import shouted
    text = "AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY IN VILLAGE The team cited “blocked toilets, leaking pipes.”"
    assert all(r.speaker is None or not r.speaker.isupper() for r in extracted(text, pipeline))
    assert [shouted(n) for n in ("HUFFPOLLSTER", "NEW HAMPSHIRE", "MSNBC", "AFL-CIO", "U.S.", "POLITICO")] == [
        True, True, False, False, False, False]


def test_a_quote_signed_inside_its_marks_on_the_next_line_is_the_signers(pipeline):
    text = ("Economists worry.\n\"We are going to enter the next recession, whenever it comes, without that consensus "
            "that of course we need to do stimulus.\nJosh Bivens, Economic Policy Institute.\"\nDemocrats agreed.")
    record = only(extracted(text, pipeline))
    assert (record.kind, record.speaker, record.speaker_mention, record.cue) == (
        "direct", "Josh Bivens", "Josh Bivens, Economic Policy Institute", '"')
    assert record.text.endswith("need to do stimulus.")


@pytest.mark.parametrize("subhead", ["\"Related:\"", "'A really tough decision.'", "“EVENTUALLY VOTERS MAKE GOOD DECISIONS”"])
def test_a_quoted_subheading_is_no_quotation(pipeline, subhead):
    text = (f"\"If I were in my 40s, I'd go back to school,\" she said.\n\n{subhead}\n\n"
            "As Ms. Bigbee and her co-workers left the plant, the rain stopped.")
    record = only(extracted(text, pipeline))
    assert record.text == "If I were in my 40s, I'd go back to school,"


def test_a_publishers_editors_note_is_not_attributed(pipeline):
    text = ('Trump spoke in Ohio on Monday. "We will win," he said.\n\nEditor’s note: Donald Trump is a serial liar '
            'and bully who has repeatedly pledged to ban all Muslims from entering the U.S.')
    record = only(extract(text, pipeline=pipeline))  # not "has repeatedly pledged" of the boilerplate note
    assert record.cue == "said"


def test_an_editors_note_correcting_the_article_is_read_like_the_article(pipeline):
    text = ("Ms. Malik passed three background checks.\n\nEditor's Note: An article on Monday about Ms. Malik "
            "reported that she had talked openly on social media about violent jihad. On Wednesday, however, the "
            "F.B.I. director, James B. Comey, said that her messages about jihad were private.")
    records = extract(text, pipeline=pipeline)
    assert [(r.cue, r.text) for r in records] == [
        ("reported", "that she had talked openly on social media about violent jihad"),
        ("said", "that her messages about jihad were private")]


def test_each_verb_of_a_headline_reports_its_object(pipeline):
    text = "Putin chides Turkey and praises Trump at news conference.\n\nThe Russian president spoke for four hours."
    records = extract(text, pipeline=pipeline, stance=False)
    assert [(r.cue, r.speaker, r.text) for r in records] == [("chides", "Putin", "Turkey"), ("praises", "Putin", "Trump")]


def test_a_title_before_the_colon_labels_a_quotation(pipeline):
    text = "Police chief: 'We were not ready'\n\nThe police chief of Uvalde spoke on Monday."
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text, record.cue, record.speaker_mention) == \
        ("direct", "We were not ready", ":", "Police chief")


def test_a_title_labels_a_headline_report(pipeline):
    text = "Labour leader: We will win the election\n\nKeir Starmer, the Labour leader, spoke on Monday."
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text, record.cue, record.speaker_mention) == \
        ("indirect", "We will win the election", ":", "Labour leader")


def test_i_in_an_interview_answer_is_the_interviewee(pipeline):
    text = ("Q&A: The economist who predicted the crash\n\nNouriel Roubini spoke with us about inflation and China."
            "\n\nQ: Are we heading for a recession?\n\nA: I think a mild recession is likely next year.")
    records = extracted(text, pipeline)
    think = next(r for r in records if r.cue == "think")
    assert (think.speaker_mention, think.speaker) == ("I", "Nouriel Roubini")
    headline = next(r for r in records if r.cue == "predicted")
    assert headline.speaker != "Q&A"  # the label is no one


def test_a_headline_report_whose_verb_the_parse_took_for_a_noun(pipeline):
    """The parse hangs "aide" on "testifies" as a compound and makes "ordered" a relative clause: the aide
    testifies, the mayor ordered nothing that is reported."""
    text = ("Former aide testifies that mayor ordered records destroyed\n\n"
            "The trial of Mayor Daniel Ortiz entered its second week.\n")
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker_mention, record.text) == (
        "testifies", "aide", "that mayor ordered records destroyed")
