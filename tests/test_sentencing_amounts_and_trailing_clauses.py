"""Who speaks and what they said, in articles written as a user would run the tool on them (the sixtieth session's):
a judge named after "Sentencing NAME, AGE, at COURT,"; "saying up to 180mm of rain could fall", the amount taken out of
the clause; a body's long name the tokenizer cut after an initialism ("... North Midlands NHS" | "Trust said"); a
first name alone for someone named in full only after a description ("Brazilian forward Estêvão Willian"), not for a
name inside another body's ("the Trump Train"); a headline's "warns of"; a lede's "the council" named in the next
sentence; a clause after a closing report opened by "as" or "which", no part of the report ("..., the ONS said, as
households cut spending"), while a report set off inside its sentence still reports the whole sentence; a description
before a name after an opening clause ("Speaking outside court, his solicitor, Helen Marsh, said"); "..., US media
report."; "told the panel in writing that ..."; "the band" after a ticket seller named as a subject; "called 999"; a
lede's "The competition watchdog" and the authority named next."""

from __future__ import annotations

from tests.conftest import extracted, reporting


def test_a_judge_after_a_sentencing_clause_with_an_age_speaks(pipeline):
    text = ("Sentencing Marcus Hale, 44, at Southwark Crown Court, Judge Deborah Taylor said he had shown \"a callous "
            "disregard for the safety of vulnerable people\".")
    record = reporting(text, pipeline, "callous")
    assert (record.speaker, record.speaker_role, record.cue) == ("Deborah Taylor", "Judge", "said")


def test_an_amount_after_saying_is_the_subject_of_what_was_said(pipeline):
    text = ("Spain's weather agency Aemet issued a red warning for the region on Tuesday, saying up to 180mm of rain "
            "could fall in 12 hours.")
    record = reporting(text, pipeline, "180mm")
    assert (record.speaker, record.cue, record.text) == ("Aemet", "saying",
                                                         "up to 180mm of rain could fall in 12 hours")


def test_a_body_named_in_full_after_an_initialism_speaks_by_its_whole_name(pipeline):
    text = ("An 89-year-old woman waited more than 40 hours on a trolley.\n"
            "University Hospitals of North Midlands NHS Trust said it was \"very sorry\" for the delay.")
    record = reporting(text, pipeline, "very sorry")
    assert (record.speaker, record.speaker_mention) == ("University Hospitals of North Midlands NHS Trust",) * 2


def test_a_first_name_alone_is_the_one_named_in_full_after_a_description(pipeline):
    text = ("Chelsea have completed the signing of Brazilian forward Estêvão Willian from Palmeiras for £51.5m.\n"
            "\"I am very happy to be joining one of the biggest clubs in the world,\" Estêvão said.")
    record = reporting(text, pipeline, "very happy")
    assert (record.speaker, record.speaker_mention) == ("Estêvão Willian", "Estêvão")


def test_a_name_that_opens_another_bodys_name_keeps_its_own(pipeline):
    text = ("Supporters who rode on the Trump Train cheered loudly.\n"
            "\"We are going to win big,\" Trump said at the rally.")
    record = reporting(text, pipeline, "win big")
    assert record.speaker == "Trump"


def test_a_headlines_warning_of_something_reports_the_thing(pipeline):
    text = "Ryanair warns of fare rises\nRyanair has warned passengers to expect higher fares next summer."
    record = next(r for r in extracted(text, pipeline) if r.cue == "warns of")
    assert (record.speaker, record.text) == ("Ryanair", "fare rises")


def test_a_ledes_council_is_the_council_named_next(pipeline):
    text = ("Three libraries in Bradford are to close under plans to save £1.2m, the council has confirmed.\n"
            "Bradford Council said it had been forced to make \"difficult choices\" because of a budget shortfall.")
    record = reporting(text, pipeline, "Three libraries")
    assert (record.speaker, record.speaker_mention) == ("Bradford Council", "the council")


def test_a_clause_opened_by_as_after_a_closing_report_is_no_part_of_it(pipeline):
    text = "Unemployment rose to 4.3% in the three months to September, the ONS said, as households cut spending."
    record = reporting(text, pipeline, "Unemployment")
    assert (record.speaker, record.text) == ("ONS", "Unemployment rose to 4.3% in the three months to September")


