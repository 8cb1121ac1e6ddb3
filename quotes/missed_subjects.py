"""Missed subjects: the noun phrase a parse did not make a reporting verb's subject.

Fallbacks of ``quotes.cue_speakers.speaker_of`` for a verb left without a subject: the nominal between a
closing quotation mark and the verb ('"...," the coach, Lisa Brown, said'), the noun phrase right
before a subject-less "say" or "tell" ("Developers and supporters in Congress say ..."), the noun the
parse made the sentence's root ("Activists here point to ..."), a name set off by commas with its description before
or after it or before a relative clause ("..., Roberta Lange, the state party chairwoman, said"; "Trump, who has ...,
tweeted"), the noun of a fronted "As X had written" and a share of people ("More than six in 10 said").
"""

from __future__ import annotations

from quotes.clauses import FRACTIONS, cue_lemma, name_head
from quotes.lexicon import QUOTE_CHARS
from quotes.mentions import DASHES, is_time_word
from quotes.parsing import Sentence, Word

LONG_DASHES = DASHES - {"-"}  # a dash setting off a phrase, not a hyphen split off by the tokenizer
DESCRIPTION_UPOS = frozenset("DET ADJ NOUN PROPN ADP NUM PART CCONJ".split())  # of a description set off by commas


def nominal_after_quote(sentence: Sentence, verb: Word) -> Word | None:
    """The last nominal between a closing quotation mark and ``verb`` ('"...," the coach, Lisa Brown, said').

    A fallback for parses that miss the subject of an inverted report.
    """
    j = verb.index - 1
    while j >= 0 and (sentence.words[j].upos == "PUNCT" and sentence.words[j].text not in QUOTE_CHARS
                      or sentence.words[j].upos == "NUM" and sentence.words[j - 1].text == ","):
        j -= 1  # '"...," Mr. King, 82, told me': past the age
    if j < 0 or sentence.words[j].upos not in ("PROPN", "NOUN", "PRON"):
        return None
    k, phrase = j, False
    while k >= 0 and sentence.words[k].text not in QUOTE_CHARS:
        word = sentence.words[k]
        if word.upos == "ADP" and not phrase and (word.lemma.lower() in ("of", "at", "from") or (
                word.lemma.lower() in ("in", "for", "with") and sentence.words[k - 1].upos in ("NOUN", "PROPN"))):
            phrase = True  # "James Pethokoukis of the American Enterprise Institute wrote", "a staffer in the room"
        elif word.upos in ("VERB", "AUX", "ADP", "SCONJ"):
            return _first_nominal_after_quote(sentence, verb)
        k -= 1
    if k < 0:
        return None
    if phrase:  # the name before the phrase speaks, not the institution in it
        first = next((w for w in sentence.words[k + 1:j + 1] if w.upos in ("PROPN", "NOUN")), None)
        return name_head(sentence, first) if first is not None else None
    comma = next((i for i in range(k + 1, j) if sentence.words[i].text == ","), None)
    if comma is not None and comma > k + 1 and all(w.upos == "PROPN" for w in sentence.words[k + 1:comma]):
        return name_head(sentence, sentence.words[comma - 1])  # '"...," Craig Morris, a blogger, wrote'
    named = name_head(sentence, sentence.words[j])
    if comma is not None and named.deprel == "appos" and named.head == comma - 1 \
            and sentence.words[comma - 1].upos == "NOUN":
        return sentence.words[comma - 1]  # '"...," its general secretary, Gill Walton, said': the description
    return named  # "IMF chief economist Maury Obstfeld"


