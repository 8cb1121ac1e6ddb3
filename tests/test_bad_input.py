"""Bad input on the whole pipeline: no quotations, refused files, unbalanced marks, large texts, a batch that
skips bad documents, a stance model that fails."""

from __future__ import annotations

import json

import pytest

from quotes import InputError, extract
from quotes.cli import main as cli_main
from tests.conftest import check_offsets


def test_no_quotes(pipeline):
    assert extract("The sun rose over the hills. Farmers went to work.", pipeline=pipeline) == []


@pytest.mark.parametrize("text", ["", "   \n\t", "abc\x00def"])
def test_refused_input(pipeline, text):
    with pytest.raises(InputError):
        extract(text, pipeline=pipeline)


def test_unbalanced_marks_do_not_crash(pipeline):
    text = 'He said "this never ends.\nThen the minister said "we are done" and left.\n"Dangling'
    records = extract(text, pipeline=pipeline)
    check_offsets(text, records)
    assert any(r.text == "we are done" for r in records)


def test_large_text(pipeline):
    paragraph = 'The council met again. "We need more time," the mayor said.\n'
    text = paragraph * (5_000_000 // len(paragraph))
    with pytest.raises(InputError, match="too large"):
        extract(text, pipeline=pipeline)


def test_cli_batch_skips_bad_documents(tmp_path, seed_text, capsys):
    (tmp_path / "good.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 \"ol\xe9\" he said.".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert cli_main(["extract", str(tmp_path), "-o", str(out), "--errors", str(errors)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows and {r["doc_id"] for r in rows} == {"good"}
    skipped = {json.loads(line)["doc_id"] for line in errors.read_text().splitlines()}
    assert skipped == {"empty", "latin1", "binary"}
    assert "skipped latin1: " in capsys.readouterr().err


def test_a_stance_failure_keeps_the_quotations_and_warns(pipeline, monkeypatch):
    import quotes.extraction as extraction
    from quotes import article_from_text
    from quotes.stance import add_stance

    def broken_batch(*args, **kwargs):
        raise RuntimeError("batch failed")

    def broken_for_d1(text, records, sentences, targets=None):
        if "Schmidt" in text:
            raise RuntimeError("classifier unavailable")
        add_stance(text, records, sentences, targets)
    monkeypatch.setattr(extraction, "add_stance_to_documents", broken_batch)
    monkeypatch.setattr(extraction, "add_stance", broken_for_d1)
    texts = {"d1": '"We will not back down," Mayor Anna Schmidt said on Tuesday.',
             "d2": '"The plan is a disaster," Senator Tom Reed said.'}
    results = list(extraction.extract_articles([article_from_text(t, d) for d, t in texts.items()], pipeline=pipeline))
    assert [r.error for r in results] == [None, None]
    assert [[q.speaker for q in r.quotations] for r in results] == [["Anna Schmidt"], ["Tom Reed"]]
    assert results[0].warnings == ["d1: stance left out (RuntimeError: classifier unavailable)"]
    assert results[0].quotations[0].stance is None and results[1].quotations[0].stance is not None
    assert results[1].warnings == []
