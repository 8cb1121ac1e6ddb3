"""Speaker mentions, names and roles on hand-written news sentences."""

from __future__ import annotations

import pytest

from quotes.cues import find_cues
from quotes.inverted_speakers import inverted_name
from quotes.missed_subjects import name_right_before
from quotes.parsing import parse_spans
from tests.conftest import extracted, mentioned, only, sentence_from_rows, with_cue


@pytest.mark.parametrize("text,cue,mention,speaker", [
    ("According to Reuters, the talks will focus on migration.", "According to", "Reuters", "Reuters"),
    ("According to a government source, the talks will focus on migration.", "According to",
     "a government source", None),
    ("The talks will focus on migration, according to Alan Cole, an economist at the Tax Foundation.",
     "according to", "Alan Cole, an economist at the Tax Foundation", "Alan Cole"),
])
def test_according_to_names_its_source_without_the_content(pipeline, text, cue, mention, speaker):
    [record] = extracted(text, pipeline)
    assert record.text.lower() == "the talks will focus on migration"
    assert (record.cue, record.speaker_mention, record.speaker) == (cue, mention, speaker)


@pytest.mark.parametrize("text,mention", [
    ("According to a National Autistic Society survey, 70% of adults with autism say they do not get enough help.",
     "a National Autistic Society survey"),
    ("According to Lorella Praeli, Clinton's Latino vote director, the campaign has hired 40 organizers in Florida.",
     "Lorella Praeli, Clinton's Latino vote director,")])
def test_an_opening_according_to_phrase_ends_at_its_comma(pipeline, text, mention):
    """The parse may take the clause's subject into the phrase; a description set off by commas keeps both."""
    record = next(r for r in extracted(text, pipeline) if r.cue == "According to")
    assert record.speaker_mention == mention


@pytest.mark.parametrize("text,mention", [
    ("An average of 81 percent of Democrats approve of Obama, according to HuffPost Pollster.", "HuffPost Pollster"),
    ("As of Wednesday, Clinton had 2,205 delegates, compared with Sanders, who had 1,401, according to a tally by "
     "the Associated Press.", "a tally")])
def test_according_to_reports_whatever_the_tagger_makes_of_its_words(pipeline, text, mention):
    """'approve' tagged a noun (no verb left in the report), 'tally' an adverb: still a report and its source."""
    record = only([r for r in extracted(text, pipeline) if r.cue == "according to"])
    assert record.speaker_mention == mention and record.kind == "indirect"


@pytest.mark.parametrize("text,mention", [
    ("But the next day, according to Roffman, Trump made further demands.", "Roffman"),
    ("Now, according to the recent 50-state poll, some are swinging.", "the recent 50-state poll"),
    ("Their gifts have come from women, according to Crowdpac, the most of any candidate by far.", "Crowdpac"),
    ("Clinton leads by 10 points, according to a CNN/ORC poll in February.", "a CNN/ORC poll in February"),
    ("The tax would cost little, according to a study last year by economists at Duke University.",
     "a study last year by economists at Duke University")])
def test_an_according_to_phrase_is_its_whole_object_up_to_the_report(pipeline, text, mention):
    """Time phrases are part of the object ('a poll in February'); the phrase ends where the report goes on."""
    record = next(r for r in extracted(text, pipeline) if r.cue == "according to")
    assert record.speaker_mention == mention


@pytest.mark.parametrize("text,mention", [
    ("About 9 percent said they were undecided.", "About 9 percent"),
    ("At least a dozen members of Congress told reporters they would vote no.", "At least a dozen members of Congress"),
    ("Clinton left, but at least a dozen members of Congress told reporters they would vote no.",
     "at least a dozen members of Congress"),  # the parse hangs "at" on "least", not on the number
    ("Twenty-four percent said they would vote for Trump.", "Twenty-four percent")])
def test_a_share_of_people_keeps_its_approximation(pipeline, text, mention):
    """The parse hangs "About", "More than", "At least" and a hyphenated number's first part elsewhere."""
    assert only(extracted(text, pipeline)).speaker_mention == mention


@pytest.mark.parametrize("text", [
    "Last year, in the wake of failed attempts to defeat the Iran deal, Sen. Mitch McConnell (R-Ky.) said that he did "
    "not want to bring up any more Iran-related legislation that could not get the support of at least 67 senators - "
    "the number necessary to kill the deal in the Senate.",  # the name parsed as an apposition of "deal"
    "Last year, in the wake of failed attempts to defeat the Iran deal, Sen. Mitch McConnell (R-Ky.) said that he did "
    "not want to bring up any more Iran-related legislation."])  # "(R - Ky . )": six words to the bracket
def test_a_name_before_its_party_and_state_speaks(pipeline, text):
    record = next(r for r in extracted(text, pipeline) if r.cue == "said")
    assert (record.speaker_mention, record.speaker) == ("Sen. Mitch McConnell (R-Ky.)", "Mitch McConnell")


def test_a_first_name_the_tagger_took_for_a_verb_is_part_of_the_name(pipeline):
    text = "Trump campaign spokeswoman Hope Hicks said all staffers sign NDAs, though she did not discuss their terms."
    records = extracted(text, pipeline)
    assert [(r.cue, r.speaker) for r in records] == [("said", "Hope Hicks"), ("did not discuss", "Hope Hicks")]
    assert [r.cue for r in extracted("Trump Tells Congress To Act", pipeline)] == ["Tells"]  # a title-case headline


def test_one_official_is_someone_new_not_the_person_named_before(pipeline):
    text = ('Their leader, Martin Schulz, said: "She has no plan." '
            '"It\'s a mistake," said one official, who asked not to be named.')
    record = next(r for r in extracted(text, pipeline) if r.text.startswith("It's a mistake"))
    assert record.speaker_mention == "one official" and record.speaker is None


@pytest.mark.parametrize("text,speaker,role", [
    pytest.param("BERLIN (Reuters) - German Chancellor Angela Merkel on Tuesday warned that Europe faced difficult "
                 "times.", "Angela Merkel", "German Chancellor", id="a title after a dateline"),
    pytest.param("“We will fight it,” said Rep. Kevin McCarthy, the House minority leader.", "Kevin McCarthy",
                 "House minority leader", id="a description rather than an abbreviated title, inverted"),
    pytest.param("Rep. Kevin McCarthy, the House minority leader, said the bill was dead.", "Kevin McCarthy",
                 "House minority leader", id="a description rather than an abbreviated title"),
    pytest.param("The district's superintendent, Kyle Johnson, said he was disappointed by the vote.", "Kyle Johnson",
                 "district's superintendent", id="a role written as in the text"),
    pytest.param("The Justice Department said it would appeal.", "Justice Department", None,
                 id="a title word inside an organization's name"),
    pytest.param("Supreme Court Justice Ruth Bader Ginsburg said the ruling was wrong.", "Ruth Bader Ginsburg",
                 "Supreme Court Justice", id="a title word before a person's name"),
    pytest.param("New South Wales Premier Dominic Perrottet said residents must leave.", "Dominic Perrottet",
                 "New South Wales Premier", id="an unlisted title before a first name"),
    pytest.param("Meteorologist Jane Golding said the system was slow-moving.", "Jane Golding", "Meteorologist",
                 id="an unlisted one-word title"),
    pytest.param("Chief Meteorologist Jane Golding said the storm was slow-moving.", "Jane Golding",
                 "Chief Meteorologist", id="an unlisted title after a listed one"),
    pytest.param("Detective Chief Inspector Mark Swift said the attack was horrific.", "Mark Swift",
                 "Detective Chief Inspector", id="police ranks"),
    pytest.param("J. Gerald Hebert said the law was unfair.", "J. Gerald Hebert", None,
                 id="an initial before a first name"),
    pytest.param("Giovanni Maria Vian said the pope was tired.", "Giovanni Maria Vian", None,
                 id="a rarer first name before a common one"),
    pytest.param("Martin Luther King Jr. said he had a dream.", "Martin Luther King Jr.", None,
                 id="a title word before a suffix is part of the name"),
    pytest.param("Republican Mitt Romney said the plan was flawed.", "Mitt Romney", "Republican",
                 id="a party member's word is the role"),
    pytest.param("The Republican Party of Wyoming said the vote was fair.", "Republican Party of Wyoming", None,
                 id="a party word inside an organization's name"),
    pytest.param("A new Gallup poll found that most voters disliked both candidates.", "Gallup", None,
                 id="no role without a noun"),
    pytest.param("Many Democrats said the plan was too timid.", "Democrats", None,
                 id="a capitalised quantifier is no part of a name"),
    pytest.param("Several Cruz aides said the race was over.", "Cruz aides", None, id="nor of a group's"),
    pytest.param("Others in the African-American community said the plan was flawed.",
                 "others in the African-American community", None, id="nor one before a preposition"),
    pytest.param("Some of her followers said the race was over.", "some of her followers", None,
                 id="a quantifier heading the group stays"),
    pytest.param("A senior Tory source said the vote would be close.", None, "senior Tory source",
                 id="a party member's word is no name"),
    pytest.param("A Labour spokesman said the vote would be close.", "Labour", "spokesman",
                 id="a party's spokesman speaks for the party"),
    pytest.param("One Labour MP said the vote would be close.", None, "Labour MP", id="a member of parliament"),
    pytest.param("A 29-year-old Berlin woman said the vote would be close.", None, "29-year-old Berlin woman",
                 id="a place before a person noun is no name"),
    pytest.param("A spokesman for the Clinton campaign said the vote would be close.", "Clinton campaign", "spokesman",
                 id="a spokesman speaks for whom he is the spokesman of"),
    pytest.param("A New Hampshire Republican said the vote would be close.", None, "New Hampshire Republican",
                 id="a state and a party name nobody"),
    pytest.param("Atlantic City officials said the vote would be close.", "Atlantic City", "officials",
                 id="officials of a city speak for it, as a state's do, not the place as a person"),
    pytest.param("USA TODAY's reporting found that the vote would be close.", "USA TODAY", None,
                 id="today in a name is no time"),
    pytest.param("Pres. Obama said the vote would be close.", "Obama", "Pres.", id="an abbreviated title"),
    pytest.param("Archbishop Aris Shirvanian said the vote would be close.", "Aris Shirvanian", "Archbishop",
                 id="a church title"),
])
def test_the_speaker_and_the_role(pipeline, text, speaker, role):
    [record] = extracted(text, pipeline)
    assert (record.speaker, record.speaker_role) == (speaker, role)


