"""The analysed corpus: ``quotes.analyze`` runs extraction over many inputs and returns a :class:`Corpus`.

A corpus holds three DataFrames (columns documented in :mod:`quotes.tables`): ``quotes``,
``documents`` and ``errors`` (``doc_id``, ``source``, ``reason`` of skipped inputs). It saves to
Parquet, JSON Lines or CSV and loads back with :func:`load` without re-parsing. Built or loaded, its
person names are merged across documents ("Donald J. Trump" -> "Donald Trump"; "Obama" in an article
that never names him in full -> "Barack Obama"; :func:`quotes.tables.merge_speakers_across_documents`).
"""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pandas as pd
from tqdm import tqdm

from quotes.reading import Article, ReadError, read_articles
from quotes.records import Quotation
from quotes.tables import (LIST_COLUMNS, by_document_frame, documents_frame, merge_speakers_across_documents,
                           normalise_documents, normalise_quotes, quotes_frame, speaker_stance_frame,
                           speaker_stance_wide, speakers_frame)

ERROR_COLUMNS = ("doc_id", "source", "reason")


def _errors_frame(rows: Iterable[dict] = ()) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(ERROR_COLUMNS)).astype("object")


@dataclass
class Corpus:
    """Quotations, documents and skipped inputs of one run, with pandas views and filters."""

    quotes: pd.DataFrame
    documents: pd.DataFrame
    errors: pd.DataFrame = field(default_factory=_errors_frame)

    @property
    def speakers(self) -> pd.DataFrame:
        """One row per canonical speaker (see :func:`quotes.tables.speakers_frame`)."""
        return speakers_frame(self.quotes)

    def by_speaker_stance(self, wide: bool = False) -> pd.DataFrame:
        """Speaker x stance counts and shares: tidy (default) or wide (one row per speaker)."""
        return speaker_stance_wide(self.quotes) if wide else speaker_stance_frame(self.quotes)

    def by_document(self) -> pd.DataFrame:
        """Per document: quotations by kind and number of speakers."""
        return by_document_frame(self.quotes, self.documents)

    def _subset(self, mask: pd.Series) -> "Corpus":
        quotes = self.quotes[mask].reset_index(drop=True)
        documents = self.documents[self.documents["doc_id"].isin(set(quotes["doc_id"]))].reset_index(drop=True)
        return Corpus(quotes, documents, self.errors)

    def speaker(self, name: str) -> "Corpus":
        """Quotations by one speaker: canonical name or speaker_id, case-insensitive."""
        key = name.casefold()
        mask = (self.quotes["speaker"].fillna("").str.casefold() == key) | (self.quotes["speaker_id"] == name)
        return self._subset(mask)

    def of_type(self, speaker_type: str) -> "Corpus":
        """Quotations whose speaker is of one type (person, organization, group, unknown)."""
        return self._subset(self.quotes["speaker_type"] == speaker_type)

    def between(self, start: str | None = None, end: str | None = None) -> "Corpus":
        """Quotations from documents dated within ``[start, end]`` (either bound may be omitted)."""
        dates = self.quotes["date"]
        mask = pd.Series(True, index=self.quotes.index)
        if start is not None:
            mask &= dates >= pd.Timestamp(start)
        if end is not None:
            mask &= dates <= pd.Timestamp(end)
        return self._subset(mask)

    def about(self, target: str) -> "Corpus":
        """Quotations with a stance towards ``target`` (case-insensitive, by target name)."""
        key = target.casefold()
        mask = self.quotes["stances"].map(
            lambda items: any((s.get("target") or "").casefold() == key for s in items))
        return self._subset(mask.astype(bool))

    def to_parquet(self, directory: str | Path) -> Path:
        """Write ``quotes.parquet``, ``documents.parquet`` and ``errors.parquet`` into ``directory``."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        quotes = self.quotes.copy()
        quotes["stances"] = quotes["stances"].map(json.dumps)  # free-form dicts: kept as JSON text
        quotes.to_parquet(directory / "quotes.parquet", index=False)
        self.documents.to_parquet(directory / "documents.parquet", index=False)
        self.errors.to_parquet(directory / "errors.parquet", index=False)
        return directory

    def to_jsonl(self, path: str | Path) -> Path:
        """One JSON line per document: ``{"document": {...}, "quotations": [...]}``."""
        path = Path(path)
        by_doc = {doc_id: group for doc_id, group in self.quotes.groupby("doc_id", sort=False)}
        with open(path, "w", encoding="utf-8") as out:
            for doc in self.documents.to_dict("records"):
                group = by_doc.get(doc["doc_id"])
                quotations = [] if group is None else [_record_dict(row) for row in group.to_dict("records")]
                out.write(json.dumps({"document": _plain(doc), "quotations": quotations}, ensure_ascii=False) + "\n")
        return path

    def to_csv(self, directory: str | Path) -> Path:
        """Write ``quotes.csv``, ``speakers.csv``, ``speaker_stance.csv`` and ``documents.csv``."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        write_csv(self.quotes, directory / "quotes.csv")
        write_csv(self.speakers, directory / "speakers.csv")
        write_csv(self.by_speaker_stance(), directory / "speaker_stance.csv")
        write_csv(self.documents.drop(columns=["text"]), directory / "documents.csv")
        return directory


