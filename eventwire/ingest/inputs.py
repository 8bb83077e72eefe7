"""Command-line inputs -> the files to read, each with its format.

* `-` is JSON Lines on standard input.
* A directory is walked recursively, in sorted order.  Hidden files and folders (names
  starting with `.`) are skipped.  Files with a known extension are read; files with any
  other extension (images, PDFs, office documents, code, files with no extension) and a
  project's own documents and lock files (README, LICENSE, CHANGELOG, package-lock.json,
  *.lock) are skipped without a Discard, because a folder of articles often holds such files
  and they are not articles.  So are plain-text files (.txt, .md) that are mostly a Markdown
  table or code (judged by their content, see `content`).  One warning line sums them up ("12 files skipped: not
  articles (.py ×7, README ×1, .md Markdown table ×1, …)"); their names are logged at INFO level.
* A path that does not exist but contains `*`, `?` or `[` is a glob pattern (`**` recurses);
  its matches, sorted, are read as if named one by one.  No match is a Discard.
* A file named directly (or matched by a glob) is always read: with its extension's
  format, or as plain text when the extension is unknown (a binary file is then
  discarded by the decoder with a clear reason).
* An http:// or https:// URL is a Discard: pages are not fetched; download the page first.
* A file reached twice (a folder and a glob) is read once.
* A file's article id is its path under the folder walked, without the extension and with
  `:` between folders (`feeds/reuters/article.txt` under `feeds` is `reuters:article`), or
  its name without the extension when it was named directly (`InputFile.article_id`).

Known extensions: .txt .text .md (plain text), .jsonl .ndjson (JSON Lines), .json
(JSON or JSON Lines), .csv, .tsv, .html .htm .xhtml.
"""

from __future__ import annotations

import glob
import logging
import os
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.ingest.content import not_prose
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
# files a folder of articles often holds that are not articles although their extension is read:
# a project's own documents and package managers' lock files
_NOT_ARTICLE_NAME = re.compile(
    r"^(readme|licen[cs]e|copying|notice|changelog|changes|history|contributing|authors"
    r"|code_of_conduct|security)(\.[a-z]+)?$|^(package-lock\.json|npm-shrinkwrap\.json"
    r"|composer\.lock|.*\.lock)$", re.IGNORECASE)
_URL_SCHEMES = ("http://", "https://")


@dataclass(frozen=True)
class InputFile:
    path: Path | None  # None for standard input
    format: str
    root: Path | None = None  # the folder it was found under, when it was found by walking one

    @property
    def origin(self) -> str:
        return "<stdin>" if self.path is None else str(self.path)

    @property
    def article_id(self) -> str:
        """The file's id: its path under the folder walked, without the extension and with `:`
        between folders (`reuters:article`), or its name without the extension when it was named
        directly.  Two files with one name in two folders thus get two ids."""
        assert self.path is not None
        if self.root is None:
            return self.path.stem
        return ":".join(self.path.relative_to(self.root).with_suffix("").parts)


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
    skipped: list[tuple[Path, str]] = []
    for path in sorted(_files_under(root), key=lambda p: p.relative_to(root).parts):
        fmt = FORMATS.get(path.suffix.lower())
        kind = _not_article(path, fmt)
        if kind is not None:
            skipped.append((path, kind))
            continue
        yield InputFile(path, fmt, root)
    if skipped:
        log.warning("%s: %s", root, skipped_summary([kind for _, kind in skipped]))
        log.info("%s: skipped %s", root, ", ".join(str(p.relative_to(root)) for p, _ in skipped))


def _not_article(path: Path, fmt: str | None) -> str | None:
    """What a file found in a folder is when it is no article (its kind in the summary), else None."""
    if _NOT_ARTICLE_NAME.match(path.name):
        return path.stem.upper() if path.suffix.lower() in ("", ".md", ".txt") else path.name
    if fmt is None:
        return path.suffix.lower() or "no extension"
    if fmt == "text":
        what = not_prose(_head(path))
        return f"{path.suffix.lower()} {what}" if what else None
    return None


def _head(path: Path, size: int = 65536) -> str:
    """The start of a file as text, for judging it; unreadable bytes are the reader's to report."""
    try:
        with open(path, "rb") as handle:
            return handle.read(size).decode("utf-8", errors="replace")
    except OSError:
        return ""


def skipped_summary(kinds: Sequence[str]) -> str:
    """`12 files skipped: not articles (.py ×7, .md Markdown table ×3, …)`, most frequent first."""
    counts = Counter(kinds)
    listed = ", ".join(f"{kind} ×{count}" for kind, count in counts.most_common(6))
    more = ", …" if len(counts) > 6 else ""
    noun = "file" if len(kinds) == 1 else "files"
    return f"{len(kinds)} {noun} skipped: not articles ({listed}{more})"


def _files_under(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith("."):
                yield Path(folder) / name
