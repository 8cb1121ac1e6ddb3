"""Cue stage: find reporting cues in parsed sentences, with each cue's speaker and content words.

Small pure functions over :class:`quotes.parsing.Sentence` (word helpers in ``quotes.clauses``, the speaker search
in ``quotes.cue_speakers``, the content search in ``quotes.cue_content``, verbs that report because of the quotation
beside them in ``quotes.quote_cues``, "according to X" in ``quotes.source_phrases``). A cue is a reporting verb
("said", "told", "maintained"), a reporting noun used as one, or "according to". Its speaker is the cue's subject (or
passive agent, or the object of "according to"), inherited through coordination ("The US said ... but maintained
..."); its content is its clausal complement, or, when the cue hangs off the reported clause ("..., officials told
the AP."), that clause minus the cue.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotes.clauses import (FINITE_XPOS, SUBJECT_RELS, cue_lemma, has_that, in_speech_phrase, is_falling_number,
                            opens_sentence)
from quotes.cue_content import content_of, raised_clause, stimulus_report
from quotes.cue_repairs import repair_shared_reports
from quotes.cue_speakers import speaker_of
from quotes.idioms import (asks_the_reader, expressed_feeling, is_as_put_it, is_go_on_to_clause, made_clear,
                           reports_nothing, shown_disposition, statement_participle)
from quotes.lexicon import (ATTITUDE_ADJECTIVES, ATTITUDE_CASES, BESIDE_QUOTE_LEMMAS, CONNECTIVE_ADVERBS, CUE_LEMMAS,
                            CUE_PARTICLES, INFINITIVE_LEADS, MANNER_NOUNS, PASSIVE_RAISING_VERBS, POLL_NOUNS,
                            QUOTE_CHARS, RAISING_VERBS, RELATIVE_OPENERS, REPORT_NOUNS, WEAK_CUE_LEMMAS)
from quotes.parsing import Sentence, Word
from quotes.quote_cues import (beside_quote, casts_as_quoted, closes_quote, ends_with_question, introduces_quote,
                               text_reads)
from quotes.source_phrases import according_to
from quotes.surface_reports import closing_comment, unnamed_question

if TYPE_CHECKING:  # the learned model scores candidates found with this module's helpers
    from quotes.cue_model import CueModel


@dataclass
class Cue:
    """A reporting cue in one sentence: the cue words, the speaker head and the content words.

    Indices are word indices in ``sentence``; ``speaker`` is None when the cue has no subject;
    ``reversed`` is True when the content is the clause the cue hangs off ("X, he said");
    ``learned`` is the learned model's probability for a verb outside the lexicon (None otherwise);
    ``stimulus`` is True for a verb of feeling whose object feels about its subject ("The idea worries
    environmentalists", :func:`quotes.cue_content.stimulus_report`).
    """

    sentence: Sentence
    sentence_index: int
    words: list[Word]
    speaker: Word | None
    content: list[Word]
    reversed: bool = False
    extent: tuple[int, int] | None = None
    learned: float | None = None
    stimulus: bool = False

    @property
    def start(self) -> int:
        """Offset where the cue's text starts (auxiliaries and adverbs included: "has also said")."""
        return self.extent[0] if self.extent else self.words[0].start

    @property
    def end(self) -> int:
        """Offset just past the cue's text ("called for" includes its particle)."""
        return self.extent[1] if self.extent else self.words[-1].end

    @property
    def lemma(self) -> str:
        """The reporting lemma ("say", "according to")."""
        return " ".join(cue_lemma(w) for w in self.words)

    @property
    def weak(self) -> bool:
        """A belief or position verb ("think", "want"): weaker than a speech verb when claiming quotes."""
        return self.lemma.split()[0] in WEAK_CUE_LEMMAS

    def reports_clause_of(self, other: "Cue") -> bool:
        """Whether this reversed cue reports the clause of the weak cue ``other`` that its content holds,
        though the parse may hang it on that cue ('They want to "...," Sanders said': "said" and "want")."""
        return self.reversed and other.weak and other.words[0] in self.content

    def reports_infinitive_of(self, other: "Cue") -> bool:
        """Whether this cue is the reporting infinitive of the effort or aspect verb ``other``, which then
        only starts this cue's text ('struggled to answer X', 'moved to emphasize X'; not "plans to")."""
        verb, inner = other.words[0], self.words[0]
        return other.lemma in INFINITIVE_LEADS and other.sentence is self.sentence \
            and inner.head == verb.index and inner.deprel == "xcomp" and inner in other.content \
            and self.start <= other.start

    @property
    def according(self) -> bool:
        """An "according to" cue: its object is the source, whatever the tagger makes of the words."""
        return self.words[0].text.lower() == "according"

    @property
    def raising(self) -> bool:
        """A raising verb ("the court seemed to ...", "is expected to ..."): a report whose subject is no speaker."""
        return self.words[0].lemma in RAISING_VERBS or passive_subject(self.sentence, self.words[0]) is not None


def is_cue_word(sentence: Sentence, word: Word, after_question: bool = False) -> bool:
    """True for a reporting verb (any tag: small taggers err) that heads or joins a clause (``after_question``:
    see :func:`quotes.quote_cues.closes_quote`)."""
    if introduces_quote(sentence, word) or closes_quote(sentence, word, after_question) \
            or is_as_put_it(sentence, word) or text_reads(sentence, word) or casts_as_quoted(sentence, word):
        return True
    if cue_lemma(word) not in CUE_LEMMAS and word.text.lower() not in ("said", "says", "told") \
            and not _answers_back(sentence, word):
        return False
    if (word.upos in ("NOUN", "PROPN", "ADJ", "ADP", "DET", "PRON") or word.upos == "ADV" and word.deprel == "advmod") \
            and word.text.lower() not in ("said", "says"):  # not "Back in Virginia" nor "bouncing back"
        return False
    if reports_nothing(sentence, word):
        return False
    if cue_lemma(word) in BESIDE_QUOTE_LEMMAS and not beside_quote(sentence, word, 3):
        return False  # 'sings, "..."', not "singing the national anthem"
    if word.deprel in ("amod", "compound", "nmod", "obl") or is_falling_number(sentence, word):
        return False
    # a finite verb before a quotation is no modifier ('Trump, who has ... followers, tweeted, "..."'), nor one
    # after an aside ('"...," Valdez Anderson, who works at ..., said on a media call')
    if word.deprel == "acl" and word.xpos != "VBG" and "VerbForm=Ger" not in word.feats \
            and not (word.xpos in FINITE_XPOS and word.index + 2 < len(sentence.words)
                     and sentence.words[word.index + 1].text in (",", ":")
                     and sentence.words[word.index + 2].text in QUOTE_CHARS) \
            and not (word.xpos in ("VBD", "VBZ", "VBP") and sentence.words[word.index - 1].text == ","):
        return False
    return True


def _hyphened_to_noun(sentence: Sentence, word: Word) -> bool:
    """A participle in "-ing" joined by a hyphen to the noun before it, one word with it ("line-calling technology",
    "name-calling"; not "counter-accused", "self-described", "so-called", which PolNeAR takes for cues)."""
    if word.index < 2 or not word.text.lower().endswith("ing"):
        return False
    hyphen, noun = sentence.words[word.index - 1], sentence.words[word.index - 2]
    return hyphen.text == "-" and noun.end == hyphen.start and hyphen.end == word.start and noun.upos == "NOUN" \
        and noun.text.lower() != "self"


def _answers_back(sentence: Sentence, word: Word) -> bool:
    """"shot back that ...", "fired back that ...": a verb of answering back with a "that" clause."""
    words = sentence.words
    return CUE_PARTICLES.get(word.lemma.lower()) == ("back",) and word.index + 1 < len(words) \
        and words[word.index + 1].text.lower() == "back" \
        and any(k.deprel == "ccomp" and has_that(sentence, k) for k in sentence.children(word.index))


def _in_poll(sentence: Sentence, word: Word) -> Cue | None:
    """A poll or survey that opens its sentence as the source of the clause after it ("In the poll, Clinton's
    support has steadily risen ..."; PolNeAR marks "In" as the cue). Not one after its clause ("leads in the
    polls"), which is rarely a report."""
    head = sentence.words[word.head] if word.head >= 0 else None
    if word.text.lower() != "in" or word.deprel != "case" or head is None or head.lemma.lower() not in POLL_NOUNS \
            or head.deprel != "obl" or head.head < head.index \
            or not opens_sentence(sentence, word) \
            or any(k.deprel in SUBJECT_RELS and k.upos == "PROPN" for k in sentence.children(head.head)) \
            and is_cue_word(sentence, sentence.words[head.head]):
        return None  # "In an online poll ..., Democracy Corp found ...": the pollster speaks (not "Mr. Cruz had")
    phrase = {w.index for w in sentence.subtree(head.index)} | {word.index}
    content = [w for w in sentence.words if w.index not in phrase and w.index > max(phrase)]
    return Cue(sentence, -1, [word], head, content, reversed=True) if content else None


def cue_extent(sentence: Sentence, verb: Word, last: Word) -> tuple[int, int]:
    """Character range of a verbal cue with its adjacent auxiliaries, negation and adverbs before it
    ("has also said", "have all said", "isn't saying") and the particle after it ("call for", "point
    to", "talk about"); an infinitive cue starts at the verb it complements ("tried to defend", "was
    quick to point out")."""
    words = sentence.words
    lo = verb.index
    while lo - 1 >= 0 and words[lo - 1].head == verb.index \
            and words[lo - 1].deprel in ("aux", "aux:pass", "advmod", "mark", "cop", "det", "obl") \
            and (words[lo - 1].upos in ("AUX", "ADV", "PART") or words[lo - 1].text.lower() in ("both", "all", "since")) \
            and words[lo - 1].lemma.lower() not in CONNECTIVE_ADVERBS:
        lo -= 1
    head = words[verb.head] if verb.head >= 0 else None
    if verb.deprel == "xcomp" and head is not None and head.upos in ("VERB", "ADJ") and head.index < lo \
            and words[lo].text.lower() == "to" and all(w.head in (head.index, verb.index) or w.index == head.index
                                                        for w in words[head.index:lo]):
        return cue_extent(sentence, head, head)[0], _cue_end(sentence, verb, last)  # "tried to defend"
    if is_go_on_to_clause(sentence, verb) and head.index < lo \
            and all(w.head in (head.index, verb.index) for w in words[head.index + 1:lo]):
        return cue_extent(sentence, head, head)[0], _cue_end(sentence, verb, last)  # "went on to say"
    if words[lo].text.lower() == "to" and verb.deprel != "advcl":  # "to discuss" of a purpose clause keeps it
        lo += 1
    return words[lo].start, _cue_end(sentence, verb, last)


CUE_ADVERBS = frozenset("repeatedly recently then again".split())  # how often or when, part of the cue after it


def _cue_end(sentence: Sentence, verb: Word, last: Word) -> int:
    """End of a cue: its last word, the particle after it ("call for", "point to"), an adverb of time or
    repetition ("said repeatedly") or the manner after it ("said with a laugh")."""
    end, nxt = last.end, last.index + 1
    words = sentence.words
    if nxt < len(words) and words[nxt].text.lower() in CUE_PARTICLES.get(cue_lemma(verb), ()):
        end, nxt = words[nxt].end, nxt + 1
    if nxt < len(words) and words[nxt].text.lower() in CUE_ADVERBS and words[nxt].head == verb.index:
        end, nxt = words[nxt].end, nxt + 1  # "has said repeatedly", "said then"
    manner = [w.text.lower() for w in words[nxt:nxt + 3]]
    if manner[:1] == ["with"] and manner[1:2] in (["a"], ["an"]) and manner[2:] and manner[2] in MANNER_NOUNS:
        end = words[nxt + 2].end  # "shot back with a laugh"
    return end


def _preposition_of_place(sentence: Sentence, verb: Word, particle: Word) -> bool:
    """A "particle" that is the preposition of a name after it ('wrote on X', 'posted on Facebook'): no part of the
    cue, unless the cue takes it ("called on Congress")."""
    after = sentence.words[particle.index + 1] if particle.index + 1 < len(sentence.words) else None
    return particle.text.lower() in ("on", "in", "at") and after is not None and after.upos == "PROPN" \
        and particle.text.lower() not in CUE_PARTICLES.get(cue_lemma(verb), ())


def _noun_cue(sentence: Sentence, word: Word) -> Cue | None:
    """A reporting noun with a possessive source and a "that" clause: "Trump's claim that ..."."""
    if word.upos != "NOUN" or word.lemma.lower() not in REPORT_NOUNS:
        return None
    kids = sentence.children(word.index)
    source = next((k for k in kids if k.deprel == "nmod:poss" and k.upos in ("PROPN", "NOUN", "PRON")), None)
    clause = next((k for k in kids if k.deprel in ("acl", "acl:relcl", "ccomp", "appos") and k.index > word.index
                   and has_that(sentence, k)), None)
    if source is None or clause is None:
        return None
    if in_speech_phrase(sentence, word):
        return None  # "said in her opening remarks that ...": the clause is what was said
    return Cue(sentence, -1, [word], source, sentence.subtree(clause.index))


def _attitude_cue(sentence: Sentence, word: Word) -> Cue | None:
    """A predicate adjective of attitude with a subject and a complement: "Democrats are wary of Trump",
    "was adamant that ...", "is eager to ..." (the cue runs from its copula to the preposition after it)."""
    if word.upos != "ADJ" or word.lemma.lower() not in ATTITUDE_ADJECTIVES:
        return None
    kids = sentence.children(word.index)
    complement = next((k for k in kids if k.index > word.index and (k.deprel in ("ccomp", "xcomp") or (
        k.deprel in ("obl", "advcl") and any(c.deprel in ("case", "mark") and c.lemma.lower() in ATTITUDE_CASES
                                             for c in sentence.children(k.index))))), None)
    speaker = speaker_of(sentence, word) if any(k.deprel == "cop" for k in kids) else None
    if complement is None or speaker is None:
        return None
    content = sentence.subtree(complement.index)
    first = content[0]
    last = first if first.deprel in ("case", "mark") and first.lemma.lower() in ATTITUDE_CASES \
        and first.lemma.lower() != "that" and first.index == word.index + 1 else word
    return Cue(sentence, -1, [word], speaker, [w for w in content if w is not last],
               extent=(cue_extent(sentence, word, word)[0], last.end))


def passive_subject(sentence: Sentence, verb: Word) -> Word | None:
    """The subject of a passive report without an agent ("The central bank is expected to act", "with temperatures
    expected to reach 34C"), or None."""
    if verb.lemma not in PASSIVE_RAISING_VERBS:
        return None
    kids = sentence.children(verb.index)
    bare = (verb.xpos == "VBN" and "Voice=Pass" in verb.feats or verb.xpos == "VBD") \
        and not any(k.deprel.startswith("aux") for k in kids) \
        and any(k.deprel == "case" and k.lemma.lower() == "with" for s in kids if s.deprel == "nsubj"
                for k in sentence.children(s.index))  # "with temperatures expected to reach 34C", "with fewer than
    # 10,000 thought to be left" (the participle tagged a past tense)
    auxiliary = ("aux:pass", "cop") if verb.xpos == "VBN" and any(k.deprel == "xcomp" for k in kids) \
        else ("aux:pass",)  # "temperatures are forecast to reach 34C", "are" taken for a copula
    if not (bare or any(k.deprel in auxiliary for k in kids)) or any(k.deprel == "obl:agent" for k in kids):
        return None
    own = next((k for k in kids if k.deprel == "nsubj:pass" or k.deprel == "nsubj" and (bare or any(
        a.deprel in auxiliary and k.index < a.index for a in kids))), None)  # "Fewer than 600 rhinos are thought to
    # remain", "Fewer" tagged an active subject; not '"..., others are just not,'' said Paul H. Chipok', "are" taken
    # for the auxiliary of "said"
    if own is None and verb.deprel == "conj" and verb.head >= 0:  # "She is moving ... but is expected to continue"
        return next((k for k in sentence.children(verb.head) if k.deprel in ("nsubj", "nsubj:pass")), None)
    return own


def _misparsed_lead(verb: Word, content: list[Word]) -> bool:
    """Whether the content of a cue that reports what follows it also holds words before the cue that the parse
    hung on the reported clause (an opening phrase, a participle after the speaker: 'By double digits, those
    surveyed say ...'). Not a relative clause or a subject before the cue ("which officials said will ...",
    "Mr. Obama, officials said, has become ...")."""
    before = [w for w in content if w.index < verb.index]
    after = [w for w in content if w.index > verb.index]
    if not before or not after:
        return False
    return not any(w.deprel.startswith("nsubj") or w.xpos in ("WDT", "WP", "WP$", "WRB")
                   or w.text.lower() in RELATIVE_OPENERS for w in before)


def _closing_reading_wins(verb: Word, speaker: Word | None, content: list[Word],
                          closing: tuple[Word, list[Word]]) -> bool:
    """Whether the reading of a closing comment (``quotes.surface_reports.closing_comment``: speaker, clause)
    replaces the parse's speaker and content: when the parse found no content, or a speaker that is not the verb's
    own subject (a word of the clause: '... the teachers unions, teachers and union officials told POLITICO.'), or a
    subject outside the clause that is not the comment's speaker, or the same speaker with only a clause inside
    the one the comment closes ('... that cannot be cured, prevented or even slowed, the campaign told USA TODAY.')."""
    said_by, clause = closing
    if not content or speaker is None or not (speaker.head == verb.index and speaker.deprel in SUBJECT_RELS):
        return True
    if speaker is said_by:
        return content[0].index > clause[0].index and content[-1].index <= clause[-1].index
    return speaker not in clause


def find_cues(sentences: list[Sentence], learned: CueModel | None = None) -> list[Cue]:
    """Every reporting cue in ``sentences``, in text order.

    ``learned`` (a :class:`quotes.cue_model.CueModel`, optional) adds the verbs outside the lexicon
    that it scores as reports.
    """
    cues: list[Cue] = []
    for number, sentence in enumerate(sentences):
        absorbed: set[int] = set()  # participles that are part of an earlier cue ("issued a statement saying")
        after_question = number > 0 and ends_with_question(sentences[number - 1], sentence)
        opens_paragraph = number == 0 or sentences[number - 1].paragraph != sentence.paragraph
        for word in sentence.words:
            if word.index in absorbed or opens_paragraph and asks_the_reader(sentence, word) \
                    or _hyphened_to_noun(sentence, word):  # "line-calling technology": no cue, whatever the model
                continue
            phrase = according_to(sentence, word)
            accord = Cue(sentence, -1, *phrase, reversed=True) if phrase else _in_poll(sentence, word)
            if accord is not None:
                accord.sentence_index = number
                cues.append(accord)
                continue
            nominal = _noun_cue(sentence, word) or _attitude_cue(sentence, word)
            if nominal is not None:
                nominal.sentence_index = number
                cues.append(nominal)
                continue
            probability = None
            stimulus = stimulus_report(sentence, word)
            disposition = shown_disposition(sentence, word)  # "showed no sign of ...": a report whatever the verb
            if not is_cue_word(sentence, word, after_question) and stimulus is None and disposition is None:
                probability = learned.score(sentence, word) if learned is not None else None
                if probability is None or probability < learned.threshold or reports_nothing(sentence, word):
                    continue
            speaker = speaker_of(sentence, word)
            content, rev = content_of(sentence, word, speaker)
            if stimulus is not None:  # "His behavior has angered the party's top figures": they feel, about it
                (speaker, content), rev = stimulus, True
            words = [word] + [k for k in sentence.children(word.index) if k.deprel == "compound:prt"
                              and k.index == word.index + 1 and not _preposition_of_place(sentence, word, k)]
            clause = made_clear(sentence, word)
            if clause is not None:  # "made it clear", up to the word the clause hangs on
                words = sentence.words[word.index:clause.head + 1]
            feeling = expressed_feeling(sentence, word) or disposition
            if feeling is not None:  # "expressed concern that ...": the feeling is part of the cue
                words, content = sentence.words[word.index:feeling[0].index + 1], feeling[1]
            participle = statement_participle(sentence, word)
            reported = content_of(sentence, participle, speaker)[0] if participle is not None and not rev \
                and speaker is not None and speaker.index < word.index else []
            if reported:  # "issued a statement saying ...": one cue, the participle's report
                words, content = sentence.words[word.index:participle.index + 1], reported
                absorbed.add(participle.index)
            if speaker is not None and speaker.index < word.index and not rev \
                    and (speaker in content or _misparsed_lead(word, content)):
                content = [w for w in content if w.index > word.index]  # the name was parsed into the report, or
                # words around it ('By double digits, those surveyed say stricter gun laws would help ...')
            if word.lemma in RAISING_VERBS and speaker is not None and content and not rev:
                speaker, content = None, raised_clause(sentence, word, speaker)
            passive = passive_subject(sentence, word)
            if passive is not None and not rev:  # "is expected to act": no speaker, the clause is reported
                speaker, content = None, raised_clause(sentence, word, passive)
            closing = closing_comment(sentence, word)
            if closing is not None and _closing_reading_wins(word, speaker, content, closing):
                (speaker, content), rev = closing, True  # "..., a Quinnipiac University poll shows.", misparsed
                if any(k.deprel == "aux:pass" for k in sentence.children(word.index)):
                    speaker = None  # "..., staff have been told.": the one told is no speaker
            question = unnamed_question(sentence, word)
            if question:
                speaker, content, rev = None, question, False
            cues.append(Cue(sentence, number, words, speaker, content, rev,
                            extent=cue_extent(sentence, word, words[-1]), learned=probability,
                            stimulus=stimulus is not None))
    repair_shared_reports(cues)
    return cues
