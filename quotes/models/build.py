"""Build the compact English stanza models that ship inside the package.

Trains, with stanza's own trainers, a tokenizer, an MWT expander, a POS tagger, a lemmatizer and a
dependency parser on UD English EWT + GUM train (dev for model selection; test is never read
here), plus word vectors trained with gensim on the same text. Each step is skipped when its marker
file ``STEP.done`` exists, so an interrupted build resumes where it stopped (the parser also resumes from its
own checkpoint). Finished models are copied, with float16 weights, into ``quotes/models/en``.

Usage::

    python -m quotes.models.build --ud ../shared/ud [--extra-text DIR_OR_FILE ...] [--steps STEP ...]

Steps, in order: data, vectors, lemma, tokenize, mwt, pos, depparse, install.
"""

from __future__ import annotations

import argparse
import gzip
import logging
import re
import subprocess
import sys
import time
from pathlib import Path

log = logging.getLogger("quotes.models.build")

PACKAGE_MODELS = Path(__file__).resolve().parent / "en"
STEPS = ("data", "vectors", "lemma", "tokenize", "mwt", "pos", "depparse", "install")
SHORTHAND = "en_combined"

# Trainer settings, chosen for a 2-core CPU: see quotes/models/README.md.
TOKENIZE_ARGS = ["--steps", "3000", "--eval_steps", "500", "--max_seqlen", "300", "--batch_size", "32"]
MWT_ARGS = ["--num_epoch", "8", "--batch_size", "50"]
POS_ARGS = ["--batch_size", "100", "--hidden_dim", "150", "--char_hidden_dim", "100",
            "--deep_biaff_hidden_dim", "100", "--composite_deep_biaff_hidden_dim", "50",
            "--max_steps", "5000", "--eval_interval", "250"]
DEPPARSE_ARGS = ["--hidden_dim", "200", "--char_hidden_dim", "100", "--deep_biaff_hidden_dim", "200",
                 "--batch_size", "1000", "--no_xpos", "--no_ufeats", "--no_upos",
                 "--max_steps", "8000", "--eval_interval", "250", "--checkpoint_interval", "250"]
# With --gpu (stanza trains on CUDA when torch sees a GPU): larger batches, as the shipped tagger and parser were trained.
GPU_ARGS = {"pos": ["--batch_size", "250", "--eval_interval", "250"],
            "depparse": ["--batch_size", "5000", "--checkpoint_interval", "500", "--max_steps_before_stop", "3000"]}
# With --fine-tune (and --warm-start): stanza's second stage from the start, Adam at a small learning rate
# (the first stage's Adadelta at lr 2.0 only wandered around a trained parser's dev score).
FINE_TUNE_ARGS = ["--optim", "adam", "--no_second_optim"]
FINE_TUNE_LR = 0.0002
# Batch sizes written into the installed models: the Pipeline parses with the batch size a model was trained with.
INFERENCE_BATCH = {"pos": 100, "depparse": 1000}
VECTOR_DIM = 100
VECTOR_VOCAB = 60000

_RAW_TOKEN = re.compile(r"[A-Za-z]+(?=n't\b)|n't\b|'(?:s|re|ll|ve|d|m)\b|\w+(?:[-.']\w+)*|[^\w\s]")


def _run(cmd: list[str], logfile: Path) -> None:
    """Run a trainer as a subprocess, appending its output to ``logfile``; raise on failure."""
    log.info("running: %s", " ".join(cmd))
    with open(logfile, "a", encoding="utf-8") as out:
        out.write(f"\n=== {time.strftime('%Y-%m-%d %H:%M:%S')} {' '.join(cmd)}\n")
        out.flush()
        subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, check=True)


def _concat(paths: list[Path], dest: Path) -> None:
    with open(dest, "w", encoding="utf-8") as out:
        for path in paths:
            text = path.read_text(encoding="utf-8")
            out.write(text if text.endswith("\n\n") else text.rstrip("\n") + "\n\n")


