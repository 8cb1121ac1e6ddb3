"""Quoted content: whether a quotation's report holds words outside its marks, and how far it reaches.

Small pure functions over one parsed sentence. Given a cue (``quotes.cues``) and the quoted spans it
claims (``quotes.marks``), they decide whether words outside the marks belong to the report (a ``mixed``
quotation) and where its content starts and ends, on the edge rules of ``quotes.content``.
"""

from __future__ import annotations

import re

from quotes.clauses import SUBJECT_RELS, SUBORDINATORS, cue_lemma, has_that
from quotes.content import STOP_TEXT, aside_span, before_summary, blocked_words, trailing_modifiers, trim, walk
from quotes.cues import Cue
from quotes.lexicon import ADDRESSEE_VERBS, CIRCUMSTANCES, REPORT_NOUNS, TIME_WORDS
from quotes.marks import QuoteSpan, char_before, inside, outer_range
from quotes.mentions import mention_words
from quotes.parsing import Sentence, Word

CLAUSE_OPENERS = frozenset("until before after when while as because since".split())
# When or where a quotation was given: the lexicon's times and media, and venues ("on his Facebook page",
# "during a stop").
WHEN_OR_WHERE = CIRCUMSTANCES | frozenset("page show rally stop event book twitter facebook".split())
NAMING_VERBS = frozenset("""call describe dub label brand term characterize characterise dismiss praise
criticize criticise condemn denounce slam blast hail decry mock portray cast paint""".split())


def _relative_before(cue: Cue) -> int:
    """Index of the relative word that opens the cue's content before its speaker ("which she said
    represented ...", "what Mr. Hedge called ''the prior economy model''", the parse making "what" the head
    of the cue; "which Mr. Trump called ''a disgrace''", what a naming verb names), or the sentence length
    when there is none."""
    verb = cue.words[0]
    head = cue.sentence.words[verb.head] if verb.head >= 0 and verb.deprel == "acl:relcl" else None
    relative = next((k for k in cue.sentence.children(verb.index) if k.index < verb.index and k.upos == "PRON"
                     and k.deprel not in SUBJECT_RELS and k.text.lower() in ("which", "whom", "that")
                     and verb.lemma.lower() in NAMING_VERBS and not cue.sentence.children(k.index)), None)
    first = head if head is not None and head.lemma.lower() == "what" else relative if relative is not None else \
        min(cue.content, key=lambda w: w.index, default=None)
    if first is None or cue.speaker is None or not first.index < cue.speaker.index < verb.index \
            or first.text.lower() not in ("which", "what", "who", "whom", "that"):
        return len(cue.sentence.words)
    return first.index


def _that_after_cue(cue: Cue, lo: int, outer: list[tuple[int, int]]) -> int:
    """Index of the "that" right after the cue or its addressee ("told friends that ...") when the
    words from it to ``lo`` hold no other quotation or stop; ``lo`` otherwise."""
    words = cue.sentence.words
    j = cue.words[-1].index + 1
    addressee = {w.index for k in cue.sentence.children(cue.words[0].index) if k.deprel in ("obj", "iobj")
                 and k.index > cue.words[0].index for w in cue.sentence.subtree(k.index)}
    while j < lo and j in addressee:
        j += 1
    if j >= lo or words[j].text.lower() != "that" or any(
            w.text in STOP_TEXT or inside(w.start, outer) for w in words[j:lo]):
        return lo
    return j


def _clause_after_quote(words: list[Word], last: int) -> bool:
    """A subordinate clause opens right after the quotation that ends at word ``last`` ('says, "Don't you do
    it," until gunshots are heard'): the narrator's, not the quoted speaker's."""
    after = next((w for w in words[last + 1:] if w.upos != "PUNCT"), None)
    return after is not None and after.lemma.lower() in CLAUSE_OPENERS and after.deprel in ("mark", "advmod")


