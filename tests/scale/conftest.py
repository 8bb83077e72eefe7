"""Spark tests run in local mode; they skip, saying why, when pyspark or a Java runtime is missing."""

from __future__ import annotations

import shutil
import subprocess

import pytest


def _java_problem() -> str | None:
    if shutil.which("java") is None:
        return "no `java` on PATH (Spark needs a Java 17 or 21 runtime)"
    if subprocess.run(["java", "-version"], capture_output=True).returncode != 0:
        return "`java -version` fails"
    return None


@pytest.fixture(scope="session")
def spark():
    pytest.importorskip("pyspark", reason="pyspark is not installed: pip install 'eventwire[spark]'")
    problem = _java_problem()
    if problem:
        pytest.skip(problem)
    from eventwire.scale.session import spark_session

    return spark_session("local[2]")
