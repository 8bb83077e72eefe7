"""Single process vs Spark local mode: python bench/bench_scale.py [--n 1000] [--master 'local[2]'].

Generates N short conflict-news articles in our own words (incidents in towns of several countries,
each reported by one to three outlets in different words, some syndicated word for word, so that
linking finds stories, copies and cross-source events), writes them as JSONL, and times in one run:
  single   `pipeline.ingest` into a fresh SQLite database (read, annotate, store, relink);
  spark    `scale.spark_ingest` on MASTER (start-up, read, annotate, link, write Parquet).
Then checks that both made the same events (ids, types, dates, places, fatalities) and the same
mentions in each.  Prints a markdown table: wall time, articles/s, ms per article.  Not a test.
Needs pyspark and Java (pip install 'eventwire[spark]').
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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


def _article(aid: str, text: str, day: dt.date, outlet: str, town: str) -> dict:
    published = day + dt.timedelta(days=1)
    return {"id": aid, "title": f"Violence near {town}", "published": published.isoformat(), "source": outlet,
            "text": text}


def run_single(path: Path, work: Path):
    from eventwire import pipeline
    from eventwire.settings import Settings
    from eventwire.store import open_store

    store = open_store(str(work / "single.db"))
    started = time.perf_counter()
    pipeline.ingest([str(path)], store, Settings())
    return time.perf_counter() - started, store


def run_spark(path: Path, work: Path, master: str):
    from eventwire.scale import spark_ingest
    from eventwire.settings import Settings

    started = time.perf_counter()
    report = spark_ingest([str(path)], str(work / "spark"), Settings(), master)
    return time.perf_counter() - started, report


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
    args = parser.parse_args()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    with tempfile.TemporaryDirectory(prefix="bench_scale") as tmp:
        work = Path(tmp)
        path = work / "articles.jsonl"
        path.write_text("".join(json.dumps(a) + "\n" for a in make_articles(args.n)), encoding="utf-8")
        single_s, store = run_single(path, work)
        spark_s, report = run_spark(path, work, args.master)
        equal, got, expected = same_events(store, work / "spark")
    print(f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.node()}, {os.cpu_count()} CPUs, "
          f"load {os.getloadavg()[0]:.1f}; {args.n} articles, {report.events} events")
    print("| run | wall s | articles/s | ms/article |\n|---|---|---|---|")
    for name, seconds in (("single process", single_s), (f"spark {args.master}", spark_s)):
        print(f"| {name} | {seconds:.1f} | {args.n / seconds:.1f} | {1000 * seconds / args.n:.1f} |")
    print(f"speed-up {single_s / spark_s:.2f}x; same events and mentions: {equal} ({got} on Spark, {expected} single)")


if __name__ == "__main__":
    main()
