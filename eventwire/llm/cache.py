"""Answers cached by the hashes of (model, prompt, text): the same question is asked once.

The store keeps them (table `llm_answers`, migration 0007); `MemoryCache` serves runs without a
database (`eventwire extract`).  Only validated answers are cached.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Protocol


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AnswerKey:
    model: str
    prompt_hash: str
    text_hash: str

    @property
    def model_hash(self) -> str:
        return sha256(self.model)

    @classmethod
    def of(cls, model: str, prompt: str, text: str) -> "AnswerKey":
        return cls(model=model, prompt_hash=sha256(prompt), text_hash=sha256(text))


class AnswerCache(Protocol):
    def get_llm_answer(self, key: AnswerKey) -> str | None: ...

    def save_llm_answer(self, key: AnswerKey, answer: str) -> None: ...


@dataclass
class MemoryCache:
    answers: dict[AnswerKey, str] = field(default_factory=dict)

    def get_llm_answer(self, key: AnswerKey) -> str | None:
        return self.answers.get(key)

    def save_llm_answer(self, key: AnswerKey, answer: str) -> None:
        self.answers[key] = answer
