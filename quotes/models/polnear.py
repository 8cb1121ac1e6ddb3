"""PolNeAR attribution corpus: read its brat files (train and dev; never the test split).

Each article is ``text/DOC.txt`` with one or more annotator files ``attributions/DOC_ANNOTATOR.ann``;
an attribution is a dict with ``source``, ``cue`` and ``content`` lists of ``(start, end)`` ranges.
Used by the PolNeAR benchmark and to train the learned cue model.
"""

from __future__ import annotations

from pathlib import Path


def read_ann(path: Path) -> list[dict]:
    """Attributions of one brat file: dicts with 'source', 'cue', 'content' lists of (start, end)."""
    spans, links = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 2:  # (span texts may run over lines)
            tid, info, _ = line.split("\t", 2)
            kind, ranges = info.split(" ", 1)
            parts = [tuple(int(x) for x in r.split()) for r in ranges.split(";")]
            spans[tid] = (kind, parts)
        elif line.startswith("E") and "\t" in line:
            links.append(dict(arg.split(":") for arg in line.split("\t")[1].split()))
    out = []
    for link in links:
        rec = {}
        for role in ("Source", "Cue", "Content"):
            if role in link and link[role] in spans:
                rec[role.lower()] = spans[link[role]][1]
        out.append(rec)
    return out


def load_split(folder: Path, limit: int | None = None) -> list[tuple[str, str, list[dict]]]:
    """(doc_id, text, attributions) for each article, using one annotator file per article."""
    if "test" in Path(folder).name:
        raise ValueError("refusing to read a PolNeAR test split")
    files: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        files.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    docs = []
    for doc_id, ann in sorted(files.items()):
        text_path = folder / "text" / f"{doc_id}.txt"
        if text_path.exists():
            docs.append((doc_id, text_path.read_text(encoding="utf-8"), read_ann(ann)))
    return docs[:limit] if limit else docs
