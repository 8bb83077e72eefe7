"""Build a.jsonl (author a's hand-coded news texts) from the articles in articles_a.py.

Each event names its sentence(s) by a quoted phrase (or a pair: first and last phrase) that
occurs once in the text; the span is widened to the whole sentence(s).  Places are given by
name from PLACES (coordinates copied from the project's GeoNames files).  Run from the repo root:

    PYTHONPATH=. python tests/evaluate/news_authored/build_a.py
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

from eventwire.evaluate.halves import half_of
from eventwire.evaluate.news_gold import GoldText, group_keys, read_gold, read_texts
from eventwire.records import SUB_EVENT_TO_TYPE

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles_a import ARTICLES, PLACES  # noqa: E402

SENTENCE_END = re.compile(r"[.!?][\"')\u201d]*(?=\s|$)")


def find_once(text: str, phrase: str, where: str) -> int:
    at = text.find(phrase)
    if at < 0 or text.find(phrase, at + 1) >= 0:
        raise SystemExit(f"{where}: phrase {phrase!r} {'not found' if at < 0 else 'occurs twice'}")
    return at


def sentence_span(text: str, phrase: str | tuple[str, str], where: str) -> tuple[int, int]:
    first, last = (phrase, phrase) if isinstance(phrase, str) else phrase
    at = find_once(text, first, where)
    start = 0
    for match in SENTENCE_END.finditer(text, 0, at):
        start = match.end()
    start = max(start, text.rfind("\n", 0, at) + 1)
    while text[start].isspace():
        start += 1
    tail = find_once(text, last, where) + len(last)
    match = SENTENCE_END.search(text, tail - 1)
    end = match.end() if match else len(text)
    newline = text.find("\n", tail)
    if newline >= 0 and newline < end:
        end = newline
    return start, end


def place_fields(name: str, precision: int) -> dict:
    country, admin1, lat, lon = PLACES[name]
    location = name if lat is not None else (admin1 or country)
    return {"country": country, "admin1": admin1, "location": location,
            "latitude": lat, "longitude": lon, "geo_precision": precision}


def event_row(key: str, n: int, text: str, spec: dict) -> dict:
    where = f"{key} event {n}"
    start, end = sentence_span(text, spec["quote"], where)
    row = {"id": f"{key}:{n}", "event_type": SUB_EVENT_TO_TYPE[spec["sub"]], "sub_event_type": spec["sub"],
           "event_date": spec.get("date"), "time_precision": spec.get("prec", 1 if spec.get("date") else None),
           "date_basis": spec.get("basis", "anchored"),
           **place_fields(spec["place"], spec.get("geo", 1)),
           "actor1": spec["a1"], "inter1": spec["i1"], "actor2": spec.get("a2"), "inter2": spec.get("i2"),
           "fatalities": spec.get("fat", 0), "injuries": spec.get("inj"), "start": start, "end": end,
           "incident": spec.get("incident"), "optional": spec.get("optional", False),
           "alt": spec.get("alt", {}), "alt_places": [place_fields(p, 1) for p in spec.get("alt_places", ())],
           "note": spec.get("note")}
    return row


def text_row(n: int, art: dict) -> dict:
    key = f"authored-a-{n:03d}"
    text = art["text"].strip("\n")
    headline = text.split("\n", 1)[0]
    events = [event_row(f"{key}:1", i, text, spec) for i, spec in enumerate(art.get("events", ()), start=1)]
    no_event = []
    for phrase, reason in art.get("no_event", ()):
        start, end = sentence_span(text, phrase, f"{key} no_event")
        no_event.append({"start": start, "end": end, "reason": reason})
    return {"pair_id": key, "side": 1, "sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
            "text": text, "published": art["published"], "source": art["source"],
            "half": "tune", "group": f"{key}:1", "conflict": art["topic"] in {"conflict", "protest", "security", "politics"},
            "topic": art["topic"], "title": [0, len(headline)], "story": art.get("story"), "note": art["note"],
            "events": events, "no_event": no_event}


def main() -> None:
    rows = [text_row(n, art) for n, art in enumerate(ARTICLES, start=1)]
    groups = group_keys(GoldText.model_validate(row) for row in rows)
    for row in rows:
        key = f"{row['pair_id']}:1"
        row["group"] = groups[key]
        row["half"] = half_of(groups[key])
    out = HERE / "a.jsonl"
    out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    gold = read_gold([out])
    texts = read_texts(out, gold)
    for row in gold:
        text = texts[row.key]
        for span in [*(e for e in row.events), *row.no_event]:
            assert 0 <= span.start < span.end <= len(text), (row.key, span)
    print(f"{len(gold)} texts written to {out}")


if __name__ == "__main__":
    main()
