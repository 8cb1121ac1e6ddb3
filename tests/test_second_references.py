"""Second references and the kinds of speakers, from articles written as a user would run the tool on them: a surname
the tagger took for a plural ("Adams, a Democrat, said" after "Mayor Eric Adams"), a name with a party and state
("Rep. Alexandria Ocasio-Cortez, D-N.Y., disagreed"), "the union", "the Japanese carmaker", "the company" after
companies of several words, places that speak ("Heathrow said") and are nobody's "he", lower-case titles inside names
("Manchester City striker Erling Haaland"), "the Norwegian" and "the 30-year-old", reports that go on after a quoted
predicate ('he was "angry" and would review ...'), questions with hyphenated words, organizations' names with
possessives, "for" phrases or "and" in them ("The National Farmers' Union", "Syrian Observatory for Human Rights",
"Marks and Spencer"), bodies named after a description ("The state weather agency, Aemet,"), "the boss of Waitrose",
inquiries, trusts and charities, titles the parse made clauses ("Transport Secretary Grant Shapps", "Unite general
secretary Sharon Graham"), the reason for anonymity, "they" after a crowd, initials and letters after names ("S
Somanath", "Simon Phillips KC")."""

from __future__ import annotations

import pytest

from tests.conftest import extracted, mentioned, only, with_cue


def test_a_surname_tagged_a_plural_is_still_a_person_for_he(pipeline):
    text = ("New York Mayor Eric Adams on Monday defended the charge.\n"
            "\"This is a tax on working people,\" said Staten Island Borough President Vito Fossella.\n"
            "Adams, a Democrat, said the money would go to the subway. \"Every dollar goes into the system,\" he said.")
    assert mentioned(pipeline, text, "he").speaker == "Eric Adams"


def test_a_name_with_a_party_and_state_is_the_subject_of_the_verb_after_them(pipeline):
    """"disagreed" was hung on "Rep." as a reduced relative clause, so no "she" had an antecedent."""
    text = ("Sen. Mitch McConnell, R-Ky., said Tuesday that a shutdown would be \"a disaster.\"\n"
            "Rep. Alexandria Ocasio-Cortez, D-N.Y., disagreed. \"The only disaster here is the bill itself,\" she "
            "wrote on X.")
    record = mentioned(pipeline, text, "she")
    assert (record.speaker, record.speaker_type) == ("Alexandria Ocasio-Cortez", "person")


def test_the_union_is_the_one_its_members_belong_to(pipeline):
    text = "Members of the National Education Union have voted to strike over pay, the union announced on Friday."
    record = mentioned(pipeline, text, "the union")
    assert (record.speaker, record.speaker_type) == ("National Education Union", "organization")


def test_a_business_noun_with_a_nationality_refers_back_to_the_company(pipeline):
    text = ("Toyota is recalling about 500,000 vehicles in the United States, the company said on Wednesday.\n"
            "The Japanese carmaker said the fault could cause the airbags to deploy late in a crash.")
    assert mentioned(pipeline, text, "The Japanese carmaker").speaker == "Toyota"


@pytest.mark.parametrize("text, company", [
    ("Royal Mail has been fined £10.5 million by Ofcom.\n"
     "Ofcom's enforcement director, Ian Strawhorne, said: \"Royal Mail's customers have been badly let down.\"\n"
     "The company said it was \"disappointed\" by the decision.", "Royal Mail"),
    ("A hosepipe ban will come into force in Kent from Friday, Southern Water has announced.\n"
     "The company said reservoir levels had fallen to their lowest since 1976.", "Southern Water"),
])
def test_the_company_after_a_company_of_several_words(pipeline, text, company):
    record = mentioned(pipeline, text, "The company")
    assert (record.speaker, record.speaker_type) == (company, "organization")


@pytest.mark.parametrize("text, name", [
    ("A hosepipe ban will come into force in Kent from Friday, Southern Water has announced.", "Southern Water"),
    ("Change Healthcare said in a filing on Friday that names and addresses may have been taken.",
     "Change Healthcare"),
])
def test_utilities_and_health_companies_are_organizations(pipeline, text, name):
    record = mentioned(pipeline, text, name)
    assert record.speaker_type == "organization"


def test_a_place_the_text_writes_after_at_is_an_organization_when_it_speaks(pipeline):
    text = ("British Airways cancelled more than 100 flights at Heathrow on Wednesday.\n"
            "Heathrow said the problem was limited to BA.")
    record = mentioned(pipeline, text, "Heathrow")
    assert (record.speaker, record.speaker_type) == ("Heathrow", "organization")


