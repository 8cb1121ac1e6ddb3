"""Drafting stage: join quoted spans (``quotes.marks``) and cues (``quotes.cues``) into draft quotations.

For each quoted span the nearest reporting cue of its sentence(s) claims it (``quotes.claims``); a
cue whose content holds words outside the marks makes a ``mixed`` quotation, otherwise ``direct``; a
cue with a clausal content and no marks makes an ``indirect`` one. A quote no cue claims may be
signed, asked, continue the quotation before it (follow-on), be introduced by a colon or comma, or
be dropped as a scare quote or title. A labelled headline ("Trump: ...") reports its content.
Speakers are resolved afterwards (``quotes.attribution``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from quotes.claims import (NON_SPEAKERS, choose_cue, hand_over, is_non_speaker, join_report, names_in_relative,
                           relative_antecedent, repair_speaker)
from quotes.introducers import bare_report_before, introducer_cue
from quotes.quoted_content import fragment_content, reported_extent, unquoted_tail_end
from quotes.indirect_content import indirect_extent
from quotes.cue_model import default_cue_model
from quotes.clauses import SUBJECT_RELS, cue_lemma, has_that, is_bare_number, is_participle, reports_on_its_own
from quotes.cues import Cue, find_cues
from quotes.follow_on import follow_on_source, is_subhead, runs_on, worth_keeping
from quotes.lexicon import (GROUP_QUANTIFIERS, NOMINAL_CONTENT_VERBS, QUOTE_ONLY_LEMMAS, SPEECH_VERBS, TITLE_LEADS,
                            TITLE_SMALL_WORDS)
from quotes.marks import QuoteSpan, inside, mark_start, outer_range
from quotes.parsing import Sentence
from quotes.surface_reports import closing_comment, unnamed_question
from quotes.transcripts import (Turn, dash_cue, headline_cue, headline_quote_cue, headline_speaks, in_headline, label_cue,
                                names_its_own_subject)

# Indirect reports: "It said that ..." speaks for an organization, "One might think ..." for nobody named; speech
# and position verbs may report a noun phrase ("explaining the campaign's decision"), but not "maintain" ("maintains
# a wide lead").
INDIRECT_NON_SPEAKERS = NON_SPEAKERS - {"it", "one"}
NOUN_PHRASE_REPORTS = (NOMINAL_CONTENT_VERBS | SPEECH_VERBS) - {"maintain"}


@dataclass
class Draft:
    """A quotation before speaker resolution."""

    kind: str
    start: int
    end: int
    spans: list[list[int]]
    cue: Cue | None
    method: str
    speaker_from: "Draft | None" = None
    turn: Turn | None = None


def _is_title(q: QuoteSpan, text: str) -> bool:
    """A name in quotation marks, not a quotation: up to six title-case words after "on", "in", "of",
    "from", "the" or a possessive, outside the headline (on NBC's “Meet the Press,” the “Arab Spring”)."""
    words = text[q.start:q.end].strip().rstrip(".,;:!?").split()
    before = "" if q.open_start is None or in_headline(text, q.open_start) else _word_before(text, q.open_start)
    return 1 <= len(words) <= 6 and words[0][:1].isupper() and bool(before) \
        and all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS or not w[:1].isalpha() for w in words) \
        and (before.lower() in TITLE_LEADS or before.endswith(("’s", "'s")))


_NAME_AFTER = re.compile(r"[ \t\u00a0]+[A-Z][\w’'-]*[a-z]")  # "Price" after 'Marcia "Cia"'


def _is_nickname(q: QuoteSpan, text: str) -> bool:
    """A nickname between a first and a last name, not a quotation: up to three capitalised words in marks with a
    capitalised name right before and right after them (state Del. Marcia "Cia" Price, Thomas "Tip" O'Neill)."""
    if q.open_start is None or q.close_end is None or in_headline(text, q.open_start):
        return False  # not in a title-case headline ("Why She Felt “Invisible” As A Child")
    words = text[q.start:q.end].split()
    before = _word_before(text, q.open_start)
    return 1 <= len(words) <= 3 and all(w[:1].isupper() and w.strip("'’-").isalpha() for w in words) \
        and before[:1].isupper() and before.isalpha() and text[q.open_start - 1:q.open_start].isspace() \
        and _NAME_AFTER.match(text, q.close_end) is not None


