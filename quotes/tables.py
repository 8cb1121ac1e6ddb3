"""Tables stage: quotation records -> pandas DataFrames with documented, stable columns.

Every function returns a DataFrame with exactly the columns listed here, in this order, also when
it is empty (never ``None``).

``quotes_frame`` (``QUOTE_COLUMNS``), one row per quotation:
    the fields of :class:`quotes.records.Quotation` (``doc_id``, ``quote_id``, ``kind`` (direct /
    mixed / indirect), ``text``, ``start``/``end`` (int64), ``spans`` (list of [start, end]), ``cue``,
    ``cue_start``/``cue_end`` (Int64), ``speaker`` (canonical name), ``speaker_id``,
    ``speaker_mention``, ``speaker_start``/``speaker_end`` (Int64), ``speaker_type``,
    ``speaker_role``, ``confidence`` (float64), ``method``, ``paragraph``/``sentence`` (Int64),
    ``stance`` (critical / neutral / supportive), ``stance_score`` (float64 in [-1, 1]),
    ``stance_target``, ``stances`` (list of dicts)), then the document's ``title``, ``date``
    (datetime64), ``publisher`` and ``url``.
``documents_frame`` (``DOCUMENT_COLUMNS``), one row per document: ``doc_id``, ``title``, ``date``,
    ``publisher``, ``url``, ``source`` (file), ``text``.
``merge_speakers_across_documents`` returns a quotations frame with speaker names merged across documents
    ("Donald J. Trump" -> "Donald Trump", "Obama" -> "Barack Obama", "Times" -> "New York Times").
``speakers_frame`` (``SPEAKER_COLUMNS``), one row per canonical speaker, most quoted first:
    ``speaker``, ``speaker_id``, ``speaker_type``, ``roles`` (list, most used first), ``quotes``, ``direct``,
    ``mixed``, ``indirect``, ``documents``, ``words_quoted``, ``first_date``, ``last_date``, and one
    count per stance (``critical``, ``neutral``, ``supportive``).
``speaker_stance_frame`` (``SPEAKER_STANCE_COLUMNS``), tidy: one row per speaker and stance with
    ``quotes`` and ``share`` (of that speaker's quotations with a stance).
``by_document_frame`` (``BY_DOCUMENT_COLUMNS``): per document, quotations by kind and speakers.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

import pandas as pd

from quotes.names import slug
from quotes.run_names import across_documents
from quotes.reading import Article
from quotes.records import QUOTATION_FIELDS, Quotation

STANCES = ("critical", "neutral", "supportive")
KINDS = ("direct", "mixed", "indirect")
DOCUMENT_META = ("title", "date", "publisher", "url")
QUOTE_COLUMNS = QUOTATION_FIELDS + DOCUMENT_META
DOCUMENT_COLUMNS = ("doc_id",) + DOCUMENT_META + ("source", "text")
SPEAKER_COLUMNS = ("speaker", "speaker_id", "speaker_type", "roles", "quotes", *KINDS, "documents",
                   "words_quoted", "first_date", "last_date", *STANCES)
SPEAKER_STANCE_COLUMNS = ("speaker", "speaker_id", "stance", "quotes", "share")
BY_DOCUMENT_COLUMNS = ("doc_id", "title", "date", "quotes", *KINDS, "speakers")
LIST_COLUMNS = ("spans", "stances", "roles")
_INT_COLUMNS = ("start", "end")
_NULLABLE_INT_COLUMNS = ("cue_start", "cue_end", "speaker_start", "speaker_end", "paragraph", "sentence")
_FLOAT_COLUMNS = ("confidence", "stance_score")
TEXT_COLUMNS = ("doc_id", "quote_id", "kind", "text", "cue", "speaker", "speaker_id", "speaker_mention",
                "speaker_type", "speaker_role", "method", "stance", "stance_target", "title", "publisher", "url")


def _dates(values: pd.Series) -> pd.Series:
    """Dates as ``datetime64[ns]`` (unparseable ones become NaT)."""
    return pd.to_datetime(values, errors="coerce", format="mixed").astype("datetime64[ns]")


def documents_frame(articles: Iterable[Article]) -> pd.DataFrame:
    """One row per document: its id, metadata, source file and full text."""
    rows = [{"doc_id": a.doc_id, "title": a.title, "date": a.date, "publisher": a.publisher,
             "url": a.url, "source": a.source, "text": a.text} for a in articles]
    return normalise_documents(pd.DataFrame(rows, columns=list(DOCUMENT_COLUMNS)))


def normalise_documents(frame: pd.DataFrame) -> pd.DataFrame:
    """Give a documents frame its documented columns and dtypes."""
    frame = frame.reindex(columns=list(DOCUMENT_COLUMNS))
    for column in DOCUMENT_COLUMNS:
        if column != "date":
            frame[column] = frame[column].astype("object").where(frame[column].notna(), None)
    frame["date"] = _dates(frame["date"])
    return frame.reset_index(drop=True)


def quotes_frame(records: Iterable[Quotation], documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per quotation, with the document columns joined on ``doc_id``."""
    frame = pd.DataFrame([r.to_dict() for r in records], columns=list(QUOTATION_FIELDS))
    if documents is not None and not documents.empty:
        meta = documents.drop_duplicates("doc_id").set_index("doc_id")
        for column in DOCUMENT_META:
            frame[column] = frame["doc_id"].map(meta[column])
    return normalise_quotes(frame)


