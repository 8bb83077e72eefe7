"""No text of the user's seeds or of the third-party evaluation data is copied into the project.

Every 8-word run of a tracked file (lower-cased words) is looked up among the 8-word runs of the
seed articles, the ACLED notes, the CASE-2021 snippets and the SemEval texts in ../shared; a hit
is a sentence copied (or nearly) from material that is not ours to redistribute.  Column headers
are not compared: the ACLED schema is what our exports are meant to follow.
"""

from __future__ import annotations

import csv
import re
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.shared

RUN = 8
ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"[a-z0-9']+")
TEXT_COLUMNS = {  # file under ../shared/data -> (delimiter, text columns)
    "acled_global_2020_05/acled.csv": (",", ("notes",)),
    "acled_jordan_2024/acled.csv": (",", ("notes",)),
    "acled_southasia_2015/acled.csv": (",", ("notes",)),
    "case2021_task2/test_set_final_release_with_labels.tsv": ("\t", ("EventSnippet",)),
    "semeval2022_task8/training_set.csv": (",", ("text1", "text2")),
}


def runs(text: str) -> set[str]:
    words = WORD.findall(text.lower())
    return {" ".join(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def shared_runs(data: Path, seeds: Path) -> set[str]:
    found: set[str] = set()
    for seed in sorted(seeds.iterdir()):
        found |= runs(seed.read_text(encoding="utf-8", errors="ignore"))
    csv.field_size_limit(1 << 30)
    for name, (delimiter, columns) in TEXT_COLUMNS.items():
        path = data / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8-sig", errors="ignore", newline="") as handle:
            for row in csv.DictReader(handle, delimiter=delimiter):
                for column in columns:
                    found |= runs(row.get(column) or "")
    return found


def proper_names() -> set[str]:
    """Runs inside the actor names of our alias table: an organisation's name is a fact, and some
    names run to more than 8 words."""
    from eventwire.extract import actor_table

    return set().union(*(runs(group.name) for group in actor_table.GROUPS))


def tracked_text_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [ROOT / name for name in listed.split() if (ROOT / name).is_file()]


def test_no_tracked_file_repeats_eight_words_of_the_shared_material(shared_data, shared_seeds):
    theirs = shared_runs(shared_data, shared_seeds)
    assert len(theirs) > 100_000  # the material was read
    theirs -= proper_names()
    copied = {}
    for path in tracked_text_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        hits = runs(text) & theirs
        if hits:
            copied[str(path.relative_to(ROOT))] = sorted(hits)[:3]
    assert copied == {}