def test_a_day_after_the_name_is_no_part_of_the_mention(pipeline):
    text = "Pentagon spokesman John Kirby on Tuesday said that the evacuation was over."
    [record] = extracted(text, pipeline)
    assert (record.speaker_mention, record.speaker, record.speaker_role) == \
        ("Pentagon spokesman John Kirby", "John Kirby", "Pentagon spokesman")


@pytest.mark.parametrize("text, speaker", [
    ('"Well, look, she\'s clearly experienced, right? Clearly an intelligent person, experienced person," Sanders '
     "campaign manager Jeff Weaver said Monday in an interview with MSNBC's Tamron Hall.", "Jeff Weaver"),
    ('"I\'m not going to say it is a mistake, so forget about it," said retired neurosurgeon Ben Carson, asked about '
     "his claims that he had received a scholarship offer from West Point, when he hadn't actually applied.",
     "Ben Carson"),
    ("“I fundamentally disagree,” said retired Army Lt. Gen. Mick Bednarek, who served as the chief U.S. military "
     "adviser in Iraq from 2013 to 2015.", "Mick Bednarek"),  # "retired" parsed as a verb with the name its object
    ("FBI Director James Comey testified. Roof should have been prevented from buying the weapon used in Charleston, "
     "S.C., in what officials called a hate crime. Said Comey, \"The thought that an error on our part is connected to "
     "this guy's purchase of a gun is very painful to us.\"", "James Comey"),  # "Comey" parsed as the one addressed
    ("Some experts say her plans would make the code more complicated. Said Ellis: “I don’t get the sense she’s the "
     "least bit interested in tax reform.”", "Ellis"),  # "Ellis" parsed as the object; the quote went to "say"
    ("She talked about the plan. When pressed on why the plan leaves out dads, the 34-year-old mother of three "
     "replied, \"It's meant to benefit the mother who has given birth to the child.\"",
     "34-year-old mother of three"),  # "replied" parsed as a modifier of "mother"; the quote went to "talked"
    ("But almost immediately after she did, David Axelrod, who was senior adviser to Obama in the White House, "
     'tweeted this: "She did it again and I\'ll say it again."', "David Axelrod"),  # not "this"
    ('"There won\'t be a path for Bernie to succeed," said one of those advisers, who spoke on the condition of '
     "anonymity to share internal information.", "one of those advisers"),  # "one" parsed as the object
    ("Clinton “drew quite well from white, working-class Democrats” in the 2008 primary, said Ohio State University "
     "professor Paul Beck.", "Paul Beck"),  # "Clinton" parsed as the subject of "said"
])
def test_the_name_at_an_inverted_cue_speaks_however_the_parse_hangs_it(pipeline, text, speaker):
    record = next(r for r in extracted(text, pipeline) if r.kind != "indirect")  # "Monday" and "retired" had
    assert (record.speaker or record.speaker_role) == speaker  # been taken for the speaker or the clause after the
    # cue; one unnamed ("the 34-year-old mother of three") by the role


@pytest.mark.parametrize("text, mention", [
    ("The Central American Minors program “is gaining and has gained considerable traction recently,” Homeland "
     "Security Deputy Secretary Alejandro Mayorkas told reporters.",
     "Homeland Security Deputy Secretary Alejandro Mayorkas"),  # parsed as an apposition of "program"
    ('"Debate recap," tweeted Rubio spokesman Alex Conant.', "Rubio spokesman Alex Conant"),  # "recap" the subject
    ("''Climate campaigners have to address the concerns of people who may lose out,'' Craig Morris, an environmental "
     "blogger, wrote in German Energy Transition.", "Craig Morris, an environmental blogger,"),  # not "blogger"
])
def test_the_mention_after_a_quotation_is_the_whole_name_not_the_words_the_parse_hangs_it_on(pipeline, text, mention):
    record = next(r for r in extracted(text, pipeline) if r.kind != "indirect")
    assert text[record.speaker_start:record.speaker_end] == record.speaker_mention == mention


def test_a_noun_inside_a_relative_clause_before_the_cue_is_not_the_speaker(pipeline):
    text = ("Although there is no such overlap with Sanders's team, a White House official who spoke anonymously to "
            'discuss internal strategy said Wednesday, "Certainly there are discussions."')
    [record] = extracted(text, pipeline)  # the parse leaves "said" without a subject
    assert record.speaker_mention.startswith("a White House official") and record.speaker_role == "official"


@pytest.mark.parametrize("text, speaker", [
    ("Those who attended the meeting said the plan was a mistake.", "those who attended the meeting"),
    ("Those in the room said the vote had been rigged.", "those in the room"),
])
def test_those_described_by_a_phrase_are_a_group_that_speaks(pipeline, text, speaker):
    [record] = extracted(text, pipeline)  # a bare "those" is no speaker; with its description it is one
    assert (record.speaker, record.speaker_type) == (speaker, "group")


def test_who_makes_a_point_of_saying_something_says_it(pipeline):
    text = "Trump took the opportunity of saying that the press was dishonest."
    [record] = extracted(text, pipeline)  # not "the opportunity of", the noun the participle hangs on
    assert (record.speaker, record.text) == ("Trump", "that the press was dishonest")


def test_a_title_without_a_name_refers_back_to_the_person_named_before(pipeline):
    text = "Boris Johnson thanked voters. ‘This is a historic moment,’ the Prime Minister said on Friday."
    record = next(r for r in extracted(text, pipeline) if r.text.startswith("This is"))
    assert (record.speaker_mention, record.speaker, record.speaker_role) == \
        ("the Prime Minister", "Boris Johnson", "Prime Minister")


@pytest.mark.parametrize("text,mention,speaker", [
    pytest.param("Hillary Clinton won the state easily. Campaign officials said the margin was larger than expected.",
                 "Campaign officials", "campaign officials", id="an organization's people are a group"),
    pytest.param("Ted Cruz spoke in Iowa on Monday. The senator and his allies said the attacks were unfair.",
                 "The senator and his allies", "senator and his allies", id="a person and others"),
])
def test_a_plural_description_is_a_group_not_the_person_named_before(pipeline, text, mention, speaker):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (speaker, "group")


def test_two_descriptions_of_one_person_refer_back_to_that_person(pipeline):
    text = ("Donald Trump is leading the polls. A year ago, the businessman and reality star said he would build "
            "a wall.")
    record = mentioned(pipeline, text, "the businessman and reality star")
    assert (record.speaker, record.speaker_type) == ("Donald Trump", "person")