def _first_nominal_after_quote(sentence: Sentence, verb: Word) -> Word | None:
    """The name right after a closing mark when a long description follows it.

    '"...," Leonard E. Burman, director of the Tax Policy Center and a professor, said': the words
    from the mark to the first comma form the speaker (no verb among them), and a comma precedes
    the cue verb.
    """
    words = sentence.words
    if verb.index < 2 or words[verb.index - 1].text != ",":
        return None
    marks = [w.index for w in words[:verb.index] if w.text in QUOTE_CHARS and w.upos == "PUNCT"]
    if not marks:
        return None
    chunk = []
    for w in words[marks[-1] + 1:verb.index]:
        if w.text == "," and chunk:
            break
        if w.upos != "PUNCT":
            chunk.append(w)
    nominals = [w for w in chunk if w.upos in ("PROPN", "NOUN")]
    if not nominals or len(chunk) > 6 or any(w.upos in ("VERB", "AUX", "SCONJ", "ADP") for w in chunk):
        return None
    return nominals[-1]


def nominal_before(sentence: Sentence, verb: Word) -> Word | None:
    """The noun phrase right before a subject-less "say"/"tell" ("Developers and supporters in Congress
    say ..." parsed without a subject): its head, found by climbing from the word before the verb."""
    if cue_lemma(verb) not in ("say", "tell") or verb.index == 0:
        return None
    bracket = sentence.words[verb.index - 1].text == ")"
    j = before_bracket(sentence, verb.index - 1)  # "Sen. Mitch McConnell (R-Ky.) said": the name before the party
    if j < 0:
        return None
    word = sentence.words[j]
    if word.upos not in ("NOUN", "PROPN") or is_time_word(word, sentence.words) \
            or is_place_or_time_phrase(sentence, word):
        return None
    aside = verb.index + 1 < len(sentence.words) and sentence.words[verb.index + 1].text == ","
    while word.head >= 0 and word.head < verb.index and sentence.words[word.head].upos in ("NOUN", "PROPN"):
        if aside and any(w.text == "," for w in sentence.words[word.head:word.index]):
            break  # "Survival, Mr. VandeHei says, depends ...": the name of the aside, not the word before it
        if bracket and word.deprel == "appos":
            break  # "..., Sen. Mitch McConnell (R-Ky.) said" hung on a noun of the clause before
        if word.deprel == "conj" and any(k.deprel == "case" for k in sentence.children(word.head)):
            break  # "In the southern city of Odesa, regional Gov. Oleh Kiper said" with the name a conjunct of "Odesa"
        word = sentence.words[word.head]
    up = word  # "a White House official who spoke ... to discuss internal strategy said": the official
    while up.head >= 0 and up.head < verb.index and up.deprel != "acl:relcl":
        up = sentence.words[up.head]
    if up is not word and up.deprel == "acl:relcl" and up.head >= 0 \
            and sentence.words[up.head].upos in ("NOUN", "PROPN") \
            and not any(w.upos == "PUNCT" for w in sentence.words[up.head:verb.index]):
        return sentence.words[up.head]
    return word


def nominal_root(sentence: Sentence, verb: Word) -> Word | None:
    """The noun or name a parse made the root of the sentence when it is the subject of a finite ``verb`` after it
    ("Activists here point to ...", "Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, called ..."): no
    finite verb, quotation mark, subordinator, colon or semicolon lies between them."""
    root = sentence.root
    if root is None or root.upos not in ("NOUN", "PROPN") or root.index > verb.index or verb.upos != "VERB" \
            or verb.xpos not in ("VBD", "VBZ", "VBP") or verb.deprel == "acl:relcl" \
            or any(k.deprel in ("cop", "nsubj", "nsubj:pass") for k in sentence.children(root.index)):
        return None  # not a predicate noun ("She's a Sanders supporter but ...")
    between = sentence.words[root.index:verb.index]
    if any(w.xpos in ("VBD", "VBZ", "VBP", "MD") or w.text in QUOTE_CHARS or w.upos == "SCONJ" or w.text in ";:"
           for w in between):
        return None
    return name_head(sentence, root)


