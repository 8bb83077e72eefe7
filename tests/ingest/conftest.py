"""Helpers for the reader tests: read paths into articles and discards."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from eventwire.ingest import read_inputs
from eventwire.records import Article, Discard
from eventwire.settings import Settings


class Result:
    def __init__(self, items: list[Article | Discard]):
        self.items = items
        self.articles = [i for i in items if isinstance(i, Article)]
        self.discards = [i for i in items if isinstance(i, Discard)]

    @property
    def by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    def discard_for(self, fragment: str) -> Discard:
        found = [d for d in self.discards if fragment in d.item]
        assert len(found) == 1, (fragment, self.discards)
        return found[0]


@pytest.fixture
def read():
    def _read(*paths: str | Path, **settings) -> Result:
        items = list(read_inputs([str(p) for p in paths], Settings(**settings)))
        return Result(items)
    return _read


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def one(result: Result) -> Article:
    assert not result.discards, result.discards
    assert len(result.articles) == 1, result.articles
    return result.articles[0]


def ids(items: Sequence[Article]) -> list[str]:
    return [a.id for a in items]
