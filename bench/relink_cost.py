"""The cost of the first relink over N stored articles, at several N.  Not a test:
    PYTHONPATH=. python bench/relink_cost.py STORE.db --sizes 10000,40000 [--work DIR]

STORE.db is a SQLite store filled without relinking (e.g. by `bench/store_growth.py`, or an ingest
stopped before its relink).  For each size N it copies the store, keeps only the first N articles in
the order they were stored (and their mentions), and relinks the copy from scratch in a new
process, printing wall and CPU seconds, ms per article and the relink process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def trimmed_copy(store: Path, n: int, work: Path) -> Path:
    """A copy of `store` holding only its first `n` stored articles and their mentions."""
    copy = work / f"relink-{n}.db"
    for end in ("", "-wal", "-shm"):
        if Path(f"{store}{end}").exists():
            shutil.copy(f"{store}{end}", f"{copy}{end}")
    conn = sqlite3.connect(copy)
    conn.execute("CREATE TEMP TABLE kept AS SELECT id FROM articles ORDER BY ingested_at, id LIMIT ?", (n,))
    conn.execute("DELETE FROM mentions WHERE article_id NOT IN (SELECT id FROM kept)")
    conn.execute("DELETE FROM articles WHERE id NOT IN (SELECT id FROM kept)")
    conn.commit()
    conn.close()
    return copy


def relink_child(db: str) -> None:
    from eventwire import pipeline
    from eventwire.store import open_store

    store = open_store(db, create=False)
    wall, cpu = time.perf_counter(), time.process_time()
    pipeline.relink(store)
    print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
                      "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "events": store.count_events(), "articles": store.count_articles()}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--work", type=Path, default=None, help="where the copies go (default: beside STORE)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        relink_child(args.child)
        return
    work = args.work or args.store.parent
    print("| articles | events | relink wall s | CPU s | CPU ms/article | peak RSS MiB | load before |\n"
          "|---|---|---|---|---|---|---|", flush=True)
    for n in (int(x) for x in args.sizes.split(",")):
        copy = trimmed_copy(args.store, n, work)
        load = os.getloadavg()[0]
        out = subprocess.run([sys.executable, __file__, str(args.store), "--child", str(copy)], check=True,
                             capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"| {r['articles']:,} | {r['events']:,} | {r['wall']:.1f} | {r['cpu']:.1f} | "
              f"{1000 * r['cpu'] / r['articles']:.2f} | {r['rss_mib']:.0f} | {load:.1f} |", flush=True)
        for end in ("", "-wal", "-shm"):
            Path(f"{copy}{end}").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
