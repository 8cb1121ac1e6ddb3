"""Readers: titles and glued dates, JSON Lines and CSV, bad files, paths and globs."""

from __future__ import annotations

import json

import pytest

from quotes.reading import (Article, InputError, ReadError, article_from_text, check_text, dateline_end, expand_paths,
                            read_articles)


def test_seed_title_and_glued_date(seed_text):
    article = article_from_text(seed_text, "seed")
    assert article.title == "Afghanistan: US envoy to press Taliban to end offensive"
    assert article.date == "August 10, 2021"
    assert seed_text[article.date_span[0]:article.date_span[1]] == "August 10, 2021"
    assert seed_text[article.body_start:].startswith("The US envoy")


def test_single_paragraph_has_no_title():
    article = article_from_text('"Yes," he said', "x")
    assert article.title is None and article.body_start == 0


@pytest.mark.parametrize("paragraph, body", [
    ("RENO, Nev. (AP) — Republican presidential hopeful Donald Trump says", "Republican presidential"),
    ("WASHINGTON — Sen. Chuck Grassley said", "Sen. Chuck Grassley said"),
    ("MANCHESTER, N.H. -- Trump said", "Trump said"),
    ("NEW YORK, Nov. 19 (UPI) — Former Secretary of State", "Former Secretary"),
    ("Washington (AFP) – Democrat Hillary Clinton has", "Democrat Hillary"),
    ("Dec 29 (Reuters) - U.S. Democratic presidential candidate", "U.S. Democratic"),  # a day, no place
    ("May 5 voters said", "May 5 voters said"),  # a day without its agency is no dateline
    ("KYIV, Ukraine (AP) — Ukraine's air force said", "Ukraine's air force"),
    ("NATO — the alliance said", "the alliance said"),
    ("UN — the envoy said", "UN — the envoy said"),  # three letters without a comma or agency: no place
    ("Washington - the capital", "Washington - the capital"),  # a place in lower case needs its agency
    ("US officials said on Monday", "US officials said on Monday"),
    ("SAN FRANCISCO, March 3, 2025 /PRNewswire/ -- Acme Robotics today announced", "Acme Robotics"),  # a press
    ("NEW YORK, Jan. 5, 2024 (GLOBE NEWSWIRE) -- Acme Corp. said", "Acme Corp."),  # release's, with its year
])
def test_a_dateline_opening_a_paragraph_is_found(paragraph, body):
    text = "Title\n\n" + paragraph
    assert text[dateline_end(text, 7):].startswith(body)


def test_jsonl_and_csv(tmp_path):
    rows = [{"id": "a", "text": 'One "two" three.', "title": "T", "date": "2021-08-10"},
            {"id": "b", "text": "Plain, with, commas\nand lines."}, {"id": "c"}]
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n{bad json\n")
    import pandas as pd
    pd.DataFrame(rows[:2]).to_csv(tmp_path / "docs.csv", index=False)
    items = list(read_articles([tmp_path / "docs.jsonl", tmp_path / "docs.csv"]))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [a.doc_id for a in articles] == ["a", "b", "a", "b"]
    assert articles[0].title == "T" and articles[0].date == "2021-08-10"
    assert articles[3].text == rows[1]["text"]
    assert len(errors) == 2 and "no 'text'" in errors[0].reason


def test_bad_text_files(tmp_path):
    (tmp_path / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "bin.txt").write_bytes(b"\x00\x00")
    items = list(read_articles([tmp_path]))
    assert all(isinstance(i, ReadError) for i in items)
    assert "not UTF-8" in items[1].reason and "binary" in items[0].reason


def test_check_text_limits():
    for bad in ("", "  \n", "a\x00b"):
        with pytest.raises(InputError):
            check_text(bad)
    with pytest.raises(InputError, match="too large"):
        check_text("x" * 11, max_chars=10)


def test_expand_paths_glob_and_missing(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.txt").write_text("y")
    monkeypatch.chdir(tmp_path)
    assert [p.name for p in expand_paths(["*.txt", "a.txt"])] == ["a.txt", "b.txt"]
    with pytest.raises(FileNotFoundError):
        expand_paths(["nothing-*.txt"])


def test_files_a_folder_holds_but_are_not_read_are_listed(tmp_path):
    from quotes.reading import expand_paths, unread_files
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "page.html").write_text("<p>Two.</p>", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.bin").write_bytes(b"x")
    assert [p.name for p in expand_paths([tmp_path])] == ["a.txt"]
    assert [p.name for p in unread_files([tmp_path])] == ["page.html", "notes.pdf"]


def test_the_command_line_warns_of_files_it_does_not_read(tmp_path, capsys):
    from quotes.cli import main as cli_main
    (tmp_path / "page.html").write_text('<p>"We will win," Smith said.</p>', encoding="utf-8")
    assert cli_main(["extract", str(tmp_path), "-o", str(tmp_path / "out.jsonl"), "--quiet", "--no-stance"]) == 0
    err = capsys.readouterr().err
    assert "warning: 1 file(s) not read (page.html)" in err and "0 document(s)" in err
