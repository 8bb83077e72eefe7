"""Single process vs Spark local mode, at one size:
    PYTHONPATH=. python bench/bench_scale.py --n 1000 [--master 'local[2]'] [--runs single,spark] [--cold-start]

Generates N short conflict-news articles in our own words (incidents in towns of several countries,
each reported by one to three outlets in different words, some syndicated word for word, so that
linking finds stories, copies and cross-source events), writes them as JSONL, and times each run in
a fresh child process (so that its peak RSS is its own):
  single   `pipeline.ingest` into a fresh SQLite database (read, annotate, store, relink);
  spark    `scale.spark_ingest` on MASTER (start-up, read, annotate, link, write Parquet).
Then checks that both made the same events (ids, types, dates, places, fatalities) and the same
mentions in each.  Prints a markdown table: wall time, articles/s, ms per article, CPU ms per article
(the child's user + system time, with the children it reaped: on a shared machine the figure that
says whether the cost per article stays flat), the single process's final relink on its own (wall
and CPU), peak RSS (of the
run's own process, and of its process tree: for Spark the JVM and Python workers too), size on disk; with
--cold-start, also the wall time of `eventwire extract` on one article in a new process (best of 3).
The machine's load average is printed before and after.  Not a test.  Spark needs pyspark and Java.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

TOWNS = [("Maiduguri", "Borno"), ("Damboa", "Borno"), ("Kaduna", "Kaduna"), ("Jilib", "Middle Juba"),
         ("Afgooye", "Lower Shabelle"), ("Kismayo", "Lower Juba"), ("Mosul", "Nineveh"), ("Tarmiyah", "Baghdad"),
         ("Tyre", "South Lebanon"), ("Lashio", "Shan"), ("Goma", "North Kivu"), ("Bunia", "Ituri")]
ACTORS = ["armed men", "gunmen on motorcycles", "militants", "unidentified attackers", "insurgents"]
OUTLETS = ["Coastal Courier", "Highland Herald", "Daily Ledger", "River Post"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

REPORTS = [
    "{actor_cap} attacked a village on the outskirts of {town} on {day}, killing {n} civilians, residents said. "
    "Witnesses said the attackers set fire to several houses and shops before leaving. Local officials in "
    "{region} said the wounded were taken to the main hospital in {town}, where doctors treated them overnight.",
    "At least {n} people were killed when {actor} stormed a market near {town} on {day}, a community leader told "
    "reporters. Traders said they fled as the shooting began. Security forces arrived several hours later and "
    "began searching nearby farms, according to a spokesman for the {region} administration.",
    "Residents of {town} buried {n} victims on {day} after {actor} opened fire on a crowd at a water point, "
    "relatives said. The {region} authorities condemned the killing and promised an inquiry, while aid workers "
    "said many families had left the area for safer districts.",
]
QUIET = ("Farmers around {town} said on {day} that the harvest would be late this year because of poor rains. "
         "Traders in the {region} market expect the price of grain to rise before the end of the season, and "
         "officials promised to repair the road to the river crossing.")


def make_articles(n: int, start: dt.date = dt.date(2024, 1, 8)) -> list[dict]:
    """N articles: each incident is reported by up to three outlets; every fifth report is a wire copy;
    one in seven articles is quiet local news with no event."""
    out: list[dict] = []
    incident = 0
    while len(out) < n:
        town, region = TOWNS[incident % len(TOWNS)]
        day = start + dt.timedelta(days=(incident * 3) % 700)
        values = dict(town=town, region=region, day=WEEKDAYS[day.weekday()], n=2 + incident % 9,
                      actor=ACTORS[incident % len(ACTORS)])
        values["actor_cap"] = values["actor"][0].upper() + values["actor"][1:]
        reports = 1 + incident % 3
        for r in range(reports):
            kind = QUIET if incident % 7 == 6 else REPORTS[(incident + r) % len(REPORTS)]
            text = kind.format(**values) + f" Report {incident}."
            out.append(_article(f"gen{incident:06d}-{r}", text, day, OUTLETS[r % len(OUTLETS)], town))
            if (incident + r) % 5 == 0:
                out.append(_article(f"gen{incident:06d}-{r}w", text, day, OUTLETS[(r + 1) % len(OUTLETS)], town))
        incident += 1
    return out[:n]


def varied_articles(n: int, seed: int = 1) -> list[dict]:
    """N articles from the linking bench's world (`linking_corpus`): eight conflict areas, wire briefs,
    long articles, local outlets, copies, follow-ups and undated reports, in publication order --
    reports of one incident resemble each other as real ones do, not every report every other one
    (the templates of `make_articles` make nearly all articles copies of four)."""
    from linking_corpus import corpus

    items = corpus(max(10, n // 3), seed).items()
    return [{"id": a.id, "title": a.title, "published": a.published.isoformat() if a.published else None,
             "source": a.source, "text": a.text} for a, _ in items[:n]]


def _article(aid: str, text: str, day: dt.date, outlet: str, town: str) -> dict:
    published = day + dt.timedelta(days=1)
    return {"id": aid, "title": f"Violence near {town}", "published": published.isoformat(), "source": outlet,
            "text": text}


def run_single(path: Path, work: Path) -> dict:
    from eventwire import pipeline
    from eventwire.settings import Settings
    from eventwire.store import open_store

    store = open_store(str(work / "single.db"))
    started, cpu = time.perf_counter(), time.process_time()
    report = pipeline.ingest([str(path)], store, Settings(), link=False)
    if report.discarded:  # a figure over discarded input would measure nothing
        raise SystemExit(f"{report.discarded} inputs discarded: {report.discards[0].reason}")
    stored, stored_cpu = time.perf_counter(), time.process_time()
    pipeline.relink(store)   # what `pipeline.ingest` does after storing, timed on its own
    return {"seconds": time.perf_counter() - started, "relink_s": time.perf_counter() - stored,
            "relink_cpu": time.process_time() - stored_cpu, "store_cpu": stored_cpu - cpu}


def run_spark(path: Path, work: Path, master: str) -> dict:
    from eventwire.scale import spark_ingest
    from eventwire.settings import Settings

    started = time.perf_counter()
    report = spark_ingest([str(path)], str(work / "spark"), Settings(), master)
    return {"seconds": time.perf_counter() - started, "events": report.events, "phases": dict(report.seconds)}


def in_child(kind: str, path: Path, work: Path, master: str) -> dict:
    """Run one kind in a new process; its figures, wall time and peak RSS (MiB): of the process alone
    (`ru_maxrss`) and of its whole process tree (JVM and Python workers too), sampled twice a second."""
    command = [sys.executable, __file__, "--child", kind, "--input", str(path), "--work", str(work),
               "--master", master]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    peak = [0]
    sampler = threading.Thread(target=_sample_tree, args=(child, peak), daemon=True)
    sampler.start()
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    sampler.join()
    if child.returncode != 0:
        raise SystemExit(f"{kind} run failed (exit {child.returncode})")
    figures = json.loads(output.strip().splitlines()[-1])
    return {**figures, "wall": time.perf_counter() - started, "rss_mib": usage.ru_maxrss / 1024,
            "tree_mib": peak[0] / 2**20, "cpu": usage.ru_utime + usage.ru_stime}


def _sample_tree(child: subprocess.Popen, peak: list[int]) -> None:
    while child.returncode is None:
        peak[0] = max(peak[0], _tree_rss(child.pid))
        time.sleep(0.5)


def _tree_rss(root: int) -> int:
    """Bytes resident in `root` and its descendants now (Linux /proc)."""
    parent, rss = {}, {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            pid = int(stat.parent.name)
            parent[pid], rss[pid] = int(fields[1]), int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue   # the process ended while we read it
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, ppid in parent.items() if ppid in tree} - tree
        tree |= more
        grew = bool(more)
    return sum(rss.get(pid, 0) for pid in tree)


def disk_mib(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    siblings = [Path(f"{path}{end}") for end in ("-wal", "-shm")] if path.is_file() else []
    return sum(p.stat().st_size for p in files + [s for s in siblings if s.exists()]) / 2**20


PART = 10_000  # articles per input file: a file is read whole, and ingest refuses one over 20 MiB


def write_parts(folder: Path, articles: list[dict]) -> None:
    """The articles as JSONL files of PART articles each, in `folder` (ingested as one folder)."""
    folder.mkdir()
    for n in range(0, len(articles), PART):
        text = "".join(json.dumps(a) + "\n" for a in articles[n:n + PART])
        (folder / f"part-{n // PART:04d}.jsonl").write_text(text, encoding="utf-8")


def cold_start(path: Path) -> float:
    """Best of three: `eventwire extract` on one article, in a new process each time."""
    one = path.parent / "one.jsonl"
    first = sorted(path.iterdir())[0]
    one.write_text(first.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    times = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "eventwire", "extract", str(one)], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return min(times)


def same_events(store, out: Path) -> tuple[bool, int, int]:
    import pyarrow.dataset as ds

    from eventwire.records import Event

    got = {r["event_id"]: (Event.model_validate_json(r["record_json"]), tuple(r["mention_ids"]))
           for r in ds.dataset(str(out / "events"), format="parquet", partitioning="hive").to_table().to_pylist()}
    expected = {e.id: (e, tuple(store.event_mention_ids(e.id))) for e in store.list_events()}
    return got == expected, len(got), len(expected)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--runs", default="single,spark", help="comma-separated: single, spark")
    parser.add_argument("--cold-start", action="store_true")
    parser.add_argument("--corpus", choices=["templates", "varied"], default="templates",
                        help="templates: three report templates (near-copies: the linker's worst case); "
                             "varied: the linking bench's world (bench/linking_corpus.py)")
    parser.add_argument("--child", choices=["single", "spark"], help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if args.child:
        run = run_single(args.input, args.work) if args.child == "single" else run_spark(args.input, args.work, args.master)
        print(json.dumps(run))
        return
    runs = args.runs.split(",")
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bench_scale") as tmp:
        work = Path(tmp)
        path = work / "articles"
        articles = varied_articles(args.n) if args.corpus == "varied" else make_articles(args.n)
        write_parts(path, articles)
        results = {}
        for kind in runs:
            results[kind] = in_child(kind, path, work, args.master)
            results[kind]["disk_mib"] = disk_mib(work / ("single.db" if kind == "single" else "spark"))
        cold = cold_start(path) if args.cold_start else None
        equal = None
        if set(runs) == {"single", "spark"}:
            from eventwire.store import open_store

            equal = same_events(open_store(str(work / "single.db"), create=False), work / "spark")
    print(f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.node()}, {os.cpu_count()} CPUs, "
          f"load average before {load_before[0]:.1f}/{load_before[1]:.1f}, after {os.getloadavg()[0]:.1f}/"
          f"{os.getloadavg()[1]:.1f} (1/5 min); {args.n} articles ({args.corpus} corpus)")
    print("| run | articles | wall s | articles/s | ms/article | CPU ms/article | relink wall / CPU s "
          "| peak RSS MiB (process / tree) | on disk MiB |\n|---|---|---|---|---|---|---|---|---|")
    for kind, r in results.items():
        name = "single process" if kind == "single" else f"spark {args.master}"
        relink = f"{r['relink_s']:.1f} / {r['relink_cpu']:.1f}" if "relink_s" in r else "(in the run)"
        print(f"| {name} | {args.n:,} | {r['wall']:.1f} | {args.n / r['wall']:.1f} | {1000 * r['wall'] / args.n:.1f} "
              f"| {1000 * r['cpu'] / args.n:.1f} | {relink} | {r['rss_mib']:.0f} / {r['tree_mib']:.0f} "
              f"| {r['disk_mib']:.1f} |")
    for kind, r in results.items():
        if "phases" in r:
            print(f"{kind} phases (wall s): " + ", ".join(f"{k} {v:.1f}" for k, v in r["phases"].items()))
    if cold is not None:
        print(f"cold start of `eventwire extract` on one article: {cold:.2f} s (best of 3)")
    if equal is not None:
        same, got, expected = equal
        print(f"speed-up {results['single']['wall'] / results['spark']['wall']:.2f}x; same events and mentions: "
              f"{same} ({got} on Spark, {expected} single)")


if __name__ == "__main__":
    main()
