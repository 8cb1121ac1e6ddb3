"""Batch runs: results written per document, resume after a kill, and Dask workers."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import SEED, SHARED


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    """A folder of articles: the example, two PolNeAR dev texts when ../shared is present, one bad file."""
    folder = tmp_path_factory.mktemp("articles")
    shutil.copy(SEED, folder / "a_seed.txt")
    dev = SHARED / "polnear" / "dev" / "text"
    extra = sorted(dev.glob("*.txt"))[:2] if dev.exists() else []
    for i, path in enumerate(extra):
        shutil.copy(path, folder / f"b{i}_{path.name}")
    if not extra:  # without ../shared: the example again under other ids
        for i in range(2):
            shutil.copy(SEED, folder / f"b{i}_copy.txt")
    (folder / "c_bad.txt").write_bytes(b"\xff\xfe\x00binary")
    (folder / "d_short.txt").write_text('"We will win," the coach said.', encoding="utf-8")
    return folder


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def single_run(corpus_dir, tmp_path_factory, pipeline):
    from quotes.batch import run_extract
    out = tmp_path_factory.mktemp("single") / "quotes.jsonl"
    summary = run_extract([str(corpus_dir)], out, errors=out.with_suffix(".errors"), pipeline=pipeline,
                          progress=False)
    return out, summary


def test_batch_writes_every_document_and_logs_errors(single_run):
    out, summary = single_run
    assert summary.documents == 4 and summary.errors == 1
    records = _lines(out)
    assert len(records) == summary.quotations > 12
    assert {"a_seed", "d_short"} <= {r["doc_id"] for r in records}
    done = out.with_name(out.name + ".done").read_text().split()
    assert len(done) == 5 and "c_bad" in done
    assert "c_bad" in out.with_suffix(".errors").read_text()


def test_resume_after_kill_has_no_duplicates_or_losses(single_run, corpus_dir, tmp_path, pipeline):
    from quotes.batch import run_extract
    full, _ = single_run
    records = _lines(full)
    out = tmp_path / "quotes.jsonl"
    # A run killed while writing its second document: the first is done, the second half-written.
    first = [r for r in records if r["doc_id"] == "a_seed"]
    second = [r for r in records if r["doc_id"] != "a_seed"][:1]
    out.write_text("".join(json.dumps(r) + "\n" for r in first + second) + '{"doc_id": "b0', encoding="utf-8")
    (tmp_path / "quotes.jsonl.done").write_text("a_seed\n", encoding="utf-8")
    summary = run_extract([str(corpus_dir)], out, resume=True, pipeline=pipeline, progress=False)
    assert summary.skipped == 1 and summary.documents == 3
    resumed = _lines(out)
    key = lambda r: (r["doc_id"], r["quote_id"])  # noqa: E731
    assert sorted(map(key, resumed)) == sorted(map(key, records))
    assert len(set(map(key, resumed))) == len(resumed)


def test_dask_local_cluster_gives_the_same_quotations(single_run, corpus_dir, tmp_path):
    pytest.importorskip("dask.distributed", reason="dask[distributed] is a dependency")
    from quotes.batch import run_extract
    from quotes.model_files import PACKAGE_MODELS
    full, _ = single_run
    out = tmp_path / "quotes.jsonl"
    summary = run_extract([str(corpus_dir)], out, models=str(PACKAGE_MODELS), workers=2, chunk_size=1,
                          progress=False)
    assert summary.documents == 4 and summary.errors == 1
    assert _lines(out) == _lines(full)  # same records, same order


def test_parsing_only_relevant_paragraphs_changes_nothing(pipeline):
    from tests.conftest import needs_shared
    from quotes.extraction import extract_articles
    from quotes.reading import read_articles
    dev = needs_shared("polnear", "dev", "text")
    articles = list(read_articles(sorted(dev.glob("*.txt"))[:4]))
    key = lambda r: (r.doc_id, r.start, r.end, r.kind, r.speaker, r.cue_start)  # noqa: E731
    fast = [key(q) for res in extract_articles(articles, pipeline=pipeline, stance=False) for q in res.quotations]
    full = [key(q) for res in extract_articles(articles, pipeline=pipeline, stance=False, parse_all=True)
            for q in res.quotations]
    assert fast == full and len(fast) > 10


def test_a_paragraph_where_a_learned_cue_may_report_is_parsed_and_a_short_label_is_not():
    from quotes.extraction import relevant
    from quotes.marks import paragraphs
    text = ("Coal Plan.\n\nTom Clarke, a nursing home owner, concocted a strategy to cut emissions.\n\n"
            "Correction Appended.\n\nABSTRACT.")  # (the two paragraphs before a kept one are kept too)
    kept = [text[s:e] for i, (s, e) in enumerate(paragraphs(text)) if i in relevant(text, paragraphs(text))]
    assert "Tom Clarke, a nursing home owner, concocted a strategy to cut emissions." in kept
    assert "Correction Appended." not in kept and "ABSTRACT." not in kept
    signed = '"We will win."\n\n- Clinton.\n\nABSTRACT.'
    assert [signed[s:e] for i, (s, e) in enumerate(paragraphs(signed)) if i in relevant(signed, paragraphs(signed))] \
        == ['"We will win."', "- Clinton."]
