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

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from eventwire.language.embed import cosine, embed_article, lead
from eventwire.language.identify import ENGLISH, UNDETERMINED
from eventwire.language.names import shared_names
from eventwire.records import Article

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


# -- links between stored reports (used by eventwire.link.stories) -----------------------------

def language_of(article: Article) -> str:
    """The article's language; one stored before language identification counts as English, as
    the English rules coded it then (identifying every such article at each relink would cost
    more than the rest of this step)."""
    return article.language or ENGLISH


def side(article: Article) -> str | None:
    """'en' for an English report, 'other' for one in another language, None for text without
    letters (`und`)."""
    language = language_of(article)
    if language == UNDETERMINED:
        return None
    return ENGLISH if language == ENGLISH else "other"


def publication_windows(articles: Iterable[Article]) -> list[tuple[dt.date, dt.date]]:
    """The date ranges, MAX_DAYS either side of each dated article, merged where they overlap:
    where a report of the same incident in the other language can have been published."""
    spans = sorted((a.published - dt.timedelta(days=MAX_DAYS), a.published + dt.timedelta(days=MAX_DAYS))
                   for a in articles if a.published)
    merged: list[tuple[dt.date, dt.date]] = []
    for since, until in spans:
        if merged and since <= merged[-1][1] + dt.timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], until))
        else:
            merged.append((since, until))
    return merged


def incident_links(fresh: Sequence[Article], nearby: Iterable[Article]) -> list[tuple[str, str, float]]:
    """(a, b, cosine), a < b, for each pair of one report in another language and one English
    report that tell of one incident, at least one of the two in `fresh` (`nearby`: the other
    articles that may be compared, stored ones).  Only dated reports are compared: an undated
    one has no window to look in.  Each article is embedded once, and only if it is in a pair."""
    fresh_ids = {a.id for a in fresh}
    articles = {a.id: a for a in nearby if a.published}
    articles.update({a.id: a for a in fresh if a.published})
    by_side: dict[str, list[Article]] = {ENGLISH: [], "other": []}
    for article in articles.values():
        if (s := side(article)) is not None:
            by_side[s].append(article)
    vectors: dict[str, np.ndarray] = {}
    links = []
    for other, english in _dated_pairs(by_side["other"], by_side[ENGLISH]):
        if other.id not in fresh_ids and english.id not in fresh_ids:
            continue
        report = _report(other)
        found = signals(report, _report(english), _vector(other, vectors), _vector(english, vectors))
        if found.same_incident(report.language):
            a, b = sorted((other.id, english.id))
            links.append((a, b, round(found.cosine, 4)))
    return sorted(links)


def _dated_pairs(others: list[Article], english: list[Article]) -> Iterator[tuple[Article, Article]]:
    """(other, english) pairs published at most MAX_DAYS apart."""
    english = sorted(english, key=lambda a: (a.published, a.id))
    days = [a.published.toordinal() for a in english]
    for other in sorted(others, key=lambda a: a.id):
        day = other.published.toordinal()
        for i in range(bisect.bisect_left(days, day - MAX_DAYS), bisect.bisect_right(days, day + MAX_DAYS)):
            yield other, english[i]


def _report(article: Article) -> Report:
    return Report(language_of(article), article.title, article.text, article.published)


def _vector(article: Article, vectors: dict[str, np.ndarray]) -> np.ndarray:
    """The article's embedding, computed once per call of `incident_links`."""
    if article.id not in vectors:
        vectors[article.id] = embed_article(article.title, article.text)
    return vectors[article.id]
