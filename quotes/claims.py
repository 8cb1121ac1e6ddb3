"""Claims: which reporting cue claims each quoted span (used by ``quotes.attribution``).

A quote goes to the cue that introduces it, else the cue whose content holds it, else a speech cue
with a named speaker that is not nested in another report, else the nearest cue of its sentence or
the neighbouring sentences that can reach it; a later quote that a second speech verb introduces is
handed over to that verb; a quote no cue claims that goes on a report's sentence after one of its
quotes joins that report (``join_report``). A speaker the parse found inside a quotation is replaced
by the nominal next to the cue. (A quote no cue claims may still be introduced by the verb before its
colon or comma: ``quotes.introducers``.)
"""

from __future__ import annotations

import re

from quotes.clauses import is_participle_aside, is_subordinated, name_head, says_of_antecedent
from quotes.cues import Cue
from quotes.lexicon import CUE_LEMMAS, INVERTED_CUES, NON_NAMES, PERSON_NOUNS, QUOTE_CHARS, SPEECH_VERBS, TITLES
from quotes.marks import QuoteSpan, char_before, inside, outer_range
from quotes.mentions import is_time_word, mention_words
from quotes.parsing import Sentence, Word
from quotes.relative_repairs import DESCRIBING_VERBS

OWN_CLAUSE_SKIP = frozenset({"advcl", "conj", "parataxis"})  # clauses hung on a cue that are not its own
MODIFIER_RELS = frozenset({"obl", "obl:tmod", "obl:unmarked", "obl:npmod", "advmod"})  # a verb's where and when
NON_SPEAKERS = frozenset("it there which who that this what these those something nothing one".split())


def is_non_speaker(word: Word) -> bool:
    """A pronoun that names no speaker by itself (``NON_SPEAKERS``: "it", "which", "who"), not a name spelt as one
    ("WHO", the World Health Organization)."""
    return word.upos != "PROPN" and word.text.lower() in NON_SPEAKERS


GROUP_PRONOUNS = frozenset("some many most few those others several".split())  # the antecedents of "who say"


def _candidate_sentences(q: QuoteSpan, sentences: list[Sentence], text: str) -> list[int]:
    a, b = outer_range(q)
    picked = [i for i, s in enumerate(sentences) if s.start < b and s.end > a]
    if not picked:
        return []
    first, last = picked[0], picked[-1]
    if last + 1 < len(sentences) and sentences[last + 1].paragraph == sentences[last].paragraph \
            and not text[b:sentences[last + 1].start].strip(" \t,.") and sentences[last].end <= b + 1:
        picked.append(last + 1)
    if first > 0 and (sentences[first - 1].paragraph == sentences[first].paragraph
                      or text[sentences[first - 1].start:a].rstrip().endswith(":")) \
            and text[sentences[first - 1].start:a].rstrip().endswith((":", ",")):
        picked.insert(0, first - 1)
    return picked


