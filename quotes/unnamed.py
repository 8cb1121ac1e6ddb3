"""People brought in unnamed: who, in an article, is someone without a name ("a spokesman", "One volunteer", "Edwards'
mother", "The MP, who has not been named,"), so that "he" or "she" after them, or "the official", refers to them and
not to whoever was named before. Small pure functions over parsed sentences, used by ``quotes.references`` and
``quotes.attribution``: the subjects of main clauses brought in unnamed (``unnamed_subjects``), the latest of them
before a pronoun (``latest_unnamed``), whether "the official" refers back to one (``introduced_unnamed``), a person
noun's sex (``noun_sex``), whether a title names someone other than a person with another title
(``holds_other_title``).
"""

from __future__ import annotations

import bisect

from quotes.lexicon import LESSER_RANKS, ORGANIZATION_NOUNS, PERSON_NOUNS, RELATIVES_OF, SOVEREIGN_TITLES, TITLES
from quotes.mentions import opens_anonymity_clause
from quotes.name_roles import role_words
from quotes.parsing import Sentence, Word

Unnamed = tuple[int, str | None, tuple[str, str] | None]  # offset, sex, and (name, type) of whom it speaks for


def unnamed_subjects(sentences: list[Sentence], speakers: set[int], quoted: list[tuple[int, int]]) -> list[Unnamed]:
    """Someone brought in unnamed as the subject of a main clause that quotes nothing ("..., but a party spokeswoman
    denied this. '...,' she said": the spokeswoman, nobody named before); ``speakers`` holds the ``id`` of the words
    that speak a quotation, which the attribution stage registers itself. Not one who asks ("a reporter asked"), nor
    one inside a quotation (``quoted``: character ranges) or a subordinate clause ("said a judge would be biased").
    "The" noun for one brought in so earlier counts, and someone's relative ("Edwards' mother paid tribute to her
    son. '...,' she said")."""
    found = []
    for sentence in sentences:
        for word in sentence.words:
            anonymous = _kept_anonymous(sentence, word) and word.lemma.lower() in TITLES | PERSON_NOUNS  # "The MP"
            if word.deprel not in ("nsubj", "nsubj:pass") or id(word) in speakers:
                continue
            back = _named_back(sentence, word, sentences)
            if not (is_person_noun(word) or anonymous or back):
                continue
            verb = sentence.words[word.head]
            main = verb.deprel == "root" or verb.deprel == "conj" and sentence.words[verb.head].deprel == "root"
            if main and verb.lemma.lower() != "ask" and (is_indefinite_unnamed(sentence, word)
                                                        or _unnamed_relative(sentence, word) or anonymous or back) \
                    and not any(a <= word.start < b for a, b in quoted):
                found.append((word.start, noun_sex(word), None))
    return found


def _named_back(sentence: Sentence, word: Word, sentences: list[Sentence]) -> bool:
    """"The" and a person noun alone, for someone brought in unnamed in the five sentences before, the first use of the
    noun there ("A Labour MP has been suspended ... The MP has apologised. '...,' he said": the MP, not the party's
    spokesperson quoted between)."""
    lemma = word.lemma.lower()
    if lemma not in TITLES | PERSON_NOUNS or "Number=Plur" in word.feats \
            or [k.lemma.lower() for k in sentence.children(word.index) if k.upos != "PUNCT"] != ["the"]:
        return False
    here = sentence_number(sentences, word)
    first = next(((s, w) for s in sentences[max(0, here - 5):here] for w in s.words
                  if w.lemma.lower() == lemma and w.deprel not in ("amod", "compound", "flat")), None)
    return first is not None and first[1].deprel in ("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent") \
        and is_indefinite_unnamed(*first)


def _unnamed_relative(sentence: Sentence, word: Word) -> bool:
    """Someone's relative without a name of their own ("Edwards' mother paid tribute", not "His wife, Jane,")."""
    kids = sentence.children(word.index)
    return word.lemma.lower() in RELATIVES_OF and any(k.deprel == "nmod:poss" for k in kids) \
        and not any(k.deprel in ("appos", "flat") and k.upos == "PROPN" for k in kids)


def _kept_anonymous(sentence: Sentence, word: Word) -> bool:
    """``word`` is set off by a relative clause on why it is not named ("The MP, who has not been named by the
    party,": see :func:`quotes.mentions.opens_anonymity_clause`)."""
    after = word.index + 2
    return after < len(sentence.words) and sentence.words[word.index + 1].text == "," \
        and opens_anonymity_clause(sentence.words, after)


def is_person_noun(word: Word) -> bool:
    """A singular common noun for a person: a title or a person noun ("spokesman", "official", "resident")."""
    return word.upos == "NOUN" and "Number=Plur" not in word.feats and word.lemma.lower() in TITLES | PERSON_NOUNS


def is_indefinite_unnamed(sentence: Sentence, word: Word) -> bool:
    """``word`` has an indefinite article ("a", "an", "another") and no name in apposition or run on after it: someone
    brought in without a name ("a spokesman", not "a spokesman, Josh Earnest,")."""
    kids = sentence.children(word.index)
    return any(k.deprel == "det" and k.text.lower() in ("a", "an", "another") for k in kids) \
        and not any(k.deprel in ("appos", "flat") and k.upos == "PROPN" for k in kids)


def latest_unnamed(unnamed: list[Unnamed], offset: int, sex: str | None) -> Unnamed | None:
    """The latest speaker brought in unnamed before ``offset`` whose sex (when its noun gives it) is ``sex``."""
    return max((u for u in unnamed if u[0] < offset and u[1] in (None, sex)), default=None, key=lambda u: u[0])


