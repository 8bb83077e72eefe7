"""Hand-built articles and mentions for the linking tests (short texts written for them)."""

from __future__ import annotations

import datetime as dt

from eventwire.records import Article, Event, Span

STRIKE_TEXT = (
    "Rebel fighters shelled the market in Ariha late on Saturday, killing three civilians, "
    "the Syrian Civil Defence said. Rescue teams from the White Helmets pulled two wounded "
    "residents from the rubble near the Ariha grain silo, and the Idlib health directorate "
    "said the hospital in Ariha was overwhelmed. Hayat Tahrir al-Sham blamed government "
    "artillery positions near Kafranbel for the bombardment."
)
STRIKE_REWRITE = (
    "Rebel fighters shelled the market in Ariha late on Saturday, killing three civilians, "
    "the Syrian Civil Defence said on Sunday. Rescue teams from the White Helmets pulled two wounded "
    "residents from the rubble near the Ariha grain silo, and the Idlib health directorate "
    "said the hospital in Ariha was overwhelmed. Hayat Tahrir al-Sham blamed government "
    "artillery positions near Kafranbel for the bombardment."
)
STRIKE_OTHER_OUTLET = (
    "At least four people died on Sunday when artillery shells hit a crowded market in Ariha, in "
    "Idlib province, according to the White Helmets. The Syrian Civil Defence said the Ariha "
    "hospital received dozens of casualties. Hayat Tahrir al-Sham accused government forces "
    "stationed near Kafranbel of the shelling of Ariha."
)
UNDATED_TEXT = (
    "Residents of Ariha described years of shelling from positions near Kafranbel. The White "
    "Helmets keep a rescue post beside the market, and the Idlib health directorate runs the "
    "town's only hospital, where a shell once landed in the courtyard."
)
FLOOD_TEXT = (
    "Heavy rains flooded low-lying districts of Lokoja on Tuesday, the Kogi State Emergency "
    "Management Agency said. The Niger and Benue rivers rose above their banks and farmers in "
    "Lokoja lost their crops; officials of the Kogi State agency opened relief camps."
)


def article(aid: str, text: str, published: dt.date | None, source: str = "Example Wire",
            title: str | None = None) -> Article:
    return Article(id=aid, text=text, content_hash=Article.hash_text(text), published=published,
                   source=source, title=title or f"Report {aid}")


def mention(mid: str, article_id: str, text: str = STRIKE_TEXT, **fields) -> Event:
    sentence = text.split(". ")[0]
    base = dict(
        id=mid, article_id=article_id, event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack", event_date=dt.date(2024, 4, 13),
        time_precision=1, actor1="Military Forces of Syria (2000-2024)", actor2="Civilians (Syria)",
        country="Syria", admin1="Idlib", location="Ariha", latitude=35.8137, longitude=36.6096,
        geo_precision=1, fatalities=3, source="Example Wire", sources=(article_id,),
        evidence={f: Span(start=0, end=len(sentence), text=sentence)
                  for f in ("event_type", "event_date", "fatalities", "location", "actor1")},
    )
    return Event(**{**base, **fields})
