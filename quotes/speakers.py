"""Speaker stage: turn speaker mentions into canonical speakers.

Pure functions over mention words from the parse: describe a mention by its name, type (person, organization, group,
unknown; see ``quotes.speaker_types``; what a common noun says, in ``quotes.description_nouns``) and role, titles
and descriptions separated from the name by ``quotes.name_roles`` ("Pentagon spokesman John Kirby" -> name "John
Kirby", role "Pentagon spokesman"); the named subjects that pronouns and nominals may refer to are listed by
``quotes.antecedents`` with these descriptions, and ``quotes.references`` resolves them; ``quotes.canonical`` then
merges the names of one document into canonical speakers ("Kirby" -> "John Kirby", "The US" -> "US").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes.coordinated_names import (apposed_partner, coordinated_names, lists_places, one_person_with_and,
                                      two_named_people, untitled_names)
from quotes.description_nouns import (DIPLOMATIC_POSTS, described_by_title, description_method, family_name,
                                      is_age_description, is_demonym_description, is_document, is_place_office,
                                      names_a_person, of_many, opening_lone_noun, place_phrases, relation_of_person,
                                      several, sourced_from_thing, title_after_inverted_name, title_alone)
from quotes.headline_repairs import is_headline
from quotes.lexicon import (BUSINESS_NOUNS, EVENT_NOUNS, FIGURES, KNOWN_ORGANIZATIONS, NOBLE_TITLES,
                            NON_NAMES, ORG_HEAD_WORDS, ORG_WORDS, ORGANIZATION_NOUNS, PARTY_MEMBERS, PERSON_NOUNS,
                            PLACES, PLAYER_NOUNS, PRONOUNS, QUANTIFIERS, QUANTITIES, QUOTE_CHARS, REFLEXIVES,
                            RELATIVES, RELATIVES_OF, STATEMENT_NOUNS, TITLES, US_STATES)
from quotes.name_roles import known_possessive_business, names_a_business, split_role
from quotes.set_off_names import after_comma, known_as, named_after_comma, title_before_comma
from quotes.names import PARTIES, is_first_name, is_place_name, no_persons_name, shouted, spelt_like_company
from quotes.mention_extent import name_heads, without_circumstances
from quotes.mentions import (is_base_place, is_time_word, mention_words, name_text, those_described,
                             without_determiners)
from quotes.parsing import Sentence, Word
from quotes.speaker_types import (after_business_noun, called_which, classify, classify_in, described_after_as_body,
                                  described_as_business, ends_company_name, is_campaign_name, is_collective,
                                  is_group_of_people, is_known_organization, named_by_remit, typed_word)
from quotes.speaks_for import author_of, by_named_author, issued_from, spoken_for
from quotes.transcripts import across_headline_label


@dataclass
class SpeakerInfo:
    """The resolved speaker of one mention."""

    name: str | None
    kind: str
    role: str | None
    method: str


def describe(text: str, sentence: Sentence, head: Word, words: list[Word]) -> SpeakerInfo:
    """Name, type and role of a mention before pronoun resolution and merging. One brought in by a person noun
    without a name is a person with no name ("a witness"); a group named by a common noun opening the sentence is
    named in lower case ("Analysts said" and "analysts said" are one group); a headline's lone "Man" or "Teenager" is
    someone unnamed; a role after "whose" is the role alone ("whose organiser Jack Mills": "organiser")."""
    if opening_lone_noun(text, sentence, words):
        return SpeakerInfo(None, "person", head.text.lower(), "indefinite")
    if opening_lone_noun(text, sentence, words, BUSINESS_NOUNS) or head.upos == "NOUN" and is_headline(
            sentence.words) and opening_lone_noun(text, sentence, words, ORGANIZATION_NOUNS):  # "Airline blames
        return SpeakerInfo(None, "organization", head.text.lower(), "indefinite")  # ...", "Charity warns ...": unnamed
        # (not "Park said ...", a name)
    info = _describe(text, sentence, head, words)
    if (info.role or "").lower().startswith("whose ") and words[0].text.lower() == "whose":  # "..., whose organiser
        # Jack Mills said": the organiser (not "Mr. Slinker, whose latest start-up, Paradata,", a relative clause)
        info = SpeakerInfo(info.name, info.kind, info.role[len("whose "):], info.method)
    if info.name is None and info.kind == "unknown" and head.upos == "NOUN" and "Number=Plur" not in head.feats \
            and head.lemma.lower() in TITLES | PERSON_NOUNS | RELATIVES_OF:
        return SpeakerInfo(None, "person", info.role, info.method)  # "a witness", "the spokesman": someone unnamed
    first = next((w for w in sentence.words if w.upos != "PUNCT"), None)
    if info.kind == "group" and info.name and first is not None and first.upos != "PROPN" \
            and info.name.startswith(first.text) and first.start == next(
                (w.start for w in words if w.upos != "PUNCT"), None) and first.text[1:].islower() \
            and (first.lemma[:1].islower() or first.lemma.lower().removesuffix("s") in PERSON_NOUNS):  # not
        # "Republicans", whose lemma keeps its capital; "Sources", whose lemma kept it too
        return SpeakerInfo(info.name[0].lower() + info.name[1:], info.kind, info.role, info.method)
    return info


def _describe(text: str, sentence: Sentence, head: Word, words: list[Word]) -> SpeakerInfo:
    words = without_circumstances(sentence, head, words)  # "A federal judge ... on Friday": no "on Friday"
    words = [w for w in words if w is head or w.upos != "PRON" or w.text.lower() not in REFLEXIVES]  # "The Prime
    # Minister herself": the description
    while len(words) > 1 and words[-1].xpos == "POS" and not names_a_business(sentence, words[-2], words[-1]):
        # "Republicans' reaction: ...": the possessor speaks (but "McDonald's said" is the business)
        words = words[:-1]
    lemma = head.text.lower()
    if lemma in PRONOUNS and len(words) == 1:
        return SpeakerInfo(None, "unknown", None, "pronoun")
    bare = without_determiners(words)
    if len(bare) > 1 and is_known_organization(bare, name_text(text, bare)):  # "Marks and Spencer", not a pair of
        return SpeakerInfo(name_text(text, bare), "organization", None, "name")  # people; "Friends of the Earth
        # Scotland"
    if lemma in RELATIVES and len(words) == 1 and head.upos != "PROPN":  # "who" whose antecedent was not found: no
        # name (but "WHO" is the World Health Organization)
        return SpeakerInfo(None, "unknown", None, "relative")
    kids = sentence.children(head.index)
    if (lemma in ("those", "these") and kids) or (head.upos in ("VERB", "ADJ") and any(  # "Those who attended the
            k.deprel == "det" and k.text.lower() in ("those", "these") for k in kids)):  # meeting", "those surveyed"
        return SpeakerInfo(name_text(text, mention_words(sentence, head, full=True)), "group", None, "noun")
    if lemma in QUANTIFIERS - {"both", "each", "every"} and not any(k.deprel in ("nmod", "obl") for k in kids):
        return SpeakerInfo(None, "group", None, "indefinite")  # "Some argue ...", "Others said": some of a group,
        # no name (not "Some of the protesters")
    if shouted(name_text(text, words)):  # "AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY ...": a heading in capitals
        return SpeakerInfo(None, "unknown", None, "indefinite")
    if is_demonym_description(sentence, words):  # "the Egyptian", "the Dane": a person described, not named
        return SpeakerInfo(None, "person", name_text(text, bare), "indefinite")
    if is_age_description(words):  # "the 30-year-old"
        return SpeakerInfo(None, "person", name_text(text, bare), "indefinite")
    if len(bare) == 2 and bare[0].text.lower() == "no" and bare[1].text.lower() in NON_NAMES:
        bare = bare[1:]  # "No one knows ...": nobody named
    described = bare[1:] if len(bare) > 1 and bare[0].text.lower() in ("one", "another") \
        and bare[1].text.lower() != "of" else bare  # "one
    # resident": a description's words after its determiner, if any; none in "One of them"
    described = [] if described and (described[-1].upos == "PRON" or described == bare and len(bare) == 1
                                     and bare[0].text.lower() in ("one", "another")) else described  # "one, Sharon
    # Edwards": no role
    if len(bare) == 1 and (bare[0].text.lower() in NON_NAMES or is_time_word(bare[0], sentence.words)) \
            and not any(k.deprel == "appos" for k in sentence.children(head.index)):
        # "Another said", "Everyone can see", "a Republican who", "Monday" taken for a subject: nobody named
        role = bare[0].text if bare[0].text.lower() in PARTIES else None
        return SpeakerInfo(None, "unknown", role, "indefinite")
    appos = [k for k in sentence.children(head.index) if k.deprel == "appos" and k.upos == "PROPN"
             and sentence.subtree(k.index)[0].upos != "ADP"  # not ", of the Harvard ... School"
             and not across_headline_label(text, sentence.words[head.index:k.index])
             and not _quoted_after_colon(sentence.words[head.index:k.index + 1])]
    # not the headline's report after its label ("Historians: Clinton, Obama linked ..."), nor a quotation after a
    # colon ("WSJ editorial: 'Deport Nikki Haley.'"); "in the front: Mark Zuckerberg, who announced ..." names the speaker
    appos = appos or named_after_comma(sentence, head, words) or known_as(sentence, head)
    if (head.upos != "PROPN" or title_before_comma(sentence, head, appos) or is_time_word(head, sentence.words)) \
            and appos:
        # "the coach, Lisa Brown, said", "The Chancellor, Rachel Reeves, said" (the title tagged a name);
        # "On Sunday, Hillary Clinton, the ... front-runner, called" with "Sunday" taken for the subject
        name_words, _ = split_role(mention_words(sentence, appos[0]), appos[0], sentence)
        name = name_text(text, name_words)
        role = None if is_time_word(head, sentence.words) else \
            name_text(text, described) or None  # "district's superintendent", "One mother, Lisa Tran,": "mother"
        listed = [k for k in sentence.subtree(appos[0].index) if k.deprel == "conj" and k.upos == "PROPN" and (
            k.head == appos[0].index or sentence.words[k.head].deprel == "flat")]  # "Dr X Y and Dr Z W" hung on "X"
        if listed and not all(is_place_name(w.text) for w in [appos[0], *listed]):  # not "voters in Alabama, ..."
            joint = _joint_speaker(text, mention_words(sentence, appos[0]))  # "His lawyers, Susan Necheles and
            return SpeakerInfo(joint.name, joint.kind, role, "name")  # Joseph Tacopina,": both
        kind = "organization" if described_as_business(sentence, head, appos[0]) \
            or after_business_noun(sentence, name_words) else classify(name_words, appos[0], name)
        return SpeakerInfo(name, kind, role, "name")
    people = PERSON_NOUNS | TITLES  # "protesters" may keep its "s" in its lemma
    of = next((k for k in kids if k.deprel == "nmod" and (k.lemma.lower() in people or k.xpos == "NNS" and (
        k.lemma.lower().removesuffix("s") in people)) and any(c.lemma.lower() == "of" for c in sentence.children(
            k.index))), None) \
        if lemma == "one" and not any(k.deprel == "conj" for k in kids) else None  # not "one or more of"
    if of is not None:  # "one of the people said": one person, unnamed; "One of the men, Jessie Elkins, 70,": him
        named = next((k for k in sentence.children(of.index) if k.deprel == "appos" and k.upos == "PROPN"), None)
        if named is None:
            return SpeakerInfo(None, "person", name_text(text, words), "indefinite")
        name_words, _ = split_role(mention_words(sentence, named), named, sentence)
        role = [w for w in words if w.index < named.index - 1]
        return SpeakerInfo(name_text(text, name_words), "person", name_text(text, role), "name")
    surname = family_name(sentence, head)
    if surname is not None:  # "the family of Daniel Ortiz": the Ortiz family, as "the Ortiz family" is
        return SpeakerInfo(f"{surname} family", "group", None, "noun")
    issuer_word = issued_from(sentence, head)
    issued = _as_spoken_for(text, sentence, head, issuer_word) if issuer_word is not None else None
    if issued is not None and issued.name[:1].isupper():  # "a statement from the family of Daniel Ortiz", "a
        # letter from the White House"; not "a statement from the family", no name
        role = head.text if head.lemma.lower() not in ("statement", "report", "release") else None
        return SpeakerInfo(issued.name, issued.kind, role, issued.method)
    inner = [w for w in words if w is not head]
    after = [w for w in inner if w.start > head.start and w.upos == "PROPN"]
    if head.lemma.lower() in STATEMENT_NOUNS and any(w.upos == "PROPN" for w in inner) and not after:
        name_words, role_words = split_role([w for w in words if w.upos == "PROPN" or w.text[:1].isupper()], None,
                                            sentence)  # "a Kick It Out spokesperson": the capital "Out" in the name
        if all(w.text.lower() in PARTY_MEMBERS for w in name_words):  # "a senior Tory source": no name
            return SpeakerInfo(None, "unknown", name_text(text, bare), description_method(words))
        if all(w.text.lower() in TITLES for w in name_words + role_words):  # "The Prime Minister's official
            # spokesman": a title's, no name, as "the prime minister's spokesman" is
            return SpeakerInfo(None, "person", name_text(text, bare), description_method(words))
        following = next((w for w in words if w.index == name_words[-1].index + 1), None) if name_words else None
        if following is not None and following is not head and (
                following.lemma.lower() in ORG_WORDS | ORG_HEAD_WORDS
                or known_possessive_business(name_words[-1], following)):
            name_words = name_words + [following]  # "a Clinton campaign spokesman": the campaign speaks; "A
            # Sainsbury's spokesman": the business
        role = head.text if head.lemma.lower() not in ("statement", "report", "release") else None
        name = name_text(text, name_words)
        kind = classify(name_words, name_words[-1], name)
        if kind == "person" and "Number=Plur" in head.feats:  # "Gulf sources", "Obama officials": people, not one
            return SpeakerInfo(name_text(text, bare), "group", None, "noun")
        return SpeakerInfo(name, kind, role, "nominal")
    those = those_described(sentence, words, head) + sourced_from_thing(sentence, head)  # "families of those killed
    # at Sandy Hook ...", "data from the ESA's Mars Express spacecraft": no name
    if head.upos != "PROPN" and not any(w.upos == "PROPN" and not is_time_word(w, words)
                                        and not is_base_place(w, words) and w not in those for w in words):
        name = name_text(text, bare)
        document = is_document(head)  # "a new study", "polls": no name, never a group of people
        author = author_of(sentence, head) if document else spoken_for(sentence, head)  # "a spokesman for the home's
        author = author if author is not None and (document or author.upos == "PROPN") else None  # owners, Bluebird
        spoken = _as_spoken_for(text, sentence, head, author) if author is not None else None  # Care Group,": named
        if spoken is not None:  # "a poll conducted by the New York Times", "figures published by NHS England"
            return spoken
        many = several(sentence, head, words) or head.lemma.lower() == "group" and of_many(sentence, head)
        kind = "unknown" if document else "group" if many else classify(
            [w for w in words if w not in those], head, name)  # "a group of senators"; no school of "those killed at"
        if kind in ("group", "person") and head.text.istitle() and (
                called_which(sentence, head) or described_after_as_body(sentence, head)):
            kind = "organization"  # "Nats, which runs air traffic control", "Scope, a disability charity,": a body
        nominal = head.lemma.lower() in STATEMENT_NOUNS or document or head.lemma.lower() in TITLES | PERSON_NOUNS \
            | RELATIVES_OF and head.upos == "NOUN"  # not "Election scholars" with the noun tagged a verb; "the
        # victim's sister": someone unnamed
        if kind == "unknown" and words[0].lemma.lower() in ("a", "one", "another") and head.upos in ("NOUN", "ADJ") \
                and head.lemma.lower() not in QUANTITIES and not of_many(sentence, head):
            return SpeakerInfo(None, "unknown", name_text(text, described), "indefinite")  # "a developer", "one
            # regular": someone new, unnamed, not a speaker called "developer"
        if kind == "group" or not nominal:
            return SpeakerInfo(name or head.text, kind, None, "noun")
        method = "indefinite" if document else description_method(words)  # "the poll" is no one named before
        return SpeakerInfo(None, "unknown", name_text(text, described), method)
    behalf = spoken_for(sentence, head)
    spoken = _as_spoken_for(text, sentence, head, behalf) if behalf is not None else None
    if spoken is not None:  # "a spokesman for the Clinton campaign" speaks for it, as "a Clinton campaign spokesman"
        return spoken
    relation = relation_of_person(text, sentence, head, words)
    if relation is not None:  # "The sister of Ruth Perry", "the lawyer for John Smith": that person's, unnamed
        return SpeakerInfo(relation, "person", None, "noun")
    placed = head.lemma.lower() in PERSON_NOUNS and words[0].lemma.lower() == "the" and words[1].text[:1].isupper() \
        and words[-1] is head  # "the Belfast man"
    if head.upos == "NOUN" and (head.lemma.lower() in TITLES | PLAYER_NOUNS or placed) \
            and words[0].lemma.lower() in ("the", "a", "an") and "Number=Plur" not in head.feats:  # not "The GOP
        # leaders"
        role = name_text(text, words[1:])  # "the New York businessman", "the England international", "the Belfast
        # man": a description
        return SpeakerInfo(None, "unknown", role, description_method(words))
    if head.upos == "NOUN" and words[0].lemma.lower() in ("a", "an", "one") and "Number=Plur" not in head.feats \
            and (names_a_person(head) or is_collective(head) or head.lemma.lower() in ORGANIZATION_NOUNS) \
            and head.lemma.lower() not in STATEMENT_NOUNS \
            and after and not any(w.upos == "PROPN" for w in inner if w.start < head.start) \
            and {w.index for w in after} <= place_phrases(sentence, kids):  # "a web designer in Colorado", "a
        # family in Ohio", "a secondary school in Kent", "One mother from Leeds": someone new, described, not "Colorado"
        kind = "group" if is_collective(head) or is_group_of_people(sentence, head) else "organization" \
            if head.lemma.lower() in ORGANIZATION_NOUNS else "unknown"
        return SpeakerInfo(None, kind, name_text(text, words[1:]), "indefinite")
    owner = words[0].deprel == "nmod:poss" and words[0].head == head.index  # "Russia's embassy in ..."
    if head.upos == "NOUN" and (words[0].lemma.lower() == "the" or owner) and "Number=Plur" not in head.feats \
            and (head.lemma.lower() in ORG_WORDS | ORG_HEAD_WORDS | ORGANIZATION_NOUNS
                 or owner and head.lemma.lower() in DIPLOMATIC_POSTS) and after \
            and {w.index for w in after} <= place_phrases(sentence, kids) and any(
                w.text[:1].isupper() and w.deprel in ("amod", "compound", "nmod:poss") for w in words
                if w.index < head.index):
        return SpeakerInfo(name_text(text, words[0 if owner else 1:]), "organization", None, "noun")  # "The Russian
        # embassy in London", "the Houthi movement in Yemen": the body, named with where it is, not the place
    determined = words[0].lemma.lower() in ("the", "a", "an", "one", "another")
    titles_only = (determined or title_alone(text, described)) and "Number=Plur" not in head.feats and described \
        and described[-1].text.lower().rstrip(".") in TITLES and all(
            w.text.lower().rstrip(".") in TITLES | PARTY_MEMBERS | PARTIES.keys()
            or w.text.lower() in KNOWN_ORGANIZATIONS for w in described)  # "the Prime Minister", "one Labour MP"
    party_of_place = determined and len(described) >= 2 and described[-1].text.lower() in PARTY_MEMBERS \
        and name_text(text, described[:-1]).lower() in US_STATES | PLACES  # "a New Hampshire Republican"
    if titles_only or party_of_place or described_by_title(text, described):  # a description, no name: a person's
        return SpeakerInfo(None, "person", name_text(text, described), description_method(words))
    partner = apposed_partner(sentence, head) if head.upos == "PROPN" else None
    if partner is not None:  # "Nick Clegg, Meta's president ..., and Jennifer Newstead, its chief legal officer,"
        return SpeakerInfo(f"{name_text(text, words)} and {name_text(text, mention_words(sentence, partner))}",
                           "group", None, "name")
    heads = {h.index for h in name_heads(sentence, head)} if head.upos == "PROPN" else set()
    titled = next((w for w in words if w.deprel == "conj" and w.head in heads and w.text.lower() in TITLES
                   and after_comma(sentence, w) and not any(k.deprel == "flat" for k in sentence.children(w.index))),
                  None)  # not "Mr Biden, Mr Kishida and Mr Yoon", names after their titles
    if titled is not None:  # "Jane Doe, CEO and co-founder of Acme Robotics": a description parsed as a conjunct
        comma = max(w.index for w in words if w.text == "," and w.index < titled.index)
        info = describe(text, sentence, head, [w for w in words if w.index < comma])
        role = name_text(text, [w for w in words if w.index > comma and w.text != ","])
        return SpeakerInfo(info.name, info.kind, role or info.role, info.method)
    listed_people = [w for w in words if w.deprel == "conj" and w.head == head.index and head.upos == "PROPN"
                     and w.xpos == "NNS" and any(k.deprel == "compound" and k.upos == "PROPN"
                                                 for k in sentence.children(w.index))]  # "Texas and Oklahoma officials"
    if (listed_people or any(w.deprel == "conj" and w.upos == "PROPN"
                             and not lists_places(sentence, sentence.words[w.head]) for w in words)) \
            and any(w.upos == "CCONJ" for w in words) and not one_person_with_and(words) or two_named_people(words):
        return _joint_speaker(text, words)
    listed = [k for k in sentence.children(head.index) if k.deprel == "appos" and k.upos == "PROPN" and any(
        c.deprel == "conj" and c.upos == "PROPN" for c in sentence.children(k.index))]
    if head.upos == "PROPN" and listed:  # "The United States, Britain and Canada": a list parsed as an apposition
        last = max(w.index for w in sentence.subtree(listed[0].index))
        return _joint_speaker(text, [w for w in mention_words(sentence, head, full=True) if w.index <= last])
    plural = "Number=Plur" in head.feats or head.xpos == "NNS"
    named_after = [w for w in after if w.head == head.index and w.deprel in ("appos", "flat", "compound")]
    if head.upos == "NOUN" and head.lemma.lower() not in STATEMENT_NOUNS and (not after or plural and not named_after
                                                                           or by_named_author(sentence, head)):
        # the names only modify it ("Senate leaders", "observers in Virginia"), or name its author
        trimmed = without_determiners([w for w in words if w.index >= head.index or w.upos not in ("ADV", "PUNCT")])
        author = author_of(sentence, head) if is_document(head) else None
        spoken = _as_spoken_for(text, sentence, head, author) if author is not None and author.upos == "PROPN" \
            else None
        if spoken is not None:  # "unofficial results from the Department of State"
            return spoken
        named = [w for w in words if w.upos == "PROPN" and w.index < head.index]
        if head.lemma.lower() in FIGURES and named:  # "Home Office figures": the Home Office's
            name = name_text(text, named)
            return SpeakerInfo(name, classify(named, named[-1], name), None, "name")
        if is_document(head) and not named:
            return SpeakerInfo(None, "unknown", name_text(text, trimmed), "indefinite")  # "emails obtained by The
            # Herald", "official figures": what was written, no one named (but "a CBS News poll" is CBS News's)
        if is_campaign_name(trimmed):  # "Surfers Against Sewage"
            return SpeakerInfo(name_text(text, trimmed), "organization", None, "name")
        if (plural or head.lemma.lower() in QUANTITIES or is_collective(head)) and not ends_company_name(head):
            # "Senate leaders", "members of Congress", "a number of members of Congress", "Hospital staff"
            return SpeakerInfo(name_text(text, trimmed), "group", None, "noun")
        before = trimmed[:-1]
        if head.lemma.lower() in BUSINESS_NOUNS - ORG_WORDS and named and trimmed[-1] is head \
                and all(w.text[:1].isupper() for w in before):
            return SpeakerInfo(name_text(text, before), "organization", head.text, "name")  # "the Norfolk Southern
            # railroad": the company, its trade the role
        if head.lemma.lower() in (ORG_WORDS | ORG_HEAD_WORDS) - PERSON_NOUNS:  # "the Trump campaign", not Trump
            owner = next((k for k in kids if k.deprel == "nmod:poss" and k.upos == "PROPN"), None)
            owned, titles = split_role(mention_words(sentence, owner), owner, sentence) if owner else ([], [])
            if owned and titles and trimmed and trimmed[0] is titles[0]:  # "Defense Secretary Lloyd Austin's
                return SpeakerInfo(name_text(text, [owned[0], trimmed[-1]]), "organization",  # office": his office,
                                   name_text(text, titles), "noun")  # the title its role
            while len(trimmed) > 2 and trimmed[0].text.islower() and trimmed[0].deprel == "amod" \
                    and trimmed[1].text[:1].isupper():  # "The powerful IG Metall union", "the governing Georgian
                trimmed = trimmed[1:]  # Dream party": the body's name with its noun
            return SpeakerInfo(name_text(text, trimmed), "organization", None, "noun")
        if words[0].text.lower() in ("a", "an", "another", "one") and head.lemma.lower() in PERSON_NOUNS | TITLES:
            # "One Obama insider", "one Clinton aide": someone new, unnamed, not Obama (but "a CBS News poll" is CBS
            # News's)
            return SpeakerInfo(None, "unknown", name_text(text, words[1:]), "indefinite")
        if is_place_office(words, head):  # "Edinburgh's council leader": whoever holds the office, perhaps named later
            return SpeakerInfo(None, "person", name_text(text, trimmed), "nominal")
        possessed = any(k.deprel == "nmod:poss" and k.upos == "PROPN" for k in sentence.children(head.index))
        if head.lemma.lower() in TITLES | RELATIVES_OF | BOSSES or possessed:  # "Pagliano's lawyer", "Former DNC
            # chairman", "Gary Johnson's doctor", "Liverpool boss": that person, unnamed, not the name
            kind = "person" if head.lemma.lower() in TITLES | RELATIVES_OF | PERSON_NOUNS else \
                "group" if head.lemma.lower() in ("family", "team", "staff", "allies") else "unknown"
            return SpeakerInfo(name_text(text, trimmed), kind, None, "noun")
    if head.lemma.lower() in EVENT_NOUNS and after and not named_after:  # "The popularity of Sanders shows ...",
        # "Clinton's aggressive attack on Trump suggested ...": a thing that happened, not the one it happened to
        return SpeakerInfo(name_text(text, without_determiners(words)), "unknown", None, "noun")
    if named_by_remit(sentence, head):  # "The prefecture for the Channel and North Sea"
        return SpeakerInfo(name_text(text, without_determiners(words)), "organization", None, "noun")
    known = without_determiners(words)
    if len(known) > 1 and name_text(text, known).lower() in KNOWN_ORGANIZATIONS:  # "Dignity in Dying", whole
        return SpeakerInfo(name_text(text, known), "organization", None, "name")
    name_words, role_words = split_role(words, head, sentence)
    name = name_text(text, name_words)
    role = name_text(text, role_words) or None
    described = [k for h in name_heads(sentence, head) for k in sentence.children(h.index)
                 if k.upos == "NOUN" and (k.deprel == "appos" or k.deprel == "flat" and after_comma(sentence, k))
                 or k.upos == "PROPN" and k.text.lower() in TITLES and k.deprel in ("appos", "flat", "conj")
                 and after_comma(sentence, k)]  # "Jane Doe, CEO of Acme,": the title tagged a name
    described = [k for k in described if sentence.subtree(k.index)[0].lemma.lower() != "whose"]  # not "Mr. Slinker,
    # whose latest start-up, Paradata, ...": a relative clause the parse took for a description
    described = described or title_after_inverted_name(sentence, head, name_words)
    if described and (all(w.text.endswith(".") for w in role_words) or [w.text.lower() for w in role_words] == [
            described[0].lemma.lower()]):  # "John Smith, a spokesman for the company, said"; "Rep. Kevin McCarthy,
        # the House minority leader": the description, not "Rep."; "Professor Kevin McConway, an emeritus professor of
        # statistics": the description says more than the title
        role_words = mention_words(sentence, described[0])
        while role_words and (role_words[0].upos == "DET" or role_words[0].head == described[0].index
                              and (role_words[0].deprel == "cop" or role_words[0].deprel == "nsubj"
                                   and role_words[0].upos == "PRON")):  # "a spokesman", "who was director"
            role_words = role_words[1:]
        role = name_text(text, role_words) or None
    if len(name) < 2 and name.lower() not in KNOWN_ORGANIZATIONS:  # "l", a bullet's glyph the tagger took for a
        # name (not the platform "X")
        return SpeakerInfo(None, "unknown", role, "indefinite")
    kind = classify_in(sentence, name_words, typed_word(name_words, head), name)
    if kind == "person" and head.upos == "NOUN" and "Number=Plur" in head.feats and name_words \
            and name_words[0].index > head.index and head.lemma.lower() in TITLES | PERSON_NOUNS:
        if head.lemma.lower() in ("source", "insider") and is_place_name(name):  # "sources in Portugal": unnamed
            return SpeakerInfo(name_text(text, without_determiners(words)), "group", None, "noun")  # people
        kind = "organization"  # "Officials in Catalonia": the place they speak for, as "Officials in Texas"
    if kind == "person" and head.upos == "NOUN" and head.lemma.lower() in BOSSES and name_words[0].index > head.index \
            and no_persons_name(text, name):
        kind = "organization"  # "The boss of Waitrose": a business, not a person called Waitrose
    if kind == "person" and role_words and role_words[-1].xpos == "POS" and len(role_words) > 1:
        role = name_text(text, role_words[:-1])  # "NASA's Steve Stich": of NASA (but "Obama's Justice Department")
    return SpeakerInfo(name, kind, role, "name")


BOSSES = frozenset("boss chief ceo chairman chairwoman founder owner".split())  # of a business
def _as_spoken_for(text: str, sentence: Sentence, head: Word, principal: Word) -> SpeakerInfo | None:
    """``principal`` described as the speaker, with ``head``'s word for the role ("a spokesman for the Clinton
    campaign": the campaign, role "spokesman"; "a poll by Gallup": Gallup, role "poll"); None when it has no name."""
    info = describe(text, sentence, principal, mention_words(sentence, principal))
    parts = (info.name or "").split()
    kind = "organization" if info.kind == "person" and (
        len(parts) > 2 and not is_first_name(parts[0]) and not re.search(r"\b[A-Z]\.", info.name)
        and parts[0].lower() not in NOBLE_TITLES or any(spelt_like_company(p) for p in parts)) \
        else info.kind  # "a spokeswoman for Howletts Wild Animal Park", "a spokesperson for TransPennine Express";
    # not "a lawsuit by Yulia V. Tymoshenko", nor "a spokesperson for the Duke of Sussex"
    return SpeakerInfo(info.name, kind, head.text, info.method) if info.name else None


def _quoted_after_colon(words: list[Word]) -> bool:
    """``words`` hold a colon with a quotation mark right after it."""
    return any(w.text == ":" and nxt.text in QUOTE_CHARS for w, nxt in zip(words, words[1:]))


def _joint_speaker(text: str, words: list[Word]) -> SpeakerInfo:
    """The speaker of a mention that joins names with "and" (see :func:`quotes.coordinated_names.coordinated_names`):
    a group, or one organization."""
    names, role_words, one = coordinated_names(words)
    untitled = None if one else untitled_names(names)  # "Det Sgt Paul Allen and Det Con Sarah Lee"
    name = ", ".join(name_text(text, n) for n in untitled[:-1]) + " and " + name_text(text, untitled[-1]) \
        if untitled else name_text(text, names)
    return SpeakerInfo(name, "organization" if one else "group", name_text(text, role_words) or None, "name")
