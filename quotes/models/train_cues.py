"""Train the learned cue model (``quotes.cue_model``) on PolNeAR train and install it.

Usage::

    python -m quotes.models.train_cues ../shared/polnear/train [--articles 0:840] \
        [--parses build/polnear-train.pkl] [--out quotes/models/en/cues.json]

Every article is parsed as ``quotes extract`` parses it (the pickle given by ``--parses`` keeps the
parses for the next run). The examples are the verbs outside the lexicon that have a speaker and a
content (``quotes.cue_model.candidate``); one is positive when a PolNeAR cue covers it. A
logistic regression (scikit-learn, the ``build`` extra) is fitted on their features and its weights
written as JSON. ``--articles`` picks a slice of the sorted articles, to keep some out for a check.

Besides the parse features, each candidate's lemma brings its word vector (the 100-d vectors the
build trains, ``quotes/models/en/pretrain.pt``): verbs near reporting verbs in that space can score
as cues though PolNeAR train never marks them. The vector weights are linear, so after fitting they
are folded into one ``lemma=WORD`` weight per vocabulary word and the model stays a plain weight
table (``--no-vectors`` leaves them out).
"""

from __future__ import annotations

import argparse
import json
import logging
import pickle
import time
from pathlib import Path

from quotes.cue_model import PACKAGE_CUE_MODEL, CueModel, candidate, cue_features
from quotes.cues import is_cue_word
from quotes.models.polnear import load_split
from quotes.model_files import PACKAGE_MODELS
from quotes.parse_repairs import repair_parse
from quotes.parsing import Sentence

VECTOR_SCALE = 3.0  # unit-length vectors times this: on held-out train the best of 1, 3, 5 and 8

log = logging.getLogger("quotes.models.train_cues")


def parse_articles(folder: Path, cache: Path | None = None, limit: int | None = None,
                   nlp=None) -> list[tuple[str, list[dict], list[Sentence]]]:
    """``(doc_id, attributions, sentences)`` for the articles of a PolNeAR split (the first ``limit``),
    parsed once with ``nlp`` (default: :func:`quotes.load_pipeline`)."""
    if cache is not None and cache.exists():
        with open(cache, "rb") as handle:
            return pickle.load(handle)
    from tqdm import tqdm

    from quotes import article_from_text, load_pipeline
    from quotes.extraction import paragraphs_to_parse, segments
    from quotes.parsing import parse_spans
    nlp = nlp or load_pipeline()
    parsed = []
    for doc_id, text, gold in tqdm(load_split(folder, limit), desc="parsing", unit="article", disable=None):
        spans = segments(article_from_text(text, doc_id))
        keep = paragraphs_to_parse(text, spans)
        parsed.append((doc_id, gold, parse_spans(nlp, text, [spans[i] for i in keep], keep)))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with open(cache, "wb") as handle:
            pickle.dump(parsed, handle)
    return parsed


def examples(parsed) -> tuple[list[dict[str, float]], list[int]]:
    """Features and labels of every candidate verb (label 1 when a gold cue covers the verb)."""
    features, labels = [], []
    for _, gold, sentences in parsed:
        cues = [part for attribution in gold for part in attribution.get("cue", [])]
        for sentence in sentences:
            repair_parse(sentence.words)
            for word in sentence.words:
                if is_cue_word(sentence, word):
                    continue
                found = candidate(sentence, word)
                if found is None:
                    continue
                features.append(cue_features(sentence, found))
                labels.append(int(any(a <= word.start < b for a, b in cues)))
    return features, labels


def load_vectors(path: Path = PACKAGE_MODELS / "pretrain.pt") -> dict[str, list[float]]:
    """The stanza word vectors in ``path`` by (lowercase) word, scaled to length ``VECTOR_SCALE``."""
    import torch
    from stanza.models.common.pretrain import Pretrain
    pretrain = Pretrain(str(path))
    emb = pretrain.emb if isinstance(pretrain.emb, torch.Tensor) else torch.as_tensor(pretrain.emb)
    emb = VECTOR_SCALE * torch.nn.functional.normalize(emb.float(), dim=1)
    words = [pretrain.vocab.id2unit(i) for i in range(len(pretrain.vocab))]
    return {word: row for word, row in zip(words, emb.tolist()) if word.isalpha() and word.islower()}


def add_vector_features(features: list[dict[str, float]], vectors: dict[str, list[float]]) -> None:
    """Add ``vec=I`` features, the lemma's word vector, to each candidate's features (in place)."""
    for feats in features:
        lemma = next(name[6:] for name in feats if name.startswith("lemma="))
        for i, value in enumerate(vectors.get(lemma, ())):
            feats[f"vec={i}"] = value


def fold_vectors(model: CueModel, vectors: dict[str, list[float]]) -> None:
    """Replace the ``vec=I`` weights by their sum over each word's vector, added to its ``lemma=`` weight."""
    dims = len(next(iter(vectors.values()), ()))
    weight = [model.weights.pop(f"vec={i}", 0.0) for i in range(dims)]
    for word, row in vectors.items():
        score = sum(w * v for w, v in zip(weight, row))
        total = model.weights.get(f"lemma={word}", 0.0) + score
        if abs(total) >= 0.01:
            model.weights[f"lemma={word}"] = total


def fit(features: list[dict[str, float]], labels: list[int], c: float, threshold: float,
        vectors: dict[str, list[float]] | None = None) -> CueModel:
    """A logistic regression over the features (its intercept folded into the 'bias' weight), with the
    lemmas' word ``vectors`` as features when given (folded into the lemma weights afterwards)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    if vectors:
        features = [dict(f) for f in features]
        add_vector_features(features, vectors)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, labels)
    weights = {name: float(w) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0])
               if abs(w) >= 0.01 or name.startswith("vec=")}
    weights["bias"] = weights.get("bias", 0.0) + float(model.intercept_[0])
    result = CueModel(weights, threshold)
    if vectors:
        fold_vectors(result, vectors)
    return result


def main() -> None:
    """Parse, fit and write the model."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("split", type=Path, help="PolNeAR train folder (text/ and attributions/)")
    parser.add_argument("--articles", default=":", help="slice of the sorted articles, e.g. 0:320")
    parser.add_argument("--parses", type=Path, help="pickle that keeps the parses between runs")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--out", type=Path, default=PACKAGE_CUE_MODEL)
    parser.add_argument("--no-vectors", dest="vectors", action="store_false",
                        help="leave out the lemmas' word vectors")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    started = time.time()
    parsed = parse_articles(args.split, args.parses)
    lo, hi = (int(x) if x else None for x in args.articles.split(":"))
    parsed = parsed[lo:hi]
    features, labels = examples(parsed)
    log.info("%d articles, %d candidate verbs, %d cues", len(parsed), len(labels), sum(labels))
    model = fit(features, labels, args.c, args.threshold, load_vectors() if args.vectors else None)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model.to_dict(), indent=0, sort_keys=True) + "\n", encoding="utf-8")
    log.info("%d weights written to %s in %.0f s", len(model.weights), args.out, time.time() - started)


if __name__ == "__main__":
    main()
