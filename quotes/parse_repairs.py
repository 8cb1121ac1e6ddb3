"""Parse repairs: mend, in place, the tags and relations of one sentence's words that the tagger and parser are
known to get wrong in news text (names taken for verbs, reporting verbs hung on nouns, "that" clauses taken for
relative clauses, ...). :func:`repair_parse` applies them all, those of who a verb's subject is from
:mod:`quotes.subject_repairs`; :mod:`quotes.parsing` calls it on every sentence it builds, and the benchmarks on
cached parses, so that both read the same parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import (HONORIFICS, ISSUED_NOUNS, ISSUING_VERBS, NOMINATIVES, PARTY_MEMBERS, PERSON_NOUNS,
                            SPEECH_VERBS, TITLES)
from quotes.subject_repairs import (has_subject, is_under, repair_apposed_subjects, repair_closing_name_subjects,
                                    repair_closing_report_subjects, repair_closing_verbs, repair_emphatic_reflexives,
                                    repair_flat_titles, repair_fronted_title_words, repair_inverted_appositions,
                                    repair_inverted_objects, repair_organization_titles,
                                    repair_participle_clause_subjects, repair_prepositional_subjects,
                                    repair_reduced_relative_subjects, repair_relative_predicates,
                                    repair_vocative_subjects)

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_parse(words: list[Word]) -> None:
    """Mend, in place, the tags and relations of one sentence's words that the tagger and parser are known to get
    wrong (each repair below); applying it twice changes nothing more."""
    repair_name_tags(words)
    repair_plural_person_tags(words)
    repair_verb_names(words)
    repair_verb_tags(words)
    repair_modal_names(words)
    repair_postpositive_titles(words)
    repair_passive_said(words)
    repair_reduced_reports(words)
    repair_told_that(words)
    repair_participle_titles(words)
    repair_that_adverbials(words)
    repair_where_clauses(words)
    repair_semicolon_clauses(words)
    repair_emphatic_reflexives(words)
    repair_closing_verbs(words)
    repair_relative_predicates(words)
    repair_apposed_subjects(words)
    repair_participle_clause_subjects(words)
    repair_inverted_appositions(words)
    repair_inverted_objects(words)
    repair_closing_report_subjects(words)
    repair_closing_name_subjects(words)
    repair_flat_titles(words)
    repair_fronted_title_words(words)
    repair_reduced_relative_subjects(words)
    repair_vocative_subjects(words)
    repair_subordinate_subjects(words)
    repair_nominal_adjectives(words)
    repair_prepositional_subjects(words)
    repair_organization_titles(words)
    repair_titled_possessors(words)


NAME_PARTICIPLES = frozenset({"United", "Allied", "Reformed", "Federated", "Associated", "Consolidated", "Downing",
                              "Planned"})


def repair_name_tags(words: list[Word]) -> None:
    """Tag as a proper noun a capitalised participle that the tagger took for a verb inside a name
    ("The United States said": "United" VERB amod): a modifier before a proper noun, in the sentence
    or at its start when it is a known name participle ("United States officials said"); and a
    capitalised verb between a noun and a proper noun outside a title-case headline ("spokeswoman Hope
    Hicks said"), or after the proper noun it modifies ("Manchester United said"); and the lower-case syllable a
    hyphen joins to a name ("Han Dong-hoon"); and a name's head tagged an adjective ("Cardinal Pietro Parolin")."""
    titled = is_title_case(words)
    for w in words:
        if w.upos == "VERB" and w.deprel in ("amod", "compound") and w.text[:1].isupper() and w.head > w.index \
                and w.index + 1 < len(words) and words[w.index + 1].upos == "PROPN" \
                and (w.index > 0 or w.text in NAME_PARTICIPLES):
            w.upos, w.xpos = "PROPN", "NNP"
        elif w.upos == "VERB" and not titled and 0 < w.index < len(words) - 1 and w.text[:1].isupper() \
                and w.text[1:].islower() and words[w.index - 1].upos in ("NOUN", "PROPN") \
                and words[w.index + 1].upos == "PROPN" and words[w.index + 1].text[:1].isupper():
            w.upos, w.xpos = "PROPN", "NNP"  # "Trump campaign spokeswoman Hope Hicks said"
        elif w.upos == "VERB" and w.deprel == "amod" and not titled and w.index > 0 and w.head == w.index - 1 \
                and w.text[:1].isupper() and words[w.index - 1].upos == "PROPN":
            w.upos, w.xpos = "PROPN", "NNP"  # "Manchester United said": the participle ends the name
        elif w.index > 1 and w.text.isalpha() and w.text.islower() and w.deprel == "flat" \
                and words[w.index - 1].text == "-" and words[w.index - 2].upos == "PROPN" \
                and words[w.index - 2].end == words[w.index - 1].start and words[w.index - 1].end == w.start:
            w.upos, w.xpos = "PROPN", "NNP"  # "Han Dong-hoon": the given name's second syllable
        elif w.upos == "ADJ" and w.xpos == "NNP" and w.text[:1].isupper() and any(
                k.head == w.index and k.deprel == "flat" and k.upos == "PROPN" for k in words):
            w.upos = "PROPN"  # "Cardinal Pietro Parolin" with "Cardinal" an adjective heading the name


def repair_plural_person_tags(words: list[Word]) -> None:
    """Tag as a plural common noun, with its singular lemma, the capitalised plural of a person noun that opens the
    sentence, tagged a proper noun or left unlemmatised ("Spokesmen at the FBI declined": a person called
    "Spokesmen"; "Aides said": a group called "Aides")."""
    first, after = (words + [None, None])[:2]
    if first is None or first.upos not in ("PROPN", "NOUN") or not first.text[1:].islower() \
            or not first.text.endswith(("s", "men")) or after is not None and after.text[:1].isupper():
        return  # not a title before a name: "Mrs May", "Professors Foner and Alba"
    lower = first.text.lower()
    singular = lower[:-3] + "man" if lower.endswith("men") else lower[:-1]
    if singular in TITLES | PERSON_NOUNS and singular not in PARTY_MEMBERS | HONORIFICS:  # "Democrats": a name
        first.upos, first.xpos, first.lemma, first.feats = "NOUN", "NNS", singular, "Number=Plur"


def repair_verb_names(words: list[Word]) -> None:
    """Make a capitalised verb opening the sentence before a relative clause set off by commas a name, the subject of
    the reporting verb after the clause ("Unite, which represents the workers, said ...": "Unite" an imperative)."""
    if len(words) < 5 or words[0].upos != "VERB" or not words[0].text[:1].isupper() or words[1].text != "," \
            or words[2].text.lower() not in ("which", "who") or words[2].head <= 2:
        return
    relative = words[words[2].head]
    verb = words[words[0].head] if words[0].head > relative.index else None
    if verb is None or verb.lemma.lower() not in SPEECH_VERBS or has_subject(words, verb) \
            or relative.head != verb.index:
        return
    first = words[0]
    first.upos, first.xpos, first.lemma, first.feats = "PROPN", "NNP", first.text, "Number=Sing"
    first.deprel, relative.head, relative.deprel = "nsubj", first.index, "acl:relcl"


def is_title_case(words: list[Word]) -> bool:
    """Whether most words start with a capital: a headline in title case ("Trump Tells Congress ...")."""
    return sum(w.text[:1].isupper() for w in words if w.text[:1].isalpha()) * 2 > \
        sum(1 for w in words if w.text[:1].isalpha())


def repair_verb_tags(words: list[Word]) -> None:
    """Tag as a verb a word tagged as a noun that has a subject and a clausal complement of its own ("One in
    five say that won't be true", "Nearly a third say they don't know" with "say" taken for a noun)."""
    relations: dict[int, set[str]] = {}
    for k in words:
        relations.setdefault(k.head, set()).add(k.deprel)
    for w in words:
        if w.upos == "NOUN" and w.text.islower() and {"nsubj", "ccomp"} <= relations.get(w.index, set()):
            w.upos, w.xpos = "VERB", "VBZ" if w.text.endswith("s") else "VBP"


def repair_modal_names(words: list[Word]) -> None:
    """Make the surname of a capitalised "May" that the parse took for the modal before a verb: part of the name
    before it ("Theresa May arrived"), or the subject of a verb in the past or third person ("May said", "May
    says"), where no modal stands."""
    for w in words:
        if w.text != "May" or w.deprel != "aux" or not w.index < w.head < len(words):
            continue
        before = words[w.index - 1] if w.index > 0 else None
        if before is not None and before.upos == "PROPN" and before.text[:1].isupper():
            w.upos, w.xpos, w.deprel, w.head = "PROPN", "NNP", "flat", before.index
        elif words[w.head].xpos in ("VBD", "VBZ", "VBN"):
            w.upos, w.xpos, w.deprel = "PROPN", "NNP", "nsubj"


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


def repair_reduced_reports(words: list[Word]) -> None:
    """Make the sentence's verb a reporting verb that the parse hung on a noun root as a reduced relative clause
    after an apposition ("Mexico's president, Claudia Sheinbaum, called for ...", "called" an acl of
    "president"): the verb becomes the root, the noun its subject."""
    root = next((w for w in words if w.head < 0), None)
    if root is None or root.upos not in ("NOUN", "PROPN"):
        return
    for verb in words[root.index + 1:]:
        if verb.head == root.index and verb.deprel == "acl" and verb.upos == "VERB" and verb.xpos in ("VBD", "VBN") \
                and verb.lemma.lower() in SPEECH_VERBS and words[verb.index - 1].text == "," \
                and any(k.deprel == "appos" and k.head == root.index and k.index < verb.index for k in words) \
                and not has_subject(words, verb):
            verb.head, verb.deprel, verb.xpos = -1, "root", "VBD"
            root.head, root.deprel = verb.index, "nsubj"
            return


TELLING_VERBS = frozenset("tell inform assure remind warn notify convince persuade".split())  # someone, that ...


def repair_told_that(words: list[Word]) -> None:
    """Make the clause after "told X that" or "posted on X that" the verb's complement where the parse took it for
    a relative clause of X ("told state news agency Tass that the visit showed ...", "posted on Facebook that she
    would not run": "that" a subordinator, not a relative pronoun): after a verb that tells someone something (no
    noun's complement: "rejected the notion that ..."), or after a name, which takes no restrictive relative clause,
    or "in a statement" ("said in a statement that it would appeal"), when the clause has a subject of its own; and
    the clause right after "told X" that opens with a subject pronoun ("told reporters she was disappointed")."""
    for clause in words:
        told = words[clause.head] if clause.deprel == "acl:relcl" and clause.head >= 0 else None
        if told is None or told.upos == "PRON" or told.head < 0 or told.index + 1 >= len(words):
            continue
        that, verb = words[told.index + 1], words[told.head]
        if that.text.lower() in NOMINATIVES and that.deprel.startswith("nsubj") and that.head == clause.index \
                and told.deprel in ("obj", "iobj") and verb.lemma.lower() in TELLING_VERBS and verb.index < told.index:
            clause.head, clause.deprel = told.head, "ccomp"  # "told reporters she was disappointed"
            continue
        if that.text.lower() != "that" or that.head != clause.index or verb.index > told.index:
            continue
        telling = told.deprel in ("obj", "iobj") and verb.lemma.lower() in TELLING_VERBS and that.deprel == "mark"
        subject = any(k.head == clause.index and k.deprel.startswith("nsubj") and k is not that for k in words)
        named = told.upos == "PROPN" and told.deprel in ("obj", "iobj", "obl") and verb.lemma.lower() in SPEECH_VERBS \
            and subject
        stated = told.upos == "NOUN" and told.lemma.lower() in ISSUED_NOUNS | {"interview"} and told.deprel == "obl" \
            and verb.lemma.lower() in SPEECH_VERBS and subject and clause.lemma.lower() not in ISSUING_VERBS \
            and any(k.head == told.index and k.text.lower() == "in" for k in words)  # not "in a statement that it
        # issued"
        if telling or named or stated:
            clause.head, clause.deprel = told.head, "ccomp"
            that.upos, that.xpos, that.deprel = "SCONJ", "IN", "mark"


POSTPOSITIVE_TITLES = frozenset("attorney secretary surgeon solicitor inspector postmaster comptroller governor "
                                 "consul adjutant auditor".split())  # before "general"


def repair_postpositive_titles(words: list[Word]) -> None:
    """Hang the "general" of "attorney general", "secretary general" on the title before it, as UD does (an
    adjective), with its dependents: the parse may take it for a clause of its own ("The state's attorney general,
    Lynn Fitch, said ..." with "general" a complement of "said" and the name hung on it)."""
    for w in words[1:]:
        before = words[w.index - 1]
        if w.text.lower() != "general" or before.text.lower() not in POSTPOSITIVE_TITLES or w.head == before.index:
            continue
        if w.head < 0 or is_under(words, before, w):  # no cycle: "general" must not be above the title
            continue
        for k in words:
            if k.head == w.index:
                k.head = before.index
        w.upos, w.xpos, w.deprel, w.head = "ADJ", "JJ", "amod", before.index


PARTICIPLE_TITLES = frozenset({"managing", "ranking", "presiding", "acting", "founding", "visiting", "consulting"})


def repair_participle_titles(words: list[Word]) -> None:
    """Make a title that opens with a participle one noun phrase ("managing director", "ranking member") where the
    parse took the participle for a verb with the noun as its object, and the phrase the apposition of a name before
    its comma ('said Richard Aboulafia, managing director at AeroDynamic Advisory')."""
    for verb in words[:-1]:
        noun = words[verb.index + 1]
        if verb.text.lower() not in PARTICIPLE_TITLES or verb.upos != "VERB" or noun.upos != "NOUN" \
                or noun.head != verb.index:
            continue
        for k in words:
            if k.head == verb.index and k is not noun:
                k.head, k.deprel = noun.index, "nmod" if k.deprel == "obl" else k.deprel
        noun.head, noun.deprel = verb.head, verb.deprel
        verb.upos, verb.xpos, verb.deprel, verb.head = "ADJ", "JJ", "amod", noun.index
        name = words[verb.index - 2] if verb.index > 1 and words[verb.index - 1].text == "," else None
        if name is not None and name.upos == "PROPN":
            while name.deprel in ("flat", "compound") and 0 <= name.head < name.index:
                name = words[name.head]
            if is_under(words, name, noun):  # no cycle
                continue
            noun.head, noun.deprel = name.index, "appos"
            words[verb.index - 1].head = noun.index


def repair_that_adverbials(words: list[Word]) -> None:
    """Make a "that" clause that the parse hung on a verb as an adverbial clause its complement ("shot back that
    Warren's plans would cost trillions"): right after the verb, its particle or its object; not a result clause
    after "so" ("tried so hard that ...") nor a clause further on ("Despite complaints that he is ..., he has found").
    """
    for clause in words:
        if clause.deprel != "advcl" or clause.head < 0 or words[clause.head].upos != "VERB":
            continue
        marks = [k for k in words if k.head == clause.index and k.deprel == "mark"]
        if [m.text.lower() for m in marks] != ["that"] or not clause.head < marks[0].index:
            continue
        between = words[clause.head + 1:marks[0].index]
        if not any(w.text.lower() in ("so", "such") for w in between) and all(
                w.head == clause.head and w.deprel in ("advmod", "compound:prt", "obj", "iobj")
                or w.head in {b.index for b in between} for w in between):
            clause.deprel = "ccomp"  # right after the verb, its particle or its object


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


def repair_semicolon_clauses(words: list[Word]) -> None:
    """Make a clause with a subject of its own after a semicolon a conjunct of the verb before it, where the parse
    made it a second complement of that verb, which reports the first ("Park said he would make buses free; Reyes
    called the plan 'a fantasy'": Reyes's words are not Park's report)."""
    for clause in words:
        if clause.deprel != "ccomp" or clause.head < 0 or clause.head > clause.index:
            continue
        kids = [k for k in words if k.head == clause.index]
        semicolon = next((k for k in kids if k.text == ";" and k.index < clause.index), None)
        earlier = [k for k in words if k.head == clause.head and k.deprel == "ccomp" and k.index < clause.index]
        if semicolon is not None and earlier and any(k.deprel.startswith("nsubj") for k in kids) \
                and all(is_under(words, w, clause) for w in words[semicolon.index + 1:clause.index]):
            clause.deprel = "conj"


def repair_subordinate_subjects(words: list[Word]) -> None:
    """Make the noun after "after", "before", "since" or "until" the subject of the finite verb right after its
    phrase, and the word the verb's mark, where the parse read a preposition's object and joined the verb to the
    main clause ("The cuts come after Amazon and Meta announced layoffs": the cuts announced them)."""
    for noun in words:
        case = next((k for k in words if k.head == noun.index and k.deprel == "case"), None)
        if noun.deprel != "obl" or noun.upos not in ("PROPN", "NOUN", "PRON") or case is None \
                or case.text.lower() not in ("after", "before", "since", "until"):
            continue
        end = max(w.index for w in words if is_under(words, w, noun))
        verb = words[end + 1] if end + 1 < len(words) else None
        if verb is None or verb.deprel != "conj" or verb.head != noun.head or verb.xpos not in ("VBD", "VBZ", "VBP") \
                or has_subject(words, verb):
            continue
        noun.head, noun.deprel = verb.index, "nsubj"
        case.head, case.deprel, case.upos = verb.index, "mark", "SCONJ"
        verb.deprel = "advcl"


def repair_nominal_adjectives(words: list[Word]) -> None:
    """Tag as a noun an adjective that heads a subject or object with an article and a name before it ("the England
    international told Sky Sports": a footballer, no quality of England)."""
    for word in words:
        if word.upos != "ADJ" or word.deprel not in ("nsubj", "obj", "iobj") or not word.text.islower():
            continue
        kids = [k for k in words if k.head == word.index]
        if any(k.deprel == "det" and k.lemma.lower() in ("the", "a") for k in kids) \
                and any(k.deprel == "compound" and k.upos == "PROPN" for k in kids):
            word.upos, word.xpos = "NOUN", "NN"


def repair_titled_possessors(words: list[Word]) -> None:
    """Make the noun a titled name possesses the head of its phrase, where the parse made the title the head and
    the noun its apposition ("Sen. Ted Cruz's office said": the office speaks, "Sen." belongs to the name)."""
    for title in words:
        if title.upos != "PROPN" or not title.text.endswith(".") or title.head < 0:
            continue
        owned = next((k for k in words if k.head == title.index and k.deprel == "appos" and k.upos == "NOUN"), None)
        owner = next((k for k in words if owned is not None and k.head == owned.index and k.deprel == "nmod:poss"
                      and k.index == title.index + 1), None)
        if owner is None or any(not is_under(words, w, owned) for w in words[owner.index:owned.index]):
            continue
        owned.head, owned.deprel = title.head, title.deprel
        title.head, title.deprel = owner.index, "compound"
