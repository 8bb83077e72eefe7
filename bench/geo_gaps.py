"""Gap report: towns named in development texts that no gazetteer layer knows.

    python bench/geo_gaps.py CSV [CSV...] [--half tune|check] [--top N]

For each ACLED row (one half only with --half; read the tune half's names, of the check half only
the counts), the gold `location` is looked for in every layer of the built gazetteer (packages and
curated files), in the gold country: by exact key, by a looser key (article or type word dropped),
then by transliteration skeleton.  A row counts as a gap when its location is written in the notes
(so a reader of the text could place it) and no layer has it.  Prints the share of such rows, the
missing names by country (with how often each is named), and how many the curated layers close
(sites.csv rows, aliases.csv spellings).  --units also lists the gold admin1/admin2 names written in
the notes that no admin unit of the gazetteer in that country is called (candidates for aliases.csv:
"Urozgan" for Uruzgan).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.evaluate.acled import read_rows  # noqa: E402
from eventwire.geo.gazetteer import open_gazetteer  # noqa: E402
from eventwire.geo.names import name_key, skeleton, strip_admin_suffix, strip_article  # noqa: E402
from eventwire.settings import Settings  # noqa: E402

CURATED = ("public reference", "public reporting", "airportsdata")


def layer_of(gaz, location: str, country: str) -> str | None:
    """The layer that knows `location` in `country` ('exact', 'loose', 'skeleton', 'curated'), or None."""
    key = name_key(location)
    for how, keys in (("exact", [key]), ("loose", [strip_article(key), name_key(strip_admin_suffix(location))])):
        for k in keys:
            hits = [e for e in gaz.lookup(k) if e.country == country]
            if hits:
                return "curated" if any(e.kind == "site" for e in hits) else how
    if any(e.country == country for e in gaz.by_skeleton(skeleton(key))):
        return "skeleton"
    return None


def unit_gaps(gaz, rows: list[dict]) -> Counter:
    """(country, level, name) of gold admin1/admin2 names written in a row's notes that no admin unit
    of the gazetteer in the row's country is called, with how many rows name each."""
    missing = Counter()
    for row in rows:
        for level, kind in (("admin1", "adm1"), ("admin2", "adm2")):
            name = row.get(level) or ""
            if not name or name_key(name) not in name_key(row["notes"]):
                continue
            if not any(e.country == row["country"] and e.kind in ("adm1", "adm2") for e in gaz.lookup(name_key(name))):
                missing[(row["country"], level, name)] += 1
    return missing


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", nargs="+")
    ap.add_argument("--half", choices=("tune", "check"))
    ap.add_argument("--top", type=int, default=40, help="missing names listed (tune half only)")
    ap.add_argument("--units", action="store_true", help="also list unit names no admin unit is called (tune half only)")
    args = ap.parse_args()
    gaz = open_gazetteer(Settings().cache_dir)
    for path in args.csv:
        rows = read_rows(path, half=args.half)
        named = [r for r in rows if r["location"] and name_key(r["location"]) in name_key(r["notes"])]
        layers = Counter()
        missing: dict[str, Counter] = defaultdict(Counter)
        for row in named:
            layer = layer_of(gaz, row["location"], row["country"])
            layers[layer or "missing"] += 1
            if layer is None:
                missing[row["country"]][row["location"]] += 1
        n = len(named) or 1
        print(f"{path} ({args.half or 'all'} rows): {len(rows)} rows, {len(named)} name their location; "
              + ", ".join(f"{k} {v} ({v / n:.1%})" for k, v in layers.most_common()))
        if args.half == "check":
            continue  # the check half: figures only
        ranked = sorted(missing.items(), key=lambda kv: -sum(kv[1].values()))
        shown = 0
        for country, names in ranked:
            if shown >= args.top:
                break
            print(f"  {country} ({sum(names.values())}): " + ", ".join(f"{k} x{v}" if v > 1 else k
                                                                      for k, v in names.most_common(12)))
            shown += len(names)
        if args.units:
            units = unit_gaps(gaz, rows)
            print(f"  unit names no admin unit is called: {sum(units.values())} row-names; "
                  + ", ".join(f"{name} ({country} {level}) x{n}" for (country, level, name), n in units.most_common(args.top)))


if __name__ == "__main__":
    main()