def step_data(ud: Path, work: Path) -> None:
    """Combine EWT + GUM train and dev, and derive the tokenizer and MWT training files."""
    from stanza.utils.datasets import conllu_to_text, prepare_tokenizer_data
    from stanza.utils.datasets.contract_mwt import contract_mwt
    from stanza.utils.datasets.prepare_tokenizer_treebank import augment_punct, write_augmented_dataset

    for split in ("train", "dev"):
        _concat([ud / f"en_ewt-ud-{split}.conllu", ud / f"en_gum-ud-{split}.conllu"], work / f"{split}.conllu")
    # Augment punctuation (curly quotes, ellipses, brackets) as stanza does for its own tokenizers.
    write_augmented_dataset(str(work / "train.conllu"), str(work / "train.aug.conllu"), augment_punct)
    for split, conllu in (("train", "train.aug.conllu"), ("dev", "dev.conllu")):
        conllu_to_text.convert_text(str(work / conllu), str(work / f"{split}.txt"))
        prepare_tokenizer_data.main([str(work / f"{split}.txt"), str(work / conllu),
                                     "-o", str(work / f"{split}.toklabels"),
                                     "-m", str(work / f"{split}-mwt.json")])
    contract_mwt(str(work / "dev.conllu"), str(work / "dev.mwt-in.conllu"))


def _raw_sentences(paths: list[Path]):
    """Yield lower-cased token lists from plain-text files, JSON Lines files or folders of them."""
    import json
    for path in paths:
        files = sorted(path.rglob("*.txt")) + sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            for line in file.read_text(encoding="utf-8", errors="replace").splitlines():
                if file.suffix == ".jsonl":
                    line = json.loads(line).get("sentence_normalized") or ""
                tokens = [t.lower() for t in _RAW_TOKEN.findall(line)]
                if tokens:
                    yield tokens


def _conllu_sentences(path: Path):
    sent: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sent:
                yield sent
            sent = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                sent.append(cols[1].lower())


def step_vectors(work: Path, extra_text: list[Path]) -> None:
    """Train word2vec vectors on UD train plus unlabelled news text; save a stanza pretrain file."""
    from gensim.models import Word2Vec
    from stanza.models.common.pretrain import Pretrain

    sentences = list(_conllu_sentences(work / "train.conllu")) + list(_raw_sentences(extra_text))
    log.info("word2vec on %d sentences, %d tokens", len(sentences), sum(map(len, sentences)))
    model = Word2Vec(sentences, vector_size=VECTOR_DIM, window=5, min_count=2, sg=1, epochs=10,
                     workers=2, seed=1)
    vec_file = work / "vectors.vec.gz"
    words = model.wv.index_to_key[:VECTOR_VOCAB]
    with gzip.open(vec_file, "wt", encoding="utf-8") as out:
        out.write(f"{len(words)} {VECTOR_DIM}\n")
        for word in words:
            out.write(word + " " + " ".join(f"{x:.5f}" for x in model.wv[word]) + "\n")
    Pretrain(str(work / "pretrain.pt"), str(vec_file), max_vocab=VECTOR_VOCAB + 10).load()


def step_lemma(work: Path) -> None:
    """Dictionary lemmatizer (seconds to train)."""
    _run([sys.executable, "-m", "stanza.models.lemmatizer", "--dict_only",
          "--shorthand", SHORTHAND, "--train_file", str(work / "train.conllu"),
          "--eval_file", str(work / "dev.conllu"), "--output_file", str(work / "dev.lemma.pred.conllu"),
          "--save_dir", str(work), "--save_name", "lemma.pt",
          "--mode", "train"], work / "lemma.log")