@pytest.mark.parametrize("text,speaker,role", [
    pytest.param("Paul Manafort left the campaign. The director of the European Centre, Ina Kirsch, said the talks "
                 "had failed.", "Ina Kirsch", "director of the European Centre", id="hung on the noun before it"),
    pytest.param("Bernie Sanders spoke first. In January, the party chairwoman, Representative Debbie Wasserman "
                 "Schultz of Florida, said the rules were fair.", "Debbie Wasserman Schultz", "party chairwoman",
                 id="parsed as a conjunct"),
])
def test_the_name_set_off_after_a_description_speaks(pipeline, text, speaker, role):
    record = next(r for r in extracted(text, pipeline) if (r.speaker_mention or "").lower().startswith("the "))
    assert (record.speaker, record.speaker_role) == (speaker, role)


@pytest.mark.parametrize("text,mention,speaker", [
    pytest.param("Brian Fallon said the review was routine. A U.S. law enforcement official familiar with the "
                 "investigation said that charges were unlikely. The official, who spoke on the condition of "
                 "anonymity, said the FBI was still working.", "The official", None,
                 id="brought in without a name"),
    pytest.param("Bernie Sanders won eight elections as a U.S. senator. The senator said the race was close.",
                 "The senator", "Bernie Sanders", id="an indefinite predicate brings in nobody"),
])
def test_a_description_of_someone_brought_in_unnamed_stays_unnamed(pipeline, text, mention, speaker):
    record = next(r for r in extracted(text, pipeline) if (r.speaker_mention or "").startswith(mention))
    assert record.speaker == speaker


@pytest.mark.parametrize("text,mention,speaker", [
    pytest.param('"We will release the report," Gowdy said in a statement on Friday. Elijah Cummings '
                 "disagreed. The statement said the committee had interviewed 75 witnesses.", "The statement", "Gowdy",
                 id="the subject of the verb over it"),
    pytest.param("A Clinton campaign memo was released as the polls closed. Sanders won by 20 points. The memo "
                 "said the loss was long anticipated.", "The memo", "Clinton campaign", id="the name on it"),
    pytest.param("Sanders spoke in Ohio. A statement issued by the Sanders campaign late Tuesday was brief. The "
                 "statement said voters had the right to decide.", "The statement", "Sanders campaign",
                 id="its issuer"),
    pytest.param("Senator Ron Wyden questioned the regulator on Tuesday. Hackers reached 12 computers, the report "
                 "said.", "the report", None, id="nobody said to issue it"),
    pytest.param("Nikki Haley met reporters on Monday. Donald Trump spoke later. Her statement said the border "
                 "was secure.", "Her statement", "Nikki Haley", id="a possessor"),
])
def test_a_statement_speaks_for_whoever_the_text_says_issued_it(pipeline, text, mention, speaker):
    record = mentioned(pipeline, text, mention)
    assert record.speaker == speaker


@pytest.mark.parametrize("text,mention,speaker", [
    ("Detroit automaker Ford Motor Co. is recalling 2 million vehicles, the company said Wednesday.",
     "the company", "Ford Motor Co."),
    ("The National Highway Traffic Safety Administration said it was investigating. The agency declined "
     "to say whether fines were possible.", "The agency", "National Highway Traffic Safety Administration"),
    ("Google said it would appeal. The House Ethics Committee opened an inquiry on Monday. The committee "
     "said it would report in June.", "The committee", "House Ethics Committee"),
    ("Twitter said in a statement that it had suspended 125,000 accounts. The company said its teams had grown.",
     "The company", "Twitter"),
])
def test_the_company_is_the_organization_named_before(pipeline, text, mention, speaker):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


@pytest.mark.parametrize("text,speaker,kind", [
    pytest.param("The United States said it was deeply concerned.", "United States", "organization",
                 id="a name with a participle keeps it"),
    pytest.param("The Associated Press reported that the count was over.", "Associated Press", "organization",
                 id="a participle after the"),
    pytest.param("United States officials said the count was over.", "United States", "organization",
                 id="a participle opening the sentence"),
    pytest.param("Downing Street said the talks were over.", "Downing Street", "organization",
                 id="a known name participle"),
    pytest.param("Meta said it would appeal the ruling. Meta shares fell 2% in New York.", "Meta", "organization",
                 id="a one-word company by its stock"),
    pytest.param("Verizon said the strike had not hurt service. Verizon's customers saw no delays.", "Verizon",
                 "organization", id="a one-word company by what it has"),
    pytest.param("Musk said the deal was off. Musk's shares in the carmaker are worth billions.", "Musk", "person",
                 id="a person's shares make no company"),
    pytest.param("Politico reported that the bill would pass.", "Politico", "organization", id="a known outlet"),
    pytest.param("BuzzFeed reported that the memo was genuine.", "BuzzFeed", "organization",
                 id="spelt like a company"),
    pytest.param("Iowa said it would count the ballots again.", "Iowa", "organization", id="a US state"),
    pytest.param("McCarthy said the vote would go ahead.", "McCarthy", "person", id="Mc is a person's spelling"),
])
def test_the_speaker_and_its_type(pipeline, text, speaker, kind):
    [record] = extracted(text, pipeline)
    assert (record.speaker, record.speaker_type) == (speaker, kind)


@pytest.mark.parametrize("text,mention,speaker", [
    ("The United States, Britain and Canada said they were concerned.", "The United States, Britain and Canada",
     "United States, Britain and Canada"),
    ("John Smith, Jane Doe and Bob Jones said they were concerned.", "John Smith, Jane Doe and Bob Jones",
     "John Smith, Jane Doe and Bob Jones"),
])
def test_a_list_of_names_is_one_group(pipeline, text, mention, speaker):
    [record] = extracted(text, pipeline)
    assert (record.speaker_mention, record.speaker, record.speaker_type) == (mention, speaker, "group")


def test_a_list_mention_runs_over_the_comma_before_its_conjunction(pipeline):
    text = "Labor unions, environmental groups, and many lawmakers said the bill was bad."
    [record] = extracted(text, pipeline)
    assert record.speaker_mention == "Labor unions, environmental groups, and many lawmakers"


def test_a_family_name_written_first_is_one_speaker_with_the_full_name(pipeline):
    text = ('Foreign ministry spokesman Zhao Lijian said the protests were "orchestrated." '
            '"Hong Kong is part of China," Zhao said at a regular briefing.')
    assert {r.speaker for r in extracted(text, pipeline)} == {"Zhao Lijian"}


def test_a_name_in_apposition_to_a_subject_is_an_antecedent(pipeline):
    text = ("Sarah Mills took over a losing team three years ago. Her assistant, Tom Reyes, puts it "
            'differently. "She changed the culture," he says.')
    record = mentioned(pipeline, text, "he")
    assert record.speaker == "Tom Reyes"


def test_a_pronoun_agrees_with_the_first_names_sex(pipeline):
    text = ("Mayor Eric Adams met Governor Kathy Hochul on Tuesday. After the meeting, she said the state "
            "would provide aid. He said that was not enough.")
    speakers = {r.speaker_mention: r.speaker for r in extracted(text, pipeline)}
    assert (speakers["she"], speakers["He"]) == ("Kathy Hochul", "Eric Adams")


def test_first_name_genders():
    from quotes.names import first_name_gender
    assert [first_name_gender(n) for n in ("Kathy Hochul", "Eric Adams", "Clinton", "Xi Jinping")] == \
        ["female", "male", None, None]


def test_a_surname_tagged_as_a_plural_is_still_the_person(pipeline):
    text = ('Privacy activist Max Schrems said he was "happy." "We are happy," Schrems told Reuters. '
            '"But it is not enough."')
    records = extracted(text, pipeline)
    assert {(r.speaker, r.speaker_type) for r in records} == {("Max Schrems", "person")}


def test_a_time_after_a_description_is_no_part_of_the_role(pipeline):
    text = 'A federal judge in San Francisco on Friday blocked the rule, calling it "arbitrary."'
    [record] = extracted(text, pipeline)
    assert (record.speaker_mention, record.speaker_role) == ("A federal judge in San Francisco",
                                                             "federal judge in San Francisco")


def test_companies_are_told_from_people_by_what_the_text_says_they_have():
    from quotes.names import companies_in_text
    text = "Meta's shareholders met. Apple's chief executive spoke. Trump's investors sued. Google users left."
    assert companies_in_text(text) == {"Meta", "Apple", "Google"}  # not Trump: investors are no company's alone


