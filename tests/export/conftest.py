"""A small store of hand-built events for export and report tests (no extractor needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article, Disagreement, Event, Span
from eventwire.store import open_store

TEXT_A = ("Wire A reports that US aircraft struck positions in Jurf al-Sakhar on 23 January 2024. "
          "One fighter was killed. <script>alert(1)</script>")
TEXT_B = "Outlet B: hundreds of protesters gathered in Amman on 25 January 2024 to demand lower bread prices."


def _article(aid: str, text: str, source: str, day: dt.date) -> Article:
    return Article(id=aid, title=f"Story {aid}", published=day, source=source, text=text,
                   content_hash=Article.hash_text(text))


def make_events() -> list[Event]:
    strike = Event(
        id="IRQ-0001", article_id="a1", event_date=dt.date(2024, 1, 23), time_precision=1,
        disorder_type="Political violence", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", actor1="Military Forces of the United States (2021-)",
        inter1=8, actor2="Kataib Hezbollah <b>", inter2=3, interaction=38, iso=368,
        region="Middle East", country="Iraq", admin1="Babil", location="Jurf al-Sakhar",
        latitude=32.89123456, longitude=44.1, geo_precision=2, source="Shafaq News; Reuters",
        fatalities=1, injuries=2, weapon="aircraft",
        evidence={"event_type": Span(start=0, end=len(TEXT_A), text=TEXT_A)},
        sources=("a1", "a3"), corroboration=2,
        disagreements=(Disagreement(field="fatalities", values={"a1": 1, "a3": 2}, chosen=1),),
    )
    protest = Event(
        id="JOR-0001", article_id="a2", event_date=dt.date(2024, 1, 25), time_precision=1,
        disorder_type="Demonstrations", event_type="Protests", sub_event_type="Peaceful protest",
        actor1="Protesters (Jordan)", inter1=6, interaction=60, iso=400, region="Middle East",
        country="Jordan", admin1="Amman", location="Amman", latitude=31.9552, longitude=35.945,
        geo_precision=1, source="Outlet B", fatalities=0, sources=("a2",),
        evidence={"event_type": Span(start=0, end=len(TEXT_B), text=TEXT_B)},
    )
    nowhere = Event(
        id="a2#2", article_id="a2", event_date=None, time_precision=None,
        disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
        actor1="Military Forces of Sudan (2019-)", inter1=1, actor2="Rapid Support Forces", inter2=2,
        interaction=12, iso=729, country="Sudan", geo_precision=3, fatalities=5, sources=("a2",),
    )
    return [strike, protest, nowhere]


@pytest.fixture
def event_store(tmp_db):
    store = open_store(tmp_db)
    store.save_article(_article("a1", TEXT_A, "Reuters", dt.date(2024, 1, 23)), [])
    store.save_article(_article("a2", TEXT_B, "Outlet B", dt.date(2024, 1, 25)), [])
    store.save_article(_article("a3", TEXT_A + " More.", "Shafaq News", dt.date(2024, 1, 24)), [])
    store.replace_events(make_events())
    yield store
    store.close()


@pytest.fixture(scope="session", autouse=True)
def outlines_built():
    """Country outlines come from npm at set-up time (make setup); build them if missing."""
    import subprocess
    from pathlib import Path

    from eventwire.export.outlines import outlines_path

    if not outlines_path("50m").is_file():
        script = Path(__file__).resolve().parents[2] / "scripts" / "build-outlines.sh"
        res = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=180)
        if res.returncode != 0:
            pytest.skip(f"country outlines missing and cannot be built: {res.stderr.strip()}")
