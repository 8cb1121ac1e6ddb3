"""Attribution stage: resolve the speakers of draft quotations (``quotes.drafts``) into records.

A speaker mention is described (``quotes.speakers``): a name, a pronoun resolved to the latest
entity that agrees with it, a nominal ("the spokesman") resolved to the latest person, one such as
"the company" to the organization named before it, or a relative pronoun resolved to its
antecedent; names are then merged into one canonical speaker per person.
"""

from __future__ import annotations

import bisect
import re

from quotes.claims import relative_antecedent
from quotes.cues import Cue
from quotes.drafts import Draft, draft_quotations
from quotes.lexicon import ISSUED_NOUNS, ISSUING_VERBS, KINDRED_ENDINGS, KNOWN_COMPANIES, ORGANIZATION_NOUNS, TIME_WORDS
from quotes.marks import QuoteSpan, inside, outer_range
from quotes.mentions import after_separator, mention_words, with_approximator
from quotes.parsing import Sentence, Word
from quotes.records import Quotation
from quotes.names import (canonical_names, companies_in_text, first_name_gender, full_names_in_text,
                          honorific_genders, nearest_full_name, of_sex, parties_differ, slug)
from quotes.mention_extent import mention_end
from quotes.speakers import HONORIFICS, PRONOUNS, SpeakerInfo, candidate_entities, describe
from quotes.transcripts import find_turns, interview_turns, quoted_turn


UNNAMED_NOUNS = frozenset("source insider witness".split())  # who stays unnamed, unless a role names them
CONFIDENCE = {"name": 0.9, "nominal": 0.75, "noun": 0.8, "pronoun": 0.75, "relative": 0.75, "follow-on": 0.6,
              "raising": 0.5, "unnamed": 0.5}


def _resolve_pronoun(word: Word, entities: list[tuple[int, str, str, str | None]],
                     genders: dict[str, str], objects: list[tuple[int, str, str, str | None]]) -> tuple[str, str] | None:
    """The entity a pronoun speaker stands for: the latest named subject before it that agrees in
    sex (known or not) or number, else the latest named object whose first name has the pronoun's
    sex ("Adams met Kathy Hochul. ... she said": Hochul)."""
    want = PRONOUNS.get(word.text.lower())
    found = _agreeing_subject(word, want, entities, genders)
    if found is None and want in ("male", "female"):
        found = next(((name, kind) for offset, name, kind, _ in reversed(objects) if offset < word.start
                      and kind == "person" and first_name_gender(name) == want), None)
    return found


def _agreeing_subject(word: Word, want: str | None, entities: list[tuple[int, str, str, str | None]],
                      genders: dict[str, str]) -> tuple[str, str] | None:
    for offset, name, kind, _ in reversed(entities):
        if offset >= word.start:
            continue
        if want in ("male", "female") and kind == "person" and (first_name_gender(name, ratio=20.0) or genders.get(
                name.split()[-1], genders.get(name, first_name_gender(name) or want))) == want:
            return name, kind  # "Donald Trump" is no "she" in a text that also writes "Mrs. Trump"
        if want == "plural" and kind in ("group", "organization"):
            return name, kind
        if want == "neuter" and kind == "organization":
            return name, kind
    return None


def _refers_back(words: list[Word]) -> bool:
    """'the company', 'the state agency': a definite singular organization noun, no name in it."""
    head = words[-1]
    return len(words) >= 2 and words[0].lemma.lower() == "the" and "Number=Plur" not in head.feats \
        and head.lemma.lower() in ORGANIZATION_NOUNS and all(w.upos in ("ADJ", "NOUN") for w in words[1:-1])


def _stands_for(noun: str, entity: tuple[int, str, str, str | None], companies: set[str]) -> bool:
    """Whether an organization noun can stand for a named entity: its name or role holds the noun
    ("the committee": "House Ethics Committee"; "the automaker": "Detroit automaker Ford"), its
    name ends as such names do ("the company": "Ford Motor Co."), or the text speaks of it as a
    company ("the company" after "Nvidia", in a text about "Nvidia's biggest customers"), or, for want of
    these, is a well-known company ("Twitter said ... The company said")."""
    _, name, kind, role = entity
    if noun in ("company", "firm") and name in companies:
        return True
    if kind != "organization" or not name[:1].isupper():  # not "his campaign", "social media company"
        return False
    words = name.lower().split()
    return noun in words or noun in (role or "").lower().split() or words[-1] in KINDRED_ENDINGS.get(noun, ()) \
        or noun == "agency" and name.isupper() and len(name) > 1  # "the agency": "FBI"


