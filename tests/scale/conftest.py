"""Spark tests run in local mode; they skip, saying why, when pyspark or a Java runtime is missing
(and fail instead under EVENTWIRE_REQUIRE_SPARK=1, as `make test-spark` sets: CI must run them)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess

from pathlib import Path

import pytest

JDBC_JAR = Path("/usr/share/java/postgresql.jar")   # Debian's libpostgresql-jdbc-java, for tests/scale/test_jdbc.py


def _java_problem() -> str | None:
    if shutil.which("java") is None:
        return "no `java` on PATH (Spark needs a Java 17 or 21 runtime)"
    if subprocess.run(["java", "-version"], capture_output=True).returncode != 0:
        return "`java -version` fails"
    return None


def _missing(problem: str) -> None:
    if os.environ.get("EVENTWIRE_REQUIRE_SPARK") == "1":
        pytest.fail(f"EVENTWIRE_REQUIRE_SPARK=1 but {problem}")
    pytest.skip(problem)


@pytest.fixture(scope="session")
def spark():
    if importlib.util.find_spec("pyspark") is None:
        _missing("pyspark is not installed: pip install 'eventwire[spark]'")
    problem = _java_problem()
    if problem:
        _missing(problem)
    from eventwire.scale.session import spark_session

    return spark_session("local[2]", [str(JDBC_JAR)] if JDBC_JAR.exists() else [])
