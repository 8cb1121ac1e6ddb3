"""Who speaks and what they said, in articles written as a user would run the tool on them (the sixty-first
session's): a report that closes its sentence after a noun described by a participle phrase (", the study, published
in the Journal of Mammalogy, warns."); a forecast passive ("temperatures are forecast to reach 34C") that has no
speaker; an abbreviated rank before a surname ("Cdr Savell") that is the person named in full before; a surname shared
with a relative named in passing ("Her husband, Sir Jason Kenny, retired") that stays with the person quoted; a body
whose plural name has an "of" phrase ("The National Institutes of Health"); a description before a closing report's
named subject that the parse hung in the clause before (", short of the 50 they needed, public broadcaster NHK
reported"); a headline's ", says Qatar" that is no content of the verb before it; "had called a doctor", no report;
a closing report whose subject is a body's figures after a description set off by commas (", a record for the period,
Home Office figures show"); "was told by doctors that she ...", the clause no relative clause of "doctors"; a
passive report that a closing report speaks for ("No illnesses have been reported, a Tesco spokeswoman said"); a
company named for its trips ("Himalayan Expeditions"); a campaign whose name opens with a title word ("Campaign group
Head for Change")."""

from __future__ import annotations

from tests.conftest import extracted, reporting


def test_a_report_closing_after_a_described_study_is_found(pipeline):
    text = ("The species is already critically endangered because of logging, the study, published in the Journal of "
            "Mammalogy, warns.")
    record = reporting(text, pipeline, "endangered")
    assert (record.cue, record.speaker_mention, record.text) == (
        "warns", "the study, published in the Journal of Mammalogy,",
        "The species is already critically endangered because of logging")


def test_a_report_closing_after_a_described_report_has_that_report_as_its_source(pipeline):
    text = "Prices will rise by 10% next year, the report, written by economists at the bank, says."
    record = reporting(text, pipeline, "Prices")
    assert (record.cue, record.speaker_role, record.text) == ("says", "report", "Prices will rise by 10% next year")


def test_a_plural_noun_closing_a_list_after_a_described_noun_is_no_report(pipeline):
    text = "The firm rejected the lawsuit, the latest, filed in Texas, and other claims."
    record = reporting(text, pipeline, "lawsuit")
    assert (record.cue, record.text) == ("rejected", "the lawsuit, the latest, filed in Texas, and other claims")


def test_a_forecast_passive_has_no_speaker(pipeline):
    text = ("An amber heat-health alert has been issued for much of England as temperatures are forecast to reach 34C "
            "this weekend.")
    record = reporting(text, pipeline, "34C")
    assert (record.speaker, record.speaker_mention, record.cue) == (None, None, "are forecast")


def test_a_passive_with_an_agent_keeps_its_speaker(pipeline):
    text = "Temperatures were forecast by the Met Office to reach 34C this weekend."
    assert all(r.speaker is None or r.speaker == "Met Office" for r in extracted(text, pipeline))
    assert not any(r.speaker_mention == "Temperatures" for r in extracted(text, pipeline))


def test_an_abbreviated_rank_before_a_surname_is_the_person_named_before(pipeline):
    text = ("Commander Jon Savell, of the Met's professionalism command, said Price's behaviour was \"appalling\".\n"
            "\"He preyed on a woman who had turned to police for help,\" Cdr Savell said.\n"
            "Det Sgt Ann Lee said the inquiry continued. \"It is early days,\" Det Sgt Lee said.")
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_role) for r in records if r.kind == "direct"] == [
        ("Jon Savell", "Cdr"), ("Ann Lee", "Det Sgt")]


def test_a_surname_stays_with_the_person_quoted_not_a_relative_named_in_passing(pipeline):
    text = ("Double Olympic champion Laura Kenny has announced her retirement from cycling at the age of 32.\n"
            "Kenny, who won five Olympic gold medals, said it was \"the right time\" to step away from the sport.\n"
            "Her husband, Sir Jason Kenny, retired in 2022.\n"
            "Asked whether she would move into coaching, Kenny told BBC Sport: \"Never say never.\"")
    record = reporting(text, pipeline, "Never say never")
    assert record.speaker == "Laura Kenny"


def test_a_surname_after_a_relative_named_again_as_a_subject_is_that_relative(pipeline):
    text = ("Hillary Clinton said she would win Texas.\n"
            "Clinton's husband, Bill Clinton, served as governor of Arkansas.\n"
            "Bill Clinton spoke with voters outside the polling station. At one point a woman asked for a photo and "
            "Clinton said, \"As long as we're not violating any election laws.\"")
    record = reporting(text, pipeline, "election laws")
    assert record.speaker == "Bill Clinton"


