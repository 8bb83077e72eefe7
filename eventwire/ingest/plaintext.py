"""Plain-text articles in the seed format -> `Article`.

The format, as found in the seed files:

* an optional header block before the story: `Title: ...`, `Word Count: N`, and eventwire's
  own `Source: ...` and `URL: ...` lines (to name the outlet in a plain-text file);
* a ` date YYYY-MM-DD` line in the header block; the story may start on the same line;
* furniture anywhere in the body: `Photo: ...` caption lines, photo credits such as
  `(AP Photo/Name)` (whole line or inline), embedded social-media posts (any line holding
  `pic.twitter.com/`, or ending with `— Name (@handle) Month D, YYYY`), `(RELATED: ...)`
  asides inside paragraphs, and a `Prepared by: Name` trailer.

Header values go to `title`, `published`, `source`, `url`; `Prepared by:` goes to `byline`;
`Word Count:` goes to `extra["word_count"]`.  Furniture is dropped.  Every other line is
kept as written, so paragraph breaks (one newline or a blank line) survive; runs of blank
lines left where furniture was removed shrink to one blank line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from eventwire.ingest.fields import STAGE, normalise_newlines
from eventwire.records import Article, Discard

_HEADERS = {
    "title": re.compile(r"^\s*Title:\s*(?P<value>.*?)\s*$", re.IGNORECASE),
    "word_count": re.compile(r"^\s*Word Count:\s*(?P<value>[\d,]*)\s*$", re.IGNORECASE),
    "source": re.compile(r"^\s*Source:\s*(?P<value>.+?)\s*$", re.IGNORECASE),
    "url": re.compile(r"^\s*URL:\s*(?P<value>\S+)\s*$", re.IGNORECASE),
}
_DATE_LINE = re.compile(r"^\s*date\s+(?P<value>\d{4}-\d{1,2}-\d{1,2})\b[ \t]*(?P<rest>.*)$",
                        re.IGNORECASE)
_PHOTO_CAPTION = re.compile(r"^\s*Photo:", re.IGNORECASE)
_PREPARED_BY = re.compile(r"^\s*Prepared by:\s*(?P<value>.*?)\s*$", re.IGNORECASE)
_SOCIAL_EMBED = re.compile(
    r"pic\.twitter\.com/"
    r"|[—–-]{1,2}\s*[^\n()]{1,80}\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$")
_PHOTO_CREDIT = re.compile(
    r"[ \t]*\((?:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3} )?Photos?(?: by)?\s*/[^()\n]{1,120}\)")
_RELATED = re.compile(r"[ \t]*\(RELATED:[^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)", re.IGNORECASE)
_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


@dataclass
class _Parsed:
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    byline: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    body: list[str] = field(default_factory=list)


def parse_plain_text(text: str, article_id: str, origin: str, name: str) -> Article | Discard:
    """An Article from a plain-text file's decoded text; `name` names the file in messages."""
    parsed = _Parsed()
    lines = normalise_newlines(text).split("\n")
    rest = _read_header(lines, parsed)
    for line in rest:
        _read_body_line(line, parsed)
    body = _join(parsed.body)
    if not body:
        return Discard(item=origin, stage=STAGE,
                       reason=f"{name}: no story text is left after the headers and furniture; "
                              "add the article text or leave the file out")
    return Article(id=article_id, title=parsed.title, published=parsed.published,
                   source=parsed.source, byline=parsed.byline, url=parsed.url, text=body,
                   content_hash=Article.hash_text(body), origin=origin, extra=parsed.extra)


def _read_header(lines: list[str], parsed: _Parsed) -> list[str]:
    """Consume the leading header block; return the remaining lines (the body)."""
    for index, line in enumerate(lines):
        if not line.strip() or _PHOTO_CAPTION.match(line):
            continue
        date = _DATE_LINE.match(line)
        if date:
            _set_published(parsed, date["value"])
            if date["rest"].strip():
                return [date["rest"], *lines[index + 1:]]
            continue
        key = next((k for k, rx in _HEADERS.items() if rx.match(line)), None)
        if key is None:
            return lines[index:]
        _set_header(parsed, key, _HEADERS[key].match(line)["value"])
    return []


def _set_header(parsed: _Parsed, key: str, value: str) -> None:
    if key == "word_count":
        digits = value.replace(",", "")
        if digits:
            parsed.extra["word_count"] = int(digits)
    elif value:
        setattr(parsed, key, value)


def _set_published(parsed: _Parsed, value: str) -> None:
    try:
        parsed.published = dt.date(*(int(part) for part in value.split("-")))
    except ValueError:
        parsed.extra["published_unparsed"] = value


def _read_body_line(line: str, parsed: _Parsed) -> None:
    if _PHOTO_CAPTION.match(line) or _SOCIAL_EMBED.search(line):
        return
    prepared = _PREPARED_BY.match(line)
    if prepared:
        parsed.byline = prepared["value"] or parsed.byline
        return
    cleaned = _RELATED.sub("", _PHOTO_CREDIT.sub("", line))
    if cleaned.strip() or not line.strip():
        parsed.body.append(cleaned.rstrip())


def _join(lines: list[str]) -> str:
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
