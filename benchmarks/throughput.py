"""Throughput on the same documents: ours (1 process, 2 Dask workers), the naive way, and the floor.

Usage: python benchmarks/throughput.py ../shared/polnear/dev/text [--limit N] [--no-stance] [--device cuda]

Each mode runs in its own subprocess (so peak memory is its own) after one warm-up document:
- ``ours``: ``quotes`` as shipped, single process (only paragraphs that can hold a quotation are
  parsed, batched across documents);
- ``ours-2-workers``: the same on a local Dask cluster of 2 worker processes (peak memory per worker);
- ``naive``: the full stanza pipeline over all the text, then attribution;
- ``tokenize-only``: stanza's tokenizer alone over all the text (the floor of any stanza pipeline).
It also checks that ``ours`` and ``naive`` find the same quotations and speakers.
Prints documents per second and peak resident memory per process.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MODES = ("ours", "ours-2-workers", "naive", "tokenize-only")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_mode(mode: str, paths: list[Path], stance: bool, device: str = "cpu") -> dict:
    """Run one mode in this process; return documents/s, peak memory and the quotations found."""
    import torch

    from quotes.batch import iter_results
    from quotes.extraction import extract_articles
    from quotes.parsing import load_pipeline
    from quotes.reading import read_articles
    articles = [a for a in read_articles(paths)]
    found, worker_peak = [], None
    if mode == "tokenize-only":
        import stanza
        tokenizer = load_pipeline(device=device).processors["tokenize"]  # the shipped tokenizer, nothing else
        tokenizer.process(stanza.Document([], text=articles[0].text))
        began = time.perf_counter()
        for article in articles:
            tokenizer.process(stanza.Document([], text=article.text))
        elapsed = time.perf_counter() - began
    elif mode == "ours-2-workers":
        from dask.distributed import Client, LocalCluster
        with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            list(iter_results(articles[:2], client=client, device=device, stance=stance, chunk_size=1))  # warm-up
            began = time.perf_counter()
            for result in iter_results(articles, client=client, device=device, stance=stance, chunk_size=4):
                found.extend((q.doc_id, q.start, q.end, q.speaker) for q in result.quotations)
            elapsed = time.perf_counter() - began
            worker_peak = round(max(client.run(_peak_mb).values()))
    else:
        torch.set_num_threads(2)
        pipeline = load_pipeline(device=device)
        list(extract_articles(articles[:1], pipeline=pipeline, stance=stance))  # warm-up
        began = time.perf_counter()
        for result in extract_articles(articles, pipeline=pipeline, stance=stance, parse_all=mode == "naive"):
            found.extend((q.doc_id, q.start, q.end, q.speaker) for q in result.quotations)
    if mode in ("ours", "naive"):
        elapsed = time.perf_counter() - began
    return {"mode": mode, "docs": len(articles), "seconds": round(elapsed, 1),
            "docs_per_s": round(len(articles) / elapsed, 2), "peak_mb": round(_peak_mb()),
            "worker_peak": worker_peak, "found": found}


def main() -> None:
    """Run every mode in a subprocess and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--no-stance", dest="stance", action="store_false")
    parser.add_argument("--device", default="cpu", help="where stanza runs: cpu (default) or cuda")
    parser.add_argument("--modes", nargs="*", choices=MODES, default=list(MODES), help="which modes to run")
    parser.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    paths = sorted(args.folder.glob("*.txt"))[:args.limit]
    if not paths:
        sys.exit(f"no .txt documents in {args.folder} (for PolNeAR, give its text folder: ../shared/polnear/dev/text)")
    if args.mode:
        print(json.dumps(run_mode(args.mode, paths, args.stance, args.device)))
        return
    results = {}
    for mode in args.modes:
        cmd = [sys.executable, __file__, str(args.folder), "--mode", mode, "--device", args.device] + \
              (["--limit", str(args.limit)] if args.limit else []) + ([] if args.stance else ["--no-stance"])
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            print(f"{mode}: failed: {done.stderr.strip().splitlines()[-1]}", flush=True)
            continue
        results[mode] = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{mode}: {results[mode]['docs_per_s']} docs/s", flush=True)
    print(f"{len(paths)} documents from {args.folder} (stance {'on' if args.stance else 'off'}, stanza on {args.device})")
    print(f"{'mode':16} {'docs/s':>7} {'seconds':>8} {'peak MB per process':>20}")
    for mode, r in results.items():
        peak = f"{r['worker_peak']} (per worker)" if r["worker_peak"] else str(r["peak_mb"])
        print(f"{mode:16} {r['docs_per_s']:7.2f} {r['seconds']:8.1f} {peak:>20}")
    if "ours" not in results or "naive" not in results:
        return
    ours, naive = set(map(tuple, results["ours"]["found"])), set(map(tuple, results["naive"]["found"]))
    print(f"speed-up over naive: {results['ours']['docs_per_s'] / results['naive']['docs_per_s']:.2f}x")
    print(f"same quotations and speakers as parsing everything: {ours == naive} "
          f"({len(ours)} vs {len(naive)}, {len(ours ^ naive)} differ)")


if __name__ == "__main__":
    main()
