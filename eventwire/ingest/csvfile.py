"""CSV (and TSV) -> `Article` per row.

The first row names the columns (see `fields` for the names; matching ignores case).  A
row is named by the line it starts on (`file:line`), so quoted fields that span lines
still point at the right place.  A file without a `text` or `body` column is discarded
whole, and so is one with a header but no rows; a row with more cells than the header, or
with no text, is discarded alone.
Comma is the delimiter, unless the header line has no comma but has semicolons or tabs.
Columns that are no article field are kept as `extra` and named once, in one warning per file.
Ambiguous numeric dates (05/02/2024) are read as `dayorder` decides for the whole file.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterator

from eventwire.ingest.dayorder import decide
from eventwire.ingest.fields import (
    STAGE, SYNONYMS, published_key, published_values, record_to_article, unknown_fields,
)
from eventwire.records import Article, Discard

log = logging.getLogger(__name__)

_FIELD_LIMIT = 2**31 - 1


# a row read: (`file:line` path, `name:line`, the row as a record), or the Discard it became
_Row = tuple[str, str, dict[str, str]] | Discard


def read_csv_text(text: str, origin: str, file_id: str, name: str, delimiter: str | None = None,
                  date_order: str = "auto") -> Iterator[Article | Discard]:
    csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or _sniff(text))
    header = _header(reader)
    if not {name_.lower() for name_ in header} & set(SYNONYMS["text"]):
        yield Discard(item=origin, stage=STAGE,
                      reason=f"{name}: no `text` (or `body`) column in the header row "
                             f"({', '.join(header) or 'empty'}); the first row must name the "
                             "columns, e.g. id,title,text,published,source,url")
        return
    if unknown := unknown_fields(header):
        log.warning("%s: columns %s are not article fields; kept as extra metadata", name,
                    ", ".join(unknown))
    rows = list(_rows(reader, header, origin, name))
    if not rows:
        yield Discard(item=origin, stage=STAGE,
                      reason=f"{name}: the file has a header row but no rows below it; add one "
                             "article a row, or leave the file out")
    records = [row[2] for row in rows if not isinstance(row, Discard)]
    dayfirst = decide(published_values(records), date_order, name, published_key(records))
    for row in rows:
        yield row if isinstance(row, Discard) else record_to_article(
            row[2], row[0], file_id, row[1], dayfirst=dayfirst)


def _sniff(text: str) -> str:
    first = text.split("\n", 1)[0]
    if "," in first:
        return ","
    for candidate in ("\t", ";"):
        if candidate in first:
            return candidate
    return ","


def _header(reader) -> list[str]:
    for row in reader:
        if any(cell.strip() for cell in row):
            return [cell.strip().lstrip("\ufeff") for cell in row]
    return []


def _rows(reader, header: list[str], origin: str, name: str) -> Iterator[_Row]:
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Discard(item=f"{origin}:{start}", stage=STAGE,
                          reason=f"{name}:{start}: malformed CSV ({exc}); fix the quoting")
            return
        if not any(cell.strip() for cell in row):
            continue
        yield _row(row, header, f"{origin}:{start}", f"{name}:{start}")


def _row(row: list[str], header: list[str], item: str, where: str) -> _Row:
    if len(row) > len(header):
        return Discard(item=item, stage=STAGE,
                       reason=f"{where}: the row has {len(row)} cells but the header has "
                              f"{len(header)}; quote values that contain the delimiter")
    return item, where, dict(zip(header, row))
