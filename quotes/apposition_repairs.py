"""Apposition repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that hang a name set off by
commas on the noun it names, where the parser hung it on a word inside a phrase of that noun: an "of"/"for" phrase
("The council's cabinet member for education, Jayne Rear, said"), a phrase naming a place or body ("Israel's
ambassador to the Holy See, Raphael Schutz,"), or a relative clause ("A therapist who has treated dozens of
survivors, Dr. Rachel Gold, said"), or a description before it ("One protester, 24-year-old student Nino Beridze,"),
or the half of a hyphenated title ("The UN secretary-general, António Guterres,"), or a rank ("Former British number
one Tim Henman"); and that make the verb after a phrase set off by commas the predicate of the noun or name before
it ("The driver, a 34-year-old man, stopped ...", "Margaret Evans, from Cardiff, crossed ..."), or a name set off
after "called" the noun's ("The restaurant, called The Butcher's Tap, will"), or a noun after "while" with a name
set off after it the subject of the verb after them. Each function mends one sentence's words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import PERSON_NOUNS, TITLES
from quotes.names import is_first_name, is_place
from quotes.trees import has_subject, is_under, make_predicate, phrase_span, root_word, subtree_span

if TYPE_CHECKING:
    from quotes.parsing import Word


def repair_titled_appositions(words: list[Word]) -> None:
    """Make a name set off by a comma after a title's "of"/"for" phrase the title's apposition, where the parse hung
    it on the phrase's noun ("The council's cabinet member for education, Jayne Rear, said": not "education"), or
    on a name there when the name is a person's ("Israel's ambassador to the Holy See, Raphael Schutz,"), as an
    apposition or a conjunct with no "and" ("The UN special envoy for Syria, Geir Pedersen,"), also when the parse
    made each of the name's words a conjunct ("The Children's Commissioner for Wales, Rocio Cifuentes,"), the title's
    phrase of more than one "of"/"for" ("The Secretary of State for Health, Wes Streeting,")."""
    for first in words[:-1]:
        second = words[first.index + 1]
        if first.upos == second.upos == "PROPN" and first.deprel == second.deprel == "conj" \
                and first.head == second.head and first.index > 0 and words[first.index - 1].text == ",":
            second.head, second.deprel = first.index, "flat"
    for name in words:
        noun = words[name.head] if set_off_name(words, name) else None
        title = words[noun.head] if noun is not None and noun.deprel == "nmod" and noun.head >= 0 \
            and (noun.upos == "NOUN" and name.deprel == "appos" or noun.upos == "PROPN" and _persons(words, name)) \
            else None
        while title is not None and not _is_title(title) and title.deprel == "nmod" and title.head >= 0:
            title = words[title.head]  # "The Secretary of State for Health, Wes Streeting,"
        if title is None or not _is_title(title):
            continue
        start = phrase_span(words, name)[0]  # "Wes" of "Wes Streeting", a compound
        if words[start - 1].text == "," and noun.index == start - 2:
            name.head, name.deprel = title.index, "appos"


def _is_title(word: Word) -> bool:
    """Whether ``word`` is a title or a person's noun ("ambassador", "Secretary")."""
    return word.upos == "NOUN" and word.lemma.lower() in TITLES | PERSON_NOUNS \
        or word.upos == "PROPN" and word.text.lower() in TITLES


def repair_described_appositions(words: list[Word]) -> None:
    """Make a name right after a person's noun in an apposition the apposition, the noun its compound, where the parse
    hung the name on the noun as the noun's own apposition ("One protester, 24-year-old student Nino Beridze, said":
    Beridze the protester, "student" his description, as in "One protester, student Nino Beridze,"), the noun set off
    after another person's noun."""
    for name in words[1:]:
        noun = words[name.index - 1]
        described = words[noun.head] if noun.head >= 0 else None
        if name.upos == "PROPN" and name.deprel == "appos" and name.head == noun.index and noun.upos == "NOUN" \
                and noun.deprel == "appos" and noun.text.islower() and noun.lemma.lower() in TITLES | PERSON_NOUNS \
                and "Number=Plur" not in noun.feats and described is not None and described.upos == "NOUN" \
                and described.lemma.lower() in TITLES | PERSON_NOUNS:  # not "the third day in his ... swing,
            # Libertarian presidential nominee Gary Johnson told"
            name.head, name.deprel = noun.head, "appos"
            noun.head, noun.deprel = name.index, "compound"
            for w in words:
                if w.head == noun.index and w.upos == "PUNCT":
                    w.head = name.index


