"""Whether a report in another language and an English report tell of one incident.

Three signals, each of which fails alone: the multilingual sentence embeddings (`embed`: good in
the languages the model was trained on, blind to which town), the names both spell (`names`:
tell Idlib from Daraa, but not two incidents in one town), and the publication dates (reports
of one incident come out within days).  Reports published more than MAX_DAYS apart are
different incidents.  Within that window two reports are one incident when their embeddings are
very close (STRONG), or when they share half the names of the English report's lead (title and
first sentences, as embedded) and, in a language the
embedding model reads, are also close in meaning (CLOSE); in a language it does not read
(Persian, Kurdish, ...), the shared names and dates decide alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from eventwire.language.embed import cosine, embed_article, lead
from eventwire.language.names import shared_names

MAX_DAYS = 2
STRONG = 0.80          # cosine at which meaning alone decides
CLOSE = 0.50           # cosine required besides shared names, in the model's languages
NAMES = 0.5            # share of the English report's names the other must spell
# the 16 languages of Universal Sentence Encoder multilingual v3's training data
EMBEDDING_LANGUAGES = frozenset({"ar", "zh", "nl", "en", "fr", "de", "it", "ja", "ko", "pl", "pt", "es",
                                 "th", "tr", "ru"})


@dataclass(frozen=True)
class Report:
    language: str
    title: str | None
    text: str
    published: dt.date | None

    @property
    def full_text(self) -> str:
        return f"{self.title}\n{self.text}" if self.title else self.text


@dataclass(frozen=True)
class PairSignals:
    cosine: float
    names: float | None     # share of the English report's names the other spells; None: it names none
    days: int | None        # days between the publication dates; None: a date is missing

    def same_incident(self, language: str) -> bool:
        if self.days is not None and self.days > MAX_DAYS:
            return False
        if self.cosine >= STRONG:
            return True
        if self.names is None or self.names < NAMES:
            return False
        return language not in EMBEDDING_LANGUAGES or self.cosine >= CLOSE


def signals(other: Report, english: Report, other_vector: np.ndarray | None = None,
            english_vector: np.ndarray | None = None) -> PairSignals:
    a = other_vector if other_vector is not None else embed_article(other.title, other.text)
    b = english_vector if english_vector is not None else embed_article(english.title, english.text)
    days = abs((other.published - english.published).days) if other.published and english.published else None
    english_lead = "\n".join(lead(english.title, english.text))
    return PairSignals(cosine=cosine(a, b), names=shared_names(english_lead, other.full_text), days=days)


def same_incident(other: Report, english: Report) -> bool:
    return signals(other, english).same_incident(other.language)
