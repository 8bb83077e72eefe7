"""Property test over the readers: whatever the bytes and the file name, reading never raises,
and every file (every JSON line) is either an article or a discard that names it.

The inputs come from tests/reliability/inputs.py; EVENTWIRE_FUZZ_EXAMPLES sets how many (50
here, 10,000 in `make reliability`).
"""

from __future__ import annotations

import logging
import tempfile
from contextlib import contextmanager
from pathlib import Path

from hypothesis import given

from eventwire.errors import InputError
from eventwire.ingest import read_inputs
from eventwire.ingest.decode import decode_bytes
from eventwire.records import Article, Discard
from eventwire.settings import Settings
from tests.reliability.harness import tally
from tests.reliability.inputs import fuzz_settings, input_files

SETTINGS = Settings(max_file_bytes=200_000)  # some huge inputs go over it: that path is read too


def named(item: Article | Discard) -> str:
    return item.item if isinstance(item, Discard) else (item.origin or "")


def written(files: dict[str, bytes], folder: Path) -> list[Path]:
    paths = []
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def expected_lines(path: Path) -> int | None:
    """Non-blank lines of a JSON Lines file that decodes, else None (the file is judged whole)."""
    if path.suffix not in (".jsonl", ".ndjson") or path.stat().st_size > SETTINGS.max_file_bytes:
        return None
    try:
        return sum(1 for line in decode_bytes(path.read_bytes(), path.name).splitlines() if line.strip())
    except InputError:
        return None


class _Names(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(record.getMessage())


@contextmanager
def ingest_log():
    handler, logger = _Names(), logging.getLogger("eventwire.ingest")
    old = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield handler.lines
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old)


@fuzz_settings()
@given(input_files())
def test_a_file_named_directly_is_read_or_reported(files):
    with tempfile.TemporaryDirectory() as tmp:
        for path in written(files, Path(tmp)):
            items = list(read_inputs([str(path)], SETTINGS))
            tally(fuzzed_files=1, articles=sum(isinstance(i, Article) for i in items),
                  discards=sum(isinstance(i, Discard) for i in items))
            assert items, path
            assert all(named(item).startswith(str(path)) for item in items), items
            if (lines := expected_lines(path)) is not None and not any(
                    isinstance(i, Discard) and i.item == str(path) for i in items):
                assert len(items) == lines, (path, items)


@fuzz_settings()
@given(input_files())
def test_a_folder_walk_reads_reports_or_skips_every_file(files):
    with tempfile.TemporaryDirectory() as tmp, ingest_log() as log:
        paths = written(files, Path(tmp))
        items = list(read_inputs([tmp], SETTINGS))
        tally(fuzzed_files=len(paths), fuzzed_folders=1)
        skipped = " ".join(line for line in log if "skipped" in line)
        for path in paths:
            relative = str(path.relative_to(tmp))
            assert any(named(i).startswith(str(path)) for i in items) or relative in skipped, (
                path, items, log)
