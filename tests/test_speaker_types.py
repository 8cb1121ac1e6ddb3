"""Speaker names and types in business, tech, crime, weather and feature news: who is an organization, who is a
group with no name, and which person a description or a pronoun stands for."""

from __future__ import annotations

import pytest

from quotes.parsing import parse_spans
from tests.conftest import extracted, mentioned


@pytest.mark.parametrize("text, mention, speaker", [
    ('But some reviewers were less impressed. The Verge called the camera improvements "modest at best."',
     "The Verge", "Verge"),
    ("The Guardian reported that the talks had failed.", "The Guardian", "Guardian"),
    ("More than two million homes were without power, according to PowerOutage.us.", "PowerOutage.us",
     "PowerOutage.us"),
    ("Samsung, Apple's biggest rival, said it would cut prices.", "Samsung, Apple's biggest rival,", "Samsung"),
    ("Cisco Systems said sales rose.", "Cisco Systems", "Cisco Systems"),  # "Systems" tagged a plural noun
    ("Ukraine's air force said it had shot down 40 drones.", "Ukraine's air force", "Ukraine's air force"),
    ('Formula 1 said in a statement that it does not comment on "commercial discussions."', "Formula 1",
     "Formula 1"),
    ("Spirit AeroSystems, which builds fuselages for the 737, declined to comment.",
     "Spirit AeroSystems, which builds fuselages for the 737,", "Spirit AeroSystems"),
])
def test_a_publication_a_website_or_a_known_company_is_an_organization(pipeline, text, mention, speaker):
    """One name word after "the" is no person's; nor is a web address or a well-known company."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


@pytest.mark.parametrize("text, mention, speaker", [
    ('"I\'m not in that camp," said Russell, the Sanders supporter from Maine.', "Russell, the Sanders supporter from "
     "Maine", "Russell"),
    ("Soon after, the Clintons said they would attend.", "the Clintons", "Clintons"),
])
def test_a_name_before_a_noun_or_a_family_is_no_publication(pipeline, text, mention, speaker):
    record = mentioned(pipeline, text, mention)
    assert record.speaker == speaker and record.speaker_type != "organization"


@pytest.mark.parametrize("text, mention", [
    ("Economists are divided. Some argue that the subsidy system rewards the largest landowners.", "Some"),
    ("Economists are divided. Some, like Thomas Piketty, argue that the subsidy system rewards the largest "
     "landowners.", "Some"),
    ('Many said the plan was "a disaster."', "Many"),
    ("Others said the plan would fail.", "Others"),
])
def test_a_quantifier_alone_is_a_group_with_no_name(pipeline, text, mention):
    """"Some" or "Others" is part of some group, not a speaker called "Some" who would gather every "some" of a
    corpus, nor Thomas Piketty, whom the "like" phrase gives as an example."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (None, "group")


def test_some_of_a_named_group_keeps_its_name(pipeline):
    record = mentioned(pipeline, 'Some of the protesters said the plan was "a disaster."', "Some of the protesters")
    assert (record.speaker, record.speaker_type) == ("some of the protesters", "group")


@pytest.mark.parametrize("text, speaker", [
    ("Analysts said the new design could spur upgrades.", "analysts"),
    ("Officials said the storm was deadly.", "officials"),
    ("Republicans said the bill was a mistake.", "Republicans"),
])
def test_a_group_named_by_a_common_noun_opening_the_sentence_is_in_lower_case(pipeline, text, speaker):
    """"Analysts said" and "analysts said" are one group; a party's members keep their capital."""
    assert extracted(text, pipeline)[0].speaker == speaker


def test_an_unresolved_company_is_an_organization_with_no_name(pipeline):
    record = mentioned(pipeline, "The company said sales would rise.", "The company")
    assert (record.speaker, record.speaker_type, record.speaker_role) == (None, "organization", "company")


