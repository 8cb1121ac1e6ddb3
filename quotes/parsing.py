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
from quotes.lexicon import TITLES
from quotes.names import is_first_name
from quotes.parse_repairs import repair_parse

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


# Words that open sentences far more often than they go on a name ("Thanks Bob" | "The meeting is ...").
SENTENCE_OPENERS = frozenset("""the a an this that these those i we you he she it they there but and or so if when
my our your his her their its please thanks""".split())
SUBJECT_PRONOUNS = frozenset("I We You He She It They".split())
_WEB_ADDRESS = re.compile(r"\w+(?:\.\w+)*\.[a-z]{2,4}")  # "Amazon.com", "PowerOutage.us"


def _breaks_no_sentence(previous: list[dict], first: dict, text: str | None) -> bool:
    """Whether a sentence break between the token dicts ``previous`` (a sentence) and ``first`` (capitalised) falls
    inside a sentence: after a web address ("Amazon.com" | "Inc reported"), a first name before a surname
    ("British Prime Minister Theresa" | "May said"), a lone word with an inner capital ("RowVaughn" | "Wells
    wept"), or a word in lower case (or a short run of capitalised words, or two ending a longer sentence) one
    space before it, the previous sentence with no colon, nor a subject pronoun after it unless a title ends it
    ("spokesperson" | "He Yadong told") ("Just Stop" | "Oil said", "Nolan told" | "The Guardian he ..."; not the
    label "Bernie Sanders: Credit scores" | "On his website", nor "hotdogs and hamburgers" | "They also offer");
    never before a word in capitals ("STEVE" | "WE ...")."""
    last, following = previous[-1]["text"], first["text"]
    if following.isupper():
        return False
    lone = len(previous) == 1 and last[:1].isupper() and any(c.isupper() for c in last[1:])  # "RowVaughn" | "Wells
    # wept ...", "D&G" | "Bus said": a name cut after one word (not "Thanks" | "Bob")
    named = 2 <= len(previous) <= 4 and all(t["text"][:1].isupper() for t in previous) \
        or len(previous) > 4 and (last.istitle() or last.isupper()) and previous[-2]["text"].istitle() \
        and following.lower() not in SENTENCE_OPENERS  # "Just Stop" | "Oil said", "North Korean leader Kim Jong" |
    # "Un watched", "... of North Midlands NHS" | "Trust said": a name cut after a capitalised word or initialism, no
    # stop between (not "... Thanks Bob" | "The ...")
    if (last.isalpha() or lone and last.replace("&", "").isalpha()) and (last.islower() or lone or named) \
            and text is not None \
            and (following not in SUBJECT_PRONOUNS or last in TITLES) \
            and text[previous[-1]["end_char"]:first["start_char"]] == " " and all(t["text"] != ":" for t in previous):
        return True
    return bool(_WEB_ADDRESS.fullmatch(last)) or last.istitle() and last.isalpha() and is_first_name(last)


def _same_line(text: str | None, last: dict, first: dict) -> bool:
    """Whether no line break stands between the token dicts ``last`` and ``first`` in ``text`` (True without text)."""
    return text is None or "\n" not in text[last["end_char"]:first["start_char"]]


def merge_title_splits(sentences: list[list[dict]], text: str | None = None) -> list[list[dict]]:
    """Undo the tokenizer's sentence breaks after a title ("Texas Sen." | "Ted Cruz said"), a web address, a first name
    or a word in lower case (see :func:`_breaks_no_sentence`), rejoining a full stop split off the title ("Sen" "." ->
    "Sen."). Works on stanza's token dicts ('text', 'start_char', 'end_char', ...) of ``text``, keeping their offsets,
    and numbers each sentence's tokens anew. A line break between the sentences keeps them apart: a paragraph may end in
    "U.S.", and stanza's batches join documents with a blank line, then split its sentences back at it."""
    merged: list[list[dict]] = []
    for sentence in sentences:
        previous = merged[-1] if merged else None
        if previous and sentence and sentence[0]["text"][:1].isupper() and _same_line(text, previous[-1], sentence[0]):
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


def split_platform_stops(sentences: list[list[dict]]) -> list[list[dict]]:
    """Split "X." after "on" into the platform's name and a full stop that ends the sentence ("Hegseth thanked
    President Trump on X." | '"I am honored," he wrote.': the tokenizer read "X." as an initial and ran the two
    sentences together). Works on stanza's token dicts, keeping their offsets; ids are numbered anew by
    :func:`merge_title_splits`."""
    out: list[list[dict]] = []
    for sentence in sentences:
        current: list[dict] = []
        for i, token in enumerate(sentence):
            if token["text"] == "X." and i > 0 and sentence[i - 1]["text"] == "on" and "misc" not in token:
                end = token["end_char"]
                current += [dict(token, text="X", end_char=end - 1), dict(token, text=".", start_char=end - 1)]
                if i + 1 < len(sentence):
                    out.append(current)
                    current = []
            else:
                current.append(token)
        if current:
            out.append(current)
    return out


