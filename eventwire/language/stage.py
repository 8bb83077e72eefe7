"""The language stage: every article gets its `language`; only English meets the English rules.

An article in another language is translated first when the model backend is configured
(EVENTWIRE_LLM_URL), and its events then cite the original sentences and name the model in
their provenance.  Without a backend it is stored uncoded and counted as `NotCoded`, never
dropped: the ingest summary says how many, in which languages, and why.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from eventwire.language.identify import ENGLISH, UNDETERMINED, identify
from eventwire.records import Article, EventMention, Record

log = logging.getLogger(__name__)

CODED_BY_RULES = (ENGLISH, UNDETERMINED)   # text without letters has nothing to misread
NO_TRANSLATOR = "no translator configured; see README"
# provenance key of the English sentence an event was coded from, when it was coded from a
# translation: its evidence cites the original, which the English linking rules cannot read
TRANSLATED_SENTENCE = "translated_sentence"
NO_VALID_TRANSLATION = "the model gave no valid translation, even after a retry (see the log)"


class NotCoded(Record):
    """An article stored without events, because the English rules cannot read its language."""

    language: str
    reason: str


@dataclass(frozen=True)
class Routed:
    """An article with its language set, and what the rules read: itself, its translation, or nothing."""

    article: Article
    view: Article | None = None
    translation: object | None = None   # eventwire.llm.translate.Translation
    not_coded: NotCoded | None = None

    def restore(self, events: list[EventMention]) -> list[EventMention]:
        """Events coded from a translation, with evidence in the original text and the model named."""
        if self.translation is None:
            return events
        return [_cite_original(event, self.translation, self.article.text) for event in events]


@dataclass
class LanguageStage:
    backend: object | None = None        # eventwire.llm.Backend, or None when none is configured

    def route(self, article: Article) -> Routed:
        language = identify(article.text, article.title).code
        article = article.replace(**{"language": language})
        if language in CODED_BY_RULES:
            return Routed(article=article, view=article)
        if self.backend is None:
            return Routed(article=article, not_coded=NotCoded(language=language, reason=NO_TRANSLATOR))
        return self._translated(article, language)

    def _translated(self, article: Article, language: str) -> Routed:
        from eventwire.llm import AnswerError, BackendError
        from eventwire.llm.translate import translate

        try:
            translation = translate(self.backend, article.text, language)
        except AnswerError as exc:   # the model's own failure, one per article: the reason stays short
            log.warning("article %s: %s", article.id, exc)
            return Routed(article=article, not_coded=NotCoded(language=language, reason=NO_VALID_TRANSLATION))
        except BackendError as exc:
            return Routed(article=article, not_coded=NotCoded(language=language, reason=f"translation failed: {exc}"))
        if not translation.text:
            return Routed(article=article, not_coded=NotCoded(
                language=language, reason="the translation had no sentence that quotes the article"))
        view = article.replace(**{"text": translation.text, "title": None, "language": ENGLISH})
        return Routed(article=article, view=view, translation=translation)


def _cite_original(event: EventMention, translation, original: str) -> EventMention:
    """The event with its evidence moved to the original sentences, the model named, and the English
    event sentence it was coded from kept (TRANSLATED_SENTENCE), for what reads English later."""
    evidence = {name: back for name, span in event.evidence.items()
                if (back := translation.to_source(span, original)) is not None}
    provenance = {**event.provenance, "translation": translation.model}
    if english := english_event_sentence(event):
        provenance[TRANSLATED_SENTENCE] = english
    return event.replace(**{"evidence": evidence, "provenance": provenance})


def english_event_sentence(event: EventMention) -> str | None:
    span = event.evidence.get("event") or event.evidence.get("event_type")
    return span.text if span else None


def count_not_coded(items: list[NotCoded], counts: dict[str, dict[str, int]] | None = None
                    ) -> dict[str, dict[str, int]]:
    """reason -> language -> how many (as IngestReport.not_coded keeps them), added into `counts`."""
    counts = {} if counts is None else counts
    for item in items:
        by_language = counts.setdefault(item.reason, {})
        by_language[item.language] = by_language.get(item.language, 0) + 1
    return counts


def not_coded_summary(counts: dict[str, dict[str, int]]) -> list[str]:
    """'14 articles in ar, fa not coded: no translator configured; see README', one line per reason."""
    lines = []
    for reason, by_language in counts.items():
        total = sum(by_language.values())
        languages = ", ".join(sorted(by_language, key=lambda code: (-by_language[code], code)))
        lines.append(f"{total} article{'s' if total != 1 else ''} in {languages} not coded: {reason}")
    return lines
