"""The packaged rules, checked once and kept between processes (issue 17: a cold start).

Reading the rule files (YAML, each record through its schema, every regex compiled to check it)
took a quarter of a second of every command's start on a quiet machine.  The `RuleSet` that the
check yields is pickled in the cache folder (`Settings.cache_dir`, $EVENTWIRE_CACHE_DIR, as the
gazetteer is), one file per rule folder, with a key: the rule files' fingerprint, the source of
the code that reads them (this package) and the Python and pydantic versions.  A file whose key
differs, or that cannot be read, is rebuilt from the rule files; the rules come out the same
either way (`tests/rules/test_cache.py`).  A cache folder that cannot be written only costs the
time: the rules are read from their files on each start, as before.

Only the packaged folder is cached: an `EVENTWIRE_RULES_DIR` copy is being edited, and is read
afresh by each process.  The pickle is the user's own file in the user's own cache folder, as
trusted as the installed package.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pydantic

log = logging.getLogger(__name__)
T = TypeVar("T")
FORMAT = 1  # bump when what is pickled changes shape in a way the key does not see
_READER_SOURCES = ("__init__.py", "files.py", "schema.py", "cache.py")


def cache_key(files_fingerprint: str) -> str:
    """Changes with the rule files, the code that reads them, Python or pydantic."""
    digest = hashlib.sha256(f"{FORMAT};{sys.version};{pydantic.VERSION};{files_fingerprint};".encode())
    here = Path(__file__).parent
    for name in _READER_SOURCES:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def cache_path(cache_dir: Path, folder: Path) -> Path:
    """One file per rule folder (two checkouts of eventwire do not overwrite each other's)."""
    where = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:12]
    return Path(cache_dir).expanduser() / f"rules-{where}.pickle"


def cached(path: Path, key: str, build: Callable[[], T]) -> T:
    """What `path` holds under `key`, else `build()`, written there for the next process."""
    found = _read(path, key)
    if found is not None:
        return found
    value = build()
    _write(path, key, value)
    return value


def _read(path: Path, key: str):
    try:
        with open(path, "rb") as handle:
            stored_key, value = pickle.load(handle)
    except FileNotFoundError:
        return None
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, KeyError, TypeError,
            ValueError) as exc:
        # policy: a cache file that cannot be read is rebuilt from the rule files (and replaced)
        log.info("rules cache %s cannot be read (%s: %s); reading the rule files", path, type(exc).__name__, exc)
        return None
    return value if stored_key == key else None


def _write(path: Path, key: str, value) -> None:
    """Written whole or not at all (a temporary file renamed), so a reader never sees half a file.
    Policy: a cache folder that cannot be written costs only time; said under --verbose."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError as exc:
        log.info(UNWRITTEN, path.parent, exc)
        return
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump((key, value), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError as exc:
        log.info(UNWRITTEN, path.parent, exc)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


UNWRITTEN = ("rules cache not written to %s (%s); the rule files are read at each start "
             "(set EVENTWIRE_CACHE_DIR to a writable folder)")
