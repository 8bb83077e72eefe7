"""HTML pages -> `Article`, with trafilatura finding the main text and the metadata.

title, date (-> published), author (-> byline), sitename (-> source, else the host name)
and url (canonical or og:url) come from the page; the article id is the file name
without its extension.  A page where trafilatura finds no main text (fewer than five
words) is discarded.
"""

from __future__ import annotations

from eventwire.ingest.dates import parse_published
from eventwire.ingest.fields import STAGE, normalise_newlines
from eventwire.records import Article, Discard

_MIN_WORDS = 5  # less than this is navigation left over from a page with no article


def parse_html(html: str, article_id: str, origin: str, name: str) -> Article | Discard:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = _body(doc)
    if len(text.split()) < _MIN_WORDS:
        return Discard(item=origin, stage=STAGE,
                       reason=f"{name}: no article text found in the HTML page; check that it "
                              "is a saved news article, not an index or an error page")
    extra = {"hostname": doc.hostname} if doc.hostname else {}
    return Article(id=article_id, title=_clean(doc.title), published=parse_published(doc.date),
                   source=_clean(doc.sitename) or _clean(doc.hostname),
                   byline=_clean(doc.author), url=_clean(doc.url), text=text,
                   content_hash=Article.hash_text(text), origin=origin, extra=extra)


def _body(doc) -> str:
    if doc is None or not doc.text:
        return ""
    lines = normalise_newlines(doc.text).strip().split("\n")
    if doc.title and lines and lines[0].strip() == doc.title.strip():
        lines = lines[1:]  # trafilatura repeats the headline as the first line
    return "\n".join(lines).strip()


def _clean(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None
