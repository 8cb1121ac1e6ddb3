"""Speakers in business, health, world-summit and film news: names with particles ("Lula da Silva"), accented
names that are no titles, agencies named "X and Y", companies that a relative clause calls "which", a sentence that
the tokenizer broke after a verb, and a reporting verb that the parse hung on an apposition."""

from __future__ import annotations

import pytest

from tests.conftest import extracted, mentioned, only, with_cue


@pytest.mark.parametrize("text", [
    "Luiz Inácio Lula da Silva said the summit would open on time.",
    "Luiz Inacio Lula da Silva said the summit would open on time.",
])
def test_a_name_with_a_particle_keeps_its_first_names(pipeline, text):
    """"Lula" is a first name in the census lists, but the capitalised words before it are no title: the name runs
    from "Luiz" to "Silva"."""
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == (text[:text.index(" said")], None)


def test_the_name_before_a_particle_is_the_full_names(pipeline):
    """A full name written where nobody is quoted still gives the short name its canonical form."""
    text = ('Brazilian President Luiz Inácio Lula da Silva opened the summit on Monday. '
            '"The Amazon is not for sale," Lula said.')
    record = mentioned(pipeline, text, "Lula")
    assert record.speaker == "Luiz Inácio Lula da Silva"


@pytest.mark.parametrize("text, mention, speaker", [
    ("The Food and Drug Administration said the drugs were safe.", "The Food and Drug Administration",
     "Food and Drug Administration"),
    ("The U.S. Fish and Wildlife Service said the wolves would stay protected.",
     "The U.S. Fish and Wildlife Service", "U.S. Fish and Wildlife Service"),
])
def test_an_agency_named_for_two_things_is_one_organization(pipeline, text, mention, speaker):
    """"Food", tagged a common noun, is no role of a group called "Drug Administration"."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type, record.speaker_role) == (speaker, "organization", None)


def test_a_name_that_a_relative_clause_calls_which_is_no_person(pipeline):
    text = "Novo Nordisk, which makes Wegovy, said in a statement that it was investing billions of dollars."
    record = mentioned(pipeline, text, "Novo Nordisk, which makes Wegovy,")
    assert (record.speaker, record.speaker_type) == ("Novo Nordisk", "organization")


def test_a_person_with_a_relative_clause_stays_a_person(pipeline):
    text = "Smith, whose company makes Wegovy, said in a statement that it was investing billions of dollars."
    record = mentioned(pipeline, text, "Smith, whose company makes Wegovy,")
    assert (record.speaker, record.speaker_type) == ("Smith", "person")


def test_a_sentence_broken_after_a_reporting_verb_is_one_sentence(pipeline):
    """The tokenizer ended a sentence at "told", so that "he wanted" was the report and "Nolan" said nothing."""
    text = 'Nolan told The Guardian he wanted viewers to feel "the weight of that decision."'
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.cue, record.kind) == ("Nolan", "told", "mixed")
    assert record.text == 'he wanted viewers to feel "the weight of that decision."'


def test_a_sentence_break_before_a_pronoun_stays(pipeline):
    """A sentence without its full stop still ends before "They" (as the UD treebanks mark it)."""
    from quotes.parsing import parse_spans
    text = "They offer hotdogs and hamburgers They also offer veggie dogs."
    sentences = parse_spans(pipeline, text, [(0, len(text))])
    assert [s.words[0].text for s in sentences] == ["They", "They"]


def test_a_reporting_verb_after_an_apposition_has_the_noun_before_as_its_speaker(pipeline):
    """"called" was parsed as a reduced relative clause of "president", and the quotation was lost."""
    text = 'Mexico\'s president, Claudia Sheinbaum, called for "climate justice."'
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role, record.cue) == (
        "Claudia Sheinbaum", "Mexico's president", "called for")
    assert record.text == "climate justice."


@pytest.mark.parametrize("mother", ["Angela Reed", "Denise Hill"])
def test_she_after_a_sentence_parsed_without_a_verb_is_the_name_in_it(pipeline, mother):
    """"wept" tagged a noun left the sentence without a subject; its noun root and the name set off beside it
    (an apposition, or a conjunct in the parse) still name the woman "she" stands for."""
    surname = mother.split()[1]
    text = (f'{surname}\'s mother, {mother}, wept as the verdict was read. "My son can finally rest," she told '
            'reporters outside the courthouse.')
    record = mentioned(pipeline, text, "she")
    assert (record.speaker, record.speaker_type) == (mother, "person")


def test_where_a_report_was_posted_is_no_part_of_a_mixed_report(pipeline):
    """The parse hung "large language models" (and the opening mark) on "Threads": the report still starts at
    "that", not at "on Threads"."""
    text = 'Yann LeCun said on Threads that large language models "will never reach human-level intelligence."'
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text) == ("mixed", text[text.index("that"):])


def test_a_title_before_a_name_after_a_quotation_is_the_role(pipeline):
    """'"Work expands," the British historian ... wrote' with "expands" taken for a noun and the quotation's words
    for the subject: the speaker is the phrase after the quotation, with its title, not the name alone."""
    text = '"Work expands," the British historian C. Northcote Parkinson wrote in 1955.'
    record = only(extracted(text, pipeline))
    assert record.speaker_mention == "the British historian C. Northcote Parkinson"
    assert (record.speaker, record.speaker_role) == ("C. Northcote Parkinson", "British historian")


def test_a_description_after_an_inverted_name_is_the_role(pipeline):
    """The parse made "scientist" a clause of "said"; the description is still the role."""
    text = ('"This is the definitive proof," said Shuai Li, a planetary scientist at the University of Hawaii '
            "and the study's lead author.")
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == (
        "Shuai Li", "planetary scientist at the University of Hawaii and the study's lead author")


def test_what_someone_was_told_is_one_report_not_a_relative_clause_of_the_one_told(pipeline):
    """The parse took "that the visit showed ..." for a relative clause of "Tass", which split the report in two:
    "the visit" reporting the quotation and Peskov telling only "that the visit showed Washington"."""
    text = ('Spokesman Dmitry Peskov told state news agency Tass that the visit showed Washington was "fighting a '
            'proxy war" against Russia.')
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.cue, record.kind) == ("Dmitry Peskov", "told", "mixed")
    assert record.text == text[text.index("that"):-1]


def test_a_managing_director_after_an_inverted_name_is_the_role(pipeline):
    """"managing" was parsed as a verb with "director" as its object, outside the mention."""
    text = ('"This is the right move, but it\'s long overdue," said Richard Aboulafia, managing director at '
            "AeroDynamic Advisory.")
    record = only(extracted(text, pipeline))
    assert record.speaker_mention == "Richard Aboulafia, managing director at AeroDynamic Advisory"
    assert (record.speaker, record.speaker_role) == ("Richard Aboulafia", "managing director at AeroDynamic Advisory")


def test_a_name_closing_the_sentence_after_a_description_is_the_speaker(pipeline):
    """'countered her neighbor, Steve Kim' with the name hung on the verb: Steve Kim, "her neighbor" the role."""
    text = '"It\'s going to bring traffic, and noise, and higher rents," countered her neighbor, Steve Kim.'
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == ("Steve Kim", "her neighbor")


def test_the_company_after_its_chief_executive_is_named_is_that_company(pipeline):
    text = 'Boeing chief executive Dave Calhoun will step down at the end of the year, the company said on Monday.'
    record = mentioned(pipeline, text, "the company")
    assert (record.speaker, record.speaker_type) == ("Boeing", "organization")


@pytest.mark.parametrize("text, cue", [
    ("The senator posted on Facebook that she would not run again.", "posted"),
    ("Chelsea Clinton announced Monday on Twitter that she is pregnant with her second child.", "announced"),
])
def test_what_was_posted_on_a_platform_is_the_clause_after_it(pipeline, text, cue):
    """"that she would not run again" was parsed as a relative clause of "Facebook" (no report at all); a name
    takes no such clause, and the platform is no part of what was said."""
    record = with_cue(text, pipeline, cue)
    assert record.text == text[text.index("that"):-1]


def test_one_quoted_by_the_media_as_saying_is_the_speaker(pipeline):
    """'was quoted by state media as saying': the one quoted speaks, not the media that quoted them."""
    text = ('Egypt\'s foreign minister, Sameh Shoukry, was quoted by state media as saying that "real progress" had '
            "been made.")
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role, record.cue) == ("Sameh Shoukry", "Egypt's foreign minister", "saying")


@pytest.mark.parametrize("word", ["Sources", "Demonstrators", "Historians"])
def test_a_group_opening_the_sentence_is_named_in_lower_case(pipeline, word):
    """The lemmatizer kept the capital of these plurals; the group is the same as "sources said" in mid-sentence."""
    record = only(extracted(f"{word} said a new round of talks could begin next week.", pipeline))
    assert (record.speaker, record.speaker_type) == (word.lower(), "group")


@pytest.mark.parametrize("text, cue, content", [
    ("The company said in a statement that it would appeal.", "said in a statement", "that it would appeal"),
    ('"We will appeal," the company said in a statement.', "said in a statement", "We will appeal,"),
    ("Smith said in an interview that he would run again.", "said", "that he would run again"),
])
def test_said_in_a_statement_is_one_cue_and_what_follows_the_report(pipeline, text, cue, content):
    """PolNeAR takes "in a statement" into the cue more often than not (not "in an interview"); the parse made
    "that it would appeal" a relative clause of "statement", and the report was lost."""
    record = only(extracted(text, pipeline))
    assert (record.cue, record.text) == (cue, content)


def test_a_reply_shot_back_reports_its_that_clause(pipeline):
    """"shot back that ...": the clause was parsed as an adverbial of "shot", and nothing was reported."""
    text = "Whitmer shot back that Warren's plans would cost trillions."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.cue, record.text) == ("Whitmer", "shot back", text[text.index("that"):-1])


def test_a_result_clause_after_so_is_no_report(pipeline):
    records = extracted("They wanted it so badly that they paid twice.", pipeline)
    assert not any("paid" in r.text for r in records)


def test_two_people_with_titles_on_either_side_of_and_are_a_group(pipeline):
    """Parsed as one name with "Police Chief" a description: not Michel Moore with the role "Mayor Karen Bass and
    Police Chief"."""
    text = "Mayor Karen Bass and Police Chief Michel Moore said the budget would be cut."
    record = only(extracted(text, pipeline))
    assert record.speaker_type == "group" and "Karen Bass" in record.speaker and "Michel Moore" in record.speaker


