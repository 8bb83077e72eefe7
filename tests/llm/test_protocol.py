"""The backend's protocol handling against a scripted OpenAI-compatible server on loopback:
request shape, the json_schema -> json_object -> plain chain, one retry on an invalid answer,
clear errors, and the answer cache."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel

from eventwire.llm import AnswerError, Backend, BackendError, Task, backend_from_settings
from eventwire.llm.cache import MemoryCache
from eventwire.llm.client import ChatClient
from eventwire.llm.structured import StructuredChat
from eventwire.settings import Settings


class Verdict(BaseModel):
    sub_event_type: str
    quote: str


TASK = Task(name="verdict", system="Name the sub-event type.", user="Text:\n{text}", schema=Verdict)
GOOD = json.dumps({"sub_event_type": "Air/drone strike", "quote": "an air strike hit the market"})


def chat_for(server, **kw) -> StructuredChat:
    return StructuredChat(ChatClient(url=server.url, model="test-model", **kw))


def test_request_is_an_openai_chat_completion_at_temperature_zero(server, script):
    script.replies = [(200, GOOD)]
    verdict, _ = chat_for(server, key="s3cret").ask(TASK.messages("an air strike hit the market"), Verdict)
    assert verdict.sub_event_type == "Air/drone strike"
    body = script.requests[0]
    assert body["model"] == "test-model" and body["temperature"] == 0
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"]["required"] == ["sub_event_type", "quote"]
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert "an air strike hit the market" in body["messages"][1]["content"]
    assert script.headers[0]["Authorization"] == "Bearer s3cret"


def test_no_key_sends_no_authorization(server, script):
    script.replies = [(200, GOOD)]
    chat_for(server).ask(TASK.messages("x"), Verdict)
    assert "Authorization" not in script.headers[0]


def test_a_refused_json_schema_steps_down_to_json_object_and_stays_there(server, script):
    script.refuse = {"json_schema"}
    script.replies = [(200, GOOD), (200, GOOD)]
    chat = chat_for(server)
    chat.ask(TASK.messages("one"), Verdict)
    chat.ask(TASK.messages("two"), Verdict)
    kinds = [(r.get("response_format") or {}).get("type") for r in script.requests]
    assert kinds == ["json_schema", "json_object", "json_object"]
    assert chat.mode_name == "json_object"


def test_a_server_without_structured_output_gets_the_schema_in_the_prompt(server, script):
    script.refuse = {"json_schema", "json_object"}
    script.replies = [(200, "Sure! ```json\n" + GOOD + "\n```")]
    verdict, _ = chat_for(server).ask(TASK.messages("x"), Verdict)
    assert verdict.quote == "an air strike hit the market"
    last = script.requests[-1]
    assert "response_format" not in last
    assert "JSON Schema" in last["messages"][0]["content"]


def test_an_invalid_answer_is_sent_back_once_with_the_error(server, script):
    script.replies = [(200, '{"sub_event_type": "Air/drone strike"}'), (200, GOOD)]
    verdict, _ = chat_for(server).ask(TASK.messages("x"), Verdict)
    assert verdict.sub_event_type == "Air/drone strike"
    retry = script.requests[1]["messages"]
    assert [m["role"] for m in retry] == ["system", "user", "assistant", "user"]
    assert "quote" in retry[-1]["content"]   # the validation error names the missing field


def test_two_invalid_answers_raise_answer_error(server, script):
    script.replies = [(200, "no idea"), (200, "still no idea")]
    with pytest.raises(AnswerError, match="after one retry"):
        chat_for(server).ask(TASK.messages("x"), Verdict)
    assert len(script.requests) == 2


@pytest.mark.parametrize("status, fragment", [(401, "EVENTWIRE_LLM_KEY"), (404, "HTTP 404")],
                         ids=["unauthorised", "not-found"])
def test_refusals_that_no_mode_can_fix_are_clear_errors(server, script, status, fragment):
    script.replies = [(status, "nope")]
    with pytest.raises(BackendError, match=fragment):
        chat_for(server).ask(TASK.messages("x"), Verdict)
    assert len(script.requests) == 1


def test_a_body_without_choices_is_an_error(server, script):
    script.raw = '{"object": "list"}'
    with pytest.raises(BackendError, match="choices"):
        chat_for(server).ask(TASK.messages("x"), Verdict)


def test_an_unreachable_server_names_the_url_and_the_setting():
    chat = StructuredChat(ChatClient(url="http://127.0.0.1:9/v1", model="m", timeout=2))
    with pytest.raises(BackendError, match="EVENTWIRE_LLM_URL"):
        chat.ask(TASK.messages("x"), Verdict)


def test_the_same_question_is_asked_once(server, script):
    script.replies = [(200, GOOD)]
    backend = Backend(chat=chat_for(server), cache=MemoryCache())
    first = backend.ask(TASK, "an air strike hit the market")
    second = backend.ask(TASK, "an air strike hit the market")
    assert first == second
    assert len(script.requests) == 1
    assert (backend.stats.asked, backend.stats.cached) == (1, 1)


def test_another_model_or_text_is_asked_again(server, script):
    script.replies = [(200, GOOD)] * 3
    cache = MemoryCache()
    Backend(chat=chat_for(server), cache=cache).ask(TASK, "text one")
    Backend(chat=chat_for(server), cache=cache).ask(TASK, "text two")
    Backend(chat=StructuredChat(ChatClient(url=server.url, model="other-model")), cache=cache).ask(TASK, "text one")
    assert len(script.requests) == 3
    assert len(cache.answers) == 3


def test_backend_is_off_without_a_url():
    assert backend_from_settings(Settings(llm_url=None)) is None


def test_a_url_without_a_model_is_a_configuration_error():
    with pytest.raises(BackendError, match="EVENTWIRE_LLM_MODEL"):
        backend_from_settings(Settings(llm_url="http://127.0.0.1:8080/v1"))
