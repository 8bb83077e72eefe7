"""Migration 0007: each article's language, and the model backend's answer cache."""

from __future__ import annotations

import sqlalchemy as sa

from eventwire.llm.cache import AnswerKey
from eventwire.records import Article
from eventwire.store import open_store


def _article(language: str | None) -> Article:
    text = "سقط صاروخان قرب المطار."
    return Article(id="a1", text=text, content_hash=Article.hash_text(text), language=language)


def test_an_article_keeps_its_language(store):
    store.save_article(_article("ar"), [])
    assert store.get_article("a1").language == "ar"


def test_an_answer_is_found_by_model_prompt_and_text(store):
    key = AnswerKey.of("smollm2", "translate prompt", "some text")
    assert store.get_llm_answer(key) is None
    store.save_llm_answer(key, '{"sentences": []}')
    assert store.get_llm_answer(key) == '{"sentences": []}'
    assert store.get_llm_answer(AnswerKey.of("other", "translate prompt", "some text")) is None
    assert store.get_llm_answer(AnswerKey.of("smollm2", "another prompt", "some text")) is None


def test_saving_an_answer_again_replaces_it(store):
    key = AnswerKey.of("m", "p", "t")
    store.save_llm_answer(key, "first")
    store.save_llm_answer(key, "second")
    assert store.get_llm_answer(key) == "second"


def test_a_database_from_before_0007_is_brought_forward(tmp_path):
    path = str(tmp_path / "old.db")
    open_store(path).close()
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:   # back to the schema 0001-0004 left: no language, no answers
        conn.execute(sa.text("ALTER TABLE articles DROP COLUMN language"))
        conn.execute(sa.text("DROP TABLE llm_answers"))
        conn.execute(sa.text("DELETE FROM schema_migrations WHERE name LIKE '0007%'"))
    engine.dispose()
    store = open_store(path)
    assert "0007_article_language_llm_answers" in store.applied_migrations()
    store.save_article(_article("fa"), [])
    assert store.get_article("a1").language == "fa"
    store.save_llm_answer(AnswerKey.of("m", "p", "t"), "kept")
    assert store.get_llm_answer(AnswerKey.of("m", "p", "t")) == "kept"