def test_a_where_clause_before_the_speaker_is_no_part_of_the_report(pipeline):
    """The parse made "where most of the cases have been reported" a complement of "said"."""
    text = "In Texas, where most of the cases have been reported, health officials said two children had died."
    record = with_cue(text, pipeline, "said")
    assert (record.speaker, record.text) == ("health officials", "two children had died")


@pytest.mark.parametrize("text, speaker, kind", [
    ("Eversource, the region's largest utility, said the storm was the worst in a decade.", "Eversource",
     "organization"),
    ("Teck, the Canadian mining company, said the tax was fair.", "Teck", "organization"),
    ("Tom Goldstein, publisher of SCOTUSblog, said the nominee was qualified.", "Tom Goldstein", "person"),
])
def test_a_name_described_as_a_business_is_an_organization(pipeline, text, speaker, kind):
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (speaker, kind)


def test_a_country_before_an_organization_of_two_things_is_its_role(pipeline):
    text = "Britain's Competition and Markets Authority said a restructured agreement addressed its concerns."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type, record.speaker_role) == (
        "Competition and Markets Authority", "organization", "Britain's")


@pytest.mark.parametrize("text, speaker", [
    ("The Shanghai-based Hurun Report, a wealth research firm founded in 1999, has also started tracking billionaires "
     "worldwide. In February, Hurun said that Beijing had more billionaires than any other city.", "Hurun Report"),
    ("The State Department released the emails on Friday. State said that none of them were classified.",
     "State Department"),
    ("The Trump Organization owns the tower. Trump said that the tower was worth more.", "Trump"),
])
def test_a_one_word_name_is_the_body_of_two_words_it_starts(pipeline, text, speaker):
    """"Hurun" and "State" were persons of those names; a body named for a person leaves the person alone."""
    record = with_cue(text, pipeline, "said")
    assert record.speaker == speaker


