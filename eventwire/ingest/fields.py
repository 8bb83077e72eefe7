"""A mapping of named fields (a JSONL object, a CSV row) -> `Article` or `Discard`.

Known keys and their aliases: id; title (headline); text (body, content); published (date,
publish_date, published_at); source (publisher, outlet); url (link); byline (author).  Any
other key is kept in `Article.extra`.  A missing id is derived from the record itself, never
from its position, so re-sorting a file keeps every id on its article: from the URL when
there is one (`<host>-<hash of the URL>`, the same in every file), else from the text
(`<file id>-<hash of the text>`).  A record without text is discarded.  A published value
that cannot be read leaves `published` empty and keeps the raw value in
`extra["published_unparsed"]`.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from eventwire.ingest.dates import parse_published
from eventwire.records import Article, Discard

log = logging.getLogger(__name__)

STAGE = "ingest"
# an article longer than this is no news article (a book, a dump, a log): a Discard, not an Article
MAX_ARTICLE_CHARS = 500_000
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "title": ("title", "headline"),
    "text": ("text", "body", "content"),
    "published": ("published", "date", "publish_date", "published_at"),
    "source": ("source", "publisher", "outlet"),
    "url": ("url", "link"),
    "byline": ("byline", "author"),
}

_KNOWN_NAMES = frozenset(alias for aliases in SYNONYMS.values() for alias in aliases)


def record_to_article(record: Mapping[str, Any], origin: str, file_id: str, where: str,
                      whole_file: bool = False, dayfirst: bool | None = None) -> Article | Discard:
    """An Article from one record; `where` names it in messages (e.g. `feed.jsonl:3`).  A record
    without an id gets `file_id` when it is the whole file, else an id derived from itself.
    `dayfirst` reads an ambiguous numeric date (see `dates`)."""
    values, extra = _split(record)
    if _present(values.get("text")) and not isinstance(values["text"], str):
        return Discard(item=origin, stage=STAGE,
                       reason=f"{where}: the `text` value is a {type(values['text']).__name__}, "
                              "not a string; give the article text as one string")
    text = _clean_text(values.get("text"))
    if not text:
        return Discard(item=origin, stage=STAGE,
                       reason=f"{where}: the record has no `text` (or `body`) value; "
                              "add the article text or drop the record")
    published = parse_published(values.get("published"), dayfirst)
    if published is None and _present(values.get("published")):
        extra["published_unparsed"] = values["published"]
        log.info("%s: published value %r is not a date; stored without a date", where,
                 values["published"])
    return Article(
        id=_string(values.get("id")) or (file_id if whole_file else
                                          derived_id(_string(values.get("url")), text, file_id)),
        title=_string(values.get("title")),
        published=published,
        source=_string(values.get("source")),
        byline=_string(values.get("byline")),
        url=_string(values.get("url")),
        text=text,
        content_hash=Article.hash_text(text),
        origin=origin,
        extra=extra,
    )


def published_key(records: Iterable[Mapping[str, Any]]) -> str | None:
    """The key (column) the records give their published date under, as the file spells it."""
    names = SYNONYMS["published"]
    for record in records:
        for key, value in record.items():
            if str(key).strip().lower() in names and _present(value):
                return str(key)
    return None


def published_values(records: Iterable[Mapping[str, Any]]) -> list[Any]:
    """Each record's published value (the first non-empty synonym), for `dayorder`."""
    return [v for v in (_split(record)[0].get("published") for record in records) if v is not None]


def has_text_field(record: Mapping[str, Any]) -> bool:
    """Whether the record has a key for the article text (`text` or an alias), empty or not."""
    return any(str(key).strip().lower() in SYNONYMS["text"] for key in record)


def unknown_fields(names: Iterable[str]) -> list[str]:
    """The names among `names` that are no article field nor an alias of one (kept as `extra`)."""
    return [name for name in names if str(name).strip().lower() not in _KNOWN_NAMES]


def derived_id(url: str | None, text: str, file_id: str) -> str:
    """A record's id when it gives none: from its URL, else from its text (see the module)."""
    if url:
        host = urlsplit(url).hostname or "url"
        return f"{host}-{hashlib.sha1(url.strip().encode()).hexdigest()[:12]}"
    return f"{file_id}-{hashlib.sha1(text.encode()).hexdigest()[:12]}"


def _split(record: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Known fields (first non-empty synonym wins) and everything else."""
    lowered = {str(key).strip().lower(): key for key in record}
    values: dict[str, Any] = {}
    used: set[str] = set()
    for field, names in SYNONYMS.items():
        for name in names:
            if name in lowered and _present(record[lowered[name]]):
                values[field] = record[lowered[name]]
                used.add(lowered[name])
                break
    extra = {str(key): value for key, value in record.items()
             if key not in used and _present(value)}
    return values, extra


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _string(value: Any) -> str | None:
    if not _present(value):
        return None
    return str(value).strip()


def _clean_text(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    return normalise_newlines(str(value)).strip()


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
