"""The curated place files shipped in eventwire/data/gazetteer/ (sites, aliases, admin units, unit
abbreviations, fronts): where each is and its rows, read the same way by every module that uses one."""

from __future__ import annotations

import csv
from importlib import resources
from importlib.abc import Traversable


def curated_path(name: str) -> Traversable:
    """The packaged file `name` ("sites.csv") of eventwire/data/gazetteer/."""
    return resources.files("eventwire") / "data" / "gazetteer" / name


def curated_rows(name: str) -> list[dict[str, str]]:
    """The rows of the packaged CSV `name`, as dicts keyed by its header."""
    with curated_path(name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))