def _word_before(text: str, pos: int) -> str:
    """The whitespace-delimited word that ends before ``pos`` ("" when there is none)."""
    j = pos
    while j > 0 and text[j - 1].isspace():
        j -= 1
    i = j
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return text[i:j]


def _cue_method(cue: Cue) -> str:
    """'cue' for a lexicon cue, 'model' for one the learned cue model found."""
    return "cue" if cue.learned is None else "model"


def _build_claimed(text: str, cue: Cue, claimed: list[QuoteSpan], outer: list[tuple[int, int]],
                   cues: list[Cue]) -> Draft:
    claimed = sorted(claimed, key=lambda q: q.start)
    spans = [p for q in claimed for p in q.pieces]
    extent = reported_extent(text, cue, claimed, outer, cues)
    fragment = fragment_content(text, cue, claimed)
    if extent is not None and fragment is not None and fragment[0] < extent[0]:
        extent = (fragment[0], max(extent[1], fragment[1]))  # 'tells supporters to “go vote” and then “go sit”'
    extent = extent or fragment
    if extent is not None:  # a mixed quote's content keeps its marks
        return Draft("mixed", extent[0], extent[1], spans, cue, _cue_method(cue))
    draft = Draft("direct", claimed[0].start, claimed[-1].end, spans, cue, _cue_method(cue))
    _take_unquoted_tail(draft, claimed[-1], text)
    return draft


def _continues_report(cue: Cue) -> bool:
    """A participle that goes on with the indirect report of a speech verb in the perfect ("has said that ...,
    arguing that ...": a standing position, argued); after a report in the simple past or present ("said that
    ..., noting that ...", "announced that ..., saying ..."), a quotation ('"...," Trump said, referring to ...')
    or a non-speech verb ("decried that math, saying ...") the participle is a report of its own."""
    verb, sentence = cue.words[0], cue.sentence
    if not is_participle(verb) or not 0 <= verb.head < verb.index or any(k.deprel in SUBJECT_RELS
                                                                         for k in sentence.children(verb.index)):
        return False  # not a fronted one: "After talking about security, Netanyahu suggested that ..."
    head = sentence.words[verb.head]
    kids = sentence.children(head.index)
    return cue_lemma(head) in SPEECH_VERBS and any(k.deprel == "ccomp" and has_that(sentence, k) for k in kids) \
        and any(k.deprel == "aux" and k.lemma == "have" for k in kids)


def _reports_noun_phrase(cue: Cue, cues: list[Cue]) -> bool:
    """A speech or position verb, a verb of feeling (its subject what is felt about), or a verb the learned model
    takes for a report that is not inside another cue's content ("Clinton drew deep support ..., according to exit
    polls") but the infinitive of that cue ("struggled to answer a simple question")."""
    return cue.lemma.split()[0] in NOUN_PHRASE_REPORTS or cue.stimulus or (
        cue.learned is not None and not any(cue.words[0] in c.content for c in cues
                                            if c is not cue and not cue.reports_infinitive_of(c)))


def _adds_things(cue: Cue) -> bool:
    """'Davis added 25 points', 'to add 7,000 soldiers to its military', 'voted to add protected bike lanes',
    'Social media has added another link to the chain': "add" with a noun phrase and no clause adds a thing, it
    does not say it (PolNeAR train 120-840: 12 such cues, 3 of them marked there)."""
    return cue.lemma == "add" and not any(w.upos in ("VERB", "AUX") and w.deprel not in ("amod", "compound")
                                          for w in cue.content)  # (not "protected bike lanes")