@pytest.mark.parametrize("text, mention, speaker", [
    ('Her boyfriend, Kansas City Chiefs tight end Travis Kelce, told reporters he was "so proud of her."',
     "Her boyfriend, Kansas City Chiefs tight end Travis Kelce,", "Travis Kelce"),
    ('His wife, Heidi Cruz, said he was "tired but happy."', "His wife, Heidi Cruz,", "Heidi Cruz"),
])
def test_a_possessive_description_before_a_name_speaks_as_the_name(pipeline, text, mention, speaker):
    """Titles the parse took for a clause ("tight end" as a verb) still end in the name after the comma."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (speaker, "person")


def test_a_clause_after_a_description_is_no_name(pipeline):
    text = ("This past week at the rally, the mood was bright. The sound system, cycling through the usual mix of "
            "anthems by Tracy Chapman, played loudly, and the crowd said it loved the songs.")
    assert all(r.speaker != "Tracy Chapman" for r in extracted(text, pipeline))


def test_a_description_run_on_into_the_name_is_the_role(pipeline):
    text = '"Apple needed a reason for people to upgrade, and this is it," said Ben Wood, chief analyst at CCS Insight.'
    record = mentioned(pipeline, text, "Ben Wood, chief analyst at CCS Insight")
    assert (record.speaker, record.speaker_role) == ("Ben Wood", "chief analyst at CCS Insight")


def test_he_after_the_writer_spoke_to_someone_is_that_person(pipeline):
    text = ('As Winston Churchill once said, "Success is not final." When I spoke to Jean-Pierre Martin, a dairy '
            'farmer in Normandy, he told me he had lost money on every litre. "I will be the last," he said.')
    records = [r for r in extracted(text, pipeline) if r.speaker_mention == "he"]
    assert [r.speaker for r in records] == ["Jean-Pierre Martin", "Jean-Pierre Martin"]


def test_a_clause_inside_the_quotation_names_no_one_spoken_to(pipeline):
    text = ('Carson lambasted the media. "When I look at somebody like Hillary Clinton," he said, "I see a double '
            'standard."')
    assert mentioned(pipeline, text, "he").speaker == "Carson"


def test_a_storm_slamming_into_a_coast_reports_nothing(pipeline):
    text = ("Hurricane Milton slammed into Florida's Gulf Coast on Wednesday night as a Category 3 storm, bringing "
            "winds of up to 120 mph.")
    assert extracted(text, pipeline) == []
    assert mentioned(pipeline, 'Trump slammed Clinton as "a liar."', "Trump").cue == "slammed"


@pytest.mark.parametrize("text, broken", [
    ("Amazon.com Inc reported quarterly revenue above estimates on Thursday.", "Amazon.com"),
    ("British Prime Minister Theresa May said this week that the country would leave.", "Theresa"),
])
def test_no_sentence_ends_after_a_web_address_or_a_first_name(pipeline, text, broken):
    """The tokenizer sometimes ends a sentence there; the repair joins the two halves again."""
    [sentence] = parse_spans(pipeline, text, [(0, len(text))])
    assert broken in [w.text for w in sentence.words]


def test_a_company_with_a_web_address_keeps_its_name(pipeline):
    text = "Amazon.com Inc reported quarterly revenue above estimates on Thursday. The company said sales rose."
    assert [(r.speaker, r.speaker_type) for r in extracted(text, pipeline)] == [("Amazon.com Inc", "organization")] * 2


@pytest.mark.parametrize("text, role", [
    ('"The concentrations we saw in brain tissue were seven to 30 times higher than in the liver or kidneys," said '
     "lead author Matthew Campen, a toxicologist at the University of New Mexico.", "lead author"),
    ('"The drug works," said study author Matthew Campen.', "study author"),
])
def test_an_author_after_an_inverted_verb_speaks(pipeline, text, role):
    """The parse hangs "lead author" or "study author" on the verb as a clause or takes "lead" for the name."""
    record = next(r for r in extracted(text, pipeline) if r.kind == "direct")
    assert (record.speaker, record.speaker_role) == ("Matthew Campen", role)


def test_a_title_tagged_as_a_name_before_a_comma_and_a_name_is_the_role(pipeline):
    text = ("Sir Keir Starmer has promised to fix the economy. 'We inherited a mess,' the Prime Minister said. The "
            "Chancellor, Rachel Reeves, said the party's plans were 'fully costed'.")
    record = mentioned(pipeline, text, "The Chancellor, Rachel Reeves,")
    assert (record.speaker, record.speaker_role) == ("Rachel Reeves", "Chancellor")
    senator = mentioned(pipeline, "Sen. Chuck Grassley (R-Iowa) said the bill was bad.", "Sen. Chuck Grassley (R-Iowa)")
    assert senator.speaker == "Chuck Grassley"  # the party label in brackets is no name


@pytest.mark.parametrize("text, mention, speaker, role", [
    ('"This investment allows us to grow," said Jane Doe, CEO and co-founder of Acme Robotics.',
     "Jane Doe, CEO and co-founder of Acme Robotics", "Jane Doe", "CEO and co-founder of Acme Robotics"),
    ("Jane Doe, CEO of Acme, said the deal was done.", "Jane Doe, CEO of Acme,", "Jane Doe", "CEO of Acme"),
])
def test_a_title_after_a_name_parsed_as_a_conjunct_is_the_role(pipeline, text, mention, speaker, role):
    """"Jane Doe, CEO and co-founder" is one person, not a group of two names."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type, record.speaker_role) == (speaker, "person", role)


