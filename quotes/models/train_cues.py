"""Train the learned cue model (``quotes.cue_model``) on PolNeAR train and install it.

Usage::

    python -m quotes.models.train_cues ../shared/polnear/train [--articles 0:840] \
        [--parses build/polnear-train.pkl] [--out quotes/models/en/cues.json]

Every article is parsed as ``quotes extract`` parses it (the pickle given by ``--parses`` keeps the
parses for the next run). The examples are the verbs outside the lexicon that have a speaker and a
content (``quotes.cue_model.candidate``); one is positive when a PolNeAR cue covers it. A
logistic regression (scikit-learn, the ``build`` extra) is fitted on their features and its weights
written as JSON. ``--articles`` picks a slice of the sorted articles, to keep some out for a check.
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
from quotes.parsing import Sentence

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
    from quotes.extraction import relevant, segments
    from quotes.parsing import parse_spans
    nlp = nlp or load_pipeline()
    parsed = []
    for doc_id, text, gold in tqdm(load_split(folder, limit), desc="parsing", unit="article", disable=None):
        spans = segments(article_from_text(text, doc_id))
        keep = relevant(text, spans)
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
            for word in sentence.words:
                if is_cue_word(sentence, word):
                    continue
                found = candidate(sentence, word)
                if found is None:
                    continue
                features.append(cue_features(sentence, found))
                labels.append(int(any(a <= word.start < b for a, b in cues)))
    return features, labels


def fit(features: list[dict[str, float]], labels: list[int], c: float, threshold: float) -> CueModel:
    """A logistic regression over the features (its intercept folded into the 'bias' weight)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, labels)
    weights = {name: float(w) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0]) if abs(w) >= 0.01}
    weights["bias"] = weights.get("bias", 0.0) + float(model.intercept_[0])
    return CueModel(weights, threshold)


def main() -> None:
    """Parse, fit and write the model."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("split", type=Path, help="PolNeAR train folder (text/ and attributions/)")
    parser.add_argument("--articles", default=":", help="slice of the sorted articles, e.g. 0:320")
    parser.add_argument("--parses", type=Path, help="pickle that keeps the parses between runs")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--out", type=Path, default=PACKAGE_CUE_MODEL)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    started = time.time()
    parsed = parse_articles(args.split, args.parses)
    lo, hi = (int(x) if x else None for x in args.articles.split(":"))
    parsed = parsed[lo:hi]
    features, labels = examples(parsed)
    log.info("%d articles, %d candidate verbs, %d cues", len(parsed), len(labels), sum(labels))
    model = fit(features, labels, args.c, args.threshold)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model.to_dict(), indent=0, sort_keys=True) + "\n", encoding="utf-8")
    log.info("%d weights written to %s in %.0f s", len(model.weights), args.out, time.time() - started)


if __name__ == "__main__":
    main()