def _indirect(cue: Cue, outer: list[tuple[int, int]], cues: list[Cue]) -> Draft | None:
    """An indirect quotation from an unpaired cue: a clause, or for a speech or position verb and a verb
    the learned model takes for a report also a noun phrase ("announcing the appointment of ...",
    "explaining the campaign's decision", "issued a statement"); a
    participle after another report is a report of its own ("said ..., arguing that ...")."""
    if cue.speaker is None and cue.lemma == "ask" and cue.content:  # no asker: 'Asked whether ...', 'were asked to ...'
        if any(inside(w.start, outer) for w in cue.content):
            return None
        return Draft("indirect", cue.content[0].start, cue.content[-1].end, [], cue, _cue_method(cue))
    if (cue.speaker is None and not cue.raising) or not (any(w.upos in ("VERB", "AUX") for w in cue.content)
                                                    or _reports_noun_phrase(cue, cues) or cue.according):
        return None
    speaker = cue.speaker
    share = speaker is not None and speaker.upos == "NUM" and not is_bare_number(cue.sentence, speaker)  # "One in three"
    described = speaker is not None and speaker.text.lower() in ("those", "these") and any(  # "Those over 60",
        k.deprel in ("nmod", "acl", "acl:relcl", "nummod") or (k.deprel == "amod" and k.upos == "VERB")
        for k in cue.sentence.children(speaker.index))  # "those surveyed"
    # a relative "which" after a comma, subject of a finite report, speaks though its antecedent was not parsed
    # ("a website called Real News Right Now, which posts fake news stories"); not a question's "But which get ..."
    which = speaker is not None and speaker.text.lower() == "which" and speaker.head == cue.words[0].index \
        and cue.words[0].xpos in ("VBD", "VBZ", "VBP") \
        and cue.sentence.words[speaker.index - 1].text in (",", "and")
    if speaker is not None and ((is_non_speaker(speaker) and speaker.text.lower() in INDIRECT_NON_SPEAKERS
                                 and relative_antecedent(cue) is None
                                 and not share and not described and not which)
                                or speaker.upos in ("ADV", "SCONJ") and speaker.lemma.lower() not in GROUP_QUANTIFIERS
                                and not cue.according
                                or is_bare_number(cue.sentence, speaker)):  # "Most believe", tagged an adverb
        return None
    if speaker and speaker in cue.content:
        return None
    if any(inside(w.start, outer) for w in cue.content if w.upos != "PUNCT"):
        cut = _before_next_cue(cue, outer, cues)  # 'said he welcomed extradition and added, "..."'
        if cut is None:
            return None
        cue, cues = cut, [cut if c is cue else c for c in cues]
    if cue.reversed and cue.weak and closing_comment(cue.sentence, cue.words[0]) is None:
        return None
    if cue.lemma in QUOTE_ONLY_LEMMAS or _continues_report(cue) or _adds_things(cue):
        return None
    extent = indirect_extent(cue, outer, cues)
    return Draft("indirect", extent[0], extent[1], [], cue, _cue_method(cue)) if extent else None


def _spoken_for(cue: Cue, outer: list[tuple[int, int]], cues: list[Cue]) -> bool:
    """A raising verb's clause that a cue with a speaker reports as well ("The FDA is expected to decide by
    January, a spokesperson said", "..., according to two people familiar with the plans"), or with the raising verb
    after it closes ("No illnesses have been reported, a Tesco spokeswoman said"): the clause is the speaker's, not a
    report without a source."""
    mine = _indirect(cue, outer, cues) if cue.raising else None
    return mine is not None and any(
        c is not cue and c.sentence is cue.sentence and c.speaker is not None and (other := _indirect(c, outer, cues))
        is not None and ((other.start, other.end) == (mine.start, mine.end) or c.start > cue.start
                         and other.start <= mine.start and cue.end <= other.end) for c in cues)


