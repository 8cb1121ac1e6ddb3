"""Faster inference for stanza's graph parser, with the same trees and labels.

Two replacements, installed by :func:`install` when the pipeline is built:

- :func:`single_root_tree` decodes a tree without a search in the common case where every word's
  best head already forms a tree with one root (stanza's decoder is pure Python);
- :func:`predict_labelled` scores dependency labels only for the arcs of the decoded tree. Stanza
  scores every label for every pair of words (a sentence of n words: n x n x labels bilinear
  products), then keeps one arc per word; that was over half of the parser's time. Where a tree
  breaks a head constraint (two subjects of one verb) and stanza's repair needs every arc's
  labels, they are computed for that sentence alone, as stanza computes them.
"""

from __future__ import annotations

import numpy as np


def single_root_tree(scores):
    """Best dependency tree with exactly one root arc for the score matrix ``scores``.

    ``scores[d, h]`` scores word ``h`` as the head of word ``d`` (row and column 0 are the root).
    Returns the head of each word (index 0 is the root's own placeholder, 0). Each word taking its
    best-scoring head is the best tree of all whenever that choice is itself a tree with one root,
    so that case (most sentences) needs no search; otherwise the root arcs are lowered as stanza's
    own decoder does (so the best tree uses one of them) and the compiled Chu-Liu-Edmonds search of
    ``ufal.chu_liu_edmonds`` finds the tree. Same trees as stanza's pure-Python decoder, faster.
    """
    weights = np.array(scores, dtype=np.float64)
    np.fill_diagonal(weights, np.nan)
    heads = np.nanargmax(weights[1:], axis=1)
    if np.count_nonzero(heads == 0) == 1:
        tree = np.concatenate(([0], heads))
        ancestors = tree.copy()
        for _ in range(int(np.ceil(np.log2(len(tree)))) + 1):
            ancestors = ancestors[ancestors]
        if not ancestors.any():  # every word reaches the root: no cycle
            return tree
    from ufal.chu_liu_edmonds import chu_liu_edmonds
    scores = np.asarray(scores, dtype=np.float64)
    weights[:, 0] += scores[np.isfinite(scores)].min() * len(weights)
    weights[0] = np.nan
    tree = np.array(chu_liu_edmonds(weights)[0])
    tree[0] = 0
    return tree


def _with_ones(x):
    import torch
    return torch.cat([x, x.new_ones(*x.shape[:-1], 1)], -1)


def _arc_scores(model, lstm_outputs, size: int):
    """Head log-probabilities (batch x words x words), as stanza's ``forward_scores`` computes them."""
    import torch
    import torch.nn.functional as F
    unlabeled = model.unlabeled(lstm_outputs, lstm_outputs).squeeze(3)
    positions = torch.arange(size, device=lstm_outputs.device)
    offset = (positions.view(1, 1, -1) - positions.view(1, -1, 1)).expand(lstm_outputs.size(0), -1, -1)
    if model.args["linearization"]:
        lin = model.linearization(lstm_outputs, lstm_outputs).squeeze(3)
        unlabeled += F.logsigmoid(lin * torch.sign(offset).float())
    if model.args["distance"]:
        predicted = 1 + F.softplus(model.distance(lstm_outputs, lstm_outputs).squeeze(3))
        unlabeled += -torch.log((torch.abs(offset).float() - predicted) ** 2 / 2 + 1)
    unlabeled.masked_fill_(torch.eye(size, dtype=torch.bool, device=unlabeled.device).unsqueeze(0), -float("inf"))
    return F.log_softmax(unlabeled, 2)


def predict_labelled(model, word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma,
                     head, deprel, word_orig_idx, sentlens, wordlens, text, resolve_head_constraints=False):
    """Stanza's ``GraphParser.predict`` (same arguments and result: ``[head, deprel]`` per word of
    each sentence), with labels scored only on the decoded arcs."""
    import torch
    import torch.nn.functional as F
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.depparse.head_constraints import (find_head_constraint_violations,
                                                         resolve_head_constraint_violations)
    vocab = model.vocab["deprel"]
    lstm_outputs = model.embed(word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma,
                               head, deprel, word_orig_idx, sentlens, wordlens, text)
    arcs = _arc_scores(model, lstm_outputs, word.size(1)).cpu().numpy()
    scorer = model.deprel
    dependents = _with_ones(F.relu(scorer.W1(lstm_outputs)))  # (batch, words, hidden + 1)
    heads_side = _with_ones(F.relu(scorer.W2(lstm_outputs)))
    bilinear = scorer.scorer.W_bilin
    trees = [single_root_tree(arcs[i][:n, :n]) for i, n in enumerate(sentlens)]
    device = lstm_outputs.device
    rows = torch.tensor([i for i, n in enumerate(sentlens) for _ in range(1, n)], dtype=torch.long, device=device)
    deps = torch.tensor([j for n in sentlens for j in range(1, n)], dtype=torch.long, device=device)
    hds = torch.tensor([int(h) for tree in trees for h in tree[1:]], dtype=torch.long, device=device)
    weight = bilinear.weight.permute(2, 0, 1).contiguous()  # (labels, dependent, head)
    chosen = F.bilinear(dependents[rows, deps], heads_side[rows, hds], weight, bilinear.bias)
    labels = chosen.argmax(1).tolist()
    result, at = [], 0
    for i, n in enumerate(sentlens):
        tree, ids = trees[i], labels[at:at + n - 1]
        at += n - 1
        names = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in ids])
        if resolve_head_constraints and find_head_constraint_violations(tree, names):
            pairwise = bilinear(dependents[i:i + 1, :n], heads_side[i:i + 1, :n])  # stanza's own scores
            log_probs = F.log_softmax(pairwise, 3)[0].cpu().numpy()
            tree, ids = resolve_head_constraint_violations(arcs[i][:n, :n], log_probs, tree, vocab)
            names = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in ids])
        result.append([[int(h), name] for h, name in zip(tree[1:], names)])
    return result


def install() -> None:
    """Point stanza's graph parser at :func:`single_root_tree` and :func:`predict_labelled` (at
    inference only: training keeps stanza's own code)."""
    from stanza.models.depparse import head_constraints, model
    model.chuliu_edmonds_one_root = head_constraints.chuliu_edmonds_one_root = single_root_tree
    original = model.GraphParser.predict
    if getattr(original, "__wrapped_by_quotes__", False):
        return

    def predict(self, *args, resolve_head_constraints=False):
        if self.training or self.args.get("use_arc_embedding"):
            return original(self, *args, resolve_head_constraints=resolve_head_constraints)
        with __import__("torch").no_grad():
            return predict_labelled(self, *args, resolve_head_constraints=resolve_head_constraints)

    predict.__wrapped_by_quotes__ = True
    predict.stanza_predict = original  # kept for the test that compares both
    model.GraphParser.predict = predict