def test_a_press_release_names_its_company(pipeline):
    text = ("Acme Robotics Raises $40 Million to Expand Warehouse Automation\n"
            "SAN FRANCISCO, March 3, 2025 /PRNewswire/ -- Acme Robotics, a leader in AI-powered warehouse automation, "
            "today announced it has raised $40 million in Series B funding.\n"
            "The company said it would use the funds to double its engineering team.")
    records = [r for r in extracted(text, pipeline) if r.cue in ("announced", "said")]
    assert [(r.speaker_mention, r.speaker, r.speaker_type) for r in records] == [
        ("Acme Robotics, a leader in AI-powered warehouse automation,", "Acme Robotics", "organization"),
        ("The company", "Acme Robotics", "organization")]


def test_he_after_a_report_is_the_reporter_not_the_subject_of_the_reported_clause(pipeline):
    text = ("Iran's foreign ministry spokesman, Nasser Kanaani, warned on Monday that Tehran would respond to any new "
            'sanctions. "The Americans should know that their pressure will fail," he said.')
    assert mentioned(pipeline, text, "he").speaker == "Nasser Kanaani"
    text = ('Axelrod said the fading attention helped Clinton, who does not need to prove herself as Obama did. "She '
            'has nothing to prove," he said.')
    assert mentioned(pipeline, text, "he").speaker == "Axelrod"


def test_he_inside_the_report_is_not_the_reporter(pipeline):
    text = ('Retired Lt. Gen. Michael Flynn said Donald Trump was "absolutely right" when he said that the generals '
            "had been reduced to rubble.")
    assert mentioned(pipeline, text, "he").speaker == "Donald Trump"


def test_he_after_a_name_set_off_from_a_coordinated_description_is_that_name(pipeline):
    text = ('Tom Nguyen lives next door. Her husband and business partner, David Alvarez, handles the finances. "She '
            'is the artist," he said.')
    assert mentioned(pipeline, text, "he").speaker == "David Alvarez"


@pytest.mark.parametrize("headline", ['Review: Taylor Swift\'s "The Tortured Poets Department" is her most personal '
                                      'album yet', 'Analysis: The Fed\'s "higher for longer" is a gamble'])
def test_a_headline_rubric_is_no_speaker(pipeline, headline):
    text = headline + "\nThe album opens with a duet and closes with a meditation on fame."
    assert all(r.speaker_mention not in ("Review", "Analysis") for r in extracted(text, pipeline))


@pytest.mark.parametrize("text, mention, role", [
    ("The lawsuit says the company broke the law.", "The lawsuit", "lawsuit"),
    ("A previously undisclosed email obtained by Citizens United shows that the aide asked for help.",
     "A previously undisclosed email", "previously undisclosed email"),
])
def test_a_document_names_nobody_but_its_author(pipeline, text, mention, role):
    """"the lawsuit" is no speaker called "lawsuit"; who obtained an email did not write it."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_role) == (None, role)


@pytest.mark.parametrize("text, mention, kind", [
    ("Riyadh said it would not attend the talks.", "Riyadh", "organization"),
    ("Ethiopia rejected the report, saying it was biased.", "Ethiopia", "organization"),
    ("Mr. Cleveland said the plan would fail.", "Mr. Cleveland", "person"),  # a surname there, though a city
])
def test_a_country_or_a_large_city_speaks_as_an_organization(pipeline, text, mention, kind):
    assert mentioned(pipeline, text, mention).speaker_type == kind


@pytest.mark.parametrize("text, speakers", [
    ("Chelsea have agreed a fee of £60 million, sources said. The club said the deal was done.",
     [("sources", "group"), ("Chelsea", "organization"), ("Chelsea", "organization")]),
    ("Manchester United said they were disappointed.", [("Manchester United", "organization")]),
    ('Barcelona were "disappointed," the club said.', [("Barcelona", "organization")]),
    ('Clinton and Sanders were "tied," Gallup said.', [("Gallup", "organization")]),
])
def test_a_club_is_an_organization_that_the_club_stands_for(pipeline, text, speakers):
    """A singular name with a plural verb ("Chelsea have") is a club, never a person; "United" ends a club's name."""
    assert [(r.speaker, r.speaker_type) for r in extracted(text, pipeline)] == speakers


