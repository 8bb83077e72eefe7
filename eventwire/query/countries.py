"""Countries as users write them: names, ISO 3166 alpha-2/alpha-3/numeric codes, demonyms and
common spellings in other languages ("Irak", "Syrie", "Birmanie"), to ACLED's country name."""

from __future__ import annotations

from functools import lru_cache

import pycountry

from eventwire.query.names import folded

# Spellings of other languages and older names, written for eventwire from general knowledge.
SPELLINGS = {
    "irak": "Iraq", "iraq republic": "Iraq", "siria": "Syria", "syrie": "Syria", "syrien": "Syria",
    "jordanie": "Jordan", "jordanien": "Jordan", "jordania": "Jordan", "liban": "Lebanon", "libano": "Lebanon",
    "libanon": "Lebanon", "jemen": "Yemen", "yemen arab republic": "Yemen", "soudan": "Sudan", "sudan republic": "Sudan",
    "somalie": "Somalia", "somalien": "Somalia", "ukraina": "Ukraine", "ukrajina": "Ukraine", "the ukraine": "Ukraine",
    "birmanie": "Myanmar", "birma": "Myanmar", "afganistan": "Afghanistan", "afghanistan islamic emirate": "Afghanistan",
    "colombie": "Colombia", "kolumbien": "Colombia", "mexique": "Mexico", "mexiko": "Mexico",
    "palestina": "Palestine", "palastina": "Palestine", "israel state": "Israel", "turquie": "Turkey",
    "turkei": "Turkey", "turquia": "Turkey", "turkiye": "Turkey", "egypte": "Egypt", "agypten": "Egypt",
    "egipto": "Egypt", "libye": "Libya", "libyen": "Libya", "libia": "Libya", "russie": "Russia",
    "russland": "Russia", "rusia": "Russia", "inde": "India", "indien": "India", "ethiopie": "Ethiopia",
    "athiopien": "Ethiopia", "etiopia": "Ethiopia", "nigeria federal republic": "Nigeria", "niger republic": "Niger",
    "cameroun": "Cameroon", "kamerun": "Cameroon", "tchad": "Chad", "tschad": "Chad", "iran islamic republic": "Iran",
    "persia": "Iran", "congo kinshasa": "Democratic Republic of Congo", "rdc": "Democratic Republic of Congo",
    "zaire": "Democratic Republic of Congo", "cote divoire": "Ivory Coast", "burkina": "Burkina Faso",
    "mozambik": "Mozambique", "mosambik": "Mozambique", "south soudan": "South Sudan", "sud soudan": "South Sudan",
    "filipinas": "Philippines", "philippinen": "Philippines", "bresil": "Brazil", "brasil": "Brazil",
    "brasilien": "Brazil", "perou": "Peru", "venezuela bolivarian republic": "Venezuela",
}


@lru_cache(maxsize=1024)
def country_of(value: str) -> str | None:
    """ACLED's name of the country `value` names, or None."""
    from eventwire.geo.countries import country_for_iso2, country_name

    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        record = pycountry.countries.get(numeric=text.zfill(3))
        return country_for_iso2(record.alpha_2) if record else None
    found = country_name(text) or country_name(folded(text)) or SPELLINGS.get(folded(text))
    if found:
        return found
    if len(text) in (2, 3) and text.isalpha():
        code = text.upper()
        record = pycountry.countries.get(alpha_2=code) if len(code) == 2 else pycountry.countries.get(alpha_3=code)
        if record is not None:
            return country_for_iso2(record.alpha_2)
        if code in ("XK", "XKX"):
            return "Kosovo"
    return _pycountry_lookup(text)


def _pycountry_lookup(text: str) -> str | None:
    from eventwire.geo.countries import country_for_iso2

    try:
        return country_for_iso2(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        return None
