"""URL-safe event ids.

An event found in an article is stored as `<article id>#<n>` (and `-<k>` for the k-th place of a
report that names several).  A `#` starts the fragment of a URL, so `/events/a#1` reaches the
server as `/events/a`.  Every output shows the id with `.` instead of that `#` (`a.1`, `a.1-2`),
and every look-up takes either form.
"""

from __future__ import annotations

import re

_STORED = re.compile(r"^(?P<article>.*)#(?P<n>\d+(?:-\d+)*)$")
_PUBLIC = re.compile(r"^(?P<article>.*)\.(?P<n>\d+(?:-\d+)*)$")


def public_id(stored: str) -> str:
    """The id as outputs show it: "001_ab#2-3" -> "001_ab.2-3"; other ids unchanged."""
    match = _STORED.match(stored)
    return f"{match['article']}.{match['n']}" if match else stored


def stored_ids(given: str) -> list[str]:
    """The stored ids an id given by a user may stand for, the id itself first."""
    match = _PUBLIC.match(given)
    return [given, f"{match['article']}#{match['n']}"] if match else [given]
