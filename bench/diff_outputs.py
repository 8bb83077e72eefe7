"""Output diff for refactors that must not change behaviour.

  python bench/diff_outputs.py run OUT.jsonl [--shared ../shared] [--sets a,b,...]
  python bench/diff_outputs.py diff BEFORE.jsonl AFTER.jsonl [--max-lines N]

`run` feeds every article of the chosen sets through the per-article pipeline as `eventwire
extract` does (`pipeline.Annotator`: rule detection, spaCy on the mentions, coding, geocoding),
and writes one canonical JSON line per article, sorted: its set, a key, its id, every field of
every event it yields (`model_dump(mode="json")`, keys sorted, so evidence spans, confidence and
place mentions are compared too), or the Discard it became, or the exception the pipeline let
through on it (recorded, and the rest of the set goes on).  CASE snippets also carry the
typing answer `eval case2021` scores (`typing.passage_type`).  The sets:

  samples           eventwire/samples (the packaged corpus `make demo` ingests), read by `ingest`
  seeds             ../shared/seeds/*.txt, read by `ingest`
  acled_global      acled_global_2020_05 notes, published = event_date, as `eval acled` feeds them
  acled_jordan      acled_jordan_2024 notes, likewise
  acled_southasia   acled_southasia_2015 NOTES (old schema, upper-case columns), likewise
  case2021          the CASE 2021 task 2 snippets (no date), plus their passage type
  semeval           the English texts of the SemEval 2022 training pairs, as `eval pairs` ingests them

Sets under ../shared are skipped (with a note) when it is absent.  Only library calls that the
base commit has too are used, so the same script runs against a snapshot of it:
`PYTHONPATH=/path/to/snapshot python bench/diff_outputs.py run base.jsonl` (and from a git worktree,
`PYTHONPATH=$PWD`: without it the installed eventwire is imported, which `run` prints first).

`diff` compares two outputs article by article: articles on one side only, a Discard on either
side, and per event every field that differs (events matched by id, the n-th event with an id
against the n-th; events left over that are identical but for their id are listed as renamed).
It exits 1 when anything differs.  Not a test: a tool to run before and after a change.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

BATCH = 64
SETS = ("samples", "seeds", "acled_global", "acled_jordan", "acled_southasia", "case2021", "semeval")
ACLED_FILES = {"acled_global": "acled_global_2020_05", "acled_jordan": "acled_jordan_2024",
               "acled_southasia": "acled_southasia_2015"}


# --- inputs ----------------------------------------------------------------------------------------

def _read(paths: list[str], settings) -> Iterator:
    from eventwire.ingest import read_inputs

    yield from read_inputs(paths, settings)


def samples(shared: Path, settings) -> Iterator:
    import eventwire

    folder = Path(eventwire.__file__).parent / "samples"
    yield from _read([str(folder / "articles"), str(folder / "articles.jsonl")], settings)


def seeds(shared: Path, settings) -> Iterator:
    yield from _read([str(shared / "seeds")], settings)


def acled_rows(path: Path) -> list[dict]:
    """Rows with notes, keys lower-cased (the 2015 export writes NOTES, EVENT_DATE, ...)."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        rows = [{k.lower(): v for k, v in row.items() if k} for row in csv.DictReader(handle)]
    return [r for r in rows if (r.get("notes") or "").strip()]


def acled(name: str):
    def read(shared: Path, settings) -> Iterator:
        from eventwire.evaluate.acled import row_article

        for n, row in enumerate(acled_rows(shared / "data" / ACLED_FILES[name] / "acled.csv")):
            yield row_article(row, n)
    return read


def case2021(shared: Path, settings) -> Iterator:
    from eventwire.evaluate.case2021 import read_case_tsv
    from eventwire.records import Article

    rows, _ = read_case_tsv(shared / "data" / "case2021_task2" / "test_set_final_release_with_labels.tsv")
    for row in rows:
        yield Article(id=row.id, text=row.text, content_hash=hashlib.sha256(row.text.encode()).hexdigest())


