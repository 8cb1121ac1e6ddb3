"""Who speaks and what they said, in articles written as a user would run the tool on them (the fifty-sixth session's):
a title with its name after an inverted "said" whose subject the parse found inside the quotation; a ship named with
"the" beside the company that owns it; a demonym that rules out a person of another nation; a place before a noun for
a person ("the Belfast fighter"); a first name spelt like a preposition ("Per Mertesacker"); a verb after a relative
clause taken for a modifier; a verb after a quoted predicate that the speaker did; a product recall; a name set off
after "while" and a noun; a first name ending in "-ing"; a title with a place after it in the lede; the one asked to
do something; a vet's title; "ago" after a span of time; a school year; "in what rescuers described as"; "Opec+";
"with fewer than 10,000 thought to be left"; two nouns before a plural verb after "said"; "..., says charity"; a
company named by its first word."""

from __future__ import annotations

from tests.conftest import extracted, only, reporting


def test_a_titled_name_after_an_inverted_said_speaks_not_the_owner_of_the_title(pipeline):
    text = ("The Joseph Rowntree Foundation said the figure had risen for the fourth year in a row.\n"
            "\"These are not just numbers. These are children going to school hungry,\" said the charity's chief "
            "executive, Paul Kissack.")
    record = reporting(text, pipeline, "children going to school")
    assert (record.speaker, record.speaker_role) == ("Paul Kissack", "charity's chief executive")


def test_a_ship_named_with_the_is_not_the_company_that_owns_it(pipeline):
    text = ("Shipping company Maersk has paused all voyages through the Red Sea after one of its vessels came under "
            "attack.\n"
            "The Danish company said the Maersk Hangzhou had been hit by a missile on Saturday.\n"
            "\"We have decided to pause all transits through the area for 48 hours,\" Maersk said in a statement.")
    records = extracted(text, pipeline)
    assert [(r.speaker, r.speaker_type) for r in records] == [("Maersk", "organization")] * 2


def test_a_demonym_is_not_a_person_described_as_from_another_nation(pipeline):
    text = ("Belgian rider Wout Jansen won the 14th stage of the Tour de France on Saturday.\n"
            "\"I didn't believe it until the line,\" Jansen said.\n"
            "The yellow jersey stayed with Tadej Pogacar, who finished safely in the main group. \"It was a calm day "
            "for us,\" the Slovenian told French television.")
    assert reporting(text, pipeline, "a calm day").speaker != "Wout Jansen"


def test_a_place_before_a_noun_for_a_person_describes_the_person_named_before(pipeline):
    text = ("Two-time world champion Carl Frampton has announced his retirement from boxing.\n"
            "In a video posted on social media, the Belfast fighter thanked his fans. \"It's time to be a dad,\" he "
            "said.")
    assert reporting(text, pipeline, "time to be a dad").speaker == "Carl Frampton"
    assert reporting(text, pipeline, "his fans").speaker_role == "Belfast fighter"


def test_a_first_name_spelt_like_a_preposition_is_a_name(pipeline):
    text = ("Ex-footballer launches mental health charity\n"
            "Former Arsenal defender Per Mertesacker has launched a charity to support young footballers.\n"
            "The German said he wanted to \"break the silence\".")
    assert reporting(text, pipeline, "break the silence").speaker == "Per Mertesacker"


def test_a_verb_after_a_relative_clause_is_the_subjects_verb(pipeline):
    text = ("The men, who were wearing balaclavas, smashed display cases with hammers before fleeing on mopeds, "
            "police said.")
    record = reporting(text, pipeline, "The men")
    assert record.text == ("The men, who were wearing balaclavas, smashed display cases with hammers before fleeing "
                           "on mopeds")
    assert record.speaker == "police"


def test_a_verb_after_a_quoted_predicate_is_the_speakers_own(pipeline):
    text = "An Aldi spokesman said the recall was \"a precautionary measure\" and apologised to customers."
    assert reporting(text, pipeline, "the recall").text == "the recall was \"a precautionary measure\""


def test_a_product_recall_is_no_report(pipeline):
    text = ("Supermarket recalls chicken over salmonella fears\n"
            "Supermarket chain Aldi is recalling some of its cooked chicken products because they may contain "
            "salmonella.")
    assert extracted(text, pipeline) == []