def test_a_place_that_is_a_subject_is_no_antecedent_of_he(pipeline):
    text = ("Luay Sami, 33, came to a job in Clarkston in 2011. Sami recalled his first trip from the airport.\n"
            "Soon, he found the area welcoming. He got a car and a job, and Clarkston became his home.\n"
            "\"The stereotyping is unfortunately still strong here,\" he said.")
    record = with_cue(text, pipeline, "said")
    assert (record.speaker, record.speaker_type) == ("Luay Sami", "person")


def test_a_title_in_lower_case_that_the_tagger_took_for_a_name_is_the_role(pipeline):
    text = ("Striker signs new contract\n"
            "Manchester City striker Erling Haaland said he had signed a new contract with the club.\n"
            "\"I am very happy and proud,\" the Norwegian said.")
    record = mentioned(pipeline, text, "the Norwegian")
    assert (record.speaker, record.speaker_role) == ("Erling Haaland", "Norwegian")
    signed = mentioned(pipeline, text, "Manchester City striker Erling Haaland")
    assert (signed.speaker, signed.speaker_role) == ("Erling Haaland", "Manchester City striker")


def test_a_second_that_clause_with_a_verb_of_wanting_stays_in_the_report(pipeline):
    text = ("In a letter to the prime minister, Ms Haigh said she had made \"a genuine mistake\" and that she did "
            "not want to be \"a distraction\".")
    records = extracted(text, pipeline)
    assert [(r.kind, r.cue, r.speaker) for r in records] == [("mixed", "said", "Haigh")]
    assert records[0].text.endswith("and that she did not want to be \"a distraction\"")


def test_a_question_after_asked_runs_past_a_hyphen_inside_a_word(pipeline):
    text = "Asked whether he would support a short-term measure, McConnell replied: \"We'll see.\""
    record = with_cue(text, pipeline, "Asked")
    assert record.text == "whether he would support a short-term measure"


@pytest.mark.parametrize("text, mention, name", [
    ("The National Farmers' Union says as many as 70,000 farms could be hit.", "The National Farmers' Union",
     "National Farmers' Union"),
    ("Parents are paying more than £400 a year for uniforms, according to a survey by the Children's Society.",
     "a survey by the Children's Society", "Children's Society"),
])
def test_a_plural_possessive_inside_an_organization_s_name_is_part_of_it(pipeline, text, mention, name):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (name, "organization")


@pytest.mark.parametrize("text, mention, name", [
    ("The state weather agency, Aemet, said more rain was expected.", "The state weather agency, Aemet,", "Aemet"),
    ("Swift's promoter, Barracuda Music, said the shows could not go ahead.", "Swift's promoter, Barracuda Music,",
     "Barracuda Music"),
])
def test_a_body_named_after_its_description_is_an_organization(pipeline, text, mention, name):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (name, "organization")


def test_a_surname_written_after_a_middle_initial_is_no_place(pipeline):
    """"Kennedy" is in the lists of places (Cape Kennedy), but "Patrick F. Kennedy" makes it a surname."""
    text = ("Two emails have been placed in secure storage, Patrick F. Kennedy, the undersecretary for management, "
            "wrote in a memo.\nThe rest have been moved to a classified system, Kennedy said.")
    record = mentioned(pipeline, text, "Kennedy")
    assert (record.speaker, record.speaker_type) == ("Patrick F. Kennedy", "person")


@pytest.mark.parametrize("text, mention, kind", [
    ("Runner breaks record\nKenya's Ruth Chepngetich has broken the marathon world record in Chicago.\n"
     "\"I feel so happy,\" the 30-year-old said after the race.", "the 30-year-old", "direct"),
    ("Runner breaks record\nKenya's Ruth Chepngetich has broken the marathon world record in Chicago.\n"
     "The 30-year-old said she had trained for two years.", "The 30-year-old", "indirect"),
])
def test_the_person_described_by_age_is_the_one_named_before(pipeline, text, mention, kind):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type, record.kind) == ("Ruth Chepngetich", "person", kind)
    assert record.speaker_role == mention.split()[-1]


def test_a_description_after_a_name_after_an_inverted_verb_is_its_role(pipeline):
    """The parse made "forecaster" a complement of "said"; the service named in the role is "the weather service"."""
    text = ("\"This is a dangerous situation,\" said Bob Oravec, a forecaster with the National Weather Service.\n"
            "The heat is expected to ease by Monday, the weather service said.")
    records = extracted(text, pipeline)
    assert (records[0].speaker, records[0].speaker_role) == ("Bob Oravec",
                                                             "forecaster with the National Weather Service")
    assert (records[1].speaker, records[1].speaker_type) == ("National Weather Service", "organization")


