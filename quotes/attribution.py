"""Attribution stage: resolve the speakers of draft quotations (``quotes.drafts``) into records.

A speaker mention is described (``quotes.speakers``): a name, a pronoun resolved to the latest entity that agrees with
it, a nominal ("the spokesman") resolved to the latest person, one such as "the company" to the organization named
before it, "the statement" to whoever issued it, or a relative pronoun resolved to its antecedent
(``quotes.references``); after someone brought in unnamed ("a spokesman"), "he" and "the aide" are that someone, not
the person named before; names are then merged into one canonical speaker per person, of the sex the mention gives
("Mrs. Clinton" is not Bill Clinton).
"""

from __future__ import annotations

import bisect
from itertools import chain

from quotes.antecedents import candidate_entities, faceless_names, place_names, thing_owners
from quotes.canonical import canonical_kinds, canonical_names, lone_names_in_full, nearest_full_name, of_sex
from quotes.claims import relative_antecedent
from quotes.clauses import asker_spans
from quotes.cues import Cue
from quotes.description_nouns import is_age_description, is_demonym_description, is_place_office, other_nationals
from quotes.drafts import Draft, draft_quotations
from quotes.idioms import in_a_statement
from quotes.lexicon import (CANDIDATE_NOUNS, EVENT_NOUNS, HONORIFICS, ISSUED_NOUNS, OCCUPATIONS, PAIR_NOUNS,
                            PARTY_MEMBERS, PERSON_NOUNS, RELATIVES_OF, SPOKESPEOPLE, STATEMENT_NOUNS, TIME_WORDS,
                            TITLES)
from quotes.marks import QuoteSpan, inside, outer_range
from quotes.mentions import after_separator, mention_words, with_approximator
from quotes.parsing import Sentence, Word
from quotes.records import Quotation
from quotes.names import (companies_in_text, first_name_genders, full_names_in_text, honorific_genders, is_company_name,
                          no_persons_name, parties_differ, slug)
from quotes.mention_extent import before_cue, before_reported_clause, mention_end
from quotes.organization_references import (company_modifier, headline_body, organization_referred,
                                           organization_spoken_for, paragraph_organization)
from quotes.references import (BODY_NOUNS, POSSESSED_OFFICES, Entity, apposed_name, beyond_closed_report,
                               company_reporting_itself, described_people, family_referred, interlocutor,
                               introduced_after_lede, issuer, mention_sex, names_an_office, of_other_sex,
                               possessed_organization, refers_back, reporter_of, resolve_pronoun, whose_owner)
from quotes.speakers import PRONOUNS, SpeakerInfo, describe
from quotes.speaks_for import organization_modifier, spoken_for
from quotes.transcripts import find_turns, interview_turns, quoted_turn
from quotes.unnamed import (Unnamed, first_role, holds_other_title, introduced_unnamed, is_person_noun, latest_unnamed,
                            noun_sex, someones, unnamed_subjects)

# Who stays unnamed, unless a role names them: "the source", and "the woman", "the nurse" (a person noun, neither a
# title nor an occupation, is mostly someone the article never names; "the scientist" is the one it just named)
UNNAMED_NOUNS = frozenset("source insider witness".split()) | (PERSON_NOUNS - TITLES - OCCUPATIONS)
CONFIDENCE = {"name": 0.9, "nominal": 0.75, "noun": 0.8, "pronoun": 0.75, "relative": 0.75, "follow-on": 0.6,
              "raising": 0.5, "unnamed": 0.5}


def _speaking_cue(draft: Draft) -> Cue | None:
    """The cue whose speaker speaks a draft: its own, or for a follow-on quote the one it follows."""
    return draft.cue or (draft.speaker_from.cue if draft.speaker_from else None)


def _speaker_position(draft: Draft) -> int:
    """Where a draft's speaker is written ("The company expects ..., it said": "The company" first)."""
    cue = _speaking_cue(draft)
    return cue.speaker.start if cue is not None and cue.speaker is not None else draft.start


