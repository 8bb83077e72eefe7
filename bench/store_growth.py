"""Does storing an article cost more as the store grows?  Not a test:
    PYTHONPATH=. python bench/store_growth.py --n 40000 --chunk 2000 --db /tmp/growth.db [--profile-at 0,38000]

Ingests the first N articles of the varied corpus (`bench_scale.varied_articles`) into one SQLite
store without relinking (`pipeline.ingest(..., link=False)`), CHUNK articles at a time with one
annotator, and prints per chunk the wall and CPU milliseconds per article (CPU time of this process,
so other users of a shared machine do not inflate it), the store's size and the load average.
With --profile-at, the chunks starting at those offsets run under cProfile; their top functions by
cumulative time are written next to the database (`DB.profile-OFFSET.txt`).
With --relink, the store is then relinked once (timed, CPU time too; with --profile-relink under
cProfile, written to `DB.profile-relink.txt`).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import disk_mib, varied_articles  # noqa: E402


def ingest_chunk(articles: list[dict], store, settings, annotator, folder: Path) -> None:
    from eventwire import pipeline

    path = folder / "chunk.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    report = pipeline.ingest([str(path)], store, settings, link=False, annotator=annotator)
    if report.discarded or report.failed:
        raise SystemExit(f"{report.discarded} discarded, {report.failed} failed: {report.discards[0].reason}")


def profiled(fn, out: Path) -> None:
    profile = cProfile.Profile()
    profile.runcall(fn)
    text = io.StringIO()
    pstats.Stats(profile, stream=text).sort_stats("cumulative").print_stats(45)
    out.write_text(text.getvalue(), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--chunk", type=int, default=2000)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--skip", type=int, default=0, help="start at this offset (the store holds the rest)")
    parser.add_argument("--profile-at", default="", help="comma-separated chunk offsets to profile")
    parser.add_argument("--relink", action="store_true")
    parser.add_argument("--profile-relink", action="store_true")
    args = parser.parse_args()

    from eventwire.pipeline import Annotator
    from eventwire.settings import Settings
    from eventwire.store import open_store

    settings = Settings()
    store = open_store(str(args.db))
    annotator = Annotator(settings, cache=store)
    articles = varied_articles(args.n)
    at = {int(x) for x in args.profile_at.split(",") if x}
    print("| from | to | wall ms/article | CPU ms/article | store MiB | load 1 min |\n|---|---|---|---|---|---|",
          flush=True)
    with tempfile.TemporaryDirectory(prefix="growth") as tmp:
        for start in range(args.skip, args.n, args.chunk):
            chunk = articles[start:start + args.chunk]
            wall, cpu = time.perf_counter(), time.process_time()
            run = lambda: ingest_chunk(chunk, store, settings, annotator, Path(tmp))  # noqa: E731
            if start in at:
                profiled(run, Path(f"{args.db}.profile-{start}.txt"))
            else:
                run()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            print(f"| {start:,} | {start + len(chunk):,} | {1000 * wall / len(chunk):.1f} | "
                  f"{1000 * cpu / len(chunk):.1f} | {disk_mib(args.db):.0f} | {os.getloadavg()[0]:.1f} |", flush=True)
    if args.relink:
        from eventwire.pipeline import relink

        wall, cpu = time.perf_counter(), time.process_time()
        if args.profile_relink:
            profiled(lambda: relink(store), Path(f"{args.db}.profile-relink.txt"))
        else:
            relink(store)
        print(f"relink of {args.n:,} articles: {time.perf_counter() - wall:.1f} s wall, "
              f"{time.process_time() - cpu:.1f} s CPU, load {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()
