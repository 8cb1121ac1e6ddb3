"""The stance classifier: offline loading, label set, score range, targets, and the example article."""

from __future__ import annotations

import pytest

from quotes.stance import LABELS


def test_classifier_loads_offline_and_labels_in_range(monkeypatch):
    import socket

    from quotes import classify_stance
    from quotes.stance import load_stance_model

    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    load_stance_model.cache_clear()
    monkeypatch.setattr(socket.socket, "connect", refuse)
    text = "Critics said the senator's reckless plan would ruin the economy."
    label, score = classify_stance(text, target=(text.index("senator"), text.index("senator") + 7))
    assert label in LABELS and -1.0 <= score <= 1.0
    assert label == "critical" and score < 0
    text = "The mayor praised the volunteers for their extraordinary courage and generosity."
    span = (text.index("volunteers"), text.index("volunteers") + 10)
    assert classify_stance(text, target=span)[0] == "supportive"


def test_bad_target_span_is_an_error():
    from quotes import classify_stance
    with pytest.raises(ValueError, match="not inside the text"):
        classify_stance("Short text.", target=(5, 50))


def _by_speaker(records, speaker, fragment):
    return next(r for r in records if r.speaker == speaker and fragment in r.text)


def test_example_article_stances(seed_quotes):
    us = _by_speaker(seed_quotes, "US", "grave concern")
    assert (us.stance, us.stance_target) == ("critical", "Taliban")
    biden = _by_speaker(seed_quotes, "Joe Biden", "recipe for being there")
    assert biden.stance == "critical"
    state = _by_speaker(seed_quotes, "State Department", "press the Taliban")
    assert (state.stance, state.stance_target) == ("critical", "Taliban")
    for record in seed_quotes:
        assert record.stance in LABELS and -1 <= record.stance_score <= 1
        assert [s["stance"] for s in record.stances][:1] == [record.stance]


def test_named_targets(seed_text, pipeline):
    from quotes import extract
    records = extract(seed_text, doc_id="seed", pipeline=pipeline, targets=["Taliban", "Kandahar"])
    for record in records:
        targets = [s["target"] for s in record.stances]
        assert "Kandahar" not in targets  # no quotation mentions Kandahar
        if targets:
            assert targets == ["Taliban"] and record.stance_target == "Taliban"
            s = record.stances[0]
            assert seed_text[s["target_start"]:s["target_end"]].lower() == "taliban"
        else:
            assert record.stance is None and record.stance_score is None
    assert any(r.stances for r in records) and any(not r.stances for r in records)


def test_named_target_through_a_pronoun(pipeline):
    from quotes import extract
    text = ("The Taliban seized two more provincial capitals on Sunday.\n"
            "\"They are destroying everything we built,\" a local official said.")
    records = extract(text, pipeline=pipeline, targets=["Taliban"])
    record = next(r for r in records if r.text.startswith("They are"))
    target = record.stances[0]
    assert record.stance_target == "Taliban" and text[target["target_start"]:target["target_end"]] == "They"
    assert record.stance == "critical"


def test_a_quotation_longer_than_the_classifier_window_still_gets_a_stance(pipeline):
    from quotes import extract
    body = " ".join(["we will keep working on the roads and the schools and the water pipes of this town"] * 12)
    text = f'"{body.capitalize()}," the mayor said on Tuesday.'
    records = extract(text, pipeline=pipeline)
    record = next(r for r in records if r.kind == "direct")
    assert record.speaker_mention == "the mayor"
    assert record.stance in LABELS and record.stances


def test_bfloat16_gives_the_float32_labels_on_newsmtsc_dev(monkeypatch):
    from tests.conftest import needs_shared
    import quotes.stance as stance
    from quotes.models.train_stance import read_newsmtsc
    if not stance.bfloat16_is_fast():
        pytest.skip("this CPU has no fast bfloat16; the classifier runs in float32 here")
    examples = read_newsmtsc(needs_shared("newsmtsc", "dev.jsonl"))[:64]
    texts, spans = [t for t, _, _ in examples], [s for _, s, _ in examples]
    model = stance.load_stance_model()
    fast = model.predict(texts, spans)
    monkeypatch.setattr(stance, "bfloat16_is_fast", lambda: False)
    exact = model.predict(texts, spans)
    assert [label for label, _ in fast] == [label for label, _ in exact]
    assert max(abs(a - b) for (_, a), (_, b) in zip(fast, exact)) < 0.05


def test_stance_over_a_batch_of_documents_equals_stance_one_document_at_a_time(seed_text, seed_quotes, pipeline):
    from quotes import article_from_text, extract
    from quotes.extraction import extract_articles
    other = ('"They are destroying everything we built," a local official said of the Taliban. '
             'The mayor praised the volunteers, calling them "the heroes of this town."')
    alone = [seed_quotes, extract(other, doc_id="other", pipeline=pipeline)]
    batch = [r.quotations for r in extract_articles(
        [article_from_text(seed_text, "seed"), article_from_text(other, "other")], pipeline=pipeline)]
    assert [[(q.text, q.stances) for q in records] for records in batch] == \
        [[(q.text, q.stances) for q in records] for records in alone]
    assert len(batch[1]) >= 2 and all(q.stance in LABELS for records in batch for q in records)