def _before_next_cue(cue: Cue, outer: list[tuple[int, int]], cues: list[Cue]) -> Cue | None:
    """The cue with its content cut before another cue of its sentence when the parse runs it on into the
    quotation that other cue claims ('Lazar said he welcomed extradition ... and added, "I\'ll plead
    guilty."'); None when no clause of its own stands before that cue."""
    later = sorted((c for c in cues if c is not cue and c.sentence is cue.sentence and c.start > cue.end
                    and (c.words[0].deprel in ("conj", "advcl", "parataxis") or names_in_relative(c))),
                   key=lambda c: c.start)  # a relative clause's naming verb: '..., which campaigners called "..."'
    first_quoted = min(w.start for w in cue.content if inside(w.start, outer) and w.upos != "PUNCT")
    lead = later[0].words[0] if later else None
    if not later or later[0].start > first_quoted:  # "... and added, “...”", "..., telling X that “...”",
        return None  # "..., and when asked ..., he said, “...”" (not a relative clause inside the report)
    kept = [w for w in cue.content if w.start < later[0].start and not inside(w.start, outer)]
    while kept and (kept[-1].upos in ("PUNCT", "CCONJ") or kept[-1].head == lead.index):
        kept.pop()
    if len(kept) < 3 or not any(w.upos in ("VERB", "AUX") for w in kept):
        return None
    gap = [w for w in cue.sentence.words if kept[-1].end <= w.start < later[0].start]
    if not gap or not all(w.upos in ("PUNCT", "CCONJ") or w.head == lead.index for w in gap):
        return None  # the other cue follows a conjunction ("... and added"), not a word inside the clause
    return replace(cue, content=kept)


def _close_title(draft: Draft, titles: list[QuoteSpan]) -> None:
    """An indirect report that ends inside a name in quotation marks ('... on “The Late Show.”') ends
    past its closing mark."""
    draft.end = next((b for a, b in map(outer_range, titles) if a < draft.end < b), draft.end)


def _mark_titles(drafts: list[Draft], titles: list[QuoteSpan]) -> None:
    """A report without quotations that holds a name, title or slogan in quotation marks ('cited a goal of "Peace
    Through Strength."') is mixed, as the kinds are defined (an indirect report has no marks; PolNeAR counts it among
    the quotes), the quoted words its spans; marked last, so that no quotation after it runs on from it."""
    for draft in drafts:
        held = [q for q in titles if draft.start <= outer_range(q)[0] and outer_range(q)[1] <= draft.end]
        if draft.kind == "indirect" and held:
            draft.kind, draft.spans = "mixed", [p for q in held for p in q.pieces]


def _continue_with(draft: Draft, q: QuoteSpan, text: str) -> None:
    """Add quote ``q`` to the quotation ``draft`` it continues: a mixed one ends past its closing mark,
    a direct one inside it."""
    draft.spans.extend(q.pieces)
    draft.end = max(draft.end, outer_range(q)[1] if draft.kind == "mixed" else q.end)
    _take_unquoted_tail(draft, q, text)


def _take_unquoted_tail(draft: Draft, last: QuoteSpan, text: str) -> None:
    """A direct quotation whose last quote opens a sentence and leaves it unfinished takes in the words that
    finish it, and is mixed ('"That is the fight we're taking" to the rest of the country.')."""
    tail_end = unquoted_tail_end(text, last) if draft.kind == "direct" else None
    if tail_end is not None:
        draft.kind, draft.start, draft.end = "mixed", mark_start(text, draft.start), tail_end


def _holds(draft: Draft, offset: int) -> bool:
    """The draft's text holds ``offset``: for a direct quotation split around its cue, inside one of
    its quoted spans ('"X," Tester said, referring to the excuse, "Y."' leaves the aside's report)."""
    if draft.kind == "direct" and len(draft.spans) > 1:
        return any(a <= offset < b for a, b in draft.spans)
    return draft.start <= offset < draft.end


