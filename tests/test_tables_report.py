"""The pandas tables, saving and loading, charts and the report, on the example article and edge cases."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from tests.conftest import SEED


@pytest.fixture(scope="module")
def corpus(pipeline):
    """The example article analysed into a Corpus."""
    from quotes import analyze
    return analyze(SEED, pipeline=pipeline, progress=False)


def test_speaker_table_of_the_example(corpus):
    speakers = corpus.speakers.set_index("speaker")
    assert list(speakers.index[:3]) == ["John Kirby", "US", "Joe Biden"]
    assert set(speakers.index) == {"John Kirby", "Joe Biden", "US", "State Department", "officials"}
    kirby = speakers.loc["John Kirby"]
    assert kirby["quotes"] == 4 and kirby["direct"] + kirby["mixed"] == 3 and kirby["indirect"] == 1
    assert speakers.loc["Joe Biden", ["mixed", "indirect"]].tolist() == [1, 1]
    assert speakers.loc["John Kirby", "roles"] == ["Pentagon spokesman"]
    assert speakers.loc["State Department", "speaker_type"] == "organization"
    stance_total = speakers[["critical", "neutral", "supportive"]].sum(axis=1)
    assert (stance_total == speakers["quotes"]).all()  # every quotation has a stance
    assert speakers["first_date"].iat[0] == pd.Timestamp("2021-08-10")


def test_quote_columns_and_dtypes(corpus):
    from quotes.tables import QUOTE_COLUMNS
    quotes = corpus.quotes
    assert tuple(quotes.columns) == QUOTE_COLUMNS
    assert quotes["date"].dtype == "datetime64[ns]" and quotes["start"].dtype == "int64"
    assert quotes["cue_start"].dtype == "Int64" and quotes["stance_score"].dtype == "float64"
    text = SEED.read_text(encoding="utf-8")
    for row in quotes.itertuples():
        assert text[row.start:row.end] == row.text
        assert row.stance in ("critical", "neutral", "supportive") and -1 <= row.stance_score <= 1


def test_speaker_stance_tidy_and_wide(corpus):
    tidy = corpus.by_speaker_stance()
    assert list(tidy.columns) == ["speaker", "speaker_id", "stance", "quotes", "share"]
    assert len(tidy) == 3 * len(corpus.speakers)
    shares = tidy.groupby("speaker_id")["share"].sum()
    assert all(abs(s - 1) < 1e-9 for s in shares)
    wide = corpus.by_speaker_stance(wide=True).set_index("speaker")
    kirby = tidy[tidy["speaker"] == "John Kirby"].set_index("stance")["quotes"]
    assert wide.loc["John Kirby", "critical"] == kirby["critical"]


def test_filters(corpus):
    assert len(corpus.speaker("john kirby").quotes) == 4
    assert len(corpus.speaker("joe-biden").quotes) == 2
    assert set(corpus.of_type("organization").quotes["speaker"]) == {"US", "State Department"}
    assert len(corpus.between("2021-08-01", "2021-08-31").quotes) == len(corpus.quotes)
    assert corpus.between(start="2022-01-01").quotes.empty
    empty = corpus.speaker("Nobody")
    assert empty.quotes.empty and list(empty.speakers.columns) == list(corpus.speakers.columns)
    assert list(corpus.by_document()["quotes"]) == [len(corpus.quotes)]


def test_save_and_load_round_trip(corpus, tmp_path):
    import quotes
    corpus.to_parquet(tmp_path / "pq")
    corpus.to_jsonl(tmp_path / "c.jsonl")
    for path in (tmp_path / "pq", tmp_path / "c.jsonl"):
        loaded = quotes.load(path)
        pd.testing.assert_frame_equal(loaded.quotes, corpus.quotes)
        pd.testing.assert_frame_equal(loaded.documents, corpus.documents)


def test_csv_round_trip_with_awkward_text(tmp_path):
    from quotes.corpus import read_quotes_csv, write_csv
    from quotes.records import Quotation
    from quotes.tables import quotes_frame
    awkward = 'He said, "no"\nthen left; café, 50%\r\n ‘fine’'
    records = [Quotation("d1", "d1-q1", "direct", awkward, 3, 3 + len(awkward), spans=[[3, 9]],
                         cue="said", cue_start=0, cue_end=4, speaker="A, B", stance="neutral",
                         stance_score=0.0, stances=[{"target": "x", "stance": "neutral"}]),
               Quotation("d1", "d1-q2", "indirect", "x", 0, 1)]  # unknown fields stay None
    frame = quotes_frame(records)
    write_csv(frame, tmp_path / "q.csv")
    raw = (tmp_path / "q.csv").read_bytes()
    assert raw.count(b"\r\n") >= 3 and '"He said, ""no""'.encode() in raw
    pd.testing.assert_frame_equal(read_quotes_csv(tmp_path / "q.csv"), frame)


def test_empty_corpus_has_documented_columns(pipeline, tmp_path):
    from quotes import analyze, article_from_text
    from quotes.report import write_report
    from quotes.tables import QUOTE_COLUMNS, SPEAKER_COLUMNS
    corpus = analyze([article_from_text("Nothing is quoted here at all.", "empty")], pipeline=pipeline,
                     progress=False)
    assert corpus.quotes.empty and tuple(corpus.quotes.columns) == QUOTE_COLUMNS
    assert corpus.speakers.empty and tuple(corpus.speakers.columns) == SPEAKER_COLUMNS
    assert corpus.by_speaker_stance().empty
    page = write_report(corpus, tmp_path / "r")
    assert "0 quotation(s)" in page.read_text(encoding="utf-8")


def test_charts_are_figures_and_deterministic(corpus, tmp_path):
    from matplotlib.figure import Figure
    from quotes import charts
    figures = charts.all_charts(corpus.quotes)
    assert set(figures) == {"quotes_per_speaker", "stance_shares", "speaker_types", "kind_shares", "top_cues"}
    assert all(isinstance(f, Figure) for f in figures.values())
    assert charts.quotes_over_time(corpus.quotes) is None  # one day only
    first = charts.save_charts(corpus.quotes, tmp_path / "a")
    second = charts.save_charts(corpus.quotes, tmp_path / "b")
    for name, path in first.items():
        assert path.read_bytes() == second[name].read_bytes()
        assert path.with_suffix(".svg").read_bytes() == second[name].with_suffix(".svg").read_bytes()
    labels = [t.get_text() for t in figures["quotes_per_speaker"].axes[0].get_yticklabels()]
    assert labels[-1] == "John Kirby"


def test_quotes_over_time_with_several_dates(corpus):
    from quotes import charts
    later = corpus.quotes.copy()
    later["date"] = later["date"] + pd.Timedelta(days=5)
    fig = charts.quotes_over_time(pd.concat([corpus.quotes, later], ignore_index=True))
    assert fig is not None and len(fig.axes[0].get_lines()) == len(corpus.speakers)


def test_report_html(corpus, tmp_path):
    from quotes.report import write_report
    page = write_report(corpus, tmp_path / "report", title="Seed")
    html = page.read_text(encoding="utf-8")
    assert html.count('src="data:image/png;base64,') == 5
    assert not re.search(r'(src|href)="(https?:)?//', html)  # self-contained
    for name in ("John Kirby", "Joe Biden", "State Department", "officials"):
        assert f">{name}</a>" in html
    assert "<td>Pentagon spokesman</td>" in html  # John Kirby's role
    assert "<mark>Not much.</mark>" in html
    for name in ("report.md", "quotes.csv", "speakers.csv", "speaker_stance.csv", "charts/top_cues.png"):
        assert (tmp_path / "report" / name).is_file()
    speakers = pd.read_csv(tmp_path / "report" / "speakers.csv")
    assert speakers["speaker"].iloc[0] == "John Kirby"


def test_a_one_word_name_joins_the_full_name_the_run_quotes_across_documents(pipeline, tmp_path):
    from quotes import analyze, article_from_text, load
    articles = [
        article_from_text("Barack Obama said the economy was growing. Obama added that wages were rising.", "a"),
        article_from_text("Obama said the deal was good for workers.", "b"),
        article_from_text("Michelle Obama said the garden was thriving.", "c"),
        article_from_text("Barack Obama said the plan would pass.", "d"),
        article_from_text("Barack Obama said the talks were over.", "e"),
        article_from_text("Barack Obama said the vote was close.", "f"),
    ]
    corpus = analyze(articles, pipeline=pipeline, stance=False, progress=False)
    by_document = corpus.quotes.set_index("doc_id")
    assert by_document.loc["b", "speaker_mention"] == "Obama"  # what the text says stays
    assert (by_document.loc["b", "speaker"], by_document.loc["b", "speaker_id"]) == ("Barack Obama", "barack-obama")
    assert by_document.loc["c", "speaker"] == "Michelle Obama"
    speakers = corpus.speakers.set_index("speaker")
    assert "Obama" not in speakers.index and speakers.loc["Barack Obama", "documents"] == 5
    corpus.to_jsonl(tmp_path / "quotes.jsonl")
    assert load(tmp_path / "quotes.jsonl").speakers.set_index("speaker").loc["Barack Obama", "documents"] == 5


@pytest.mark.parametrize("people,expected", [
    pytest.param([("Barack Obama", "a"), ("Obama", "b"), ("Michelle Obama", "c")], {},
                 id="no clear majority"),
    pytest.param([("Barack Obama", "a"), ("Barack Obama", "d"), ("Barack Obama", "e"), ("Obama", "b"),
                  ("Michelle Obama", "c")], {"Obama": "Barack Obama"}, id="three documents in four"),
    pytest.param([("Obama", "b"), ("Kirby", "c")], {}, id="nobody named in full"),
    pytest.param([("Donald J. Trump", "a"), ("Donald Trump", "b"), ("Donald Trump", "c"), ("Trump", "d")],
                 {"Donald J. Trump": "Donald Trump", "Trump": "Donald Trump"}, id="a middle initial"),
    pytest.param([("George W. Bush", "a"), ("George H.W. Bush", "b"), ("George Bush", "c")], {},
                 id="two middle initials are two people"),
    pytest.param([("Donald Trump Jr.", "a"), ("Donald Jr.", "b")], {}, id="a suffix is no last name"),
])
def test_one_word_names_across_documents(people, expected):
    from quotes.run_names import across_documents
    assert across_documents(people) == expected


def test_a_speakers_roles_come_most_used_first_each_once_whatever_its_case():
    from quotes.tables import quotes_frame, speakers_frame
    from quotes.records import Quotation
    roles = ["president", "President", "former senator", "president", "Sen."]
    records = [Quotation(doc_id="d", quote_id=f"d-q{i}", kind="indirect", text="it was fine", start=0, end=11,
                         speaker="Barack Obama", speaker_id="barack-obama", speaker_type="person", speaker_role=role)
               for i, role in enumerate(roles)]
    assert speakers_frame(quotes_frame(records)).loc[0, "roles"] == ["president", "former senator", "Sen."]


def test_an_organizations_short_name_joins_its_full_name_across_documents():
    from quotes.run_names import across_documents
    outlets = [("Times", "a"), ("New York Times", "b"), ("New York Times", "c"), ("House Committee", "d"),
               ("House Intelligence Committee", "e")]
    assert across_documents(outlets, middle_names=False) == {"Times": "New York Times"}


def test_merging_speakers_across_documents_twice_changes_nothing_more():
    from quotes.run_names import across_documents
    people = [("Donald J. Trump", "a"), ("Donald Trump", "b"), ("Donald Trump", "c"), ("Trump", "d"), ("Clinton", "e"),
              ("Hillary Clinton", "f"), ("Bill Clinton", "g")]
    mapping = across_documents(people)
    assert mapping and across_documents([(mapping.get(n, n), d) for n, d in people]) == {}
