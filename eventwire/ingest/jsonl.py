"""JSON Lines (and .json) -> `Article` per object.

Each non-blank line is one JSON object (see `fields` for the keys).  A line that is not
valid JSON, or not an object, becomes a Discard naming `file:line`; the other lines are
still read.  A `.json` file holding one object or an array of objects is read whole
(items are named `file#N`); any other `.json` file is read as JSON Lines.

In a file (not on standard input): when no object has a text field (`text`, `body`, `content`)
the file is no article feed, and gets one Discard naming it and the keys it has, instead of one
per object; keys that are no article field are kept as `extra` and named once, in one warning
per file, as for CSV columns.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.ingest.fields import STAGE, has_text_field, record_to_article, unknown_fields
from eventwire.records import Article, Discard

log = logging.getLogger(__name__)

# (the object, when the line held one; the article or discard made of it)
_Parsed = tuple[dict | None, Article | Discard]


def read_jsonl_lines(lines: Iterable[str], origin: str, file_id: str, name: str,
                     first_line: int = 1) -> Iterator[Article | Discard]:
    """Articles from JSON Lines; `origin` is the file path (or `<stdin>`), `name` its short name."""
    for _, item in _parse_lines(lines, origin, file_id, name, first_line):
        yield item


def read_jsonl_file(lines: Iterable[str], origin: str, file_id: str,
                    name: str) -> Iterator[Article | Discard]:
    """`read_jsonl_lines` for a whole file: one Discard when no object has text, one warning for
    unknown keys."""
    yield from _as_file(_parse_lines(lines, origin, file_id, name, 1), origin, name)


def read_json_document(text: str, origin: str, file_id: str,
                       name: str) -> Iterator[Article | Discard]:
    """A `.json` file: one object, an array of objects, or else JSON Lines."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        yield from read_jsonl_file(text.splitlines(), origin, file_id, name)
        return
    if document == []:
        yield Discard(item=origin, stage=STAGE,
                      reason=f"{name}: the file is an empty JSON array; put one object an article "
                             "in it, or leave the file out")
    elif isinstance(document, list):
        yield from _as_file(((r if isinstance(r, dict) else None,
                              _from_value(r, f"{origin}#{n}", file_id, f"{name}#{n}"))
                             for n, r in enumerate(document, start=1)), origin, name)
    else:
        yield _from_value(document, origin, file_id, name, whole_file=True)


def _parse_lines(lines: Iterable[str], origin: str, file_id: str, name: str,
                 first_line: int) -> Iterator[_Parsed]:
    for number, line in enumerate(lines, start=first_line):
        if not line.strip():
            continue
        where, item = f"{name}:{number}", f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield None, Discard(item=item, stage=STAGE,
                                reason=f"{where}: malformed JSON ({exc.msg}, column {exc.colno}); "
                                       "fix the line or remove it")
            continue
        yield (record if isinstance(record, dict) else None), _from_value(record, item, file_id, where)


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
                whole_file: bool = False) -> Article | Discard:
    if not isinstance(record, dict):
        return Discard(item=item, stage=STAGE,
                       reason=f"{where}: expected a JSON object with `id` and `text`, got "
                              f"{type(record).__name__}; write one object per line")
    return record_to_article(record, item, file_id, where, whole_file)
