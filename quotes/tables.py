"""Tables stage: quotation records -> pandas DataFrames with documented, stable columns.

``quotes_frame`` has one row per quotation: the columns of :class:`quotes.records.Quotation`
(``QUOTATION_FIELDS``) plus the document's ``title``, ``date`` (datetime64), ``publisher`` and
``url``. ``speakers_frame`` has one row per canonical speaker (``SPEAKER_COLUMNS``). Empty inputs
give empty frames with the same columns.
"""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from quotes.reading import Article
from quotes.records import QUOTATION_FIELDS, Quotation

DOCUMENT_COLUMNS = ("title", "date", "publisher", "url")
QUOTE_COLUMNS = QUOTATION_FIELDS + DOCUMENT_COLUMNS
SPEAKER_COLUMNS = ("speaker", "speaker_id", "speaker_type", "roles", "quotes", "direct", "mixed",
                   "indirect", "documents", "words_quoted", "first_date", "last_date")


def quotes_frame(records: Iterable[Quotation], articles: Iterable[Article] = ()) -> pd.DataFrame:
    """One row per quotation, with the document columns joined on ``doc_id``."""
    meta = {a.doc_id: {k: getattr(a, k) for k in DOCUMENT_COLUMNS} for a in articles}
    rows = [{**r.to_dict(), **meta.get(r.doc_id, {})} for r in records]
    frame = pd.DataFrame(rows, columns=list(QUOTE_COLUMNS))
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce", format="mixed")
    for column in ("start", "end"):
        frame[column] = frame[column].astype("int64")
    for column in ("cue_start", "cue_end", "speaker_start", "speaker_end", "paragraph", "sentence"):
        frame[column] = frame[column].astype("Int64")
    frame["confidence"] = frame["confidence"].astype("float64")
    frame["stance_score"] = frame["stance_score"].astype("float64")
    return frame


def speakers_frame(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per canonical speaker: counts by kind, documents, words quoted, first and last date."""
    named = quotes[quotes["speaker"].notna()]
    if named.empty:
        return pd.DataFrame(columns=list(SPEAKER_COLUMNS))
    words = named["text"].str.split().str.len()
    grouped = named.assign(words=words).groupby("speaker_id", sort=False)
    frame = pd.DataFrame({
        "speaker": grouped["speaker"].first(),
        "speaker_type": grouped["speaker_type"].agg(lambda s: s.mode().iat[0] if not s.mode().empty else None),
        "roles": grouped["speaker_role"].agg(lambda s: sorted(set(s.dropna()))),
        "quotes": grouped.size(),
        "direct": grouped["kind"].agg(lambda s: int((s == "direct").sum())),
        "mixed": grouped["kind"].agg(lambda s: int((s == "mixed").sum())),
        "indirect": grouped["kind"].agg(lambda s: int((s == "indirect").sum())),
        "documents": grouped["doc_id"].nunique(),
        "words_quoted": grouped["words"].sum().astype("int64"),
        "first_date": grouped["date"].min(),
        "last_date": grouped["date"].max(),
    }).reset_index()
    frame = frame.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    return frame[list(SPEAKER_COLUMNS)].reset_index(drop=True)