def semeval(shared: Path, settings) -> Iterator:
    from eventwire.evaluate.pairs import read_pairs

    _, texts, _ = read_pairs(shared / "data" / "semeval2022_task8" / "training_set.csv")
    with tempfile.TemporaryDirectory(prefix="diff-outputs-") as tmp:
        inputs = Path(tmp) / "articles.jsonl"
        inputs.write_text("".join(json.dumps({"id": aid, "text": text}) + "\n"
                                  for aid, text in sorted(texts.items())), encoding="utf-8")
        yield from list(_read([str(inputs)], settings))


READERS = {"samples": samples, "seeds": seeds, "acled_global": acled("acled_global"),
           "acled_jordan": acled("acled_jordan"), "acled_southasia": acled("acled_southasia"),
           "case2021": case2021, "semeval": semeval}
NEEDS_SHARED = {"seeds": "seeds", "case2021": "data/case2021_task2", "semeval": "data/semeval2022_task8",
                **{name: f"data/{folder}" for name, folder in ACLED_FILES.items()}}


# --- run -------------------------------------------------------------------------------------------

def _record(set_name: str, n: int, article, result) -> dict:
    from eventwire.records import Discard

    record = {"set": set_name, "key": f"{set_name}:{n:06d}:{article.id}", "article": article.id}
    if isinstance(result, Discard):
        record["discard"] = {"stage": result.stage, "reason": result.reason}
    elif isinstance(result, Exception):
        record["error"] = f"{type(result).__name__}: {result}"
    else:
        record["events"] = [event.model_dump(mode="json") for event in result]
    return record


def _one(annotator, article) -> tuple:
    try:
        return next(iter(annotator.annotate([article])))
    except Exception as exc:
        return article, exc


def run_set(set_name: str, shared: Path, settings, annotator) -> list[dict]:
    from eventwire.records import Discard

    items = list(READERS[set_name](shared, settings))
    records, articles = [], []
    for n, item in enumerate(items):
        if isinstance(item, Discard):
            records.append({"set": set_name, "key": f"{set_name}:{n:06d}:{item.item}", "article": None,
                            "discard": {"stage": item.stage, "reason": item.reason}})
        else:
            articles.append((n, item))
    for start in range(0, len(articles), BATCH):
        chunk = articles[start:start + BATCH]
        try:
            results = list(annotator.annotate([a for _, a in chunk]))
        except Exception:  # an error the pipeline lets through: find the article, record it, go on
            results = [_one(annotator, article) for _, article in chunk]
        records += [_record(set_name, n, article, result) for (n, _), (article, result) in zip(chunk, results)]
    if set_name == "case2021":
        _add_typing(records, articles)
    return records


def _add_typing(records: list[dict], articles: list) -> None:
    from eventwire.extract.typing import load_typer, passage_type

    typer = load_typer(None)
    by_key = {r["key"]: r for r in records}
    for n, article in articles:
        by_key[f"case2021:{n:06d}:{article.id}"]["passage_type"] = passage_type(article.text, typer)