def _resolve_organization(head: Word, entities: list[tuple[int, str, str, str | None]],
                          companies: set[str]) -> tuple[int, str, str, str | None] | None:
    """The organization named before ``head`` that it stands for, the latest one (see :func:`_stands_for`),
    also one named in a person's role ("the union" after "Stacy Davis Gates, president of the Chicago
    Teachers Union")."""
    noun = head.lemma.lower()
    before = [e for e in entities if e[0] < head.start]
    for entity in reversed(before):
        if _stands_for(noun, entity, companies):
            return entity
        named = re.search(rf"((?:[A-Z][\w.&'’-]* )+{noun.capitalize()})\b", entity[3] or "")
        if entity[2] == "person" and named:
            return entity[0], named.group(1), "organization", None
    known = [e for e in before if noun in ("company", "firm") and e[1].lower() in KNOWN_COMPANIES]
    return known[-1] if known else None


def _issuer(text: str, sentence: Sentence, noun: Word, sentences: list[Sentence],
            entities: list[tuple[int, str, str, str | None]], genders: dict[str, str],
            objects: list[tuple[int, str, str, str | None]]) -> tuple[str, str] | None:
    """Who issued "the statement" or "her letter": the possessor pronoun's antecedent, else, at the latest mention
    of such a thing in this sentence or the three before, the name on it ('a Clinton campaign memo'), its issuer ('a
    statement issued by the Sanders campaign') or the named subject of a verb above it ('Gowdy said in a
    statement'); None when the text does not say (a report, a letter to someone)."""
    possessor = next((k for k in sentence.children(noun.index) if k.deprel == "nmod:poss"
                      and k.text.lower() in PRONOUNS), None)
    if possessor is not None:
        return _resolve_pronoun(possessor, entities, genders, objects)
    here = bisect.bisect_right([s.start for s in sentences], noun.start) - 1
    for earlier in reversed(sentences[max(0, here - 3):here + 1]):
        for word in reversed([w for w in earlier.words if w.lemma.lower() == noun.lemma.lower() and w.upos == "NOUN"
                             and w.start < noun.start]):
            found = _named_issuer(text, earlier, word) or _issuing_subject(earlier, word, entities)
            if found:
                return found
    return None


def _named_issuer(text: str, sentence: Sentence, noun: Word) -> tuple[str, str] | None:
    """The person or organization named on a statement ('a Clinton campaign memo') or as its issuer ('a statement
    issued by the Sanders campaign')."""
    agents = [a for k in sentence.children(noun.index) if k.deprel == "acl" and k.lemma.lower() in ISSUING_VERBS
              for a in sentence.children(k.index) if a.deprel == "obl:agent"]  # not "a copy ... reviewed by The Post"
    for head, words in [(a, mention_words(sentence, a)) for a in agents] + \
            [(noun, [w for w in mention_words(sentence, noun) if w.index <= noun.index])]:
        if any(w.upos == "PROPN" for w in words):
            info = describe(text, sentence, head, words)
            if info.name and info.kind in ("person", "organization"):
                return info.name, info.kind
    return None


def _issuing_subject(sentence: Sentence, word: Word,
                     entities: list[tuple[int, str, str, str | None]]) -> tuple[str, str] | None:
    """The named person or organization that is the subject of a verb above ``word`` in the parse."""
    named = {offset: (name, kind) for offset, name, kind, _ in entities if kind in ("person", "organization")}
    while word.head >= 0:
        word = sentence.words[word.head]
        for subject in (k for k in sentence.children(word.index) if k.deprel in ("nsubj", "nsubj:pass")):
            heads = [subject] + [k for k in sentence.children(subject.index) if k.deprel == "appos"]
            found = next((named[w.start] for w in heads if w.start in named), None)  # not "The compromise of the
            if found:  # FDIC computers"
                return found
    return None


