"""The trie-built alternation matches what the plain longest-first alternation matches."""

from __future__ import annotations

import re

import pytest

from eventwire.trie import alternation

WORDS = ["sudan", "south sudan", "niger", "nigeria", "nigerian", "us", "u.s.", "guinea", "guinea-bissau",
         "papua new guinea", "congo", "democratic republic of the congo"]
TEXTS = [
    "Troops from South Sudan and Sudan met in Niger; Nigerian police said Nigeria would help.",
    "The U.S. envoy visited Guinea-Bissau, then Guinea and Papua New Guinea.",
    "Fighting in the Democratic Republic of the Congo spilled into Congo-Brazzaville.",
    "Nigerians and Sudanese were among the refugees; nothing here for usury.",
]


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@pytest.mark.parametrize("text", TEXTS, ids=["prefixes", "dots-hyphens", "long-names", "partial-words"])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE], ids=["case", "nocase"])
def test_same_matches_as_plain_alternation(text, flags):
    plain = re.compile(rf"\b({_plain(WORDS)})\b", flags)
    trie = re.compile(rf"\b({alternation(WORDS)})\b", flags)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_longest_name_wins():
    pattern = re.compile(rf"\b({alternation(WORDS)})\b", re.IGNORECASE)
    assert [m.group(1) for m in pattern.finditer("South Sudan, Nigeria")] == ["South Sudan", "Nigeria"]


def test_shorter_name_when_the_longer_one_breaks_the_boundary():
    pattern = re.compile(rf"\b({alternation(['niger', 'nigeria'])})\b")
    assert pattern.findall("nigerians in niger") == ["niger"]


def test_no_words_matches_nothing():
    assert re.search(alternation([]), "anything") is None
