"""Reports read from the words in order where the parse is unreliable: small pure functions over one
:class:`quotes.parsing.Sentence`.

The question an unnamed asker put ("Asked whether he would run, Rubio smiled", "was asked about the merger") and
the comment that closes a sentence after a comma and a short noun phrase ("..., a Quinnipiac University poll
shows.", "..., says political scientist Dossym Satpayev in Almaty."). Used by the cue stage (``quotes.cues``,
``quotes.cue_content``) and the drafts (``quotes.drafts``).
"""

from __future__ import annotations

from quotes.clauses import SUBJECT_RELS, cue_lemma, name_head, opens_party_label
from quotes.lexicon import (INVERTED_REPORTS, QUESTION_OPENERS, QUOTE_CHARS, SPEECH_VERBS, TIME_SUBORDINATORS,
                            TIME_WORDS)
from quotes.parsing import Sentence, Word
from quotes.trees import trails_clause


def unnamed_question(sentence: Sentence, verb: Word) -> list[Word]:
    """The question that 'was asked' or 'Asked' without an agent or subject reports ("Asked whether
    he would run, Rubio smiled": "whether he would run"; "was asked about the merger": "the merger",
    "about" being part of the cue), up to the next comma, dash or the sentence end, with the words it
    quotes ('how she would define the "establishment"'); empty for any other
    verb. A participle tagged as a past tense ("Asked" opening a sentence) counts, and so does one right after "when"
    or "if" whose object is the question, after the clause it hangs on ("Le Pen told CNN when asked which candidate
    she would back"); before it, the question is left as the setting of the answer ('When asked what the US military
    could do ..., Kirby responded: "Not much."', which the seed article's acceptance lists without it)."""
    kids = sentence.children(verb.index)
    passive = any(k.deprel in ("aux:pass", "nsubj:pass") for k in kids) or verb.head < verb.index and any(
        k.deprel == "advmod" and k.lemma.lower() in ("when", "if") and k.index == verb.index - 1 for k in kids)
    if cue_lemma(verb) != "ask" or not (passive or verb.xpos in ("VBN", "VBD")) \
            or any(k.deprel in (*SUBJECT_RELS, "obl:agent") or (k.deprel in ("obj", "iobj") and not (
                sentence.subtree(k.index)[0].text.lower() in QUESTION_OPENERS and (passive or verb.index == 0)))
                   for k in kids) \
            or any(w.lemma.lower() == "by" for w in sentence.words[verb.index + 1:verb.index + 3]):
        return []
    words = sentence.words
    for first in words[verb.index + 1:verb.index + 8]:
        if first.text in (",", ".", ";", ":") or first.text in QUOTE_CHARS:
            return []
        if first.text.lower() in QUESTION_OPENERS:
            break
    else:
        return []
    if first.index == verb.index + 1 and first.text.lower() == "about" and first.index + 1 < len(words):
        first = words[first.index + 1]  # "asked about" is the cue
    question: list[Word] = []
    inline = False  # 'how she would define the "establishment"': quoted words inside the question
    for word in words[first.index:]:
        if word.text in QUOTE_CHARS and (inline or (question and question[-1].upos != "PUNCT")):
            inline = not inline
            if not inline:
                question.append(word)
                continue
        elif word.text in (",", ".", ";", ":", "?", "--", "—", "–") or word.text in QUOTE_CHARS \
                or word.text == "-" and not (question and question[-1].end == word.start):  # not "short-term"
            break
        question.append(word)
    while question and question[-1].text in QUOTE_CHARS and sum(w.text in QUOTE_CHARS for w in question) % 2:
        question.pop()
    return question


CLOSING_CHUNK_UPOS = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART", "CCONJ", "PRON")
OPENING_SUBORDINATORS = TIME_SUBORDINATORS | frozenset("once as when while if although though because".split())


def _is_own_subject(sentence: Sentence, verb: Word, content: list[Word], phrase: list[Word]) -> bool:
    """The words before the comma are nothing but the verb's own subject, a full noun phrase with a determiner or
    possessor ("The prime minister, Viktor Orban, rejected ..."), or a subject that runs on to the verb ("Franson
    Reneus, 18, from Lee County, Fla., disagrees."): no clause reported, not a closing comment. An elliptical
    answer stays one ("Or maybe Jeb Bush, digital consultant Phil Musser says.")."""
    subject = next((k for k in sentence.children(verb.index) if k.deprel.startswith("nsubj")), None)
    below = {w.index for w in sentence.subtree(subject.index)} if subject is not None else set()
    return subject is not None and {w.index for w in content} <= below and (
        any(k.deprel in ("det", "nmod:poss") for k in sentence.children(subject.index))
        or {w.index for w in phrase} <= below)


