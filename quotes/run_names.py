"""Names across the documents of a run: one speaker for the names that documents write differently.

A pure function over (canonical name, doc_id) pairs from the name stage (``quotes.canonical``), used by
``quotes.tables.merge_speakers_across_documents``: "Obama" in an article that never names him in full goes to
"Barack Obama" when the run mostly quotes him so, and "Donald J. Trump" to "Donald Trump".
"""

from __future__ import annotations

from quotes.lexicon import NAME_SUFFIXES


def across_documents(people: list[tuple[str, str]], share: float = 0.75, middle_names: bool = True) -> dict[str, str]:
    """Map person names to the name they stand for across the documents of a run (organizations' too, with
    ``middle_names=False``: "Times" -> "New York Times").

    ``people``: (canonical name, doc_id) of each person quoted. Within a document "Obama" already maps
    to "Barack Obama" when the text names him in full; an article that never does keeps "Obama", and one
    newspaper writes "Donald J. Trump" where others write "Donald Trump". Across the run, full names that
    differ only by a middle name or initial, when just one of them has one, map to the one quoted in more
    documents ("Donald J. Trump" -> "Donald Trump"; not "George W. Bush" and "George H.W. Bush"); then a
    one-word name maps to the full name ending with it that is quoted in at least ``share`` of the documents
    quoting any such full name ("Obama" -> "Barack Obama" over "Michelle Obama" when she is rarer); with no
    clear majority it stays as it is.
    """
    documents: dict[str, set[str]] = {}
    for name, doc_id in people:
        documents.setdefault(name, set()).add(doc_id)
    mapping = _without_middle_names(documents) if middle_names else {}
    merged: dict[str, set[str]] = {}
    for name, docs in documents.items():
        merged.setdefault(mapping.get(name, name), set()).update(docs)
    by_last_name: dict[str, dict[str, int]] = {}
    for full, docs in merged.items():
        if " " in full:
            by_last_name.setdefault(full.split()[-1], {})[full] = len(docs)
    for name in (n for n in merged if " " not in n and n in by_last_name):
        longer = by_last_name[name]
        best = max(sorted(longer), key=longer.get)
        if longer[best] >= share * sum(longer.values()):
            mapping[name] = best
    return mapping


def _without_middle_names(documents: dict[str, set[str]]) -> dict[str, str]:
    """Full names with the same first and last word of which only one has a middle part, mapped to the one
    quoted in more documents."""
    groups: dict[tuple[str, str], list[str]] = {}
    for name in documents:
        words = name.split()
        if len(words) >= 2 and words[-1].lower().rstrip(".") not in NAME_SUFFIXES:  # not "Donald Trump Jr."
            groups.setdefault((words[0], words[-1]), []).append(name)
    mapping = {}
    for names in groups.values():
        if len(names) > 1 and sum(len(n.split()) > 2 for n in names) == 1:
            best = max(sorted(names), key=lambda n: len(documents[n]))
            mapping.update({n: best for n in names if n != best})
    return mapping