def _introduced_unnamed(noun: Word, sentences: list[Sentence]) -> bool:
    """Whether "the official" refers back to someone brought in without a name: the latest earlier use of the noun,
    in the five sentences before, is indefinite and unnamed ("A U.S. law enforcement official familiar with the
    investigation said ... The official, who spoke on the condition of anonymity, ...")."""
    here = bisect.bisect_right([s.start for s in sentences], noun.start) - 1
    for sentence in reversed(sentences[max(0, here - 5):here + 1]):
        for word in reversed([w for w in sentence.words if w.start < noun.start and w.deprel not in ("amod", "compound")
                              and w.lemma.lower() == noun.lemma.lower()]):  # "official" may be tagged ADJ
            kids = sentence.children(word.index)  # an indefinite participant, not a predicate ("as a U.S. senator")
            return word.deprel in ("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent") \
                and any(k.deprel == "det" and k.text.lower() in ("a", "an", "another") for k in kids) \
                and not any(k.deprel in ("appos", "flat") and k.upos == "PROPN" for k in kids)
    return False


def _mention_sex(speaker: Word, words: list[Word]) -> str | None:
    """"female" or "male" when a speaker mention gives it: a gendered pronoun ("she") or honorific ("Mrs. Clinton",
    "Mr. Trump")."""
    if PRONOUNS.get(speaker.text.lower()) in ("male", "female"):
        return PRONOUNS[speaker.text.lower()]
    honorific = next((w.text.rstrip(".").lower() for w in words if w.text.rstrip(".").lower() in HONORIFICS), None)
    return {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}.get(honorific or "")


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
    entities = [e for e in candidate_entities(text, sentences)  # a name inside a quotation is no antecedent
                if not inside(e[0], outer_ranges)]  # ('"Civility ... was assumed," he said')
    genders = honorific_genders(text)  # by surname; names get the gender of the pronouns resolved to them
    spoken_of = companies_in_text(text)  # one-word names the text speaks of as companies
    companies = spoken_of & {e[1] for e in entities}
    resolved: dict[int, tuple[SpeakerInfo, list[Word], Cue, Word]] = {}
    for draft in sorted(drafts, key=_speaker_position):  # antecedents resolved before what refers to them
        cue = _speaking_cue(draft)
        if cue is None or cue.speaker is None:
            continue
        head = _described_head(cue.sentence, cue.speaker)  # "Democratic strategist Hank Sheinkopf": the role too
        words = mention_words(cue.sentence, head)
        antecedent = relative_antecedent(cue)
        if antecedent is not None:  # "Marc Morial, who suggested ...": the mention stays "who"
            info = describe(text, cue.sentence, antecedent, mention_words(cue.sentence, antecedent))
            info = SpeakerInfo(info.name, info.kind, info.role, "relative") if info.name else info
        else:
            info = describe(text, cue.sentence, head, words)
        if info.method == "pronoun":
            found = _resolve_pronoun(cue.speaker, entities, genders, objects)
            if found:
                info = SpeakerInfo(found[0], found[1], None, "pronoun")
                if PRONOUNS.get(cue.speaker.text.lower()) in ("male", "female"):
                    genders.setdefault(found[0], PRONOUNS[cue.speaker.text.lower()])
        elif info.method == "noun" and _refers_back(words):  # "the company": the latest organization
            found = _resolve_organization(cue.speaker, entities, companies)
            if found:
                info = SpeakerInfo(found[1], "organization", None, "nominal")
        elif info.name is None and cue.speaker.lemma.lower() in ISSUED_NOUNS:  # "the statement", "her letter"
            found = _issuer(text, cue.sentence, cue.speaker, sentences, entities, genders, objects)
            if found:
                info = SpeakerInfo(found[0], found[1], info.role, "nominal")
        elif info.name is None and info.method != "indefinite" and cue.speaker.text.lower() != "which":
            # "the spokesman": the latest person (with that role, if any); "a spokesman" is someone new; a "which"
            # whose antecedent was not found is no person
            people = [e for e in entities if e[0] < cue.speaker.start and e[2] == "person"
                      and not parties_differ(info.role, e[3])]  # "The GOP nominee" is no Libertarian
            match = [e for e in people if e[3] and cue.speaker.lemma.lower() in e[3].lower()]
            name = match[-1][1] if match else None
            if name is None and people and cue.speaker.lemma.lower() not in UNNAMED_NOUNS \
                    and not _introduced_unnamed(cue.speaker, sentences):
                name = people[-1][1]
            if name:
                info = SpeakerInfo(name, "person", info.role, "nominal")
        if info.name:
            entities.append((cue.speaker.start, info.name, info.kind, info.role))
            entities.sort(key=lambda e: e[0])
        resolved[id(draft)] = (info, words, cue, head)
    names = [(e[1], e[2]) for e in entities] + [(t.name, "person") for t in turns if t.name]
    names += full_names_in_text(text, names)
    canon = canonical_names(names)
    named = [(e[0], canon.get(e[1], e[1])) for e in entities if e[2] == "person" and " " in e[1]]
    full_names = sorted({canon.get(n, n) for n, k in names if k == "person" and " " in canon.get(n, n)})
    kinds = {}
    for _, name, kind, _ in entities:
        kinds.setdefault(canon.get(name, name), kind)
    for name in companies | (spoken_of & {n for n, k in kinds.items() if k == "person"}):
        kinds[name] = "organization"  # "Meta said ...", "Meta's shares fell"
    draft_speakers = {id(d.cue.speaker) for d in drafts if d.cue is not None and d.cue.speaker is not None}
    records = []
    for number, draft in enumerate(drafts):
        record = Quotation(doc_id=doc_id, quote_id=f"{doc_id}-q{number + 1:03d}", kind=draft.kind,
                           text=text[draft.start:draft.end], start=draft.start, end=draft.end,
                           spans=[list(p) for p in draft.spans], method=draft.method)
        if draft.cue is not None:
            record.cue, record.cue_start, record.cue_end = text[draft.cue.start:draft.cue.end], draft.cue.start, draft.cue.end
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
            end = _before_reported_clause(cue, _before_cue(cue, mention_end(cue, span, outer_ranges)), draft_speakers)
            record.speaker_mention = text[start:end]
            record.speaker_start, record.speaker_end = start, end
            record.speaker_role = info.role
            if info.name:
                record.speaker = canon.get(info.name, info.name)
                if info.kind == "person" and not any(w.text.rstrip(".").lower() in HONORIFICS for w in words):
                    # "Johnson" after "Jeh Johnson", in an article that also quotes Gary Johnson
                    record.speaker = nearest_full_name(info.name, record.speaker, named, start)
                if info.kind == "person":  # "Mrs. Clinton" or "she" is not Bill Clinton
                    record.speaker = of_sex(info.name, record.speaker, _mention_sex(cue.speaker, words), full_names)
                record.speaker_id = slug(record.speaker)
                record.speaker_type = kinds.get(record.speaker, info.kind)
            else:
                record.speaker_type = "unknown"
            how = "follow-on" if draft.method == "follow-on" else info.method
            record.confidence = CONFIDENCE.get(how, 0.5) * (1.0 if info.name else 0.5) * (cue.learned or 1.0)
            record.method = f"{draft.method}:{info.method}" if draft.method != "follow-on" else "follow-on"
        elif draft.cue is not None and draft.cue.speaker is None:  # "the court seemed to ...", "was asked, '...'"
            how = "raising" if draft.cue.raising else "unnamed"
            record.confidence = CONFIDENCE[how] * (draft.cue.learned or 1.0)
            record.method = f"{draft.method}:{how}"
        record.paragraph = max(0, bisect.bisect_right(paragraph_starts, draft.start) - 1)
        record.sentence = next((i for i, s in enumerate(sentences) if s.start <= draft.start < s.end + 1), None)
        records.append(record)
    return records