def _circumstance_after_quote(words: list[Word], last: int) -> bool:
    """A time or a venue right after the quotation that ends at word ``last`` ('called the system “rigged” in a
    tweet Tuesday', 'blasted Clinton as a “disgrace” Wednesday on ...'): when and where it was said, not what."""
    after = next((w for w in words[last + 1:] if w.upos != "PUNCT"), None)
    if after is None:
        return False
    if after.lemma.lower() in TIME_WORDS:  # "Wednesday on The Laura Ingraham Show"
        return True
    if after.lemma.lower() not in ("in", "on", "during", "at", "via"):  # not "for the final month", "of today"
        return False
    phrase = []  # the noun phrase after the preposition, up to its last noun ("a presidential campaign stop")
    for w in words[after.index + 1:]:
        if w.upos in ("NOUN", "PROPN"):
            phrase.append(w)
        elif phrase or w.upos not in ("DET", "ADJ", "PRON", "NUM"):
            break
    return any(w.lemma.lower() in WHEN_OR_WHERE for w in phrase)


def _subordinate_end(cue: Cue, last: int) -> int | None:
    """The last word before the sentence's main clause when the cue is in a fronted subordinate clause and the main
    clause, with its subject, comes after the quotation that ends at word ``last`` ('But as Trump pledged to confront
    "knife-wielding Palestinians," many in the audience appeared to warm ...'): the report ends before it; else
    ``None``."""
    words, root = cue.sentence.words, cue.sentence.root
    clause = cue.words[0]
    if clause.deprel == "conj" and clause.head >= 0:  # "denounced ... and pledged"
        clause = words[clause.head]
    if root is None or clause.deprel != "advcl" or clause.head != root.index or root.index <= last \
            or not any(k.deprel == "mark" and k.index < clause.index for k in cue.sentence.children(clause.index)) \
            or not any(k.deprel.startswith("nsubj") and k.index > last for k in cue.sentence.children(root.index)):
        return None
    main = [k.index for k in cue.sentence.children(root.index)
            if k.index > last and k is not clause and k.upos != "PUNCT" and k.deprel != "cc"]
    return min(main + [root.index]) - 1


def _joins_content(words: list[Word], i: int, content: set[int]) -> bool:
    """Word ``i`` is content, or a coordinator or subordinator between content and a quote that the parse
    hung elsewhere ('said the results were a win for voters and "not a handful of donors."', 'said she speaks
    about race because "you talk about ..."')."""
    joiner = words[i].upos == "CCONJ" or (words[i].upos == "SCONJ" and words[i].lemma.lower() in SUBORDINATORS)
    return words[i].index in content or (joiner and i > 0 and words[i - 1].index in content)


def _said_object(cue: Cue, lead: list[Word]) -> int | None:
    """The index of the first word between a cue and the colon or dash before its quote when it opens the cue's
    object or clause ('recalled the three-year freeze on pay rates: "..."', 'suggested taking action against the
    judge: "..."', 'embraced enhanced interrogation techniques -- "..."'):
    part of the report; not an addressee ("told CNBC:") or a phrase on the cue ("said in a statement:", "said of
    Congress:")."""
    verb = cue.words[0]
    if not lead or cue_lemma(verb) in ADDRESSEE_VERBS or cue.speaker in lead or any(w.text == "," for w in lead):
        return None  # (a comma: a clause of its own may come before the quote)
    top = lead[0]
    while top.head >= 0 and top.head != verb.index:
        top = cue.sentence.words[top.head]
    if top.upos == "PRON" or top.lemma.lower() in REPORT_NOUNS:  # "explained it this way:", "tweeted this:",
        return None  # "delivered a blunt message:": the quote itself
    if any(k.deprel == "case" for k in cue.sentence.children(top.index)):
        return None  # "said outside court:": where, a phrase the parse made the object
    return lead[0].index if top.head == verb.index and top.deprel in ("obj", "xcomp", "ccomp") else None


def _reported_clause(cue: Cue, lead: list[Word], content: set[int]) -> bool:
    """The words between a cue and the comma before its quote hold the cue's own reported clause, a verb of its
    content with a subject ('said its collective moves had already produced results, "including ..."'); not a
    relative clause on the way ("added the caption which reads, ...")."""
    return any(w.index in content and w.upos in ("VERB", "AUX") and not w.deprel.startswith("acl")
               and any(k.deprel in SUBJECT_RELS for k in cue.sentence.children(w.index)) for w in lead)