def test_the_club_is_the_club_a_description_set_off_calls_one(pipeline):
    """"Paris" is a first name, but a name described as "his former club" is a club, and "the club" then stands
    for it."""
    text = ("Paris Saint-Germain, Mbappé's former club, wished him well. \"We thank Kylian for seven unforgettable "
            "seasons,\" the club said.")
    record = mentioned(pipeline, text, "the club")
    assert (record.speaker, record.speaker_type) == ("Paris Saint-Germain", "organization")


@pytest.mark.parametrize("text, role", [
    ("A web designer in Colorado said the ruling would protect her business.", "web designer in Colorado"),
    ("A German user from Hanover wrote that nobody could speak freely anymore.", "German user from Hanover"),
])
def test_someone_described_by_where_they_are_is_unnamed(pipeline, text, role):
    """The place after "in" or "from" says where the newcomer is from; it names no speaker."""
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_role) == (None, role)


def test_a_poll_from_an_institute_is_still_the_institutes(pipeline):
    text = "A poll from Marquette Law School found that most voters wanted a change."
    assert mentioned(pipeline, text, "A poll from Marquette Law School").speaker == "Marquette Law School"


def test_the_preposition_before_a_platform_is_no_part_of_the_cue(pipeline):
    """"wrote on X." with "on" parsed as the verb's particle: the cue is "wrote"."""
    text = '"Without fuel, patients will die," WHO Director-General Tedros Adhanom Ghebreyesus wrote on X.'
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker) == ("wrote", "Tedros Adhanom Ghebreyesus")
    assert with_cue('Pelosi called on Congress to act.', pipeline, "called on").speaker == "Pelosi"


