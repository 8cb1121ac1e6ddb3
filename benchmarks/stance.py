"""Stance accuracy on NewsMTSC (train or dev split; never the test split).

Usage: python benchmarks/stance.py ../shared/newsmtsc/dev.jsonl [--train ../shared/newsmtsc/train.jsonl]

Prints accuracy and macro-F1 (over critical / neutral / supportive) side by side for
- majority: the most frequent label of the training split (``--train``; else of the scored file);
- lexicon: VADER's compound score of the sentence (vaderSentiment, a lexicon from PyPI), >= 0.05
  supportive, <= -0.05 critical, else neutral; it ignores the target;
- quotes: the shipped classifier (``quotes.classify_stance``'s model), batched;
and the classifier's speed in examples per second.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.models.train_stance import macro_f1, read_newsmtsc  # noqa: E402


def lexicon_labels(texts: list[str]) -> list[str] | None:
    """VADER labels, or ``None`` when vaderSentiment is not installed."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        return None
    analyzer = SentimentIntensityAnalyzer()
    labels = []
    for text in texts:
        score = analyzer.polarity_scores(text)["compound"]
        labels.append("supportive" if score >= 0.05 else "critical" if score <= -0.05 else "neutral")
    return labels


def main() -> None:
    """Score the three systems and print a table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path)
    parser.add_argument("--train", type=Path, help="training split, for the majority label")
    args = parser.parse_args()
    if "test" in args.data.name:
        sys.exit("the test split is reserved for outside evaluation")
    examples = read_newsmtsc(args.data)
    gold = [label for _, _, label in examples]
    majority = Counter(label for _, _, label in read_newsmtsc(args.train or args.data)).most_common(1)[0][0]
    systems = {"majority": [majority] * len(gold), "lexicon (VADER)": lexicon_labels([t for t, _, _ in examples])}

    from quotes.stance import load_stance_model
    model = load_stance_model()
    began = time.perf_counter()
    predicted = model.predict([t for t, _, _ in examples], [s for _, s, _ in examples])
    elapsed = time.perf_counter() - began
    systems["quotes (MiniLM, NewsMTSC)"] = [label for label, _ in predicted]

    print(f"NewsMTSC {args.data.name}: {len(gold)} targets {dict(Counter(gold))}")
    print(f"{'system':28} {'accuracy':>9} {'macro-F1':>9}")
    for name, labels in systems.items():
        if labels is None:
            print(f"{name:28} {'(vaderSentiment not installed)':>19}")
            continue
        accuracy = sum(g == p for g, p in zip(gold, labels)) / len(gold)
        print(f"{name:28} {accuracy:9.3f} {macro_f1(gold, labels):9.3f}")
    print(f"classifier speed: {len(gold) / elapsed:.0f} examples/s")


if __name__ == "__main__":
    main()