@pytest.mark.parametrize("text", [
    "Another said he hoped the senator would win.",
    "Someone said the vote was rigged.",
    "A Republican said the bill would fail.",
])
def test_an_indefinite_pronoun_or_a_bare_party_word_names_nobody(pipeline, text):
    record = extracted(text, pipeline)[0]
    assert (record.speaker, record.speaker_type) == (None, "unknown")


def test_a_relative_clause_on_a_description_speaks_for_the_name_it_describes(pipeline):
    text = "But Mr. Guerrero, a Republican who described himself as a religious Catholic, said he liked the message."
    records = extracted(text, pipeline)
    assert [(r.cue, r.speaker) for r in records] == [("described", "Guerrero"), ("said", "Guerrero")]


def test_a_day_taken_for_the_subject_gives_way_to_the_name_in_apposition(pipeline):
    text = ("And Washington is using the latest terrorist attacks to renew its calls for Silicon Valley to roll back "
            "the encryption in their products. On Sunday, Hillary Clinton, the Democratic presidential front-runner, "
            "called on tech companies to become more aggressive.")
    record = next(r for r in extracted(text, pipeline) if r.cue.startswith("called"))
    assert (record.speaker, record.speaker_role) == ("Hillary Clinton", None)


def test_a_full_name_written_after_an_unlisted_title_is_the_canonical_name(pipeline):
    text = ("Maricopa County Recorder Helen Purcell apologized for the long lines. Purcell said the county had cut "
            "polling places.")
    assert {r.speaker for r in extracted(text, pipeline)} == {"Helen Purcell"}


def test_sir_and_a_first_name_is_the_knight_named_before(pipeline):
    text = ('Prime Minister Keir Starmer promised on Wednesday to cut waiting lists. "The NHS is broken, but it is not '
            'beaten," Sir Keir told MPs.')
    assert [r.speaker for r in extracted(text, pipeline)] == ["Keir Starmer", "Keir Starmer"]


def test_the_company_and_it_refer_to_a_name_the_text_speaks_of_as_a_company(pipeline):
    text = ("Nvidia reported record revenue on Wednesday. Microsoft, one of Nvidia's biggest customers, declined to "
            "comment.\n\nThe company expects revenue of about $28 billion in the current quarter, it said in a "
            "statement.")
    records = extracted(text, pipeline)
    assert {(r.speaker_mention, r.speaker, r.speaker_type) for r in records if r.speaker_start > 60} == {
        ("it", "Nvidia", "organization")}  # "it" reports what "the company" expects: the company is Nvidia
    assert next(r for r in records if r.speaker_mention == "it").text.startswith("The company expects revenue")


def test_spellings_of_an_organization_are_one_speaker():
    from quotes.canonical import canonical_names
    names = [("US", "organization"), ("U.S.", "organization"), ("U.S.", "organization"), ("Police", "organization"),
             ("police", "organization")]
    assert canonical_names(names) == {"US": "U.S.", "U.S.": "U.S.", "Police": "police", "police": "police"}


def test_speaker_ids_are_the_same_across_spellings_with_and_without_full_stops():
    from quotes.names import slug
    assert [slug(n) for n in ("U.S.", "US", "Joe Biden", "J. Gerald Hebert")] == ["us", "us", "joe-biden",
                                                                                 "j-gerald-hebert"]


def test_a_common_noun_opening_a_sentence_is_no_antecedent(pipeline):
    text = ('"We believe that our policy rate is likely at its peak for this tightening cycle," Fed Chair Jerome '
            'Powell told reporters after the two-day meeting. Inflation, he added, "has eased substantially while '
            'the labor market has remained strong."\n\nPowell said inflation was moving toward 2 percent.')
    assert [r.speaker for r in extracted(text, pipeline)][:2] == ["Jerome Powell", "Jerome Powell"]


def test_a_name_with_its_institution_after_a_quote_speaks(pipeline):
    text = ("''Big tax cuts, particularly for the wealthiest, do not work in an age of high inequality and heavy "
            "debt,'' James Pethokoukis of the American Enterprise Institute wrote recently.")
    [record] = extracted(text, pipeline)
    assert (record.kind, record.speaker) == ("direct", "James Pethokoukis")


def test_a_described_speaker_after_a_question_speaks_though_the_parse_loses_it(pipeline):
    text = '"Will he be the next attorney general?" a Democratic staffer in the room asked.'
    [record] = extracted(text, pipeline)
    assert (record.kind, record.cue, record.speaker_mention) == ("direct", "asked", "a Democratic staffer in the room")


def test_the_union_is_the_organization_named_in_a_persons_role(pipeline):
    text = ('"We did not want this strike," said Stacy Davis Gates, president of the Chicago Teachers Union.\n\n'
            "The union said its members would picket outside schools on Friday.")
    records = extracted(text, pipeline)
    assert (records[-1].speaker_mention, records[-1].speaker, records[-1].speaker_type) == (
        "The union", "Chicago Teachers Union", "organization")


@pytest.mark.parametrize("text,mention", [
    ("Inside the mosque - which looks likes a church except for the missing cross - Adel Nefzi said he and many of "
     "those who worshiped last Friday with Mateen are trying to collect money.", "Adel Nefzi"),
    ("Estimates of civic engagement and measurements of minorities’ opinions are particularly problematic - Pew "
     "Research: “All the samples evaluated include more politically and civically engaged individuals than "
     "benchmark sources indicate should be present.”", "Pew Research")])
def test_a_mention_starts_after_a_dash_or_colon_the_parse_took_into_it(pipeline, text, mention):
    record = next(r for r in extracted(text, pipeline) if r.speaker_mention is not None)
    assert record.speaker_mention == mention


@pytest.mark.parametrize("text,mention", [
    ("De Blasio, speaking on WOR710, said he trusts Bratton on security.", "De Blasio"),
    ("Circuit Court Judge David McKeague, writing for the majority in the 2-1 decision, said the law was valid.",
     "Circuit Court Judge David McKeague"),
    ("Sen. Ted Cruz, meanwhile, said the deal was a disaster.", "Sen. Ted Cruz"),
    ("Rep. Bobby Scott (D-Va.), ranking member of the House education committee, said the bill was a compromise.",
     "Rep. Bobby Scott (D-Va.), ranking member of the House education committee,")])
def test_a_participle_or_a_comment_after_the_name_is_no_part_of_the_mention(pipeline, text, mention):
    assert only(extracted(text, pipeline)).speaker_mention == mention


def test_a_participle_in_a_chain_of_participles_speaks_for_the_subject_of_the_main_clause(pipeline):
    text = ('Outside the arena, about 200 protesters congregated in three clusters, holding anti-Trump signs and '
            'chanting "Dump Trump."')
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker_mention) == ("direct", "chanting", "about 200 protesters")


def test_the_one_prompted_to_say_something_says_it(pipeline):
    text = "The debate was so subdued that Mr. Trump was prompted to say, ''So far, I cannot believe how civil it's been.''"
    record = only(extracted(text, pipeline), kind="direct")
    assert (record.speaker_mention, record.speaker) == ("Mr. Trump", "Trump")


@pytest.mark.parametrize("text,cue,speaker", [
    ("“Having access to the RNC file is valuable,” said Skelly, explaining he worked more closely with Chrabaszcz.",
     "explaining", "Skelly"),  # a participle on an inverted cue: its speaker after the verb
    ("Mr. Bush, channeling his respectful roots, responded by first saying ''some good things'' about Mr. Trump.",
     "saying", "Bush"),  # "Bush" parsed as the subject of a passive without an auxiliary
])
def test_a_participle_speaks_for_the_subject_of_the_clause_it_comments_on(pipeline, text, cue, speaker):
    record = next(r for r in extracted(text, pipeline) if r.cue.endswith(cue))
    assert record.speaker == speaker


def test_a_participle_after_a_comma_inside_a_reported_clause_speaks_for_the_reporter(pipeline):
    text = ("On Tuesday, the company said it would not be able to file its annual statement in time, warning that it "
            "could default on some of its debt.")  # "warning" hangs on "file", inside what the company said
    warning = next(c for c in find_cues(parse_spans(pipeline, text, [(0, len(text))])) if c.lemma == "warn")
    assert warning.speaker.text == "company"


@pytest.mark.parametrize("text, mention, speaker", [
    ("Rudolph Tanzi, a neurology professor who discovered many of the genes leading to Alzheimer's, said the plan was "
     "a good start.", "Rudolph Tanzi, a neurology professor who discovered many of the genes leading to Alzheimer's,",
     "Rudolph Tanzi"),
    ("Donald Trump's claim that he would win the state was false.", "Donald Trump's", "Donald Trump"),
])
def test_a_mention_keeps_the_possessive_it_ends_with(pipeline, text, mention, speaker):
    record = only(extracted(text, pipeline))  # as PolNeAR marks sources; the speaker is the name without it
    assert (record.speaker_mention, record.speaker) == (mention, speaker)