def normalise_quotes(frame: pd.DataFrame) -> pd.DataFrame:
    """Give a quotations frame its documented columns and dtypes (used after loading too)."""
    frame = frame.reindex(columns=list(QUOTE_COLUMNS))
    for column in TEXT_COLUMNS:
        frame[column] = frame[column].astype("object").where(frame[column].notna(), None)
    frame["date"] = _dates(frame["date"])
    for column in _INT_COLUMNS:
        frame[column] = frame[column].astype("int64")
    for column in _NULLABLE_INT_COLUMNS:
        frame[column] = pd.to_numeric(frame[column]).astype("Int64")
    for column in _FLOAT_COLUMNS:
        frame[column] = frame[column].astype("float64")
    for column in ("spans", "stances"):
        frame[column] = [list(v) if isinstance(v, (list, tuple)) or hasattr(v, "tolist") else []
                         for v in frame[column]]
    return frame.reset_index(drop=True)


def merge_speakers_across_documents(quotes: pd.DataFrame) -> pd.DataFrame:
    """The quotations with speaker names merged across documents (``quotes.run_names.across_documents``):
    people's ("Donald J. Trump" -> "Donald Trump"; "Obama" in an article that never names him in full -> "Barack Obama")
    and organizations' ("Times" -> "New York Times"), ``speaker`` and ``speaker_id`` both; ``speaker_mention``
    keeps what the text says."""
    merged = quotes
    for kind in ("person", "organization"):
        mine = quotes[(quotes["speaker_type"] == kind) & quotes["speaker"].notna()]
        mapping = across_documents(list(zip(mine["speaker"], mine["doc_id"])), middle_names=kind == "person")
        if mapping:
            merged = merged.copy() if merged is quotes else merged
            rows = (merged["speaker_type"] == kind) & merged["speaker"].isin(list(mapping))
            merged.loc[rows, "speaker"] = merged.loc[rows, "speaker"].map(mapping)
            merged.loc[rows, "speaker_id"] = merged.loc[rows, "speaker"].map(slug)
    return merged


def speakers_frame(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per canonical speaker: counts by kind and stance, documents, words, first and last date."""
    named = quotes[quotes["speaker_id"].notna()]
    if named.empty:
        return _empty(SPEAKER_COLUMNS)
    named = named.assign(words=named["text"].str.split().str.len())
    grouped = named.groupby("speaker_id", sort=False)
    frame = pd.DataFrame({
        "speaker": grouped["speaker"].first(),
        "speaker_type": grouped["speaker_type"].agg(_most_common),
        "roles": grouped["speaker_role"].agg(_roles),
        "quotes": grouped.size(),
        **{kind: grouped["kind"].agg(lambda s, k=kind: int((s == k).sum())) for kind in KINDS},
        "documents": grouped["doc_id"].nunique(),
        "words_quoted": grouped["words"].sum().astype("int64"),
        "first_date": grouped["date"].min(),
        "last_date": grouped["date"].max(),
        **{stance: grouped["stance"].agg(lambda s, v=stance: int((s == v).sum())) for stance in STANCES},
    }).reset_index()
    frame = frame.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    return frame[list(SPEAKER_COLUMNS)].reset_index(drop=True)


def speaker_stance_frame(quotes: pd.DataFrame) -> pd.DataFrame:
    """Tidy speaker x stance counts and shares (every stance listed for every speaker)."""
    speakers = speakers_frame(quotes)
    if speakers.empty:
        return _empty(SPEAKER_STANCE_COLUMNS)
    rows = []
    for row in speakers.itertuples(index=False):
        judged = sum(getattr(row, s) for s in STANCES)
        for stance in STANCES:
            count = getattr(row, stance)
            rows.append({"speaker": row.speaker, "speaker_id": row.speaker_id, "stance": stance,
                         "quotes": int(count), "share": count / judged if judged else 0.0})
    frame = pd.DataFrame(rows, columns=list(SPEAKER_STANCE_COLUMNS))
    frame["share"] = frame["share"].astype("float64")
    return frame


def speaker_stance_wide(quotes: pd.DataFrame) -> pd.DataFrame:
    """Wide form: one row per speaker, a count and a share column per stance."""
    tidy = speaker_stance_frame(quotes)
    columns = ["speaker", "speaker_id", *STANCES, *(f"{s}_share" for s in STANCES)]
    if tidy.empty:
        return _empty(columns)
    counts = tidy.pivot(index=["speaker_id", "speaker"], columns="stance", values="quotes")
    shares = tidy.pivot(index=["speaker_id", "speaker"], columns="stance", values="share").add_suffix("_share")
    wide = counts.join(shares).reset_index()
    order = tidy.drop_duplicates("speaker_id")["speaker_id"]
    wide = wide.set_index("speaker_id").loc[order].reset_index()
    return wide[columns]


def by_document_frame(quotes: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Per document: title, date, quotations by kind and number of distinct speakers."""
    counts = quotes.groupby("doc_id").agg(
        quotes=("quote_id", "size"), speakers=("speaker_id", "nunique"),
        **{kind: ("kind", lambda s, k=kind: int((s == k).sum())) for kind in KINDS})
    frame = documents[["doc_id", "title", "date"]].merge(counts, how="left", left_on="doc_id", right_index=True)
    for column in ("quotes", *KINDS, "speakers"):
        frame[column] = frame[column].fillna(0).astype("int64")
    return frame[list(BY_DOCUMENT_COLUMNS)].reset_index(drop=True)


def _roles(values: pd.Series) -> list[str]:
    """A speaker's roles, most used first, each once whatever its case ("President" and "president"), in its most
    used spelling."""
    spellings: dict[str, Counter] = {}
    for role in values.dropna():
        spellings.setdefault(role.casefold(), Counter())[role] += 1
    ranked = sorted(spellings.values(), key=lambda c: (-sum(c.values()), min(c).casefold()))
    return [max(sorted(c), key=c.get) for c in ranked]


def _most_common(values: pd.Series):
    mode = values.dropna().mode()
    return mode.iat[0] if not mode.empty else None


def _empty(columns) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