def run(out: Path, shared: Path, names: list[str]) -> None:
    import eventwire
    from eventwire.pipeline import Annotator
    from eventwire.settings import Settings

    # run as a file, this script imports whichever eventwire is installed (an editable install points
    # at one checkout), not the tree it sits in: say which, so a before/after pair is not one tree twice
    print(f"eventwire from {Path(eventwire.__file__).parent}", file=sys.stderr)
    settings = Settings()
    annotator = Annotator(settings)
    records: list[dict] = []
    for name in names:
        if name in NEEDS_SHARED and not (shared / NEEDS_SHARED[name]).exists():
            print(f"{name}: skipped, {shared / NEEDS_SHARED[name]} is absent", file=sys.stderr)
            continue
        started = dt.datetime.now()
        found = run_set(name, shared, settings, annotator)
        events = sum(len(r.get("events", ())) for r in found)
        print(f"{name}: {len(found)} articles, {events} events, {(dt.datetime.now() - started).seconds} s",
              file=sys.stderr)
        records += found
    records.sort(key=lambda r: r["key"])
    with open(out, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n")


# --- diff ------------------------------------------------------------------------------------------

def load(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8") as handle:
        return {r["key"]: r for r in map(json.loads, handle) if r}


def _numbered(events: list[dict]) -> dict[tuple[str, int], dict]:
    """Events keyed by (id, how many earlier events have that id)."""
    seen: Counter = Counter()
    out = {}
    for event in events:
        out[(event["id"], seen[event["id"]])] = event
        seen[event["id"]] += 1
    return out


def _short(value, width: int = 160) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False)
    return text if len(text) <= width else text[:width] + "..."


def _without_id(event: dict) -> str:
    return json.dumps({k: v for k, v in event.items() if k != "id"}, sort_keys=True)


def diff_events(a: list[dict], b: list[dict]) -> list[str]:
    lines = []
    na, nb = _numbered(a), _numbered(b)
    for key in [k for k in na if k in nb]:
        for field in sorted(set(na[key]) | set(nb[key])):
            if na[key].get(field) != nb[key].get(field):
                lines.append(f"  event {key[0]} (#{key[1] + 1} with that id): {field}: "
                             f"{_short(na[key].get(field))} -> {_short(nb[key].get(field))}")
    left = {k: v for k, v in na.items() if k not in nb}
    right = {k: v for k, v in nb.items() if k not in na}
    for ka, ea in list(left.items()):
        match = next((kb for kb, eb in right.items() if _without_id(eb) == _without_id(ea)), None)
        if match is not None:
            lines.append(f"  event renamed, otherwise identical: {ka[0]} (#{ka[1] + 1} with that id) -> {match[0]}")
            del left[ka], right[match]
    lines += [f"  event only before: {k[0]} (#{k[1] + 1} with that id) {_short(v, 240)}" for k, v in left.items()]
    lines += [f"  event only after: {k[0]} (#{k[1] + 1} with that id) {_short(v, 240)}" for k, v in right.items()]
    dups = [i for i, n in Counter(e["id"] for e in a).items() if n > 1]
    if dups and lines:
        lines.append(f"  (before, these ids were given to more than one event: {', '.join(sorted(dups))})")
    return lines


def diff_record(a: dict | None, b: dict | None) -> list[str]:
    if a is None or b is None:
        return [f"  only {'after' if a is None else 'before'}"]
    for field in ("discard", "error"):
        if a.get(field) != b.get(field):
            return [f"  {field}: {_short(a.get(field))} -> {_short(b.get(field))}"]
    lines = []
    if a.get("passage_type") != b.get("passage_type"):
        lines.append(f"  passage_type: {a.get('passage_type')!r} -> {b.get('passage_type')!r}")
    return lines + diff_events(a.get("events", []), b.get("events", []))


def diff(before: Path, after: Path, max_lines: int) -> int:
    a, b = load(before), load(after)
    changed: dict[str, int] = defaultdict(int)
    printed = 0
    for key in sorted(set(a) | set(b)):
        lines = diff_record(a.get(key), b.get(key))
        if not lines:
            continue
        changed[(a.get(key) or b.get(key))["set"]] += 1
        if printed < max_lines:
            print(f"{key}")
            print("\n".join(lines))
            printed += len(lines) + 1
    events_a = sum(len(r.get("events", ())) for r in a.values())
    events_b = sum(len(r.get("events", ())) for r in b.values())
    print(f"\n{len(a)} articles before, {len(b)} after; {events_a} events before, {events_b} after; "
          f"{sum(changed.values())} articles differ" + (f" ({dict(changed)})" if changed else ""))
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="write the canonical output of the chosen sets")
    r.add_argument("out", type=Path)
    r.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    r.add_argument("--sets", default=",".join(SETS), help=f"comma-separated, of: {', '.join(SETS)}")
    d = sub.add_parser("diff", help="list every difference between two outputs")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("--max-lines", type=int, default=400)
    args = parser.parse_args()
    if args.command == "run":
        names = [n.strip() for n in args.sets.split(",") if n.strip()]
        unknown = [n for n in names if n not in SETS]
        if unknown:
            parser.error(f"unknown set(s) {', '.join(unknown)}; choose from {', '.join(SETS)}")
        run(args.out, args.shared, names)
        return 0
    return diff(args.before, args.after, args.max_lines)


if __name__ == "__main__":
    sys.exit(main())
