"""The five seed articles in ../shared/seeds (skipped where that folder is absent)."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

FURNITURE = ("Title:", "Word Count:", "Photo:", "(AP Photo", "pic.twitter.com", "(RELATED:",
             "Prepared by:")

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seeds(shared_seeds):
    from eventwire.ingest import read_inputs
    from eventwire.settings import Settings

    items = list(read_inputs([str(shared_seeds)], Settings()))
    return items


def test_five_articles_and_no_discards(seeds):
    assert [type(item).__name__ for item in seeds] == ["Article"] * 5
    assert [a.id for a in seeds] == ["000_7d8f564af6e1acac", "001_ef03d5f77a430ede",
                                     "002_3831629d43024d0a", "003_54ac2f547ab6c537",
                                     "004_d16f2affecd54323"]


def _digest(text: str) -> str:
    """Seed text is compared by digest: the user's articles are not copied into the project."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def test_metadata(seeds):
    by_id = {a.id[:3]: a for a in seeds}
    assert _digest(by_id["000"].title) == "ff1171d33a9ba930"  # the Title: header, kept whole
    assert by_id["000"].published is None
    assert by_id["001"].published == dt.date(2024, 1, 24)
    assert by_id["002"].published == dt.date(2024, 1, 24)
    assert by_id["003"].published == dt.date(2024, 2, 2)
    assert by_id["004"].published is None  # no date line
    assert by_id["004"].byline == "Sergey Daga"


@pytest.mark.parametrize("furniture", FURNITURE)
def test_no_furniture_in_any_body(seeds, furniture):
    for article in seeds:
        assert furniture not in article.text, article.id


def test_story_text_kept(seeds):
    by_id = {a.id[:3]: a for a in seeds}
    assert _digest(by_id["001"].text[:40]) == "11bcf1e4e25fc1f9"  # the story starts after the date line
    assert "\n\n" in by_id["001"].text  # paragraph breaks survive
    assert by_id["003"].text.count("\n\n") >= 10
    assert "CENTCOM said. \u201c" in by_id["003"].text  # a quote after an attribution stays in its paragraph
    assert _digest(by_id["004"].text[:40]) == "6430c3aa60b5f33a"
    assert _digest(by_id["004"].text[-16:]) == "4960fb9ea10bebe0"  # the trailer is dropped, the last quote kept
