"""Geocoding: the place names of an event -> a located place, offline, from installed packages.

Stages: `detect` finds the toponyms in the event's own sentences (spaCy's names plus gazetteer
phrase matching), `resolve` ranks their candidates from the indexed `gazetteer` in context, and
`Geocoder.place_events` writes location, admin1/admin2, country, iso, coordinates, geo_precision
and the evidence span into each event — one event per place when a sentence reports several
(ACLED's one-location rule).  Nothing here needs a full-article spaCy Doc.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.geo.countries import demonyms_in, focus_country, iso2_for, iso_numeric, region_of
from eventwire.geo.detect import Mention, find_mentions, unknown_names
from eventwire.geo.gazetteer import Entry, Gazetteer, open_gazetteer
from eventwire.geo.names import ascii_fold
from eventwire.geo.resolve import SPECIFIC, Candidate, Resolution, Resolved, resolve
from eventwire.records import Article, Event, Place, Span
from eventwire.settings import Settings

MAX_FALLBACK_CHARS = 3000
MAX_LEAD_CHARS = 600
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
FUZZY_CUTOFF = 85


def fold_name(name: str | None) -> str | None:
    """ASCII form of a name (ACLED writes admin units without diacritics): 'Nuevo León' -> 'Nuevo Leon'."""
    if name is None:
        return None
    return ascii_fold(name).strip() or name


@dataclass(frozen=True)
class Located:
    """One place an event happened at, and the mention it came from (None: the focus country)."""

    place: Place
    resolved: Resolved | None


@dataclass
class Geocoder:
    gazetteer: Gazetteer | None = field(default=None)

    @classmethod
    def load(cls, settings: Settings) -> "Geocoder":
        """Open (building it first if needed) the gazetteer, and load the English word frequencies."""
        from wordfreq import zipf_frequency

        zipf_frequency("the", "en")  # reads wordfreq's table once, at start-up, not in the first article
        return cls(open_gazetteer(settings.cache_dir))

    def __post_init__(self) -> None:
        if self.gazetteer is None:
            self.gazetteer = open_gazetteer(Settings().cache_dir)

    def prepare_pipeline(self, nlp) -> None:
        """Nothing to add to spaCy: gazetteer phrase matching runs on the event sentences' text."""

    # ---------------------------------------------------------------- analysis

    def analyse(self, text: str, offset: int = 0, focus: str | None = None,
                ner_names: tuple[str, ...] = ()) -> Resolution:
        """Mentions in `text`, their candidates with scores, and the chosen country (for `geocode`)."""
        return self._resolve([Span(start=offset, end=offset + len(text), text=text)], focus, ner_names)

    def explain(self, text: str, focus: str | None = None,
                ner_names: tuple[str, ...] = ()) -> tuple[Resolution, list[Located]]:
        """What `eventwire geocode` shows: the resolution of `text` as one event, and its place(s)."""
        span = Span(start=0, end=len(text), text=text)
        resolution = self._resolve([span], focus, ner_names)
        return resolution, locate(resolution, [span], self.gazetteer, focus)

    def _resolve(self, spans: list[Span], focus: str | None, ner_names: tuple[str, ...]) -> Resolution:
        mentions: list[Mention] = []
        unknown: list[Mention] = []
        for span in spans:
            found = find_mentions(span.text, span.start, self.gazetteer.lookup, ner_names)
            mentions += found
            unknown += unknown_names(span.text, span.start, found)
        demonyms = [c for span in spans for c in demonyms_in(span.text)]
        iso2 = iso2_for(focus) if focus else None
        resolution = resolve(self.gazetteer, mentions, focus, demonyms, {iso2} if iso2 else set())
        resolution.unknown = unknown
        return resolution

    # ---------------------------------------------------------------- events

    def place_events(self, events: list[Event], article: Article, doc) -> list[Event]:
        placed: list[Event] = []
        focus = focus_country(article.text) if events else None
        for event in events:
            placed.extend(self.place_event(event, article, focus))
        return placed

    def place_event(self, event: Event, article: Article, focus: str | None = None) -> list[Event]:
        """The event at its place(s); `focus` is the article's focus country (the event's own if None)."""
        spans = _event_spans(event, article)
        focus = focus or event.country
        resolution = self._resolve(spans, focus, event.place_mentions)
        places = locate(resolution, spans, self.gazetteer, None)
        lead = _lead(article, spans)
        if not places and lead is not None:
            # Nothing in the event's sentences: the article's opening (its dateline, a short note).
            places = locate(self._resolve([lead], focus, event.place_mentions), [lead], self.gazetteer, None)
        if not places:
            places = locate(resolution, [], self.gazetteer, focus)
        if not places:
            return [event]
        shares = _split(event.fatalities or 0, len(places))
        return [_with_place(event, located.place, share, i) for i, (located, share) in enumerate(zip(places, shares))]