def _conjoined(text: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Two quotations side by side with only "and" or "or" between them ('Guns are “the ultimate public health
    crisis” and “stunt children’s growth,” Howard Dean proclaimed'): one report, whichever the cue reaches first."""
    (_, b), (x, _) = sorted((one, other))
    return text[b:x].strip(" ,").lower() in ("and", "or")


def _distance(cue: Cue, a: int, b: int) -> int:
    return 0 if a <= cue.start < b else min(abs(cue.start - b), abs(a - cue.end))


def choose_cue(q: QuoteSpan, cues_by_sentence: dict[int, list[Cue]], outer: list[tuple[int, int]],
               sentences: list[Sentence], text: str) -> Cue | None:
    """The cue that claims quote ``q``: one that introduces it ("adding: "..."") first, then one whose
    content holds it, then a speech cue with a named speaker that is not nested in another report
    ("who think", "what he called"), then the nearest. A cue in a neighbouring sentence that
    already reports another quotation is not a candidate."""
    a, b = outer_range(q)
    own = {i for i, s in enumerate(sentences) if s.start < b and s.end > a}
    best, best_key = None, None
    candidates = _candidate_sentences(q, sentences, text)
    holders = [c for i in candidates for c in cues_by_sentence.get(i, [])
               if c.speaker is not None and any(a <= w.start < b for w in c.content)]
    for index in candidates:
        for cue in cues_by_sentence.get(index, []):
            overlaps = any(a <= w.start < b for w in cue.content)
            if cue.speaker is None or (cue.weak and not overlaps):
                continue  # a belief verb claims only a quote inside its own clause
            mention = mention_words(cue.sentence, cue.speaker, full=True)
            taken = a <= mention[0].start and cue.speaker.start >= b and _ends_open(q, text)
            if any(a <= w.start < b for w in mention) and not taken:
                continue  # 'the party's “superdelegates” have said': a quote in the speaker's own mention (not quoted
                # words the parse took into a mention after the quote: '"... human being," screenwriter X wrote')
            if index not in own and any(inside(w.start, outer) and not a <= w.start < b for w in cue.content):
                continue  # 'Mills then writes back, "You look cute."' does not claim the quote before it
            if index not in own and cue.start >= b and any(w.start >= cue.end and not inside(w.start, outer)
                                                           for w in cue.content) and not _asked_after(cue, q, text):
                continue  # '"Y." He said, twice, that he was ...': the next sentence reports its own clause
            if index not in own and cue.start >= b and char_before(text, a) == ":" \
                    and text[q.start:q.end].rstrip()[-1:] in (".", "?", "!") \
                    and any(x >= cue.end and text[cue.end:x].strip() in (",", ":") for x, _ in outer):
                continue  # 'my answer: "... kidding." To which she said, "..."': the cue introduces the next one
            if not overlaps and _subordinate_to(cue, a, b):
                continue  # '"would have dropped to his knees" if Trump had asked him to': part of what is quoted
            if not overlaps and cue.end <= a and any(cue.sentence.start <= x and y <= cue.start for x, y in outer) \
                    and _clause_between(cue, a, outer):
                continue  # '"X," says Llamas, but he was shocked when he heard about the "gun show loophole"'
            lo, hi = sorted((cue.start, a if cue.start < a else b))
            content = (min(w.start for w in cue.content), max(w.end for w in cue.content)) if cue.content else (0, 0)
            if any(lo <= x < hi and (x, y) != (a, b) and not content[0] <= x < content[1]
                   and not _conjoined(text, (a, b), (x, y)) for x, y in outer):
                continue  # another quotation, outside this cue's content, stands between cue and quote
            introduces = (cue.end <= a and text[cue.end:a].strip() in (":", ",")
                          and cue.lemma.split()[0] in CUE_LEMMAS) or _inverted_after(cue, q, b, text) \
                or _modifiers_before(cue, a, text)
            # not 'the code the dynasty has embodied: "..." he said'
            if not overlaps and not introduces and not cue.reversed and cue.start >= b and cue.speaker.start < a \
                    and cue.content and content[0] >= cue.end:
                continue  # 'comparing immigrants to “criminals” and promising a wall': a report of its own
            if not overlaps and not introduces and cue.start >= b and cue.content and (
                    (content[0] >= cue.end and _joined_after(cue, b)) or _quotes_its_own(cue, b, outer, text)
                    or _after_sentence_end(cue, q, b, text)):
                continue  # '"... in front of you," though she noted she has also pushed ...': a report of its own
            if not overlaps and not introduces and _own_report_before(cue, q, text) \
                    and _aside_of(cue, cues_by_sentence.get(index, [])):
                continue  # '"X," Tester said, referring to the excuse, "Y."': the aside's report is its own
            weak = cue.weak or (is_non_speaker(cue.speaker)
                                and not (cue.speaker.text.lower() == "it" and cue.lemma in SPEECH_VERBS)) \
                or any(cue.words[0] in h.content and not _reports_holder(cue, h, a, b, outer)
                       for h in holders if h is not cue) and not (overlaps and (  # nested: the outer report wins (not
                    names_in_relative(cue) or says_of_antecedent(cue.sentence, cue.words[0])))  # "a model that it
            # says can "reason"": the relative clause's report)
            hosts = cue.words[0] is _host_verb(cue.sentence, a, b)  # 'called the ruling "outrageous" and said'
            key = (0 if introduces else 1, 0 if overlaps else 1, weak, 0 if hosts else 1, _distance(cue, a, b))
            if best_key is None or key < best_key:
                best, best_key = cue, key
    return best


def _modifiers_before(cue: Cue, a: int, text: str) -> bool:
    """A speech verb with no content of its own, only its own modifiers and a comma or colon between it and
    the quote at ``a`` ('footage of Trump saying during the debate last week, “..."'): it introduces the quote."""
    if cue.content or cue.lemma not in SPEECH_VERBS or cue.end > a or text[cue.end:a].strip()[-1:] not in (",", ":"):
        return False
    verb = cue.words[0]
    own = {w.index for k in cue.sentence.children(verb.index) if k.deprel in MODIFIER_RELS
           for w in cue.sentence.subtree(k.index)}
    between = [w for w in cue.sentence.words if cue.end <= w.start and w.end <= a and w.upos != "PUNCT"]
    return bool(between) and all(w.index in own for w in between)


def _asked_after(cue: Cue, q: QuoteSpan, text: str) -> bool:
    """The tokenizer split a question or exclamation from its speaker and verb: the cue's sentence opens
    right after the quote with the speaker and the verb, and what the parse gives the verb is no "that"
    clause ('"Why would you cozy up to Bush?" Lichtman said about McCain's effort to ...')."""
    sentence, verb = cue.sentence, cue.words[0]
    mention = mention_words(sentence, cue.speaker)
    return text[q.start:q.end].rstrip()[-1:] in ("?", "!") and not text[outer_range(q)[1]:sentence.start].strip() \
        and mention[0].index == 0 and verb.index == mention[-1].index + 1 \
        and not any(w.lemma.lower() == "that" for w in cue.content[:1])


CONTRASTING = frozenset("though although but while whereas yet".split())  # not "as": '"...," as Cruz said'


def _words_before_speaker(cue: Cue, b: int) -> list[Word]:
    """The words, punctuation aside, between the quote ending at ``b`` and the cue's speaker (or the cue)."""
    first = min(cue.speaker.start, cue.start)
    return [w for w in cue.sentence.words if b <= w.start < first and w.upos != "PUNCT"]


def _joined_after(cue: Cue, b: int) -> bool:
    """A contrasting conjunction opens what follows the quote ending at ``b`` up to the cue's speaker ('"...,"
    though she noted'), or words stand between them and the speaker is a relative ('his "Keepin' It Real" radio
    program who said ...'), so the cue opens a clause of its own."""
    between = _words_before_speaker(cue, b)
    return bool(between) and (between[0].lemma.lower() in CONTRASTING or "PronType=Rel" in cue.speaker.feats)


def _after_sentence_end(cue: Cue, q: QuoteSpan, b: int, text: str) -> bool:
    """The quote ending at ``b`` ends its sentence and a new one opens before the cue's speaker ('"... means
    nothing." That's why, he added, viewers often encounter ...'): the cue reports that sentence, not the quote."""
    between = _words_before_speaker(cue, b)
    return bool(between) and text[q.start:q.end].rstrip()[-1:] in (".", "?", "!") and between[0].text[:1].isupper()


def _quotes_its_own(cue: Cue, b: int, outer: list[tuple[int, int]], text: str) -> bool:
    """Words stand between the quote ending at ``b`` and the cue's speaker, and the cue's content holds a quote
    of its own right after the cue ('stripping out a call for “...” and replacing it with softer language calling
    for “appropriate assistance.”'; not '"X," he said, "Y."')."""
    start = min((w.start for w in cue.content if w.start >= cue.end), default=cue.end)  # not the "for" of "calling for"
    return bool(_words_before_speaker(cue, b)) and inside(start, outer) and not text[cue.end:start].strip()


def _aside_of(cue: Cue, cues: list[Cue]) -> bool:
    """The cue is a participle set off after another cue of its sentence that has a speaker ('Tester
    said, referring to ...')."""
    verb = cue.words[0]
    return is_participle_aside(cue.sentence, verb) and any(
        c.words[0].index == verb.head and c.speaker is not None for c in cues if c is not cue)


def names_in_relative(cue: Cue) -> bool:
    """The cue is a naming verb of a relative clause with a named subject of its own ('approved a new oil field,
    which campaigners called "a climate disgrace"': the campaigners' words, not the government's)."""
    verb, sentence = cue.words[0], cue.sentence
    return verb.deprel == "acl:relcl" and cue.lemma in DESCRIBING_VERBS and cue.speaker is not None \
        and cue.speaker.upos in ("NOUN", "PROPN") and cue.speaker.head == verb.index \
        and sentence.words[verb.head].upos in ("NOUN", "PROPN") and all(
            k.upos == "PRON" or sentence.subtree(k.index)[0].text in QUOTE_CHARS for k in sentence.children(verb.index)
            if k.deprel == "obj")  # the noun named, not "reports that Trump called the winner "Miss Piggy""


def _reports_holder(cue: Cue, holder: Cue, a: int, b: int, outer: list[tuple[int, int]]) -> bool:
    """'They want to "...," Sanders said': the reversed cue reports the clause of the weak cue whose content
    (in the parse) holds it, and no other quotation than the one at ``[a, b)``."""
    return cue.reports_clause_of(holder) and not any(inside(w.start, outer) and not a <= w.start < b
                                                     for w in cue.content)


def _inverted_after(cue: Cue, q: QuoteSpan, b: int, text: str) -> bool:
    """A speech verb right after the closing mark of a quote that ends with a comma, question or exclamation
    mark, its speaker after it ('“why wouldn’t you ...?” asked Dunn'): it introduces that quote."""
    verb, words = cue.words[0], cue.sentence.words
    return cue.start >= b and not text[b:cue.start].strip() and cue.lemma in SPEECH_VERBS \
        and verb.xpos in ("VBD", "VBZ", "VBP") and cue.speaker.index > verb.index \
        and all(w.upos in ("PROPN", "NOUN", "ADJ", "DET") or w.text in ".-"
                for w in words[verb.index + 1:cue.speaker.index]) \
        and _ends_open(q, text)


def _ends_open(q: QuoteSpan, text: str) -> bool:
    """Quote ``q`` ends with a comma, question or exclamation mark: its sentence goes on after the marks."""
    return text[q.start:q.end].rstrip()[-1:] in (",", "?", "!")


def _subordinate_to(cue: Cue, a: int, b: int) -> bool:
    """The cue heads a subordinate clause ("if ...", "when ...") of a quoted word in ``[a, b)``: it belongs
    to the quoted sentence and does not report it."""
    verb, sentence = cue.words[0], cue.sentence
    return verb.deprel == "advcl" and verb.head >= 0 and a <= sentence.words[verb.head].start < b \
        and is_subordinated(sentence, verb)


def _clause_between(cue: Cue, a: int, outer: list[tuple[int, int]]) -> bool:
    """A clause of its own between the cue and the quote opening at ``a`` (a verb outside the cue's own
    clause and the speaker's mention: "..., marking the first time ...", "but he was shocked when ..."):
    the cue does not introduce that quote."""
    sentence = cue.sentence
    own = {w.index for w in sentence.subtree(cue.words[0].index, skip=OWN_CLAUSE_SKIP)}
    own |= {w.index for w in mention_words(sentence, cue.speaker, full=True)}
    for kid in sentence.children(cue.words[0].index):  # '"X," Tester said, referring to the excuse, "Y."'
        aside = sentence.subtree(kid.index)
        if is_participle_aside(sentence, kid) and all(w.end <= a for w in aside):
            own |= {w.index for w in aside}
    return any(w.upos in ("VERB", "AUX") and w.index not in own
               for w in sentence.words if cue.end <= w.start and w.end <= a and not inside(w.start, outer))


def _host_verb(sentence: Sentence, a: int, b: int) -> Word | None:
    """The verb the parse hangs the quoted words in ``[a, b)`` on directly ('called the ruling
    "outrageous"': "outrageous" is a complement of "called"), or None."""
    inner = [w for w in sentence.words if a <= w.start < b]
    root = next((w for w in inner if w.head < 0 or not a <= sentence.words[w.head].start < b), None)
    head = sentence.words[root.head] if root is not None and root.head >= 0 else None
    return head if head is not None and head.upos == "VERB" and root.deprel in ("xcomp", "obj") else None


def hand_over(claims: dict[int, list[QuoteSpan]], cues: list[Cue], text: str) -> None:
    """'"X," Manafort said, adding of Trump, "Y."': a quote after another cue with a speaker, between
    it and the quote the claiming cue already has, belongs to that cue, not to the first one; not when
    that cue's own report ends before the quote ('"X," Tester said, referring to the excuse, "Y."')."""
    by_id = {id(c): c for c in cues}
    for key in list(claims):
        cue, quotes = by_id[key], sorted(claims[key], key=lambda q: q.start)
        for i in range(1, len(quotes)):
            a, b = outer_range(quotes[i - 1])[1], outer_range(quotes[i])[0]
            later = [c for c in cues if c is not cue and c.speaker is not None and c.lemma in SPEECH_VERBS
                     and a <= c.start and c.end <= b and not _own_report_before(c, quotes[i], text)]
            if later and cue.start < b:
                claims[key] = quotes[:i]
                claims.setdefault(id(later[-1]), []).extend(quotes[i:])
                break


def _own_report_before(cue: Cue, q: QuoteSpan, text: str) -> bool:
    """The cue's content ends before quote ``q`` with a comma between them, and the parse does not hang
    the quoted words on the cue ('referring to the excuse, "..."'; not 'calling the chief "brilliant"',
    'adding that he hoped Mrs. Clinton "doesn't ..."')."""
    a = outer_range(q)[0]
    end = max((w.end for w in cue.content), default=None)
    if end is None or end > a or text[end:a].strip() != ",":
        return False
    return not any(q.start <= w.start < q.end for w in cue.sentence.subtree(cue.words[0].index))


def join_report(q: QuoteSpan, claims: dict[int, list[QuoteSpan]], cues: list[Cue], text: str) -> bool:
    """Claim an unclaimed quote for the cue whose quote stands before it in its sentence, with no other
    cue and no sentence end between them ('said that drafting the platform “is an open process” and that
    the convention “will be ...”'). True when claimed."""
    a = outer_range(q)[0]
    for cue in cues:
        quotes = claims.get(id(cue), [])
        if not quotes or cue.end > min(p.start for p in quotes) or cue.sentence.end < q.end:
            continue
        last = max(quotes, key=lambda p: p.end)
        b = outer_range(last)[1]
        if b <= a and not any(b <= c.start < a for c in cues) and not re.search(r"[.;:!?()—–]| - ", text[b:a]) \
                and not text[last.start:last.end].rstrip().endswith((".", "!", "?")):
            quotes.append(q)
            return True
    return False


def repair_speaker(cue: Cue, outer: list[tuple[int, int]]) -> None:
    """Replace a speaker that the parse found in a bracket after a name ("Rep. Gwen Moore (D-Wis.) said")
    by that name, and one it found inside a quotation by the nominal next to the cue: right
    after it ('"...," said Mr. Smith'), else the last one between the quotation and the cue ('"...?" the
    43-year-old asked', with "What" parsed as the subject); one before a quotation right before the cue
    by the nominal right after it ('Biden “has ...,” said Doyle')."""
    if cue.speaker is None:
        return
    words = cue.sentence.words
    at = cue.speaker.index
    opening = next((w.index for w in reversed(words[max(0, at - 3):at]) if w.text in "(),"), None)
    label = opening is not None and opening > 0 and words[opening - 1].upos == "PROPN" and (
        (words[opening].text == "(" and any(w.text == ")" for w in words[at + 1:at + 6]))
        or (words[opening].text == "," and opening + 2 < len(words) and words[opening + 1].text in ("R", "D", "I")
            and words[opening + 2].text in ("-", "–")))
    if label:  # "Rep. Gwen Moore (D-Wis.) said", "Mitch McConnell, R-Ky., said" parsed with the party
        cue.speaker = name_head(cue.sentence, words[opening - 1])  # label ("D-Wis.", "Ky") as the subject
        return
    between = False  # 'Biden “has ...,” said Doyle': "Biden" parsed as the subject, across the quotation
    if cue.lemma in INVERTED_CUES:
        named_end = mention_words(cue.sentence, cue.speaker, full=True)[-1].end
        between = any(named_end <= x and 0 <= cue.start - y <= 2 for x, y in outer)
    if not (inside(cue.speaker.start, outer) or between):
        return
    after = [] if cue.lemma == "tell" else [  # '"...," Le Pen told CNN': the one told is no speaker
        w for w in words[cue.words[-1].index + 1:] if not inside(w.start, outer)]
    for w in after:
        if w.upos in ("PROPN", "NOUN", "PRON") and not is_time_word(w, words):  # not '" Weaver said Monday'
            head = w
            while head.deprel in ("compound", "amod") and head.head > head.index:  # "Rubio spokesman Alex Conant",
                # "lead author Matthew Campen"
                head = words[head.head]
            if not between or w.upos == "PROPN":
                cue.speaker = head
            return
        if w.upos in ("PUNCT", "VERB", "ADP", "SCONJ"):
            break
    if between:
        return
    before, bracket = [], False
    for w in reversed(words[:cue.words[0].index]):
        if bracket or w.text == ")":  # '"...," Rep. Elijah E. Cummings (D-Md.) said': not the bracket
            bracket = w.text != "("
            continue
        if inside(w.start, outer) or w.text in QUOTE_CHARS or w.upos in ("VERB", "AUX", "ADP", "SCONJ"):
            break
        before.append(w)
    nominal = next((w for w in before if w.upos in ("PROPN", "NOUN", "PRON")
                    or (w is before[0] and w.upos == "ADJ")), None)
    head = name_head(cue.sentence, nominal) if nominal is not None and nominal.upos == "PROPN" else None
    if head is not None and head.deprel == "appos" and 0 <= head.head < head.index:
        head = words[head.head]
    if head is not None and head.upos == "NOUN" and head in before:
        nominal = head  # 'the British historian John Parkinson wrote' with the name hung on the title: the whole
        # phrase, the title its role
    cue.speaker = nominal


def relative_antecedent(cue: Cue) -> Word | None:
    """The noun a relative-pronoun speaker stands for ("Morial, who suggested" -> "Morial")."""
    verb, words = cue.words[0], cue.sentence.words
    if cue.speaker is None or cue.speaker.upos == "PROPN" or cue.speaker.text.lower() not in ("who", "which", "that"):
        return None
    while verb.deprel == "conj" and verb.head >= 0 and cue.speaker.head != verb.index:
        verb = words[verb.head]  # "Ian Lewis, 63, who fell and hit his head": the clause is "fell"'s
    if verb.deprel == "acl:relcl" and verb.head >= 0:
        head = words[verb.head]
    elif cue.speaker.text.lower() == "who" and cue.speaker.index >= 2 and words[cue.speaker.index - 1].text == ",":
        # the parse missed the relative clause: the name before the comma
        head = name_head(cue.sentence, words[cue.speaker.index - 2])
    else:
        return None
    if head.deprel == "appos" and words[head.head].upos == "PROPN" and (head.upos == "NOUN"
                                                                       or head.text.lower() in NON_NAMES) \
            and not any(w.text == ":" for w in words[head.head:head.index]):  # not a headline's label ("Q&A: The
        head = words[head.head]  # economist who ..."); "Gov. Terry Branstad of Iowa, a Republican who has ...": Branstad
    if cue.speaker.text.lower() == "who" and head.upos == "PROPN" and head.deprel in ("nmod", "flat") \
            and words[head.head].upos == "PROPN" and any(k.deprel == "case" and k.lemma.lower() in ("of", "at", "from")
                                                          for k in cue.sentence.children(head.index)):
        head = words[head.head]  # "Dan Ives of Wedbush Securities, who called ...": Ives, not the firm
    elif cue.speaker.text.lower() == "who" and head.upos == "PROPN" and head.deprel == "nmod" \
            and words[head.head].upos == "NOUN" and words[head.head].lemma.lower() in PERSON_NOUNS | TITLES \
            and any(k.deprel == "case" and k.lemma.lower() in ("of", "in", "from")
                    for k in cue.sentence.children(head.index)):
        head = words[head.head]  # "one woman in Crown Heights who declined ...": the woman, not the place
    groups = head.upos in ("DET", "PRON") and head.lemma.lower() in GROUP_PRONOUNS  # "only some who suggest"
    return head if head.upos in ("PROPN", "NOUN") or head.text == "%" or groups else None  # "18% who say"