def test_a_possessive_pronoun_speaking_for_a_report_noun_resolves_to_its_antecedent(pipeline):
    text = "Donald Trump spoke on Monday. His claim that the election was rigged drew criticism."
    record = only(extracted(text, pipeline))  # was the speaker "His"
    assert (record.cue, record.speaker_mention, record.speaker, record.method) == (
        "claim", "His", "Donald Trump", "cue:pronoun")


@pytest.mark.parametrize("text, mention", [
    ("Just last week, J.J. Goldberg, editor at large of The Forward, wrote, ''When we think of defeating ISIS, we "
     "should think not of the familiar fight against jihadist terrorism but of the world war.''",
     "J.J. Goldberg, editor at large of The Forward,"),  # was 'Just last week, J.J. Goldberg, ...'
    ("On Sunday, Hillary Clinton, the Democratic presidential front-runner, called on tech companies to become more "
     "aggressive.", "Hillary Clinton, the Democratic presidential front-runner,"),  # was 'Sunday, Hillary ...'
    ("In an email, Axelrod, a former newspaperman, wrote that the campaign was over.",
     "Axelrod, a former newspaperman,"),  # was 'an email, Axelrod, ...'
    ("And it wasn’t an accident — Brendan Buck, a spokesman for Ryan, told POLITICO that the speaker gave Priebus "
     "a heads up.", "Brendan Buck, a spokesman for Ryan,"),  # after a dash; was lost
    ("Just last week, J.J. Goldberg, editor of The Forward, a New York-based newspaper catering to American Jews, "
     "wrote, ''When we think of defeating ISIS, we should think of the world war.''",
     "J.J. Goldberg, editor of The Forward, a New York-based newspaper catering to American Jews,"),  # no speaker:
])  # the participles of the description had counted as a clause before the cue
def test_a_time_place_or_dashed_phrase_before_the_name_is_no_part_of_the_mention(pipeline, text, mention):
    record = only(extracted(text, pipeline))  # the parse hangs the name on the time word, the cue subject-less
    assert text[record.speaker_start:record.speaker_end] == record.speaker_mention == mention


def test_those_described_by_a_participle_speak_as_a_group(pipeline):
    text = "By an overwhelming 80%-10%, those surveyed say the United States should transition to clean energy by 2030."
    record = only(extracted(text, pipeline))  # a bare "those" names nobody; "those surveyed" does
    assert (record.cue, record.speaker, record.speaker_type) == ("say", "those surveyed", "group")


@pytest.mark.parametrize("text, cue, mention", [
    ("Salceda, citing data from the U.S. State Department, said that about 4 million people of Philippine descent "
     "live in the United States.", "said", "Salceda"),  # the parse hangs "Salceda" on "said" as a clause
    ("Sen. Mark Kirk, R-Ill., who faces a tough re-election battle in his home state, rescinded his endorsement of "
     "Trump, saying he lacks the temperament to be president.", "saying",
     "Sen. Mark Kirk, R-Ill., who faces a tough re-election battle in his home state,"),  # the parse made the name
    # the root; the verb after its asides made its predicate, the mention is the subject's, asides and all
])
def test_a_name_opening_the_sentence_speaks_for_a_subjectless_verb_after_its_aside(pipeline, text, cue, mention):
    record = with_cue(text, pipeline, cue)
    assert record.speaker_mention == mention


@pytest.mark.parametrize("text, cue, mention", [
    ("The senator was recently suspended for two weeks after slamming Republicans for their vote.", "slamming",
     "The senator"),
    ("The case was filed by Judicial Watch, alleging that the department had hidden records.", "alleging",
     "Judicial Watch"),  # the agent of the passive speaks, not its subject
])
def test_a_participle_after_a_passive_clause_speaks_for_its_subject(pipeline, text, cue, mention):
    record = only(extracted(text, pipeline))  # was left without a speaker and dropped
    assert (record.cue, record.speaker_mention) == (cue, mention)


def test_an_infinitive_of_purpose_speaks_for_the_subject_of_its_clause(pipeline):
    record = only(extracted("Longtime friend Lanny Davis appeared on Fox News to defend her.", pipeline))
    assert (record.cue, record.speaker, record.text) == ("to defend", "Lanny Davis", "her")  # was left speakerless


def test_a_verb_coordinated_with_a_passive_shares_its_subject_and_a_fronted_by_phrase_is_no_agent(pipeline):
    text = ('By the end of the day, Mr. Trump was forced into a rare moment of damage control and said that his '
            'words had been "misconstrued."')
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker_mention) == ("said", "Mr. Trump")


def test_the_subject_of_the_clause_a_participle_reports_is_not_its_speaker(pipeline):
    text = ("Clinton Communications Director Jennifer Palmieri called the idea that Clinton had anything to prove a "
            "“ridiculous proposition,” adding that the person who “needs to turn the narrative around is Donald Trump, "
            "not Hillary Clinton.”")  # the parse makes "person" the subject of "adding"
    adding = next(r for r in extracted(text, pipeline) if r.cue == "adding")
    assert adding.speaker == "Jennifer Palmieri" and adding.text.startswith("that the person")


def test_the_one_a_recording_shows_speaking_is_the_speaker(pipeline):
    text = ('The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead, you might ask?” '
            'The ad then cuts to footage of Trump saying that he would win.')
    records = extracted(text, pipeline)
    assert [(r.cue, r.speaker_mention) for r in records] == [("asking", "Hillary Clinton"), ("saying", "Trump")]


def test_a_participle_the_parse_hung_on_the_quoted_verb_speaks_for_the_main_clause(pipeline):
    text = ("Mr. Putin also veered close to an admission that Russian soldiers had fought in the war in eastern "
            "Ukraine, saying, ''We never said there were no people there solving certain questions, including in "
            "the military sphere,'' but he denied that they were on active duty with the regular army.")
    record = only(extracted(text, pipeline), kind="direct")
    assert (record.cue, record.speaker_mention, record.speaker) == ("saying", "Mr. Putin", "Putin")


def test_a_participle_after_a_dashed_aside_speaks_for_the_clause_the_aside_hangs_on(pipeline):
    text = ("Small groups of protesters marched in the streets around Bank of America Stadium - where the National "
            "Football League's Charlotte Panthers played the Minnesota Vikings - while chanting, \"Hands up, don't "
            "shoot.\"")  # the parse hangs "chanting" on "played", inside the dashes
    record = only(extracted(text, pipeline), kind="direct")
    assert (record.cue, record.speaker_mention) == ("chanting", "Small groups of protesters")


def test_a_main_verb_parsed_under_the_participle_of_a_reduced_relative_speaks_for_its_subject(pipeline):
    text = 'Protesters marching through the streets chanted "What curfew?"'
    record = only(extracted(text, pipeline))  # "marching" parsed as the root, "chanted" under it
    assert (record.kind, record.cue, record.speaker) == ("direct", "chanted", "protesters")


def test_a_free_relative_what_parsed_as_the_speakers_determiner_is_no_part_of_the_mention(pipeline):
    text = "The plan falls short of what scientists think is necessary to curb warming."
    record = only(extracted(text, pipeline))  # "what" parsed as a determiner of "scientists"
    assert (record.cue, record.speaker_mention) == ("think", "scientists")
    assert text[record.speaker_start:record.speaker_end] == "scientists"


def test_the_writers_even_before_a_speaker_is_no_part_of_the_mention(pipeline):
    text = "Even China, Pyongyang's only ally and its economic lifeline to the outside world, said the test was wrong."
    record = only(extracted(text, pipeline))
    assert text[record.speaker_start:record.speaker_end] == (
        "China, Pyongyang's only ally and its economic lifeline to the outside world,")


def test_the_noun_of_a_with_phrase_before_a_participle_speaks_for_it(pipeline):
    text = ("Mr. Trump has slightly improved his standing, with 30 percent of voters saying they have a positive "
            "view of him.")  # "saying" parsed under "improved", "percent" as its "with" phrase
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker_mention) == ("saying", "30 percent of voters")
    text = ("The 2016 Republican field is split, though, with Donald Trump, Mike Huckabee and Chris Christie all "
            "calling for more ethanol.")
    record = only(extracted(text, pipeline))
    assert record.speaker_mention == "Donald Trump, Mike Huckabee and Chris Christie"


