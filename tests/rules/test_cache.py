"""The packaged rules are checked once and kept in the cache folder (issue 17, cold start): the
next process reads them from there, the same rules; a stale, corrupt or unwritable cache costs
only the time of reading the rule files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.rules import _read_rules, cache, load_rules, rules_dir

ROOT = Path(__file__).resolve().parents[2]

# in a fresh process: the rules, with the rule files made unreadable, so only a cache can give them
FROM_CACHE_ONLY = """
import eventwire.rules.files as files
def refuse(path):
    raise AssertionError(f"read {path} although the rules are cached")
files.read_yaml = refuse
import eventwire.rules as rules
rules.read_yaml = refuse
print(rules.rules().fingerprint)
"""


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(folder))
    monkeypatch.delenv("EVENTWIRE_RULES_DIR", raising=False)
    load_rules.cache_clear()
    yield folder
    load_rules.cache_clear()


def fresh_process(script: str, cache_dir: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_RULES_DIR"}
    env.update(EVENTWIRE_CACHE_DIR=str(cache_dir), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)


def test_the_cached_rules_are_the_rules_read_from_their_files(cache_dir):
    first = load_rules()
    assert list(cache_dir.glob("rules-*.pickle")), "the checked rules were not written to the cache folder"
    load_rules.cache_clear()
    assert load_rules() == first == _read_rules(rules_dir())


def test_a_fresh_process_reads_the_cached_rules_without_the_rule_files(cache_dir):
    load_rules()
    done = fresh_process(FROM_CACHE_ONLY, cache_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == load_rules().fingerprint


def test_without_a_cache_the_rule_files_are_read(cache_dir):
    done = fresh_process(FROM_CACHE_ONLY, cache_dir)
    assert done.returncode != 0 and "although the rules are cached" in done.stderr


@pytest.mark.parametrize("content", [b"", b"not a pickle at all", b"\x80\x05garbage"],
                         ids=["empty", "text", "broken-pickle"])
def test_a_corrupt_cache_file_is_rebuilt(cache_dir, content):
    expected = load_rules()
    (path,) = cache_dir.glob("rules-*.pickle")
    path.write_bytes(content)
    load_rules.cache_clear()
    assert load_rules() == expected
    assert path.stat().st_size > 1000  # written again, whole


def test_a_stale_key_is_not_used(tmp_path):
    path = tmp_path / "rules-x.pickle"
    assert cache.cached(path, "old", lambda: "old rules") == "old rules"
    assert cache.cached(path, "old", lambda: "never built") == "old rules"
    assert cache.cached(path, "new", lambda: "new rules") == "new rules"


def test_an_unwritable_cache_folder_still_gives_the_rules(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(blocker / "cache"))
    load_rules.cache_clear()
    try:
        assert load_rules() == _read_rules(rules_dir())
    finally:
        load_rules.cache_clear()


def test_an_edited_copy_of_the_rules_is_read_afresh(cache_dir, tmp_path, monkeypatch):
    copy = tmp_path / "rules"
    shutil.copytree(rules_dir(), copy)
    monkeypatch.setenv("EVENTWIRE_RULES_DIR", str(copy))
    load_rules.cache_clear()
    assert load_rules().folder == copy
    assert not cache_dir.exists() or not list(cache_dir.glob("rules-*.pickle"))


def test_the_key_follows_the_rule_files_and_the_code_that_reads_them():
    assert cache.cache_key("aaaa") != cache.cache_key("bbbb")
    assert cache.cache_key("aaaa") == cache.cache_key("aaaa")
