"""Name repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend the tags and relations
of names the tagger and parser get wrong in news text: a participle inside a name ("The United States", "Manchester
United"), a plural person noun opening the sentence tagged a name ("Spokesmen at the FBI"), the surname "May" taken
for the modal, a name made a noun's object ("The restaurant chain TGI Fridays") or a verb's after its description
("Consumer advocate William McGee ... called"), a name made the root before its verb ("NASA Administrator Bill Nelson
congratulated SpaceX"), a titled name after "as" made a clause ("known as Professor Dumbledore"). The repairs of
titles are in :mod:`quotes.title_repairs`, those of names read as verbs or clauses ("Unite, which ...", "Just Stop
Oil") in :mod:`quotes.verb_name_repairs`, those of names joined by "and" or "&" in
:mod:`quotes.conjoined_name_repairs`, those of possessives in :mod:`quotes.possessive_repairs`. Each function mends
one sentence's words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.apposition_repairs import hyphen_joins
from quotes.closing_reports import move_full_stop
from quotes.lexicon import (BUSINESS_NOUNS, HONORIFICS, INSIDERS, KNOWN_COMPANIES, ORG_WORDS,
                            OCCUPATIONS, ORGANIZATION_NOUNS, PARTY_MEMBERS, PERSON_NOUNS, SPEECH_VERBS, SPOKESPEOPLE,
                            TITLES)
from quotes.names import is_first_name
from quotes.trees import has_subject, is_under

if TYPE_CHECKING:
    from quotes.parsing import Word


NAME_PARTICIPLES = frozenset({"United", "Allied", "Reformed", "Federated", "Associated", "Consolidated", "Downing",
                              "Planned"})


def repair_name_tags(words: list[Word]) -> None:
    """Tag as a proper noun a capitalised participle that the tagger took for a verb inside a name
    ("The United States said": "United" VERB amod): a modifier before a proper noun, in the sentence
    or at its start when it is a known name participle ("United States officials said"); and a
    capitalised verb between a noun and a proper noun outside a title-case headline ("spokeswoman Hope
    Hicks said"), or after the proper noun it modifies ("Manchester United said"); and the syllable or word a
    hyphen joins to a name ("Han Dong-hoon", "OVD-Info"); a word of a flat name tagged a verb ("Woo Won-shik", "Aisling
    Murphy"); a name's head tagged an adjective ("Cardinal Pietro Parolin", "Shreyas Royal"); a known company's name
    tagged a plural noun ("Barclays", "Greggs") or a name in lower case with a capital inside tagged a common noun
    ("easyJet"); and an initial without its full stop tagged a possessive mark ("S Somanath"), a verb tagged a proper
    noun by its fine tag beside a name ("A Manchester United spokesperson"), the "Ten" of "Ten Hag" opening a
    sentence, the "All" of "The All England Club" and the "HM" of "HM Coastguard", tagged an interjection."""
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
        elif w.upos == "VERB" and w.deprel == "flat" and not titled and w.text.istitle() and w.head >= 0 \
                and words[w.head].upos == "PROPN" and w.head < w.index:
            w.upos, w.xpos = "PROPN", "NNP"  # "Speaker Woo Won-shik": a syllable of the name
        elif w.upos == "VERB" and w.xpos == "VBG" and w.text.istitle() and w.lemma == w.text and not titled and any(
                k.head == w.index and k.deprel == "flat" and k.upos == "PROPN" for k in words):
            tag_as_name(w)  # "Aisling Murphy tested": a first name like a participle
        elif w.upos == "VERB" and w.deprel == "amod" and not titled and w.index > 0 and w.head == w.index - 1 \
                and w.text[:1].isupper() and words[w.index - 1].upos == "PROPN":
            w.upos, w.xpos = "PROPN", "NNP"  # "Manchester United said": the participle ends the name
        elif w.upos == "VERB" and w.text in NAME_PARTICIPLES and w.index > 0 and words[w.index - 1].upos == "PROPN" \
                and words[w.index - 1].head == w.index and not titled:
            w.upos, w.xpos = "PROPN", "NNP"  # "Manchester United have sacked": the name's head, with its place
        elif w.index > 1 and w.text.isalpha() and (w.text.islower() and w.deprel == "flat" or w.text.istitle()
                                                   and w.deprel == "appos" and w.head == w.index - 2) \
                and words[w.index - 2].upos == "PROPN" and hyphen_joins(words, words[w.index - 1]):
            w.upos, w.xpos, w.deprel = "PROPN", "NNP", "flat"  # "Han Dong-hoon": the given name's second syllable;
            # "OVD-Info" with "Info" an apposition
        elif w.index > 1 and w.text.isalpha() and w.text.islower() and words[w.index - 2].upos == "PROPN" \
                and words[w.index - 2].head == w.index and hyphen_joins(words, words[w.index - 1]) \
                and w.deprel not in ("amod", "compound", "flat"):  # not "Slovenia-born", "Botox-maker Allergan"
            w.upos, w.xpos = "PROPN", "NNP"  # "Prime Minister Han Duck-soo will serve": the syllable heads the name
        elif w.upos == "VERB" and w.text.istitle() and not titled and w.index + 2 < len(words) \
                and hyphen_joins(words, words[w.index + 1]) and words[w.index + 2].upos == "PROPN":
            _join_hyphened_name(words, w)  # "Dyfed-Powys Police urged": "Dyfed" a participle
        elif w.upos == "NOUN" and w.text[:1].isupper() and w.text.lower() in KNOWN_COMPANIES \
                and (w.deprel != "compound" or w.head >= 0 and (words[w.head].upos == "VERB" or words[
                    w.head].lemma.lower() in SPOKESPEOPLE)):  # not "Facebook officials"; "Barclays said", "Greggs
            w.upos, w.xpos, w.feats = "PROPN", "NNP", "Number=Sing"  # plans", "A Boeing spokesperson"
            verb = words[w.head] if w.head == w.index + 1 else None
            if w.deprel == "compound" and verb is not None and verb.upos == "VERB" and not has_subject(words, verb):
                w.deprel = "nsubj"
        elif w.upos in ("NOUN", "ADJ") and w.text[:1].islower() and w.text.lower() in KNOWN_COMPANIES \
                and any(c.isupper() for c in w.text):  # "an easyJet spokesman" with "easyJet" an adjective
            w.upos, w.xpos, w.feats = "PROPN", "NNP", "Number=Sing"
            w.deprel = "compound" if w.deprel == "amod" else w.deprel
        elif w.upos == "INTJ" and w.text.isupper() and len(w.text) > 1 and w.index + 1 < len(words) \
                and words[w.index + 1].upos == "PROPN" and words[w.index + 1].text[:1].isupper():
            w.upos, w.xpos = "PROPN", "NNP"  # "HM Coastguard" with "HM" an interjection
        elif w.upos == "ADJ" and w.xpos == "NNP" and w.text[:1].isupper() and any(
                k.head == w.index and k.deprel == "flat" and k.upos == "PROPN" for k in words):
            w.upos = "PROPN"  # "Cardinal Pietro Parolin" with "Cardinal" an adjective heading the name
        elif w.upos == "ADJ" and w.deprel == "flat" and w.text.istitle() and not titled and w.head == w.index - 1 \
                and words[w.head].upos == "PROPN" and is_first_name(words[w.head].text):
            w.upos, w.xpos = "PROPN", "NNP"  # "Gary Black": the surname an adjective
        elif w.upos == "ADJ" and w.deprel.startswith("nsubj") and w.text.istitle() and not titled and w.index > 0 \
                and words[w.index - 1].head == w.index and words[w.index - 1].upos == "PROPN" \
                and words[w.index - 1].deprel in ("compound", "flat"):
            w.upos, w.xpos = "PROPN", "NNP"  # "Shreyas Royal beat three grandmasters": the surname an adjective
        elif w.xpos == "POS" and len(w.text) == 1 and w.text.isupper() and w.index + 1 < len(words) \
                and words[w.index + 1].upos == "PROPN":
            w.upos, w.xpos = "PROPN", "NNP"  # "S Somanath": an initial, not a possessive mark
        elif w.upos == "VERB" and w.xpos == "NNP" and w.text.istitle() and not titled and 0 < w.index < len(words) - 1 \
                and (words[w.index - 1].upos == "PROPN" or words[w.index + 1].xpos == "NNP") \
                and w.head >= 0 and words[w.head].upos in ("NOUN", "PROPN"):
            w.upos = "PROPN"  # "A Manchester United spokesperson", "The Center for Countering Digital Hate": a verb
            w.deprel = "compound" if w.deprel == "amod" else w.deprel  # only to the tagger's part of speech
        elif w.index == 0 and w.text == "Ten" and w.upos == "NUM" and w.deprel != "nummod" and len(words) > 2 \
                and words[1].xpos == "NNP" and not titled:  # "Ten Hag, who won the FA Cup, said": a name's particle
            name = words[1]
            w.upos, w.xpos, w.head, w.deprel = "PROPN", "NNP", name.head, name.deprel
            for k in words:
                if k.head == name.index:
                    k.head = w.index
            name.head, name.deprel = w.index, "flat"
        elif w.text == "All" and w.upos == "DET" and not titled and w.index > 0 and w.index + 1 < len(words) \
                and words[w.index - 1].lemma.lower() == "the" and words[w.index + 1].upos == "PROPN":
            w.upos, w.xpos, w.deprel = "PROPN", "NNP", "compound"  # "The All England Club"


def repair_preposition_first_names(words: list[Word]) -> None:
    """Make a capitalised first name spelt like a preposition, between a title and a surname, the head of the name, and
    the name the head of the title, where the tagger took the first name for the preposition ("Former Arsenal defender
    Per Mertesacker has launched ...": "Mertesacker" an oblique of "defender" after "per")."""
    for first in words[1:-1]:
        title, name = words[first.index - 1], words[first.index + 1]
        if first.upos != "ADP" or not first.text.istitle() or first.deprel != "case" or first.head != name.index \
                or name.upos != "PROPN" or name.head != title.index or title.upos != "NOUN" \
                or not title.text.islower() or is_title_case(words):
            continue
        for kid in words:
            if kid.head == title.index and kid is not name:
                kid.head = first.index
        tag_as_name(first)
        first.head, first.deprel = title.head, title.deprel
        title.head, title.deprel, name.head, name.deprel = first.index, "compound", first.index, "flat"


def _join_hyphened_name(words: list[Word], first: Word) -> None:
    """Make ``first``, a name's first word tagged a verb before a hyphen, a proper noun compound on the name the
    hyphen joins it to, and give that name the subject relation ``first`` held ("Dyfed-Powys Police urged")."""
    name = words[first.index + 2]
    top = name
    while top.head > top.index and words[top.head].upos == "PROPN" and top.deprel in ("compound", "flat"):
        top = words[top.head]
    if first.deprel.startswith("nsubj") and top.head == first.head:
        top.deprel = first.deprel
    first.upos, first.xpos, first.feats = "PROPN", "NNP", "Number=Sing"
    first.head, first.deprel = name.index, "compound"
    words[first.index + 1].head = name.index  # the hyphen


def repair_national_body_tags(words: list[Word]) -> None:
    """Tag as a proper noun, the body's name, a capitalised adjective before a lower-case organization noun that
    modifies a spokesperson or an official ("A Scottish government spokesperson said": as "A Welsh government
    spokesman", tagged so, names the Welsh government)."""
    for adjective in words[1:-2]:
        body = words[adjective.index + 1]
        insider = words[body.head] if body.head >= 0 else None
        if adjective.upos == "ADJ" and adjective.deprel == "amod" and adjective.head in (body.index, body.index + 1) \
                and adjective.text.istitle() and body.text.islower() and body.lemma.lower() in ORG_WORDS \
                and body.deprel == "compound" and insider is not None and insider.index == body.index + 1 \
                and insider.lemma.lower() in INSIDERS:
            adjective.upos, adjective.xpos, adjective.deprel, adjective.head = "PROPN", "NNP", "compound", body.index


def repair_named_body_tags(words: list[Word]) -> None:
    """Tag as a proper noun a capitalised noun that a lower-case organization noun before it modifies, the body's
    name, and the capitalised words between them ("Disability charity Scope said": "Scope" tagged a common noun, the
    charity's name; "Supporters' group Fair Game": "Fair" an adjective), made the head where the parse hung it on
    the noun ("social media platform X" with "X" the flat part of "platform") or on the verb ("Fashion retailer Next
    has warned")."""
    for name in words[1:]:
        if name.upos not in ("NOUN", "PROPN") or not name.text.istitle():
            continue
        noun = words[name.index - 1]
        adverb = name.deprel == "advmod" and name.head == noun.head and noun.deprel == "nsubj"  # "Fashion retailer
        # Next has warned": "Next" an adverb of the verb
        if (name.deprel == "flat" and name.head == noun.index or adverb) and noun.text.islower() \
                and noun.lemma.lower() in ORGANIZATION_NOUNS | BUSINESS_NOUNS and not any(
                k.head == name.index for k in words):
            name.head, name.deprel, name.lemma = noun.head, noun.deprel, name.text
            for k in words:
                if k.head == noun.index:
                    k.head = name.index
            noun.head, noun.deprel = name.index, "compound"
        first = name.index
        while first > 1 and words[first - 1].text.istitle() and words[first - 1].head == name.index \
                and words[first - 1].deprel in ("amod", "compound"):
            first -= 1
        noun = words[first - 1]
        if (first < name.index or name.upos == "NOUN") and noun.text.islower() and noun.deprel == "compound" \
                and noun.head == name.index and noun.lemma.lower() in ORGANIZATION_NOUNS:
            for word in words[first:name.index + 1]:
                word.upos, word.xpos = "PROPN", "NNP"
            for word in words[first:name.index]:
                word.deprel = "compound"


def repair_plural_person_tags(words: list[Word]) -> None:
    """Tag as a plural common noun, with its singular lemma, the capitalised plural of a person noun that opens the
    sentence, tagged a proper noun or left unlemmatised ("Spokesmen at the FBI declined": a person called
    "Spokesmen"; "Aides said": a group called "Aides"), a plural in "-men" tagged a singular ("Local fishermen
    said") and one tagged a verb whose subject is the name before it ("Edinburgh councillors on Tuesday approved")."""
    for noun in words:  # "Local fishermen said": the plural tagged a singular
        if noun.upos == "NOUN" and noun.xpos == "NN" and noun.text.endswith("men") \
                and noun.lemma.lower() == noun.text.lower()[:-3] + "man":
            noun.xpos, noun.feats = "NNS", "Number=Plur"
        place = words[noun.index - 1] if noun.index > 0 else None
        if place is not None and noun.upos == "VERB" and noun.deprel.startswith("nsubj") and noun.text.islower() \
                and noun.text[:-1] in TITLES | PERSON_NOUNS and place.upos == "PROPN" and place.head == noun.index:
            noun.upos, noun.xpos, noun.lemma, noun.feats = "NOUN", "NNS", noun.text[:-1], "Number=Plur"
            place.deprel = "compound"
    first, after = (words + [None, None])[:2]
    if first is None or first.upos not in ("PROPN", "NOUN") or not first.text[1:].islower() \
            or not first.text.endswith(("s", "men")) or after is not None and after.text[:1].isupper():
        return  # not a title before a name: "Mrs May", "Professors Foner and Alba"
    lower = first.text.lower()
    singular = lower[:-3] + "man" if lower.endswith("men") else lower[:-1]
    if singular in TITLES | PERSON_NOUNS and singular not in PARTY_MEMBERS | HONORIFICS:  # "Democrats": a name
        first.upos, first.xpos, first.lemma, first.feats = "NOUN", "NNS", singular, "Number=Plur"


def tag_as_name(word: Word) -> None:
    """Tag ``word`` a singular proper noun, its own lemma."""
    word.upos, word.xpos, word.lemma, word.feats = "PROPN", "NNP", word.text, "Number=Sing"


def is_title_case(words: list[Word]) -> bool:
    """Whether most words start with a capital, verbs all do: a headline in title case ("Trump Tells Congress ...";
    not "Health Secretary Wes Streeting voted against")."""
    return sum(w.text[:1].isupper() for w in words if w.text[:1].isalpha()) * 2 > \
        sum(1 for w in words if w.text[:1].isalpha()) \
        and not any(w.upos == "VERB" and w.text[:1].islower() for w in words)


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


def repair_noun_objects(words: list[Word]) -> None:
    """Make a name that the parse made the object of the common noun right before it (a noun has no object) the
    noun's apposition ("The restaurant chain TGI Fridays has collapsed": "Fridays" an object of "chain")."""
    for name in words:
        noun = words[name.head] if name.deprel == "obj" and name.upos == "PROPN" and name.head >= 0 else None
        if noun is not None and noun.upos == "NOUN" and noun.index < name.index \
                and all(w.upos == "PROPN" for w in words[noun.index + 1:name.index]):
            name.deprel = "appos"


def repair_described_name_obliques(words: list[Word]) -> None:
    """Make a name the subject of the verb, and the description right before it its compound, where the parse made the
    description (a person's noun in lower case) the subject and the name an oblique or an object of the verb
    ("Consumer advocate William McGee of the American Economic Liberties Project called the ruling ...")."""
    for name in words[1:]:
        noun, verb = words[name.index - 1], words[name.head] if name.head >= 0 else name
        if name.upos == "PROPN" and name.deprel in ("obl", "obj", "iobj") and noun.head == verb.index \
                and noun.deprel == "nsubj" and noun.upos == "NOUN" and noun.text.islower() \
                and noun.lemma.lower() in TITLES | PERSON_NOUNS | OCCUPATIONS and verb.upos == "VERB" \
                and not any(k.head == name.index and k.deprel == "case" for k in words):
            name.head, name.deprel, noun.head, noun.deprel = verb.index, "nsubj", name.index, "compound"


def repair_reports_inside_names(words: list[Word]) -> None:
    """Make a reporting verb that the parse ran into a name with the names on either side of it the sentence's
    verb, the name before it its subject and the clause after it its complement, with the name after it that
    clause's subject ("Enzo Maresca insists Chelsea are not in the title race": "Enzo Maresca insists Chelsea"
    one name, the subject of "race")."""
    for verb in words[1:-1]:
        clause = words[verb.head] if verb.head > verb.index else None
        before = [k for k in words if k.head == verb.index and k.index < verb.index]
        after = [k for k in words if k.head == verb.index and k.index > verb.index]
        if clause is None or verb.upos != "VERB" or verb.xpos not in ("VBZ", "VBD") or verb.deprel != "nsubj" \
                or verb.lemma.lower() not in SPEECH_VERBS or len(before) != 1 or not after \
                or before[0].upos != "PROPN" or before[0].deprel not in ("compound", "flat") \
                or words[verb.index - 1].upos != "PROPN" or words[verb.index + 1] is not after[0] \
                or not all(k.upos == "PROPN" and k.deprel in ("compound", "flat") for k in after):
            continue
        verb.head, verb.deprel, clause.head, clause.deprel = clause.head, clause.deprel, verb.index, "ccomp"
        before[0].deprel = "nsubj"
        after[0].head, after[0].deprel = clause.index, "nsubj"
        for k in after[1:]:
            k.head, k.deprel = after[0].index, "flat"
        return


def repair_name_ending_complements(words: list[Word]) -> None:
    """Make the capitalised word right after a name in a reporting verb's phrase the name's last word, where the
    parse took it for the verb's complement and hung the reported clause on it ("said on the BBC's Test Match Special
    that England had ...": "Special" an adjective, the report "Special that England had ...")."""
    for word in words[2:]:
        name, verb = words[word.index - 1], words[word.head] if word.head >= 0 else None
        if verb is None or word.deprel not in ("ccomp", "xcomp") or not word.text.istitle() \
                or word.upos not in ("ADJ", "NOUN", "PROPN") or verb.lemma.lower() not in SPEECH_VERBS \
                or name.upos != "PROPN" or name.head != verb.index or name.deprel not in ("obl", "obj"):
            continue
        clause = next((k for k in words if k.head == word.index and k.deprel == "ccomp" and any(
            m.head == k.index and m.deprel == "mark" and m.lemma.lower() == "that" for m in words)), None)
        if clause is None:
            continue
        word.upos, word.xpos, word.head, word.deprel = "PROPN", "NNP", name.index, "flat"
        clause.head = verb.index


def repair_named_roots(words: list[Word]) -> None:
    """Make a finite verb that the parse hung inside the name it made the sentence's root the root, with the name its
    subject: a past-tense verb with an object right after the name ("NASA Administrator Bill Nelson congratulated
    SpaceX.": "congratulated" a modifier of "Bill"), or a verb after the comma closing a relative clause on the name
    ("Senator Chris Murphy of Connecticut, who led the negotiations, called it ...": "called" a conjunct of "led"), or
    of the name itself, the title before the name its subject ("Opposition leader Friedrich Merz, whose conservatives
    lead in the polls, accused Scholz ..."); or a verb hung on the title the parse made the root, the name after it
    the verb's subject ("Health Secretary Robert F. Kennedy Jr., a longtime vaccine sceptic, called ...")."""
    root = next((w for w in words if w.head < 0), None)
    if root is None or root.upos != "PROPN":
        return
    end = max([root.index] + [k.index for k in words if k.head == root.index and k.deprel == "flat"])
    after = words[end + 1] if end + 1 < len(words) else None
    relative = any(k.head == root.index and k.deprel == "acl:relcl" for k in words)
    verb = after if after is not None and after.head == root.index and after.deprel == "acl" and after.xpos == "VBD" \
        and any(k.head == after.index and k.deprel == "obj" for k in words) else next(
            (w for w in words[end + 2:] if w.deprel == "conj" and w.xpos in ("VBD", "VBZ") and words[w.index - 1].text
             == "," and (words[w.head].deprel == "acl:relcl" and is_under(words, words[w.head], root)
                         or w.head == root.index and relative)
             and not any(k.head == w.index and k.deprel in ("cc", "nsubj") for k in words)), None)
    named = words[root.index + 1] if verb is None and root.index + 1 < len(words) else None
    if named is not None and named.deprel == "nsubj" and named.upos == "PROPN" and root.text.lower() in TITLES \
            and words[named.head].head == root.index and words[named.head].xpos in ("VBD", "VBZ"):
        verb = words[named.head]  # "Health Secretary Robert F. Kennedy Jr., a longtime vaccine sceptic, called":
        # "called" hung on the title, the name its subject
        move_full_stop(words, root, verb)
        verb.head, verb.deprel, root.head, root.deprel = -1, "root", named.index, "compound"
        for word in words[:root.index]:
            if word.head == root.index:
                word.head = named.index
        return
    if verb is None:
        return
    move_full_stop(words, root, verb)
    verb.head, verb.deprel, root.head, root.deprel = -1, "root", verb.index, "nsubj"
    for title in words[:root.index]:
        if title.head == root.index and title.deprel == "nsubj" and title.upos == "NOUN":
            title.deprel = "compound"


def repair_titled_as_names(words: list[Word]) -> None:
    """Make a titled name after "as" that phrase's object, the title its compound, where the parse made the name a
    clause with the title its subject ("the actor best known as Professor Dumbledore": "Professor" a subject, no
    one who speaks)."""
    for name in words[2:]:
        title, mark = words[name.index - 1], words[name.index - 2]
        if name.upos == "PROPN" and name.deprel in ("advcl", "acl") and mark.text.lower() == "as" \
                and mark.head == name.index and title.head == name.index and title.deprel.startswith("nsubj") \
                and title.text.lower().rstrip(".") in TITLES:
            title.deprel, mark.deprel, mark.upos, mark.xpos = "compound", "case", "ADP", "IN"
            name.deprel = "obl"


def repair_title_headed_names(words: list[Word]) -> None:
    """Make a person's name the head of a subject that the parse headed with the first word of a title before it, the
    name that word's apposition with no comma between and the title's other words the name's compounds ("Swimming
    Australia head coach Rohan Taylor said": "head" the subject, and "coach" lost from the role)."""
    for name in words[2:]:
        title = words[name.head] if name.head >= 0 and name.deprel == "appos" else None
        if title is None or name.upos != "PROPN" or title.upos != "NOUN" or title.lemma.lower() not in TITLES \
                or title.index + 1 >= name.index or not title.deprel.startswith("nsubj") \
                or not all(w.head == name.index and w.deprel == "compound" and w.upos == "NOUN" and w.text.islower()
                           for w in words[title.index + 1:name.index]):  # not "candidate Sen. Bernie Sanders"
            continue
        name.head, name.deprel = title.head, title.deprel
        title.head, title.deprel = name.index, "compound"
        return