def compound_before(sentence: Sentence, verb: Word) -> Word | None:
    """The noun right before a finite ``verb``, the sentence's root, that the parse hung on it as a compound, the verb
    taken for a noun (a headline's "Former aide testifies that mayor ordered records destroyed")."""
    kid = next((k for k in sentence.children(verb.index) if k.index == verb.index - 1), None)
    if kid is None or kid.deprel != "compound" or kid.upos not in ("NOUN", "PROPN") or verb.deprel != "root" \
            or verb.xpos not in ("VBZ", "VBD"):
        return None
    return kid


def name_right_before(sentence: Sentence, verb: Word) -> Word | None:
    """The name right before a subject-less finite ``verb``, past an adverb or an age set off by commas, that the
    parse hung elsewhere ("Schlafly also noted that ...", "Suu Kyi, 70, said ..."): not in a prepositional phrase,
    an object or a possessor."""
    words = sentence.words
    if verb.xpos not in ("VBD", "VBZ", "VBP"):
        return None
    j = verb.index - 1
    while j >= 0 and words[j].upos == "ADV" and verb.index - j <= 2:
        j -= 1
    if j >= 3 and words[j].text == "," and words[j - 1].upos == "NUM" and words[j - 2].text == ",":
        j -= 3  # "Suu Kyi, 70, said"
    if j < 0 or words[j].upos != "PROPN" or is_time_word(words[j], words):
        return None
    first = j
    while first > 0 and words[first - 1].upos == "PROPN":
        first -= 1
    head = name_head(sentence, words[j])
    if head.deprel in ("obj", "iobj", "nmod", "nmod:poss", "compound", "obl:agent") \
            or any(k.deprel == "case" for k in sentence.children(head.index)) \
            or first > 0 and words[first - 1].upos in ("ADP", "CCONJ"):  # "for ... Cooperation and Development"
        return None
    return head


def is_place_or_time_phrase(sentence: Sentence, word: Word) -> bool:
    """``word`` is a common noun heading a phrase that opens with "in", "at", "on" or "during" right after a
    conjunction, a comma or the sentence's start ("..., but in a later interview said ..."): a circumstance, never
    a subject."""
    if word.upos != "NOUN":
        return False  # "and, in particular, Senate Minority Leader Harry Reid": a name the parse hung "in" on
    first = min(w.index for w in sentence.subtree(word.index))
    opener = sentence.words[first]
    return opener.deprel == "case" and opener.head == word.index and opener.lemma.lower() in ("in", "at", "on", "during") \
        and (first == 0 or sentence.words[first - 1].upos == "CCONJ" or sentence.words[first - 1].text == ",")


def before_bracket(sentence: Sentence, j: int) -> int:
    """The index of the word before a bracket that closes at word ``j`` and opens at most seven words back
    (a party and state: "(D-N.Y.)"); ``j`` when word ``j`` closes no bracket, -1 when no opening is found."""
    if sentence.words[j].text != ")":
        return j
    return next((i for i in range(j - 1, max(0, j - 8), -1) if sentence.words[i].text == "("), 0) - 1


def name_and_apposition_before(sentence: Sentence, verb: Word) -> Word | None:
    """The name set off before its description right before a subject-less cue ('..., Roberta Lange,
    the state party chairwoman, said she ...' parsed with the name coordinated into the clause before):
    a name run after a comma or the sentence start, a comma, a short nominal description, a comma."""
    words = sentence.words
    k = verb.index - 2
    if k < 3 or words[verb.index - 1].text != ",":
        return None
    while k > 0 and words[k].text != "," and (words[k].upos in DESCRIPTION_UPOS or words[k].text == "-"):
        k -= 1  # "the club's 78-year-old president and general manager"
    description = words[k + 1:verb.index - 1]
    if words[k].text != "," or not 0 < len(description) <= 12 or not any(w.upos == "NOUN" for w in description):
        return None
    first = k - 1
    while first >= 0 and words[first].upos == "PROPN":
        first -= 1
    if first == k - 1 or (first >= 0 and words[first].text != ","):
        return None
    return words[first + 1]


