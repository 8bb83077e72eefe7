"""Readers that turn inputs into `Article`s, or `Discard`s that say what was wrong.

`read_inputs(paths, settings)` is the entry point.  Paths are expanded by `inputs`
(files, folders, globs, `-` for JSON Lines on stdin; see there for which files a folder
contributes).  Each file is size-checked against `settings.max_file_bytes`, decoded by
`decode` (UTF-8 with or without BOM, UTF-16/32 with BOM, cp1252 and other legacy
encodings; binary, empty and damaged-UTF-8 files are rejected), then parsed by its
format's reader:

* `plaintext` -- seed-format `.txt`: headers and furniture out, story text kept whole;
* `jsonl` -- JSON Lines (and `.json`), one article per object;
* `csvfile` -- CSV/TSV with a header row, one article per row;
* `html` -- saved web pages, main text and metadata by trafilatura.

Article ids: the record's `id` for JSONL/CSV (else one derived from its URL or text, see
`fields`), the file's id otherwise (its path under the folder walked, see `inputs`).  One id
is never given to two different articles in one run: the second is a Discard that names
the first; across runs, an article whose id comes from its file (`Article.id_file`) is not
stored over an article of that id from another file (`eventwire.pipeline`).  An article longer than `fields.MAX_ARTICLE_CHARS` (500,000 characters) is a Discard
naming the file and the limit.  `Article.origin` is the file path, or `path:line` for a
record.  A problem with one input yields a Discard (stage "ingest") whose `item` is the
path (`path:line` for a record) and whose reason names the file, the problem and the fix;
the rest of the batch is still read.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence

from eventwire.errors import InputError
from eventwire.ingest.csvfile import read_csv_text
from eventwire.ingest.decode import decode_bytes
from eventwire.ingest.fields import MAX_ARTICLE_CHARS, STAGE
from eventwire.ingest.html import parse_html
from eventwire.ingest.inputs import InputFile, expand
from eventwire.ingest.jsonl import read_json_document, read_jsonl_file, read_jsonl_lines
from eventwire.ingest.plaintext import parse_plain_text
from eventwire.records import Article, Discard
from eventwire.settings import Settings

__all__ = ["read_inputs", "read_file"]


def read_inputs(paths: Sequence[str], settings: Settings) -> Iterator[Article | Discard]:
    """Every article found under `paths`, and a Discard for every input that cannot be read."""
    first_seen: dict[str, tuple[str, str | None]] = {}  # id -> (content hash, origin): no texts kept
    for found in _read_all(paths, settings):
        yield _unless_taken(_within_limit(found), first_seen)


def _read_all(paths: Sequence[str], settings: Settings) -> Iterator[Article | Discard]:
    for item in expand(paths):
        if isinstance(item, Discard):
            yield item
        elif item.path is None:
            yield from _read_stdin(settings)
        else:
            yield from read_file(item, settings)


def _within_limit(found: Article | Discard) -> Article | Discard:
    """`found`, or a Discard when its text is longer than MAX_ARTICLE_CHARS."""
    if isinstance(found, Discard) or len(found.text) <= MAX_ARTICLE_CHARS:
        return found
    where = found.origin or found.id
    return Discard(item=where, stage=STAGE,
                   reason=f"{where}: the article is {len(found.text):,} characters long, over the "
                          f"limit of {MAX_ARTICLE_CHARS:,} characters per article; a news article is "
                          "far shorter: split the text into its articles, or leave it out")


def _unless_taken(found: Article | Discard,
                  first_seen: dict[str, tuple[str, str | None]]) -> Article | Discard:
    """`found`, or a Discard when an earlier, different article of this run has its id."""
    if isinstance(found, Discard):
        return found
    content_hash, first_origin = first_seen.setdefault(found.id, (found.content_hash, found.origin))
    if content_hash == found.content_hash:
        return found
    return Discard(item=found.origin or found.id, stage=STAGE,
                   reason=f"{found.origin}: the id {found.id!r} is already taken in this run by "
                          f"{first_origin}; give the record its own `id`, or ingest the folder "
                          "above both files so that their paths tell them apart")


def read_file(item: InputFile, settings: Settings) -> Iterator[Article | Discard]:
    """The articles in one file, or a Discard naming the file and why it was not read."""
    assert item.path is not None
    try:
        text = _load(item, settings)
    except InputError as exc:
        yield Discard(item=item.origin, stage=STAGE, reason=str(exc))
        return
    for found in _parse(item, text, settings.date_order):
        yield _with_id_file(found, item)


def _with_id_file(found: Article | Discard, item: InputFile) -> Article | Discard:
    """`found`, marked with the file that gave it its id (`Article.id_file`) when it has the file's
    id: the pipeline then refuses to version an article stored from another file over with it."""
    if isinstance(found, Discard) or found.id != item.article_id or item.format in ("jsonl", "csv", "tsv"):
        return found
    return found.replace(id_file=str(item.path.resolve()))


def _load(item: InputFile, settings: Settings) -> str:
    path, name = item.path, item.path.name
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            raise InputError(
                f"{name}: the file is {size:,} bytes, over the limit of "
                f"{settings.max_file_bytes:,}; split it, or raise the limit with "
                "EVENTWIRE_MAX_FILE_BYTES")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc}); "
                         "check that it exists and that you may read it") from exc
    return decode_bytes(data, name)


def _parse(item: InputFile, text: str, date_order: str) -> Iterator[Article | Discard]:
    path, origin = item.path, item.origin
    file_id, name = item.article_id, path.name
    if item.format == "jsonl":
        yield from read_jsonl_file(text.splitlines(), origin, file_id, name, date_order)
    elif item.format == "json":
        yield from read_json_document(text, origin, file_id, name, date_order)
    elif item.format in ("csv", "tsv"):
        yield from read_csv_text(text, origin, file_id, name,
                                 delimiter="\t" if item.format == "tsv" else None, date_order=date_order)
    elif item.format == "html":
        yield parse_html(text, file_id, origin, name)
    else:
        yield parse_plain_text(text, file_id, origin, name)


def _read_stdin(settings: Settings) -> Iterator[Article | Discard]:
    """JSON Lines on standard input; a line over max_file_bytes is discarded on its own."""
    limit = settings.max_file_bytes
    for number, line in enumerate(sys.stdin, start=1):
        if len(line) > limit:
            yield Discard(item=f"<stdin>:{number}", stage=STAGE,
                          reason=f"<stdin>:{number}: the line is {len(line):,} characters, over "
                                 f"the limit of {limit:,}; raise it with EVENTWIRE_MAX_FILE_BYTES")
            continue
        yield from read_jsonl_lines([line], "<stdin>", "stdin", "<stdin>", first_line=number,
                                    date_order=settings.date_order)
