"""JSON Lines (and .json) -> `Article` per object.

Each non-blank line is one JSON object (see `fields` for the keys).  A line that is not
valid JSON, or not an object, becomes a Discard naming `file:line`; the other lines are
still read.  A `.json` file holding one object or an array of objects is read whole
(items are named `file#N`); any other `.json` file is read as JSON Lines.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.ingest.fields import STAGE, record_to_article
from eventwire.records import Article, Discard


def read_jsonl_lines(lines: Iterable[str], origin: str, file_id: str, name: str,
                     first_line: int = 1) -> Iterator[Article | Discard]:
    """Articles from JSON Lines; `origin` is the file path (or `<stdin>`), `name` its short name."""
    for number, line in enumerate(lines, start=first_line):
        if not line.strip():
            continue
        where, item = f"{name}:{number}", f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Discard(item=item, stage=STAGE,
                          reason=f"{where}: malformed JSON ({exc.msg}, column {exc.colno}); "
                                 "fix the line or remove it")
            continue
        yield _from_value(record, item, file_id, where)


def read_json_document(text: str, origin: str, file_id: str,
                       name: str) -> Iterator[Article | Discard]:
    """A `.json` file: one object, an array of objects, or else JSON Lines."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        yield from read_jsonl_lines(text.splitlines(), origin, file_id, name)
        return
    if document == []:
        yield Discard(item=origin, stage=STAGE,
                      reason=f"{name}: the file is an empty JSON array; put one object an article "
                             "in it, or leave the file out")
    elif isinstance(document, list):
        for index, record in enumerate(document, start=1):
            yield _from_value(record, f"{origin}#{index}", file_id, f"{name}#{index}")
    else:
        yield _from_value(document, origin, file_id, name, whole_file=True)


def _from_value(record: Any, item: str, file_id: str, where: str,
                whole_file: bool = False) -> Article | Discard:
    if not isinstance(record, dict):
        return Discard(item=item, stage=STAGE,
                       reason=f"{where}: expected a JSON object with `id` and `text`, got "
                              f"{type(record).__name__}; write one object per line")
    return record_to_article(record, item, file_id, where, whole_file)