def description_and_name_before(sentence: Sentence, verb: Word) -> Word | None:
    """The name set off after its description right before a subject-less cue ('Asked about the cost, a
    spokeswoman for the mayor, Zach Seidl, said ...' parsed with the description hung on "Asked"): a description
    with a determiner after a comma or the sentence start, a comma, a name run, a comma."""
    words = sentence.words
    last = verb.index - 2
    if last < 3 or words[verb.index - 1].text != "," or words[last].upos != "PROPN":
        return None
    first = last
    while first > 0 and words[first - 1].upos == "PROPN":
        first -= 1
    k = first - 2
    if k < 1 or words[first - 1].text != ",":
        return None
    while k > 0 and words[k - 1].text != "," and words[k - 1].upos in DESCRIPTION_UPOS:
        k -= 1
    description = words[k:first - 1]
    if (k > 0 and words[k - 1].text != ",") or not description or description[0].upos != "DET" \
            or not any(w.upos == "NOUN" for w in description) or len(description) > 12:
        return None
    return words[first]


def as_phrase_subject(sentence: Sentence, verb: Word) -> Word | None:
    """The noun phrase of an "As X had written, ..." aside that the parse took for a phrase "as X"
    hung on the verb: the verb has no subject, and "as" opens the aside."""
    for kid in sentence.children(verb.index):
        if kid.index < verb.index and kid.deprel.startswith(("obl", "nmod")) and kid.upos in ("NOUN", "PROPN"):
            first = sentence.words[min(w.index for w in sentence.subtree(kid.index))]
            if first.text.lower() == "as" and first.head == kid.index \
                    and (first.index == 0 or sentence.words[first.index - 1].upos == "PUNCT"):
                return kid
    return None


def name_before_relative_clause(sentence: Sentence, verb: Word) -> Word | None:
    """The name before a relative clause set off by commas or dashes right before a subject-less cue
    ('Trump, who has nearly 9 million followers, tweeted' parsed with "tweeted" under "followers"; 'Joyce
    — who is listed as an attorney — told')."""
    words = sentence.words
    mark = words[verb.index - 1].text if verb.index >= 4 else ""
    if mark != "," and mark not in LONG_DASHES:
        return None
    k = verb.index - 2
    while k > 0 and words[k].text != mark:
        k -= 1
    if k < 1 or k + 1 >= verb.index or words[k + 1].lemma.lower() not in ("who", "which"):
        return None
    if k == 1 and words[0].text[:1].isupper() and words[2].lemma.lower() == "who":
        return words[0]  # "Small, who attended the rally, said": a surname the tagger took for an adjective
    if words[k - 1].upos != "PROPN":
        return None
    head = top = name_head(sentence, words[k - 1])
    while 0 <= top.head < top.index and words[top.head].upos in ("PROPN", "NOUN") and (top.deprel == "nmod" or (
            top.deprel == "conj" and not any(c.deprel == "cc" for c in sentence.children(top.index)))):
        top = words[top.head]  # "Dr. Peter Chang of the University of California, San Francisco, who was not
        # involved, called ...": Chang, not San Francisco (a conjunct without "and": the parse's, not the writer's)
    if any(c.deprel == "case" for c in sentence.children(top.index)):
        return head  # "Of Carson, Levine, who ..., said", "At one point, Trump, who ..., tweeted"
    return name_head(sentence, top)


def share_before(sentence: Sentence, verb: Word) -> Word | None:
    """A share of people the parse did not take for the subject ("More than six in 10 said ...",
    parsed with "six" as an oblique): a number before the verb with an "in"/"of" phrase, or a fraction
    ("Just over a quarter, 26 percent, say ...")."""
    for kid in sentence.children(verb.index):
        if kid.index < verb.index and kid.upos == "NUM" and kid.deprel.startswith(("obl", "nummod", "advmod")) \
                and (any(k.deprel.startswith("nmod") and k.index > kid.index for k in sentence.children(kid.index))
                     or kid.lemma.lower() in FRACTIONS):
            return kid
    return None
