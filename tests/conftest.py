"""Shared fixtures: one spaCy pipeline per session, the sample corpus, a fresh database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
# a bug in a stage raises in the tests instead of failing one article quietly (Settings.strict);
# the tests of that policy itself (tests/test_error_policy.py) turn it off
os.environ.setdefault("EVENTWIRE_STRICT", "1")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLES = Path(__file__).resolve().parents[1] / "eventwire" / "samples"


@pytest.fixture(scope="session")
def nlp():
    import spacy

    from eventwire.settings import Settings

    return spacy.load(Settings().spacy_model)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or skip: a user's clone has no ../shared."""
    data = SHARED / "data"
    if not data.is_dir():
        pytest.skip("../shared/data is not present")
    return data


@pytest.fixture(scope="session")
def shared_seeds() -> Path:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not present")
    return seeds


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLES


@pytest.fixture
def tmp_db(tmp_path) -> str:
    return str(tmp_path / "events.db")
