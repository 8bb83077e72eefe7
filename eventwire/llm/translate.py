"""Translation of a non-English article into English, sentence by sentence, each quoting its source.

The article is cut into chunks (paragraphs, packed up to CHUNK_CHARS; a longer paragraph at its
sentence ends), and the model is asked for each chunk's sentences as pairs (source, english).
A pair whose `source` is not found in the chunk is dropped.  The English text is the kept
translations joined in order, and every span of it maps back to the source sentences it came
from, so an event coded from the translation cites the original article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel, Field

from eventwire.llm.backend import Backend, Task
from eventwire.llm.evidence import locate
from eventwire.records import Span

CHUNK_CHARS = 1200
_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?؟۔।。]+[\"'»”)]*\s+")


class TranslatedSentence(BaseModel):
    source: str = Field(description="one sentence of the text, copied exactly as written")
    english: str = Field(description="its English translation")


class TranslationAnswer(BaseModel):
    # bounds a chunk (CHUNK_CHARS) never needs, so that a model that repeats itself must stop
    sentences: list[TranslatedSentence] = Field(max_length=40)


TRANSLATE = Task(
    name="translate",
    system=("You translate news reports into English. Go through the text sentence by sentence. "
            "For each sentence, copy it exactly as written, in its own language, into 'source', and "
            "write its English translation into 'english'. Keep every name of a person, group and "
            "place; write numbers as digits; add nothing."),
    user="Text:\n{text}",
    schema=TranslationAnswer,
)


@dataclass(frozen=True)
class Segment:
    source: Span       # in the original article's text
    english: str
    start: int         # offsets of `english` in Translation.text
    end: int


@dataclass(frozen=True)
class Translation:
    language: str
    model: str
    text: str
    segments: tuple[Segment, ...]
    dropped: int       # sentences whose source quote was not found

    def to_source(self, span: Span, original: str) -> Span | None:
        """The original sentences that a span of the English text was translated from."""
        hit = [s for s in self.segments if s.start < span.end and span.start < s.end]
        if not hit:
            return None
        start, end = hit[0].source.start, hit[-1].source.end
        return Span(start=start, end=end, text=original[start:end])


def chunks(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of at most about `limit` characters, cut between paragraphs
    (or, in a paragraph longer than that, between sentences)."""
    pieces = [p for m in _PARAGRAPH.finditer(text) if m.group().strip()
              for p in _sentence_pieces(m.start(), m.end(), text, limit)]
    start = end = None
    for a, b in pieces:
        if start is not None and b - start > limit:
            yield start, end
            start = None
        start = a if start is None else start
        end = b
    if start is not None:
        yield start, end


def _sentence_pieces(start: int, end: int, text: str, limit: int) -> list[tuple[int, int]]:
    if end - start <= limit:
        return [(start, end)]
    cuts = [start] + [m.end() for m in _SENTENCE_END.finditer(text, start, end)] + [end]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


def translate(backend: Backend, text: str, language: str) -> Translation:
    """The article's text in English, as far as the model's sentences could be checked."""
    segments: list[Segment] = []
    dropped, english = 0, ""
    for start, end in chunks(text):
        kept, lost = _verified(backend.ask(TRANSLATE, text[start:end]), text, start, end)
        dropped += lost
        for n, (source, sentence) in enumerate(kept):
            if english:
                english += " " if n else "\n\n"   # sentences of one chunk on a line, chunks apart
            segments.append(Segment(source=source, english=sentence, start=len(english),
                                    end=len(english) + len(sentence)))
            english += sentence
    backend.stats.values_dropped += dropped
    return Translation(language=language, model=backend.model, text=english, segments=tuple(segments),
                       dropped=dropped)


def _verified(answer: TranslationAnswer, text: str, start: int, end: int) -> tuple[list[tuple[Span, str]], int]:
    """The (source span, English) pairs whose source is a quote of text[start:end], in text order."""
    kept, dropped, cursor = [], 0, start
    for sentence in answer.sentences:
        english = " ".join(sentence.english.split())
        span = locate(sentence.source, text, cursor, end) or locate(sentence.source, text, start, end)
        if span is None or not english:
            dropped += 1
            continue
        kept.append((span, english))
        cursor = max(cursor, span.end)
    kept.sort(key=lambda pair: pair[0].start)
    return kept, dropped
