"""Kill a large batch run half way, resume it, and check that nothing is lost or duplicated.

Usage: python benchmarks/resume_check.py ../shared/polnear [--docs 2000] [--workers 2] [--kill-after 0.5]

Builds a JSON Lines corpus of ``--docs`` articles from PolNeAR train and dev texts (repeated under
new ids as needed), runs ``quotes extract --workers N`` on it, kills the whole process group with
SIGKILL once ``--kill-after`` of the documents are done, runs the same command with ``--resume``,
and then checks: every document id is finished exactly once, no quotation appears twice, and the
resumed output equals, document by document, a fresh single-process run on a sample of documents.
Prints the memory (RSS of the command and its workers) sampled every few seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import psutil


def build_corpus(polnear: Path, docs: int, dest: Path) -> list[str]:
    """Write ``docs`` articles as JSON Lines; return their ids."""
    texts = sorted((polnear / "train" / "text").glob("*.txt")) + sorted((polnear / "dev" / "text").glob("*.txt"))
    ids = []
    with open(dest, "w", encoding="utf-8") as out:
        for i in range(docs):
            path = texts[i % len(texts)]
            doc_id = f"{i:05d}-{path.stem}"
            out.write(json.dumps({"id": doc_id, "text": path.read_text(encoding="utf-8")}) + "\n")
            ids.append(doc_id)
    return ids


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its children, in MB."""
    try:
        proc = psutil.Process(pid)
        return sum(p.memory_info().rss for p in [proc] + proc.children(recursive=True)) / 1e6
    except psutil.Error:
        return 0.0


def run(cmd: list[str], done_file: Path, stop_at: int | None, log: list[str]) -> int:
    """Run ``cmd`` in its own process group; SIGKILL it once ``stop_at`` documents are done."""
    proc = subprocess.Popen(cmd, start_new_session=True, stderr=subprocess.DEVNULL)
    began = time.time()
    while proc.poll() is None:
        time.sleep(3)
        done = len(done_file.read_text().split()) if done_file.exists() else 0
        log.append(f"t={time.time() - began:6.0f}s done={done:5d} rss={tree_rss_mb(proc.pid):7.0f} MB")
        print(log[-1], flush=True)
        if stop_at is not None and done >= stop_at:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return -9
    return proc.returncode


def main() -> None:
    """Build, run, kill, resume, check."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("polnear", type=Path)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--kill-after", type=float, default=0.5)
    parser.add_argument("--sample", type=int, default=5, help="documents re-run in one process for comparison")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="quotes-resume-"))
    corpus, out = work / "corpus.jsonl", work / "quotes.jsonl"
    ids = build_corpus(args.polnear, args.docs, corpus)
    base = [sys.executable, "-m", "quotes.cli", "extract", str(corpus), "-o", str(out), "--quiet",
            "--no-stance", "--workers", str(args.workers)]
    log: list[str] = []
    print(f"corpus: {len(ids)} documents in {corpus}")
    code = run(base, Path(f"{out}.done"), int(args.kill_after * len(ids)), log)
    killed_at = len(Path(f"{out}.done").read_text().split())
    print(f"first run: exit {code}, killed with {killed_at} documents done")
    code = run(base + ["--resume"], Path(f"{out}.done"), None, log)
    print(f"resumed run: exit {code}")
    done = Path(f"{out}.done").read_text().split()
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    keys = Counter((r["doc_id"], r["quote_id"]) for r in records)
    problems = []
    if Counter(done) != Counter(ids):
        problems.append(f"finished ids differ from the input: {len(set(ids) - set(done))} missing, "
                        f"{sum(c - 1 for c in Counter(done).values() if c > 1)} repeated")
    if any(c > 1 for c in keys.values()):
        problems.append(f"{sum(c > 1 for c in keys.values())} duplicated quotations")
    sample = [ids[i] for i in range(0, len(ids), max(1, len(ids) // args.sample))][:args.sample]
    sample_file = work / "sample.jsonl"
    with open(corpus, encoding="utf-8") as rows, open(sample_file, "w", encoding="utf-8") as dest:
        dest.writelines(row for row in rows if json.loads(row)["id"] in set(sample))
    fresh = work / "fresh.jsonl"
    subprocess.run([sys.executable, "-m", "quotes.cli", "extract", str(sample_file), "-o", str(fresh),
                    "--quiet", "--no-stance"], check=True, stderr=subprocess.DEVNULL)
    fresh_records = [json.loads(line) for line in fresh.read_text(encoding="utf-8").splitlines()]
    if [r for r in records if r["doc_id"] in set(sample)] != fresh_records:
        problems.append("resumed output differs from a fresh run on the sample documents")
    peak = max(float(line.split("rss=")[1].split()[0]) for line in log) if log else 0.0
    print(f"documents: {len(ids)}, finished: {len(set(done))}, quotations: {len(records)}, "
          f"peak memory (command + workers): {peak:.0f} MB")
    print("OK: no duplicates, no losses" if not problems else "PROBLEMS: " + "; ".join(problems))


if __name__ == "__main__":
    main()