def test_an_inquiry_is_an_organization(pipeline):
    text = ("Grenfell report published\n"
            "The Grenfell Tower inquiry has found that the deaths of 72 people were \"all avoidable\".\n"
            "The inquiry said there had been \"decades of failure\".")
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_type) for r in records] == [("Grenfell Tower inquiry", "organization")] * 2


@pytest.mark.parametrize("text, name, kind", [
    ("The boss of Waitrose said food prices will keep rising.", "Waitrose", "organization"),
    ("The boss of Donald Trump said food prices will keep rising.", "Donald Trump", "person"),
])
def test_the_boss_of_a_one_word_name_speaks_for_a_business(pipeline, text, name, kind):
    record = with_cue(text, pipeline, "said")
    assert (record.speaker, record.speaker_type, record.speaker_role) == (name, kind, "boss")


def test_a_title_the_parse_made_an_object_of_the_word_before_it_stays_in_the_role(pipeline):
    """"Transport" was parsed as a clause with "Secretary" its object, and "Shapps" as a plural: a group."""
    text = "Transport Secretary Grant Shapps said he was \"angry\" and would review the company's contracts."
    record = with_cue(text, pipeline, "said")
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("Grant Shapps", "person",
                                                                          "Transport Secretary")


@pytest.mark.parametrize("text, content", [
    ("Transport Secretary Grant Shapps said he was \"angry\" and would review the company's contracts.",
     "he was \"angry\" and would review the company's contracts"),
    ("The mayor said he was angry and would review the contracts.", "he was angry and would review the contracts"),
    ("Lula's chief of staff, Rui Costa, told reporters the president was awake and talking.",
     "the president was awake and talking"),
])
def test_a_conjunct_that_goes_on_with_the_report_stays_in_it(pipeline, text, content):
    assert extracted(text, pipeline)[0].text == content


def test_the_reason_for_anonymity_is_no_report(pipeline):
    text = ("A US official, who spoke on condition of anonymity to discuss intelligence, said no civilians were "
            "harmed.")
    records = extracted(text, pipeline)
    assert [(r.cue, r.text) for r in records] == [("said", "no civilians were harmed")]


def test_an_organization_named_for_what_it_is_for_keeps_its_whole_name(pipeline):
    text = "The Syrian Observatory for Human Rights, a UK-based monitor, said two people were killed in the strike."
    record = with_cue(text, pipeline, "said")
    assert (record.speaker, record.speaker_type) == ("Syrian Observatory for Human Rights", "organization")


@pytest.mark.parametrize("text, name", [
    ("Families of hostages protested outside his home. \"Bring them home now,\" they chanted.",
     "Families of hostages"),
    ("Hundreds of people cheered as the mayor arrived. \"Four more years,\" they chanted.", "hundreds of people"),
])
def test_they_after_a_crowd_is_the_crowd(pipeline, text, name):
    record = mentioned(pipeline, text, "they")
    assert (record.speaker, record.speaker_type) == (name, "group")


@pytest.mark.parametrize("text, name, role", [
    ("Lead author Dr Mingyang Song, of the Harvard T.H. Chan School of Public Health, said the findings "
     "\"support limiting intake\".", "Mingyang Song", "Lead author"),
    ("USA TODAY contributor and monetary historian David Marsh said rates have moved seven times.", "David Marsh",
     "USA TODAY contributor and monetary historian"),
])
def test_a_title_before_a_name_is_its_role_and_the_place_after_it_is_not_the_speaker(pipeline, text, name, role):
    record = with_cue(text, pipeline, "said")
    assert (record.speaker, record.speaker_type, record.speaker_role) == (name, "person", role)


def test_a_known_company_with_a_nationality_in_its_name_is_an_organization(pipeline):
    record = with_cue("Saudi Aramco said production had not been affected.", pipeline, "said")
    assert (record.speaker, record.speaker_type) == ("Saudi Aramco", "organization")


@pytest.mark.parametrize("text, mention, name, role", [
    ("Gwynedd Council said engineers were assessing the hillside.", "Gwynedd Council", "Gwynedd Council", None),
    ("Unite general secretary Sharon Graham said the union would press for a vote.",
     "Unite general secretary Sharon Graham", "Sharon Graham", "Unite general secretary"),
])
def test_a_name_tagged_a_verb_at_the_start_of_a_sentence(pipeline, text, mention, name, role):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_role) == (name, role)


