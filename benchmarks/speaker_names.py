"""Speaker names of nominal and pronoun mentions on PolNeAR train, against a hand-checked list.

Usage:
    python benchmarks/speaker_names.py ../shared/polnear/train [--parses build/polnear-train.pkl] [-v]

PolNeAR marks who speaks as a span of text, not as a person, so ``benchmarks/polnear.py`` cannot tell
whether "the senator said" or "she said" was resolved to the right person. ``benchmarks/data/speaker_names.tsv``
lists 117 nominal mentions ("the senator", "The Florida senator", "the report", "Campaign officials") and 68
pronouns ("he", "she", "they"), drawn at random from the tool's own records on train articles 120-840, each with
the speaker a reader of the article gives it: a person's last name, an exact name (``=Bill Clinton``), or ``-``
when no named person speaks (the record should then carry no speaker, or a group or an organization). Prints
the share right by kind of mention and overall; ``-v`` lists the wrong ones. A mention the tool no longer
reports at that offset counts as wrong and is listed as missing. Never point it at the test split.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes import article_from_text, extract_articles, load_pipeline  # noqa: E402
from quotes.attribution import attribute  # noqa: E402
from quotes.extraction import segments  # noqa: E402
from quotes.marks import find_quotes  # noqa: E402
from quotes.models.polnear import load_split  # noqa: E402
from quotes.models.train_cues import parse_articles  # noqa: E402
from quotes.records import Quotation  # noqa: E402

LABELS = Path(__file__).resolve().parent / "data" / "speaker_names.tsv"


def read_labels(path: Path = LABELS) -> list[dict]:
    """The hand-checked rows: doc_id, start (int), expected, kind."""
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))
    for row in rows:
        row["start"] = int(row["start"])
    return rows


def is_right(expected: str, record: Quotation) -> bool:
    """Whether a record's speaker is the expected one (see the module docstring for the notation)."""
    if expected == "-":
        return record.speaker is None or record.speaker_type != "person"
    if record.speaker is None:
        return False
    if expected.startswith("="):
        return record.speaker == expected[1:]
    return record.speaker.split()[-1] == expected


def records_by_document(split: Path, doc_ids: set[str], parses: Path | None) -> dict[str, list[Quotation]]:
    """The tool's records for the listed articles: from cached parses, or parsed now."""
    texts = {doc_id: text for doc_id, text, _ in load_split(split) if doc_id in doc_ids}
    if parses is not None:
        found = {}
        for doc_id, _, sentences in parse_articles(split, parses):
            if doc_id in texts:
                text = texts[doc_id]
                starts = [start for start, _ in segments(article_from_text(text, doc_id))]
                found[doc_id] = attribute(doc_id, text, sentences, find_quotes(text), starts)
        return found
    articles = [article_from_text(text, doc_id) for doc_id, text in sorted(texts.items())]
    results = extract_articles(articles, pipeline=load_pipeline(), stance=False)
    return {result.article.doc_id: result.quotations for result in results}


def main(argv: list[str] | None = None) -> int:
    """Score the speaker names of the listed mentions and print the shares."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("split", type=Path, help="PolNeAR train folder (text/ and attributions/)")
    parser.add_argument("--parses", type=Path, default=None, help="parse cache of benchmarks/heldout.py")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the wrong ones")
    args = parser.parse_args(argv)
    if "test" in args.split.name:
        parser.error("the test split is how the project is judged: use train")
    if not (args.split / "text").is_dir():
        parser.error(f"no PolNeAR split at {args.split} (it lives in ../shared, beside the checkout)")
    labels = read_labels()
    records = records_by_document(args.split, {row["doc_id"] for row in labels}, args.parses)
    right: dict[str, list[int]] = {}
    for row in labels:
        found = next((q for q in records.get(row["doc_id"], []) if q.speaker_start == row["start"]), None)
        ok = found is not None and is_right(row["expected"], found)
        for group in (row["kind"], "named person" if row["expected"] != "-" else "no named person", "all"):
            right.setdefault(group, [0, 0])
            right[group][0] += ok
            right[group][1] += 1
        if args.verbose and not ok:
            got = "missing" if found is None else f"{found.speaker!r} ({found.speaker_type})"
            mention = found.speaker_mention[:60] if found is not None else ""
            print(f"  {row['doc_id'][:40]} {row['start']} {mention!r}: expected {row['expected']}, got {got}")
    for group in ("nominal", "pronoun", "named person", "no named person", "all"):
        ok, n = right.get(group, [0, 0])
        print(f"{group:16} {ok:4d} / {n:4d} right ({ok / n if n else 0:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