def repair_conjunct_appositions(words: list[Word]) -> None:
    """Make a name set off by commas between a subject noun and its verb the noun's apposition, where the parse took
    it for a conjunct with no "and" ("Royal Mail's owner, International Distributions Services (IDS), said": the
    owner named), also a described name, numbers agreeing ("The club's co-owners, Hollywood actors Ryan Reynolds and
    Rob McElhenney, said")."""
    for name in words:
        own = next((k for k in words if k.head == name.index and k.deprel == "appos" and k.upos == "PROPN"), None) \
            if name.upos == "NOUN" else None  # "actors Ryan Reynolds and ...": the name that the noun describes
        noun = words[name.head] if name.deprel == "conj" and (name.upos == "PROPN" or own) and name.head >= 0 \
            else None
        if noun is None or noun.upos != "NOUN" or not noun.deprel.startswith("nsubj") \
                or not lone_conjunct(words, name) \
                or ("Number=Plur" in noun.feats) != (own is not None and "Number=Plur" in name.feats):
            continue
        start, end = phrase_span(words, name)[0], subtree_span(words, name)[1]  # the name's words, its bracket
        after = words[end + 2] if end + 2 < len(words) else None
        if start > 0 and words[start - 1].text == "," and words[end + 1].text == "," and after is not None \
                and (after.index == noun.head or after.head == noun.head and after.deprel.startswith("aux")):
            name.deprel = "appos"
            if own is not None:  # the name the apposition, the noun describing it and that noun's modifiers the
                for kid in (k for k in words if k.head == name.index and k is not own):  # name's, as for one
                    kid.head = own.index  # ("owner, Hollywood actor Ryan Reynolds")
                own.head, name.head, name.deprel = noun.index, own.index, "compound"


def repair_relative_appositions(words: list[Word]) -> None:
    """Make a person's name set off by commas after a relative clause of a subject that names a person the subject's
    apposition, where the parse hung it on a noun inside the clause ("A therapist who has treated dozens of
    survivors, Dr. Rachel Gold, said": Gold the therapist, not the survivors), or took it for a conjunct of a noun
    there with no "and" ("A fan who had travelled to see him in Glasgow, Aoife Byrne, said")."""
    for name in words:
        if not set_off_name(words, name):
            continue
        clause = next((w for w in words if w.deprel == "acl:relcl" and is_under(words, words[name.head], w)), None)
        noun = words[clause.head] if clause is not None and clause.head >= 0 else None
        if noun is None or noun.upos != "NOUN" or not noun.deprel.startswith("nsubj") \
                or noun.lemma.lower() not in TITLES | PERSON_NOUNS:
            continue
        lead, last = phrase_span(words, name)  # read only for a person noun
        if words[lead - 1].text == "," and _persons(words, name) \
                and last + 1 < len(words) and words[last + 1].text == "," and noun.head > last:
            name.head, name.deprel = noun.index, "appos"


def repair_stray_relatives(words: list[Word]) -> None:
    """Make the verb of a relative clause set off after a name a clause of that name, and the noun the parse hung the
    verb on its object, where the parse took the clause's verb for a modifier of that noun and the noun for the name's
    apposition ("Daniela Cavallo, who chairs VW's works council, told employees": "chairs" a possessor of "council",
    so that the council seemed to be Cavallo); and make a noun predicate with "who" for its subject, hung on the name
    as its apposition with the sentence's verb for its conjunct, the relative clause it is ("Chrystia Freeland, who
    was also deputy prime minister, quit")."""
    for who in words[2:]:
        verb = words[who.head] if who.lemma.lower() == "who" and who.deprel == "nsubj" else None
        named = words[who.index - 2]
        named = words[named.head] if named.deprel == "flat" else named
        if verb is not None and words[who.index - 1].text == "," and named.upos == "PROPN" and verb.upos == "NOUN" \
                and verb.deprel == "appos" and verb.head == named.index \
                and any(k.head == verb.index and k.deprel == "cop" for k in words) \
                and any(k.head == verb.index and k.deprel == "conj" and k.upos == "VERB" for k in words):  # "quit"
            verb.deprel = "acl:relcl"
            continue
        if verb is None or words[who.index - 1].text != "," or named.upos != "PROPN" or verb.upos != "VERB" \
                or verb.deprel == "acl:relcl" or verb.head <= verb.index:
            continue
        noun = words[verb.head]
        if noun.deprel == "appos" and noun.head == named.index and noun.upos == "NOUN":
            verb.head, verb.deprel, noun.head, noun.deprel = named.index, "acl:relcl", verb.index, "obj"


