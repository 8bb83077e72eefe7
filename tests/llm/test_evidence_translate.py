"""Quotes are checked against the article; translation keeps only sentences whose source is found,
and maps English spans back to the original sentences."""

from __future__ import annotations

import json

import pytest

from eventwire.llm import Backend
from eventwire.llm.cache import MemoryCache
from eventwire.llm.client import ChatClient
from eventwire.llm.evidence import locate
from eventwire.llm.structured import StructuredChat
from eventwire.llm.translate import chunks, translate
from eventwire.records import Span

ARABIC = "قتل ثلاثة مدنيين في غارة جوية على سوق شعبي.\nوقال سكان إن الطائرات حلقت فوق البلدة طوال الليل."
FIRST, SECOND = ARABIC.split("\n")


@pytest.mark.parametrize("quote, found", [
    ("killed in Idlib", "killed in Idlib"),
    ("were killed", "were\n  killed"),          # white space taken as equal
    ("ﬁghters attacked", "fighters attacked"),   # NFKC: the ligature is fi
], ids=["exact", "white-space", "nfkc"])
def test_a_quote_is_located(quote, found):
    text = "Gunmen and fighters attacked; three were\n  killed in Idlib on Tuesday."
    span = locate(quote, text)
    assert span is not None and span.text == found and text[span.start:span.end] == found


@pytest.mark.parametrize("quote", ["killed in Aleppo", "in", "", "  ", "3 ."], ids=["absent", "short", "empty", "blank", "no-words"])
def test_a_quote_not_in_the_text_is_not_found(quote):
    assert locate(quote, "Three were killed in Idlib on Tuesday.") is None


def test_chunks_are_paragraphs_packed_under_the_limit():
    text = "\n".join(f"Paragraph {n} " + "word " * 30 for n in range(10))
    pieces = list(chunks(text, limit=400))
    assert len(pieces) > 1
    assert all(b - a <= 400 for a, b in pieces)
    assert "".join(text[a:b] for a, b in pieces).replace("\n", "") == text.replace("\n", "")


def test_a_paragraph_longer_than_the_limit_is_cut_at_sentence_ends():
    text = "Shelling went on. " * 40
    pieces = list(chunks(text, limit=100))
    assert all(text[a:b].rstrip().endswith(".") for a, b in pieces)


def _backend(server) -> Backend:
    return Backend(chat=StructuredChat(ChatClient(url=server.url, model="test-model")), cache=MemoryCache())


def _answer(*pairs: tuple[str, str]) -> str:
    return json.dumps({"sentences": [{"source": s, "english": e} for s, e in pairs]}, ensure_ascii=False)


def test_translation_keeps_verified_sentences_and_maps_back(server, script):
    script.replies = [(200, _answer((FIRST, "Three civilians were killed in an air strike on a market."),
                                    ("جملة لم ترد في المقال أبدا", "A sentence the article never had."),
                                    (SECOND, "Residents said the planes circled over the town all night.")))]
    backend = _backend(server)
    result = translate(backend, ARABIC, "ar")
    assert result.text == ("Three civilians were killed in an air strike on a market. "
                           "Residents said the planes circled over the town all night.")
    assert result.dropped == 1 and backend.stats.values_dropped == 1
    assert [s.source.text for s in result.segments] == [FIRST, SECOND]
    at = result.text.index("planes")
    back = result.to_source(Span(start=at, end=at + 6, text="planes"), ARABIC)
    assert back.text == SECOND and ARABIC[back.start:back.end] == SECOND
    assert result.model == "test-model"


def test_a_translation_with_no_verified_sentence_is_empty(server, script):
    script.replies = [(200, _answer(("not in the article at all", "Nothing.")))]
    result = translate(_backend(server), ARABIC, "ar")
    assert result.text == "" and result.segments == () and result.dropped == 1
