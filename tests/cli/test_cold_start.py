"""Issue 17, cold start: each command imports only what it uses.  `eventwire extract` on one
article paid for SQLAlchemy (through the `events` command's filters and the pipeline's store
types) although it never opens a database.  Each case runs the real command in a fresh Python
process and lists the heavy packages it imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "fastapi", "uvicorn", "pyspark", "pandas", "pyarrow", "matplotlib", "spacy")

# run the command as `eventwire ARGS` does, then print which of HEAVY it imported
PROBE = """
import json, sys
from eventwire.cli import main
sys.argv = ["eventwire", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(name for name in {heavy!r} if name in sys.modules)), file=sys.__stderr__)
"""

ARTICLE = {"id": "cold-1", "published": "2024-03-05", "title": "Gunmen attack a checkpoint",
           "text": "Gunmen attacked a police checkpoint outside Maiduguri on Monday, killing two officers, "
                   "police said."}


def imported_by(*args: str, cwd: Path) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)
    return json.loads(done.stderr.strip().splitlines()[-1])


@pytest.fixture
def one_article(tmp_path) -> Path:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    return path


def test_extract_imports_no_database_web_or_spark_package(one_article, tmp_path):
    assert imported_by("extract", str(one_article), "--format", "jsonl", cwd=tmp_path) == ["spacy"]


def test_help_imports_no_heavy_package(tmp_path):
    assert imported_by("--help", cwd=tmp_path) == []


def test_events_opens_the_store_without_the_language_model(tmp_path):
    assert imported_by("events", "--db", str(tmp_path / "none.db"), cwd=tmp_path) == ["sqlalchemy"]
