"""Regular expressions for large word lists, built as a character trie.

An alternation of hundreds of names (`a|b|c|...`) is tried name by name at every position of a
text; the same names folded into a trie (`(?:al(?:geria|bania)|...)`) are tried one character at a
time, which is many times faster and matches the same strings: at each position the longest name
that the rest of the pattern accepts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def alternation(words: Iterable[str]) -> str:
    """A regex fragment (no capture group) matching any of `words`, longest first."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _pattern(trie) or "(?!)"


def _pattern(node: dict) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body
