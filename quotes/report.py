"""Report stage: a :class:`quotes.corpus.Corpus` -> a shareable speaker report in a folder.

``write_report(corpus, out)`` writes ``report.html`` (one self-contained file: charts embedded as
PNG data, a sortable speaker table, each speaker's quotations in their surrounding text with the
quoted words highlighted), ``report.md``, ``quotes.csv``, ``speakers.csv``, ``speaker_stance.csv``,
``documents.csv`` and ``charts/*.png|svg``.
"""

from __future__ import annotations

import base64
import html
import re
from pathlib import Path

import pandas as pd

from quotes.charts import STANCE_COLORS, save_charts
from quotes.corpus import Corpus

CONTEXT_CHARS = 320
SPEAKER_TABLE_COLUMNS = ("speaker", "role", "speaker_type", "quotes", "direct", "mixed", "indirect", "documents",
                         "words_quoted", "critical", "neutral", "supportive")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1100px;margin:2em auto;
padding:0 1em;color:#222;line-height:1.45}
h1{margin-bottom:.2em} .summary{color:#555} figure{margin:1em 0} figure img{max-width:100%;height:auto}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:1em}
table{border-collapse:collapse;width:100%;font-size:.92em} th,td{padding:.3em .5em;border-bottom:1px solid #ddd;
text-align:left} th{cursor:pointer;background:#f4f4f4;position:sticky;top:0} td.n{text-align:right}
mark{background:#fff0a8;padding:0 .1em} .q{margin:.6em 0 .9em;padding-left:.8em;border-left:3px solid #ccc}
.meta{font-size:.85em;color:#666} .stance{display:inline-block;padding:0 .45em;border-radius:.6em;color:#fff;
font-size:.8em}
"""

_SORT_JS = """
document.querySelectorAll('table.sortable th').forEach(function(th, col){
  th.addEventListener('click', function(){
    var body = th.closest('table').tBodies[0], rows = Array.from(body.rows);
    var asc = th.dataset.dir !== 'asc'; th.dataset.dir = asc ? 'asc' : 'desc';
    rows.sort(function(a, b){
      var x = a.cells[col].dataset.v || a.cells[col].textContent, y = b.cells[col].dataset.v || b.cells[col].textContent;
      var nx = parseFloat(x), ny = parseFloat(y);
      var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
      return asc ? c : -c;
    });
    rows.forEach(function(r){ body.appendChild(r); });
  });
});
"""


def context_window(text: str, start: int, end: int, limit: int = CONTEXT_CHARS) -> tuple[int, int]:
    """The sentences around ``[start, end)`` within its paragraph, at most ``limit`` extra characters each side."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end == -1 else para_end
    left = max(para_start, start - limit)
    if left > para_start:
        ends = [m.end() for m in _SENTENCE_END.finditer(text, left, start)]
        left = ends[0] if ends else left
    right = min(para_end, end + limit)
    if right < para_end:
        match = _SENTENCE_END.search(text, end, right)
        right = match.end() if match else right
    return left, right


def highlighted(text: str, window: tuple[int, int], spans: list[tuple[int, int]]) -> str:
    """HTML of ``text[window]`` with ``spans`` wrapped in ``<mark>``."""
    lo, hi = window
    parts, cursor = [], lo
    for s, e in sorted((max(s, lo), min(e, hi)) for s, e in spans if e > lo and s < hi):
        if s < cursor:
            continue
        parts.append(html.escape(text[cursor:s]))
        parts.append(f"<mark>{html.escape(text[s:e])}</mark>")
        cursor = e
    parts.append(html.escape(text[cursor:hi]))
    prefix = "…" if lo > 0 and text[lo - 1] != "\n" else ""
    suffix = "…" if hi < len(text) and text[hi] != "\n" else ""
    return prefix + "".join(parts) + suffix


def _quote_html(row: dict, texts: dict[str, str]) -> str:
    text = texts.get(row["doc_id"], "")
    spans = [tuple(s) for s in row["spans"]] or [(row["start"], row["end"])]
    body = highlighted(text, context_window(text, row["start"], row["end"]), spans) if text else html.escape(row["text"])
    stance = row["stance"]
    badge = (f'<span class="stance" style="background:{STANCE_COLORS[stance]}">{stance}'
             + (f" · {html.escape(str(row['stance_target']))}" if row["stance_target"] else "") + "</span>") if stance else ""
    date = row["date"].date().isoformat() if isinstance(row["date"], pd.Timestamp) else ""
    meta = " · ".join(html.escape(str(x)) for x in (row["title"] or row["doc_id"], date, row["kind"],
                                                      f"cue: {row['cue']}" if row["cue"] else "") if x)
    return f'<div class="q"><div>{body}</div><div class="meta">{meta} {badge}</div></div>'


def _with_role(speakers: pd.DataFrame) -> pd.DataFrame:
    """The speakers table with a ``role`` column: each speaker's most used role."""
    return speakers.assign(role=[roles[0] if len(roles) else "" for roles in speakers["roles"]])


def _speaker_table(speakers: pd.DataFrame) -> str:
    head = "".join(f"<th>{c.replace('_', ' ')}</th>" for c in SPEAKER_TABLE_COLUMNS)
    rows = []
    for row in speakers.to_dict("records"):
        cells = []
        for column in SPEAKER_TABLE_COLUMNS:
            value = row[column]
            if column == "speaker":
                cells.append(f'<td><a href="#{html.escape(row["speaker_id"])}">{html.escape(value)}</a></td>')
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                cells.append(f'<td class="n">{value}</td>')
            else:
                cells.append(f"<td>{html.escape(str(value or ''))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="sortable" id="speakers"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def render_html(corpus: Corpus, charts: dict[str, Path], title: str) -> str:
    """The self-contained HTML report (charts read from the PNG files in ``charts``)."""
    quotes, speakers = corpus.quotes, corpus.speakers
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    figures = "".join(
        f'<figure id="chart-{name}"><img alt="{name.replace("_", " ")}" '
        f'src="data:image/png;base64,{base64.b64encode(path.read_bytes()).decode()}"></figure>'
        for name, path in charts.items())
    sections = []
    for row in speakers.to_dict("records"):
        mine = quotes[quotes["speaker_id"] == row["speaker_id"]]
        items = "".join(_quote_html(q, texts) for q in mine.to_dict("records"))
        sections.append(f'<section id="{html.escape(row["speaker_id"])}"><h3>{html.escape(row["speaker"])} '
                        f'<span class="meta">{html.escape(row["speaker_type"] or "")} · {row["quotes"]} '
                        f'quotation(s)</span></h3>{items}</section>')
    unattributed = quotes[quotes["speaker_id"].isna()]
    if not unattributed.empty:
        items = "".join(_quote_html(q, texts) for q in unattributed.to_dict("records"))
        sections.append(f'<section id="unattributed"><h3>Without a speaker <span class="meta">'
                        f'{len(unattributed)} quotation(s)</span></h3>{items}</section>')
    summary = (f"{len(corpus.documents)} document(s), {len(quotes)} quotation(s), {len(speakers)} speaker(s)"
               + (f", {len(corpus.errors)} input(s) skipped" if len(corpus.errors) else ""))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_CSS}</style></head><body>'
            f'<h1>{html.escape(title)}</h1><p class="summary">{summary}</p>'
            f'<h2>Charts</h2><div class="charts">{figures}</div>'
            f'<h2>Speakers</h2><p class="meta">Click a column to sort.</p>{_speaker_table(_with_role(speakers))}'
            f'<h2>Quotations by speaker</h2>{"".join(sections)}'
            f"<script>{_SORT_JS}</script></body></html>")


def render_markdown(corpus: Corpus, charts: dict[str, Path], title: str) -> str:
    """A Markdown summary: counts, the speaker table and links to the chart files."""
    speakers = _with_role(corpus.speakers)[list(SPEAKER_TABLE_COLUMNS)]
    lines = [f"# {title}", "",
             f"{len(corpus.documents)} document(s), {len(corpus.quotes)} quotation(s), {len(speakers)} speaker(s).",
             "", "## Speakers", "", speakers.to_markdown(index=False) if not speakers.empty else "(none)", "",
             "## Charts", ""]
    lines += [f"![{name.replace('_', ' ')}](charts/{path.name})" for name, path in charts.items()]
    return "\n".join(lines) + "\n"


def write_report(corpus: Corpus, out: str | Path, title: str = "Speaker report") -> Path:
    """Write the report folder (HTML, Markdown, CSVs, charts); return the path of ``report.html``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    corpus.to_csv(out)
    charts = save_charts(corpus.quotes, out / "charts")
    (out / "report.md").write_text(render_markdown(corpus, charts, title), encoding="utf-8")
    page = out / "report.html"
    page.write_text(render_html(corpus, charts, title), encoding="utf-8")
    return page