def draft_quotations(text: str, sentences: list[Sentence], quotes: list[QuoteSpan]) -> list[Draft]:
    """Pair quoted spans with cues and add indirect quotations; speakers are not resolved yet."""
    top = [q for q in quotes if q.depth == 0 and not _is_title(q, text) and not _is_nickname(q, text)]
    outer = [outer_range(q) for q in top]
    cues = [c for c in find_cues(sentences, default_cue_model()) if not inside(c.start, outer)]
    for cue in cues:
        repair_speaker(cue, outer)
    by_sentence: dict[int, list[Cue]] = {}
    for cue in cues:
        by_sentence.setdefault(cue.sentence_index, []).append(cue)
    claims: dict[int, list[QuoteSpan]] = {}
    unclaimed: list[QuoteSpan] = []
    labelled: list[Draft] = []
    for q in top:
        label = label_cue(q, sentences, text)
        if label is not None:  # '- Carl Bialik: “...”': the label speaks, whatever cue the sentence has
            labelled.append(Draft("direct", q.start, q.end, list(q.pieces), label, "cue"))
            continue
        cue = choose_cue(q, by_sentence, outer, sentences, text)
        if cue is None:
            unclaimed.append(q)
        else:
            claims.setdefault(id(cue), []).append(q)
    hand_over(claims, cues, text)
    unclaimed = [q for q in unclaimed if not join_report(q, claims, cues, text)]
    drafts = [_build_claimed(text, c, claims[id(c)], outer, cues) for c in cues if id(c) in claims] + labelled
    kept = {id(q) for q in top}
    titles = [q for q in quotes if q.depth == 0 and id(q) not in kept]
    for cue in cues:
        if id(cue) not in claims and not _spoken_for(cue, outer, cues) \
                and not any(o.reports_infinitive_of(cue) and _indirect(o, outer, cues)
                            for o in cues):  # "struggled to answer X": the answer's report
            draft = _indirect(cue, outer, cues)
            if draft is not None and (reports_on_its_own(cue.sentence, cue.words[0])  # "a gap that experts say
                                      or not any(_holds(d, draft.start) for d in drafts)):  # renders ...": nested
                _close_title(draft, titles)
                drafts.append(draft)
    for q in unclaimed:
        signed = dash_cue(q, sentences, text)
        if signed is not None:  # '“...” ― Carlos Raúl': a signed quotation
            drafts.append(Draft("direct", q.start, q.end, list(q.pieces), signed, "cue"))
            continue
        asker = next((c for c in cues if c.speaker is None and any(q.start <= w.start < q.end for w in c.content)
                      and (_passive_question(c) or unnamed_question(c.sentence, c.words[0]))), None)
        if asker is not None:  # 'Trump was asked, “...”': a question whose asker goes unnamed
            drafts.append(_asked(q, asker))
            continue
        host = _same_sentence_host(q, drafts, text)
        if host is not None:  # 'to “go vote” and then “go sit there”': one quotation, two spans
            _continue_with(host, q, text)
            continue
        headline = headline_quote_cue(q, sentences, text)
        if headline is not None:  # "'It's madness': Clarkson joins farmers' protest"
            drafts.append(Draft("direct", q.start, q.end, list(q.pieces), headline, "cue"))
            continue
        introducer = introducer_cue(q, sentences, text)
        if introducer is not None:  # 'As Professor Foner put it: “...”' (a verb the parse left unlinked)
            drafts.append(Draft("direct", q.start, q.end, list(q.pieces), introducer, "introducer"))
            continue
        bare = bare_report_before(q, [c for c in cues if id(c) not in claims], text)
        if bare is not None:  # '..., said in a statement. “...”': what the sentence before leaves unsaid
            claims[id(bare)] = [q]
            drafts.append(_build_claimed(text, bare, [q], outer, cues))
            continue
        last = follow_on_source(q, drafts, outer, sentences, text)
        if last is not None and last.kind != "indirect" and runs_on(last, q, text, sentences):
            _continue_with(last, q, text)  # '"X," he said. "Y."': one quotation, several spans
            continue
        draft = Draft("direct", q.start, q.end, list(q.pieces), None, "none")
        if last is not None:
            draft.speaker_from, draft.method = last.speaker_from or last, "follow-on"  # a chain: its first speaker
        elif not worth_keeping(q, text, sentences) or is_subhead(q, text):
            continue  # scare quotes, titles ("so-called “reforms”") and subheadings are not quotations
        drafts.append(draft)
    _add_headline(drafts, text, sentences, top)
    _mark_titles(drafts, titles)
    return sorted(drafts, key=lambda d: (d.start, d.end))


