"""Quotation marks: every convention of the issue, apostrophes, nesting, recovery, and properties."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.marks import find_quotes, paragraphs


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text) if q.depth == 0]


def test_straight_and_curly_double_marks():
    assert quoted('He said "yes" and “no”.') == ["yes", "no"]


def test_low_and_guillemet_marks():
    assert quoted("Er sagte „Hallo Welt“ und «Bonjour» dit-il.") == ["Hallo Welt", "Bonjour"]


def test_backtick_convention():
    assert quoted("He said ``this is it'' today.") == ["this is it"]


def test_single_quotes_versus_apostrophes():
    text = "The '90s, don't and Afghans' land. Up to Afghans to 'defend their country'"
    assert quoted(text) == ["defend their country"]
    curly = "Johnson said in ‘08 that voters were ready. “I do sense it,” he said of the ’90s. “It’s ‘new’ now.”"
    assert quoted(curly) == ["I do sense it,", "It’s ‘new’ now."]


def test_feet_and_inches_are_no_quotation_marks():
    text = ('Trump is 6\'3" tall and weighs 236 pounds, "which is fine," he said. '
            'He is 5’11” and “strong,” she said.')
    assert quoted(text) == ["which is fine,", "strong,"]
    rubio = "“I admit, he’s like 6’2”,” Rubio said."
    assert quoted(rubio) == ["I admit, he’s like 6’2”,"]


def test_stray_apostrophe_inside_double_quote():
    text = 'Biden said that "just one more year of fighting\'"in Afghanistan was bad.'
    assert quoted(text) == ["just one more year of fighting'"]


def test_a_closing_mark_with_no_space_after_it():
    text = "“I knew him,”Clinton said. “He has been so divisive.” Aides ”get close to Ben” at times."
    assert quoted(text) == ["I knew him,", "He has been so divisive.", "get close to Ben"]


def test_a_no_break_space_after_a_closing_mark():
    text = "“Like Oakland. Or Ferguson,”\u00a0Trump said.\u00a0“The crime numbers are worse.”"
    assert quoted(text) == ["Like Oakland. Or Ferguson,", "The crime numbers are worse."]


def test_a_mistyped_closing_mark_after_the_last_comma():
    text = "“The reality is, this could create problems,“ said Jim Clyburn. “We will see.”"
    assert quoted(text) == ["The reality is, this could create problems,", "We will see."]


def test_quote_inside_quote():
    text = '"They called it \'a disaster\' from the start," he said.'
    found = find_quotes(text)
    assert [(text[q.start:q.end], q.depth) for q in found] == [
        ("They called it 'a disaster' from the start,", 0), ("a disaster", 1)]


def test_multi_paragraph_quote_is_one_quotation():
    text = '“The first paragraph of the speech.\n“The second one,” she said.\nNext.'
    found = [q for q in find_quotes(text) if q.depth == 0]
    assert len(found) == 1
    assert [text[a:b] for a, b in found[0].pieces] == ["The first paragraph of the speech.", "The second one,"]


def test_unbalanced_mark_recovered_per_paragraph():
    text = 'He said "this never ends.\nA new paragraph with "a proper quote" here.'
    found = find_quotes(text)
    assert [text[q.start:q.end] for q in found] == ["this never ends.", "a proper quote"]
    assert found[0].closed is False and found[1].closed is True


def test_paragraphs_are_lines():
    assert paragraphs("a b\n\n  c\n") == [(0, 3), (7, 8)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab .,\n\"'“”‘’„«»`:") + ["he said", "don't", "''", "``"])
                | st.characters(), max_size=80).map("".join))
def test_any_string_gives_valid_offsets(text):
    for q in find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)
        for a, b in q.pieces:
            assert q.start <= a < b <= q.end


def test_three_straight_single_marks_are_a_single_and_a_double_one():
    closing = "''Americans will not be satisfied with 'We'll bomb the S out of them,''' said Senator John McCain."
    opening = "'''Kosovo is a special case,' they tell us all the time,'' Mr. Putin said."
    for text, content in ((closing, "Americans will not be satisfied with 'We'll bomb the S out of them,'"),
                          (opening, "'Kosovo is a special case,' they tell us all the time,")):
        outer = [q for q in find_quotes(text) if q.depth == 0]
        assert [text[q.start:q.end] for q in outer] == [content] and outer[0].closed


def test_marks_inside_markup_tags_are_no_quotation_marks():
    text = ('They called for action:\n<tweet pic="" author="MartinOMalley" tweet_id="672137288055398401">'
            'Enough is “enough.”</tweet>\nSee <a href="http://example.com">this</a>, he said, "now."')
    assert quoted(text) == ["enough.", "now."]


def test_a_signature_line_closing_an_open_quote_is_no_quotation():
    text = ('"We are going to enter the next recession without that consensus.\n'
            'Josh Bivens, Economic Policy Institute."\nDemocrats acquiesced to "the narrative."')
    spans = [text[q.start:q.end] for q in find_quotes(text)]
    assert spans == ["We are going to enter the next recession without that consensus.", "the narrative."]
    longer = '"We are going.\nAnd we will keep going and going until every single one of the jobs is back."'
    assert [longer[q.start:q.end] for q in find_quotes(longer)] == [
        "We are going.", "And we will keep going and going until every single one of the jobs is back."]


def test_three_single_marks_after_a_word_close_a_quote_that_opened_with_them():
    text = "'''College Bowl,''' he replied. ''It's a version of 'Jeopardy'.''"
    assert quoted(text) == ["'College Bowl,'", "It's a version of 'Jeopardy'."]
