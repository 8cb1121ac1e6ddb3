"""Charts stage: matplotlib Figures from the quotations frame (:func:`quotes.tables.quotes_frame`).

Each chart function takes the quotations DataFrame and returns a ``matplotlib.figure.Figure``
(``quotes_over_time`` returns ``None`` when the dates span a single day or less). Stances keep one
colour everywhere (``STANCE_COLORS``). :func:`save_charts` writes every chart as PNG and SVG with
fixed metadata, so the same data gives byte-identical files.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib.figure import Figure

from quotes.tables import KINDS, STANCES, speakers_frame

STANCE_COLORS = {"critical": "#c0392b", "neutral": "#9aa5ab", "supportive": "#2e8b57", "no stance": "#dddddd"}
KIND_COLORS = {"direct": "#34495e", "mixed": "#8e7cc3", "indirect": "#e1a95f"}
_STYLE = {"font.size": 10, "axes.spines.top": False, "axes.spines.right": False, "svg.hashsalt": "quotes",
          "svg.fonttype": "none"}


def _figure(width: float = 7.5, height: float = 4.2) -> tuple[Figure, "matplotlib.axes.Axes"]:
    with matplotlib.rc_context(_STYLE):
        fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
        return fig, fig.add_subplot()


def _empty(title: str, message: str = "no quotations") -> Figure:
    fig, ax = _figure(height=2.0)
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()
    return fig


def _top_speakers(quotes: pd.DataFrame, top: int) -> pd.DataFrame:
    return speakers_frame(quotes).head(top)


def _label(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[:limit - 1] + "…"


def quotes_per_speaker(quotes: pd.DataFrame, top: int = 10) -> Figure:
    """Horizontal bars: quotations of the ``top`` most quoted speakers, stacked by stance."""
    title = f"Quotations per speaker (top {top}), by stance"
    speakers = _top_speakers(quotes, top)
    if speakers.empty:
        return _empty(title)
    fig, ax = _figure(height=1.2 + 0.38 * len(speakers))
    names = [_label(n) for n in speakers["speaker"]][::-1]
    left = pd.Series(0, index=range(len(speakers)))
    parts = {s: speakers[s][::-1].reset_index(drop=True) for s in STANCES}
    parts["no stance"] = (speakers["quotes"] - speakers[list(STANCES)].sum(axis=1))[::-1].reset_index(drop=True)
    for stance, counts in parts.items():
        if counts.sum() == 0:
            continue
        ax.barh(names, counts, left=left, color=STANCE_COLORS[stance], label=stance)
        left = left + counts
    ax.set_xlabel("quotations")
    ax.set_title(title)
    ax.legend(loc="lower right", frameon=False)
    ax.xaxis.get_major_locator().set_params(integer=True)
    return fig


def stance_shares(quotes: pd.DataFrame, top: int = 10) -> Figure:
    """100% bars: the share of each stance among the labelled quotations of the top speakers."""
    title = f"Stance shares per speaker (top {top})"
    speakers = _top_speakers(quotes, top)
    speakers = speakers[speakers[list(STANCES)].sum(axis=1) > 0]
    if speakers.empty:
        return _empty(title, "no quotations with a stance")
    fig, ax = _figure(height=1.2 + 0.38 * len(speakers))
    names = [_label(n) for n in speakers["speaker"]][::-1]
    totals = speakers[list(STANCES)].sum(axis=1)
    left = pd.Series(0.0, index=range(len(speakers)))
    for stance in STANCES:
        share = (100 * speakers[stance] / totals)[::-1].reset_index(drop=True)
        ax.barh(names, share, left=left, color=STANCE_COLORS[stance], label=stance)
        left = left + share
    ax.set_xlim(0, 100)
    ax.set_xlabel("% of the speaker's quotations")
    ax.set_title(title)
    ax.legend(loc="lower right", frameon=False, ncols=3, bbox_to_anchor=(1, 1.06))
    return fig


def speaker_types(quotes: pd.DataFrame) -> Figure:
    """Bars: quotations by speaker type (person, organization, group, unknown)."""
    title = "Quotations by speaker type"
    if quotes.empty:
        return _empty(title)
    counts = quotes["speaker_type"].fillna("unknown").value_counts().sort_index()
    fig, ax = _figure(width=6.0, height=3.2)
    ax.bar(counts.index, counts.values, color="#4a6fa5")
    ax.set_ylabel("quotations")
    ax.set_title(title)
    ax.yaxis.get_major_locator().set_params(integer=True)
    return fig


def kind_shares(quotes: pd.DataFrame) -> Figure:
    """One 100% bar: the share of direct, mixed and indirect quotations."""
    title = "Direct, mixed and indirect quotations"
    if quotes.empty:
        return _empty(title)
    counts = quotes["kind"].value_counts().reindex(list(KINDS), fill_value=0)
    fig, ax = _figure(width=7.0, height=2.2)
    left = 0.0
    for kind, count in counts.items():
        share = 100 * count / counts.sum()
        ax.barh(["quotations"], [share], left=left, color=KIND_COLORS[kind], label=f"{kind} ({count})")
        if share >= 8:
            ax.text(left + share / 2, 0, f"{share:.0f}%", ha="center", va="center", color="white")
        left += share
    ax.set_xlim(0, 100)
    ax.set_xlabel("%")
    ax.set_yticks([])
    ax.set_title(title)
    fig.legend(loc="outside lower center", ncols=3, frameon=False)
    return fig


def top_cues(quotes: pd.DataFrame, top: int = 10) -> Figure:
    """Horizontal bars: the most frequent reporting cues ("said", "told", "according to")."""
    title = f"Top reporting cues (top {top})"
    cues = quotes["cue"].dropna().str.lower()
    if cues.empty:
        return _empty(title)
    counts = cues.value_counts().head(top)
    counts = counts.sort_values(kind="stable")
    fig, ax = _figure(width=6.0, height=1.2 + 0.32 * len(counts))
    ax.barh(counts.index, counts.values, color="#4a6fa5")
    ax.set_xlabel("quotations")
    ax.set_title(title)
    ax.xaxis.get_major_locator().set_params(integer=True)
    return fig


def quotes_over_time(quotes: pd.DataFrame, top: int = 5, freq: str | None = None) -> Figure | None:
    """Lines: quotations per period for the ``top`` speakers; ``None`` if dates span one day or less.

    ``freq`` is a pandas period alias ("D", "W", "M"); by default it follows the date range.
    """
    dated = quotes[quotes["date"].notna() & quotes["speaker_id"].notna()]
    if dated.empty or (dated["date"].max() - dated["date"].min()) <= pd.Timedelta(days=1):
        return None
    span = (dated["date"].max() - dated["date"].min()).days
    freq = freq or ("D" if span <= 60 else "W" if span <= 730 else "M")
    fig, ax = _figure()
    for row in _top_speakers(dated, top).itertuples(index=False):
        mine = dated[dated["speaker_id"] == row.speaker_id]
        series = mine.groupby(mine["date"].dt.to_period(freq)).size()
        series = series.reindex(pd.period_range(dated["date"].min(), dated["date"].max(), freq=freq), fill_value=0)
        ax.plot(series.index.to_timestamp(), series.values, marker="o", markersize=3, label=_label(row.speaker))
    ax.set_ylabel(f"quotations per {dict(D='day', W='week', M='month')[freq]}")
    ax.set_title(f"Quotations over time (top {top} speakers)")
    ax.legend(frameon=False, fontsize=8)
    return fig


CHARTS = {
    "quotes_per_speaker": quotes_per_speaker,
    "stance_shares": stance_shares,
    "speaker_types": speaker_types,
    "kind_shares": kind_shares,
    "top_cues": top_cues,
    "quotes_over_time": quotes_over_time,
}


def all_charts(quotes: pd.DataFrame) -> dict[str, Figure]:
    """Every chart that applies to ``quotes``, by name (in a fixed order)."""
    figures = {name: make(quotes) for name, make in CHARTS.items()}
    return {name: fig for name, fig in figures.items() if fig is not None}


def save_figure(fig: Figure, stem: Path) -> list[Path]:
    """Write ``stem.png`` and ``stem.svg`` with fixed metadata (deterministic bytes)."""
    png, svg = stem.with_suffix(".png"), stem.with_suffix(".svg")
    with matplotlib.rc_context(_STYLE):
        fig.savefig(png, format="png", dpi=110, metadata={"Software": None})
        fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
    return [png, svg]


def save_charts(quotes: pd.DataFrame, directory: str | Path) -> dict[str, Path]:
    """Write every chart into ``directory`` as PNG and SVG; return the PNG path of each by name."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    return {name: save_figure(fig, directory / name)[0] for name, fig in all_charts(quotes).items()}
