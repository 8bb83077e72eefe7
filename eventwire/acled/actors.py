"""How a note names an actor: "US forces", "Iraqi police", "an unidentified armed group",
"protesters", "the Rapid Support Forces (RSF)", rather than the coded name."""

from __future__ import annotations

import re

from eventwire.acled.words import demonym

_STATE = re.compile(r"^(?P<kind>Military|Police) Forces of (?:the )?(?P<rest>.+)$")
_GOVERNMENT = re.compile(r"^Government of (?:the )?(?P<country>[^(]+?)(?:\s*\([^)]*\))?$")
_GENERIC = re.compile(r"^(?P<who>Protesters|Rioters|Civilians|Unidentified Armed Group|Unidentified Military Forces|"
                      r"Unidentified Gang|Unidentified Communal Militia|Unidentified Clan Militia|Settlers)"
                      r"(?:\s*\((?P<country>[^)]+)\))?$")
_GENERIC_WORDS = {"Protesters": "protesters", "Rioters": "rioters", "Civilians": "civilians",
                  "Unidentified Armed Group": "an unidentified armed group",
                  "Unidentified Military Forces": "unidentified military forces",
                  "Unidentified Gang": "an unidentified gang",
                  "Unidentified Communal Militia": "an unidentified communal militia",
                  "Unidentified Clan Militia": "an unidentified clan militia", "Settlers": "settlers"}
_ABBREVIATED = re.compile(r"^(?P<abbr>[A-Za-z0-9'\-]{2,12}): (?P<name>.+)$")
_COUNTRY_SUFFIX = re.compile(r"\s*\((?P<country>[^)]+)\)$")


def actor_phrase(name: str | None) -> str | None:
    """A coded actor name as a note writes it; None for no actor."""
    if not name:
        return None
    if match := _STATE.match(name):
        country, unit = _country_and_unit(match["rest"])
        return _state_phrase(match["kind"], country, unit)
    if match := _GOVERNMENT.match(name):
        dem = demonym(match["country"].strip())
        return f"the {dem} government" if dem else f"the government of {match['country'].strip()}"
    if match := _GENERIC.match(name):
        return _GENERIC_WORDS[match["who"]]
    if match := _ABBREVIATED.match(name):
        return f"the {match['name']} ({match['abbr']})" if not match["name"].startswith("the ") else match["name"]
    if " - " in name:  # "Boko Haram - Jamaatu Ahli is-Sunnah ...": the common name
        return name.split(" - ", 1)[0]
    return _COUNTRY_SUFFIX.sub("", name)


def _country_and_unit(rest: str) -> tuple[str, str | None]:
    """"Iran (1989-) Islamic Revolutionary Guard Corps" -> ("Iran", "Islamic Revolutionary Guard Corps")."""
    if "(" not in rest:
        return rest.strip(), None
    country, _, after = rest.partition("(")
    unit = after.partition(")")[2].strip()
    return country.strip(), unit or None


def _state_phrase(kind: str, country: str, unit: str | None) -> str:
    noun = "forces" if kind == "Military" else "police"
    if unit and " " not in unit.strip():   # a faction: "Military Forces of Yemen (2017-) Houthi"
        return f"{unit.strip()} {noun}"
    dem = demonym(country)
    base = f"{dem} {noun}" if dem else f"{noun} of {country}"
    return f"{base} ({unit.strip()})" if unit else base


def group_word(assoc: str | None) -> str | None:
    """The crowd an associated actor names ("Students (Lebanon)" -> "students")."""
    if not assoc:
        return None
    first = assoc.split(";")[0].strip()
    word = _COUNTRY_SUFFIX.sub("", first).strip()
    words = {"Labour Group": "workers", "Health Workers": "health workers", "Refugees/IDPs": "displaced people"}
    if word in words:
        return words[word]
    if word in ("Students", "Women", "Journalists", "Teachers", "Farmers", "Lawyers", "Prisoners"):
        return word.lower()
    return None