def reported_extent(text: str, cue: Cue, claimed: list[QuoteSpan], outer: list[tuple[int, int]],
                    others: list[Cue]) -> tuple[int, int] | None:
    """The content (start, end) of quotes claimed by ``cue`` when it holds words outside the marks.

    None when the quotes are the whole content (a ``direct`` quotation). Content words run from the
    quotes towards the sentence edge away from the cue; on the cue's side only the parse's content
    words count. A quote set off by a colon or a comma from its cue stays direct, unless what stands
    before the mark is the cue's own reported clause before a comma ('said its moves had produced
    results, "including ..."') or its object before a colon or dash.
    """
    words = cue.sentence.words
    ranges = [outer_range(q) for q in claimed]
    a, b = ranges[0][0], ranges[-1][1]
    inner = [w.index for w in words if inside(w.start, ranges)]
    if not inner:
        return None
    blocked = blocked_words(cue, others)
    quoted = set(inner)
    quoted_words = {i for i in inner if words[i].upos != "PUNCT"}  # not a mark hung on a phrase before the quote
    held: set[int] = set()  # 'the need for an "X"' with the "for" phrase hung on the cue: part of the report
    for kid in cue.sentence.children(cue.words[0].index):
        subtree = cue.sentence.subtree(kid.index)
        phrase = {w.index for w in subtree}
        if kid.deprel == "obl" and kid.index > cue.words[-1].index and phrase & quoted_words \
                and any(c.deprel == "case" for c in cue.sentence.children(kid.index)):
            clauses = [c for c in subtree if c.deprel in ("acl", "acl:relcl", "ccomp")
                       and has_that(cue.sentence, c) and c.index > kid.index]
            if clauses and subtree[0].start >= cue.end:
                # 'said in a statement (at an event in Colorado Springs) that ... "X"' with the clause hung on the
                # phrase: the clause (not 'pointed to reports that ...', the object of the cue's particle)
                phrase = {w.index for w in cue.sentence.subtree(clauses[0].index)}
            if kid.lemma.lower() in TIME_WORDS:  # 'said on Friday that “...”' with the quote parsed as a relative
                phrase = {i for i in phrase if i > kid.index}  # clause of "Friday": the time is the cue's
            held |= phrase
    blocked -= held
    content = ({w.index for w in cue.content} | held) - blocked
    lo, hi = min(inner), max(inner)
    if cue.end <= a:  # cue first: the report runs on to the end of the sentence
        hi = walk(words, hi, 1, blocked - trailing_modifiers(cue, others, hi), outer, ranges, cue.words[0].index)
        if _circumstance_after_quote(words, max(inner)):  # '“rigged” in a tweet Tuesday': not part of the report
            hi = max(inner)
        subordinate_end = _subordinate_end(cue, max(inner))
        if subordinate_end is not None:
            hi = min(hi, max(subordinate_end, max(inner)))
        between = [w for w in words if cue.end <= w.start < a]
        lead = [w for w in between if w.lemma.lower() not in TIME_WORDS]  # 'said Friday that if ..., "..."'
        opens_clause = bool(lead) and (lead[0].text.lower() == "that"  # 'adds that X: "..."': one report
                                       or between[-1].text == "," and _reported_clause(cue, lead, content)
                                       or between[-1].text == "," and any(  # 'said his son Callum, 14, "didn't
                                           w.deprel in SUBJECT_RELS and w.head in quoted for w in lead))  # know"'
        said_object = _said_object(cue, lead) if between and between[-1].text in (":", "—", "--", "–") else None
        if said_object is not None:  # 'recalled the freeze on pay: "..."': what was recalled, then the quote
            lo = said_object
        elif (between and between[-1].text in (",", ":") or text[cue.end:a].rstrip().endswith((",", ":"))) \
                and not opens_clause:
            lo = min(inner)
            if _clause_after_quote(words, max(inner)):  # 'says, "Don't you do it," until gunshots are heard'
                hi = max(inner)
            if text[cue.end:a].strip() == ",":  # 'An economic downturn, he said, “could be a good time”'
                lo = _fronted_start(cue, lo, outer, others)
        else:
            content |= {w.index for w in between if w.head in quoted and w.upos == "DET"}
            while lo - 1 >= 0 and _joins_content(words, lo - 1, content) and words[lo - 1].start >= cue.end \
                    and (words[lo - 1].text not in STOP_TEXT or (opens_clause and words[lo - 1].text == ":")):
                lo -= 1
            lo = min(lo, _that_after_cue(cue, lo, outer))  # whatever other cues the parse hangs inside
            lo = _fronted_start(cue, lo, outer, others)
            lo = min(lo, _relative_before(cue))  # 'emails, which she said represented all her "..." emails'
    elif cue.start >= b:  # cue last: the report starts at the beginning of the sentence
        if not text[b - 1:b + 1].strip().endswith(",") and text[claimed[-1].start:claimed[-1].end].rstrip()[-1:] in ".?!":
            return None  # '"X." he said' stays direct
        lo = walk(words, lo, -1, blocked_words(cue, others, modifiers=False), outer, ranges)
        limit = min([cue.start] + [w.start for w in words if w.index in blocked and w.start >= b])
        while hi + 1 < len(words) and words[hi + 1].index in content and words[hi + 1].end <= limit:
            hi += 1
    else:
        return None
    lo, hi = trim(words, lo, hi, outer)
    hi = before_summary(cue.sentence, max(inner), hi)  # '“rigged” against him, a charge that ... denied'
    outside = [w for w in words[lo:hi + 1] if w.upos != "PUNCT" and not inside(w.start, outer)]
    if not outside:
        return None
    return min(words[lo].start, a), max(words[hi].end, b)


