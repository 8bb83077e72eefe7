"""A client for any OpenAI-compatible chat server (`POST {url}/chat/completions`).

vLLM, Ollama, llama.cpp's server and hosted APIs speak it.  `url` is the base URL as OpenAI
clients take it, with its `/v1` (http://127.0.0.1:8080/v1).  Every request asks for temperature
0.  httpx comes with the `eventwire[llm]` extra.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eventwire.llm.errors import BackendError, FormatRejected

INSTALL_HINT = "the model backend needs the llm extra: pip install 'eventwire[llm]'"
Message = dict[str, str]


def _httpx():
    try:
        import httpx
    except ImportError as exc:
        raise BackendError(INSTALL_HINT) from exc
    return httpx


@dataclass
class ChatClient:
    url: str
    model: str
    key: str | None = None
    timeout: float = 120.0
    max_tokens: int = 1024
    requests: int = field(default=0, init=False)

    @property
    def endpoint(self) -> str:
        return self.url.rstrip("/") + "/chat/completions"

    def chat(self, messages: list[Message], response_format: dict[str, Any] | None = None) -> str:
        """The text of the first choice.  A refused `response_format` raises FormatRejected."""
        body: dict[str, Any] = {"model": self.model, "messages": messages, "temperature": 0,
                                "max_tokens": self.max_tokens}
        if response_format is not None:
            body["response_format"] = response_format
        response = self._post(body)
        if response.status_code >= 400:
            raise self._refusal(response, response_format)
        return self._content(response)

    def _post(self, body: dict[str, Any]):
        httpx = _httpx()
        headers = {"Authorization": f"Bearer {self.key}"} if self.key else {}
        self.requests += 1
        try:
            return httpx.post(self.endpoint, json=body, headers=headers, timeout=self.timeout)
        except httpx.HTTPError as exc:
            raise BackendError(f"cannot reach the model server at {self.endpoint}: {exc}; start it, or "
                               "fix EVENTWIRE_LLM_URL (the base URL with /v1)") from exc

    def _refusal(self, response, response_format: dict[str, Any] | None) -> BackendError:
        detail = response.text[:300].replace("\n", " ")
        if response.status_code in (401, 403):
            return BackendError(f"{self.endpoint} refused the request (HTTP {response.status_code}): "
                                f"set EVENTWIRE_LLM_KEY to a key it accepts ({detail})")
        if response_format is not None and response.status_code not in (404, 408, 429):
            return FormatRejected(f"{self.endpoint} refused response_format "
                                  f"{response_format.get('type')!r} (HTTP {response.status_code}): {detail}")
        return BackendError(f"{self.endpoint} answered HTTP {response.status_code}: {detail}; check "
                            "EVENTWIRE_LLM_URL and EVENTWIRE_LLM_MODEL")

    def _content(self, response) -> str:
        try:
            content = response.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise BackendError(f"{self.endpoint} answered without choices[0].message.content: "
                               f"{response.text[:300]!r}") from exc
        if not isinstance(content, str):
            raise BackendError(f"{self.endpoint} answered a message without text: {content!r}")
        return content