def test_the_one_a_quote_was_said_of_is_not_its_speaker(pipeline):
    text = "''He is not qualified to run this country,'' Mr. Guerrero, who is an actor, said of Mr. Trump."
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker_mention, record.speaker) == ("said", "Mr. Guerrero, who is an actor,", "Guerrero")


@pytest.mark.parametrize("text,cue,mention,content", [
    ("Mrs. Clinton's position has angered some Democrats on the left, like Mr. Sanders.", "has angered",
     "some Democrats on the left", "Mrs. Clinton's position"),
    ("His behavior has angered the party's top figures.", "has angered", "the party's top figures", "His behavior"),
])
def test_the_one_a_verb_of_feeling_moves_is_the_source_of_what_moved_them(pipeline, text, cue, mention, content):
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.speaker_mention, record.text) == ("indirect", cue, mention, content)


@pytest.mark.parametrize("text", ["Mr. Rubio reflexively rattled off his talking points.",
                                  "Such a move could alienate his backers."])
def test_reciting_or_a_feeling_that_only_might_be_is_no_report_of_feeling(pipeline, text):
    assert not any(r.speaker_mention in ("his talking points", "his backers") for r in extracted(text, pipeline))


@pytest.mark.parametrize("text,mention,role", [
    ("A Trump supporter said the wall would be built.", "A Trump supporter", "Trump supporter"),
    ("One Obama insider described him as a brother.", "One Obama insider", "Obama insider"),
    ("One Trump confidant said the campaign was in disarray.", "One Trump confidant", "Trump confidant"),
])
def test_someone_described_by_a_name_is_not_that_name(pipeline, text, mention, role):
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.speaker, record.speaker_type, record.speaker_role) == (
        mention, None, "person", role)


def test_a_poll_named_for_its_pollster_is_the_pollster_s(pipeline):
    record = only(extracted("A CBS News poll found the plan would fail.", pipeline))
    assert (record.speaker_mention, record.speaker) == ("A CBS News poll", "CBS News")


@pytest.mark.parametrize("text,mention", [
    ("Republican presidential nominee Donald Trump on Friday endorsed Paul Ryan.",
     "Republican presidential nominee Donald Trump"),  # "Friday" hung on the name in apposition
    ("Judge Jane Branstetter Stranch, in her dissent, said the law was unfair to voters.",
     "Judge Jane Branstetter Stranch"),
    ('"We are vetting candidates," said Arturo Vargas, the head of the association, at its annual convention.',
     "Arturo Vargas, the head of the association,"),  # the comma closes the description, as PolNeAR marks it
    ('"I want my dues back," wrote Edward Nelson, a technician in Chalmette, on the union\'s Facebook page.',
     "Edward Nelson, a technician in Chalmette,")])
def test_a_time_or_circumstance_after_the_name_is_no_part_of_the_mention(pipeline, text, mention):
    record = extracted(text, pipeline)[0]
    assert record.speaker_mention == mention


def test_a_which_that_reports_after_a_comma_speaks_unnamed_where_no_antecedent_is_parsed(pipeline):
    text = "Mr. Smith traced the story to a website called Real News Right Now, which posts fake news stories."
    record = only(extracted(text, pipeline))
    assert (record.kind, record.cue, record.text, record.speaker_mention, record.speaker) == (
        "indirect", "posts", "fake news stories", "which", None)  # not Mr. Smith, the latest person


def test_an_interrogative_which_is_no_speaker(pipeline):
    text = "But which get answered says something about the candidates."
    assert extracted(text, pipeline) == []


def test_a_subject_parsed_as_the_sentence_root_speaks_for_the_finite_verb_after_it(pipeline):
    text = "Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, called the KKK “abhorrent“ in a tweet Sunday."
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker_mention, record.speaker) == ("called", "Sen. Ted Cruz (R-Texas)", "Ted Cruz")


def test_the_mention_of_a_speaker_parsed_as_the_root_stops_before_the_cues_clause(pipeline):
    record = only(extracted("Clinton to call for wider effort to fight terrorism", pipeline))  # a headline
    assert (record.cue, record.speaker_mention) == ("call for", "Clinton")


def test_a_predicate_noun_at_the_root_does_not_speak_for_the_verb_conjoined_to_it(pipeline):
    text = "She is a Sanders supporter but said she would vote for Clinton in November."
    assert only(extracted(text, pipeline)).speaker_mention == "She"


@pytest.mark.parametrize("text,cue,mention", [
    ("Schlafly also noted that Reagan and Trump have shown they are willing to negotiate.", "also noted", "Schlafly"),
    ("Appearing before cheering supporters Monday morning at NLD headquarters, Suu Kyi, 70, said it was too early "
     "to congratulate winners.", "said", "Suu Kyi, 70,"),
])
def test_a_name_right_before_a_subjectless_verb_speaks(pipeline, text, cue, mention):
    record = only(extracted(text, pipeline))
    assert (record.cue, record.speaker_mention) == (cue, mention)


@pytest.mark.parametrize("rows", [
    [("article", "NOUN", "NN", 1, "nsubj"), ("published", "VERB", "VBN", -1, "root"),  # a weekday is no name
     ("Friday", "PROPN", "NNP", 1, "obl:tmod"), ("found", "VERB", "VBD", 1, "conj"),
     ("records", "NOUN", "NNS", 3, "obj")],
    [("a", "DET", "DT", 1, "det"), ("report", "NOUN", "NN", 6, "nsubj"), ("by", "ADP", "IN", 3, "case"),  # nor one
     ("Cooperation", "PROPN", "NNP", 1, "nmod"), ("and", "CCONJ", "CC", 5, "cc"),  # after "and"
     ("Development", "PROPN", "NNP", 3, "conj"), ("found", "VERB", "VBD", -1, "root")],
])
def test_no_weekday_or_conjoined_name_speaks_as_the_name_right_before(rows):
    sentence = sentence_from_rows(rows)
    verb = next(w for w in sentence.words if w.text == "found")
    assert name_right_before(sentence, verb) is None


@pytest.mark.parametrize("text,cue,mention", [
    ("Democratic candidate Hillary Clinton called the agreement “an historic step forward” in global efforts to "
     "address climate change, applauding America’s leadership in the process.", "applauding",
     "Democratic candidate Hillary Clinton"),  # "applauding" parsed as a conjunct of "address"
    ("Establishment Republicans and their big-money allies are rushing to build a multistate defense system to protect "
     "Senate and House candidates, fearing that the party could lose its hold on Congress.", "fearing",
     "Establishment Republicans and their big-money allies"),
])
def test_a_participle_after_a_comma_speaks_for_the_main_clauses_subject(pipeline, text, cue, mention):
    record = with_cue(text, pipeline, cue)
    assert record.speaker_mention == mention


def test_a_participle_after_a_relative_clause_is_not_the_main_clauses(pipeline):
    text = ('Its post-primary salvo began with a 45-second Web ad, in which children use a Trump action figure to bash '
            'in a dollhouse, yelling "eminent domain!"')
    assert not any(r.speaker_mention == "Its post-primary salvo" for r in extracted(text, pipeline))


@pytest.mark.parametrize("rows,verb,expected", [
    # "Kirk, who faces a battle, rescinded his endorsement": the comma closes the subject's aside; the object
    # after a verb that is no speech verb is not an inverted speaker
    ([("Kirk", "PROPN", "NNP", 6, "nsubj"), (",", "PUNCT", ",", 3, "punct"), ("who", "PRON", "WP", 3, "nsubj"),
      ("faces", "VERB", "VBZ", 0, "acl:relcl"), ("a", "DET", "DT", 5, "det"), ("battle", "NOUN", "NN", 3, "obj"),
      (",", "PUNCT", ",", 3, "punct"), ("rescinded", "VERB", "VBD", -1, "root"),
      ("his", "PRON", "PRP$", 9, "nmod:poss"), ("endorsement", "NOUN", "NN", 7, "obj")], "rescinded", None),
    # "The economy is strong, said Smith": a speech verb after a comma puts its speaker after it
    ([("The", "DET", "DT", 1, "det"), ("economy", "NOUN", "NN", 3, "nsubj"), ("is", "AUX", "VBZ", 3, "cop"),
      ("strong", "ADJ", "JJ", 6, "ccomp"), (",", "PUNCT", ",", 3, "punct"), ("said", "VERB", "VBD", -1, "root"),
      ("Smith", "PROPN", "NNP", 5, "obj")], "said", "Smith"),
])
def test_only_a_speech_verb_after_a_comma_takes_the_name_after_it_for_its_speaker(rows, verb, expected):
    sentence = sentence_from_rows(rows)
    cue = next(w for w in sentence.words if w.text == verb)
    found = inverted_name(sentence, cue, sentence.children(cue.index))
    assert (found.text if found else None) == expected