def test_a_countrys_military_is_an_organization(pipeline):
    text = "Israel's military said it would allow aid to continue as long as it did not reach Hamas."
    assert mentioned(pipeline, text, "Israel's military").speaker_type == "organization"


@pytest.mark.parametrize("text, mention, speaker, role", [
    ('Toni Morrison died on Monday. "She passed away peacefully," her family said.', "her family",
     "Morrison family", None),
    ("The Morrison family said it was grateful for the messages.", "The Morrison family", "Morrison family", None),
    ("A family in Ohio said it was grateful for the messages.", "A family in Ohio", None, "family in Ohio"),
])
def test_a_family_speaks_as_a_group(pipeline, text, mention, speaker, role):
    """A family is a group: "her family" is the family of whom "her" stands for, "the Morrison family" no person
    called Morrison, and "a family in Ohio" a family new to the text."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type, record.speaker_role) == (speaker, "group", role)


def test_a_clause_after_a_semicolon_is_no_part_of_the_report_before_it(pipeline):
    """The parse hung "called" on "said" as a second complement; after the semicolon it is Reyes's own report."""
    text = 'Park said he would make buses free within two years; Reyes called the plan "a fantasy."'
    park, reyes = extracted(text, pipeline)
    assert (park.speaker, park.text) == ("Park", "he would make buses free within two years")
    assert (reyes.speaker, reyes.cue, reyes.kind) == ("Reyes", "called", "mixed")


def test_a_name_before_herself_is_the_subject_she_stands_for(pipeline):
    """The parse made "herself" the subject and "O'Neill" a discourse word: O'Neill is the subject, and the "she"
    after her sentence is her, not the daughter quoted before."""
    text = ("Margaret O'Neill has climbed the steps every morning for 31 years. Her daughter, Siobhan, worries. "
            "\"Mam has never done anything else,\" she says. O'Neill herself is philosophical. \"Everything ends,\" "
            "she says.")
    daughter, mother = extracted(text, pipeline)[-2:]
    assert (daughter.speaker, mother.speaker) == ("Siobhan", "Margaret O'Neill")
    record = mentioned(pipeline, "Mr. Rubio himself said the nomination was his to lose.", "Mr. Rubio himself")
    assert record.speaker == "Rubio"


def test_the_agency_is_the_bureau_named_before(pipeline):
    """"the agency" stands for a bureau, whose name ends in "of Criminal Apprehension"."""
    text = ("The Minnesota Bureau of Criminal Apprehension is investigating, a spokesperson for the agency said. "
            "The Confederation of British Industry warned that firms would cut hiring.")
    spokesperson, confederation = extracted(text, pipeline)
    assert spokesperson.speaker == "Minnesota Bureau of Criminal Apprehension"
    assert (confederation.speaker, confederation.speaker_type) == ("Confederation of British Industry",
                                                                    "organization")