def introduced_unnamed(noun: Word, sentences: list[Sentence]) -> bool:
    """Whether "the official" refers back to someone brought in without a name: the latest earlier use of the noun,
    in the five sentences before, is indefinite and unnamed ("A U.S. law enforcement official familiar with the
    investigation said ... The official, who spoke on the condition of anonymity, ..."), or definite, unnamed and
    beside a named subject, who is someone else ("In a letter to the prime minister, Louise Haigh said ... The prime
    minister thanked her": not Haigh); or the noun itself is set off as one kept anonymous ("The MP, who cannot be
    named for security reasons, said": not the judge before)."""
    here = sentence_number(sentences, noun)
    if _kept_anonymous(sentences[here], noun):
        return True
    for sentence in reversed(sentences[max(0, here - 5):here + 1]):
        for word in reversed([w for w in sentence.words if w.start < noun.start and w.deprel not in ("amod", "compound")
                              and w.lemma.lower() == noun.lemma.lower()]):  # "official" may be tagged ADJ
            if word.deprel in ("nmod", "obl", "obj", "iobj") and _beside_named_subject(sentence, word):
                return True
            return word.deprel in ("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent") \
                and is_indefinite_unnamed(sentence, word)  # a participant, not a predicate ("as a U.S. senator")
    return False


def _beside_named_subject(sentence: Sentence, word: Word) -> bool:
    """``word`` is "the" noun with no name of its own, in the main clause of a sentence whose main verb has a proper
    noun subject (not in what that subject says: "Clinton says ... a law that requires the nominee ...")."""
    kids = sentence.children(word.index)
    root = sentence.root
    above = word
    while above.head >= 0 and above is not root:
        if above.deprel in ("ccomp", "xcomp", "csubj", "acl:relcl", "advcl", "parataxis", "acl"):
            return False
        above = sentence.words[above.head]
    return any(k.deprel == "det" and k.text.lower() == "the" for k in kids) \
        and not any(k.deprel in ("appos", "flat", "compound") and k.upos == "PROPN" for k in kids) \
        and root is not None and any(k.deprel == "nsubj" and k.upos == "PROPN" for k in sentence.children(root.index))


def sentence_number(sentences: list[Sentence], word: Word) -> int:
    """The index in ``sentences`` of the sentence that holds ``word``."""
    return bisect.bisect_right([s.start for s in sentences], word.start) - 1


FEMALE_NOUNS = frozenset("""mother wife daughter sister widow grandmother aunt niece girlfriend actress queen princess
duchess baroness dame nun""".split())
MALE_NOUNS = frozenset("""father husband son brother widower grandfather uncle nephew boyfriend king prince duke
lord""".split())


def noun_sex(noun: Word) -> str | None:
    """"female" or "male" when a person noun gives it ("spokeswoman", "chairman", "mother"), else None."""
    word = noun.text.lower()
    if word in FEMALE_NOUNS or word.endswith("woman"):
        return "female"
    return "male" if word in MALE_NOUNS or word.endswith("man") else None


LEGISLATORS = frozenset("congressman congresswoman lawmaker legislator representative".split())  # any "Rep." or
# "Sen." may be "the California congressman"


def holds_other_title(noun: Word, described: list[Word], role: str | None) -> bool:
    """Whether a person whose role is ``role`` holds a title and not that of ``noun``, described with more words
    than "the" (``described``): "the parliamentary standards commissioner" after "Opposition leader Claire Brown" is
    someone else, unnamed ("Gov." counts as "governor"; a bare "the pontiff" may be "Pope Francis", but "The King" is
    no one without that title), as is the title's holder for one who holds a lesser rank of it ("deputy", "former";
    an acting holder holds the title)."""
    words = role_words(role)
    title = noun.lemma.lower()
    described = [w for w in described if w.upos not in ("NUM", "PUNCT") and w.text.lower() not in ("year", "old")]
    # an age says nothing of the title: "the 88-year-old pontiff" may be "Pope Francis" as "the pontiff" may
    if title in SOVEREIGN_TITLES and noun.text[:1].isupper():
        return title not in words  # "The King said" after "Toby Stephens": the King, whoever spoke last
    if title in words and (words & LESSER_RANKS) - {"acting"} - {w.text.lower() for w in described}:
        return True  # "the prime minister" after "Angela Rayner, the deputy prime minister," is someone else
    return len(described) > 2 and title in TITLES - LEGISLATORS and title not in words \
        and any(w in TITLES for w in words)


def first_role(people: list[tuple[int, str, str, str | None]], words: list[Word]) -> str | None:
    """The role the latest of ``people`` was first named with, for a description of someone's officer ("the council's
    chief executive" is not "Mr Dean", brought in as "Councillor Peter Dean"), else ``None``."""
    surname = people[-1][1].split()[-1]
    return next((e[3] for e in people if e[3] and e[1].split()[-1] == surname), None) \
        if any(w.text in ("'s", "’s") for w in words) else None


def someones(sentence: Sentence, noun: Word, spokesperson: bool) -> bool:
    """Whether a description is of someone's or some body's person, no one named before it: "his physician", "the
    daughter of one of the victims", "the neighbour's son", a spokesman of someone's (``spokesperson``: "the prime
    minister's spokesman"), or a body's officer ("the panel chair", "the band leader")."""
    return any(k.deprel == "nmod:poss" and (k.upos == "PRON" or spokesperson or k.upos == "NOUN"
                                            and noun.lemma.lower() in RELATIVES_OF)
               or k.deprel == "nmod" and noun.lemma.lower() in RELATIVES_OF
               or k.deprel == "compound" and k.text.islower() and k.lemma.lower() in ORGANIZATION_NOUNS | {"panel"}
               for k in sentence.children(noun.index))