def test_an_agency_named_with_and_is_one_organization(pipeline):
    text = "The risk to the public remains low, according to the Centers for Disease Control and Prevention."
    record = mentioned(pipeline, text, "the Centers for Disease Control and Prevention")
    assert (record.speaker, record.speaker_type) == ("Centers for Disease Control and Prevention", "organization")


def test_a_title_after_an_inverted_name_parsed_as_the_object_is_the_role(pipeline):
    text = '"It is a hawkish cut," said Kathy Jones, chief fixed income strategist at Charles Schwab.'
    record = mentioned(pipeline, text, "Kathy Jones, chief fixed income strategist at Charles Schwab")
    assert (record.speaker, record.speaker_role) == ("Kathy Jones", "chief fixed income strategist at Charles Schwab")


@pytest.mark.parametrize("text, mention, speaker", [
    ("Toyota Motor Corp said it would recall 1 million vehicles. The automaker said no injuries had been reported.",
     "The automaker", "Toyota Motor Corp"),
    ("Nvidia said sales doubled. The chipmaker said demand was strong.", "The chipmaker", "Nvidia"),
])
def test_a_business_noun_stands_for_the_company_named_before(pipeline, text, mention, speaker):
    assert mentioned(pipeline, text, mention).speaker == speaker


def test_an_organization_of_a_place_and_another_are_a_group(pipeline):
    text = "The American Civil Liberties Union of Ohio and Demos said the purge was unlawful."
    record = mentioned(pipeline, text, "The American Civil Liberties Union of Ohio and Demos")
    assert record.speaker_type == "group"


@pytest.mark.parametrize("text, mention, speaker, role", [
    ("Brazilian President Luiz Inácio Lula da Silva said on Tuesday that the summit was a success.",
     "Brazilian President Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva", "Brazilian President"),
    ('European Commission President Ursula von der Leyen said the deal was "fair."',
     "European Commission President Ursula von der Leyen", "Ursula von der Leyen", "European Commission President"),
    ('Meteorologist Jane Golding said the storm was "unusual."', "Meteorologist Jane Golding", "Jane Golding",
     "Meteorologist"),
])
def test_a_name_the_census_lists_lack_after_a_title_is_whole(pipeline, text, mention, speaker, role):
    """After a listed title the name is all the names that follow ("Luiz Inácio", unknown to the US census lists),
    with its lower-case particles; an unlisted title before a first name is still the role."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type, record.speaker_role) == (speaker, "person", role)


def test_a_one_word_source_after_according_to_is_an_organization(pipeline):
    text = "The tour has become the highest-grossing tour of all time, according to Pollstar."
    assert mentioned(pipeline, text, "Pollstar").speaker_type == "organization"
    text = "Jane Smith spoke on Monday. The plan will fail, according to Smith."
    assert (mentioned(pipeline, text, "Smith").speaker, mentioned(pipeline, text, "Smith").speaker_type) == (
        "Jane Smith", "person")


def test_a_description_after_asked_by_is_not_the_asker(pipeline):
    text = ('Sen. Maria Cantwell defended her vote on Sunday. "We need a real solution," Cantwell said. Asked by '
            "moderator Kristen Welker whether she would support a narrower bill, the Washington Democrat said she was "
            '"open to any serious proposal."')
    assert mentioned(pipeline, text, "the Washington Democrat").speaker == "Maria Cantwell"


def test_a_nationality_after_the_describes_someone_unnamed(pipeline):
    text = ('"Mo was unbelievable today," Liverpool manager Arne Slot said. The Egyptian, whose contract expires in '
            'the summer, refused to discuss his future. "I\'m just focused on winning the league," he told Sky Sports.')
    egyptian = mentioned(pipeline, text, "The Egyptian, whose contract expires in the summer,")
    assert (egyptian.speaker, egyptian.speaker_type, egyptian.speaker_role) == (None, "person", "Egyptian")
    assert mentioned(pipeline, text, "he").speaker != "Arne Slot"  # after someone unnamed, not the manager before
    assert mentioned(pipeline, "The Guardian reported that the talks had failed.", "The Guardian").speaker == "Guardian"


def test_she_after_an_unnamed_description_carries_it(pipeline):
    text = ('Detective Inspector Sarah Holt said the inquiry went on. The victim\'s mother described her son as "a '
            'kind, gentle boy." "He had his whole life ahead of him," she said in a statement.')
    record = mentioned(pipeline, text, "she")
    assert (record.speaker, record.speaker_type, record.speaker_role) == (None, "person", "victim's mother")


def test_he_is_no_mother_brought_in_unnamed(pipeline):
    text = ('Adm. Harry B. Harris spoke on Monday. His mother said he was "proud of his roots." "They try to demonize '
            'me," he said.')
    assert mentioned(pipeline, text, "he").speaker == "Harry B. Harris"


@pytest.mark.parametrize("text, mention, speaker", [
    ("The Alzheimer's Association said in a statement that it welcomed the research.",
     "The Alzheimer's Association", "Alzheimer's Association"),
    ("The Children's Defense Fund said the cuts would hurt families.", "The Children's Defense Fund",
     "Children's Defense Fund"),
    ("McDonald's said in a statement that it would raise wages.", "McDonald's", "McDonald's"),
])
def test_a_possessive_inside_an_organizations_name_stays_in_it(pipeline, text, mention, speaker):
    """After "the" a possessive is part of an organization's name; a name with a possessive mark that possesses
    nothing is a business named for its founder."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type, record.speaker_role) == (speaker, "organization", None)


