"""Cost of language identification against the whole ingest: python bench/language_cost.py [--n 400]

Builds the articles of bench/bench_pipeline.py (N articles of about WORDS words from the sample
corpus), pins the process to one core and, in the same run, times:
  identify  eventwire.language.identify on each article (title and text), after one warm-up call
            (the model loads once per process, about 0.2 s, and is timed apart);
  ingest    pipeline.ingest of the same articles as JSONL into a fresh SQLite database, without
            the relink batch step (language identification runs inside it, as the language stage).
Prints the seconds and the share identify / ingest.  The issue's target is a share of at most 2%.
Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import make_articles, timed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--core", type=int, default=0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.core})

    from eventwire import pipeline
    from eventwire.language import identify
    from eventwire.settings import Settings
    from eventwire.store import open_store

    rows = make_articles(args.n, args.words)
    load_s = timed(lambda: identify("warm up the model"))
    identify_s = timed(lambda: [identify(r["text"], r.get("title")) for r in rows])
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "bench.jsonl"
        src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
        store = open_store(str(Path(tmp) / "bench.db"))
        ingest_s = timed(lambda: pipeline.ingest([str(src)], store, Settings(), link=False))
        store.close()
    print(f"{len(rows)} articles; one core; {time.strftime('%Y-%m-%d %H:%M')}")
    print("| step | seconds | per article (ms) |")
    print("|---|---:|---:|")
    print(f"| model load (once per process) | {load_s:.3f} | |")
    print(f"| language identification | {identify_s:.3f} | {1000 * identify_s / len(rows):.3f} |")
    print(f"| whole ingest (read, language, extract, geocode, SQLite) | {ingest_s:.2f} | "
          f"{1000 * ingest_s / len(rows):.1f} |")
    print(f"\nlanguage identification = {100 * identify_s / ingest_s:.2f}% of ingest time")


if __name__ == "__main__":
    main()