def test_figures_that_show_something_before_a_clause_of_their_own_report_it(pipeline):
    text = ("Japan's economy shrank at an annualised rate of 2.9% in the three months to September, official figures "
            "show, as households cut spending amid rising prices.")
    record = reporting(text, pipeline, "economy shrank")
    assert (record.cue, record.speaker_mention, record.text) == (
        "show", "official figures", "Japan's economy shrank at an annualised rate of 2.9% in the three months to "
        "September")


def test_a_relative_clause_after_a_closing_report_is_no_part_of_it(pipeline):
    text = "Urban populations appear to be stabilising, the charities said, which gave some hope."
    record = reporting(text, pipeline, "Urban")
    assert (record.speaker_mention, record.text) == ("the charities", "Urban populations appear to be stabilising")


def test_a_report_set_off_inside_its_sentence_still_reports_the_whole_sentence(pipeline):
    text = "If the demands are not met, Mr. Taylor warned, supporters plan to leave the party."
    record = reporting(text, pipeline, "demands")
    assert record.text == text[:-1]


def test_a_description_before_a_name_after_an_opening_clause_is_the_speakers_role(pipeline):
    text = "Speaking outside court, his solicitor, Helen Marsh, said her client was \"relieved\"."
    record = reporting(text, pipeline, "relieved")
    assert (record.speaker, record.speaker_role, record.speaker_mention) == (
        "Helen Marsh", "his solicitor", "his solicitor, Helen Marsh,")


def test_media_that_report_at_the_end_of_a_sentence_are_its_source(pipeline):
    text = ("President-elect Donald Trump has chosen Florida Senator Marco Rubio to be his secretary of state, US "
            "media report.")
    record = reporting(text, pipeline, "Rubio")
    assert (record.cue, record.speaker_mention, record.text) == (
        "report", "US media", "President-elect Donald Trump has chosen Florida Senator Marco Rubio to be his secretary "
        "of state")


def test_in_writing_is_how_the_one_told_was_told(pipeline):
    text = ("Ms Reeve did not attend the hearing but told the panel in writing that she had been \"overwhelmed\" by "
            "her workload.")
    record = reporting(text, pipeline, "overwhelmed")
    assert (record.speaker_mention, record.cue, record.text) == (
        "Ms Reeve", "told", "that she had been \"overwhelmed\" by her workload")


def test_writing_something_is_no_manner_of_telling(pipeline):
    from quotes.parse_repairs import repair_parse
    from quotes.parsing import parse_spans
    text = "Mr. Rubio joined Democrats in writing an immigration bill in 2013."
    words = parse_spans(pipeline, text, [(0, len(text))], [0])[0].words
    repair_parse(words)
    writing = next(w for w in words if w.text == "writing")
    assert writing.upos == "VERB" and any(w.head == writing.index and w.deprel == "obj" for w in words)


def test_the_band_is_the_band_named_by_its_tour_not_the_ticket_seller(pipeline):
    text = ("The watchdog will investigate the sale of tickets for Oasis's reunion tour.\n"
            "Ticketmaster said it did not set prices.\n"
            "In a post on X, the band said they had \"no awareness\" that dynamic pricing would be used.")
    record = reporting(text, pipeline, "no awareness")
    assert (record.speaker, record.speaker_mention) == ("Oasis", "the band")


def test_a_band_that_announced_a_tour_is_the_band(pipeline):
    text = ("Oasis have announced a reunion tour.\nTickets sold out within hours, Ticketmaster said.\n"
            "The band said they were \"overwhelmed\" by the response.")
    record = reporting(text, pipeline, "overwhelmed")
    assert record.speaker == "Oasis"


def test_calling_999_reports_nothing(pipeline):
    text = "Llanberis Mountain Rescue Team said she was found by two walkers, who called 999 at about 08:00 on Sunday."
    assert [r.cue for r in extracted(text, pipeline)] == ["said"]


def test_a_ledes_watchdog_is_the_authority_named_next(pipeline):
    text = ("Oasis reunion tickets: Watchdog to investigate Ticketmaster\n"
            "The competition watchdog has launched an investigation into Ticketmaster over the sale of tickets for "
            "Oasis's reunion tour.\n"
            "The Competition and Markets Authority (CMA) said it would look at whether the company's use of \"dynamic "
            "pricing\" broke consumer law.")
    record = reporting(text, pipeline, "an investigation")
    assert (record.speaker, record.speaker_mention) == ("Competition and Markets Authority", "The competition watchdog")
