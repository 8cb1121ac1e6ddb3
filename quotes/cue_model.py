"""Learned cue stage: a logistic-regression model that finds reporting verbs the lexicon lacks.

PolNeAR annotates many attributions whose verb is in no list ("The April survey found Clinton
leading", "Carson shared a syllabus ...", "Enthusiasm appears to have plummeted"). Such verbs are
reports in only about one use in ten, spread over hundreds of lemmas, so a list cannot hold them; a
model over parse features (the lemma, its dependents, its speaker and its content) picks the uses
that are reports. It only sees verbs that the lexicon does not already make cues (``quotes.cues``)
and that have both a speaker and a content.

The weights are plain JSON (``quotes/models/en/cues.json``), trained on PolNeAR train by
``python -m quotes.models.train_cues``; scoring is a dot product, so no learning library is needed
at run time. (The trainer also learns from each lemma's word vector and folds that part into the
``lemma=WORD`` weights, so verbs unseen in training carry a weight too.)
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from quotes.clauses import has_that, is_participle
from quotes.cue_speakers import speaker_of
from quotes.cue_content import content_of
from quotes.idioms import reports_nothing
from quotes.lexicon import QUOTE_CHARS
from quotes.parsing import Sentence, Word

PACKAGE_CUE_MODEL = Path(__file__).resolve().parent / "models" / "en" / "cues.json"
DEPENDENT_RELS = ("ccomp", "xcomp", "obj", "iobj", "advcl", "obl", "nsubj:pass", "aux:pass", "expl",
                  "parataxis", "mark", "advmod")
SKIPPED_RELS = ("amod", "compound", "acl:relcl")
FUNCTION_UPOS = ("SCONJ", "ADP", "PART", "PRON", "DET")


@dataclass(frozen=True)
class Candidate:
    """A verb that could be a learned cue: its speaker head, content words and whether the content
    is the clause above it."""

    word: Word
    speaker: Word
    content: list[Word]
    reversed: bool


def candidate(sentence: Sentence, word: Word) -> Candidate | None:
    """The verb as a cue candidate, or None when it is not a verb or lacks a speaker or a content."""
    if word.upos != "VERB" or word.deprel in SKIPPED_RELS or reports_nothing(sentence, word):
        return None
    speaker = speaker_of(sentence, word)
    if speaker is None:
        return None
    content, reversed_ = content_of(sentence, word)
    return Candidate(word, speaker, content, reversed_) if content else None


def cue_features(sentence: Sentence, found: Candidate) -> dict[str, float]:
    """Binary parse features of a candidate: lemma, tag, relation (alone and with the lemma),
    dependents (alone and with the lemma), "that", negation, speaker and content shape (quotation
    marks in the content too), the content's first word (its lemma when a function word, else its
    tag; alone and with the lemma), the prepositions of the verb's phrases, head word, quotation
    marks nearby."""
    word, speaker, content = found.word, found.speaker, found.content
    lemma = word.lemma.lower()
    kids = sentence.children(word.index)
    rels = {k.deprel for k in kids}
    feats = {"bias": 1.0, f"lemma={lemma}": 1.0, f"xpos={word.xpos}": 1.0, f"deprel={word.deprel}": 1.0,
             f"lemma+deprel={lemma}|{word.deprel}": 1.0}
    for rel in DEPENDENT_RELS:
        if rel in rels:
            feats[f"has={rel}"] = 1.0
            feats[f"lemma+{rel}={lemma}"] = 1.0
    if any(k.deprel == "ccomp" and has_that(sentence, k) for k in kids):
        feats["that"] = 1.0
    if any(k.lemma.lower() == "not" for k in kids):
        feats["neg"] = 1.0
    feats[f"spk={speaker.upos}"] = 1.0
    if speaker.upos in ("PRON", "NOUN"):
        feats[f"spklemma={speaker.lemma.lower()}"] = 1.0
    for kid in kids:
        if kid.deprel in ("xcomp", "ccomp", "obj"):
            feats[f"{kid.deprel}lemma={kid.lemma.lower()}"] = 1.0
    feats[f"contentlen={min(len(content) // 4, 5)}"] = 1.0
    first = content[0]
    opener = first.lemma.lower() if first.upos in FUNCTION_UPOS else first.upos
    feats[f"first={opener}"] = 1.0
    feats[f"lemma+first={lemma}|{opener}"] = 1.0
    for kid in kids:
        if kid.deprel.startswith("obl"):
            for case in sentence.children(kid.index):
                if case.deprel == "case":
                    feats[f"obl_case={case.lemma.lower()}"] = 1.0
    if any(w.upos in ("VERB", "AUX") for w in content):
        feats["contentverb"] = 1.0
    if any(w.text in QUOTE_CHARS for w in content):
        feats["content_quote"] = 1.0
    if word.head >= 0:
        head = sentence.words[word.head]
        feats[f"head={head.lemma.lower()}"] = 1.0
        feats[f"headpos={head.upos}"] = 1.0
    if any(w.text in QUOTE_CHARS for w in sentence.words):
        feats["quote_in_sent"] = 1.0
    if is_participle(word):
        feats["participle"] = 1.0
    if found.reversed:
        feats["rev"] = 1.0
    return feats


@dataclass
class CueModel:
    """Logistic-regression weights over :func:`cue_features` and the decision threshold."""

    weights: dict[str, float]
    threshold: float = 0.5

    def probability(self, features: dict[str, float]) -> float:
        """P(cue) of one candidate's features."""
        score = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-score))

    def score(self, sentence: Sentence, word: Word) -> float | None:
        """P(cue) of ``word``, or None when it is not a candidate."""
        found = candidate(sentence, word)
        return None if found is None else self.probability(cue_features(sentence, found))

    def to_dict(self) -> dict:
        """JSON form (weights rounded to 4 decimals)."""
        return {"threshold": self.threshold, "weights": {k: round(v, 4) for k, v in sorted(self.weights.items())}}

    @classmethod
    def load(cls, path: Path = PACKAGE_CUE_MODEL) -> "CueModel":
        """Read a model written by :meth:`to_dict`."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(weights=dict(data["weights"]), threshold=float(data["threshold"]))


@lru_cache(maxsize=1)
def default_cue_model() -> CueModel | None:
    """The model shipped in the package, or None when the package has none (the lexicon alone)."""
    return CueModel.load() if PACKAGE_CUE_MODEL.exists() else None
