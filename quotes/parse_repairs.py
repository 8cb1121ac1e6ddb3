"""Parse repairs: mend, in place, the tags and relations of one sentence's words that the tagger and parser are known to
get wrong in news text (reporting verbs hung on nouns, "that" clauses taken for relative clauses, ...).
:func:`repair_parse` applies them all, with those of who a verb's subject is from :mod:`quotes.subject_repairs` (a
subject inside a quotation: :mod:`quotes.quoted_subject_repairs`; in a relative clause: :mod:`quotes.relative_repairs`;
after an opening clause: :mod:`quotes.opening_clause_repairs`), of a closing reporting verb from
:mod:`quotes.closing_reports` (its subject: :mod:`quotes.closing_subjects`; what follows it:
:mod:`quotes.closing_tails`), of a name set off by commas from :mod:`quotes.apposition_repairs`, of the clause a
reporting verb reports from :mod:`quotes.report_repairs` (reports to someone: :mod:`quotes.told_repairs`), of numbers
near a reporting verb from :mod:`quotes.number_repairs`, of a headline from :mod:`quotes.headline_repairs`, of set
phrases from :mod:`quotes.idiom_repairs`, of names from :mod:`quotes.name_repairs`, :mod:`quotes.verb_name_repairs` and
:mod:`quotes.conjoined_name_repairs`, of possessives from :mod:`quotes.possessive_repairs`, of titles from
:mod:`quotes.title_repairs` and of a word's part of speech from :mod:`quotes.tag_repairs`; :mod:`quotes.parsing` calls
it on every sentence it builds, and the benchmarks on cached parses, so that both read the same parse.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes.lexicon import SPEECH_VERBS
from quotes.conjoined_name_repairs import (repair_ampersand_names, repair_conjoined_names,
                                            repair_described_conjunct_names, repair_listed_titled_names)
from quotes.name_repairs import (repair_described_name_obliques, repair_modal_names, repair_name_ending_complements,
                                 repair_name_tags, repair_named_body_tags, repair_named_roots,
                                 repair_national_body_tags, repair_noun_objects, repair_plural_person_tags,
                                 repair_preposition_first_names, repair_reports_inside_names, repair_title_headed_names,
                                 repair_titled_as_names)
from quotes.possessive_repairs import (repair_possessed_appositions, repair_possessive_marks, repair_possessive_names,
                                       repair_possessive_titles, repair_set_off_possessors, repair_titled_possessors)
from quotes.verb_name_repairs import (repair_infinitive_names, repair_inverted_verb_names,
                                      repair_participle_first_names, repair_participle_place_names,
                                      repair_verb_led_names, repair_verb_names, repair_verb_tagged_endings)
from quotes.apposition_repairs import (repair_apposition_predicates, repair_called_names, repair_conjoined_titles,
                                       repair_conjunct_appositions, repair_described_appositions,
                                       repair_hyphenated_descriptions, repair_hyphenated_titles, repair_ranked_titles,
                                       repair_relative_appositions, repair_set_off_predicates, repair_stray_relatives,
                                       repair_subordinate_set_off_subjects, repair_title_of_names, repair_title_phrases,
                                       repair_titled_appositions, repair_titled_root_predicates,
                                       repair_unmarked_possessors, repair_unpunctuated_appositions)
from quotes.title_repairs import (repair_clausal_names, repair_co_titles, repair_elect_titles, repair_ex_titles,
                                  repair_flat_common_titles, repair_flat_titles, repair_fronted_title_words,
                                  repair_general_titles, repair_listed_remits, repair_organization_titles,
                                  repair_paired_titles, repair_participle_titles, repair_postpositive_titles,
                                  repair_team_headed_titles)
from quotes.headline_repairs import (repair_headline_closing_speakers, repair_headline_compound_subjects,
                                     repair_headline_plural_subjects, repair_headline_plural_verbs,
                                     repair_headline_small_clauses, repair_headline_told_hearings,
                                     repair_headline_verb_subjects)
from quotes.idiom_repairs import repair_as_far_as, repair_in_writing, repair_speaking_as_clauses, repair_think_tanks
from quotes.number_repairs import (repair_ago_phrases, repair_closing_day_subjects, repair_comparative_numbers,
                                   repair_count_subjects, repair_day_verbs, repair_hyphenated_numbers,
                                   repair_reported_amounts, repair_said_times, repair_school_years, repair_subject_days,
                                   repair_up_to_numbers)
from quotes.report_repairs import (repair_according_participles, repair_addressee_participles, repair_bare_passives,
                                   repair_control_infinitives, repair_described_sources, repair_medium_clauses,
                                   repair_passive_conjunct_subjects, repair_prepositional_complements,
                                   repair_relative_clause_verbs, repair_report_conjuncts, repair_reporter_conjuncts,
                                   repair_said_objects, repair_semicolon_clauses, repair_split_said_subjects,
                                   repair_statement_participles, repair_that_adverbials)
from quotes.quoted_subject_repairs import repair_quoted_subjects, repair_quoted_vocatives
from quotes.told_repairs import (repair_message_addressees, repair_released_statement_clauses, repair_told_compounds,
                                 repair_told_names_as_clauses, repair_told_participle_clauses, repair_told_pronouns,
                                 repair_told_relatives, repair_told_subjects, repair_told_that)
from quotes.closing_reports import (repair_closing_conjunct_reports, repair_closing_described_reports,
                                    repair_closing_noun_reports, repair_closing_participle_reports,
                                    repair_closing_participle_subjects, repair_closing_relative_reports,
                                    repair_closing_verbs, repair_since_time_subjects)
from quotes.closing_subjects import (repair_closing_acronym_subjects, repair_closing_apposed_subjects,
                                     repair_closing_described_names, repair_closing_joint_subjects,
                                     repair_closing_name_subjects, repair_closing_object_subjects,
                                     repair_closing_participle_objects, repair_closing_relative_subjects,
                                     repair_closing_report_subjects, repair_closing_subject_descriptions,
                                     repair_compounded_inverted_names, repair_quoted_report_subjects)
from quotes.closing_tails import repair_closing_as_clauses, repair_closing_comparisons, repair_closing_report_tails
from quotes.relative_repairs import (repair_reduced_relative_subjects, repair_relative_noun_tags,
                                     repair_relative_predicates, repair_relative_verbs,
                                     repair_unmarked_naming_relatives, repair_whose_subject_clauses)
from quotes.opening_clause_repairs import (repair_described_clause_subjects, repair_fronted_participles,
                                           repair_participle_clause_subjects, repair_participle_modifiers)
from quotes.subject_repairs import (repair_adjective_subjects, repair_apposed_subjects, repair_emphatic_reflexives,
                                    repair_inverted_appositions, repair_inverted_descriptions, repair_inverted_objects,
                                    repair_listed_subjects, repair_nominal_complements, repair_place_appositions,
                                    repair_prepositional_subjects, repair_subordinate_subjects,
                                    repair_time_tagged_subjects, repair_vocative_subjects)
from quotes.tag_repairs import (repair_false_superlatives, repair_nationality_adjectives, repair_nominal_adjectives,
                                repair_record_levels, repair_verb_tags, repair_worded_punctuation)
from quotes.trees import has_subject, is_under, root_word

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_parse(words: list[Word]) -> None:
    """Mend, in place, the tags and relations of one sentence's words that the tagger and parser are known to get
    wrong (each repair below); applying it twice changes nothing more."""
    repair_unmarked_agents(words)
    repair_hyphenated_numbers(words)
    repair_ago_phrases(words)
    repair_school_years(words)
    repair_day_verbs(words)
    repair_false_superlatives(words)
    repair_nationality_adjectives(words)
    repair_record_levels(words)
    repair_worded_punctuation(words)
    repair_think_tanks(words)
    repair_in_writing(words)
    repair_speaking_as_clauses(words)
    repair_name_tags(words)
    repair_participle_first_names(words)
    repair_participle_place_names(words)
    repair_preposition_first_names(words)
    repair_named_body_tags(words)
    repair_national_body_tags(words)
    repair_conjoined_names(words)
    repair_ampersand_names(words)
    repair_listed_titled_names(words)
    repair_described_conjunct_names(words)
    repair_possessive_marks(words)
    repair_possessive_names(words)
    repair_set_off_possessors(words)
    repair_possessive_titles(words)
    repair_hyphenated_titles(words)
    repair_hyphenated_descriptions(words)
    repair_unpunctuated_appositions(words)
    repair_elect_titles(words)
    repair_ex_titles(words)
    repair_general_titles(words)
    repair_paired_titles(words)
    repair_listed_remits(words)
    repair_clausal_names(words)
    repair_ranked_titles(words)
    repair_titled_appositions(words)
    repair_called_names(words)
    repair_described_appositions(words)
    repair_conjunct_appositions(words)
    repair_relative_appositions(words)
    repair_stray_relatives(words)
    repair_conjoined_titles(words)
    repair_unmarked_possessors(words)
    repair_title_phrases(words)
    repair_title_of_names(words)
    repair_noun_objects(words)
    repair_described_name_obliques(words)
    repair_plural_person_tags(words)
    repair_verb_names(words)
    repair_inverted_verb_names(words)
    repair_verb_tagged_endings(words)
    repair_verb_led_names(words)
    repair_infinitive_names(words)
    repair_reports_inside_names(words)
    repair_named_roots(words)
    repair_name_ending_complements(words)
    repair_titled_as_names(words)
    repair_verb_tags(words)
    repair_relative_noun_tags(words)
    repair_unmarked_naming_relatives(words)
    repair_modal_names(words)
    repair_postpositive_titles(words)
    repair_passive_said(words)
    repair_reduced_reports(words)
    repair_message_addressees(words)
    repair_told_that(words)
    repair_released_statement_clauses(words)
    repair_told_subjects(words)
    repair_told_compounds(words)
    repair_told_relatives(words)
    repair_told_pronouns(words)
    repair_told_participle_clauses(words)
    repair_told_names_as_clauses(words)
    repair_statement_participles(words)
    repair_addressee_participles(words)
    repair_bare_passives(words)
    repair_said_objects(words)
    repair_quoted_subjects(words)
    repair_quoted_vocatives(words)
    repair_relative_clause_verbs(words)
    repair_according_participles(words)
    repair_control_infinitives(words)
    repair_up_to_numbers(words)
    repair_comparative_numbers(words)
    repair_reported_amounts(words)
    repair_count_subjects(words)
    repair_said_times(words)
    repair_subject_days(words)
    repair_closing_day_subjects(words)
    repair_described_sources(words)
    repair_headline_small_clauses(words)
    repair_headline_closing_speakers(words)
    repair_headline_plural_subjects(words)
    repair_headline_told_hearings(words)
    repair_headline_verb_subjects(words)
    repair_headline_compound_subjects(words)
    repair_headline_plural_verbs(words)
    repair_split_said_subjects(words)
    repair_compound_subjects(words)
    repair_participle_titles(words)
    repair_co_titles(words)
    repair_that_adverbials(words)
    repair_where_clauses(words)
    repair_as_far_as(words)
    repair_semicolon_clauses(words)
    repair_medium_clauses(words)
    repair_prepositional_complements(words)
    repair_report_conjuncts(words)
    repair_reporter_conjuncts(words)
    repair_passive_conjunct_subjects(words)
    repair_emphatic_reflexives(words)
    repair_closing_verbs(words)
    repair_closing_noun_reports(words)
    repair_closing_described_reports(words)
    repair_relative_predicates(words)
    repair_whose_subject_clauses(words)
    repair_closing_report_tails(words)
    repair_apposed_subjects(words)
    repair_time_tagged_subjects(words)
    repair_fronted_participles(words)
    repair_participle_modifiers(words)
    repair_participle_clause_subjects(words)
    repair_described_clause_subjects(words)
    repair_compounded_inverted_names(words)
    repair_inverted_appositions(words)
    repair_inverted_objects(words)
    repair_inverted_descriptions(words)
    repair_nominal_complements(words)
    repair_relative_verbs(words)
    repair_closing_report_subjects(words)
    repair_closing_object_subjects(words)
    repair_closing_participle_objects(words)
    repair_closing_relative_subjects(words)
    repair_closing_acronym_subjects(words)
    repair_closing_apposed_subjects(words)
    repair_closing_described_names(words)
    repair_closing_relative_reports(words)
    repair_closing_conjunct_reports(words)
    repair_closing_participle_reports(words)
    repair_closing_participle_subjects(words)
    repair_closing_as_clauses(words)
    repair_closing_comparisons(words)
    repair_since_time_subjects(words)
    repair_closing_name_subjects(words)
    repair_closing_subject_descriptions(words)
    repair_closing_joint_subjects(words)
    repair_quoted_report_subjects(words)
    repair_flat_common_titles(words)  # before repair_flat_titles, which takes up the title it leaves at the head
    repair_flat_titles(words)
    repair_team_headed_titles(words)
    repair_fronted_title_words(words)
    repair_titled_appositions(words)  # again after the titles' repairs, which may hang the name's noun on the title
    repair_reduced_relative_subjects(words)
    repair_vocative_subjects(words)
    repair_listed_subjects(words)
    repair_place_appositions(words)
    repair_adjective_subjects(words)
    repair_subordinate_subjects(words)
    repair_nominal_adjectives(words)
    repair_apposition_predicates(words)
    repair_named_roots(words)  # again: the predicate may hang on a title the parse made the root
    repair_titled_root_predicates(words)
    repair_set_off_predicates(words)
    repair_subordinate_set_off_subjects(words)
    repair_prepositional_subjects(words)
    repair_organization_titles(words)
    repair_titled_possessors(words)
    repair_possessed_appositions(words)
    repair_name_object_reports(words)
    repair_title_headed_names(words)


def repair_unmarked_agents(words: list[Word]) -> None:
    """Make an agent with no "by" an oblique ("residents were left in soiled beds and denied food": "beds" parsed
    as the agent of "left", and so the speaker of its conjunct "denied")."""
    for agent in words:
        if agent.deprel == "obl:agent" and not any(w.deprel == "case" and w.lemma.lower() == "by"
                                                   and is_under(words, w, agent) for w in words):
            agent.deprel = "obl"  # (but "by Fox Business moderator Gerard Baker", the "by" hung on "Business")


def repair_passive_said(words: list[Word]) -> None:
    """Read a name, "'s" and a reporting verb with no "to" after it as a name that has said ("Macy's said it would
    close stores", "Trump's said it before"): parsed as the passive "is said", the report has no speaker."""
    for w in words[1:-1]:
        verb = words[w.index + 1]
        if w.text in ("'s", "’s") and w.deprel == "aux:pass" and w.head == verb.index \
                and verb.lemma.lower() in SPEECH_VERBS and verb.xpos in ("VBN", "VBD") \
                and not (verb.index + 1 < len(words) and words[verb.index + 1].text.lower() == "to"):
            w.deprel = "aux"
            for k in words:
                if k.head == verb.index and k.deprel == "nsubj:pass":
                    k.deprel = "nsubj"


PARTY_TAG = re.compile(r"[DRI]\s*-\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?")  # "D-N.Y.", "R-Ky.", "D-New York"


def _party_tag_before(words: list[Word], verb: Word) -> bool:
    """A party and state set off by commas right before ``verb`` ("Rep. Alexandria Ocasio-Cortez, D-N.Y.,
    disagreed")."""
    comma = next((w for w in reversed(words[:verb.index - 1]) if w.text == ","), None)
    return comma is not None and words[verb.index - 1].text == "," and verb.index - comma.index <= 6 \
        and PARTY_TAG.fullmatch(" ".join(w.text for w in words[comma.index + 1:verb.index - 1]).replace(" - ", "-")
                                .replace("- ", "-")) is not None


def repair_reduced_reports(words: list[Word]) -> None:
    """Make the sentence's verb a reporting verb that the parse hung on a noun root as a reduced relative clause or a
    conjunct after an apposition ("Mexico's president, Claudia Sheinbaum, called for ...", "called" an acl of
    "president"; "Labour's shadow home secretary, Yvette Cooper, called the scheme ..." a conjunct), or
    any verb in the past after a party and state ("Rep. Alexandria Ocasio-Cortez, D-N.Y., disagreed"): the verb
    becomes the root, the noun its subject."""
    root = next((w for w in words if w.head < 0), None)
    if root is None or root.upos not in ("NOUN", "PROPN") \
            or any(k.head == root.index and k.deprel in ("nsubj", "cop") for k in words):  # not a predicate ('Guns
        return  # are "the ultimate ... crisis," Howard Dean, ..., proclaimed')
    for verb in words[root.index + 1:]:
        if verb.head == root.index and verb.deprel in ("acl", "conj") and verb.upos == "VERB" \
                and verb.xpos in ("VBD", "VBN") \
                and words[verb.index - 1].text == "," \
                and (verb.lemma.lower() in SPEECH_VERBS and any(k.deprel == "appos" and k.head == root.index
                                                                and k.index < verb.index for k in words)
                     or verb.xpos == "VBD" and _party_tag_before(words, verb)) \
                and not has_subject(words, verb):
            verb.head, verb.deprel, verb.xpos = -1, "root", "VBD"
            root.head, root.deprel = verb.index, "nsubj"
            return


def repair_name_object_reports(words: list[Word]) -> None:
    """Make the sentence's verb in the past with an object of its own the root, where the parse hung it on the name
    before it as a reduced relative clause, the name the root or a title noun's object ("Shadow transport secretary
    Gareth Bacon accused ministers of ...": "Gareth" the root, or "transport" with "Gareth" its object); the name
    becomes the verb's subject (and the noun part of its title)."""
    root = root_word(words)
    if root is None or root.upos not in ("NOUN", "PROPN"):
        return
    for verb in words[root.index + 1:]:
        name = words[verb.head] if verb.head >= 0 else None
        if name is None or verb.deprel != "acl" or verb.xpos != "VBD" or name.upos != "PROPN" \
                or not (name is root or root.upos == "NOUN" and name.head == root.index and name.deprel == "obj") \
                or name.index != verb.index - 1 - sum(w.head == name.index and w.deprel == "flat" for w in words) \
                or not any(k.head == verb.index and k.deprel == "obj" for k in words) or has_subject(words, verb):
            continue
        verb.head, verb.deprel = -1, "root"
        if name is not root:
            root.head, root.deprel = name.index, "compound"
        name.head, name.deprel = verb.index, "nsubj"
        for w in words:
            if w.head in (root.index, name.index) and w.deprel == "punct" and w.index > verb.index:
                w.head = verb.index
        return


def repair_compound_subjects(words: list[Word]) -> None:
    """Make a name right before a finite verb without a subject that the parse hung on the verb as a compound (as
    if the verb were a noun) the verb's subject, with the nouns before it its compounds ("Bakery chain Greggs plans
    to open 140 new shops": "Greggs" the subject of "plans")."""
    for name in words[:-1]:
        verb = words[name.index + 1]
        if name.upos != "PROPN" or name.deprel != "compound" or name.head != verb.index or verb.upos != "VERB" \
                or verb.xpos not in ("VBZ", "VBD", "VBP") or has_subject(words, verb) \
                or verb.deprel in ("obl", "nmod", "obj", "iobj", "appos"):
            continue  # not "part of the anti-Trump drive", "drive" a verb in an oblique's place
        for w in words[:name.index]:
            if w.head == verb.index and w.deprel == "compound":
                w.head = name.index
        name.deprel = "nsubj"


def repair_where_clauses(words: list[Word]) -> None:
    """Make a clause opened by "where" or "when" after a comma and a noun that relative clause of the noun, where
    the parse made it a complement of the verb after it ("In Texas, where most of the cases have been reported,
    health officials said ...": not a report of the officials')."""
    for first in words[2:]:
        clause = words[first.head] if first.text.lower() in ("where", "when") and first.head >= 0 else None
        if clause is None or clause.deprel != "ccomp" or clause.head <= clause.index \
                or words[first.index - 1].text != "," or words[first.index - 2].upos not in ("NOUN", "PROPN") \
                or any(is_under(words, w, clause) for w in words[:first.index]):  # the word that opens the clause
            continue
        noun = words[first.index - 2]
        while noun.deprel in ("flat", "compound") and 0 <= noun.head and noun.head != clause.index:
            noun = words[noun.head]
        if not is_under(words, noun, clause):  # no cycle
            clause.head, clause.deprel = noun.index, "acl:relcl"