def test_a_body_with_a_plural_name_keeps_its_of_phrase(pipeline):
    text = "The National Institutes of Health said on Friday it would cap payments for indirect costs at 15%."
    record = reporting(text, pipeline, "cap payments")
    assert (record.speaker, record.speaker_type) == ("National Institutes of Health", "organization")


def test_a_description_before_a_closing_reports_named_subject_is_its_role(pipeline):
    text = ("The Liberal Democratic Party and its partner Komeito won 47 seats, short of the 50 they needed, public "
            "broadcaster NHK reported.")
    record = reporting(text, pipeline, "47 seats")
    assert (record.speaker, record.speaker_role, record.speaker_mention, record.text) == (
        "NHK", "public broadcaster", "public broadcaster NHK",
        "The Liberal Democratic Party and its partner Komeito won 47 seats, short of the 50 they needed")


def test_a_closing_inverted_report_in_a_headline_is_no_content_of_the_verb_before(pipeline):
    records = extracted("Israel and Hamas agree to ceasefire deal, says Qatar", pipeline)
    assert [(r.speaker, r.cue, r.text) for r in records] == [
        ("Qatar", "says", "Israel and Hamas agree to ceasefire deal")]


def test_calling_a_doctor_reports_nothing(pipeline):
    text = "Ms Collins told the court she had followed the home's procedures and had called a doctor."
    records = extracted(text, pipeline)
    assert [(r.cue, r.text) for r in records] == [
        ("told", "she had followed the home's procedures and had called a doctor")]


def test_calling_someone_something_still_reports(pipeline):
    record = reporting("He called the doctor a liar.", pipeline, "liar")
    assert record.cue == "called"


def test_a_description_before_a_bodys_figures_closing_the_sentence_is_not_their_source(pipeline):
    text = ("More than 20,000 people crossed the English Channel in small boats in the first six months of the year, a "
            "record for the period, Home Office figures show.")
    record = reporting(text, pipeline, "20,000")
    assert (record.speaker, record.speaker_mention, record.cue) == ("Home Office", "Home Office figures", "show")


def test_a_description_before_a_name_set_off_by_commas_is_still_its_role(pipeline):
    text = "The deal was signed on Monday, his top aide, Tad Devine, told The Huffington Post."
    record = reporting(text, pipeline, "deal")
    assert (record.speaker, record.speaker_role) == ("Tad Devine", "his top aide")


def test_a_that_clause_after_the_agent_of_told_is_what_was_told(pipeline):
    text = "The 29-year-old from Bristol was told by doctors that she was unlikely to walk again."
    record = reporting(text, pipeline, "walk again")
    assert (record.speaker_mention, record.cue, record.text) == (
        "doctors", "was told", "that she was unlikely to walk again")


def test_a_passive_report_closed_by_a_named_report_is_that_speakers(pipeline):
    records = extracted("No illnesses have been reported, a Tesco spokeswoman said.", pipeline)
    assert [(r.speaker, r.speaker_role, r.cue, r.text) for r in records] == [
        ("Tesco", "spokeswoman", "said", "No illnesses have been reported")]


def test_a_passive_report_inside_a_named_report_is_still_reported(pipeline):
    records = extracted("Police said no injuries were reported.", pipeline)
    assert [(r.speaker, r.cue, r.text) for r in records] == [("Police", "said", "no injuries were reported")]


def test_a_company_named_for_its_expeditions_is_an_organization(pipeline):
    text = ("He and his Nepali guide, Pas Tenji Sherpa, went missing on the descent, Himalayan Expeditions said.")
    record = reporting(text, pipeline, "missing")
    assert (record.speaker, record.speaker_type) == ("Himalayan Expeditions", "organization")


def test_a_campaign_name_opening_with_a_title_word_is_the_name(pipeline):
    text = "Campaign group Head for Change said the case could open the door to hundreds more claims."
    record = reporting(text, pipeline, "hundreds")
    assert (record.speaker, record.speaker_type, record.speaker_role) == (
        "Head for Change", "organization", "Campaign group")


def test_a_title_with_for_before_a_persons_name_is_still_a_role(pipeline):
    record = reporting("Minister for Health Stephen Donnelly said the plan was ready.", pipeline, "plan")
    assert (record.speaker, record.speaker_role) == ("Stephen Donnelly", "Minister for Health")
