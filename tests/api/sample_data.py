"""Hand-built articles and events for the API and browser tests (no extractor involved).

Articles are short texts written for these tests.  Each event's evidence spans are found by
locating a sentence in its article's text, so the offsets are right by construction.  One
article carries markup (`<script>alert(1)</script>`, an `<img onerror>` title, a `<b>` outlet)
that the page must show as text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from eventwire.records import Article, Disagreement, Event, Span, disorder_type_for
from eventwire.store import Store, open_store

XSS_ARTICLE = "amman-protest-xss"
XSS_TEXT = "<script>alert(1)</script>"
XSS_TITLE = "<img src=x onerror=alert(2)> Protesters rally in Amman"
XSS_OUTLET = "<b>Bold Outlet</b>"
STRIKE_EVENT = "IRQ-0001"          # two sources that disagree on date and fatalities
XSS_EVENT = "JOR-0001"
UNDATED_EVENT = "IRQ-0099"         # no date, no coordinates


def _article(aid: str, title: str, published: str, source: str, *sentences: str) -> Article:
    text = " ".join(sentences)
    return Article(id=aid, title=title, published=dt.date.fromisoformat(published), source=source,
                   text=text, content_hash=Article.hash_text(text))


ARTICLES = {a.id: a for a in (
    _article("gulfwire-0123", "US strikes Kataib Hezbollah sites south of Baghdad", "2024-01-23",
             "Gulf Wire",
             "BAGHDAD — US aircraft struck three Kataib Hezbollah facilities at Jurf al-Sakhar on Tuesday.",
             "Iraqi security officials said two fighters were killed in the strikes.",
             "Separately, police in Baghdad's Karrada district said a roadside bomb wounded four people on Monday.",
             "In Abu Ghraib, clashes between the army and Islamic State militants left three soldiers dead on Sunday."),
    _article("tribune-0124", "Strikes hit militia bases in Babil", "2024-01-24", "Levant Tribune",
             "American warplanes hit Kataib Hezbollah positions at Jurf al-Sakhar late on Monday, a militia spokesman said.",
             "One fighter was killed, according to the group.",
             "Residents of Baghdad's Sadr City reported a drone strike on a car on January 20 that killed two men."),
    _article("levant-dez-0121", "Shelling and clashes around Deir ez-Zor", "2024-01-21", "Levant Tribune",
             "Regime artillery shelled villages east of Deir ez-Zor on Saturday, killing a child.",
             "SDF fighters clashed with tribal gunmen near Al-Busayrah the same day, leaving five dead.",
             "In Raqqa, SDF forces arrested twelve men accused of belonging to Islamic State on January 18."),
    _article(XSS_ARTICLE, XSS_TITLE, "2024-01-26", XSS_OUTLET,
             "AMMAN — Hundreds of protesters rallied outside the parliament in Amman on Friday against the war in Gaza.",
             "One placard read " + XSS_TEXT + " and police let the march pass peacefully.",
             "Near the Syrian border, a drone attack on Tower 22 killed three US soldiers on January 28."),
    _article("erbil-0127", "Drone attack near Erbil airport", "2024-01-27", "Gulf Wire",
             "A drone was shot down near Erbil airport on Saturday, Kurdish counter-terrorism officials said.",
             "In Basra, dozens of oil workers protested over unpaid wages on January 15.",
             "Gunmen abducted a journalist in Kirkuk on January 16, his colleagues said.",
             "Militants once attacked a checkpoint in Anbar, officials recalled, without saying when."),
)}


@dataclass
class Spec:
    """An event, the article it came from, and the sentence each coded field came from."""

    id: str
    article: str
    sentence: str
    fields: dict
    other_sources: tuple[str, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    extra_evidence: dict[str, tuple[str, str]] = field(default_factory=dict)


def span_of(article_id: str, sentence: str) -> Span:
    text = ARTICLES[article_id].text
    start = text.index(sentence)
    return Span(start=start, end=start + len(sentence), text=sentence)


def _place(location, admin1, country, lat, lon, precision=1):
    return dict(location=location, admin1=admin1, country=country, latitude=lat, longitude=lon,
                geo_precision=precision)


TRIBUNE_STRIKE = ("American warplanes hit Kataib Hezbollah positions at Jurf al-Sakhar late on Monday, "
                  "a militia spokesman said.")
TRIBUNE_TOLL = "One fighter was killed, according to the group."
GULF_STRIKE = "BAGHDAD — US aircraft struck three Kataib Hezbollah facilities at Jurf al-Sakhar on Tuesday."
GULF_TOLL = "Iraqi security officials said two fighters were killed in the strikes."

SPECS = (
    Spec(STRIKE_EVENT, "gulfwire-0123", GULF_STRIKE,
         dict(event_date="2024-01-23", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
              actor1="Military Forces of the United States", actor2="Kataib Hezbollah", fatalities=1,
              **_place("Jurf al-Sakhar", "Babil", "Iraq", 32.87, 44.11)),
         other_sources=("tribune-0124",),
         extra_evidence={"fatalities": ("gulfwire-0123", GULF_TOLL)},
         disagreements=(
             Disagreement(field="event_date", values={"gulfwire-0123": "2024-01-23", "tribune-0124": "2024-01-22"},
                          evidence={"gulfwire-0123": span_of("gulfwire-0123", GULF_STRIKE),
                                    "tribune-0124": span_of("tribune-0124", TRIBUNE_STRIKE)},
                          chosen="2024-01-23"),
             Disagreement(field="fatalities", values={"gulfwire-0123": 2, "tribune-0124": 1},
                          evidence={"gulfwire-0123": span_of("gulfwire-0123", GULF_TOLL),
                                    "tribune-0124": span_of("tribune-0124", TRIBUNE_TOLL)},
                          chosen=1),
         )),
    Spec("IRQ-0002", "gulfwire-0123",
         "Separately, police in Baghdad's Karrada district said a roadside bomb wounded four people on Monday.",
         dict(event_date="2024-01-22", event_type="Explosions/Remote violence",
              sub_event_type="Remote explosive/landmine/IED", actor1="Unidentified Armed Group (Iraq)",
              actor2="Civilians (Iraq)", fatalities=0, injuries=4,
              **_place("Baghdad - Karrada", "Baghdad", "Iraq", 33.30, 44.43))),
    Spec("IRQ-0003", "gulfwire-0123",
         "In Abu Ghraib, clashes between the army and Islamic State militants left three soldiers dead on Sunday.",
         dict(event_date="2024-01-21", event_type="Battles", sub_event_type="Armed clash",
              actor1="Military Forces of Iraq", actor2="Islamic State (Iraq)", fatalities=3,
              **_place("Abu Ghraib", "Baghdad", "Iraq", 33.29, 44.06))),
    Spec("IRQ-0004", "tribune-0124",
         "Residents of Baghdad's Sadr City reported a drone strike on a car on January 20 that killed two men.",
         dict(event_date="2024-01-20", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
              actor1="Unidentified Military Forces", actor2="Civilians (Iraq)", fatalities=2,
              **_place("Baghdad - Sadr City", "Baghdad", "Iraq", 33.39, 44.46))),
    Spec("SYR-0001", "levant-dez-0121",
         "Regime artillery shelled villages east of Deir ez-Zor on Saturday, killing a child.",
         dict(event_date="2024-01-20", event_type="Explosions/Remote violence",
              sub_event_type="Shelling/artillery/missile attack", actor1="Military Forces of Syria",
              actor2="Civilians (Syria)", fatalities=1,
              **_place("Deir ez-Zor", "Deir ez-Zor", "Syria", 35.33, 40.14, 2))),
    Spec("SYR-0002", "levant-dez-0121",
         "SDF fighters clashed with tribal gunmen near Al-Busayrah the same day, leaving five dead.",
         dict(event_date="2024-01-20", event_type="Battles", sub_event_type="Armed clash",
              actor1="SDF: Syrian Democratic Forces", actor2="Tribal Militia (Syria)", fatalities=5,
              **_place("Al-Busayrah", "Deir ez-Zor", "Syria", 35.16, 40.43))),
    Spec("SYR-0003", "levant-dez-0121",
         "In Raqqa, SDF forces arrested twelve men accused of belonging to Islamic State on January 18.",
         dict(event_date="2024-01-18", event_type="Strategic developments", sub_event_type="Arrests",
              actor1="SDF: Syrian Democratic Forces", actor2="Islamic State (Syria)", fatalities=0,
              **_place("Ar-Raqqa", "Ar-Raqqa", "Syria", 35.95, 39.01))),
    Spec(XSS_EVENT, XSS_ARTICLE,
         "AMMAN — Hundreds of protesters rallied outside the parliament in Amman on Friday against the war in Gaza.",
         dict(event_date="2024-01-26", event_type="Protests", sub_event_type="Peaceful protest",
              actor1="Protesters (Jordan)", fatalities=0, notes="<i>not markup</i>",
              **_place("Amman", "Amman", "Jordan", 31.95, 35.93)),
         extra_evidence={"sub_event_type": (XSS_ARTICLE, "One placard read " + XSS_TEXT
                                            + " and police let the march pass peacefully.")}),
    Spec("JOR-0002", XSS_ARTICLE,
         "Near the Syrian border, a drone attack on Tower 22 killed three US soldiers on January 28.",
         dict(event_date="2024-01-28", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
              actor1="Islamic Resistance in Iraq", actor2="Military Forces of the United States", fatalities=3,
              **_place("Tower 22", "Al Mafraq", "Jordan", 33.32, 38.70))),
    Spec("IRQ-0005", "erbil-0127",
         "A drone was shot down near Erbil airport on Saturday, Kurdish counter-terrorism officials said.",
         dict(event_date="2024-01-27", event_type="Strategic developments", sub_event_type="Disrupted weapons use",
              actor1="Military Forces of Iraq (Kurdistan Regional Government)", fatalities=0,
              **_place("Erbil", "Erbil", "Iraq", 36.19, 44.01))),
    Spec("IRQ-0006", "erbil-0127", "In Basra, dozens of oil workers protested over unpaid wages on January 15.",
         dict(event_date="2024-01-15", event_type="Protests", sub_event_type="Peaceful protest",
              actor1="Protesters (Iraq)", fatalities=0, **_place("Basra", "Basra", "Iraq", 30.51, 47.81))),
    Spec("IRQ-0007", "erbil-0127", "Gunmen abducted a journalist in Kirkuk on January 16, his colleagues said.",
         dict(event_date="2024-01-16", event_type="Violence against civilians",
              sub_event_type="Abduction/forced disappearance", actor1="Unidentified Armed Group (Iraq)",
              actor2="Civilians (Iraq)", fatalities=0, **_place("Kirkuk", "Kirkuk", "Iraq", 35.47, 44.39))),
    Spec(UNDATED_EVENT, "erbil-0127",
         "Militants once attacked a checkpoint in Anbar, officials recalled, without saying when.",
         dict(event_date=None, event_type="Battles", sub_event_type="Armed clash", actor1="Islamic State (Iraq)",
              actor2="Military Forces of Iraq", fatalities=0,
              location=None, admin1="Al Anbar", country="Iraq", latitude=None, longitude=None, geo_precision=3)),
)

EVIDENCED_FIELDS = ("event_type", "sub_event_type", "actor1", "event_date", "location")


def _evidence(spec: Spec, article_id: str, sentence: str) -> dict[str, Span]:
    evidence = {name: span_of(article_id, sentence) for name in EVIDENCED_FIELDS}
    for name, (aid, other) in spec.extra_evidence.items():
        if aid == article_id:
            evidence[name] = span_of(aid, other)
    return evidence


def _record(spec: Spec, *, article_id: str, sentence: str, event_id: str, canonical: bool, **changes) -> Event:
    f = dict(spec.fields, **changes)
    if f.get("event_date"):
        f["event_date"] = dt.date.fromisoformat(f["event_date"])
    sources = (spec.article, *spec.other_sources) if canonical else (article_id,)
    return Event(id=event_id, article_id=article_id, time_precision=1,
                 disorder_type=disorder_type_for(f["event_type"], f["sub_event_type"]),
                 evidence=_evidence(spec, article_id, sentence), sources=sources,
                 corroboration=len(sources), disagreements=spec.disagreements if canonical else (),
                 source="; ".join(ARTICLES[a].source for a in sources), confidence=0.8, **f)


def canonical_events() -> list[Event]:
    return [_record(s, article_id=s.article, sentence=s.sentence, event_id=s.id, canonical=True) for s in SPECS]


def mentions() -> dict[str, list[Event]]:
    """Each article's own event records (what extraction would have stored)."""
    by_article: dict[str, list[Event]] = {aid: [] for aid in ARTICLES}
    for s in SPECS:
        by_article[s.article].append(
            _record(s, article_id=s.article, sentence=s.sentence, event_id=f"{s.article}#{s.id}", canonical=False))
    strike = SPECS[0]
    gulf = by_article["gulfwire-0123"][0]
    by_article["gulfwire-0123"][0] = gulf.model_copy(update={"fatalities": 2})
    tribune = _record(strike, article_id="tribune-0124", sentence=TRIBUNE_STRIKE,
                      event_id="tribune-0124#strike", canonical=False, event_date="2024-01-22")
    by_article["tribune-0124"].append(tribune.model_copy(update={
        "fatalities": 1, "evidence": {**tribune.evidence, "fatalities": span_of("tribune-0124", TRIBUNE_TOLL)}}))
    return by_article


def populate(store: Store) -> Store:
    found = mentions()
    for aid, article in ARTICLES.items():
        store.save_article(article, found[aid])
    store.replace_events(canonical_events())
    return store


def build(db_path: str) -> Store:
    return populate(open_store(db_path))


EVENTS_WITH_COORDINATES = sum(1 for s in SPECS if s.fields.get("latitude") is not None)
