"""Actor resolver alone against an ACLED export: python bench/actor_eval.py FILE.csv [--limit N --sample].

For each row, the `notes` text is split into sentences as the extractor splits them
(extract.sentences.split_sentences: no spaCy, no parse, as in the pipeline; --parsed uses spaCy's
sentences with their dependency parse instead) and `find_actors(sentences, sub_event_type, country)`
runs over all of them, where
  country = geo.countries.focus_country(notes)   (from the text only: the gold country is never used)
  sub_event_type = the gold sub_event_type (the typing stage is measured elsewhere), or, with
                   --typed, the type of the note's first trigger sentence (extract.sentence_type).
Reported (shares of rows):
  actor_match     gold actor1 equals predicted actor1 or actor2, or rapidfuzz token_set_ratio >= 85
                  (the definition of `eventwire eval acled`, evaluate/acled.py:actor_matches)
  actor1_exact    predicted actor1 == gold actor1 (normalised; ACLED's period years included)
  actor2_match    gold actor2 (rows that have one) matched by predicted actor1 or actor2
  inter1 / interaction   predicted code == gold code (inter1 read as a number where the file writes text)
  assoc_actor_1   the set of associated actors equals gold's (rows where either side has one;
                  the "(Country)" suffix ignored, since text often does not name the country)
  civilian_targeting     where the file has that column
Old-schema exports (acled_southasia_2015: upper-case columns, no sub_event_type) are read too and
always typed by the rules.  Prints a table (and the commonest misses with --misses N).  Not a test:
nothing asserted.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from types import SimpleNamespace

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

INTER_NAMES = {"state forces": 1, "rebel group": 2, "political militia": 3, "identity militia": 4,
               "rioters": 5, "protesters": 6, "civilians": 7, "external/other forces": 8}


def inter_code(value) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        return int(value)
    return INTER_NAMES.get(value.lower().rstrip("s") if value.lower() not in INTER_NAMES else value.lower())


def interaction_code(row: dict) -> int | None:
    value = (row.get("interaction") or "").strip()
    if value.isdigit():
        return int(value)
    # 2024 files write the interaction as words ("Protesters only", "State forces-Civilians")
    parts = [p.strip() for p in value.replace(" only", "").split("-") if p.strip()]
    codes = sorted(c for c in (inter_code(p) or INTER_NAMES.get(p.lower()) for p in parts) if c)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def _old_schema_rows(path: str, limit: int | None, sample: bool) -> list[dict]:
    """Pre-2019 exports (upper-case columns, ALLY_ACTOR_*, no sub_event_type): the columns renamed;
    with no sub-event type the notes are typed by the rules (--typed)."""
    import csv
    import random

    with open(path, newline="", encoding="utf-8-sig") as handle:
        rows = [{k.lower().replace("ally_actor", "assoc_actor"): v for k, v in r.items()} for r in csv.DictReader(handle)]
    rows = [r for r in rows if (r.get("notes") or "").strip()]
    if sample and limit and limit < len(rows):
        return random.Random(13).sample(rows, limit)
    return rows[:limit] if limit else rows


def _assoc(value) -> set[str]:
    return {re.sub(r" \([^()]*\)$", "", part.strip()) for part in (value or "").split(";") if part.strip()}


def _rows(path: str, limit: int | None, sample: bool) -> list[dict]:
    """The export's rows: the modern schema, else the old one (upper-case columns, no sub_event_type)."""
    from eventwire.errors import InputError
    from eventwire.evaluate.acled import read_rows

    try:
        return read_rows(path, limit=limit, sample=sample)
    except InputError:  # read_rows names the missing modern columns
        return _old_schema_rows(path, limit, sample)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--sample", action="store_true")
    parser.add_argument("--typed", action="store_true", help="type each note with the trigger rules")
    parser.add_argument("--parsed", action="store_true", help="spaCy sentences with a dependency parse")
    parser.add_argument("--misses", type=int, default=0, help="print the N commonest gold actor1 misses")
    args = parser.parse_args(argv)

    import spacy

    from eventwire.evaluate.acled import _norm
    from eventwire.extract.actors import find_actors
    from eventwire.geo.countries import focus_country
    from eventwire.settings import Settings

    rows = _rows(args.file, args.limit, args.sample)
    args.typed = args.typed or not rows or not rows[0].get("sub_event_type")
    if args.parsed:
        nlp = spacy.load(Settings().spacy_model, exclude=["lemmatizer"])
        docs = (list(doc.sents) for doc in nlp.pipe(r["notes"] for r in rows))
    else:
        from eventwire.extract.sentences import split_sentences

        docs = (split_sentences(r["notes"]) for r in rows)
    if args.typed:
        from eventwire.extract import sentence_type
    counts: Counter = Counter()
    misses: Counter = Counter()
    has_ct = "civilian_targeting" in (rows[0] if rows else {})
    for row, sents in zip(rows, docs):
        sub = row.get("sub_event_type") or ""
        if args.typed:
            sub = next(filter(None, (sentence_type(s.text) for s in sents)), None) or sub
        if not sub:  # the rules find no event in the note: no actors, counted as a miss
            counts["untyped"] += 1
            misses[(row["actor1"], None)] += 1
            continue
        pair = find_actors(sents, sub, focus_country(row["notes"]))
        fields = pair.fields()
        event = SimpleNamespace(actor1=fields["actor1"], actor2=fields["actor2"])
        from eventwire.evaluate.acled import actor_matches

        ok = actor_matches(row["actor1"], event)
        counts["actor_match"] += ok
        counts["actor1_exact"] += _norm(fields["actor1"]) == _norm(row["actor1"])
        if row.get("actor2"):
            counts["actor2_rows"] += 1
            counts["actor2_match"] += actor_matches(row["actor2"], event)
        counts["inter1"] += fields["inter1"] == inter_code(row.get("inter1"))
        counts["interaction"] += fields["interaction"] == interaction_code(row)
        if has_ct:
            counts["civilian_targeting"] += (pair.civilian_targeting or "") == (row.get("civilian_targeting") or "")
        gold_assoc, assoc = _assoc(row.get("assoc_actor_1")), _assoc(fields["assoc_actor_1"])
        if gold_assoc or assoc:
            counts["assoc_rows"] += 1
            counts["assoc_actor_1"] += gold_assoc == assoc
        if not ok:
            misses[(row["actor1"], fields["actor1"])] += 1
    n = len(rows) or 1
    mode = ("parsed" if args.parsed else "rule sentences") + (", typed" if args.typed else ", gold sub-type")
    print(f"| metric ({args.file}, {len(rows)} rows, {mode}) | value |")
    print("|---|---|")
    for key in ("actor_match", "actor1_exact", "inter1", "interaction"):
        print(f"| {key} | {counts[key] / n:.3f} |")
    if counts["actor2_rows"]:
        print(f"| actor2_match ({counts['actor2_rows']} rows with an actor2) | "
              f"{counts['actor2_match'] / counts['actor2_rows']:.3f} |")
    if counts["assoc_rows"]:
        print(f"| assoc_actor_1 set ({counts['assoc_rows']} rows with one) | "
              f"{counts['assoc_actor_1'] / counts['assoc_rows']:.3f} |")
    if counts["untyped"]:
        print(f"| rows the rules found no event in (counted as misses) | {counts['untyped']} |")
    if has_ct:
        print(f"| civilian_targeting | {counts['civilian_targeting'] / n:.3f} |")
    for (gold, pred), k in misses.most_common(args.misses):
        print(f"{k:4d}  gold={gold!r}  predicted={pred!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