def _before_cue(cue: Cue, end: int) -> int:
    """The end of a speaker mention that the parse made the sentence's root, before the first word after it of a
    verb's clause or a circumstance hung on it (the cue hangs on the speaker: "Sen. Chuck Grassley (R-Iowa) on
    Wednesday downplayed ...")."""
    speaker, sentence = cue.speaker, cue.sentence
    if speaker.head >= 0 or speaker.index > cue.words[0].index:
        return end
    clause = {w.index for kid in sentence.children(speaker.index)
              if kid.index > speaker.index and (kid.upos == "VERB" and kid.deprel not in ("acl:relcl", "appos")
                                                or kid.deprel.startswith("obl"))
              for w in sentence.subtree(kid.index)}
    first = min((i for i in clause if sentence.words[i].upos != "PUNCT"), default=None)
    if first is None:
        return end
    return min(end, sentence.words[first - 1].end)


def _before_reported_clause(cue: Cue, end: int, speakers: set[int]) -> int:
    """The end of a speaker mention, cut before a relative clause set off by a comma whose pronoun
    speaks in a report of its own ("Mr. Scott, who has called Mr. Trump's comments racially toxic,
    said": the mention is "Mr. Scott"; PolNeAR marks the clause's report apart)."""
    words = cue.sentence.words
    for w in words[cue.speaker.index + 2:]:
        if w.start >= end:
            break
        if id(w) in speakers and w.text.lower() in ("who", "which") and words[w.index - 1].text == ",":
            return words[w.index - 2].end
    return end