@pytest.mark.parametrize("text,mention,speaker", [
    pytest.param("Bill Clinton spoke first. Mrs. Clinton listed Trump enterprises. ''Trump suits were made in Mexico,'' "
                 "she said.", "she", "Clinton", id="not the man named in full"),
    pytest.param("Hillary Clinton and Bill Clinton arrived together. Mrs. Clinton said the plan would work.",
                 "Mrs. Clinton", "Hillary Clinton", id="the woman named in full"),
    pytest.param("Sen. Lindsey Graham spoke on Monday. Mr. Graham said the deal was dead.", "Mr. Graham",
                 "Lindsey Graham", id="a first name borne by both"),
    pytest.param("Mrs. Clinton spoke in Iowa on Monday. Former President Bill Clinton agreed with the analysis. "
                 "''Iowa happened,'' he said.", "he", "Bill Clinton", id="a first name outweighs a surname's honorific"),
])
def test_a_mention_of_one_sex_is_not_a_person_of_the_other(pipeline, text, mention, speaker):
    record = mentioned(pipeline, text, mention)
    assert record.speaker == speaker


def test_a_name_the_parse_heads_with_its_adjective_is_an_antecedent(pipeline):
    text = ("Another GOP Figure Endorses Hillary Clinton.\n\nFormer Rep. Chris Shays (R-Conn.) was pro John Kasich "
            "while the Ohio governor was in the running, he said Wednesday morning.")
    record = mentioned(pipeline, text, "he")
    assert record.speaker == "Chris Shays"  # not the headline's "GOP Figure"


def test_the_possessor_of_a_gerund_is_no_antecedent(pipeline):
    text = ("Mr. Lou said there was nothing wrong with Mr. Lew's raising the excess capacity problem in the talks. "
            "But he suggested that the pressure came from critics back in the United States.")
    record = mentioned(pipeline, text, "he")
    assert record.speaker == "Lou"


@pytest.mark.parametrize("text,mention,speaker", [
    pytest.param("The Washington Post reported that the talks were over. The Post said the deal was off.", "The Post",
                 "Washington Post", id="the short name of a newspaper"),
    pytest.param("The Republican Congress passed the bill on Monday. Congress said the deal was off.", "Congress",
                 "Congress", id="an institution's own name"),
])
def test_a_one_word_organization_is_the_longer_name_ending_with_it(pipeline, text, mention, speaker):
    record = mentioned(pipeline, text, mention)
    assert record.speaker == speaker


@pytest.mark.parametrize("text,mention,speaker", [
    pytest.param("The popularity of Sanders shows that voters want change.", "The popularity of Sanders",
                 "popularity of Sanders", id="what happens to someone"),
    pytest.param("Hillary Clinton spoke on Monday. Clinton's aggressive attack on Trump suggested that she was worried.",
                 "Clinton's aggressive attack on Trump", "Clinton's aggressive attack on Trump", id="not its object"),
    pytest.param("Trump won the endorsement of former Sen. Gordon Humphrey, who said the party must unite.", "who",
                 "Gordon Humphrey", id="a relative after it goes to the name"),
])
def test_an_event_speaks_for_nobody_named_in_it(pipeline, text, mention, speaker):
    record = mentioned(pipeline, text, mention)
    assert record.speaker == speaker


def test_a_description_set_off_after_a_name_is_that_name(pipeline):
    text = ("Sanders won the state. After winning narrowly in Iowa, Clinton, the once-presumptive nominee, said she was "
            "confident.")
    record = mentioned(pipeline, text, "the once-presumptive nominee")
    assert record.speaker == "Clinton"


def test_a_description_after_a_list_ending_in_a_name_is_not_that_name(pipeline):
    text = ("Sanders won the state. In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic "
            "candidate said she was confident.")
    record = mentioned(pipeline, text, "the Democratic candidate")
    assert record.speaker != "Mika Brzezinski"


def test_the_candidate_is_the_one_the_headline_names(pipeline):
    text = ("Trump hires conservative website chief.\n\nMr. Trump met his advisers on Monday. Mr. Lewandowski was fired "
            "in June.\n\nThe candidate said the campaign was in good shape.")
    record = mentioned(pipeline, text, "The candidate")
    assert record.speaker == "Trump"  # not Lewandowski, the latest subject


def test_each_candidate_is_nobody_in_particular(pipeline):
    text = "Bernie Sanders won the state. Each candidate said the race was far from over."
    record = mentioned(pipeline, text, "Each candidate")
    assert record.speaker is None


@pytest.mark.parametrize("text", [
    'Nvidia Corp said on Wednesday that revenue would rise. "It was a good quarter," Nvidia said.',
    '"It was a good quarter," Nvidia said. Nvidia Corp said on Wednesday that revenue would rise.',
])
def test_a_company_and_its_legal_name_are_one_organization(pipeline, text):
    records = extracted(text, pipeline)
    assert {(r.speaker, r.speaker_type) for r in records} == {("Nvidia Corp", "organization")}


def test_police_in_a_text_that_names_one_force_is_that_force(pipeline):
    text = "A man was charged with murder, police said. West Yorkshire Police said officers were called at 11 pm."
    assert {r.speaker for r in extracted(text, pipeline)} == {"West Yorkshire Police"}


def test_a_title_alone_is_no_name(pipeline):
    text = ("Chancellor rejects calls for windfall tax\n\nThe Chancellor has rejected calls for a new windfall tax, "
            "insisting that it would hurt investment.")
    records = extracted(text, pipeline)
    assert records and all(r.speaker is None and r.speaker_role == "Chancellor" for r in records)


@pytest.mark.parametrize("text, mention, speaker", [
    ('Larry King spoke on Monday. Ed Schultz listened. "It was fine," Mr. King said.', "Mr. King", "Larry King"),
    ('Gov. Jim Justice spoke. Tom Clarke listened. Justice said the plan was fine. "It was fine," he said.', "he",
     "Jim Justice"),
])
def test_a_surname_that_is_also_a_title_is_a_name(pipeline, text, mention, speaker):
    assert mentioned(pipeline, text, mention).speaker == speaker


@pytest.mark.parametrize("text, mention, speaker", [
    ('"Supply will be tight," said Tamas Varga of oil broker PVM.', "Tamas Varga of oil broker PVM", "Tamas Varga"),
    ('"It works," said Dr. Jane Doe of research firm Gartner.', "Dr. Jane Doe of research firm Gartner", "Jane Doe"),
    ("Not everyone is convinced. Dr. Peter Chang of the University of California, San Francisco, who was not "
     'involved in the study, called the results "encouraging but not a breakthrough."',
     "Dr. Peter Chang of the University of California, San Francisco, who was not involved in the study,",
     "Peter Chang"),
])
def test_a_person_of_an_organization_is_the_person(pipeline, text, mention, speaker):
    """The name before "of" speaks, not the firm or the place after it, however the parse cuts the phrase."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (speaker, "person")


@pytest.mark.parametrize("text, mention, speaker", [
    ('Of Carson, Levine, who has given money to Rubio, said: "He is a circus act."',
     "Levine, who has given money to Rubio,", "Levine"),
    ("At one point on Sunday, Trump, who has nearly 9 million followers, tweeted that he was right.",
     "Trump, who has nearly 9 million followers,", "Trump"),
])
def test_a_name_before_a_relative_clause_in_a_phrase_stays_the_speaker(pipeline, text, mention, speaker):
    assert mentioned(pipeline, text, mention).speaker == speaker


@pytest.mark.parametrize("text, mention, role, kind", [
    ("Tech CEO says AI will not replace programmers", "Tech CEO", "Tech CEO", "person"),
    ("Obama aide says deal is near", "Obama aide", "Obama aide", "person"),
    ("A new study finds that coffee is good for the heart.", "A new study", "new study", "unknown"),
    ("Polls were mixed. The poll found that Clinton leads among women.", "The poll", "poll", "unknown"),
    ('"Apple will not allow this," tweeted one developer.', "one developer", "developer", "unknown"),
    ('As one regular put it: "You don\'t replace a man like Earl."', "one regular", "regular", "unknown"),
    ("A developer said the app was broken.", "A developer", "developer", "unknown"),
])
def test_a_description_a_document_or_an_indefinite_noun_names_nobody(pipeline, text, mention, role, kind):
    """A headline's "Tech CEO" is no person called "Tech CEO"; "the poll" is no one named before it; "a developer" is
    no speaker called "developer", who would gather every developer of a corpus. A listed person noun ("aide") or a
    title ("CEO") makes the one unnamed a person."""
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type, record.speaker_role) == (None, kind, role)


@pytest.mark.parametrize("text, mention, speaker", [
    ("A survey published by NBC News found that voters were angry.", "A survey published by NBC News", "NBC News"),
    ("A poll by Quinnipiac University found that Trump leads in Ohio.", "A poll by Quinnipiac University",
     "Quinnipiac University"),
])
def test_a_poll_speaks_for_its_author(pipeline, text, mention, speaker):
    assert mentioned(pipeline, text, mention).speaker == speaker


def test_coordinated_names_keep_a_first_word_tagged_an_adjective(pipeline):
    record = mentioned(pipeline, "The New York Times and ABC News reported that Trump leads.",
                       "The New York Times and ABC News")
    assert (record.speaker, record.speaker_type) == ("New York Times and ABC News", "group")


def test_a_possessor_across_a_comma_is_no_part_of_the_mention(pipeline):
    text = "New drug slows memory loss in early Alzheimer's, study finds"
    [record] = extracted(text, pipeline)
    assert (record.cue, record.speaker_mention, record.speaker) == ("finds", "study", None)


def test_an_attorney_general_set_off_before_the_name_is_the_name(pipeline):
    """The parse may take "general" for a clause of its own; it is the title's (quotes.parse_repairs mends it)."""
    record = mentioned(pipeline, "The state's attorney general, Lynn Fitch, said she would appeal.",
                       "The state's attorney general, Lynn Fitch,")
    assert (record.speaker, record.speaker_role) == ("Lynn Fitch", "state's attorney general")