def test_a_possessive_before_an_organization_without_the_is_its_role(pipeline):
    record = mentioned(pipeline, "Obama's Justice Department said it would appeal.", "Obama's Justice Department")
    assert (record.speaker, record.speaker_role) == ("Justice Department", "Obama's")


def test_has_said_written_with_an_apostrophe_is_no_passive(pipeline):
    """ "Macy's said it would ..." parsed as the passive "is said" left the report without a speaker."""
    record = mentioned(pipeline, "Macy's said it would close 150 stores.", "Macy")
    assert (record.cue, record.text) == ("'s said", "it would close 150 stores")


@pytest.mark.parametrize("text, mention, speaker", [
    ('The study, led by Borja del Pozo Cruz of the University of Southern Denmark, followed 78,000 adults. "The more '
     'you walk, the better," del Pozo Cruz said.', "del Pozo Cruz", "Borja del Pozo Cruz"),
    ('Ursula von der Leyen said it was "a good day." Von der Leyen added that it was "historic."', "Von der Leyen",
     "Ursula von der Leyen"),
])
def test_a_surname_with_a_particle_is_whole_and_joins_the_full_name(pipeline, text, mention, speaker):
    """"del" opening the mention is part of the surname, not a role; "Von" capitalised at a sentence's start is
    the "von" of the full name."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_role) == (speaker, None)


@pytest.mark.parametrize("text, mention, speaker", [
    ('The Federal Aviation Administration said it was widening its inquiry. "We are taking this step," the FAA said.',
     "the FAA", "Federal Aviation Administration"),
    ('The Centers for Disease Control and Prevention said cases rose. The CDC added that "it is too early."',
     "The CDC", "Centers for Disease Control and Prevention"),
    ('The University of Southern California said it would appeal. The US said "no."', "The US", "US"),
])
def test_an_acronym_is_the_organization_the_text_names_in_full(pipeline, text, mention, speaker):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


@pytest.mark.parametrize("text, mention, speaker, role", [
    ("Turnout topped 1.4 million, according to unofficial results from the Department of State.",
     "unofficial results from the Department of State", "Department of State", "results"),
    ("Waiting times rose, according to figures from NHS England.", "figures from NHS England", "NHS England",
     "figures"),
])
def test_figures_from_an_organization_speak_for_it(pipeline, text, mention, speaker, role):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type, record.speaker_role) == (speaker, "organization", role)