def step_tokenize(work: Path) -> None:
    """Character-level tokenizer and sentence splitter."""
    _run([sys.executable, "-m", "stanza.models.tokenizer", "--mode", "train", "--lang", "en",
          "--shorthand", SHORTHAND, "--txt_file", str(work / "train.txt"),
          "--label_file", str(work / "train.toklabels"), "--mwt_json_file", str(work / "train-mwt.json"),
          "--dev_txt_file", str(work / "dev.txt"), "--dev_label_file", str(work / "dev.toklabels"),
          "--dev_conll_gold", str(work / "dev.conllu"), "--conll_file", str(work / "dev.tok.pred.conllu"),
          "--save_dir", str(work), "--save_name", "tokenize.pt", "--use_mwt", *TOKENIZE_ARGS],
         work / "tokenize.log")


def step_mwt(work: Path) -> None:
    """Multi-word token expander ("don't" -> "do n't")."""
    _run([sys.executable, "-m", "stanza.models.mwt_expander", "--mode", "train", "--lang", "en",
          "--shorthand", SHORTHAND, "--train_file", str(work / "train.conllu"),
          "--eval_file", str(work / "dev.mwt-in.conllu"), "--gold_file", str(work / "dev.conllu"),
          "--output_file", str(work / "dev.mwt.pred.conllu"), "--save_dir", str(work),
          "--save_name", "mwt.pt", *MWT_ARGS], work / "mwt.log")


def _fine_tune_args(warm_start: Path | None, fine_tune: bool, lr: float) -> list[str]:
    """The trainer arguments of ``--fine-tune`` (only with a warm start): Adam at ``lr``, no second stage."""
    return [*FINE_TUNE_ARGS, "--lr", str(lr)] if warm_start and fine_tune else []


def step_pos(work: Path, warm_start: Path | None = None, gpu: bool = False, fine_tune: bool = False,
             lr: float = FINE_TUNE_LR) -> None:
    """UPOS/XPOS/feature tagger over the word vectors (``gpu``: with the GPU batch size).

    ``warm_start`` (a tagger model file, e.g. the one installed in the package) continues training
    from those weights with a fresh optimizer (:mod:`quotes.models.warm_tagger`; ``fine_tune``: Adam at
    a small learning rate ``lr``, no second stage).
    """
    trainer = ["quotes.models.warm_tagger", str(warm_start)] if warm_start else ["stanza.models.tagger"]
    extra = _fine_tune_args(warm_start, fine_tune, lr)
    _run([sys.executable, "-m", *trainer, "--mode", "train", "--lang", "en",
          "--shorthand", SHORTHAND, "--train_file", str(work / "train.conllu"),
          "--eval_file", str(work / "dev.conllu"), "--output_file", str(work / "dev.pos.pred.conllu"),
          "--wordvec_pretrain_file", str(work / "pretrain.pt"), "--save_dir", str(work),
          "--save_name", "pos.pt", *POS_ARGS, *(GPU_ARGS["pos"] if gpu else []), *extra], work / "pos.log")


def step_depparse(work: Path, warm_start: Path | None = None, gpu: bool = False, fine_tune: bool = False,
                  lr: float = FINE_TUNE_LR) -> None:
    """Biaffine dependency parser over words, characters, lemmas and the word vectors.

    ``warm_start`` (a parser model file, e.g. the one installed in the package) continues training
    from those weights with a fresh optimizer instead of starting from scratch (``fine_tune``: with
    Adam at the small learning rate ``lr``); ``gpu`` uses the GPU batch size.
    """
    extra = ["--continue_from", str(warm_start)] if warm_start else []
    extra += _fine_tune_args(warm_start, fine_tune, lr)
    extra += GPU_ARGS["depparse"] if gpu else []
    _run([sys.executable, "-m", "stanza.models.parser", "--mode", "train", "--lang", "en",
          "--shorthand", SHORTHAND, "--train_file", str(work / "train.conllu"),
          "--eval_file", str(work / "dev.conllu"), "--output_file", str(work / "dev.depparse.pred.conllu"),
          "--wordvec_pretrain_file", str(work / "pretrain.pt"), "--save_dir", str(work),
          "--save_name", "depparse.pt", *DEPPARSE_ARGS, *extra], work / "depparse.log")


