"""Property test over `eventwire ingest` as a command: whatever the files in a folder, the command
ends with exit 0 or 1 (never 3, a bug, nor a traceback), and every file is stored, named in a
discard line, or counted in the "files skipped" line.

Each example is a fresh `eventwire ingest` process (forked from a warm one, see forkserver.py).
EVENTWIRE_FUZZ_CLI_EXAMPLES sets how many (6 here; `make reliability` runs more).
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import given

from tests.reliability.harness import tally
from tests.reliability.inputs import fuzz_settings, input_files

EXAMPLES = int(os.environ.get("EVENTWIRE_FUZZ_CLI_EXAMPLES", "6"))
SKIPPED = re.compile(r"(\d+) files? skipped")


def stored_origins(db: Path) -> list[str]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT origin FROM articles")]


def unaccounted(paths: list[Path], origins: list[str], output: str) -> list[Path]:
    """The files neither stored (origin: the path, or `path:line` for a record) nor named in a
    discard line ("discarded PATH (stage): ...")."""
    return [path for path in paths
            if not any(o == str(path) or o.startswith(f"{path}:") for o in origins)
            and not re.search(rf"discarded {re.escape(str(path))}(?::\d+)? \(", output)]


def test_a_file_is_not_accounted_for_by_another_whose_name_it_begins():
    """Seen once in a fuzz run: files `[_]` and `[_].txt`, the first skipped, counted as stored
    because the second's origin begins with its path."""
    feed = Path("feed")
    stored = [str(feed / "[_].txt")]
    assert unaccounted([feed / "[_]", feed / "[_].txt"], stored, "") == [feed / "[_]"]
    assert unaccounted([feed / "[_]"], [], f"discarded {feed / '[_].txt'} (ingest): ...") == [feed / "[_]"]
    assert unaccounted([feed / "a.jsonl"], [f"{feed / 'a.jsonl'}:3"], "") == []
    assert unaccounted([feed / "b.txt"], [], f"discarded {feed / 'b.txt'} (ingest): empty") == []


@fuzz_settings(EXAMPLES)
@given(input_files(max_files=5))
def test_ingest_stores_or_reports_every_file(server, files):
    with tempfile.TemporaryDirectory() as tmp:
        feed, db, log = Path(tmp) / "feed", Path(tmp) / "x.db", Path(tmp) / "log"
        feed.mkdir()
        paths = []
        for name, data in files.items():
            (feed / name).write_bytes(data)
            paths.append(feed / name)
        result = server.run(["ingest", str(feed), "--db", str(db)], log)
        output = log.read_text(errors="replace")
        assert result["status"] in (0, 1), output
        assert "Traceback" not in output, output
        missing = unaccounted(paths, stored_origins(db), output)
        tally(cli_runs=1, cli_files=len(paths), cli_skipped=len(missing))
        assert len(missing) == sum(int(n) for n in SKIPPED.findall(output)), (missing, output)
