"""The offline pipeline: model resolution, clear errors, and a sane parse of the seed article."""

from __future__ import annotations

import socket

import pytest

from quotes import extract
from quotes.model_files import PACKAGE_MODELS, PROCESSORS, ModelsError, plan_models
from quotes.parsing import load_pipeline, parse_spans
from tests.conftest import needs_shared, only, sentence_from_rows


@pytest.fixture()
def no_network(monkeypatch):
    """Fail any attempt to open a network connection."""
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")
    monkeypatch.setattr(socket.socket, "connect", refuse)


def _word(sentences, text):
    return next(w for s in sentences for w in s.words if w.text == text)


def _sentence_of(sentences, word):
    return next(s for s in sentences if word in s.words)


def test_shipped_models_are_complete():
    plan = plan_models(PACKAGE_MODELS)
    assert set(plan.paths) == set(PROCESSORS)
    assert set(plan.sources.values()) == {"own"}
    assert plan.pretrain is not None


def test_seed_parse_offline(seed_text, no_network, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    nlp = load_pipeline(PACKAGE_MODELS)
    start = seed_text.index("When asked")
    end = seed_text.index("\n", start)
    sentences = parse_spans(nlp, seed_text, [(start, end)])
    responded = _word(sentences, "responded")
    subjects = [w.text for w in _sentence_of(sentences, responded).children(responded.index) if w.deprel == "nsubj"]
    assert subjects == ["Kirby"]
    for s in sentences:
        for w in s.words:
            assert seed_text[w.start:w.end] == w.text or len(w.text) < w.end - w.start


def test_state_department_is_subject_of_said(seed_text, pipeline):
    start = seed_text.index("The US envoy")
    end = seed_text.index("\n", start)
    sentences = parse_spans(pipeline, seed_text, [(start, end)])
    said = _word(sentences, "said")
    sentence = _sentence_of(sentences, said)
    subject = [w for w in sentence.children(said.index) if w.deprel == "nsubj"]
    assert [w.text for w in subject] == ["Department"]


def test_missing_models_directory(tmp_path):
    with pytest.raises(ModelsError, match="does not exist"):
        plan_models(tmp_path / "nowhere")


def test_empty_models_directory(tmp_path):
    with pytest.raises(ModelsError, match="holds no stanza models"):
        plan_models(tmp_path)


def test_corrupt_models_directory(tmp_path):
    for name in PROCESSORS:
        (tmp_path / f"{name}.pt").write_bytes(b"this is not a model")
    with pytest.raises(ModelsError, match="could not load"):
        load_pipeline(tmp_path)


def test_official_tokenizer_from_shared(monkeypatch, seed_text):
    resources = needs_shared("stanza_resources")
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(resources))
    monkeypatch.delenv("QUOTES_MODELS", raising=False)
    plan = plan_models()
    assert plan.sources["tokenize"] == "official" and plan.sources["mwt"] == "official"
    assert plan.sources["depparse"] == "own"
    nlp = load_pipeline()
    sentences = parse_spans(nlp, seed_text, [(0, seed_text.index("\n"))])
    assert [w.text for w in sentences[0].words][:3] == ["Afghanistan", ":", "US"]


def test_failed_download_is_one_clear_error(tmp_path, monkeypatch):
    import stanza

    def unreachable(*args, **kwargs):
        raise ConnectionError("Failed to resolve 'raw.githubusercontent.com'\nmore detail")
    monkeypatch.setattr(stanza, "download", unreachable)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    monkeypatch.delenv("QUOTES_MODELS", raising=False)
    with pytest.raises(ModelsError) as info:
        plan_models(download=True)
    assert "could not download" in str(info.value) and "\n" not in str(info.value)


def test_single_root_tree_matches_stanza_decoder():
    """The fast decoder returns stanza's Chu-Liu-Edmonds tree, with one root, on easy and cyclic scores."""
    import numpy as np
    from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

    from quotes.fast_depparse import single_root_tree
    rng = np.random.default_rng(7)
    for trial in range(400):
        n = int(rng.integers(2, 30))
        # log-probabilities, as the parser gives; every other matrix has a strong planted tree
        # (each word's head to its left), so both the fast path and the search run
        logits = rng.normal(size=(n, n)) * 2
        if trial % 2 == 0:
            logits[np.arange(1, n), rng.integers(0, np.arange(1, n))] += 12
        scores = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        tree = single_root_tree(scores)
        assert list(tree) == list(chuliu_edmonds_one_root(scores))
        assert np.count_nonzero(tree[1:] == 0) == 1
    cyclic = np.log(np.full((4, 4), 0.01))
    cyclic[1, 2] = cyclic[2, 1] = 0.0  # words 1 and 2 each prefer the other: a cycle to break
    cyclic[3, 0] = -0.5
    assert list(single_root_tree(cyclic)) == list(chuliu_edmonds_one_root(cyclic))