def test_a_title_alone_in_the_headline_is_whom_the_story_gives_it(pipeline):
    text = "Chancellor defends budget after criticism\nThe Chancellor, Rachel Reeves, has defended her first Budget."
    assert mentioned(pipeline, text, "Chancellor").speaker == "Rachel Reeves"


@pytest.mark.parametrize("text, mention, speaker", [
    ("Ben Cohen and Jerry Greenfield said on Monday they would leave the board. \"It's been an incredible ride,\" "
     "the pair said.", "the pair", "Ben Cohen and Jerry Greenfield"),
    ("Robert and Linda Haines, both 71, bought the winning ticket. The couple said they would share the money.",
     "The couple", "Robert and Linda Haines"),
])
def test_the_pair_is_the_two_named_together_before(pipeline, text, mention, speaker):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (speaker, "group")


def test_each_of_two_named_together_is_an_antecedent(pipeline):
    """"Sanders and Clinton" is two people, each a "she" or "he" may stand for, not Clinton with the role
    "Sanders"."""
    text = ("Sanders and Clinton are nearing an agreement, according to Democrats involved in the talks. But she "
            "said she would not accept every demand.")
    assert mentioned(pipeline, text, "she").speaker == "Clinton"


def test_a_group_of_people_is_a_group(pipeline):
    text = "A group of Democratic senators urged the Federal Aviation Administration to keep the jets grounded."
    assert mentioned(pipeline, text, "A group of Democratic senators").speaker_type == "group"


def test_a_statement_from_someone_unnamed_is_not_an_earlier_statements(pipeline):
    text = ("In a statement from the Michigan Lottery, commissioner Suzanna Shkreli said the odds were tiny. "
            "A statement from the gas station's owner said the store would receive a bonus.")
    assert mentioned(pipeline, text, "A statement from the gas station's owner").speaker is None


def test_a_name_after_a_company_and_a_title_is_a_person(pipeline):
    """"Alaska Airlines CEO Ben Minicucci", headed by "Airlines" in the parse: typed by "Ben", not the plural."""
    text = "Alaska Airlines CEO Ben Minicucci told NBC News that the planes would stay grounded."
    record = mentioned(pipeline, text, "Alaska Airlines CEO Ben Minicucci")
    assert (record.speaker, record.speaker_type) == ("Ben Minicucci", "person")


def test_a_sentence_closed_by_disagrees_has_its_name_for_subject(pipeline):
    """"disagrees", tagged a noun after a comma in a sentence parsed without a verb, is its verb; "She" after it is
    Juliet Schor. A subject running on to the verb is no closing comment ("Fla." reports nothing)."""
    text = ('Economist Juliet Schor, who has studied the trials, disagrees. She says companies that tried it "almost '
            'universally" kept it. Franson Reneus, 18, from Lee County, Fla., disagrees. "I could say anything," he '
            'says.')
    schor, reneus = extracted(text, pipeline)
    assert (schor.speaker, reneus.speaker) == ("Juliet Schor", "Franson Reneus")


def test_a_live_blogs_time_stamp_is_no_part_of_the_report(pipeline):
    text = ("Live updates: Hurricane Helene\n11:02 a.m. — Helene made landfall near Perry, Florida, as a Category 4 "
            "storm, the National Hurricane Center said.")
    record = mentioned(pipeline, text, "the National Hurricane Center")
    assert record.text.startswith("Helene made landfall")


def test_a_quote_after_a_speaker_who_said_nothing_is_what_was_said(pipeline):
    """A full stop where a colon belongs: the next sentence, a quotation, is what "said in a statement" reports."""
    text = ('Sam Lau, the communications director for the Iowa Democratic Party, said in a statement. "There are no '
            'paper ballots to recount."')
    record = only(extracted(text, pipeline))
    assert (record.kind, record.speaker, record.cue) == ("direct", "Sam Lau", "said in a statement")
    after_refusal = extracted('He declined to comment. "There are no paper ballots to recount."', pipeline)
    assert [r.cue for r in after_refusal if r.kind == "direct"] == [None]