def _before_noun_phrase(words: list[Word], word: Word) -> bool:
    """Whether a noun phrase follows ``word`` ("to clients", "to the board"), not a verb ("to “go vote”")."""
    following = words[word.index + 1] if word.index + 1 < len(words) else None
    return following is not None and following.upos in ("NOUN", "PROPN", "PRON", "DET", "NUM")


def fragment_content(text: str, cue: Cue, claimed: list[QuoteSpan]) -> tuple[int, int] | None:
    """The reported phrase around quoted fragments that the parse left out of the cue's content.

    'called half of Trump's supporters “deplorables”' (a naming verb: from the word after the cue),
    'tells supporters to “go vote”', 'tells MSNBC that “exactly who did it” remains unknown' (from
    the first "to"/"that"/"as" after the cue; a "that" clause runs to the end of the sentence).
    """
    a, b = outer_range(claimed[0])[0], outer_range(claimed[-1])[1]
    first_char = text[claimed[0].start:claimed[0].start + 1]
    if a < cue.end or a - cue.end > 150 or char_before(text, a) in (":", ","):
        return None
    words = cue.sentence.words
    between = [w for w in words if cue.end <= w.start < a]
    if not between or any(w.text in (".", ";", ":", "!", "?") for w in between):
        return None
    speaker = {w.index for w in mention_words(cue.sentence, cue.speaker, full=True)} if cue.speaker else set()
    if cue.lemma.split()[0] in NAMING_VERBS:
        start = next((w for w in between if w.index not in speaker and w.upos != "PUNCT"), None)
        return (start.start, b) if start is not None else None
    if not first_char.islower():
        return None
    marks = [w for w in between if w.text.lower() == "that"
             or (w.text.lower() in ("to", "as") and w.upos in ("SCONJ", "PART", "ADP")
                 and not (w.text.lower() == "to" and _before_noun_phrase(words, w)))]  # not "a note to clients"
    if not marks:
        return None
    if marks[0].text.lower() == "that":
        tail = [w for w in words if w.start >= b and w.upos != "PUNCT"]
        if tail and not any(ch in text[b:tail[-1].end] for ch in "\"“”,;"):
            b = tail[-1].end
    return marks[0].start, b