def test_installed_models_carry_the_cpu_batch_size(tmp_path):
    import torch

    from quotes.models.build import INFERENCE_BATCH, half_precision_copy
    for name in ("pos", "depparse"):
        shipped = torch.load(PACKAGE_MODELS / f"{name}.pt", map_location="cpu", weights_only=False)
        assert shipped["config"]["batch_size"] == INFERENCE_BATCH[name]  # what the Pipeline parses with
    half_precision_copy(PACKAGE_MODELS / "pos.pt", tmp_path / "pos.pt", batch_size=7)
    copied = torch.load(tmp_path / "pos.pt", map_location="cpu", weights_only=False)
    assert copied["config"]["batch_size"] == 7 and copied["config"]["device"] == "cpu"
    assert "optimizer" not in copied
    assert all(v.dtype == torch.float16 for v in copied["model"].values() if v.is_floating_point())


def test_a_title_abbreviation_does_not_end_the_sentence(pipeline):
    text = "He said he doesn't care. Sen. Ted Cruz, meanwhile, warned that the bill would fail."
    sentences = parse_spans(pipeline, text, [(0, len(text))])
    assert [text[s.start:s.end] for s in sentences] == [
        "He said he doesn't care.", "Sen. Ted Cruz, meanwhile, warned that the bill would fail."]
    title, verb = _word(sentences, "Sen."), _word(sentences, "warned")
    assert text[title.start:title.end] == "Sen."
    assert (title.deprel, title.head) == ("nsubj", verb.index)  # the name with its title is the subject
    assert [w.text for w in sentences[0].words][3:5] == ["does", "n't"]  # a multi-word token survives the join
    assert [text[w.start:w.end] for w in sentences[0].words][3:5] == ["does", "n't"]  # each with its own offsets


def _tokens(text: str, sentences: list[list[str]]) -> list[list[dict]]:
    """stanza's token dicts for ``sentences`` of words found in order in ``text``."""
    out, at = [], 0
    for words in sentences:
        out.append([])
        for number, word in enumerate(words, 1):
            at = text.index(word, at)
            out[-1].append({"id": (number,), "text": word, "start_char": at, "end_char": at + len(word)})
            at += len(word)
    return out


def test_title_merge_keeps_offsets_and_numbers_tokens_anew():
    from quotes.parsing import merge_title_splits
    text = "Texas Sen. Ted Cruz said no. Mr. Smith left. Rep . Jones stayed."
    merged = merge_title_splits(_tokens(text, [["Texas", "Sen", "."], ["Ted", "Cruz", "said", "no", "."],
                                               ["Mr."], ["Smith", "left", "."], ["Rep", "."], ["Jones", "stayed", "."]]))
    assert [[t["text"] for t in s] for s in merged] == [
        ["Texas", "Sen.", "Ted", "Cruz", "said", "no", "."], ["Mr.", "Smith", "left", "."],
        ["Rep", "."], ["Jones", "stayed", "."]]  # "Rep ." (with a space) is no title: not joined
    assert all(text[t["start_char"]:t["end_char"]] == t["text"] for s in merged for t in s)
    assert [t["id"] for t in merged[0]] == [(n,) for n in range(1, 8)]


def test_a_break_after_one_capitalised_word_is_joined():
    """The tokenizer cut "RowVaughn" off as a sentence of its own; not a label with a colon, nor a break before a
    line of its own."""
    from quotes.parsing import merge_title_splits
    text = "RowVaughn Wells wept. Update: Police said more."
    merged = merge_title_splits(_tokens(text, [["RowVaughn"], ["Wells", "wept", "."], ["Update", ":"],
                                               ["Police", "said", "more", "."]]), text)
    assert [[t["text"] for t in s] for s in merged] == [
        ["RowVaughn", "Wells", "wept", "."], ["Update", ":"], ["Police", "said", "more", "."]]


def test_a_capitalised_its_stays_one_possessive_word(pipeline):
    """The tokenizer marks "Its" here as a multi-word token, which the expander split into "It" "s", making "It"
    the subject and the speaker mention "s hosts"."""
    text = "Its hosts don't hesitate to report that the economy is weak."
    words = parse_spans(pipeline, text, [(0, len(text))])[0].words
    assert [w.text for w in words[:3]] == ["Its", "hosts", "do"]
    record = only(extract(text, pipeline=pipeline))
    assert (record.speaker_mention, record.text) == ("Its hosts", "that the economy is weak")