def _add_headline(drafts: list[Draft], text: str, sentences: list[Sentence], top: list[QuoteSpan]) -> None:
    """The report of a labelled headline: "Trump: I will ..." (indirect) or, around the quotes in it,
    "Milbank: Republicans ‘Waving The Flag Of Surrender’ To Trump" (mixed; the quotes are its spans)."""
    headline = headline_cue(text, sentences)
    if headline is None:
        return
    cue, start, end = headline
    quoted = [d for d in drafts if d.kind == "direct" and start < d.start and d.end <= end]
    nested = [d for d in drafts if d.start < end and start < d.end and d not in quoted]
    if any(d.cue is None or d.cue.start < start for d in nested):
        return
    speaks = headline_speaks(cue, [d.cue for d in drafts if d.cue is not None])
    if nested and not speaks:
        return
    spans = [p for q in top if start < q.start and q.end <= end for p in q.pieces]
    if not (spans or speaks) or (not spans and text[start:end].rstrip().endswith("?")):
        return  # not "Ted Cruz: Constitutional conservative or another typical career politician?", a topic
    if not speaks and names_its_own_subject(cue, spans):
        return  # "Premier League: Guardiola admits City are 'fragile'": a rubric, Guardiola's report
    rest = "".join(text[a:b] for a, b in zip([start] + [b for _, b in spans], [a for a, _ in spans] + [end]))
    if spans and not rest.strip(" \t\u00a0.,;:!?\"'‘’“”"):
        return  # "Marco Rubio: ‘You Don’t Win ...’": the quote is the whole report, a direct quotation
    for draft in quoted + nested:  # "Rubio: I Still Believe ...": the label's report, not one of its own
        drafts.remove(draft)
    drafts.append(Draft("mixed" if spans else "indirect", start, end, spans, cue, "cue"))


def _asked(q: QuoteSpan, asker: Cue) -> Draft:
    """The quotation of a question whose asker goes unnamed: direct when the question is all quoted, mixed
    when it holds words outside the marks ('was asked how she would define the “establishment.”')."""
    words = [w for w in asker.content if w.upos != "PUNCT" and not q.start <= w.start < q.end]
    if not words:
        return Draft("direct", q.start, q.end, list(q.pieces), asker, _cue_method(asker))
    a, b = outer_range(q)
    return Draft("mixed", min([a] + [w.start for w in words]), max([b] + [w.end for w in words]), list(q.pieces),
                 asker, _cue_method(asker))


def _passive_question(cue: Cue) -> bool:
    """'was asked' without an agent: the question is reported, its asker unnamed."""
    kids = cue.sentence.children(cue.words[0].index)
    return cue_lemma(cue.words[0]) == "ask" and any(k.deprel in ("aux:pass", "nsubj:pass") for k in kids) \
        and not any(k.deprel == "obl:agent" for k in kids)


def _same_sentence_host(q: QuoteSpan, drafts: list[Draft], text: str) -> Draft | None:
    """A quotation with a cue that this quote continues within the same sentence, if any."""
    a = outer_range(q)[0]
    for draft in drafts:
        if draft.cue is None or draft.kind == "indirect" or not draft.end <= a:
            continue
        gap = text[draft.end:a]
        if len(gap) <= 40 and not any(ch in gap for ch in ".!?;:\n") and gap.strip(" \"”’'") and \
                all(w in ("and", "or", "then", "but", "and then", ",") for w in [gap.strip(" \"”’',")] if w):
            return draft
    return None