@pytest.mark.parametrize("text, mention, name, role", [
    ("The Norfolk and Norwich University Hospitals NHS Foundation Trust said patients faced long waits.",
     "The Norfolk and Norwich University Hospitals NHS Foundation Trust",
     "Norfolk and Norwich University Hospitals NHS Foundation Trust", None),
    ("A hospital trust in Norfolk said patients faced long waits in A&E.", "A hospital trust in Norfolk",
     None, "hospital trust in Norfolk"),
    ("Oxfam said she had raised an estimated £200,000 for the charity.", "Oxfam", "Oxfam", None),
])
def test_trusts_and_charities_are_organizations(pipeline, text, mention, name, role):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type, record.speaker_role) == (name, "organization", role)


def test_an_age_with_its_determiner_hung_on_the_verb_is_the_subject(pipeline):
    """'the 26-year-old wrote' was parsed as if "wrote" were a noun; the quotation was run on into the report before."""
    text = ("Curry said on Instagram that he was \"gutted\" to miss the Six Nations. \"I'll be back stronger,\" the "
            "26-year-old wrote.")
    records = extracted(text, pipeline)
    assert [(r.kind, r.cue, r.speaker) for r in records] == [("mixed", "said", "Curry"), ("direct", "wrote", "Curry")]


def test_a_name_opening_with_a_compass_word_is_an_organization(pipeline):
    record = with_cue("Northern Powergrid said engineers were working to restore supplies.", pipeline, "said")
    assert (record.speaker, record.speaker_type) == ("Northern Powergrid", "organization")


def test_an_adjective_after_a_quoted_predicate_goes_on_with_the_report(pipeline):
    text = "Chief executive Simon Roberts said the changes were \"difficult\" but necessary to keep prices low."
    assert extracted(text, pipeline)[0].text == "the changes were \"difficult\" but necessary to keep prices low"


@pytest.mark.parametrize("text, name, kind, role", [
    ("Isro chairman S Somanath said the mission was a proud moment.", "S Somanath", "person", "Isro chairman"),
    ("A Sainsbury's spokesman said staff affected would be offered other roles.", "Sainsbury's", "organization",
     "spokesman"),
    ("The landlord, Clarion Housing, said it would consider the judgment.", "Clarion Housing", "organization",
     "landlord"),
    ("\"We are devastated,\" a spokeswoman for Howletts Wild Animal Park said.", "Howletts Wild Animal Park",
     "organization", "spokeswoman"),
    ("A spokeswoman for Hillary Rodham Clinton said she had no comment.", "Hillary Rodham Clinton", "person",
     "spokeswoman"),
])
def test_initials_and_businesses_that_look_like_people(pipeline, text, name, kind, role):
    record = extracted(text, pipeline)[0]
    assert (record.speaker, record.speaker_type, record.speaker_role) == (name, kind, role)


@pytest.mark.parametrize("text, name, kind, role", [
    ("The council's cabinet member for education, Jayne Rear, said children would be offered places.", "Jayne Rear",
     "person", "council's cabinet member for education"),
    ("Marks and Spencer has blamed wet weather for a fall in clothing sales.", "Marks and Spencer", "organization",
     None),
    ("The judge, Simon Phillips KC, told her: \"You took advantage.\"", "Simon Phillips", "person", "judge"),
    ("Prosecutor Sarah Jones KC said the evidence was clear.", "Sarah Jones", "person", "Prosecutor"),
])
def test_names_after_phrases_with_letters_after_them_or_joined_by_and(pipeline, text, name, kind, role):
    record = extracted(text, pipeline)[0]
    assert (record.speaker, record.speaker_type, record.speaker_role) == (name, kind, role)


def test_the_union_named_in_lower_case_in_a_group_before(pipeline):
    text = ("Train drivers in the Aslef union will stage three more days of strikes in July, the union has "
            "announced.")
    record = mentioned(pipeline, text, "the union")
    assert (record.speaker, record.speaker_type) == ("Aslef union", "organization")


def test_a_verb_after_a_title_and_a_name_set_off_by_commas_is_the_sentence_s_verb(pipeline):
    """"called" was parsed as a conjunct of "secretary", so the quotation fell inside the speaker's mention."""
    text = "Labour's shadow home secretary, Yvette Cooper, called the scheme \"a gimmick\"."
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker, record.speaker_role) == (
        "mixed", "called", "Yvette Cooper", "Labour's shadow home secretary")


