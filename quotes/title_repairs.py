"""Title repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend the tags and relations
of titles before or after names that the tagger and parser get wrong in news text: titles written after their noun
("Attorney General") or as participles ("managing director"), a title's first word hung on the verb ("Transport
Secretary Louise Haigh said") and a name the parse made a flat run after a team or a title ("Nuggets coach Michael
Malone", "Manchester City striker Erling Haaland") or a title a flat word of the name before it ("Treasury
spokeswoman"), a team's name taken for the subject before its title ("Cardiff
Rugby director of rugby Matt Sherratt said"), a spokesperson of an "X of Y" organization read as Y's ("A Department
of Health spokesperson"), a "-general" title before a name ("WHO director-general Tedros Adhanom Ghebreyesus"), two
titles joined before a name ("Writer and director Adam Conover"), a "co-" title tagged a verb ("committee co-chairs"),
"Ex" before a title split off as "-minister" tagged a name.
Each function mends one sentence's words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.apposition_repairs import hyphen_joins
from quotes.lexicon import NAME_PARTICLES, PERSON_NOUNS, TITLES
from quotes.names import is_first_name
from quotes.trees import has_subject, is_under

if TYPE_CHECKING:
    from quotes.parsing import Word


# The words of a minister's remit that a title lists ("Work and Pensions Secretary", "Culture, Media and Sport
# Secretary", "Environment, Food and Rural Affairs Secretary").
REMIT_WORDS = frozenset("""work pensions culture media sport environment food rural affairs science innovation
technology energy security net zero business trade housing communities local government health social care education
justice defence defense transport digital home foreign commonwealth development women equalities levelling up
industrial strategy treasury exchequer armed forces veterans children families schools skills employment policing
crime fire prisons probation farming fisheries agriculture infrastructure planning""".split())
POSTPOSITIVE_TITLES = frozenset("attorney secretary surgeon solicitor inspector postmaster comptroller governor "
                                 "consul adjutant auditor".split())  # before "general"


def repair_postpositive_titles(words: list[Word]) -> None:
    """Hang the "general" of "attorney general", "secretary general" on the title before it, as UD does (an
    adjective), with its dependents: the parse may take it for a clause of its own ("The state's attorney general,
    Lynn Fitch, said ..." with "general" a complement of "said" and the name hung on it)."""
    for w in words[1:]:
        before = words[w.index - 1]
        if w.text.lower() != "general" or before.lemma.lower() not in POSTPOSITIVE_TITLES or w.head == before.index:
            continue
        if before.head == w.index and before.deprel == "compound":  # "state attorneys general announced": the
            before.head, before.deprel = w.head, w.deprel  # plural title heads the phrase
        elif w.head < 0 or is_under(words, before, w):  # no cycle: "general" must not be above the title
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
        if verb.text.lower() not in PARTICIPLE_TITLES or verb.upos not in ("VERB", "NOUN") or noun.upos != "NOUN" \
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


def repair_co_titles(words: list[Word]) -> None:
    """Tag a title written with "co-" a noun, the noun before it its compound, where the tagger took it for a verb
    ("The British Medical Association's junior doctors committee co-chairs, Dr Robert Laurenson and Dr Vivek Trivedi,
    said": "co-chairs" a verb, "committee" a clause of "said")."""
    for title in words[1:]:
        plural = title.text.lower().endswith("s")
        base = title.text.lower()[3:].removesuffix("s" if plural else "")
        if not title.text.lower().startswith("co-") or title.upos != "VERB" or base not in TITLES | PERSON_NOUNS:
            continue
        title.upos, title.xpos, title.lemma, title.feats = "NOUN", "NNS" if plural else "NN", base, \
            "Number=Plur" if plural else "Number=Sing"  # the lemma of the title it shares ("chair")
        before = words[title.index - 1]
        if before.upos == "NOUN" and title.head == before.index:  # "committee" the subject, the title its object
            title.head, title.deprel = before.head, before.deprel
            for word in words[title.index + 1:]:
                if word.head == before.index:
                    word.head = title.index  # the name set off after the title, its comma
            before.head, before.deprel = title.index, "compound"
        elif before.upos == "NOUN" and before.head == title.head:
            before.head, before.deprel = title.index, "compound"


# Participles that say how someone holds an office ("Outgoing President Macky Sall", "Acting Chief Constable").
OFFICE_PARTICIPLES = frozenset("outgoing incoming acting retiring departing serving sitting reigning".split())


def repair_fronted_title_words(words: list[Word]) -> None:
    """Make a capitalised noun opening the sentence right before a capitalised title that heads the subject part of
    the title, where the parse hung it on the verb ("Transport Secretary Louise Haigh said": "Transport" an
    adverbial clause of "said", so the role lost it), and both words compounds of the name after them where the
    parse made the title the first word's object ("Transport Secretary Grant Shapps said") or its apposition, with the
    name run on from it ("Transport Minister Fiona Hyslop added"); and a participle of office opening the sentence
    (``OFFICE_PARTICIPLES``) that the parse took for a clausal subject, the title and the name run on from it."""
    if len(words) < 3:
        return
    first, title = words[0], words[1]
    name = words[2]
    if first.text.lower() in OFFICE_PARTICIPLES and first.upos == "VERB" and first.deprel in ("csubj", "nsubj") \
            and title.text.lower().rstrip(".") in TITLES and name.upos == "PROPN" \
            and {title.head, name.head} <= {first.index, title.index, name.index}:  # "Outgoing President Macky Sall
        # also congratulated Faye": "Outgoing" the subject, a clause, the title and the name run on from it
        name.head, name.deprel = first.head, "nsubj"
        title.head, title.deprel = name.index, "compound"
        first.upos, first.xpos, first.head, first.deprel = "ADJ", "JJ", title.index, "amod"
        return
    if not (first.upos in ("NOUN", "PROPN") and first.text[:1].isupper() and title.text[:1].isupper()
            and title.text.lower().rstrip(".") in TITLES):
        return
    if title.deprel.startswith("nsubj") and first.head == title.head \
            and first.deprel not in ("compound", "flat", "nsubj", "nsubj:pass"):
        first.head, first.deprel = title.index, "compound"
        return
    name = next((w for w in words[2:5] if w.upos != "PROPN" or w.deprel == "nsubj"), None)
    if name is not None and name.deprel == "nsubj" and name.upos == "PROPN" and title.head == first.index \
            and first.head == name.head and all(w.text[:1].isupper() for w in words[2:name.index]):
        for word in (first, title):  # "Transport Secretary Grant Shapps said" with "Transport" a clause whose
            word.head, word.deprel = name.index, "compound"  # object is "Secretary"
        name.xpos, name.feats = "NNP", name.feats.replace("Number=Plur", "Number=Sing")  # a surname, not a plural
        return
    flat = [w for w in words if w.head == title.index and w.deprel == "flat" and w.upos == "PROPN"]
    verb = words[first.head] if first.head >= 0 else None
    if flat and flat[0].index == 2 and title.head == first.index and verb is not None and verb.upos == "VERB" \
            and not has_subject(words, verb):  # "Transport Minister Fiona Hyslop added": "Minister" and the name
        name = flat[0]  # an apposition of "Transport", a clause of the verb
        name.head, name.deprel = verb.index, "nsubj"
        for word in (first, title, *flat[1:]):
            word.head, word.deprel = name.index, "compound" if word.index < name.index else "flat"


def repair_flat_titles(words: list[Word]) -> None:
    """Make the first name of a person named after a team and a title the head of the phrase, where the parse made
    the team, tagged a plural noun, the head and the rest a flat run ("Nuggets coach Michael Malone said": a group
    called "Nuggets coach Michael Malone"), or the title, a lower-case word ("Manchester City striker Erling
    Haaland": "striker" tagged a name word; "Lead author Dr Mingyang Song"); the words before the first name become
    its compounds, the title a common noun."""
    for head in words:
        lower_title = (head.upos == "PROPN" or head.upos == "NOUN" and head.deprel != "dislocated") \
            and head.text.isalpha() and head.text.islower() and head.text not in NAME_PARTICLES \
            and "Number=Plur" not in head.feats
        if head.deprel == "flat" or not lower_title and (
                head.upos != "NOUN" or head.xpos != "NNS" or not head.text[:1].isupper()):
            continue
        flat, todo = [], [head.index]
        while todo:
            current = todo.pop()
            kids = [w for w in words if w.head == current and w.deprel == "flat"]
            flat += kids
            todo += [k.index for k in kids]
        first = min((w for w in flat if w.upos == "PROPN" and (is_first_name(w.text) or lower_title
                                                               and w.text[:1].isupper())),
                    key=lambda w: w.index, default=None)
        if first is None or first.index < head.index or lower_title and first.index != head.index + 1:
            continue  # the name right after the title ("striker Erling Haaland"), not past a dash
        run = {w.index for w in flat}
        if lower_title and (head.deprel == "conj" or any(w.deprel in ("conj", "cc") and w.index < first.index
                                                         and (w.head == head.index or w.head in run) for w in words)):
            continue  # "GOP contender and former neurosurgeon Ben Carson": two roles, parsed some other way
        if lower_title:
            head.upos, head.xpos = "NOUN", "NN"
        first.head, first.deprel = head.head, head.deprel
        for word in words:
            if word is head or word.index in run and word.index < first.index:
                word.head, word.deprel = first.index, "compound"
            elif word is not first and (word.head == head.index or word.index in run):
                word.head = first.index


def repair_flat_common_titles(words: list[Word]) -> None:
    """Make a title in lower case that the parse ran into the name before it as a flat word the head of the phrase,
    the name its compound and the name's words before it the title's ("The Liberal Democrats' Treasury spokeswoman,
    Daisy Cooper, said": a "Treasury" that speaks, "spokeswoman" part of its name); a possessor among them becomes the
    title's."""
    for title in words:
        name = words[title.head] if title.deprel == "flat" and title.head >= 0 else None
        if name is None or name.upos != "PROPN" or title.upos != "NOUN" or not title.text.isalpha() \
                or not title.text.islower() or title.lemma.lower() not in TITLES | PERSON_NOUNS \
                or not all(w.head == name.index and w.deprel == "flat" for w in words[name.index + 1:title.index]) \
                or any(w.head == name.index and w.deprel == "flat" for w in words[title.index + 1:]):
            continue  # not "Gowdy spokesman Jamal Ware", a flat run of names on "Gowdy" (see repair_flat_titles)
        title.head, title.deprel = name.head, name.deprel
        name.head, name.deprel = title.index, "compound"
        for word in words[:name.index]:
            if word.head == name.index:
                word.head = title.index
                if word.deprel == "compound" and any(k.head == word.index and k.xpos == "POS" for k in words):
                    word.deprel = "nmod:poss"  # "The Liberal Democrats'"


def repair_team_headed_titles(words: list[Word]) -> None:
    """Make a title after a team's or body's name the head of the subject, the name before it the title's compound,
    where the parse made the name the subject and the title, with the person's name hung on it, the name's apposition
    with no comma between ("Cardiff Rugby director of rugby Matt Sherratt said": a speaker called "Cardiff Rugby"), as
    the parse has it for "Leicester Tigers director of rugby Richard Wigglesworth said"."""
    for title in words[1:]:
        owner = words[title.head] if title.head >= 0 and title.deprel == "appos" else None
        if owner is None or owner.upos != "PROPN" or not owner.deprel.startswith("nsubj") \
                or title.upos != "NOUN" or title.lemma.lower() not in TITLES | PERSON_NOUNS \
                or owner.index > title.index or not any(  # the person's name hung on the title with no "of"
                    k.head == title.index and k.deprel == "nmod" and k.upos == "PROPN" and k.index > title.index
                    and not any(c.head == k.index and c.deprel == "case" for c in words) for k in words) \
                or not all(w.upos == "PROPN" and is_under(words, w, title) for w in words[owner.index + 1:title.index]):
            continue
        title.head, title.deprel, owner.head, owner.deprel = owner.head, owner.deprel, title.index, "compound"
        for word in words:
            if word.head == owner.index and word.index > title.index:
                word.head = title.index
        return


def repair_elect_titles(words: list[Word]) -> None:
    """Make the name after a title ending in "-elect" the head of the phrase, the title's words its compounds, where
    the parse took "elect" for a verb with the name its object ("US President-elect Donald Trump, who ..., said":
    "elect" a complement of "said", which had no subject)."""
    for elect in words[2:-1]:
        hyphen, title = words[elect.index - 1], words[elect.index - 2]
        name = words[elect.index + 1]
        if elect.text.lower() != "elect" or not hyphen_joins(words, hyphen) or name.upos != "PROPN" \
                or name.head != elect.index or title.text.lower() not in TITLES:
            continue
        verb = words[elect.head] if elect.head >= 0 else None
        subject = verb is not None and elect.deprel in ("ccomp", "parataxis") and verb.index > elect.index \
            and not has_subject(words, verb)
        name.head, name.deprel = elect.head, "nsubj" if subject else elect.deprel
        for word in words[:elect.index + 1]:
            if word.head == elect.index or word is elect:
                word.head, word.deprel = name.index, "compound" if word.upos != "PUNCT" else "punct"
        elect.upos, elect.xpos = "NOUN", "NN"


def repair_general_titles(words: list[Word]) -> None:
    """Make the name after a title ending in "-general" ("director-general", "secretary-general") the head of the
    phrase, the title and the body's name before it its compounds, where the parse hung the phrase on the body's name
    or on the title's first half ("WHO director-general Tedros Adhanom Ghebreyesus said": "WHO" the subject; "BBC
    director-general Tim Davie said": "director")."""
    for second in words[2:-1]:
        hyphen, first, name = words[second.index - 1], words[second.index - 2], words[second.index + 1]
        if second.text.lower() != "general" or not hyphen_joins(words, hyphen) or first.upos != "NOUN" \
                or name.upos != "PROPN" or not name.text[:1].isupper():
            continue
        lead = first.index
        while lead > 0 and words[lead - 1].upos == "PROPN" and words[lead - 1].text[:1].isupper():
            lead -= 1  # "WHO", "BBC": the body's name
        end = name.index
        while end + 1 < len(words) and (words[end + 1].upos == "PROPN" or hyphen_joins(words, words[end + 1])):
            end += 1  # "Tedros Adhanom Ghebreyesus", "Newton-Smith"
        span = range(lead, end + 1)
        outside = [w for w in words[lead:end + 1] if w.head not in span]
        attached = next((w for w in outside if w.deprel.startswith("nsubj")), None) \
            or next((w for w in outside if w.deprel not in ("discourse", "punct")), None)
        if attached is None:
            continue
        name.head, name.deprel = attached.head, attached.deprel
        for word in words[lead:end + 1]:
            if word is name or word.index > name.index and word.head in range(name.index, end + 1):
                continue  # the name's own words keep their relations
            if word.index > name.index:
                word.head, word.deprel = name.index, "flat"
            elif word is second:
                word.head, word.deprel = name.index, "compound"
            else:  # the title's first half, its hyphen and the body's name
                word.head, word.deprel = second.index, "punct" if word is hyphen else "compound"
        for word in words:
            if word.index not in span and word.head in span and word.head != name.index:
                word.head = name.index  # what hung on the phrase hangs on the name


def repair_paired_titles(words: list[Word]) -> None:
    """Make the name after two titles joined by "and" the head of the phrase, the first title its compound (the
    second stays that title's conjunct), where the parse took the name for a third conjunct ("Writer and director
    Adam Conover said": a group of a writer, a director and Adam Conover)."""
    for name in words[3:]:
        first, joint, second = words[name.index - 3:name.index]
        if name.upos != "PROPN" or not name.text[:1].isupper() or joint.lemma.lower() != "and" \
                or name.head != first.index or name.deprel != "conj" or second.head != first.index \
                or second.upos != "NOUN" or any(w.head == first.index and w.upos == "DET" for w in words) \
                or not all(w.lemma.lower() in TITLES | PERSON_NOUNS for w in (first, second)):
            continue  # not "between the president and Mrs. Clinton"
        name.head, name.deprel, first.head, first.deprel = first.head, first.deprel, name.index, "compound"
        for word in words:
            if word.head == first.index and word.index > name.index:
                word.head = name.index  # what the parse hung on the first title hangs on the name


def repair_clausal_names(words: list[Word]) -> None:
    """Make a name right after a title the head of the phrase, the title its compound, where the parse hung the name
    on the title as a clause ('"...," said climate scientist Friederike Otto, of Imperial College London':
    "Friederike" a clause of "scientist", the speaker left unnamed)."""
    for name in words[1:]:
        title = words[name.index - 1]
        if name.upos != "PROPN" or name.deprel not in ("acl", "dep") or name.head != title.index \
                or title.upos != "NOUN" or title.lemma.lower() not in TITLES | PERSON_NOUNS:
            continue
        name.head, name.deprel, title.head, title.deprel = title.head, title.deprel, name.index, "compound"


def repair_listed_remits(words: list[Word]) -> None:
    """Make a title whose remit lists several capitalised words before it the head of the phrase, the list its
    compound, where the parse made the title the last conjunct of the list ("Work and Pensions Secretary Liz Kendall
    said", "The Environment, Food and Rural Affairs Secretary, Steve Reed, said": "Work" or "Environment" the
    subject)."""
    for title in words[2:]:
        first = words[title.head] if title.deprel == "conj" and title.head >= 0 else None
        if first is None or first.index >= title.index or not title.text[:1].isupper() \
                or title.text.lower() not in TITLES or not first.text[:1].isupper():
            continue
        run = words[first.index:title.index]
        if not any(w.text.lower() in ("and", "&") for w in run) or not all(
                w.text.lower() in REMIT_WORDS and w.text[:1].isupper() or w.text in (",", "&", "and") for w in run):
            continue  # not "Trump, Ryan and RNC Chairman Reince Priebus", a list of people
        title.head, title.deprel = first.head, first.deprel
        for word in words:
            if word.head == first.index and word.index not in range(first.index, title.index):
                word.head = title.index  # "The", a closing comma
        first.head, first.deprel = title.index, "compound"  # the other words of the list stay its conjuncts


def repair_organization_titles(words: list[Word]) -> None:
    """Make the person noun after an organization named "X of Y" the head of the phrase, where the parse read the
    "of" as the person's ("A Department of Health spokesman said": a department, with a Health spokesman, spoke);
    "X" becomes the person noun's compound, "Y" X's modifier with its "of"."""
    for noun in words:
        if noun.upos != "NOUN" or noun.deprel != "nmod" or noun.lemma.lower() not in TITLES | PERSON_NOUNS:
            continue
        organization = words[noun.head]
        between = words[organization.index + 2:noun.index]
        case = words[organization.index + 1] if organization.index + 1 < noun.index else None
        if organization.upos == "PROPN" and case is not None and case.text.lower() in ("of", "for") and between \
                and between[-1].upos == "PROPN" and any(w.upos == "CCONJ" for w in between) \
                and all(w.text[:1].isupper() or w.upos in ("CCONJ", "ADP") for w in between) \
                and all(organization.index <= w.head <= noun.index for w in between):
            noun.head, noun.deprel = organization.head, organization.deprel  # "A Department for Work and Pensions
            organization.head, organization.deprel = noun.index, "compound"  # spokesperson": its name holds "and"
            for word in words:
                if word.head == organization.index and word.deprel == "det":
                    word.head = noun.index
            continue
        if organization.upos != "PROPN" or case is None or case.text.lower() != "of" or case.head != noun.index \
                or not between or not all(w.head == noun.index and w.text[:1].isupper() for w in between) \
                or not all(w.upos == "PROPN" for w in between[-1:]):
            continue
        named = between[-1]
        noun.head, noun.deprel = organization.head, organization.deprel
        organization.head, organization.deprel = noun.index, "compound"
        named.head, named.deprel = organization.index, "nmod"
        case.head = named.index
        for word in words:
            if word.head == organization.index and word.deprel == "det":
                word.head = noun.index
            elif between[0].index <= word.index < named.index:
                word.head = named.index


def repair_ex_titles(words: list[Word]) -> None:
    """Make "Ex" before a title split off as "-minister" the title's modifier, the title the head, where the tagger took
    "Ex" for a name ("Ex-minister quoted as saying ...": no one named "Ex")."""
    for ex in words[:-1]:
        title = words[ex.index + 1]
        if ex.text.lower() != "ex" or ex.upos != "PROPN" or title.start != ex.end or not title.text.startswith("-") \
                or title.text[1:].lower() not in TITLES | PERSON_NOUNS or title.head != ex.index:
            continue
        for word in words:
            if word.head == ex.index and word is not title:
                word.head = title.index
        title.upos, title.xpos, title.lemma, title.head, title.deprel = "NOUN", "NN", title.text[1:].lower(), \
            ex.head, ex.deprel
        ex.upos, ex.xpos, ex.lemma, ex.head, ex.deprel = "ADJ", "JJ", "ex", title.index, "amod"