MARKED_NAMES = frozenset({"Which?", "Yahoo!"})  # names that end in a question or exclamation mark


def join_marked_names(sentences: list[list[dict]], text: str | None = None) -> list[list[dict]]:
    """Keep a name that ends in a mark (``MARKED_NAMES``: the consumer body "Which?") one token where a word in lower
    case or a comma follows it ("Consumer group Which? said", "at Which?, said"), joining the sentence the tokenizer
    ended at the mark to the next one on the same line ("Which?" | "said passengers ..."). Works on stanza's token
    dicts, keeping their offsets; ids are numbered anew by :func:`merge_title_splits`."""
    out: list[list[dict]] = []
    carried = False  # the last sentence ended in a joined name and this one goes on from it
    for number, sentence in enumerate(sentences):
        following = sentences[number + 1] if number + 1 < len(sentences) else []
        goes_on = bool(sentence and following) and following[0]["text"][:1].islower() \
            and _same_line(text, sentence[-1], following[0])
        joined: list[dict] = []
        for i, token in enumerate(sentence):
            after = sentence[i + 1]["text"] if i + 1 < len(sentence) else None
            if token["text"] in ("?", "!") and joined and joined[-1]["text"] + token["text"] in MARKED_NAMES \
                    and "misc" not in joined[-1] \
                    and joined[-1]["end_char"] == token["start_char"] \
                    and (after[:1].islower() or after == "," if after is not None else goes_on):
                joined[-1] = dict(joined[-1], text=joined[-1]["text"] + token["text"], end_char=token["end_char"])
            else:
                joined.append(token)
        if carried:
            out[-1].extend(joined)
        else:
            out.append(joined)
        carried = goes_on and bool(joined) and joined[-1]["text"] in MARKED_NAMES
    return out


def repair_tokens(sentences: list[list[dict]], text: str | None = None) -> list[list[dict]]:
    """stanza's token dicts with four repairs: "on X." split into a name and a full stop
    (:func:`split_platform_stops`), a name ending in a mark kept whole (:func:`join_marked_names`), the sentence
    breaks after a title undone (:func:`merge_title_splits`), and a capitalised "Its" or a name with a letter outside
    ASCII kept whole, never split like "It's" into "It" "s" (the tokenizer sometimes marks one as a multi-word token:
    "Its hosts don't hesitate to report ..." parsed with "It" as the subject, "Agnès Callamard" as "Agnè" "s"
    "Callamard"), nor any word without an apostrophe but the contractions of ``UNMARKED_CONTRACTIONS`` ("Donna
    Brazile" split as "Don" "na"; web text's "Dont" and "Im" stay split)."""
    merged = merge_title_splits(join_marked_names(split_platform_stops(sentences), text), text)
    for sentence in merged:
        for token in sentence:
            word = token["text"]
            if token.get("misc") == "MWT=Yes" and (word == "Its" or not any(c in word for c in "'’‘`") and (
                    word[:1].isupper() and not word.isascii() or word.lower() not in UNMARKED_CONTRACTIONS)):
                del token["misc"]
    return merged


# Contractions written without an apostrophe that stay two words ("cannot", "gonna", web text's "Dont", "Im"); any
# other word the tokenizer marks as several without an apostrophe stays one ("Donna", not "Don" "na"; "cannon").
UNMARKED_CONTRACTIONS = frozenset("""cannot gonna gotta wanna dunno gimme lemme outta dont doesnt didnt isnt wasnt arent
werent cant couldnt wouldnt shouldnt wont im ive youre theyre""".split())


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
# Acronyms the tagger reads as other words, and a stand-in of the same length it reads as a name: "WHO spokesman
# Tarik Jasarevic said" parsed with "WHO" the pronoun "who" (not in a heading set in capitals: "WHO IS TO BLAME").
STAND_INS = {"WHO": "IMF"}
_ACRONYMS = re.compile(r"(?<![A-Z] )\b(" + "|".join(STAND_INS) + r")\b(?! [A-Z]{2})")


def parser_text(text: str) -> str:
    """The text handed to stanza: same length and offsets as ``text``, with the ``''``/````` ``
    quotation-mark convention written as a double quotation mark and a space (UD-trained parsers
    rarely see it and misparse the clauses around it), and the acronyms of ``STAND_INS`` replaced by their
    stand-ins."""
    return _ACRONYMS.sub(lambda m: STAND_INS[m.group(1)], _TWO_CHAR_QUOTES.sub('" ', text))


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
