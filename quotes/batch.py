"""Batch stage: stream many documents through extraction, in one process or on a Dask cluster.

``iter_results`` yields one :class:`quotes.extraction.DocumentResult` per input document, in input
order, holding only a bounded window of documents in memory. It runs in-process by default, on a
local Dask cluster with ``workers=N`` (one model load per worker process), or on an existing cluster
with ``scheduler="tcp://HOST:PORT"``.

``run_extract`` writes results as they finish: one JSON line per quotation in ``output``, and the
id of every finished document in ``output + ".done"`` (after its lines are flushed). With
``resume=True`` documents already listed there are skipped, and lines of a document that was cut
off half-written are dropped first, so a killed run resumes with no duplicates and no losses.
"""

from __future__ import annotations

import json
import sys
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from tqdm import tqdm

from quotes.extraction import DocumentResult, extract_articles
from quotes.reading import Article, ReadError, read_articles

CHUNK_SIZE = 8


@dataclass
class BatchSummary:
    """Counts of one batch run."""

    documents: int = 0
    quotations: int = 0
    errors: int = 0
    skipped: int = 0


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def process_chunk(items: list[Article | ReadError], models=None, device: str = "cpu", stance: bool = True,
                  targets: list[str] | None = None) -> list[DocumentResult]:
    """Extract a list of documents with this process's pipeline (loaded once per process)."""
    from quotes.parsing import load_pipeline
    pipeline = load_pipeline(models, device=device)
    return list(extract_articles(items, pipeline=pipeline, stance=stance, targets=targets, batch_size=len(items)))


def _limit_threads() -> None:
    """One torch thread per Dask worker process: the workers share the cores."""
    import torch
    torch.set_num_threads(1)


def _dask_client(workers: int, scheduler: str | None):
    from dask.distributed import Client, LocalCluster
    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster


def iter_results(articles: Iterable[Article | ReadError], models=None, pipeline=None, device: str = "cpu",
                 stance: bool = True, targets: list[str] | None = None, workers: int = 0,
                 scheduler: str | None = None, chunk_size: int = CHUNK_SIZE, client=None) -> Iterator[DocumentResult]:
    """Yield a result per document in input order, in-process or on Dask.

    Dask is used with ``workers`` (a local cluster of that many processes, closed at the end),
    ``scheduler`` (an existing cluster's address) or ``client`` (a ``dask.distributed.Client`` the
    caller owns and closes).
    """
    if not workers and not scheduler and client is None:
        if pipeline is None:
            from quotes.parsing import load_pipeline
            pipeline = load_pipeline(models, device=device)
        yield from extract_articles(articles, pipeline=pipeline, stance=stance, targets=targets,
                                    batch_size=chunk_size)
        return
    owned = client is None
    client, cluster = _dask_client(workers, scheduler) if owned else (client, None)
    try:
        client.run(_limit_threads)
        window = 2 * max(1, len(client.scheduler_info()["workers"]))
        pending: deque = deque()
        for chunk in _chunks(articles, chunk_size):
            pending.append(client.submit(process_chunk, chunk, models, device, stance, targets, pure=False))
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        if owned:
            client.close()
        if cluster is not None:
            cluster.close()


def finished_ids(output: Path) -> set[str]:
    """Ids of the documents a previous run finished, after dropping half-written ones from ``output``."""
    done_file = Path(f"{output}.done")
    done = set(done_file.read_text(encoding="utf-8").split("\n")) - {""} if done_file.exists() else set()
    if output.exists():
        kept, dropped = [], 0
        with open(output, encoding="utf-8") as lines:
            for line in lines:
                try:
                    complete = json.loads(line).get("doc_id") in done
                except ValueError:
                    complete = False
                if complete:
                    kept.append(line)
                else:
                    dropped += 1
        if dropped:
            output.write_text("".join(kept), encoding="utf-8")
    return done


def run_extract(paths: list[str], output: str | Path, errors: str | Path | None = None, resume: bool = False,
                progress: bool = True, **options) -> BatchSummary:
    """Extract every document of ``paths`` into the JSON Lines file ``output`` (see module doc).

    ``options`` go to :func:`iter_results` (models, pipeline, device, stance, targets, workers,
    scheduler). Returns the counts of the run.
    """
    output = Path(output)
    done = finished_ids(output) if resume else set()
    if not resume:
        Path(f"{output}.done").unlink(missing_ok=True)
    summary = BatchSummary()

    def todo() -> Iterator[Article | ReadError]:
        for item in read_articles(paths):
            if item.doc_id in done:
                summary.skipped += 1
                continue
            yield item

    mode = "a" if resume else "w"
    with open(output, mode, encoding="utf-8") as out, open(f"{output}.done", mode, encoding="utf-8") as marks, \
            (open(errors, "a", encoding="utf-8") if errors else open(_devnull(), "w")) as bad, \
            tqdm(unit="doc", desc="extract", disable=not (progress and sys.stderr.isatty())) as bar:
        for result in iter_results(todo(), **options):
            bar.update(1)
            for note in result.warnings:
                tqdm.write(f"warning: {note}", file=sys.stderr)
            if result.error is not None:
                summary.errors += 1
                tqdm.write(f"skipped {result.error.doc_id}: {result.error.reason}", file=sys.stderr)
                bad.write(json.dumps(vars(result.error), ensure_ascii=False) + "\n")
                bad.flush()
                doc_id = result.error.doc_id
            else:
                summary.documents += 1
                summary.quotations += len(result.quotations)
                out.write("".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in result.quotations))
                out.flush()
                doc_id = result.article.doc_id
            marks.write(doc_id + "\n")
            marks.flush()
            bar.set_postfix(quotes=summary.quotations, errors=summary.errors, refresh=False)
    return summary


def _devnull() -> str:
    import os
    return os.devnull