@pytest.mark.parametrize("name", ["Department of Health and Social Care",
                                  "Department for Science, Innovation and Technology"])
def test_a_department_with_and_in_its_name_is_one_organization(pipeline, name):
    record = with_cue(f"The {name} said it was investing in pharmacy services.", pipeline, "said")
    assert (record.speaker, record.speaker_type, record.speaker_role) == (name, "organization", None)


@pytest.mark.parametrize("text, mention, name", [
    ("The restaurant chain TGI Fridays has collapsed into administration.\n"
     "The chain said high costs had hurt it.", "The chain", "TGI Fridays"),
    ("Keepers at Woburn Safari Park said mother and calf were doing well.\n"
     "The calf has not yet been named, the park said.", "the park", "Woburn Safari Park"),
])
def test_a_chain_and_a_park_refer_back(pipeline, text, mention, name):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (name, "organization")


def test_a_relative_of_someone_described_is_someone_unnamed(pipeline):
    record = with_cue("Outside court, the victim's sister said the family were \"devastated\".", pipeline, "said")
    assert (record.speaker, record.speaker_type, record.speaker_role) == (None, "person", "victim's sister")


def test_they_after_the_family_of_someone_is_the_family(pipeline):
    text = ("The family of a 16-year-old boy who died after being hit by a car have paid tribute to him.\n"
            "Ethan Gray was \"the funniest, kindest boy you could ever meet\", they said in a statement.")
    record = mentioned(pipeline, text, "they")
    assert (record.speaker, record.speaker_type) == ("family of a 16-year-old boy", "group")


@pytest.mark.parametrize("text, name, kind, role", [
    ("The Metropolitan Police Commissioner, Sir Mark Rowley, praised her \"extraordinary courage\".", "Mark Rowley",
     "person", "Metropolitan Police Commissioner"),
    ("The Association of Ambulance Chief Executives said the figures were \"deeply troubling\".",
     "Association of Ambulance Chief Executives", "organization", None),
])
def test_a_title_in_an_organization_s_name_or_before_a_titled_name(pipeline, text, name, kind, role):
    record = extracted(text, pipeline)[0]
    assert (record.speaker, record.speaker_type, record.speaker_role) == (name, kind, role)


def test_a_bare_spokesman_speaks_for_the_organization_just_named(pipeline):
    text = ("CalMac, which operates the service, apologised. \"We are very sorry for the disruption,\" a spokesman "
            "said.")
    record = mentioned(pipeline, text, "a spokesman")
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("CalMac", "organization", "spokesman")


def test_a_request_not_to_be_named_is_neither_a_report_nor_part_of_the_mention(pipeline):
    text = ("Paramedic Sam Jones, who asked that her real name not be used, said crews had waited up to nine hours "
            "outside hospitals.")
    records = extracted(text, pipeline)
    assert [(r.cue, r.speaker, r.speaker_mention) for r in records] == [("said", "Sam Jones", "Paramedic Sam Jones")]


def test_a_statement_read_outside_court_is_the_medium_not_a_reported_clause(pipeline):
    text = ("The couple's daughter, Rebecca, said in a statement read outside court: \"Mum was the kindest "
            "person.\"")
    record = only(extracted(text, pipeline))
    assert (record.kind, record.text, record.cue) == ("direct", "Mum was the kindest person.", "said in a statement")


def test_the_company_is_the_body_just_named_when_nothing_says_it_is_a_company(pipeline):
    text = ("Northern Powergrid said engineers were working \"around the clock\" to restore supplies.\n"
            "\"We know how difficult this is,\" a spokesman for the company said.")
    record = mentioned(pipeline, text, "a spokesman for the company")
    assert (record.speaker, record.speaker_type) == ("Northern Powergrid", "organization")


def test_a_schoolgirl_is_a_person(pipeline):
    """A person noun like "the teenager": someone unnamed (it names no one named before, as "the resident" does not),
    but a person, not a speaker of unknown type called "schoolgirl"."""
    text = ("Chess prodigy wins title\n"
            "Bodhana Sivanandan beat players more than five times her age at the championship in Hull.\n"
            "\"I just love playing,\" the schoolgirl told the BBC.")
    record = mentioned(pipeline, text, "the schoolgirl")
    assert (record.speaker, record.speaker_type, record.speaker_role) == (None, "person", "schoolgirl")
