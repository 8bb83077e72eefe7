"""Build b.jsonl (author b's hand-coded news texts) from the articles in articles_b.py.

Each event names its sentence(s) by a phrase `q` that occurs once in the text (and optionally a
phrase `q2` in its last sentence); the span is widened to the whole sentence(s).  The headline is
the first line of each text and is marked as `title`.  Groups and halves follow
tests/evaluate/news_gold/README.md "The split".  Run from the repo root:

    PYTHONPATH=. python tests/evaluate/news_authored/build_b.py
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

from eventwire.evaluate.halves import half_of
from eventwire.evaluate.news_gold import CONFLICT_TOPICS, GoldText, group_keys, read_gold, read_texts

HERE = Path(__file__).resolve().parent
OUT = HERE / "b.jsonl"
sys.path.insert(0, str(HERE))
from articles_b import ARTICLES  # noqa: E402

SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"\u201d\u2019)]*\s+|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a line break always ends one (headline, live-blog entries)."""
    out, pos = [], 0
    for match in SENTENCE_BREAK.finditer(text):
        end = match.start()
        while end < len(text) and text[end] in "\"\u201d\u2019)":
            end += 1
        if end > pos:
            out.append((pos, end))
        pos = match.end()
    if pos < len(text):
        out.append((pos, len(text.rstrip())))
    return out


def find_once(text: str, phrase: str, where: str) -> int:
    count = text.count(phrase)
    if count != 1:
        raise SystemExit(f"{where}: phrase {phrase!r} occurs {count} times")
    return text.index(phrase)


def sentence_span(text: str, first: str, last: str | None, where: str) -> tuple[int, int]:
    """The span of the sentences from the one holding `first` to the one holding `last`."""
    start_at = find_once(text, first, where)
    end_at = find_once(text, last, where) + len(last) if last else start_at + len(first)
    spans = sentences(text)
    start = next(s for s, e in spans if s <= start_at < e)
    end = next(e for s, e in spans if s < end_at <= e)
    return start, end


def event_row(text: str, pair_id: str, number: int, spec: dict) -> dict:
    spec = dict(spec)
    start, end = sentence_span(text, spec.pop("q"), spec.pop("q2", None), f"{pair_id} event {number}")
    place = spec.pop("place")
    spec.setdefault("date_basis", "none")
    return dict(id=f"{pair_id}:1:{number}", start=start, end=end, **place, **spec)


def text_row(number: int, article: dict) -> dict:
    pair_id = f"authored-b-{number:03d}"
    text = article["text"].strip("\n")
    events = [event_row(text, pair_id, k, spec) for k, spec in enumerate(article.get("events", []), start=1)]
    no_event = []
    for phrase, reason, *last in article.get("no_event", []):
        start, end = sentence_span(text, phrase, last[0] if last else None, f"{pair_id} no_event")
        no_event.append(dict(start=start, end=end, reason=reason))
    return dict(pair_id=pair_id, side=1, sha1=hashlib.sha1(text.encode("utf-8")).hexdigest(), text=text,
                published=article["published"], source=article["source"], half="tune", group=f"{pair_id}:1",
                conflict=article["topic"] in CONFLICT_TOPICS, topic=article["topic"], title=[0, text.index("\n")],
                story=article.get("story"), note=article["note"], events=events, no_event=no_event)


def build() -> list[dict]:
    rows = [text_row(number, article) for number, article in enumerate(ARTICLES, start=1)]
    groups = group_keys(GoldText.model_validate(row) for row in rows)
    for row in rows:
        row["group"] = groups[f"{row['pair_id']}:1"]
        row["half"] = half_of(row["group"])
    return rows


def check(path: Path) -> None:
    """Every row validates, carries its text with the right sha1, and every span lies inside it."""
    gold = read_gold([path])
    texts = read_texts(path.with_suffix(".unused.csv"), gold)
    for row in gold:
        spans = [(e.start, e.end) for e in row.events] + [(n.start, n.end) for n in row.no_event]
        assert all(0 <= start < end <= len(texts[row.key]) for start, end in spans), row.key


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as handle:
        for row in build():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    check(OUT)
    print(f"wrote {OUT}")