def _plain(row: dict) -> dict:
    """JSON-ready values: timestamps as ISO dates, missing values as None."""
    out = {}
    for key, value in row.items():
        if isinstance(value, pd.Timestamp):
            value = value.isoformat()
        elif not isinstance(value, (list, dict)) and pd.isna(value):
            value = None
        elif hasattr(value, "item"):
            value = value.item()
        out[key] = value
    return out


def _record_dict(row: dict) -> dict:
    return Quotation.from_dict(_plain(row)).to_dict()


def write_csv(frame: pd.DataFrame, path: str | Path) -> Path:
    """UTF-8 CSV, RFC 4180 quoting (CRLF rows); list columns are written as JSON text."""
    frame = frame.copy()
    for column in LIST_COLUMNS:
        if column in frame:
            frame[column] = frame[column].map(json.dumps)
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    return Path(path)


def read_quotes_csv(path: str | Path) -> pd.DataFrame:
    """Read a ``quotes.csv`` written by :func:`write_csv` back into the documented quotations frame."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    for column in ("spans", "stances"):
        frame[column] = frame[column].map(json.loads)
    frame = frame.astype({c: "object" for c in frame.columns if c not in ("spans", "stances")})
    frame = frame.where(frame.notna(), None)
    return normalise_quotes(frame)


def load(path: str | Path) -> Corpus:
    """Load a corpus saved with ``to_parquet`` (a folder) or ``to_jsonl`` / ``quotes extract`` (JSON Lines)."""
    path = Path(path)
    if path.is_dir():
        quotes = pd.read_parquet(path / "quotes.parquet")
        quotes["stances"] = quotes["stances"].map(json.loads)
        quotes["spans"] = quotes["spans"].map(lambda v: [list(map(int, pair)) for pair in v])
        documents = normalise_documents(pd.read_parquet(path / "documents.parquet"))
        errors_path = path / "errors.parquet"
        errors = pd.read_parquet(errors_path) if errors_path.exists() else _errors_frame()
        return Corpus(merge_speakers_across_documents(normalise_quotes(quotes)), documents, errors)
    records, docs = [], []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            row = json.loads(line)
            if "quotations" in row:
                docs.append(row["document"])
                records.extend(Quotation.from_dict(q) for q in row["quotations"])
            else:
                records.append(Quotation.from_dict(row))
    documents = normalise_documents(pd.DataFrame(docs))
    return Corpus(merge_speakers_across_documents(quotes_frame(records, documents)), documents)


def analyze(inputs: str | Path | Article | Iterable[str | Path | Article], models=None, pipeline=None,
            targets: list[str] | None = None, stance: bool = True, progress: bool | None = None,
            workers: int = 0, scheduler: str | None = None, device: str = "cpu") -> Corpus:
    """Extract, attribute and label every quotation of ``inputs`` and return a :class:`Corpus`.

    ``inputs``: files (.txt, .jsonl, .csv), folders, glob patterns or :class:`Article` objects (use
    :func:`quotes.article_from_text` for a string). ``targets`` names stance targets. Inputs that
    cannot be read or processed are listed in ``Corpus.errors``; the run goes on. ``progress``
    shows a progress bar (default: when stderr is a terminal). ``workers``/``scheduler`` run the
    extraction on Dask (see :mod:`quotes.batch`).
    """
    from quotes.batch import iter_results
    if isinstance(inputs, (str, Path, Article)):
        inputs = [inputs]
    items = list(inputs)
    stream = _articles(items)
    show = sys.stderr.isatty() if progress is None else progress
    articles, records, errors = [], [], []
    with tqdm(unit="doc", desc="analyze", disable=not show) as bar:
        for result in iter_results(stream, models=models, pipeline=pipeline, device=device, stance=stance,
                                   targets=targets, workers=workers, scheduler=scheduler):
            bar.update(1)
            if result.error is not None:
                errors.append(vars(result.error))
            else:
                articles.append(result.article)
                records.extend(result.quotations)
            bar.set_postfix(quotes=len(records), errors=len(errors), refresh=False)
    documents = documents_frame(articles)
    return Corpus(merge_speakers_across_documents(quotes_frame(records, documents)), documents, _errors_frame(errors))


def _articles(items: list) -> Iterable[Article | ReadError]:
    for item in items:
        if isinstance(item, Article):
            yield item
        else:
            yield from read_articles([item])
