"""Attribution accuracy on PolNeAR (train or dev split; never the test split).

Usage: python benchmarks/polnear.py ../shared/polnear/dev [--limit N] [--models DIR]

Prints precision, recall and F1 for
- direct and mixed quotes (gold, and predicted: records whose content holds quotation marks: double marks,
  the ``''`` convention included, or a pair of single marks as headlines use them, ‘...’ or
  '...', told from apostrophes by the letters around them; a quoted span
  matches when the character overlap is >= 50% of the longer span), and quote+speaker (the predicted
  speaker mention also overlaps the gold source span);
- all attributions, exact span match, for sources, cues and contents.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes import article_from_text, extract_articles, load_pipeline  # noqa: E402
from quotes.models.polnear import load_split  # noqa: E402

MARKS = "\"“”„«»"
DOUBLE_MARKS = tuple(MARKS) + ("''", "``")  # the '' convention (New York Times texts) counts too
# ‘...’ or '...' as a quotation (headlines: "Trump Was ‘Mocking’ Clinton Camp", "Chelsea explosion was an
# 'intentional act.'"): the opening mark starts a word, the closing one ends one; an apostrophe inside a
# word ("Trump’s", "Don't") or after one ("Afghans’") is neither
SINGLE_QUOTE = re.compile(r"(?<![\w‘’])‘[^\s‘][^\n]*?[^\s]’(?!\w)|(?<![\w'])'[^\s'][^\n]*?[^\s]'(?!\w)")


def holds_marks(text: str) -> bool:
    """True when ``text`` holds quotation marks: a double mark (any convention) or a single-mark pair."""
    return any(m in text for m in DOUBLE_MARKS) or SINGLE_QUOTE.search(text) is not None


def _outer(parts):
    return (min(a for a, _ in parts), max(b for _, b in parts))


def _overlap(a, b) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * max(a[1] - a[0], b[1] - b[0])


def _touches(a, b) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 from matched predictions and matched gold items."""
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def content_span(text: str, q) -> tuple[int, int]:
    """A record's content span as PolNeAR marks it: a direct quote with its marks."""
    start, end = q.start, q.end
    if q.kind == "direct":
        if text[start - 2:start] in ("''", "``"):
            start -= 2
        elif start > 0 and text[start - 1] in MARKS + "'‘’":
            start -= 1
        if text[end:end + 2] == "''":
            end += 2
        elif end < len(text) and text[end] in MARKS + "'‘’":
            end += 1
    return start, end


def score_document(text: str, gold: list[dict], pred: list, counts: dict[str, int]) -> None:
    """Add one article's matches to ``counts`` (keys 'MEASURE:tp_p', ':tp_g', ':pred', ':gold')."""
    gold_quotes = [(_outer(g["content"]), _outer(g["source"]) if "source" in g else None)
                   for g in gold if "content" in g and holds_marks(text[slice(*_outer(g["content"]))])]
    # a predicted quote must hold quotation marks as a gold one must (not a transcript's answer after "NAME:")
    pred_quotes = [((q.start, q.end), (q.speaker_start, q.speaker_end) if q.speaker_start is not None else None)
                   for q in pred if q.kind in ("direct", "mixed") and holds_marks(text[slice(*content_span(text, q))])]
    for name, need_speaker in (("quote", False), ("quote+speaker", True)):
        def hit(p, g):
            if not _overlap(p[0], g[0]):
                return False
            return not need_speaker or (p[1] is not None and g[1] is not None and _touches(p[1], g[1]))
        counts[name + ":tp_p"] += sum(any(hit(p, g) for g in gold_quotes) for p in pred_quotes)
        counts[name + ":tp_g"] += sum(any(hit(p, g) for p in pred_quotes) for g in gold_quotes)
        counts[name + ":pred"] += len(pred_quotes)
        counts[name + ":gold"] += len(gold_quotes)
    for role in ("source", "cue", "content"):
        gold_set = {_outer(g[role]) for g in gold if role in g}
        if role == "source":
            pred_set = {(q.speaker_start, q.speaker_end) for q in pred if q.speaker_start is not None}
        elif role == "cue":
            pred_set = {(q.cue_start, q.cue_end) for q in pred if q.cue_start is not None}
        else:
            pred_set = {content_span(text, q) for q in pred}
        tp = len(gold_set & pred_set)
        counts[role + ":tp_p"] += tp
        counts[role + ":tp_g"] += tp
        counts[role + ":pred"] += len(pred_set)
        counts[role + ":gold"] += len(gold_set)


def print_scores(counts: dict[str, int]) -> None:
    """Print precision, recall and F1 for each measure."""
    print(f"{'measure':28} {'P':>6} {'R':>6} {'F1':>6}   (pred / gold)")
    labels = {"quote": "direct+mixed quote", "quote+speaker": "direct+mixed quote+speaker",
              "source": "source (exact)", "cue": "cue (exact)", "content": "content (exact)"}
    for key, label in labels.items():
        p, r, f = prf(counts[key + ":tp_p"], counts[key + ":pred"], counts[key + ":tp_g"], counts[key + ":gold"])
        print(f"{label:28} {p:6.3f} {r:6.3f} {f:6.3f}   ({counts[key + ':pred']} / {counts[key + ':gold']})")


def main() -> None:
    """Run the benchmark and print the scores."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("split", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--models")
    args = parser.parse_args()
    if "test" in args.split.name:
        sys.exit("refusing to read a test split")
    docs = load_split(args.split, args.limit)
    nlp = load_pipeline(args.models)
    started = time.time()
    articles = [article_from_text(text, doc_id) for doc_id, text, _ in docs]
    counts: dict[str, int] = defaultdict(int)
    for (doc_id, text, gold), result in zip(docs, extract_articles(articles, pipeline=nlp, stance=False)):
        score_document(text, gold, result.quotations, counts)
    elapsed = time.time() - started
    print(f"PolNeAR {args.split.name}: {len(docs)} articles in {elapsed:.0f} s ({len(docs) / elapsed:.2f} articles/s)")
    print_scores(counts)


if __name__ == "__main__":
    main()
