"""Raw bytes -> text, with encoding detection and the checks that reject a file.

Order of checks (the first that applies wins):

1. A byte-order mark decides: UTF-8 (BOM stripped), UTF-32 or UTF-16 (either byte order).
2. NUL bytes, or many other control bytes, mean the file is binary.
3. Strict UTF-8 (plain ASCII is UTF-8 too).
4. A file that fails UTF-8 but holds valid multi-byte UTF-8 sequences is UTF-8 with
   damage: it is rejected ("invalid UTF-8 at byte N") rather than guessed at, because
   decoding it as cp1252 would silently turn every accented letter into mojibake.
5. Otherwise a legacy encoding: cp1252 when it decodes and most letters come out as plain
   ASCII (Western text, the common case for news), else charset-normalizer's best guess.
   charset-normalizer alone is not trusted for short Western text: it often names cp1250
   or mac_latin2 for a few lines of English with one accented word.

Every failure raises `InputError` whose message names the file, the problem and the fix.
"""

from __future__ import annotations

import codecs
import re

from eventwire.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# One well-formed UTF-8 sequence of two to four bytes (RFC 3629, no surrogates, no overlongs).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# Control bytes that never occur in text files (tab, newlines, form feed and ESC excluded).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27)) + b"\x7f"
_CONTROL_TABLE = bytes.maketrans(b"", b"")
_MAX_CONTROL_SHARE = 0.01
# Share of accented letters above which cp1252 is the wrong guess for a legacy file.
_MAX_ACCENTED_SHARE = 0.3


def decode_bytes(data: bytes, name: str) -> str:
    """The text of a file's bytes; raises `InputError` for binary, empty or undecodable input."""
    text = _decode(data, name)
    if not text.strip():
        raise InputError(f"{name}: the file is empty (or only whitespace); "
                         "add the article text or leave the file out")
    return text


def _decode(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, encoding, name)
    if b"\x00" in data:
        raise _binary(name, "it contains NUL bytes")
    if _control_share(data) > _MAX_CONTROL_SHARE:
        raise _binary(name, "it is full of control characters")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(data):
            raise _bad_utf8(data, exc, name) from exc
    return _decode_legacy(data, name)


def _decode_with_bom(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        label = encoding.replace("-sig", "").upper()
        raise InputError(f"{name}: starts with a {label} byte-order mark but has invalid "
                         f"{label} at byte {exc.start}; re-save it as UTF-8") from exc


def _decode_legacy(data: bytes, name: str) -> str:
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _looks_western(western):
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return data.decode(best.encoding)
    if western is not None:
        return western
    raise InputError(f"{name}: cannot tell which text encoding it uses (not UTF-8, UTF-16 "
                     "or cp1252); re-save it as UTF-8")


def _looks_western(text: str) -> bool:
    """Mostly ASCII letters, as in English or other Western text read as cp1252.

    Cyrillic, Greek, Hebrew or Arabic text in its own legacy encoding, read as cp1252,
    turns nearly every letter into an accented Latin one.
    """
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return True
    accented = sum(1 for char in letters if ord(char) > 127)
    return accented / len(letters) <= _MAX_ACCENTED_SHARE


def _control_share(data: bytes) -> float:
    sample = data[:65536]
    if not sample:
        return 0.0
    controls = len(sample) - len(sample.translate(_CONTROL_TABLE, _CONTROL))
    return controls / len(sample)


def _binary(name: str, why: str) -> InputError:
    return InputError(f"{name}: looks like a binary file, not text ({why}); "
                      "give eventwire text, JSONL, CSV or HTML files, or leave this one out")


def _bad_utf8(data: bytes, exc: UnicodeDecodeError, name: str) -> InputError:
    line = data.count(b"\n", 0, exc.start) + 1
    return InputError(f"{name}: invalid UTF-8 at byte {exc.start} (line {line}): the file mixes "
                      "UTF-8 with bytes in another encoding; re-save it as UTF-8")
