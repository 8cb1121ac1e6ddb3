"""Parsing stage: build the stanza pipeline once per process and hand it out, and turn its output into
:class:`Sentence` and :class:`Word` records with offsets into the original text.

Which model file serves each processor is decided in :mod:`quotes.model_files`.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from dataclasses import dataclass
from functools import cached_property

from quotes import fast_depparse
from quotes.model_files import PACKAGE_MODELS, PROCESSORS, ModelPlan, ModelsError, pipeline_kwargs, plan_models
from quotes.lexicon import SPEECH_VERBS
from quotes.names import is_first_name

log = logging.getLogger(__name__)

_CACHE: dict[tuple, object] = {}
_LOCK = threading.Lock()


TITLE_ABBREVIATIONS = frozenset("sen. rep. gov. gen. lt. col. sgt. adm. capt. cmdr. maj. mr. mrs. ms. dr. "
                                "prof. rev. st. sens. reps. pres. supt. insp. amb. sec. atty. u.s. u.n.".split())


ABBREVIATED_NAMES = frozenset("""ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
mont neb nev okla ore pa tenn tex va vt wash wis wyo inc corp co ltd jr sr""".split())
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # "U.S", "N.Y", "D.C" (their full stop split off)


def abbreviation_end(sentence: "Sentence", i: int) -> int:
    """The end offset of word ``i``, with the full stop right after it when the word is an abbreviation whose
    stop the tokenizer gave to the sentence ("jobs away from the U.S." -> "U.S" "."; "San Bernardino, Calif."; not
    "he was ill.")."""
    words = sentence.words
    word = words[i]
    named = word.text[:1].isupper() and word.text.lower() in ABBREVIATED_NAMES  # "Calif", not "ill"
    if i + 1 < len(words) and words[i + 1].text == "." and words[i + 1].start == word.end \
            and (_INITIALISM.fullmatch(word.text) or named):
        return words[i + 1].end
    return word.end


SUBJECT_PRONOUNS = frozenset("I We You He She It They".split())
_WEB_ADDRESS = re.compile(r"\w+(?:\.\w+)*\.[a-z]{2,4}")  # "Amazon.com", "PowerOutage.us"


def _breaks_no_sentence(previous: list[dict], first: dict, text: str | None) -> bool:
    """Whether a sentence break between the token dicts ``previous`` (a sentence) and ``first`` (capitalised) falls
    inside a sentence: after a web address ("Amazon.com" | "Inc reported"), a first name before a surname ("British
    Prime Minister Theresa" | "May said"), or a word in lower case one space before it, the previous sentence with no
    colon, nor a subject pronoun after it ("Nolan told" | "The Guardian he ..."; not the label "Bernie Sanders: Credit
    scores" | "On his website", nor "hotdogs and hamburgers" | "They also offer");
    never before a word in capitals ("STEVE" | "WE ...")."""
    last, following = previous[-1]["text"], first["text"]
    if following.isupper():
        return False
    if last.isalpha() and last.islower() and text is not None and following not in SUBJECT_PRONOUNS \
            and text[previous[-1]["end_char"]:first["start_char"]] == " " and all(t["text"] != ":" for t in previous):
        return True
    return bool(_WEB_ADDRESS.fullmatch(last)) or last.istitle() and last.isalpha() and is_first_name(last)


def merge_title_splits(sentences: list[list[dict]], text: str | None = None) -> list[list[dict]]:
    """Undo the tokenizer's sentence breaks after a title ("Texas Sen." | "Ted Cruz said"), a web address, a first name
    or a word in lower case (see :func:`_breaks_no_sentence`), rejoining a full stop split off the title ("Sen" "." ->
    "Sen."). Works on stanza's token dicts ('text', 'start_char', 'end_char', ...) of ``text``, keeping their offsets,
    and numbers each sentence's tokens anew. A line break between the sentences keeps them apart: a paragraph may end in
    "U.S.", and stanza's batches join documents with a blank line, then split its sentences back at it."""
    merged: list[list[dict]] = []
    for sentence in sentences:
        previous = merged[-1] if merged else None
        if previous and sentence and sentence[0]["text"][:1].isupper() and \
                (text is None or "\n" not in text[previous[-1]["end_char"]:sentence[0]["start_char"]]):
            if len(previous) > 1 and previous[-1]["text"] == "." and "misc" not in previous[-2] and \
                    previous[-2]["end_char"] == previous[-1]["start_char"] and \
                    f"{previous[-2]['text']}.".lower() in TITLE_ABBREVIATIONS:
                previous[-2:] = [dict(previous[-2], text=previous[-2]["text"] + ".", end_char=previous[-1]["end_char"])]
            if previous[-1]["text"].lower() in TITLE_ABBREVIATIONS or _breaks_no_sentence(previous, sentence[0], text):
                previous.extend(sentence)
                continue
        merged.append(list(sentence))
    for sentence in merged:
        for number, token in enumerate(sentence, 1):
            token["id"] = (number,)
    return merged


def repair_tokens(sentences: list[list[dict]], text: str | None = None) -> list[list[dict]]:
    """stanza's token dicts with two repairs: the sentence breaks after a title undone (:func:`merge_title_splits`),
    and a capitalised "Its" kept whole, never split like "It's" into "It" "s" (the tokenizer sometimes marks it as a
    multi-word token: "Its hosts don't hesitate to report ..." parsed with "It" as the subject)."""
    merged = merge_title_splits(sentences, text)
    for sentence in merged:
        for token in sentence:
            if token["text"] == "Its" and token.get("misc") == "MWT=Yes":
                del token["misc"]
    return merged


def _install_token_repairs() -> None:
    """Let stanza's tokenizer apply :func:`repair_tokens` to its token dicts directly. (stanza's
    postprocessor hook hands a postprocessor bare strings, then rebuilds and re-reads the whole
    document to find their offsets again: a fifth of the tokenizer's time.)"""
    import stanza.models.tokenization.utils as tokenization

    if getattr(tokenization.postprocess_doc, "repairs_tokens", False):
        return
    original = tokenization.postprocess_doc

    def postprocess_doc(doc, postprocessor, orig_text=None):
        if postprocessor is repair_tokens:
            return repair_tokens(doc, orig_text)
        return original(doc, postprocessor, orig_text)

    postprocess_doc.repairs_tokens = True
    tokenization.postprocess_doc = postprocess_doc


def load_pipeline(models: str | os.PathLike | None = None, download: bool = False,
                  device: str | None = None):
    """Return the configured ``stanza.Pipeline`` (tokenize, mwt, pos, lemma, depparse), built once.

    ``models`` names a models directory (else ``QUOTES_MODELS``, stanza's official models, then the
    shipped ones); ``download`` lets stanza fetch its official models; ``device`` is ``cpu`` (the
    default) or ``cuda``. Raises :class:`ModelsError` with a one-line reason when loading fails.
    """
    plan = plan_models(models, download)
    key = (tuple(sorted(plan.paths.items())), plan.pretrain, device or "cpu")
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = _build(plan, device or "cpu")
        return _CACHE[key]


def _build(plan: ModelPlan, device: str):
    import warnings

    import stanza
    import torch
    if device == "cpu":
        # oneDNN keeps compiled kernels per input shape: over 250 articles a process grew from 0.85 to
        # 1.19 GB with it and stayed at 0.75-0.80 GB without; the quotations found are the same
        torch.backends.mkldnn.enabled = False
    fast_depparse.install()  # same parses, faster
    _install_token_repairs()
    # stanza warns when its tree repair stops early; the parse is still used, so keep users' logs clean
    warnings.filterwarnings("ignore", message="resolve_head_constraint_violations")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        return stanza.Pipeline("en", processors=",".join(PROCESSORS), download_method=None,
                               dir=plan.official_dir or str(PACKAGE_MODELS), logging_level="WARN",
                               use_gpu=device != "cpu", device=device, tokenize_postprocessor=repair_tokens,
                               **pipeline_kwargs(plan))
    except Exception as exc:  # corrupt or incompatible files surface as many exception types
        raise ModelsError(f"could not load the stanza models ({', '.join(sorted(set(plan.paths.values())))}): "
                          f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}") from None


@dataclass
class Word:
    """One syntactic word of a parsed sentence, with offsets into the original text.

    ``head`` is the index of the head word in the same sentence (-1 for the root). Words of a
    multi-word token carry their own part of it when they spell it ("don't" -> "do", "n't"), else
    the token's offsets.
    """

    index: int
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    start: int
    end: int


@dataclass
class Sentence:
    """A parsed sentence: its words, its character range and the paragraph it belongs to."""

    words: list[Word]
    start: int
    end: int
    paragraph: int

    @cached_property
    def _dependents(self) -> dict[int, list[Word]]:
        """Each head's dependents in word order, built once (the parse is never changed afterwards)."""
        dependents: dict[int, list[Word]] = {}
        for word in self.words:
            dependents.setdefault(word.head, []).append(word)
        return dependents

    @property
    def root(self) -> Word | None:
        """The word the parse made the head of the sentence (None for an empty parse)."""
        roots = self._dependents.get(-1)
        return roots[0] if roots else None

    def children(self, index: int) -> list[Word]:
        """The words whose head is word ``index``."""
        return list(self._dependents.get(index, ()))

    def subtree(self, index: int, skip: frozenset[str] = frozenset()) -> list[Word]:
        """Word ``index`` and its descendants, leaving out dependents whose relation is in ``skip``."""
        out, todo = [], [index]
        while todo:
            current = todo.pop()
            out.append(self.words[current])
            todo.extend(w.index for w in self._dependents.get(current, ()) if w.deprel not in skip)
        return sorted(out, key=lambda w: w.index)


def sentences_from_stanza(text: str, doc, offset: int, paragraph: int) -> list[Sentence]:
    """Convert a stanza Document parsed from ``text[offset:...]`` into sentences indexing ``text``."""
    sentences = []
    for sent in doc.sentences:
        words: list[Word] = []
        for token in sent.tokens:
            start, end = offset + token.start_char, offset + token.end_char
            for word, (a, b) in zip(token.words, _word_spans(text, start, end, [w.text for w in token.words])):
                words.append(Word(len(words), word.text if len(token.words) > 1 else text[start:end],
                                  word.lemma or word.text, word.upos or "X", word.xpos or "_",
                                  word.feats or "_", (word.head or 0) - 1, word.deprel or "dep", a, b))
        if words:
            repair_parse(words)
            sentences.append(Sentence(words, words[0].start, words[-1].end, paragraph))
    return sentences


def repair_parse(words: list[Word]) -> None:
    """Mend, in place, the tags and relations of one sentence's words that the tagger and parser are known to get
    wrong (each repair below); applying it twice changes nothing more."""
    repair_name_tags(words)
    repair_verb_tags(words)
    repair_modal_names(words)
    repair_postpositive_titles(words)
    repair_passive_said(words)
    repair_reduced_reports(words)
    repair_told_that(words)


NAME_PARTICIPLES = frozenset({"United", "Allied", "Reformed", "Federated", "Associated", "Consolidated", "Downing"})


def repair_name_tags(words: list[Word]) -> None:
    """Tag as a proper noun a capitalised participle that the tagger took for a verb inside a name
    ("The United States said": "United" VERB amod): a modifier before a proper noun, in the sentence
    or at its start when it is a known name participle ("United States officials said"); and a
    capitalised verb between a noun and a proper noun outside a title-case headline ("spokeswoman Hope
    Hicks said"), or after the proper noun it modifies ("Manchester United said")."""
    titled = is_title_case(words)
    for w in words:
        if w.upos == "VERB" and w.deprel in ("amod", "compound") and w.text[:1].isupper() and w.head > w.index \
                and w.index + 1 < len(words) and words[w.index + 1].upos == "PROPN" \
                and (w.index > 0 or w.text in NAME_PARTICIPLES):
            w.upos, w.xpos = "PROPN", "NNP"
        elif w.upos == "VERB" and not titled and 0 < w.index < len(words) - 1 and w.text[:1].isupper() \
                and w.text[1:].islower() and words[w.index - 1].upos in ("NOUN", "PROPN") \
                and words[w.index + 1].upos == "PROPN" and words[w.index + 1].text[:1].isupper():
            w.upos, w.xpos = "PROPN", "NNP"  # "Trump campaign spokeswoman Hope Hicks said"
        elif w.upos == "VERB" and w.deprel == "amod" and not titled and w.index > 0 and w.head == w.index - 1 \
                and w.text[:1].isupper() and words[w.index - 1].upos == "PROPN":
            w.upos, w.xpos = "PROPN", "NNP"  # "Manchester United said": the participle ends the name


def is_title_case(words: list[Word]) -> bool:
    """Whether most words start with a capital: a headline in title case ("Trump Tells Congress ...")."""
    return sum(w.text[:1].isupper() for w in words if w.text[:1].isalpha()) * 2 > \
        sum(1 for w in words if w.text[:1].isalpha())


def repair_verb_tags(words: list[Word]) -> None:
    """Tag as a verb a word tagged as a noun that has a subject and a clausal complement of its own ("One in
    five say that won't be true", "Nearly a third say they don't know" with "say" taken for a noun)."""
    relations: dict[int, set[str]] = {}
    for k in words:
        relations.setdefault(k.head, set()).add(k.deprel)
    for w in words:
        if w.upos == "NOUN" and w.text.islower() and {"nsubj", "ccomp"} <= relations.get(w.index, set()):
            w.upos, w.xpos = "VERB", "VBZ" if w.text.endswith("s") else "VBP"


def repair_modal_names(words: list[Word]) -> None:
    """Make the surname of a capitalised "May" that the parse took for the modal before a verb: part of the name
    before it ("Theresa May arrived"), or the subject of a verb in the past or third person ("May said", "May
    says"), where no modal stands."""
    for w in words:
        if w.text != "May" or w.deprel != "aux" or not w.index < w.head < len(words):
            continue
        before = words[w.index - 1] if w.index > 0 else None
        if before is not None and before.upos == "PROPN" and before.text[:1].isupper():
            w.upos, w.xpos, w.deprel, w.head = "PROPN", "NNP", "flat", before.index
        elif words[w.head].xpos in ("VBD", "VBZ", "VBN"):
            w.upos, w.xpos, w.deprel = "PROPN", "NNP", "nsubj"


def repair_passive_said(words: list[Word]) -> None:
    """Read a name, "'s" and a reporting verb with no "to" after it as a name that has said ("Macy's said it would
    close stores", "Trump's said it before"): parsed as the passive "is said", the report has no speaker."""
    for w in words[1:-1]:
        verb = words[w.index + 1]
        if w.text in ("'s", "’s") and w.deprel == "aux:pass" and w.head == verb.index \
                and verb.lemma.lower() in SPEECH_VERBS and verb.xpos in ("VBN", "VBD") \
                and not (verb.index + 1 < len(words) and words[verb.index + 1].text.lower() == "to"):
            w.deprel = "aux"
            for k in words:
                if k.head == verb.index and k.deprel == "nsubj:pass":
                    k.deprel = "nsubj"


def repair_reduced_reports(words: list[Word]) -> None:
    """Make the sentence's verb a reporting verb that the parse hung on a noun root as a reduced relative clause
    after an apposition ("Mexico's president, Claudia Sheinbaum, called for ...", "called" an acl of
    "president"): the verb becomes the root, the noun its subject."""
    root = next((w for w in words if w.head < 0), None)
    if root is None or root.upos not in ("NOUN", "PROPN"):
        return
    for verb in words[root.index + 1:]:
        if verb.head == root.index and verb.deprel == "acl" and verb.upos == "VERB" and verb.xpos in ("VBD", "VBN") \
                and verb.lemma.lower() in SPEECH_VERBS and words[verb.index - 1].text == "," \
                and any(k.deprel == "appos" and k.head == root.index and k.index < verb.index for k in words) \
                and not any(k.head == verb.index and k.deprel.startswith("nsubj") for k in words):
            verb.head, verb.deprel, verb.xpos = -1, "root", "VBD"
            root.head, root.deprel = verb.index, "nsubj"
            return


TELLING_VERBS = frozenset("tell inform assure remind warn notify convince persuade".split())  # someone, that ...


def repair_told_that(words: list[Word]) -> None:
    """Make the clause after "told X that" the verb's complement where the parse took it for a relative clause of
    the one told ("told state news agency Tass that the visit showed ...": "that" a subordinator, not a relative
    pronoun), as the verbs that tell someone something take no noun's complement ("rejected the notion that ...")."""
    for clause in words:
        told = words[clause.head] if clause.deprel == "acl:relcl" and clause.head >= 0 else None
        if told is None or told.deprel not in ("obj", "iobj") or told.upos == "PRON" or told.head < 0 \
                or words[told.head].lemma.lower() not in TELLING_VERBS:
            continue
        if any(k.head == clause.index and k.deprel == "mark" and k.text.lower() == "that" and k.index == told.index + 1
               for k in words):
            clause.head, clause.deprel = told.head, "ccomp"


POSTPOSITIVE_TITLES = frozenset("attorney secretary surgeon solicitor inspector postmaster comptroller governor "
                                 "consul adjutant auditor".split())  # before "general"


def repair_postpositive_titles(words: list[Word]) -> None:
    """Hang the "general" of "attorney general", "secretary general" on the title before it, as UD does (an
    adjective), with its dependents: the parse may take it for a clause of its own ("The state's attorney general,
    Lynn Fitch, said ..." with "general" a complement of "said" and the name hung on it)."""
    for w in words[1:]:
        before = words[w.index - 1]
        if w.text.lower() != "general" or before.text.lower() not in POSTPOSITIVE_TITLES or w.head == before.index:
            continue
        up, seen = before, set()
        while up.head >= 0 and up.index not in seen:  # no cycle: "general" must not be above the title
            seen.add(up.index)
            up = words[up.head]
        if w.index in seen or w.head < 0:
            continue
        for k in words:
            if k.head == w.index:
                k.head = before.index
        w.upos, w.xpos, w.deprel, w.head = "ADJ", "JJ", "amod", before.index


def _word_spans(text: str, start: int, end: int, pieces: list[str]) -> list[tuple[int, int]]:
    """Offsets of the words of one token: each its own part when the words spell the token ("She’s"
    -> "She" + "’s", "don't" -> "do" + "n't"), else the token's offsets for all of them."""
    if len(pieces) > 1 and "".join(pieces).lower().replace("’", "'") == text[start:end].lower().replace("’", "'"):
        spans, at = [], start
        for piece in pieces:
            spans.append((at, at + len(piece)))
            at += len(piece)
        return spans
    return [(start, end)] * len(pieces)


_TWO_CHAR_QUOTES = re.compile(r"''|``")


def parser_text(text: str) -> str:
    """The text handed to stanza: same length and offsets as ``text``, with the ``''``/````` ``
    quotation-mark convention written as a double quotation mark and a space (UD-trained parsers
    rarely see it and misparse the clauses around it)."""
    return _TWO_CHAR_QUOTES.sub('" ', text)


def parse_spans(pipeline, text: str, spans: list[tuple[int, int]], paragraph_ids: list[int] | None = None
                ) -> list[Sentence]:
    """Parse the text ranges ``spans`` of ``text`` in one stanza batch; offsets index ``text``."""
    import stanza
    if not spans:
        return []
    paragraph_ids = paragraph_ids if paragraph_ids is not None else list(range(len(spans)))
    docs = pipeline.bulk_process([stanza.Document([], text=parser_text(text[s:e])) for s, e in spans])
    sentences: list[Sentence] = []
    for (offset, _), para, doc in zip(spans, paragraph_ids, docs):
        sentences.extend(sentences_from_stanza(text, doc, offset, para))
    return sentences
