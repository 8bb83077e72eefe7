"""How notes and outlet names refer to a country: its demonym ("Iraqi"), or "US" for the United States."""

from __future__ import annotations

from functools import lru_cache

# Short forms ACLED's notes use where the demonym is not the usual adjective.
SPECIAL = {"United States": "US", "United Kingdom": "British", "Myanmar": "Myanmar",
           "Democratic Republic of Congo": "Congolese", "Palestine": "Palestinian"}


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    from eventwire.geo.countries import DEMONYMS

    first: dict[str, str] = {}
    for word, country in DEMONYMS.items():
        if country and country not in first and word not in ("us", "u.s.", "american"):
            first[country] = word.title()
    first.update(SPECIAL)
    return first


def demonym(country: str | None) -> str | None:
    """"Iraq" -> "Iraqi"; None when the table has no demonym for it."""
    return _demonyms().get(country or "")


def country_words(country: str) -> list[str]:
    """The country's name and its demonym, for matching in outlet names."""
    words = [country]
    if (dem := demonym(country)) and dem not in words:
        words.append(dem)
    return words
