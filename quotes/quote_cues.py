"""Quote cues: verbs that report because of the quotation beside them, whatever the verb; small pure functions
over one :class:`quotes.parsing.Sentence`.

A verb before a colon and an opening mark ('Hannity interjected: "..."'), a verb closing the sentence right after a
quotation ('"...," an angry Hollande retaliated.'), a verb casting its object "as" quoted words ('pounding Trump as a
"con artist"'), a text that "reads" a quotation. Used by the cue stage (``quotes.cues``).
"""

from __future__ import annotations

from quotes.clauses import SUBJECT_RELS, cue_lemma
from quotes.lexicon import QUOTE_CHARS, TEXT_NOUNS
from quotes.parsing import Sentence, Word


def introduces_quote(sentence: Sentence, word: Word) -> bool:
    """A verb with a subject right before a colon and an opening mark, whatever the verb
    ('Hannity interjected: "So you're saying ..."')."""
    words, after = sentence.words, _after_particle(sentence, word)
    return word.upos == "VERB" and after + 1 < len(words) and words[after].text == ":" \
        and words[after + 1].text in QUOTE_CHARS \
        and any(k.deprel in SUBJECT_RELS for k in sentence.children(word.index))


def _after_particle(sentence: Sentence, word: Word) -> int:
    """The index after ``word`` and its particle, if one follows it ("shot back", "fired back")."""
    nxt = word.index + 1
    if nxt < len(sentence.words) and sentence.words[nxt].head == word.index and (
            sentence.words[nxt].deprel == "compound:prt"
            or (sentence.words[nxt].deprel == "advmod" and sentence.words[nxt].lemma.lower() in ("back", "out", "up"))):
        return nxt + 1
    return nxt


def closes_quote(sentence: Sentence, word: Word, after_question: bool = False) -> bool:
    """A verb without auxiliaries whose clause is a subject, the verb and phrases on it, right after a quotation
    that ends with a comma, question or exclamation mark, whatever the verb ('"France will always be France," an
    angry Hollande retaliated.', '"...," Bennett shot back with a laugh.', '"What a ride," Nick Hague radioed to mission
    control as the capsule bobbed in the water.'); ``after_question``: the sentence
    follows a quoted question or exclamation the tokenizer split from it ('"... 11 million?" Hannity pressed.')."""
    words = sentence.words
    subjects = [k for k in sentence.children(word.index) if k.deprel in SUBJECT_RELS and k.index < word.index]
    after = _after_particle(sentence, word)
    if word.upos != "VERB" or not subjects or after >= len(words) or "PronType=Rel" in subjects[0].feats:
        return False  # not "''Unplugged,'' which returns as ...": the quoted title's relative clause
    first = min(w.index for w in sentence.subtree(subjects[0].index))
    later = [k for k in sentence.children(word.index) if k.index >= after and k.upos != "PUNCT"]
    end = max([w.index for k in later for w in sentence.subtree(k.index)], default=after - 1) + 1
    return (first >= 2 and words[first - 1].text in QUOTE_CHARS and words[first - 2].text in (",", "?", "!")
            or first == 0 and after_question) \
        and all(k.deprel in ("obl", "obl:tmod", "obl:unmarked", "advmod") or _while_clause(sentence, k)
                for k in later) \
        and not any(k.deprel.startswith("aux") and k.index > first for k in sentence.children(word.index)) \
        and end == len(words) - 1 and words[end].text == "."


def _while_clause(sentence: Sentence, clause: Word) -> bool:
    """A clause of what went on meanwhile ("as the capsule bobbed in the water")."""
    return clause.deprel == "advcl" and any(k.deprel == "mark" and k.lemma.lower() in ("as", "while")
                                            for k in sentence.children(clause.index))


def casts_as_quoted(sentence: Sentence, word: Word) -> bool:
    """A verb with a subject that casts its object "as" quoted words ('Reid has been pounding Trump as a “con
    artist”', 'PolitiFact rated 22% of claims as “entirely true”'): it names the object so, whatever the verb."""
    if word.upos != "VERB":
        return False
    kids = sentence.children(word.index)
    objects = [k for k in kids if k.deprel == "obj"]
    if not objects or not any(k.deprel in ("nsubj", "nsubj:outer") for k in kids):
        return False
    end = sentence.subtree(objects[0].index)[-1].index
    for kid in kids:
        phrase = sentence.subtree(kid.index)
        if kid.deprel in ("obl", "advcl", "xcomp") and phrase[0].index == end + 1 and phrase[0].lemma.lower() == "as" \
                and any(w.text in QUOTE_CHARS for w in phrase[1:3]):
            return True
    return False


def text_reads(sentence: Sentence, word: Word) -> bool:
    """A text that "reads" words in quotation marks ('“...,” read one sign', 'the headline reads: “...”'),
    its noun the subject before the verb or, inverted, after it."""
    if cue_lemma(word) != "read":
        return False
    kids = sentence.children(word.index)
    text = any((k.deprel in SUBJECT_RELS or (k.deprel == "obj" and k.index > word.index))
               and k.lemma.lower() in TEXT_NOUNS | {"it", "one"} for k in kids)
    return text and beside_quote(sentence, word, 2)


def beside_quote(sentence: Sentence, word: Word, before: int) -> bool:
    """A quotation mark among the ``before`` words before ``word`` or the two after it."""
    return any(w.text in QUOTE_CHARS for w in sentence.words[max(0, word.index - before):word.index + 3])


def ends_with_question(before: Sentence, sentence: Sentence) -> bool:
    """``before`` ends ``sentence``'s paragraph so far with a quoted question or exclamation ('"... 11 million?"
    Hannity pressed.'), which the tokenizer split from the sentence that names its speaker."""
    return before.paragraph == sentence.paragraph and len(before.words) > 2 \
        and before.words[-1].text in QUOTE_CHARS and before.words[-2].text in ("?", "!")
