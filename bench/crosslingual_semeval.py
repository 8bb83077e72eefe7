"""Internal check of cross-language linking on SemEval-2022 Task 8's non-English/English pairs:
python bench/crosslingual_semeval.py ../shared/data/semeval2022_task8/training_set.csv

Gold "same" is Overall <= 1.5 and "different" Overall >= 3.5 (as `eventwire eval pairs`); pairs in
between are left out.  The texts carry no dates, so only the embeddings and the shared names
decide (`eventwire.language.crosslingual`).  SemEval asks "same story", not "same incident", and
its news is not only conflict: a measure, not a target.  Prints P/R/F1 per language, by half.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict

from eventwire.evaluate.crosslingual import scores
from eventwire.evaluate.halves import half_of
from eventwire.language.crosslingual import Report, signals


def main(path: str) -> None:
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["lang2"] == "en" and r["lang1"] != "en"]
    gold: dict[tuple[str, str], list[bool]] = defaultdict(list)
    predicted: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for row in rows:
        overall = float(row["Overall"])
        if 1.5 < overall < 3.5:
            continue
        title_a, _, body_a = row["text1"].partition("\n")
        title_b, _, body_b = row["text2"].partition("\n")
        s = signals(Report(row["lang1"], title_a, body_a, None), Report("en", title_b, body_b, None))
        for key in ((row["lang1"], "all"), (row["lang1"], half_of(row["pair_id"])), ("all", half_of(row["pair_id"])),
                    ("all", "all")):
            gold[key].append(overall <= 1.5)
            predicted[key].append(s.same_incident(row["lang1"]))
    print("| language | half | pairs | same | P | R | F1 |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for key in sorted(gold):
        sc = scores(f"{key[0]} {key[1]}", gold[key], predicted[key])
        print(f"| {key[0]} | {key[1]} | {sc.pairs} | {sc.same} | {sc.precision:.3f} | {sc.recall:.3f} | {sc.f1:.3f} |")


if __name__ == "__main__":
    main(sys.argv[1])