_OPENS_SENTENCE = re.compile(r"(?:[.!?][\"”’']?[ \t\u00a0]+|\n[ \t\u00a0]*)$")
# plain words after a closing mark, up to a comma or the sentence's end: no mark, colon or semicolon
_UNQUOTED_TAIL = re.compile(r"[ \t\u00a0]+[a-z][^\"“”‘’'.!?;:\n]*?(?=,[ \t\u00a0]|[.!?])")


def unquoted_tail_end(text: str, q: QuoteSpan) -> int | None:
    """Where the words end that finish a sentence a quotation opens and leaves unfinished ('"That is the fight
    we're taking" to the rest of the country.', '"... but they aren't there yet" to support him'): the
    quotation opens its sentence, its words stop without punctuation, and plain words follow its closing mark
    up to a comma or the sentence's end; None otherwise."""
    if q.open_start is None or q.close_end is None or not text[q.end - 1:q.end].isalnum():
        return None
    if q.open_start > 0 and not _OPENS_SENTENCE.search(text[max(0, q.open_start - 4):q.open_start]):
        return None
    tail = _UNQUOTED_TAIL.match(text, q.close_end)
    return tail.end() if tail else None


def _fronted_start(cue: Cue, lo: int, outer: list[tuple[int, int]], others: list[Cue]) -> int:
    """Where a mixed report starts that goes on right after its speaker and cue set off by commas: at
    the sentence's first word ('The golf industry, she said, is "in a state of flux"', 'Trump, Sexton said,
    has created a “...”'), unless the part before them is a lone connective ("But, Carson added, ...") or
    hangs on the cue ("Six months ago, the senator said, ..."), ends with a subordinator ("..., because,
    according to Trump, ..."), is quoted, or holds a colon, dash or another cue."""
    aside = aside_span(cue)
    words = cue.sentence.words
    if aside is None or lo <= aside[1] or any(w.upos != "PUNCT" for w in words[aside[1] + 1:lo]):
        return lo
    first, _ = trim(words, 0, aside[0] - 2, outer)
    fronted = [w for w in words[first:aside[0] - 1] if w.upos != "PUNCT"]
    if not fronted or (len(fronted) == 1 and fronted[0].upos in ("CCONJ", "ADV", "INTJ")) \
            or fronted[-1].upos == "SCONJ" \
            or any(inside(w.start, outer) or w.text in STOP_TEXT for w in words[:aside[0]]) \
            or any(o is not cue and o.sentence is cue.sentence and o.start < words[aside[0]].start and o.content
                   for o in others):  # (a cue that reports nothing, "Outbreaks continue ...", is none)
        return lo
    tops = [w for w in fronted if w.head < first or w.head >= aside[0] - 1]
    if all(w.head == cue.words[0].index and w.deprel.split(":")[0] in ("obl", "advmod", "nmod")
           and _circumstance(cue.sentence, w) for w in tops):
        return lo  # a phrase on the cue itself ("Six months ago, the senator said, ...") is not reported
    return lo if _own_sentence(cue.sentence, lo) else first


def _circumstance(sentence: Sentence, word: Word) -> bool:
    """An adverb, a phrase with a preposition or a time phrase ("Six months ago", "In Iowa"), not a bare
    noun phrase (the report's subject misparsed as an oblique: "The Republican nominee, he said, watched")."""
    kids = sentence.children(word.index)
    return word.upos == "ADV" or word.lemma.lower() in TIME_WORDS or any(
        k.deprel == "case" or k.lemma.lower() == "ago" for k in kids)


def _own_sentence(sentence: Sentence, lo: int) -> bool:
    """True when the quote that starts at word ``lo`` opens with a capital, a sentence of its own
    ("In February, ..., Mr. Trump said, ''I'd like to punch him''"): the words before its speaker are
    not part of it (they are after a lower-case start: "When it goes into effect, Dr. Clark added, ''it will ...''")."""
    first = next((w for w in sentence.words[lo:] if w.upos != "PUNCT"), None)
    return first is not None and first.text[:1].isupper() and first.upos not in ("PROPN", "NOUN")