def _event_spans(event: Event, article: Article) -> list[Span]:
    """The event's sentences, its main one (event_type evidence) first; the article text without any."""
    main = event.evidence.get("event_type")
    others = sorted({(s.start, s.end): s for k, s in event.evidence.items()
                     if k not in ("event_type", "location") and s is not None}.values(), key=lambda s: s.start)
    spans = [main] if main is not None else []
    spans += [s for s in others if main is None or (s.start, s.end) != (main.start, main.end)]
    if not spans:
        text = article.text[:MAX_FALLBACK_CHARS]
        spans = [Span(start=0, end=len(text), text=text)]
    return spans + _mention_sentences(event, article, spans)


def _mention_sentences(event: Event, article: Article, spans: list[Span]) -> list[Span]:
    """Sentences of the article holding the event's place mentions that its evidence spans lack."""
    extra: list[Span] = []
    for name in event.place_mentions:
        if any(name in s.text for s in spans + extra):
            continue
        pos = article.text.translate(APOSTROPHES).find(name.translate(APOSTROPHES))
        if pos < 0:
            continue
        start = max(article.text.rfind(". ", 0, pos) + 2, article.text.rfind("\n", 0, pos) + 1, 0)
        ends = [e for e in (article.text.find(". ", pos), article.text.find("\n", pos)) if e >= 0]
        end = min(ends) + 1 if ends else len(article.text)
        extra.append(Span(start=start, end=end, text=article.text[start:end]))
    return extra


def _lead(article: Article, spans: list[Span]) -> Span | None:
    """The article's first MAX_LEAD_CHARS (to a sentence end), unless the event's spans cover it."""
    text = article.text[:MAX_LEAD_CHARS]
    cut = text.rfind(". ") if len(article.text) > MAX_LEAD_CHARS else -1
    text = text[:cut + 1] if cut > 0 else text
    if not text.strip() or any(s.start <= 0 and s.end >= len(text) for s in spans):
        return None
    return Span(start=0, end=len(text), text=text)


def _split(total: int, n: int) -> list[int]:
    """ACLED splits a total over n events: equal shares, the remainder on the first ones."""
    share, rest = divmod(total, n)
    return [share + (1 if i < rest else 0) for i in range(n)]


def _with_place(event: Event, place: Place, fatalities: int, i: int) -> Event:
    evidence = dict(event.evidence)
    if place.evidence is not None:
        evidence["location"] = place.evidence
    return event.model_copy(update={
        "id": event.id if i == 0 else f"{event.id}-{i + 1}", "fatalities": fatalities,
        "location": place.location, "country": place.country, "iso": place.iso, "region": place.region,
        "admin1": place.admin1, "admin2": place.admin2, "latitude": place.latitude, "longitude": place.longitude,
        "geo_precision": place.geo_precision, "evidence": evidence})


# -------------------------------------------------------------------- choosing the place