def set_off_name(words: list[Word], name: Word) -> bool:
    """A proper noun hung on another word as its apposition, or as its conjunct with no "and" and no other
    conjunct ("in Glasgow, Aoife Byrne,": not "Leeds, Bradford and York")."""
    return name.upos == "PROPN" and name.head >= 0 and (name.deprel == "appos" or lone_conjunct(words, name))


def lone_conjunct(words: list[Word], word: Word) -> bool:
    """``word`` is a conjunct with no "and" or other conjunct beside it on its head: a phrase set off by a comma that
    the parse took for a list of one."""
    return word.deprel == "conj" and not any(
        w.head in (word.index, word.head) and w.deprel in ("cc", "conj") and w is not word for w in words)


def hyphen_joins(words: list[Word], hyphen: Word) -> bool:
    """``hyphen`` is a "-" with a word right against it on either side ("secretary-general", "Sixty-four")."""
    return hyphen.text == "-" and 0 < hyphen.index < len(words) - 1 \
        and words[hyphen.index - 1].end == hyphen.start and hyphen.end == words[hyphen.index + 1].start


def _persons(words: list[Word], name: Word) -> bool:
    """Whether the name ``name`` heads is a person's: it has a first name, or is two names, neither a place
    ("Aoife Byrne")."""
    named = [w for w in words if is_under(words, w, name) and w.upos == "PROPN"]
    return any(is_first_name(w.text) for w in named) or len(named) == 2 and not any(is_place(w.text) for w in named)


PARENTS = frozenset("mum dad grandmother grandfather grandma grandad".split())  # "mum-of-three", "father-of-two"


def repair_hyphenated_descriptions(words: list[Word]) -> None:
    """Make the name after a hyphenated "mother-of-three" its head and the description its compound, where the parse
    made the name the description's apposition and hung the number on the name ("Mum-of-three Kerry Davies told the
    BBC": Kerry Davies speaks, "Mum-of-three" her role)."""
    for noun in words[:-5]:
        hyphen, of, other, number, name = words[noun.index + 1:noun.index + 6]
        if hyphen.text != "-" or of.text.lower() != "of" or other.text != "-" or number.upos != "NUM" \
                or name.upos != "PROPN" \
                or noun.lemma.lower() not in PERSON_NOUNS | PARENTS or name.head != noun.index:
            continue
        name.head, name.deprel, noun.head, noun.deprel = noun.head, noun.deprel, name.index, "compound"
        number.head, number.deprel = noun.index, "nmod"


def repair_hyphenated_titles(words: list[Word]) -> None:
    """Make the second half of a hyphenated title that the parse took for the first half's apposition the title's
    head, the first half its compound, so that a name set off after it names the whole title ("The UN
    secretary-general, António Guterres, urged": "general" the head, "António Guterres" its apposition), also a noun
    whose second half is a particle ("start-up", "spin-off")."""
    for second in words[2:]:
        hyphen, first = words[second.index - 1], words[second.index - 2]
        if second.upos in ("ADP", "ADV", "PART") and second.text.lower() in ("up", "off", "out") \
                and first.upos == "NOUN" and hyphen_joins(words, hyphen):  # "start-up": one noun, whether the
            second.upos, second.xpos, second.lemma = "NOUN", "NN", f"{first.lemma}-{second.text}".lower()  # parse
            # made "up" the head ("The start-up said") or an apposition ("Chinese start-up DeepSeek")
        if second.deprel != "appos" or second.head != first.index or second.upos != "NOUN" \
                or first.upos not in ("NOUN", "PROPN") or not hyphen_joins(words, hyphen):
            continue
        second.head, second.deprel = first.head, first.deprel
        first.head, first.deprel = second.index, "compound"
        for w in words[:second.index]:
            if w.head == first.index and w is not first:
                w.head = second.index  # the article and the compounds before: "The UN"


