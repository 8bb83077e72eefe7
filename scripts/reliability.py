"""`make reliability`: the long versions of the reliability tests, with the figures they add up to.

Runs, each as one pytest run with larger counts than `make test` uses:

1. the reader fuzz test (tests/ingest/test_fuzz.py) over EVENTWIRE_FUZZ_EXAMPLES examples per
   property, each example one to four hostile files;
2. the `eventwire ingest` fuzz test over CLI examples (a fresh process each);
3. kill -9 at random points of `eventwire ingest`;
4. the concurrency soak: two ingests into one database at once, and ingest while serve answers;
5. 3 and 4 again against a throwaway PostgreSQL server, when initdb and pg_ctl are installed.

Usage: python scripts/reliability.py [--fuzz N] [--cli N] [--kills N] [--reruns N] [--rounds N]
       [--pg-kills N] [--pg-reruns N] [--pg-rounds N]
A step's failure is printed with its pytest output; the exit code is 1 if any step failed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fuzz", type=int, default=5000, help="examples per reader property (2 properties)")
    parser.add_argument("--cli", type=int, default=60, help="ingest command fuzz examples")
    parser.add_argument("--kills", type=int, default=100, help="kill -9s of ingest (SQLite)")
    parser.add_argument("--reruns", type=int, default=10,
                        help="runs to the end after kills, each compared with a clean run (SQLite)")
    parser.add_argument("--rounds", type=int, default=10, help="concurrency soak rounds (SQLite)")
    parser.add_argument("--pg-kills", type=int, default=100, help="kill -9s of ingest (PostgreSQL)")
    parser.add_argument("--pg-reruns", type=int, default=10,
                        help="runs to the end after kills, each compared with a clean run (PostgreSQL)")
    parser.add_argument("--pg-rounds", type=int, default=3, help="concurrency soak rounds (PostgreSQL)")
    return parser.parse_args()


def steps(args: argparse.Namespace) -> list[tuple[str, list[str], dict[str, str]]]:
    pg = {"EVENTWIRE_RELIABILITY_BACKEND": "postgresql"}
    return [
        ("reader fuzz", ["tests/ingest/test_fuzz.py"], {"EVENTWIRE_FUZZ_EXAMPLES": str(args.fuzz)}),
        ("ingest command fuzz", ["tests/reliability/test_fuzz_cli.py"],
         {"EVENTWIRE_FUZZ_CLI_EXAMPLES": str(args.cli)}),
        ("kill -9, SQLite", ["tests/reliability/test_kill.py"],
         {"EVENTWIRE_RELIABILITY_KILLS": str(args.kills), "EVENTWIRE_RELIABILITY_RERUNS": str(args.reruns)}),
        ("concurrency soak, SQLite", ["tests/reliability/test_concurrency.py"],
         {"EVENTWIRE_RELIABILITY_ROUNDS": str(args.rounds)}),
        ("kill -9, PostgreSQL", ["tests/reliability/test_kill.py"],
         {**pg, "EVENTWIRE_RELIABILITY_KILLS": str(args.pg_kills),
          "EVENTWIRE_RELIABILITY_RERUNS": str(args.pg_reruns)}),
        ("concurrency soak, PostgreSQL", ["tests/reliability/test_concurrency.py"],
         {**pg, "EVENTWIRE_RELIABILITY_ROUNDS": str(args.pg_rounds)}),
    ]


def run_step(name: str, tests: list[str], env: dict[str, str], tally: Path) -> tuple[str, Counter, float]:
    began = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", *tests],
                          cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "HF_HUB_OFFLINE": "1", "EVENTWIRE_RELIABILITY_TALLY": str(tally),
                               **env})
    seconds = time.monotonic() - began
    counts = read_tally(tally)
    last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    status = "ok" if proc.returncode == 0 and "skipped" not in last else (
        "skipped" if proc.returncode == 0 else "FAILED")
    if status != "ok":
        print(proc.stdout[-6000:], proc.stderr[-2000:], sep="\n", file=sys.stderr)
    print(f"{name:32} {status:8} {seconds:7.0f} s  {last}  {dict(counts)}", flush=True)
    return status, counts, seconds


def read_tally(path: Path) -> Counter:
    counts: Counter = Counter()
    if path.exists():
        for line in path.read_text().splitlines():
            counts.update(json.loads(line))
        path.unlink()
    return counts


def main() -> int:
    args = arguments()
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        tally = Path(tmp) / "tally.jsonl"
        for name, tests, env in steps(args):
            status, _, _ = run_step(name, tests, env, tally)
            failed |= status == "FAILED"
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
