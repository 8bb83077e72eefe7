"""The model backend: one question (a task's prompt on a text) -> a validated, cached answer."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from eventwire.llm.cache import AnswerCache, AnswerKey, MemoryCache
from eventwire.llm.client import ChatClient
from eventwire.llm.errors import BackendError
from eventwire.llm.structured import StructuredChat, parse, schema_instruction

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Task:
    """A question to ask of a text: the system prompt, and the user prompt with `{text}` in it."""

    name: str
    system: str
    user: str
    schema: type[BaseModel]

    @property
    def prompt(self) -> str:
        """Everything but the text: its hash is the prompt part of the cache key."""
        return json.dumps([self.system, self.user, self.schema.model_json_schema()], ensure_ascii=False)

    def messages(self, text: str) -> list[dict[str, str]]:
        return [{"role": "system", "content": f"{self.system}\n\n{schema_instruction(self.schema)}"},
                {"role": "user", "content": self.user.replace("{text}", text)}]


@dataclass
class BackendStats:
    asked: int = 0
    cached: int = 0
    values_dropped: int = 0  # values whose quote was not found in the article
    failed: list[str] = field(default_factory=list)  # questions that got no valid answer, and why


@dataclass
class Backend:
    chat: StructuredChat
    cache: AnswerCache = field(default_factory=MemoryCache)
    stats: BackendStats = field(default_factory=BackendStats)

    @property
    def model(self) -> str:
        return self.chat.client.model

    def ask(self, task: Task, text: str) -> BaseModel:
        """The task's answer on `text`, from the cache when this model was asked it before."""
        key = AnswerKey.of(self.model, task.prompt, text)
        cached = self._cached(key, task.schema)
        if cached is not None:
            self.stats.cached += 1
            return cached
        answer, _raw = self.chat.ask(task.messages(text), task.schema)
        self.stats.asked += 1
        self.cache.save_llm_answer(key, answer.model_dump_json())
        return answer

    def _cached(self, key: AnswerKey, schema: type[M]) -> M | None:
        raw = self.cache.get_llm_answer(key)
        if raw is None:
            return None
        try:
            return parse(raw, schema)
        except (ValidationError, ValueError):
            return None   # written by another version of the task's schema: ask again


def backend_from_settings(settings, cache: AnswerCache | None = None) -> Backend | None:
    """The configured backend, or None when EVENTWIRE_LLM_URL is not set."""
    if not settings.llm_url:
        return None
    if not settings.llm_model:
        raise BackendError("EVENTWIRE_LLM_URL is set but EVENTWIRE_LLM_MODEL is not: name the model "
                           "the server serves (any name, for a server that serves one)")
    key = settings.llm_key.get_secret_value() if settings.llm_key else None
    client = ChatClient(url=settings.llm_url, model=settings.llm_model, key=key,
                        timeout=settings.llm_timeout, max_tokens=settings.llm_max_tokens)
    return Backend(chat=StructuredChat(client), cache=cache if cache is not None else MemoryCache())