def _described_head(sentence: Sentence, speaker: Word) -> Word:
    """The noun a name stands in apposition to with no comma between them ("Democratic strategist Hank Sheinkopf":
    the mention starts at "Democratic"); the name itself otherwise."""
    head = sentence.words[speaker.head] if speaker.deprel == "appos" and speaker.head >= 0 else None
    if head is not None and head.upos == "NOUN" and speaker.index == head.index + 1 \
            and head.lemma.lower() not in TIME_WORDS and not any(k.deprel == "case" for k in sentence.children(head.index)):
        return head  # not "On Thursday evening Hillary Clinton", "At the moment Chris Christie"
    return speaker


def attribute(doc_id: str, text: str, sentences: list[Sentence], quotes: list[QuoteSpan],
              paragraph_starts: list[int]) -> list[Quotation]:
    """Find every quotation of one parsed document and return its records, in text order.

    Transcript turns ("TAPPER: ...") are quotations of their labelled speaker; quotation marks
    and cues inside them are not looked at again.
    """
    labelled, interview = find_turns(text), interview_turns(text)
    turns = sorted(labelled + interview, key=lambda t: t.start)
    spans = [(t.label_start, t.end) for t in labelled]  # reports inside an answer are still read
    quotes = [q for q in quotes if not any(a < outer_range(q)[1] and outer_range(q)[0] < b for a, b in spans)]
    sentences = [s for s in sentences if not any(s.start < b and a < s.end for a, b in spans)]
    drafts = draft_quotations(text, sentences, quotes)
    drafts += [Draft("direct", t.start, t.end, list(t.spans), None, "transcript", turn=t) if quoted_turn(text, t)
               else Draft("indirect", t.start, t.end, [], None, "transcript", turn=t) for t in turns]
    drafts.sort(key=lambda d: (d.start, d.end))
    outer_ranges = [outer_range(q) for q in quotes if q.depth == 0]
    objects = [e for e in candidate_entities(text, sentences, ("obj", "iobj")) if not inside(e[0], outer_ranges)]
    passing: list[Entity] | None = None
    entities = [e for e in candidate_entities(text, sentences)  # a name inside a quotation is no antecedent
                if not inside(e[0], outer_ranges)]  # ('"Civility ... was assumed," he said')
    owners = [e for e in thing_owners(text, sentences) if not inside(e[0], outer_ranges)]  # for pronouns only
    places = place_names(text, {e[1] for e in entities if e[2] == "person"}, entities)
    entities = [(o, n, "organization" if n in places else k, r) for o, n, k, r in entities]  # "Clarkston": no "he"
    genders = honorific_genders(text)  # by surname; names get the gender of the pronouns resolved to them
    named_people = [(e[1], e[2]) for e in entities + objects if e[2] == "person"]
    full = [n for n, _ in named_people + full_names_in_text(text, named_people)]
    surnames = {n.split()[-1] for n in full if " " in n}  # "Hart" of "PC Daniel Hart": a person, no company
    for surname, sex in first_name_genders(full).items():
        genders.setdefault(surname, sex)  # "Comey" after "James B. Comey" is no "she"
    faceless = faceless_names(text, {e[1] for e in entities if e[2] == "person"}, entities, genders)  # "Octopus
    # said it ...": a body for "a spokeswoman" or "the airline", though its type waits for the pronouns resolved
    spoken_of = companies_in_text(text)  # names the text speaks of as companies
    companies = spoken_of & ({e[1] for e in entities} | {w for e in entities if e[2] == "person"
                                                          for w in (e[3] or "").split()})  # "Boeing chief executive"
    resolved: dict[int, tuple[SpeakerInfo, list[Word], Cue, Word]] = {}
    speaking = {id(c.speaker) for d in drafts if (c := _speaking_cue(d)) is not None and c.speaker is not None}
    # people brought in unnamed ("a spokesman", "a White House official"); who speaks is added below, with principal
    unnamed: list[Unnamed] = unnamed_subjects(sentences, speaking, outer_ranges)
    speakers: list[Entity] = []  # the named speakers resolved so far
    reports: list[tuple[Sentence, Word, str, str]] = []  # and the reporting words of those who report
    unnamed_roles: dict[int, str] = {}  # the descriptions of those brought in unnamed, by offset
    headline_end = paragraph_starts[1] if len(paragraph_starts) > 1 else len(text)  # the title, or the lede
    lede_end = paragraph_starts[2] if len(paragraph_starts) > 2 else len(text)  # the title and the lede
    after_lede_end = paragraph_starts[3] if len(paragraph_starts) > 3 else len(text)  # and the paragraph after it
    for draft in sorted(drafts, key=_speaker_position):  # antecedents resolved before what refers to them
        cue = _speaking_cue(draft)
        if cue is None or cue.speaker is None:
            continue
        head = _described_head(cue.sentence, cue.speaker)  # "Democratic strategist Hank Sheinkopf": the role too
        words = mention_words(cue.sentence, head)
        antecedent = relative_antecedent(cue)
        if antecedent is not None and antecedent.lemma.lower() in EVENT_NOUNS:  # "the endorsement of Gordon
            antecedent = next((w for w in reversed(mention_words(cue.sentence, antecedent))  # Humphrey, who": him
                               if w.upos == "PROPN" and w.deprel.startswith("nmod")), antecedent)
        if antecedent is not None and cue.speaker.text.lower() == "who":  # not "Rootstrikers, a group that"
            antecedent = _apposed_to_name(cue.sentence, antecedent)
        if antecedent is not None:  # "Marc Morial, who suggested ...": the mention stays "who"
            info = describe(text, cue.sentence, antecedent, mention_words(cue.sentence, antecedent))
            info = SpeakerInfo(info.name, info.kind, info.role, "relative") if info.name else info
        else:
            info = describe(text, cue.sentence, head, words)
        behalf = spoken_for(cue.sentence, head) or organization_modifier(cue.sentence, head) if info.name is None \
            else None  # "a spokeswoman for the agency", "a company spokeswoman"
        if behalf is not None and (behalf.deprel in ("compound", "amod")
                                   or refers_back(mention_words(cue.sentence, behalf))):
            found = organization_spoken_for(behalf, entities, companies)
            if found:
                info = SpeakerInfo(found[1], "organization", info.role, info.method)
        elif info.name is None and (found := paragraph_organization(
                cue.speaker, words, entities, paragraph_starts[at := _paragraph(paragraph_starts, cue.speaker.start)],
                paragraph_starts[max(0, at - 1)], faceless)) is not None:  # "CalMac ... A spokesman said"
            info = SpeakerInfo(found[1], "organization", info.role, info.method)
        if info.name is None and info.method == "indefinite" and antecedent is None \
                and [w.text for w in cue.sentence.words[words[-1].index + 1:words[-1].index + 2]] == [","]:
            named = apposed_name(text, cue.sentence, words)  # "Grant Young, another unaligned Iowa Republican
            if named:  # strategist, said" with "Grant" parsed as a verb; not "Clinton, a top aide said, ..."
                info = SpeakerInfo(named, "person", info.role, "nominal")
        noun = antecedent if antecedent is not None else cue.speaker  # what "who" stands for: "the woman, who"
        foreign = other_nationals(cue.sentence, words, chain(speakers, entities))  # "the Slovenian"
        answering = next((t.name for t in turns if t.name and t.start <= cue.speaker.start < t.end), None)
        if info.method == "pronoun" and answering and cue.speaker.text.lower() in ("i", "we"):
            info = SpeakerInfo(answering, "person", None, "pronoun")  # "A: I think ...": the interviewee
        elif info.method == "pronoun":
            goes_on = cue.lemma in ("add", "continue") and (draft.kind != "indirect" or any(
                w.upos in ("VERB", "AUX") for w in cue.content)) and any(  # not "Later, he added trucks", nor
                cue.speaker.head == w.index for w in cue.words)  # "'...,' he said, adding that": said's "he"
            found = resolve_pronoun(cue.speaker, speakers, genders, [], unnamed) if goes_on else None  # "Sanders
            # said Obama had failed. He added ...": Sanders, who spoke, not Obama
            spoken_to = interlocutor(cue.sentence, cue.speaker)
            if spoken_to is not None and not found:
                met = describe(text, cue.sentence, spoken_to, mention_words(cue.sentence, spoken_to))
                found = (met.name, met.kind) if met.name and met.kind == "person" else None
            found = found or company_reporting_itself(cue, entities, companies) or resolve_pronoun(
                cue.speaker, beyond_closed_report(text, cue, entities + owners), genders, objects, unnamed, speakers,
                draft.kind == "direct")
            found = found and reporter_of(found, cue.speaker, entities, reports, genders)
            sex = PRONOUNS.get(cue.speaker.text.lower())
            if found:
                info = SpeakerInfo(found[0], found[1], None, "pronoun")
                if sex in ("male", "female"):
                    genders.setdefault(found[0], sex)
            elif sex in ("male", "female"):  # "The victim's mother described ... she said": her, unnamed, with her
                last = latest_unnamed(unnamed, cue.speaker.start, sex)  # description
                if last is not None and last[0] in unnamed_roles:
                    info = SpeakerInfo(None, "person", unnamed_roles[last[0]], "pronoun")
        elif (family := family_referred(cue.sentence, cue.speaker, entities)) is not None:
            info = SpeakerInfo(family, "group", None, "nominal")
        elif info.method == "noun" and (body := headline_body(cue.speaker, words, entities, headline_end,
                                                               after_lede_end)):  # "..., says regulator"
            info = SpeakerInfo(body[1], "organization", None, "nominal")
        elif info.method == "noun" and refers_back(words):  # "the company": the latest organization
            if passing is None:  # names in prepositional phrases, found once, when first wanted
                passing = [e for e in candidate_entities(text, sentences, ("obl", "obl:agent", "nmod"))
                           if not inside(e[0], outer_ranges)]
            bodies = [(o, n, "organization" if n in faceless else k, r) for o, n, k, r in entities]  # "the airline"
            found = organization_referred(text, cue.speaker, bodies, objects, passing, companies)  # after "Air Canada"
            named_here = None if found else company_modifier(cue.sentence, cue.speaker, surnames)  # "A SpaceX rocket
            # exploded ..., the company said": the words are its role, for "the company" after it
            if named_here:
                companies.add(named_here[1])  # a company wherever else it is named
            info = SpeakerInfo(found[1], "organization", None, "nominal") if found else \
                SpeakerInfo(named_here[1] if named_here else None, "organization", info.name, "nominal")  # no
            # organization "campaign" that would gather every campaign of a corpus: the words are the role
        elif info.method == "noun" and [w.lemma.lower() for w in words] in (["the", n] for n in PAIR_NOUNS):
            found = next((e for e in reversed(entities) if e[0] < cue.speaker.start and e[2] == "group"
                          and " and " in e[1] and e[1][:1].isupper() and e[1].split(" and ")[-1][:1].isupper()),
                         None)  # "the pair" after "Ben Cohen and Jerry Greenfield said"
            info = SpeakerInfo(found[1], "group", None, "nominal") if found else \
                SpeakerInfo(None, "group", words[-1].text, "nominal")
        elif info.method == "noun" and possessed_organization(words):  # "his campaign": the Trump campaign
            found = whose_owner(text, cue.sentence, words[0]) if words[0].text.lower() == "whose" \
                else resolve_pronoun(words[0], entities, genders, objects, unnamed)
            if found and found[1] == "person":
                kind = "group" if words[-1].text.lower() == "family" else "organization"
                owner = found[0].split()[-1] + ("'s" if words[-1].text.lower() in POSSESSED_OFFICES else "")
                info = SpeakerInfo(f"{owner} {words[-1].text}", kind, None, "nominal")  # "Fetterman's office"
        elif info.method == "noun" and info.kind in ("organization", "unknown") and len(words) >= 2 \
                and words[0].upos == "PRON" and (len(words) == 2 or words[0].xpos in ("PRP$", "WP$") and all(
                    w.text.islower() or w.text == "-" for w in words[2:])):
            info = SpeakerInfo(None, info.kind, text[words[1].start:words[-1].end], "nominal")  # "their union",
            # "his company", "their expedition company": unnamed, no speaker "Their union" of every article
        elif info.name is None and cue.speaker.lemma.lower() in ISSUED_NOUNS:  # "the statement", "her letter"
            found = issuer(text, cue.sentence, cue.speaker, sentences, entities, genders, objects, companies)
            if found:
                info = SpeakerInfo(found[0], found[1], info.role, "nominal")
        elif (info.name is None and info.method == "indefinite" or names_an_office(info.name, info.kind)) \
                and headline_end <= cue.speaker.start < lede_end \
                and (first := introduced_after_lede(noun, words, [e for e in entities if e[0] >= cue.speaker.end
                                                                  and e[2] == "person"], after_lede_end)):
            info = SpeakerInfo(first[0][1], "person", info.role or info.name, "nominal")  # the lede's "A federal
            # judge", "The Archbishop of Canterbury": whom the next paragraph names so ("U.S. District Judge ...")
        elif info.name is None and (info.method != "indefinite" or cue.speaker.start < headline_end and len(words) == 1
                                    and noun.lemma.lower() in TITLES) and cue.speaker.text.lower() != "which":
            # "the spokesman": the latest person (with that role, if any); "a spokesman" is someone new, but a
            # headline's bare "mayor vows" the mayor the story names; an unresolved "which" no person
            askers = asker_spans(cue.sentence)  # "Asked by Kristen Welker ..., the Washington Democrat said"
            people = [e for e in entities if e[0] < cue.speaker.start and e[2] == "person" and e[1] not in foreign
                      and not parties_differ(info.role, e[3])  # "The GOP nominee" is no Libertarian
                      and not of_other_sex(noun_sex(noun), e[1], genders)  # "the spokeswoman" is no man
                      and not any(a <= e[0] < b for a, b in askers)]
            match = described_people(noun, words if noun is cue.speaker else [], people)
            headline = [] if noun.lemma.lower() not in CANDIDATE_NOUNS else [
                b for h in people if h[0] < headline_end
                for b in people if b[0] >= headline_end and b[1].split()[-1] == h[1].split()[-1]]
            below = [e for e in entities if e[0] >= max(headline_end, cue.speaker.end) and e[2] == "person"]
            owned = any(k.deprel == "nmod:poss" and k.lemma.lower() not in BODY_NOUNS  # "the prime minister's
                        for k in cue.sentence.children(noun.index))  # spokesman", not "the company's president"
            proper = noun is cue.speaker and any(w.upos == "PROPN" and w.index > noun.index + 1 for w in words) \
                and cue.sentence.words[noun.index + 1].text.lower() in ("of", "at", "for")  # a body named after it
            remit = any(w.upos == "NOUN" and w.deprel == "compound" and w.head == noun.index and w.text.islower()
                        for w in words)  # "the education secretary" is no "general secretary"
            named_below = [] if people or cue.speaker.start >= lede_end else (
                described_people(noun, words if noun is cue.speaker else [], below)
                or ([] if owned or proper or remit else described_people(noun, [], below))
                or ([] if owned or cue.speaker.start < headline_end
                    else introduced_after_lede(noun, words, below, after_lede_end)))
            # "Chancellor defends budget" over "The Chancellor, Rachel Reeves", "the local governor" over "Governor
            # Alexander Bogomaz": the one named so (by the description's words, else its noun, unless it is someone's,
            # "the prime minister's spokesman", or a body's, "The chairman of the Post Office" no "Committee
            # chairman"), or for the lede's, the one the next paragraph names bare
            name = apposed_name(text, cue.sentence, words) or (headline[-1][1] if headline else None) \
                or (match[-1][1] if match else None) or (named_below[0][1] if named_below else None)  # "the
            # candidate" after "Trump hires": Trump, as the article names him (not a headline's "Ben Carson Defends");
            # after someone unnamed, no one named before ("A White House official said ... The aide declined")
            last = latest_unnamed(unnamed, cue.speaker.start, noun_sex(noun))
            after_unnamed = last is not None and (not people or people[-1][0] < last[0])
            spokesperson = noun.lemma.lower() in SPOKESPEOPLE and not any(
                set((e[3] or "").lower().split()) & SPOKESPEOPLE for e in people
                if e[1].split()[-1] == people[-1][1].split()[-1])  # "The Prime Minister's official
            # spokesman" after Justin Welby; but "The congressman's spokesman" after "Gowdy spokesman Jamal Ware"
            if name is None and people and not after_unnamed and noun.lemma.lower() not in UNNAMED_NOUNS \
                    and not introduced_unnamed(noun, sentences) and not someones(cue.sentence, noun, spokesperson) \
                    and not holds_other_title(noun, words, people[-1][3] or first_role(people, words)):
                name = people[-1][1]  # not for "his physician", "the council's chief executive" after a councillor
            if name:
                info = SpeakerInfo(name, "person", info.role, "nominal")
            elif after_unnamed and last[2] is not None:
                info = SpeakerInfo(last[2][0], last[2][1], info.role, "nominal")
            elif is_place_office(words, noun):  # "Connecticut's tax commissioner", named nowhere: the office speaks
                info = SpeakerInfo(info.role, "person", None, "noun")
        aged = is_age_description(words)  # "the 30-year-old said she ...", a report too
        if info.name is None and (aged or draft.kind != "indirect" and is_demonym_description(cue.sentence, words)):
            spoke = [e for e in speakers + entities
                     if e[0] < cue.speaker.start and e[2] == "person" and e[1] not in foreign]
            spoke.sort(key=lambda e: e[0])
            if spoke and (_paragraph(paragraph_starts, cue.speaker.start) - _paragraph(paragraph_starts, spoke[-1][0])
                          <= 2 or cue.lemma in ("add", "continue")):  # '"...," the Dutchman added': the one who
                info = SpeakerInfo(spoke[-1][1], "person", info.role, "nominal")  # spoke; '"...," the Italian said'
                # after Ancelotti spoke, or was the subject, in the same paragraph or the two before: Ancelotti
        if info.name:  # in text order, after any entity at the same offset
            for known in (entities, speakers):
                bisect.insort(known, (cue.speaker.start, info.name, info.kind, info.role), key=lambda e: e[0])
        # someone brought in unnamed ("a spokesman") or for an organization ("a White House official"), not one who
        # asks ("a reporter asked": "he" after it is the one asked)
        person_noun = is_person_noun(cue.speaker) or is_demonym_description(cue.sentence, words) or aged  # "The
        # Egyptian", "the 30-year-old"
        speaks_for = info.kind == "organization" and cue.speaker.lemma.lower() in STATEMENT_NOUNS
        if person_noun and cue.lemma != "ask" and (info.name is None or speaks_for):
            unnamed.append((cue.speaker.start, noun_sex(cue.speaker), (info.name, info.kind) if info.name else None))
            if info.name is None and info.role:
                unnamed_roles[cue.speaker.start] = info.role
        resolved[id(draft)] = (info, words, cue, head)
        if info.name:
            reports.append((cue.sentence, cue.words[0], info.name, info.kind))
    surnames = {e[1].split()[-1] for e in entities if e[2] == "person" and " " in e[1]}
    named_bodies = entities + [e for e in objects if e[2] == "organization" and e[1].split()[0] not in surnames]
    # "fined Southwest Airlines": then "Southwest said" is the airline (not "Trump" by "Trump Tower")
    names = [(e[1], e[2]) for e in named_bodies] + [(t.name, "person") for t in turns if t.name]
    names += full_names_in_text(text, names)
    canon = canonical_names(names)
    told = [e[1] for e in objects if e[2] == "person"]
    canon.update({n: full for n, full in lone_names_in_full(names, told, text).items()
                  if canon.get(n, n) == n})  # "Anna, 38," after "told Anna Berg"; "Yoon" after "impeach Yoon Suk Yeol"
    named, named_objects = ([(e[0], canon.get(e[1], e[1])) for e in found if e[2] == "person" and " " in e[1]]
                            for found in (entities, objects))
    relatives = {(e[0], canon.get(e[1], e[1])) for e in entities if e[3] and e[3].split()[-1].lower() in RELATIVES_OF}
    full_names = sorted({canon.get(n, n) for n, k in names if k == "person" and " " in canon.get(n, n)})
    kinds = canonical_kinds(named_bodies, canon)
    legal_names = {n for n in kinds if is_company_name(n)}  # "Nvidia Corp"
    persons = {n for n, k in kinds.items() if k == "person"}
    places = place_names(text, persons, entities) | faceless_names(text, persons, entities, genders)
    for name in companies | legal_names | places | (spoken_of & persons):
        kinds[name] = "organization"  # "Meta said ...", "Meta's shares fell"
    draft_speakers = {id(d.cue.speaker) for d in drafts if d.cue is not None and d.cue.speaker is not None}
    records = []
    for number, draft in enumerate(drafts):
        record = Quotation(doc_id=doc_id, quote_id=f"{doc_id}-q{number + 1:03d}", kind=draft.kind,
                           text=text[draft.start:draft.end], start=draft.start, end=draft.end,
                           spans=[list(p) for p in draft.spans], method=draft.method)
        if draft.cue is not None:
            statement = in_a_statement(draft.cue.sentence, draft.cue.words[0]) if len(draft.cue.words) == 1 else None
            end = statement.end if statement is not None and not draft.start < statement.end <= draft.end \
                else draft.cue.end  # "said in a statement", unless the report starts inside it
            record.cue, record.cue_start, record.cue_end = text[draft.cue.start:end], draft.cue.start, end
        got = resolved.get(id(draft))
        if draft.turn is not None:
            turn = draft.turn
            record.cue, record.cue_start, record.cue_end = ":", turn.colon, turn.colon + 1
            record.speaker_mention = text[turn.label_start:turn.label_end]
            record.speaker_start, record.speaker_end = turn.label_start, turn.label_end
            if turn.name:  # "A: ..." of an interviewee not named before: no speaker
                record.speaker = canon.get(turn.name, turn.name)
                record.speaker_id, record.speaker_type = slug(record.speaker), "person"
            record.confidence = CONFIDENCE["name"] if turn.name else CONFIDENCE["unnamed"]
        elif got:
            info, words, cue, head = got
            verb = cue.words[0]
            antecedent = relative_antecedent(cue) if verb.index > 0 and verb.deprel != "acl:relcl" \
                and cue.sentence.words[verb.index - 1].text == "," else None
            span = mention_words(cue.sentence, antecedent) if antecedent is not None \
                else mention_words(cue.sentence, head, full=True)  # "Trump, who ..., tweeted": Trump
            span = after_separator(span, antecedent or cue.speaker)  # not "the missing cross - Adel Nefzi"
            start = with_approximator(cue.sentence, span)[0].start  # "About 9 percent"
            end = before_reported_clause(cue, before_cue(cue, mention_end(cue, span, outer_ranges)), draft_speakers)
            record.speaker_mention = text[start:end]
            record.speaker_start, record.speaker_end = start, end
            record.speaker_role = info.role
            if info.name:
                record.speaker = canon.get(info.name, info.name)
                if info.kind == "person" and not any(w.text.rstrip(".").lower() in HONORIFICS for w in words):
                    # "Johnson" after "Jeh Johnson", in an article that also quotes Gary Johnson
                    record.speaker = nearest_full_name(info.name, record.speaker, named, start, named_objects,
                                                       relatives)
                if info.kind == "person":  # "Mrs. Clinton" or "she" is not Bill Clinton
                    sex = mention_sex(cue.sentence, cue.speaker, words)  # "she", "Mrs.", "Duterte, the daughter"
                    record.speaker = of_sex(info.name, record.speaker, sex, full_names)
                record.speaker_id = slug(record.speaker)
                record.speaker_type = kinds.get(record.speaker, info.kind)
                if _bare_source(text, cue, record.speaker, record.speaker_type):
                    record.speaker_type = "organization"  # "according to Pollstar": a data firm, an outlet
            else:  # nobody named: what kind of speaker it is, where the words tell ("Some argue", "the company")
                record.speaker_type = info.kind
            how = "follow-on" if draft.method == "follow-on" else info.method
            record.confidence = CONFIDENCE.get(how, 0.5) * (1.0 if info.name else 0.5) * (cue.learned or 1.0)
            record.method = f"{draft.method}:{info.method}" if draft.method != "follow-on" else "follow-on"
        elif draft.cue is not None and draft.cue.speaker is None:  # "the court seemed to ...", "was asked, '...'"
            how = "raising" if draft.cue.raising else "unnamed"
            record.confidence = CONFIDENCE[how] * (draft.cue.learned or 1.0)
            record.method = f"{draft.method}:{how}"
        record.paragraph = _paragraph(paragraph_starts, draft.start)
        record.sentence = next((i for i, s in enumerate(sentences) if s.start <= draft.start < s.end + 1), None)
        records.append(record)
    return records


