"""JSON Lines (and .json) -> `Article` per object.

Each non-blank line is one JSON object (see `fields` for the keys).  A line that is not
valid JSON, or not an object, becomes a Discard naming `file:line`; the other lines are
still read.  A `.json` file holding one object or an array of objects is read whole
(items are named `file#N`); any other `.json` file is read as JSON Lines.

In a file (not on standard input): when no object has a text field (`text`, `body`, `content`)
the file is no article feed, and gets one Discard naming it and the keys it has, instead of one
per object; keys that are no article field are kept as `extra` and named once, in one warning
per file, as for CSV columns; ambiguous numeric dates (05/02/2024) are read as `dayorder`
decides for the whole file (on standard input, by the setting alone: month first for "auto").
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.ingest.dayorder import SETTINGS_DAYFIRST, decide
from eventwire.ingest.fields import (
    STAGE, has_text_field, published_key, published_values, record_to_article, unknown_fields,
)
from eventwire.records import Article, Discard

log = logging.getLogger(__name__)

# (the object, when the line held one; the article or discard made of it)
_Parsed = tuple[dict | None, Article | Discard]


def read_jsonl_lines(lines: Iterable[str], origin: str, file_id: str, name: str,
                     first_line: int = 1, date_order: str = "auto") -> Iterator[Article | Discard]:
    """Articles from JSON Lines, record by record (standard input): ambiguous dates are read
    by `date_order` alone, month first for "auto"."""
    dayfirst = SETTINGS_DAYFIRST[date_order]
    for record, item, where in _parse_lines(lines, origin, name, first_line):
        yield _convert(record, item, file_id, where, dayfirst)


def read_jsonl_file(lines: Iterable[str], origin: str, file_id: str, name: str,
                    date_order: str = "auto") -> Iterator[Article | Discard]:
    """JSON Lines of a whole file: one Discard when no object has text, one warning for unknown
    keys, ambiguous dates read as `dayorder` decides for the file."""
    parsed = list(_parse_lines(lines, origin, name, 1))
    yield from _as_file(_converted(parsed, file_id, name, date_order), origin, name)


def read_json_document(text: str, origin: str, file_id: str, name: str,
                       date_order: str = "auto") -> Iterator[Article | Discard]:
    """A `.json` file: one object, an array of objects, or else JSON Lines."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        yield from read_jsonl_file(text.splitlines(), origin, file_id, name, date_order)
        return
    if document == []:
        yield Discard(item=origin, stage=STAGE,
                      reason=f"{name}: the file is an empty JSON array; put one object an article "
                             "in it, or leave the file out")
    elif isinstance(document, list):
        parsed = [(r, f"{origin}#{n}", f"{name}#{n}") for n, r in enumerate(document, start=1)]
        yield from _as_file(_converted(parsed, file_id, name, date_order), origin, name)
    else:
        yield _from_value(document, origin, file_id, name, whole_file=True)


# one JSON value read: (the value, or the Discard of a malformed line; `file:line`; `name:line`)
_Value = tuple[Any, str, str]


def _parse_lines(lines: Iterable[str], origin: str, name: str, first_line: int) -> Iterator[_Value]:
    for number, line in enumerate(lines, start=first_line):
        if not line.strip():
            continue
        where, item = f"{name}:{number}", f"{origin}:{number}"
        try:
            yield json.loads(line), item, where
        except json.JSONDecodeError as exc:
            yield Discard(item=item, stage=STAGE,
                          reason=f"{where}: malformed JSON ({exc.msg}, column {exc.colno}); "
                                 "fix the line or remove it"), item, where


def _converted(parsed: list[_Value], file_id: str, name: str, date_order: str) -> Iterator[_Parsed]:
    records = [value for value, _, _ in parsed if isinstance(value, dict)]
    dayfirst = decide(published_values(records), date_order, name, published_key(records))
    for value, item, where in parsed:
        yield (value if isinstance(value, dict) else None), _convert(value, item, file_id, where, dayfirst)


def _convert(value: Any, item: str, file_id: str, where: str, dayfirst: bool | None) -> Article | Discard:
    if isinstance(value, Discard):
        return value
    return _from_value(value, item, file_id, where, dayfirst=dayfirst)


def _as_file(parsed: Iterable[_Parsed], origin: str, name: str) -> Iterator[Article | Discard]:
    """Items in order; the discards of objects without a text field are held back until an
    object with one turns up, and become one Discard for the file if none does."""
    held: list[Discard] = []
    keys: dict[str, None] = {}  # every key seen, in order
    texts = 0
    for record, item in parsed:
        keys.update(dict.fromkeys(map(str, record or ())))
        if record is not None and not has_text_field(record):
            if not texts:
                held.append(item)
                continue
        elif record is not None:
            texts += 1
            yield from held
            held.clear()
        yield item
    if held:
        yield _no_text(origin, name, len(held), list(keys))
    _warn_unknown(name, list(keys) if texts else [])


def _no_text(origin: str, name: str, count: int, keys: list[str]) -> Discard:
    shown = ", ".join(keys[:8]) + (", …" if len(keys) > 8 else "")
    noun = "record" if count == 1 else "records"
    return Discard(item=origin, stage=STAGE,
                   reason=f"{name}: none of its {count} {noun} has a `text` (or `body`, `content`) "
                          f"key (keys: {shown or 'none'}); this is not a file of articles: leave it "
                          "out, or name the field that holds the article text `text`")


def _warn_unknown(name: str, keys: list[str]) -> None:
    if unknown := unknown_fields(keys):
        log.warning("%s: keys %s are not article fields; kept as extra metadata", name,
                    ", ".join(unknown))


def _from_value(record: Any, item: str, file_id: str, where: str,
                whole_file: bool = False, dayfirst: bool | None = None) -> Article | Discard:
    if not isinstance(record, dict):
        return Discard(item=item, stage=STAGE,
                       reason=f"{where}: expected a JSON object with `id` and `text`, got "
                              f"{type(record).__name__}; write one object per line")
    return record_to_article(record, item, file_id, where, whole_file, dayfirst)
