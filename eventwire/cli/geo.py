"""`eventwire geocode "text"`: the places found in a text and how each was resolved (for debugging)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from eventwire.cli.common import fail, run_guarded, settings_for

NER_LABELS = {"GPE", "LOC", "FAC"}  # the labels the extractor passes as place mentions


def register(app: typer.Typer) -> None:
    app.command()(geocode)


def geocode(text: Annotated[str, typer.Argument(help="Text to geocode (as one event's sentences).")],
            country: Annotated[str | None, typer.Option(
                help="Focus country (default: guessed from the text).")] = None,
            candidates: Annotated[int, typer.Option(min=1, max=50, help="Candidates shown per name.")] = 5,
            spacy_names: Annotated[bool, typer.Option(
                "--spacy/--no-spacy", help="Also use spaCy's entities as place names (slower start).")] = True,
            explain: Annotated[bool, typer.Option(
                "--explain", help="Also show each name's role and why each reading won or lost.")] = False,
            date: Annotated[str | None, typer.Option(
                "--date", help="The event's date, YYYY-MM-DD (the front lines in force that day weigh in).")] = None,
            ) -> None:
    """Show the place names in TEXT, their candidates with scores, and the place(s) chosen."""
    from eventwire.geo import Geocoder
    from eventwire.geo.countries import country_name, focus_country

    if not text.strip():
        raise fail("geocode: the text is empty; pass the sentence(s) to geocode in quotes")
    if country is not None and country_name(country) is None:
        raise fail(f"geocode: unknown country {country!r}; use an English name such as 'Iraq'")
    day = _day(date)
    settings = settings_for()
    geocoder = run_guarded(Geocoder.load, settings)
    focus = country_name(country) if country else focus_country(text)
    names = _spacy_names(text, settings) if spacy_names else ()
    resolution, places = geocoder.explain(text, focus, names, day)
    typer.echo(f"focus country: {focus or '-'}   chosen country: {resolution.country or '-'}")
    votes = ", ".join(f"{c} {v:.2f}" for c, v in sorted(resolution.votes.items(), key=lambda kv: -kv[1])[:5])
    typer.echo(f"country votes: {votes or '-'}")
    for r in resolution.mentions:
        m = r.mention
        cues = [c for c, on in (("near", m.near), ("locative", m.locative), ("context", m.context),
                                ("actor/road", m.actor), ("partial", m.partial), ("spaCy", m.ner)) if on]
        cues += [f"type word {m.type_word!r}"] if m.type_word else []
        typer.echo(f"\n{m.text!r} at {m.start}-{m.end} [{', '.join(cues) or 'no cue'}]")
        if explain:
            typer.echo(f"  role: {_role_line(r)}")
        for c in r.candidates[:candidates]:
            e = c.entry
            mark = "->" if c is r.chosen else "  "
            typer.echo(f"  {mark} {c.score:5.2f}  {e.kind:7} {e.name}, {e.admin1 or '-'}, {e.country or '-'}"
                       f"  {e.lat},{e.lon}  pop {e.population}  [{'; '.join(c.why)}]")
            if explain and c is not r.chosen:
                typer.echo(f"        lost: {r.chosen.score - c.score:.2f} below the chosen reading")
        if explain:
            for c, why in r.dropped[:candidates]:
                typer.echo(f"     x        {c.entry.kind:7} {c.entry.name}, {c.entry.country or '-'}  ruled out: {why}")
    for m in resolution.unknown:
        typer.echo(f"\n{m.text!r} at {m.start}-{m.end}: not in the gazetteer")
    for m in resolution.set_aside:
        typer.echo(f"\n{m.text!r} at {m.start}-{m.end}: no place here ({ROLE_NAMES[m.role]})")
    typer.echo("")
    if not places:
        typer.echo("place: none (no place name and no focus country)")
    for located in places:
        p = located.place
        how = located.resolved.how if located.resolved else "the focus country, no place named"
        typer.echo(f"place: {p.location} | {p.admin2 or '-'} | {p.admin1 or '-'} | {p.country} (iso {p.iso}) "
                   f"{p.latitude},{p.longitude} precision {p.geo_precision}  ({how})")


ROLE_NAMES = {None: "may be where the event happened", "origin": "someone's origin or residence: evidence only",
              "destination": "a destination: evidence only", "dateline": "the dateline: evidence only",
              "count": "people counted, not a place", "currency": "a currency, not a place",
              "name part": "part of a person's, group's or weapon's name, not a place",
              "water": "a sea or a gulf, not the land unit named after it",
              "demonym": "a people's name used as an adjective ('the Somali capital'), not a place"}


def _day(date: str | None) -> dt.date | None:
    if date is None:
        return None
    try:
        return dt.date.fromisoformat(date)
    except ValueError:
        raise fail(f"geocode: --date {date!r} is not a date; write it as YYYY-MM-DD") from None


def _role_line(r) -> str:
    """The mention's role in words, and whether it can be the event's place."""
    m = r.mention
    if m.actor or m.subject or (m.agent and not m.locative):
        return "part of an actor's or road's name, a protest's subject or a government: votes only"
    if r.chosen.entry.kind == "country" and (m.force or m.possessive or not m.locative):
        return "a country named as an actor or owner, not after a preposition: votes only"
    return ROLE_NAMES[m.role]


def _spacy_names(text: str, settings) -> tuple[str, ...]:
    import spacy

    try:
        nlp = spacy.load(settings.spacy_model, exclude=["lemmatizer"])
    except OSError as exc:
        raise fail(f"geocode: spaCy pipeline {settings.spacy_model!r} is not installed ({exc}); "
                   "run `make setup`, or pass --no-spacy") from exc
    return tuple(e.text for e in nlp(text).ents if e.label_ in NER_LABELS)