def locate(resolution: Resolution, spans: list[Span], gaz: Gazetteer, focus: str | None) -> list[Located]:
    """The event's place(s): several when its sentence lists sites, towns or countries.

    The main sentence (spans[0]) decides; the event's other sentences when it names no place, or
    only a country that one of them names a town or site of ("a base in Jordan" ... "Tower 22")."""
    first: list[Located] = []
    for main in spans:
        found = _locate_in(resolution, main, gaz)
        if found and not first:
            first = found
            if not _country_level(found):
                return found
        elif found and len(first) == 1 and not _country_level(found) and \
                all(f.place.country == first[0].place.country for f in found):
            return found
    if first:
        return first
    country = resolution.country or focus
    entry = _country_entry(gaz, country) if country else None
    if entry is None:
        return []
    return [Located(_entry_place(entry, None, 3, None), None)]


def _country_level(found: list[Located]) -> bool:
    return all(f.resolved is None or f.resolved.chosen.entry.kind == "country" for f in found)


def _locate_in(resolution: Resolution, main: Span, gaz: Gazetteer) -> list[Located]:
    in_main = [r for r in resolution.mentions if main.start <= r.mention.start < main.end and _placeable(r)]
    listed = _listed(in_main, main, resolution.country)
    if listed:
        return [Located(_place(r, main, _precision(r, main)), r) for r in listed]
    best = _best(resolution, in_main)
    if best is not None:
        best = _fuzzy_town(best, resolution, main, gaz) or best
        return [Located(_place(best, main, _precision(best, main)), best)]
    return []


def _placeable(r: Resolved) -> bool:
    """A name that can be the event's place: not part of an actor's or road's name, and a country
    only after a preposition ("U.S. warplanes", "Austin said" only vote)."""
    if r.mention.actor or r.mention.subject:
        return False
    if r.chosen.entry.kind == "country":
        return r.mention.locative and not r.mention.possessive
    return True


def _best(resolution: Resolution, usable: list[Resolved]) -> Resolved | None:
    """First town/site in a locative position, else first; then district, region, country."""
    home = [r for r in usable if r.chosen.entry.country == resolution.country] or usable
    for kinds in ((*SPECIFIC, "adm2"), ("adm1",), ("country",)):
        pool = [r for r in home if r.chosen.entry.kind in kinds and not _is_container(r, kinds, resolution)]
        if pool:
            best = min(pool, key=lambda r: (not r.mention.locative, _rank(r, resolution)))
            return _unit_instead(best, resolution)
    return None


