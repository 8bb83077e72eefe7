"""Reading rule files with the line each record starts on, so that errors name `file:line`.

YAML files (nested records: groups, forces, typing stages) are read with PyYAML's safe loader;
each mapping gets a `__line__` key from its node's start mark.  CSV files (flat tables: country
words) give each row as a dict with `__line__`.  `check` validates one record against its schema
and turns a pydantic error into a `RuleError` naming the file, the line and the field.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from eventwire.errors import EventwireError

LINE = "__line__"
M = TypeVar("M", bound=BaseModel)


class RuleError(EventwireError):
    """A rule file that cannot be used: the message names the file, the line and the problem."""


class _LineLoader(yaml.SafeLoader):
    """Safe YAML loading that records where each mapping starts."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def read_yaml(path: Path) -> dict:
    """A YAML file's top-level mapping, every mapping in it with its line."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except OSError as exc:
        raise RuleError(f"{path}: cannot read the rule file ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise RuleError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)}); fix the file") from exc
    if not isinstance(data, dict):
        raise RuleError(f"{path}:1: a rule file holds a mapping of sections (e.g. `groups:`), not {type(data).__name__}")
    return data


def read_csv(path: Path) -> list[dict]:
    """The rows of a CSV file with a header, each with its line; lines starting with `#` are
    comments; a cell may not span lines."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleError(f"{path}: cannot read the rule file ({exc.strerror})") from exc
    kept = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip() and not line.startswith("#")]
    if not kept:
        raise RuleError(f"{path}:1: no header row")
    header = next(csv.reader([kept[0][1]]))
    rows = []
    for n, line in kept[1:]:
        cells = next(csv.reader([line]))
        if len(cells) != len(header):
            raise RuleError(f"{path}:{n}: {len(cells)} cells, the header has {len(header)} ({', '.join(header)})")
        rows.append({**{k: v.strip() for k, v in zip(header, cells)}, LINE: n})
    return rows


def section(path: Path, data: dict, name: str) -> list:
    items = data.get(name, [])
    if not isinstance(items, list):
        raise RuleError(f"{path}:{data.get(LINE, 1)}: `{name}` must be a list of records")
    return items


def check(schema: type[M], raw: Any, path: Path) -> M:
    """`raw` (a mapping read from `path`) as a `schema` record, or a RuleError naming file:line."""
    if not isinstance(raw, dict):
        raise RuleError(f"{path}: expected a record (a mapping), found {raw!r}")
    line = raw.get(LINE, "?")
    try:
        return schema.model_validate(_without_lines(raw))
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "record"
        where = _line_of(raw, first["loc"]) or line
        raise RuleError(f"{path}:{where}: {field}: {first['msg']} "
                        f"({len(exc.errors())} problem(s) in this record)") from exc


def _without_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_lines(v) for k, v in value.items() if k != LINE}
    if isinstance(value, list):
        return [_without_lines(v) for v in value]
    return value


def _line_of(raw: Any, loc: tuple) -> int | None:
    """The line of the innermost mapping on the path of an error."""
    line, node = raw.get(LINE) if isinstance(raw, dict) else None, raw
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and LINE in node:
            line = node[LINE]
    return line