def closing_comment(sentence: Sentence, verb: Word) -> tuple[Word, list[Word]] | None:
    """``(speaker, content)`` of a verb that closes its sentence after a comma and a short noun phrase,
    read from the words whatever the parse ("Battleground Senate races ... are all close, a Quinnipiac
    University poll shows."; "..., a study by the Council of the Great City Schools found."; "..., his top
    aide, Tad Devine, told The Huffington Post."), or that follows the comma with its speaker after it
    ("..., says political scientist Dossym Satpayev in Almaty."): the phrase's noun before any preposition
    speaks, the clause before the comma is reported. Only a short phrase without a verb may follow the
    verb, or right after it a clause of its own that ends the sentence (:func:`quotes.trees.trails_clause`). None when
    the sentence holds a quotation mark, the phrase is long or the words before the comma are no clause (no finite
    verb or subject: "In a statement released by ..., motivations were discussed")."""
    words = sentence.words
    end = verb.index + 1 if trails_clause(words, verb.index + 1) else len(words)  # "..., official figures show, as
    # households cut spending."
    tail = [w for w in words[verb.index + 1:end] if w.text not in (".", "!", "?")]
    opener = next(w for w in words if w.upos != "CCONJ")  # "But when Congress cut funding ..., Mexico said enough."
    if tail and (cue_lemma(verb) not in SPEECH_VERBS or verb.xpos not in ("VBD", "VBZ", "VBP") or len(tail) > 6
                 or opener.upos == "SCONJ" or opener.text.lower() in OPENING_SUBORDINATORS):
        return None  # not "Once a petition tops 100,000 signatures, it ...", "..., citing his anger at ..."
    if verb.index > 0 and words[verb.index - 1].lemma.lower() == "to":
        return None  # "We asked Sarah Bloom Raskin, a former deputy Treasury secretary, to explain.": an infinitive
    if any(w.upos not in CLOSING_CHUNK_UPOS + ("ADV",) for w in tail) \
            or any(w.text in QUOTE_CHARS and w.upos == "PUNCT" for w in words):  # not the ’ of "Sanders’ support"
        return None
    k = verb.index - 1
    while k > 0 and words[k].upos in ("AUX", "ADV") and words[k].head == verb.index:
        k -= 1  # "has also found"
    party = _party_before(words, k)
    if party:  # "..., Sen. Chuck Grassley (R-Iowa) told POLITICO."
        k -= len(party)
    set_off = k > 0 and words[k].text == ","  # "..., Tad Devine, told"
    phrase = _phrase_before(words, k - 1 if set_off else k)
    if set_off and tail and tail[0].upos == "PROPN" and cue_lemma(verb) in INVERTED_REPORTS \
            and tail[0].text.lower() not in TIME_WORDS:  # not "..., its maker, Eli Lilly, said Monday."
        phrase = []  # "..., his Nepali guide, Pas Tenji Sherpa, said Rishi Bhandari of ...": the name after "said"
    if set_off and (not phrase or words[k - 1 - len(phrase)].text != ","):
        phrase = []  # no name set off by commas before the verb
    k -= len(phrase) + (1 if set_off and phrase else 0)
    inverted = not phrase and set_off and cue_lemma(verb) in SPEECH_VERBS
    if inverted:  # "..., says political scientist Dossym Satpayev in Almaty." (not "..., tweeted a warning")
        phrase = tail if any(w.upos == "PROPN" for w in _before_preposition(tail)) else []
    elif k > 0 and words[k].text == ",":
        description = _phrase_before(words, k - 1)  # "his top aide, Tad Devine,": a description before the name
        if description and 0 < k - 1 - len(description) and words[k - 1 - len(description)].text == "," \
                and len(description) <= 5 and any(w.upos == "NOUN" for w in description) \
                and phrase[-1].upos == "PROPN":  # not ", a record for the period, Home Office figures show"
            phrase, k = description + phrase, k - 1 - len(description)
    if k <= 0 or words[k].text != "," or not phrase or phrase[0].upos in ("ADP", "CCONJ", "PART") or any(
            w.upos in ("ADP", "SCONJ") and w.text.lower() in TIME_SUBORDINATORS | {"while", "as"}
            for w in phrase):  # "..., days after the former president criticised him": a time, no speaker
        return None
    nominals = [w for w in _before_preposition(phrase) if w.upos in ("NOUN", "PROPN", "PRON")]
    content = words[:k]
    if not nominals or not any(w.xpos in ("VBD", "VBZ", "VBP", "MD") or w.deprel.startswith("nsubj") for w in content) \
            or _is_own_subject(sentence, verb, content, phrase):
        return None
    inside = {w.index for w in phrase}
    heads = [w for w in nominals if w.head not in inside]  # "she and another reporter": "she"
    names = [w for w in nominals if w.upos == "PROPN"]
    if inverted and names:  # "says political scientist Dossym Satpayev": the name
        return name_head(sentence, names[-1]), content
    return (heads[0] if len(heads) == 1 else nominals[-1]), content


def _before_preposition(phrase: list[Word]) -> list[Word]:
    """The words of ``phrase`` before its first preposition ("a study" of "a study by the Council ...")."""
    return phrase[:next((i for i, w in enumerate(phrase) if w.upos == "ADP"), len(phrase))]


def _party_before(words: list[Word], k: int) -> list[Word]:
    """The party label in brackets that ends at index ``k`` ("(R-Iowa)", "(D)"), or no words."""
    if k < 2 or words[k].text != ")":
        return []
    opening = next((i for i in range(k - 1, max(k - 6, 0), -1) if words[i].text == "("), None)
    if opening is None or not opens_party_label(words[opening + 1]):
        return []
    return words[opening:k + 1]


def _phrase_before(words: list[Word], k: int) -> list[Word]:
    """The words of a noun phrase ending at index ``k``, back to (not including) a comma, at most 12."""
    phrase: list[Word] = []
    while k > 0 and words[k].text != "," and words[k].upos in CLOSING_CHUNK_UPOS and len(phrase) < 12:
        phrase.insert(0, words[k])
        k -= 1
    return phrase
