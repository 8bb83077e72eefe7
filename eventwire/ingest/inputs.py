"""Command-line inputs -> the files to read, each with its format.

* `-` is JSON Lines on standard input.
* A directory is walked recursively, in sorted order.  Hidden files and folders (names
  starting with `.`) are skipped.  Files with a known extension are read; files with any
  other extension (images, PDFs, office documents, code, files with no extension) are
  skipped without a Discard, because a folder of articles often holds such files and they
  are not articles.  Skipped names are logged at INFO level.
* A path that does not exist but contains `*`, `?` or `[` is a glob pattern (`**` recurses);
  its matches, sorted, are read as if named one by one.  No match is a Discard.
* A file named directly (or matched by a glob) is always read: with its extension's
  format, or as plain text when the extension is unknown (a binary file is then
  discarded by the decoder with a clear reason).
* An http:// or https:// URL is a Discard: pages are not fetched; download the page first.
* A file reached twice (a folder and a glob) is read once.

Known extensions: .txt .text .md (plain text), .jsonl .ndjson (JSON Lines), .json
(JSON or JSON Lines), .csv, .tsv, .html .htm .xhtml.
"""

from __future__ import annotations

import glob
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.ingest.fields import STAGE
from eventwire.records import Discard

log = logging.getLogger(__name__)

STDIN = "-"
FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "tsv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
_GLOB_CHARS = frozenset("*?[")
_URL_SCHEMES = ("http://", "https://")


@dataclass(frozen=True)
class InputFile:
    path: Path | None  # None for standard input
    format: str

    @property
    def origin(self) -> str:
        return "<stdin>" if self.path is None else str(self.path)


def expand(paths: Sequence[str]) -> Iterator[InputFile | Discard]:
    """The files named by `paths`, in order, each once; a Discard for a path that names none."""
    seen: set[Path] = set()
    for raw in paths:
        for item in _expand_one(raw):
            if isinstance(item, InputFile) and item.path is not None:
                key = item.path.resolve()
                if key in seen:
                    continue
                seen.add(key)
            yield item


def _expand_one(raw: str) -> Iterator[InputFile | Discard]:
    if raw == STDIN:
        yield InputFile(None, "jsonl")
        return
    if raw.lower().startswith(_URL_SCHEMES):
        yield Discard(item=raw, stage=STAGE,
                      reason=f"{raw}: URLs are not fetched: download the page and ingest the file")
        return
    path = Path(raw).expanduser()
    if path.is_dir():
        yield from _walk(path)
    elif path.exists():
        yield InputFile(path, FORMATS.get(path.suffix.lower(), "text"))
    elif _GLOB_CHARS & set(raw):
        yield from _glob(raw)
    else:
        yield Discard(item=raw, stage=STAGE,
                      reason=f"{raw}: no such file or directory; check the path")


def _glob(pattern: str) -> Iterator[InputFile | Discard]:
    matches = sorted(glob.glob(os.path.expanduser(pattern), recursive=True))
    if not matches:
        yield Discard(item=pattern, stage=STAGE,
                      reason=f"{pattern}: the pattern matches no files; check it, and quote it "
                             "so that the shell passes it on unexpanded")
    for match in matches:
        path = Path(match)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield InputFile(path, FORMATS.get(path.suffix.lower(), "text"))


def _walk(root: Path) -> Iterator[InputFile]:
    skipped: list[str] = []
    for path in sorted(_files_under(root), key=lambda p: p.relative_to(root).parts):
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            skipped.append(path.name)
            continue
        yield InputFile(path, fmt)
    if skipped:
        log.info("%s: skipped %d file(s) with extensions eventwire does not read: %s",
                 root, len(skipped), ", ".join(skipped[:10]))


def _files_under(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith("."):
                yield Path(folder) / name
