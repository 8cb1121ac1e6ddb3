"""Attribution accuracy on a slice of PolNeAR train, from cached parses (the held-out checks of
``benchmarks/README.md``).

Usage:
    python benchmarks/heldout.py ../shared/polnear/train --articles 320:840 \
        --parses build/polnear-train.pkl [--cue-model build/cues_0_320.json]

The parses of all train articles are made once and kept in ``--parses`` (the same cache
``python -m quotes.models.train_cues`` uses; about 7 minutes on 2 cores). Rules are chosen on
articles 120-320 and checked on 320-840; for a held-out check of the learned cue model, train one on
0-320 (``python -m quotes.models.train_cues ../shared/polnear/train --parses build/polnear-train.pkl
--articles 0:320 --out build/cues_0_320.json``) and pass it as ``--cue-model``. The cached parses get the
parse repairs of ``quotes.parse_repairs.repair_parse`` first, as a fresh parse has them. Prints the same measures as
``benchmarks/polnear.py``. Never point it at the test split.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from polnear import print_scores, score_document  # noqa: E402

import quotes.drafts  # noqa: E402
from quotes.attribution import attribute  # noqa: E402
from quotes.cue_model import CueModel  # noqa: E402
from quotes.extraction import segments  # noqa: E402
from quotes.marks import find_quotes  # noqa: E402
from quotes.models.polnear import load_split  # noqa: E402
from quotes.models.train_cues import parse_articles  # noqa: E402
from quotes.parse_repairs import repair_parse  # noqa: E402
from quotes.reading import article_from_text  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Score attribution over the cached parses of a slice of PolNeAR train and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("split", type=Path, help="PolNeAR train folder (text/ and attributions/)")
    parser.add_argument("--articles", default="320:840", help="slice of the sorted articles, e.g. 320:840")
    parser.add_argument("--parses", type=Path, required=True, help="parse cache (made on first use)")
    parser.add_argument("--cue-model", type=Path, default=None, help="cue model file instead of the shipped one")
    args = parser.parse_args(argv)
    if "test" in args.split.name:
        parser.error("the test split is how the project is judged: use train")
    if args.cue_model is not None:
        model = CueModel.load(args.cue_model)
        quotes.drafts.default_cue_model = lambda: model
    lo, hi = (int(x) for x in args.articles.split(":"))
    texts = {doc_id: text for doc_id, text, _ in load_split(args.split)}
    counts: dict[str, int] = defaultdict(int)
    parsed = parse_articles(args.split, args.parses)[lo:hi]
    for doc_id, gold, sentences in parsed:
        for sentence in sentences:
            repair_parse(sentence.words)
        text = texts[doc_id]
        paragraph_starts = [start for start, _ in segments(article_from_text(text, doc_id))]
        records = attribute(doc_id, text, sentences, find_quotes(text), paragraph_starts)
        score_document(text, gold, records, counts)
    print(f"PolNeAR {args.split.name} articles {lo}-{hi} ({len(parsed)}), cached parses")
    print_scores(counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
