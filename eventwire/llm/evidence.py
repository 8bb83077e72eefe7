"""Every value a model gives must quote the article: the quote is looked up in the text.

A quote is found as written, or else with runs of white space and Unicode forms (NFKC) taken
as equal, since models re-space and re-normalise what they copy.  A quote that is not in the
text, or is too short to be evidence, is not found, and the value that rests on it is dropped.
"""

from __future__ import annotations

import re
import unicodedata

from eventwire.records import Span

MIN_QUOTE_CHARS = 4
_WORD = re.compile(r"\w", re.UNICODE)


def locate(quote: str, text: str, start: int = 0, end: int | None = None) -> Span | None:
    """The span of `text[start:end]` that `quote` copies, or None."""
    end = len(text) if end is None else end
    quote = quote.strip()
    if len(quote) < MIN_QUOTE_CHARS or len(_WORD.findall(quote)) < 2:
        return None
    at = text.find(quote, start, end)
    if at >= 0:
        return Span(start=at, end=at + len(quote), text=quote)
    return _locate_normalised(quote, text, start, end)


def _normalised(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """The text with white space runs as one space and NFKC forms, and each character's source offset."""
    chars, offsets = [], []
    in_space = False
    for i in range(start, end):
        ch = text[i]
        if ch.isspace():
            if not in_space and chars:
                chars.append(" ")
                offsets.append(i)
            in_space = True
            continue
        in_space = False
        for part in unicodedata.normalize("NFKC", ch):
            chars.append(part)
            offsets.append(i)
    return "".join(chars), offsets


def _locate_normalised(quote: str, text: str, start: int, end: int) -> Span | None:
    haystack, offsets = _normalised(text, start, end)
    needle, _ = _normalised(quote, 0, len(quote))
    at = haystack.find(needle.strip())
    if at < 0:
        return None
    first, last = offsets[at], offsets[at + len(needle.strip()) - 1] + 1
    return Span(start=first, end=last, text=text[first:last])