def repair_ranked_titles(words: list[Word]) -> None:
    """Make the name after "number one" (or any rank) the apposition of "number", the rank its number, where the
    parse hung the name on the rank ("Former British number one Tim Henman said": Henman the former number one), or
    the rank on the name ("World number one Jannik Sinner")."""
    for rank in words[1:-1]:
        number = words[rank.index - 1]
        if rank.upos != "NUM" or number.lemma.lower() != "number" or not (
                rank.head == number.index or rank.head == rank.index + 1 and words[rank.index + 1].upos == "PROPN"):
            continue
        rank.head, rank.deprel = number.index, "nummod"
        for name in words[rank.index + 1:]:
            if name.head == rank.index and name.upos == "PROPN" and name.deprel in ("appos", "flat", "compound"):
                name.head, name.deprel = number.index, "appos"


def repair_conjoined_titles(words: list[Word]) -> None:
    """Make a title set off by a comma after a person's name the name's apposition, where the parse took it for a
    conjunct with no "and" ("said Rachel Power, chief executive of the Patients Association": not Power and a chief
    executive), or hung it on the verb the name is the subject of ("said Gary Black, managing partner at the Future
    Fund": "partner" a clause of "said")."""
    for title in words[3:]:
        if title.upos != "NOUN" or title.lemma.lower() not in TITLES | PERSON_NOUNS or title.head < 0:
            continue
        lead = phrase_span(words, title)[0]
        name = words[lead - 2] if words[lead - 1].text == "," and words[lead - 1].head == title.index else None
        name = words[name.head] if name is not None and name.deprel == "flat" else name
        if name is None or name.upos != "PROPN" or not _persons(words, name) \
                or any(k.head == title.index and k.upos == "PROPN" and k.index > title.index
                       and k.deprel in ("flat", "compound", "appos") for k in words) or not (
                title.head == name.index and lone_conjunct(words, title)
                or title.deprel in ("advcl", "obl", "parataxis", "dep") and title.head == name.head
                and name.deprel == "nsubj"):
            continue  # not "editor Tina Brown, author Candace Bushnell and ...": a list of titled names
        title.head, title.deprel = name.index, "appos"


def repair_unmarked_possessors(words: list[Word]) -> None:
    """Make a person's name that the parse took for the possessor of the title set off after it, though no "'s"
    marks it, the title's place in the sentence, the title its apposition ('said Kim Forrest, chief investment
    officer at Bokeh Capital Partners': "Kim Forrest" the officer's possessor, the officer the speaker)."""
    for name in words:
        title = words[name.head] if name.deprel == "nmod:poss" and name.upos == "PROPN" and name.head > name.index \
            else None
        if title is None or title.upos != "NOUN" or title.lemma.lower() not in TITLES | PERSON_NOUNS \
                or any(k.head == name.index and k.deprel == "case" for k in words) or not _persons(words, name):
            continue
        end = phrase_span(words, name)[1]
        if words[end + 1].text == "," and words[end + 1].head == title.index:
            name.head, name.deprel, title.head, title.deprel = title.head, title.deprel, name.index, "appos"


def repair_title_phrases(words: list[Word]) -> None:
    """Hang the "at"/"of"/"for" phrase right after a title set off after a name on the title, where the parse hung it
    on the name ("said Rakesh Gurung, director at the Department of Tourism": the director's department) or, a name
    read as a clause or an object, on the verb ("said Derek Manzello, coordinator of NOAA's Coral Reef Watch")."""
    for phrase in words:
        name = words[phrase.head] if phrase.deprel == "nmod" and phrase.head >= 0 else None
        if phrase.deprel in ("ccomp", "obl", "obj") and phrase.upos == "PROPN" and phrase.head >= 0:
            name = next((k for k in words if k.head == phrase.head and k.deprel == "nsubj" and k.upos == "PROPN"),
                        None)  # "said Derek Manzello, coordinator of ... Coral Reef Watch": "Watch" read as a clause
        title = next((k for k in words if name is not None and k.head == name.index and k.deprel == "appos"
                      and k.upos == "NOUN" and k.lemma.lower() in TITLES | PERSON_NOUNS
                      and name.index < k.index < phrase.index), None)
        if title is None or name.upos != "PROPN" or not any(
                k.head == phrase.index and k.deprel == "case" and k.lemma.lower() in ("at", "of", "for", "with")
                for k in words) or phrase_span(words, phrase)[0] != phrase_span(words, title)[1] + 1:
            continue
        phrase.head, phrase.deprel = title.index, "nmod"