def _fuzzy_town(best: Resolved, resolution: Resolution, main: Span, gaz: Gazetteer) -> Resolved | None:
    """A region-level or bracketed place, and an unmatched name before it ("near Starohnativka, Donetsk"):
    the town of that region whose name is closest in spelling (rapidfuzz ratio >= FUZZY_CUTOFF)."""
    entry = best.chosen.entry
    if entry.adm1_id is None or (entry.kind in SPECIFIC and not _in_parens(best.mention, main)):
        return None
    unknown = [m for m in resolution.unknown if m.start < best.mention.start and main.start <= m.start < main.end]
    if not unknown:
        return None
    from rapidfuzz import fuzz, process

    towns = gaz.towns_in_unit(entry.adm1_id)
    hit = process.extractOne(unknown[-1].key, [k for k, _ in towns], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if hit is None:
        return None
    town = gaz.get(towns[hit[2]][1])
    chosen = Candidate(town, 0.0, hit[1] / 100, [f"spelled like {town.name!r} ({hit[1]:.0f}) in {entry.admin1}"])
    return Resolved(unknown[-1], [chosen], chosen, chosen.why[0])


def _is_container(r: Resolved, kinds: tuple[str, ...], resolution: Resolution) -> bool:
    """A district named as the unit of a town named before it ("Kismaayo" in "Dumba (Kismaayo, Lower Juba)")."""
    if len(kinds) < 2 or r.chosen.entry.kind != "adm2":
        return False
    own = r.chosen.entry.adm2_id
    return any(o.mention.start < r.mention.start and o.chosen.entry.kind in SPECIFIC and o.chosen.entry.adm2_id == own
               for o in resolution.mentions if o is not r)


def _unit_instead(town: Resolved, resolution: Resolution) -> Resolved:
    """'Pipri, Kaushambi' where no Pipri lies in Kaushambi: the named unit is safer than a namesake town."""
    if "in a named unit" in town.chosen.why:
        return town
    i = resolution.mentions.index(town)
    nxt = resolution.mentions[i + 1] if i + 1 < len(resolution.mentions) else None
    if nxt is not None and nxt.mention.context and 0 <= nxt.mention.start - town.mention.end <= 3 \
            and nxt.chosen.entry.kind in ("adm1", "adm2") and town.chosen.entry.kind == "city":
        return Resolved(nxt.mention, nxt.candidates, nxt.chosen, nxt.how + ", the town before it is not in it")
    return town


def _rank(r: Resolved, resolution: Resolution) -> int:
    return resolution.mentions.index(r)


def _precision(r: Resolved, main: Span) -> int:
    kind, m = r.chosen.entry.kind, r.mention
    if r.how.endswith("not in it"):
        return 2
    if kind in SPECIFIC:
        inside_parens = _in_parens(m, main)
        return 2 if m.near or inside_parens or m.type_word in ("district", "municipality", "area", "countryside") else 1
    return 2 if kind == "adm2" else 3


def _in_parens(m: Mention, main: Span) -> bool:
    if not (main.start <= m.start < main.end):
        return False
    before = main.text[:m.start - main.start]
    return before.rfind("(") > before.rfind(")")


def _listed(in_main: list[Resolved], main: Span, country: str | None) -> list[Resolved]:
    """Places the main sentence lists ("Al-Qa'im and Jurf al-Sakhar", "in Iraq and Syria"), or []."""
    countries = _distinct([r for r in in_main if r.chosen.entry.kind == "country"])
    in_main = [r for r in in_main if r.chosen.entry.country == country] if country else in_main
    sites = _distinct([r for r in in_main if r.chosen.entry.kind in ("site", "airport")])
    if len(sites) >= 2:
        return sites
    specific = [r for r in in_main if r.chosen.entry.kind in SPECIFIC]
    if not specific and len(countries) >= 2 and _joined(countries, main):
        return countries
    towns = _distinct(specific)
    if len(towns) >= 2 and _joined(towns, main) and not any(_in_parens(r.mention, main) for r in towns):
        return towns
    return []


def _distinct(items: list[Resolved]) -> list[Resolved]:
    seen, out = set(), []
    for r in items:
        if r.chosen.entry.name not in seen:
            seen.add(r.chosen.entry.name)
            out.append(r)
    return out


def _joined(items: list[Resolved], main: Span) -> bool:
    """Consecutive mentions separated only by ', ', ' and ' or ', and ' (a list, not 'Town, Region')."""
    gaps = [main.text[a.mention.end - main.start:b.mention.start - main.start] for a, b in zip(items, items[1:])]
    return bool(gaps) and gaps[-1].strip(" ,") in ("and", "&") and all(g in (", ", " and ", ", and ") for g in gaps)


def _country_entry(gaz: Gazetteer, country: str) -> Entry | None:
    iso2 = iso2_for(country)
    return gaz.country(iso2) if iso2 else None


def _place(r: Resolved, main: Span, precision: int) -> Place:
    evidence = main if main.start <= r.mention.start < main.end else None
    return _entry_place(r.chosen.entry, r.mention.text, precision, evidence)


def _entry_place(entry: Entry, raw: str | None, precision: int, evidence: Span | None) -> Place:
    country = entry.country or ""
    return Place(location=entry.name, country=country, iso=iso_numeric(country), iso2=entry.iso2,
                 region=region_of(country), admin1=entry.admin1, admin2=entry.admin2,
                 latitude=round(entry.lat, 4) if entry.lat is not None else None,
                 longitude=round(entry.lon, 4) if entry.lon is not None else None,
                 geo_precision=precision, raw=raw or entry.name, evidence=evidence)