def test_says_opening_a_sentence_before_a_colon_names_its_speaker_after_it(pipeline):
    text = 'The union opposed the deal. Says steelworker Tom Hanley, 58: "We just want to know our jobs are safe."'
    record = only(extracted(text, pipeline), "direct")
    assert (record.speaker, record.speaker_role, record.cue) == ("Tom Hanley", "steelworker", "Says")


def test_a_company_described_as_the_maker_is_an_organization_the_company_stands_for(pipeline):
    """"Eli" is a first name, but "its maker, Eli Lilly," is a business, and "The company" later is Eli Lilly;
    "The developer, Northpoint Development," (the name parsed as a conjunct) is the developer's name."""
    text = ("An experimental drug slowed decline by 35 percent in a trial, its maker, Eli Lilly, said Monday. The "
            "company said it would ask the FDA to approve the drug.")
    maker, company = extracted(text, pipeline)
    assert (maker.speaker, maker.speaker_type, company.speaker) == ("Eli Lilly", "organization", "Eli Lilly")
    developer = mentioned(pipeline, "The developer, Northpoint Development, says the project would create 600 jobs.",
                          "The developer, Northpoint Development,")
    assert (developer.speaker, developer.speaker_type) == ("Northpoint Development", "organization")


def test_the_england_international_is_the_player_named_before(pipeline):
    text = ('Saka said the win was "massive" for the title race. "We know every point matters," the England '
            'international told Sky Sports.')
    record = mentioned(pipeline, text, "the England international")
    assert (record.speaker, record.speaker_role) == ("Saka", "England international")


def test_a_nationality_closing_a_quotation_is_who_spoke_in_the_paragraph(pipeline):
    """'"...," the Italian said' after Carlo Ancelotti spoke in the same paragraph is Ancelotti; opening a sentence
    of its own ("The Egyptian, whose contract expires ...", tests/test_speaker_types.py) it stays someone unnamed."""
    text = ('Carlo Ancelotti, the Real Madrid coach, said he was "very happy." "Now we have to make them a team," the '
            'Italian said.')
    record = mentioned(pipeline, text, "the Italian")
    assert (record.speaker, record.speaker_role) == ("Carlo Ancelotti", "Italian")


@pytest.mark.parametrize("text, speaker, kind", [
    ("Han Dong-hoon, the leader of the party, said the move was wrong.", "Han Dong-hoon", "person"),
    ("Amnesty International Kenya said police had used live ammunition.", "Amnesty International Kenya",
     "organization"),
])
def test_names_from_seoul_and_nairobi(pipeline, text, speaker, kind):
    """The syllable after the hyphen of "Dong-hoon", tagged a common noun, is part of the name; an organization's
    name that ends with its country is still an organization's."""
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == (speaker, kind)


def test_told_reporters_she_was_is_her_report(pipeline):
    """"told reporters she was ..." with the clause parsed as a relative clause of "reporters": her report."""
    text = ("Nichols's mother, RowVaughn Wells, wept as the verdict was read. Outside the courthouse, she told "
            'reporters she was "disappointed" but would keep fighting.')
    record = with_cue(text, pipeline, "told")
    assert (record.kind, record.speaker, record.text[:22]) == ("mixed", "RowVaughn Wells", 'she was "disappointed"')


def test_a_time_after_a_hyphenated_name_is_no_part_of_the_mention(pipeline):
    text = "White House press secretary Karine Jean-Pierre on Tuesday declined to answer questions about the files."
    record = only(extracted(text, pipeline))
    assert record.speaker_mention == "White House press secretary Karine Jean-Pierre"


def test_a_ministry_named_by_its_country_is_its_own_speaker(pipeline):
    """"The Saudi energy ministry" names itself (a proper adjective); "the state agency" refers back."""
    text = "The Saudi energy ministry said the cut was a precaution."
    record = only(extracted(text, pipeline))
    assert (record.speaker, record.speaker_type) == ("Saudi energy ministry", "organization")


def test_people_familiar_with_the_talks_are_the_speakers_not_the_talks(pipeline):
    """The parse made "talks", with its "with", the subject of "said": the people familiar with the talks speak."""
    text = ("Negotiations over a ceasefire and hostage release have stalled, two people familiar with the talks "
            "said on Tuesday, as Israel and Hamas traded blame for the impasse.")
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker_type) == ("two people familiar with the talks", "group")