def test_paragraphs_ending_in_a_title_word_parse_in_one_batch(pipeline):
    """stanza's batch joins paragraphs with a blank line and splits its sentences back at it: a
    paragraph ending in "U.S." is not merged with the next (which had left the first paragraph without
    sentences and the next one's words shifted: "Editor’s note: Donald" -> " not", "e", " Donal")."""
    from quotes.parsing import parse_spans
    text = ("Trump has pledged to ban all Muslims from entering the U.S.\n"
            "Zach Carter is a co-host of the podcast.\nEditor’s note: Donald Trump is a serial liar.")
    spans = [(0, 59), (60, 100), (101, len(text))]
    sentences = parse_spans(pipeline, text, spans)
    assert [s.paragraph for s in sentences] == [0, 1, 2]
    assert (sentences[0].start, sentences[0].end, sentences[1].start) == (0, 59, 60)
    assert [w.text for w in sentences[2].words][:5] == ["Editor", "’s", "note", ":", "Donald"]
    assert all(text[w.start:w.end] == w.text for s in sentences for w in s.words)


def test_other_tokenizer_postprocessors_take_stanzas_own_path(pipeline):
    import stanza.models.tokenization.utils as tokenization
    text = "Hello there. Bye now."
    doc = tokenization.postprocess_doc(_tokens(text, [["Hello", "there", "."], ["Bye", "now", "."]]),
                                       lambda sentences: [sentences[0] + sentences[1]], text)
    assert [[t["text"] for t in s] for s in doc] == [["Hello", "there", ".", "Bye", "now", "."]]
    assert doc[0][3]["start_char"] == 13


def test_labels_on_decoded_arcs_give_stanzas_own_parse(pipeline, seed_text, monkeypatch):
    """quotes.fast_depparse scores labels only on the decoded arcs: same heads and labels as stanza."""
    import stanza
    from stanza.models.depparse import model

    def parse():
        doc = pipeline(stanza.Document([], text=seed_text))
        return [(w.head, w.deprel) for s in doc.sentences for w in s.words]

    fast = parse()
    assert model.GraphParser.predict.__wrapped_by_quotes__
    monkeypatch.setattr(model.GraphParser, "predict", model.GraphParser.predict.stanza_predict)
    assert parse() == fast and len(fast) > 300


def test_fine_tuning_continues_a_model_with_adam_at_the_given_rate(tmp_path, monkeypatch):
    from quotes.models import build
    commands = []
    monkeypatch.setattr(build, "_run", lambda cmd, logfile: commands.append(cmd))
    build.main(["--ud", str(tmp_path), "--work", str(tmp_path), "--steps", "depparse",
                "--warm-start", "old.pt", "--fine-tune"])
    build.main(["--ud", str(tmp_path), "--work", str(tmp_path / "plain"), "--steps", "depparse"])
    build.main(["--ud", str(tmp_path), "--work", str(tmp_path / "tagger"), "--steps", "pos",
                "--warm-start-pos", "old-pos.pt", "--fine-tune", "--lr", "0.0005", "--gpu"])
    tuned, plain, tagger = commands
    assert tuned[tuned.index("--continue_from") + 1] == "old.pt" and tuned[tuned.index("--optim") + 1] == "adam"
    assert tuned[tuned.index("--lr") + 1] == "0.0002"
    assert "--optim" not in plain and "--continue_from" not in plain and "--lr" not in plain
    assert tagger[tagger.index("quotes.models.warm_tagger") + 1] == "old-pos.pt"
    assert tagger[tagger.index("--lr") + 1] == "0.0005" and tagger[tagger.index("--optim") + 1] == "adam"
    assert tagger[tagger.index("--batch_size", tagger.index("--batch_size") + 1) + 1] == "250"


def test_general_after_a_title_hangs_on_the_title():
    from quotes.title_repairs import repair_postpositive_titles
    sentence = sentence_from_rows([
        ("The", "DET", "DT", 1, "det"), ("state", "NOUN", "NN", 3, "nmod:poss"), ("'s", "PART", "POS", 1, "case"),
        ("attorney", "NOUN", "NN", 9, "nsubj"), ("general", "NOUN", "NN", 9, "ccomp"), (",", "PUNCT", ",", 6, "punct"),
        ("Lynn", "PROPN", "NNP", 4, "appos"), ("Fitch", "PROPN", "NNP", 6, "flat"), (",", "PUNCT", ",", 6, "punct"),
        ("said", "VERB", "VBD", -1, "root")])
    repair_postpositive_titles(sentence.words)
    general, lynn = sentence.words[4], sentence.words[6]
    assert (general.head, general.deprel, general.upos) == (3, "amod", "ADJ")
    assert lynn.head == 3  # the name in apposition moves to the title with it
