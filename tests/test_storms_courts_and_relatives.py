"""Who speaks, in articles written as a user would run the tool on them (the fifty-fifth session's): a common noun
opening a report that a "he" closes ("Debris damaged several houses, he said"); a relative named after the one whose
relative she is ("Margaret Hughes's daughter, Carol, said"); someone kept anonymous ("The MP, who cannot be named
..., said"); a name with a particle after an unlisted title ("Interim manager Ruud van Nistelrooy"); and a participle
after a closing report ("..., the agency said, shaking buildings")."""

from __future__ import annotations

from tests.conftest import extracted, reporting


def test_a_common_noun_opening_the_report_a_pronoun_closes_is_no_antecedent(pipeline):
    text = ("\"Air defence worked all night,\" Kyiv Mayor Vitali Klitschko wrote on Telegram. Debris damaged several "
            "houses in the suburbs, he said.")
    assert reporting(text, pipeline, "Debris damaged").speaker == "Vitali Klitschko"


def test_a_relative_named_after_whose_relative_she_is_speaks(pipeline):
    text = ("A hospital trust has apologised to a 92-year-old woman who waited more than 40 hours for a bed.\n"
            "Margaret Hughes's daughter, Carol, said her mother had been left on a trolley in a corridor. \"It was "
            "degrading,\" she said.")
    records = extracted(text, pipeline)
    assert {r.speaker for r in records} == {"Carol"}
    assert next(r for r in records if r.kind == "indirect").speaker_role == "Margaret Hughes's daughter"


def test_someone_who_cannot_be_named_is_not_the_person_named_before(pipeline):
    text = ("A man who sent threatening messages to an MP has been jailed for two years.\n"
            "Sentencing him at Leeds Crown Court, Judge Guy Kearl KC said the messages had been \"deeply sinister\".\n"
            "The MP, who cannot be named for security reasons, said in a victim statement that she had installed "
            "panic alarms at her home.")
    record = reporting(text, pipeline, "panic alarms")
    assert (record.speaker, record.speaker_role) == (None, "MP")


def test_a_particle_is_no_first_name_after_an_unlisted_title(pipeline):
    text = "Interim manager Ruud van Nistelrooy said he was proud of the players."
    record = reporting(text, pipeline, "proud of the players")
    assert (record.speaker, record.speaker_role) == ("Ruud van Nistelrooy", "Interim manager")


def test_a_participle_after_a_closing_report_is_not_all_that_was_said(pipeline):
    text = ("A magnitude 6.4 earthquake struck off Japan's Ishikawa prefecture on Tuesday, the Japan Meteorological "
            "Agency said, shaking buildings but causing no major damage.")
    record = next(r for r in extracted(text, pipeline) if r.cue == "said")
    assert record.text.startswith("A magnitude 6.4 earthquake struck") and record.speaker == "Japan Meteorological Agency"
