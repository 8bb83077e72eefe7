"""Structured answers: the fallback chain json_schema -> json_object -> plain prompt.

Servers differ in what `response_format` they take (llama.cpp's server answers a json_schema
request with HTTP 500).  The first mode the server accepts is remembered for the next questions.
Whatever the mode, the answer is parsed and validated by the pydantic model; an answer that does
not validate is sent back once with the error, and a second failure raises AnswerError.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from eventwire.llm.client import ChatClient, Message
from eventwire.llm.errors import AnswerError, FormatRejected

MODES = ("json_schema", "json_object", "plain")
M = TypeVar("M", bound=BaseModel)


def schema_instruction(schema: type[BaseModel]) -> str:
    """The sentence every prompt ends with, so that a server without structured output can follow it."""
    return ("Answer with one JSON object and nothing else, matching this JSON Schema:\n"
            + json.dumps(schema.model_json_schema(), ensure_ascii=False))


def response_format(mode: str, schema: type[BaseModel]) -> dict[str, Any] | None:
    if mode == "json_schema":
        return {"type": "json_schema",
                "json_schema": {"name": schema.__name__, "schema": schema.model_json_schema(), "strict": True}}
    if mode == "json_object":   # the schema rides along: llama.cpp's server makes it a grammar
        return {"type": "json_object", "schema": schema.model_json_schema()}
    return None


def json_text(answer: str) -> str:
    """The JSON object in an answer that may wrap it in a code fence or a sentence."""
    start, end = answer.find("{"), answer.rfind("}")
    return answer[start:end + 1] if 0 <= start < end else answer


def parse(answer: str, schema: type[M]) -> M:
    return schema.model_validate_json(json_text(answer))


@dataclass
class StructuredChat:
    """Asks a question and returns the validated answer, stepping down the chain as needed."""

    client: ChatClient
    mode: int = field(default=0)   # index into MODES of the first mode not refused so far

    @property
    def mode_name(self) -> str:
        return MODES[self.mode]

    def ask(self, messages: list[Message], schema: type[M]) -> tuple[M, str]:
        """The validated answer and its raw text."""
        answer = self._first_answer(messages, schema)
        try:
            return parse(answer, schema), answer
        except (ValidationError, ValueError) as exc:
            return self._retry(messages, answer, exc, schema)

    def _first_answer(self, messages: list[Message], schema: type[BaseModel]) -> str:
        while True:
            try:
                return self.client.chat(messages, response_format(self.mode_name, schema))
            except FormatRejected:
                if self.mode == len(MODES) - 1:
                    raise
                self.mode += 1

    def _retry(self, messages: list[Message], answer: str, error: Exception, schema: type[M]) -> tuple[M, str]:
        again = [*messages, {"role": "assistant", "content": answer},
                 {"role": "user", "content": f"That answer is not valid: {_short(error)}. "
                                             f"{schema_instruction(schema)}"}]
        second = self.client.chat(again, response_format(self.mode_name, schema))
        try:
            return parse(second, schema), second
        except (ValidationError, ValueError) as exc:
            raise AnswerError(f"the model at {self.client.endpoint} gave no valid {schema.__name__} after "
                              f"one retry: {_short(exc)}; answer began {second[:120]!r}") from exc


def _short(error: Exception) -> str:
    text = str(error).replace("\n", " ")
    return text[:400]