def repair_title_of_names(words: list[Word]) -> None:
    """Hang the name right after a title's "of" phrase on the title, where the parse made it an apposition of the
    phrase's noun ('"...," ONS director of economic statistics Liz McKeown said': the director, not the
    statistics, is Liz McKeown), or a first name the last word of the phrase's name ("Georgia Secretary of State Brad
    Raffensperger": Brad no part of "State")."""
    for name in words[1:]:
        noun = words[name.head] if name.head >= 0 and (name.deprel == "appos" or name.deprel == "flat"
                                                       and is_first_name(name.text)) else None
        title = words[noun.head] if noun is not None and noun.deprel == "nmod" and noun.head >= 0 else None
        before = words[name.index - 1]  # the phrase's last word, no comma nor word of the name's own
        if title is None or name.upos != "PROPN" or noun.upos not in ("NOUN", "PROPN") \
                or title.lemma.lower() not in TITLES or is_under(words, before, name) \
                or not (before is noun or is_under(words, before, noun)) \
                or before.text == "," or not title.index < noun.index < name.index \
                or not any(k.head == noun.index and k.deprel == "case" and k.lemma.lower() == "of" for k in words):
            continue
        name.head, name.deprel = title.index, "nmod" if name.deprel == "flat" else name.deprel


def repair_unpunctuated_appositions(words: list[Word]) -> None:
    """Make the name after a title the head of the phrase, the title and the words before it its compounds, where the
    parse made the title an apposition of a name before it and the name after the title's, no comma between them
    ("Rhondda Cynon Taf Council leader Andrew Morgan said": "Rhondda" the subject, "leader" and "Andrew" appositions,
    so the council spoke)."""
    for title in words[1:-1]:
        first, name = words[title.head] if title.head >= 0 else None, words[title.index + 1]
        if first is None or title.deprel != "appos" or first.upos != "PROPN" or first.index > title.index \
                or title.upos != "NOUN" or title.lemma.lower() not in TITLES or name.head != title.index \
                or name.deprel != "appos" or name.upos != "PROPN" \
                or any(w.text == "," for w in words[first.index:name.index]):
            continue
        name.head, name.deprel = first.head, first.deprel
        first.head, first.deprel = title.index, "compound"
        title.head, title.deprel = name.index, "compound"
        return


def repair_apposition_predicates(words: list[Word]) -> None:
    """Make a finite verb after the apposition set off by commas after a noun the noun's predicate, where the parse hung
    the verb on the apposition as a modifier ("The driver, a 34-year-old man, stopped at the scene and is helping
    police, the force said": "driver" alone the report of "said")."""
    for verb in words[3:]:
        described = words[verb.head] if verb.deprel == "acl" and verb.head >= 0 else None
        noun = words[described.head] if described is not None and described.deprel == "appos" \
            and described.upos == "NOUN" else None  # a description, not a name: "..., Isaac Boltansky, ..., wrote"
        if noun is None or verb.xpos not in ("VBD", "VBZ") or words[verb.index - 1].text != "," \
                or noun.upos not in ("NOUN", "PROPN") or has_subject(words, verb) or noun.deprel == "root" \
                or any(k.head == noun.index and k.deprel in ("cop", "nsubj") for k in words):
            continue
        verb.head, verb.deprel, noun.head, noun.deprel = noun.head, noun.deprel, verb.index, "nsubj"


