"""Command line: ``quotes extract``, ``quotes models``.

Every command takes files, folders and glob patterns; models load once per run. Bad documents are
reported on one line each (and in the errors file) and skipped; the run goes on.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from tqdm import tqdm

from quotes.parsing import ModelsError, PROCESSORS, load_pipeline, plan_models


def _add_model_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--models", help="models directory (default: $QUOTES_MODELS, stanza's official "
                                         "models if installed, else the models shipped in the package)")
    parser.add_argument("--download", action="store_true",
                        help="let stanza download its official English models (needs a network)")
    parser.add_argument("--device", default="cpu", help="cpu (default) or cuda")


def cmd_extract(args: argparse.Namespace) -> int:
    """Write one JSON line per quotation; errors go to stderr and to ``--errors``."""
    from quotes.extraction import extract_articles
    from quotes.reading import read_articles
    pipeline = load_pipeline(args.models, download=args.download, device=args.device)
    out = open(args.output, "w", encoding="utf-8") if args.output and args.output != "-" else sys.stdout
    errors = open(args.errors, "a", encoding="utf-8") if args.errors else None
    found = docs = failed = 0
    bar = tqdm(unit="doc", desc="extract", disable=args.quiet or not sys.stderr.isatty())
    try:
        for result in extract_articles(read_articles(args.paths), pipeline=pipeline):
            bar.update(1)
            for note in result.warnings:
                print(f"warning: {note}", file=sys.stderr)
            if result.error is not None:
                failed += 1
                print(f"skipped {result.error.doc_id}: {result.error.reason}", file=sys.stderr)
                if errors:
                    errors.write(json.dumps(vars(result.error), ensure_ascii=False) + "\n")
                    errors.flush()
                continue
            docs += 1
            for record in result.quotations:
                out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
                found += 1
            out.flush()
            bar.set_postfix(quotes=found, errors=failed, refresh=False)
    finally:
        bar.close()
        if out is not sys.stdout:
            out.close()
        if errors:
            errors.close()
    print(f"{docs} document(s), {found} quotation(s), {failed} skipped", file=sys.stderr)
    return 0


def cmd_models(args: argparse.Namespace) -> int:
    """Print which model serves each processor, its source, size and recorded scores."""
    plan = plan_models(args.models, args.download)
    card = Path(__file__).resolve().parent / "models" / "en" / "scores.json"
    scores = json.loads(card.read_text()) if card.is_file() else {}
    total = 0
    for name in PROCESSORS:
        path = Path(plan.paths[name])
        size = path.stat().st_size
        total += size
        print(f"{name:9} {plan.sources[name]:8} {size / 1e6:6.1f} MB  {path}")
    if plan.pretrain:
        size = Path(plan.pretrain).stat().st_size
        total += size
        print(f"{'vectors':9} {'own':8} {size / 1e6:6.1f} MB  {plan.pretrain}")
    print(f"total {total / 1e6:.1f} MB")
    if scores and set(plan.sources.values()) == {"own"}:
        print("scores of the shipped models (CoNLL 2018 UD scorer, UD test sets):")
        for treebank, result in scores.items():
            print(f"  {treebank}: " + "; ".join(f"{part} " + ", ".join(f"{k} {v}" for k, v in values.items())
                                              if isinstance(values, dict) else f"{part} {values}"
                                              for part, values in result.items()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quotes`` command."""
    parser = argparse.ArgumentParser(prog="quotes", description="Find, attribute and report quotations in news.")
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="extract quotations as JSON Lines")
    ext.add_argument("paths", nargs="+", help="files (.txt, .jsonl, .csv), folders or glob patterns")
    ext.add_argument("-o", "--output", default="-", help="output JSON Lines file (default: stdout)")
    ext.add_argument("--errors", help="append skipped documents and reasons to this JSON Lines file")
    ext.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    _add_model_args(ext)
    ext.set_defaults(func=cmd_extract)
    mod = sub.add_parser("models", help="show which models are in use, their sizes and scores")
    _add_model_args(mod)
    mod.set_defaults(func=cmd_models)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``quotes`` console script."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ModelsError, FileNotFoundError) as exc:
        print(f"quotes: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("quotes: interrupted; output written so far is kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