def _bare_source(text: str, cue: Cue, speaker: str, kind: str) -> bool:
    """A one-word name after "according to" that is no first name and that the text never writes after a first
    name or an honorific ("according to Pollstar"; not "according to Smith" after "Jane Smith", which is
    "Jane Smith" by then): a source that is a firm or an outlet."""
    return cue.words[0].text.lower() == "according" and kind == "person" and no_persons_name(text, speaker) \
        and speaker.lower().removesuffix("s") not in PARTY_MEMBERS  # not "several senior Democrats"


def _paragraph(paragraph_starts: list[int], offset: int) -> int:
    """The number of the paragraph that holds ``offset``."""
    return max(0, bisect.bisect_right(paragraph_starts, offset) - 1)


def _apposed_to_name(sentence: Sentence, noun: Word) -> Word:
    """The name a singular description stands in apposition to, as the antecedent of a relative pronoun after it
    ("Richard Uihlein, a manufacturer and conservative activist, who": Uihlein, through the apposition and its
    conjunct, however the parse hung them), else the noun itself ("Sanders and superdelegates, who")."""
    if noun.upos != "NOUN" or "Number=Plur" in noun.feats:
        return noun
    step = noun
    for _ in range(3):
        if step.deprel not in ("appos", "conj") or step.head < 0:
            return noun
        head = sentence.words[step.head]
        if any(w.text == ":" for w in sentence.words[head.index:step.index]):
            return noun  # a headline's label: "Q&A: The economist who predicted the crash"
        if head.upos == "PROPN":
            described = step.deprel == "appos" or any(k.deprel == "appos" for k in sentence.children(head.index))
            return head if described else noun
        step = head
    return noun
