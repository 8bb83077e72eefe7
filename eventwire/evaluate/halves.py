"""Tune and check halves of an evaluation set, fixed by a hash of each item's key.

Rules are written from the errors of the tune half; of the check half only the figures are
read.  Each report gives both, and the gap between them is the honest measure of how much the
rules learned the set rather than the task.  The half depends on nothing but the key (an ACLED
event id, a CASE snippet id), so it is the same on every machine, run and subset.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from typing import Literal, TypeVar

Half = Literal["tune", "check"]
HALVES: tuple[Half, ...] = ("tune", "check")
T = TypeVar("T")


def half_of(key: str) -> Half:
    """'tune' or 'check' for an item key (the first byte of its SHA-1, even = tune)."""
    return "tune" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def in_half(items: Iterable[T], key: Callable[[T], str], half: Half | None) -> list[T]:
    """The items of one half (all of them when `half` is None)."""
    return [item for item in items if half is None or half_of(key(item)) == half]


def split_indices(keys: Sequence[str]) -> dict[Half, list[int]]:
    """Positions of the keys in each half."""
    out: dict[Half, list[int]] = {half: [] for half in HALVES}
    for n, key in enumerate(keys):
        out[half_of(key)].append(n)
    return out