def half_precision_copy(src: Path, dest: Path, batch_size: int | None = None) -> None:
    """Copy a stanza model file, casting its model weights to float16 (halves the size) and setting
    the batch size the Pipeline will parse with (``batch_size``; a GPU-sized one slows a CPU down).

    Pretrained word vectors stay float32: stanza uses them as they are stored.
    """
    import torch
    state = torch.load(src, map_location="cpu", weights_only=False)
    state.pop("optimizer", None)
    if batch_size is not None and isinstance(state.get("config"), dict):
        state["config"].update(batch_size=batch_size, device="cpu")
    part = state.get("model")
    if isinstance(part, dict):  # the Pipeline copies these into float32 parameters on load
        state["model"] = {k: v.half() if torch.is_tensor(v) and v.is_floating_point() else v
                          for k, v in part.items()}
    torch.save(state, dest)


def step_install(work: Path, dest: Path = PACKAGE_MODELS) -> None:
    """Copy the trained models into the package directory as float16."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("tokenize", "mwt", "pos", "lemma", "depparse", "pretrain"):
        src = work / f"{name}.pt"
        if src.exists():
            half_precision_copy(src, dest / f"{name}.pt", INFERENCE_BATCH.get(name))
            log.info("installed %s (%.1f MB)", dest / f"{name}.pt", (dest / f"{name}.pt").stat().st_size / 1e6)
        else:
            log.warning("no %s model in %s yet; not installed", name, work)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: run the requested build steps in order, skipping finished ones."""
    parser = argparse.ArgumentParser(prog="python -m quotes.models.build", description=__doc__.split("\n")[0])
    parser.add_argument("--ud", type=Path, required=True, help="folder with en_ewt-ud-*.conllu and en_gum-ud-*.conllu")
    parser.add_argument("--extra-text", type=Path, nargs="*", default=[],
                        help="unlabelled text (files or folders of .txt/.jsonl) for the word vectors")
    parser.add_argument("--work", type=Path, default=Path("build/models"), help="working folder")
    parser.add_argument("--steps", nargs="*", choices=STEPS, default=list(STEPS))
    parser.add_argument("--force", action="store_true", help="redo steps whose output exists")
    parser.add_argument("--warm-start", type=Path, default=None,
                        help="parser model to continue training from (e.g. quotes/models/en/depparse.pt)")
    parser.add_argument("--warm-start-pos", type=Path, default=None,
                        help="continue the tagger from this model file (same data and vectors)")
    parser.add_argument("--fine-tune", action="store_true",
                        help="with --warm-start / --warm-start-pos: continue with Adam at a small learning rate")
    parser.add_argument("--lr", type=float, default=FINE_TUNE_LR, help="the learning rate of --fine-tune")
    parser.add_argument("--gpu", action="store_true", help="train the tagger and parser with GPU batch sizes")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    args.work.mkdir(parents=True, exist_ok=True)
    actions = {"data": lambda: step_data(args.ud, args.work),
               "vectors": lambda: step_vectors(args.work, args.extra_text),
               "lemma": lambda: step_lemma(args.work), "tokenize": lambda: step_tokenize(args.work),
               "mwt": lambda: step_mwt(args.work),
               "pos": lambda: step_pos(args.work, args.warm_start_pos, args.gpu, args.fine_tune, args.lr),
               "depparse": lambda: step_depparse(args.work, args.warm_start, args.gpu, args.fine_tune, args.lr),
               "install": lambda: step_install(args.work)}
    for step in STEPS:
        if step not in args.steps:
            continue
        marker = args.work / f"{step}.done"
        if step != "install" and marker.exists() and not args.force:
            log.info("step %s: done already (%s exists)", step, marker)
            continue
        started = time.time()
        log.info("step %s: start", step)
        actions[step]()
        marker.write_text(f"{time.time() - started:.0f} s\n")
        log.info("step %s: finished in %.0f s", step, time.time() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