def test_a_name_set_off_after_while_and_a_noun_speaks_for_the_verb_after_it(pipeline):
    text = ("Home Secretary Yvette Cooper said the figures showed \"the mess we inherited\", while her Conservative "
            "shadow, Chris Philp, insisted the fall was the result of his party's policies.")
    record = reporting(text, pipeline, "the result of his party's policies")
    assert (record.speaker, record.speaker_role, record.cue) == ("Chris Philp", "her Conservative shadow", "insisted")


def test_a_first_name_like_a_participle_is_a_name(pipeline):
    text = ("Aisling Murphy, a student at Coláiste Choilm, tested water samples from 20 rivers over two years.\n"
            "\"I never expected to win,\" she said.")
    assert reporting(text, pipeline, "expected to win").speaker == "Aisling Murphy"


def test_a_title_with_a_place_after_it_in_the_lede_is_the_one_named_next(pipeline):
    text = ("Gaza talks at critical moment\n"
            "Talks on a ceasefire in Gaza have reached \"a critical moment\", the US envoy to the Middle East said on "
            "Wednesday.\n"
            "Speaking in Cairo, Steve Witkoff said both sides had \"moved closer\".")
    assert reporting(text, pipeline, "Talks on a ceasefire").speaker == "Steve Witkoff"


def test_the_one_asked_with_a_phrase_before_the_infinitive_is_part_of_the_request(pipeline):
    text = "South Wales Police said it was investigating and asked anyone with information to call 101."
    assert reporting(text, pipeline, "call 101").text == "anyone with information to call 101"


def test_a_vet_before_a_name_is_a_role(pipeline):
    text = "Vet Rhian Edwards, who treated two of the dogs, said they had eaten meat laced with slug pellets."
    record = reporting(text, pipeline, "slug pellets")
    assert (record.speaker, record.speaker_role) == ("Rhian Edwards", "Vet")


def test_ago_after_a_span_of_time_is_no_part_of_the_cue(pipeline):
    text = ("A secondary school in Kent that banned mobile phones two years ago says exam results have improved and "
            "bullying has fallen.")
    record = reporting(text, pipeline, "exam results")
    assert (record.cue, record.speaker_role) == ("says", "secondary school in Kent")


def test_a_school_year_before_a_pupil_is_part_of_the_role(pipeline):
    text = "One Year 11 pupil, Ella, 16, said she was \"less stressed\" without her phone."
    record = reporting(text, pipeline, "less stressed")
    assert (record.speaker, record.speaker_role) == ("Ella", "Year 11 pupil")


def test_what_before_the_speaker_of_a_free_relative_is_no_part_of_the_mention(pipeline):
    text = "A climber has been rescued in what rescuers described as one of the toughest operations in years."
    assert next(r for r in extracted(text, pipeline) if r.cue == "described").speaker_mention == "rescuers"


def test_opec_plus_is_an_organization(pipeline):
    text = "Oil prices rose by more than 4% on Monday after Opec+ announced an unexpected cut in production."
    assert [(r.speaker, r.speaker_type) for r in extracted(text, pipeline)] == [("Opec+", "organization")]


def test_those_thought_to_be_left_are_no_speaker(pipeline):
    text = "Red pandas are listed as endangered, with fewer than 10,000 thought to be left in the wild."
    record = reporting(text, pipeline, "left in the wild")
    assert (record.speaker, record.speaker_mention) == (None, None)


def test_two_nouns_before_a_plural_verb_after_said_are_one_subject(pipeline):
    text = "Dyfed-Powys Police said the pilot and a passenger were pronounced dead at the scene."
    assert only(extracted(text, pipeline)).text == "the pilot and a passenger were pronounced dead at the scene"


def test_a_bare_body_after_an_inverted_says_in_a_headline_speaks(pipeline):
    text = "Cancer patients waiting too long, says charity\nThe figures were published on Thursday."
    record = only(extracted(text, pipeline))
    assert (record.speaker_mention, record.text) == ("charity", "Cancer patients waiting too long")


def test_a_company_named_by_its_first_word_before_a_spokesperson_is_the_company(pipeline):
    text = ("Avanti West Coast has been fined £1m after passengers were trapped on a broken-down train.\n"
            "An Avanti spokesperson said the company accepted the fine.")
    record = reporting(text, pipeline, "accepted the fine")
    assert (record.speaker, record.speaker_type) == ("Avanti West Coast", "organization")
