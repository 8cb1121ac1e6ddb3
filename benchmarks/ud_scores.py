"""Score the stanza pipeline on UD English test sets with the CoNLL 2018 scorer (udtools.udeval).

Usage: python benchmarks/ud_scores.py ../shared/ud [--models DIR] [--treebanks ewt gum] [--json OUT]

For each treebank: from raw text (tokens F1, sentences F1, UPOS, lemmas, LAS) and with gold
tokenisation (UPOS, lemmas, UAS, LAS); and the whole pipeline's speed in sentences per second on raw text.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _evaluate(gold_path: Path, doc) -> dict:
    from stanza.utils.conll import CoNLL
    from udtools import udeval
    with tempfile.NamedTemporaryFile("w", suffix=".conllu", delete=False, encoding="utf-8") as out:
        CoNLL.write_doc2conll(doc, out.name)
    gold = udeval.load_conllu_file(str(gold_path))
    system = udeval.load_conllu_file(out.name)
    scores = udeval.evaluate(gold, system)
    return {k: round(100 * scores[k].f1, 2) for k in ("Tokens", "Sentences", "Words", "UPOS", "Lemmas", "UAS", "LAS")}


def _gold_words(path: Path) -> list[list[str]]:
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                cur.append(cols[1])
    if cur:
        sents.append(cur)
    return sents


def score_treebank(gold_path: Path, models: str | None) -> dict:
    """Scores from raw text and from gold tokens, and raw-text speed, for one test file."""
    import stanza
    from stanza.utils.datasets.conllu_to_text import convert_text
    from quotes.model_files import pipeline_kwargs, plan_models
    from quotes.parsing import load_pipeline
    raw_path = Path(tempfile.mkdtemp()) / "raw.txt"
    convert_text(str(gold_path), str(raw_path))
    text = raw_path.read_text(encoding="utf-8")
    nlp = load_pipeline(models)
    started = time.time()
    doc = nlp(text)
    elapsed = time.time() - started
    for token in (t for sent in doc.sentences for t in sent.tokens):  # stanza's <UNK> for very long tokens
        if token.text == "<UNK>":
            token.text = text[token.start_char:token.end_char]
            if len(token.words) == 1:
                token.words[0].text = token.text
    raw = _evaluate(gold_path, doc)
    plan = plan_models(models)
    kwargs = {k: v for k, v in pipeline_kwargs(plan).items() if not k.startswith("mwt")}
    pretok = stanza.Pipeline("en", processors="tokenize,pos,lemma,depparse", tokenize_pretokenized=True,
                             download_method=None, dir=plan.official_dir or str(Path(plan.paths["pos"]).parent),
                             logging_level="WARN", **kwargs)
    gold_doc = pretok(_gold_words(gold_path))
    gold = _evaluate(gold_path, gold_doc)
    return {"raw": {k: raw[k] for k in ("Tokens", "Sentences", "UPOS", "Lemmas", "LAS")},
            "gold_tokens": {k: gold[k] for k in ("UPOS", "Lemmas", "UAS", "LAS")},
            "sentences_per_second": round(len(doc.sentences) / elapsed, 1)}


def main() -> None:
    """Print (and optionally save) the scores."""
    import torch
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ud", type=Path)
    parser.add_argument("--models")
    parser.add_argument("--treebanks", nargs="+", default=["ewt", "gum"])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results = {}
    for tb in args.treebanks:
        results[tb] = score_treebank(args.ud / f"en_{tb}-ud-test.conllu", args.models)
        print(tb, json.dumps(results[tb]))
    print(f"(torch threads: {torch.get_num_threads()})")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
