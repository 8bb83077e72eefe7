"""Labelled evaluation items read from JSON Lines, one pydantic record per line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from eventwire.errors import InputError

R = TypeVar("R", bound=BaseModel)


def read_records(path: str | Path, record: type[R], shape: str) -> list[R]:
    """Every non-blank line of `path` as a `record`; a bad line is an error naming the file, the
    line and the `shape` expected ("an object with id, language and text")."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            out.append(record.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise InputError(f"{path}:{number}: not {shape} ({exc})") from exc
    if not out:
        raise InputError(f"{path}: no items")
    return out