def test_a_name_after_its_description_before_a_subjectless_cue(pipeline):
    text = "Asked about the cost, a spokeswoman for the mayor, Zach Seidl, said details would be released next month."
    record = next(r for r in extracted(text, pipeline) if r.cue == "said")
    assert (record.speaker, record.text) == ("Zach Seidl", "details would be released next month")


def test_figures_speak_for_whoever_published_them(pipeline):
    text = "Waiting lists have reached a record 7.8 million, according to figures published by NHS England on Thursday."
    [record] = extracted(text, pipeline)
    assert (record.speaker, record.speaker_type, record.speaker_role) == ("NHS England", "organization", "figures")


@pytest.mark.parametrize("text, mention", [
    ("A group of rabbis said they would boycott the speech.", "A group of rabbis"),
    ("A majority of voters said the country was on the wrong track.", "A majority of voters"),
])
def test_an_indefinite_group_still_speaks(pipeline, text, mention):
    assert mentioned(pipeline, text, mention).speaker is not None


def test_she_after_an_unnamed_subject_who_quotes_nothing_names_nobody_before(pipeline):
    text = ("Steffen Hebestreit spoke on Monday. Sources close to the Greens said the party was considering leaving "
            'the coalition, but a party spokeswoman denied this. "There are no such plans," she said.')
    record = mentioned(pipeline, text, "she")
    assert record.speaker is None  # the spokeswoman, unnamed; not Hebestreit


def test_an_unnamed_subject_inside_a_reported_clause_blocks_nothing(pipeline):
    text = ("Donald Trump has said that a Muslim judge would not treat him fairly. "
            '"I am being treated very unfairly," he said.')
    assert mentioned(pipeline, text, "he").speaker == "Donald Trump"


@pytest.mark.parametrize("text, mention, speaker", [
    ("Xi Jinping met his Mexican counterpart, Andrés Manuel López Obrador, on Monday. López Obrador said Mexico "
     'wanted "good relations with everyone".', "López Obrador", "Andrés Manuel López Obrador"),
    ('Bob Vander Plaats endorsed Cruz on Monday. "He is the one," Mr. Vander Plaats said.', "Mr. Vander Plaats",
     "Bob Vander Plaats"),
])
def test_a_two_word_surname_takes_the_full_name_written_in_the_text(pipeline, text, mention, speaker):
    assert mentioned(pipeline, text, mention).speaker == speaker


def test_first_names_are_found_without_their_accents():
    from quotes.names import is_first_name
    assert is_first_name("Andrés") and is_first_name("José") and not is_first_name("Obrador")


@pytest.mark.parametrize("text, mention, speaker, role", [
    ('Pope Francis visited Lisbon. "Be courageous," the pontiff told the crowd.', "the pontiff", "Pope Francis",
     "pontiff"),
    ("Premier Li Qiang said growth would pick up.", "Premier Li Qiang", "Li Qiang", "Premier"),
    ("Sheikh Mohammed bin Rashid said the city would grow.", "Sheikh Mohammed bin Rashid", "Mohammed bin Rashid",
     "Sheikh"),
])
def test_titles_beyond_american_politics(pipeline, text, mention, speaker, role):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_role) == (speaker, role)


@pytest.mark.parametrize("text, mention, speaker", [
    ("Boeing said on Monday it would cut jobs. A spokeswoman for the company said it would cooperate with "
     "investigators.", "A spokeswoman for the company", "Boeing"),
    ("The Environmental Protection Agency proposed new rules on Monday. A spokesman for the agency said the rules "
     "would save lives.", "A spokesman for the agency", "Environmental Protection Agency"),
])
def test_a_spokesperson_for_the_company_speaks_for_the_company_named_before(pipeline, text, mention, speaker):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


def test_one_aide_of_a_named_person_is_someone_new(pipeline):
    record = mentioned(pipeline, '"That is no response," one Clinton aide said late last month.', "one Clinton aide")
    assert (record.speaker, record.speaker_role) == (None, "Clinton aide")


def test_a_headline_verb_is_no_part_of_a_full_name(pipeline):
    text = ("Chuck Grassley Compares Trump’s Racism To Sonia Sotomayor\n\nSen. Chuck Grassley on Wednesday downplayed "
            'Donald Trump’s attack on a federal judge. "The judge is a hater," Trump said on Thursday.')
    assert mentioned(pipeline, text, "Trump").speaker == "Donald Trump"


def test_the_company_with_no_company_named_before_names_nobody(pipeline):
    """No speaker "company" that would gather every company of a corpus."""
    record = mentioned(pipeline, "The company said profits rose in the third quarter.", "The company")
    assert (record.speaker, record.speaker_role) == (None, "company")


@pytest.mark.parametrize("text, mention, speaker", [
    ("Donald Trump spoke in Ohio on Monday. His campaign said the rally drew 10,000 people.", "His campaign",
     "Trump campaign"),
    ("Hillary Clinton spoke on Monday. Her campaign said she would win the state.", "Her campaign", "Clinton campaign"),
])
def test_his_campaign_is_the_campaign_of_whom_his_stands_for(pipeline, text, mention, speaker):
    record = mentioned(pipeline, text, mention)
    assert (record.speaker, record.speaker_type) == (speaker, "organization")


def test_a_name_set_off_before_an_indefinite_description_speaks(pipeline):
    text = "Grant Young, another unaligned Iowa Republican strategist, said there are advantages for a front-runner."
    record = mentioned(pipeline, text, "another unaligned Iowa Republican strategist")
    assert (record.speaker, record.speaker_role) == ("Grant Young", "unaligned Iowa Republican strategist")
    aide = mentioned(pipeline, 'Clinton, a top aide said, "is very confident in the contrast."', "a top aide")
    assert aide.speaker != "Clinton"  # not a name the description follows without closing its apposition


def test_an_article_before_a_compound_is_not_the_plural_speakers(pipeline):
    text = ("Oil prices rose on Monday after OPEC+ agreed to extend production cuts into next year, a move analysts "
            "said would tighten supply.")
    record = next(r for r in extracted(text, pipeline) if r.cue == "said")
    assert (record.speaker, record.speaker_type) == ("analysts", "group")


@pytest.mark.parametrize("text, mention", [
    ("Goldman Sachs raised its Brent forecast to $90, saying in a note to clients that inventories would fall faster "
     "than expected.", "Goldman Sachs"),
    ("Wells Fargo said it would pay a fine.", "Wells Fargo"),
])
def test_well_known_banks_are_organizations(pipeline, text, mention):
    """Two capitalised words, neither a title: a person's name unless the company is known ("Sachs" is even tagged
    plural)."""
    assert mentioned(pipeline, text, mention).speaker_type == "organization"