def repair_titled_root_predicates(words: list[Word]) -> None:
    """Make a finite verb after a name set off by commas after a title the sentence's root, the title its subject,
    where the parse made the title the root and the verb a modifier of the name ("Its chief executive, Susan Davy,
    apologised and said customers would receive compensation.": "said" a conjunct of "executive", with no subject)."""
    root = root_word(words)
    name = next((k for k in words if root is not None and k.head == root.index and k.deprel == "appos"
                 and k.upos == "PROPN" and k.index > root.index), None) if root is not None and root.upos == "NOUN" \
        else None
    verb = next((k for k in words if name is not None and k.head == name.index and k.deprel == "acl"
                 and k.xpos in ("VBD", "VBZ") and words[k.index - 1].text == ","), None)
    if verb is None or has_subject(words, verb) or root.lemma.lower() not in TITLES | PERSON_NOUNS:
        return
    make_predicate(words, root, verb)  # with "and said ...", the full stop


def repair_set_off_predicates(words: list[Word]) -> None:
    """Make a finite verb after a name that opens the sentence, with a phrase set off by commas between them, the
    sentence's root and the name its subject, where the parse made the name the root and the verb a clause beside it
    ("Margaret Evans, from Cardiff, crossed the line in seven hours.": no subject for "he said" to refer back to),
    its title before it too ("Consumer champion Martin Lewis, founder of MoneySavingExpert, welcomed the fine")."""
    root = root_word(words)
    verb = next((k for k in words if k.head == root.index and k.deprel in ("parataxis", "conj", "acl")
                 and k.index > root.index + 1), None) if root is not None and root.upos == "PROPN" else None
    end = next((w.index for w in words[root.index:] if w.upos != "PROPN"), 0) if root is not None else 0  # the
    # name's end: "Margaret Evans", "Consumer champion Martin Lewis"
    if verb is None or verb.upos != "VERB" or verb.xpos not in ("VBD", "VBZ") or words[verb.index - 1].text != "," \
            or has_subject(words, verb) or not root.index < end < verb.index - 1 or words[end].text != "," \
            or not all(is_under(words, w, root) and not is_under(words, w, verb) for w in words[:verb.index - 1]) \
            or not all(w.upos in ("DET", "ADJ", "NOUN", "PROPN") for w in words[:root.index]):  # a title only
        return
    make_predicate(words, root, verb)


def repair_subordinate_set_off_subjects(words: list[Word]) -> None:
    """Make a noun after "while" (or another subordinating word) with a name set off by commas after it the subject of
    the verb right after the name, and that verb's clause the subordinate one, where the parse hung the noun on a word
    of the verb's report and the verb beside the main one ('Yvette Cooper said ..., while her Conservative shadow,
    Chris Philp, insisted the fall was the result of ...': "shadow" an oblique of "result")."""
    for noun in (w for w in words[2:] if w.upos in ("NOUN", "PROPN")):
        mark = next((k for k in words[:noun.index] if k.head == noun.index and k.deprel == "mark"), None)
        if mark is None:
            continue
        name = next((k for k in words[noun.index + 1:] if k.head == noun.index and k.deprel == "appos"
                     and k.upos == "PROPN" and words[k.index - 1].text == ","), None)
        end = subtree_span(words, name)[1] if name is not None else len(words)
        verb = words[end + 2] if end + 2 < len(words) and words[end + 1].text == "," else None
        if verb is None or verb.upos != "VERB" \
                or verb.xpos not in ("VBD", "VBZ", "VBP") or has_subject(words, verb) \
                or not is_under(words, noun, verb):
            continue
        noun.head, noun.deprel, mark.head = verb.index, "nsubj", verb.index
        if verb.deprel == "conj":
            verb.deprel = "advcl"


def repair_called_names(words: list[Word]) -> None:
    """Make "called" set off by commas right after a noun, with a name after it, a participle naming the noun, where
    the parse took it for a verb in the past tense modifying the clause ("The restaurant, called The Butcher's Tap,
    will employ 40 people": no report of the restaurant's)."""
    for called in words[2:-2]:
        noun, name = words[called.index - 2], words[called.index + 1]
        if called.text != "called" or called.xpos != "VBD" or words[called.index - 1].text != "," \
                or noun.upos != "NOUN" or has_subject(words, called) or not name.text[:1].isupper() \
                or not any(k.head == called.index and k.deprel in ("obj", "xcomp") and k.upos == "PROPN"
                           for k in words):
            continue
        end = phrase_span(words, called)[1]
        if end + 1 < len(words) and words[end + 1].text == ",":
            called.head, called.deprel, called.xpos = noun.index, "acl", "VBN"
