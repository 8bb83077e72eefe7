"""Encodings, and the files that are refused: binary, empty, damaged UTF-8, oversize."""

from __future__ import annotations

import json

import pytest

from tests.ingest.conftest import ids, one, write

STORY = "Protesters in Sana\u2019a chanted \u201cno to war\u201d \u2013 caf\u00e9 owners closed early.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                      "utf-32", "cp1252"])
def test_encodings(tmp_path, read, encoding):
    data = STORY.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # write the BOM explicitly
        data = "\ufeff".encode(encoding) + data
    article = one(read(write(tmp_path / f"{encoding}.txt", data)))
    assert article.text == STORY.strip()


def test_utf16_jsonl_and_bom_csv(tmp_path, read):
    feed = write(tmp_path / "u16.jsonl", (json.dumps({"id": "u", "text": STORY}, ensure_ascii=False)
                                          + "\n").encode("utf-16"))
    table = write(tmp_path / "bom.csv", "id,text\nb,Caf\u00e9 story.\n".encode("utf-8-sig"))
    result = read(feed, table)
    assert not result.discards
    assert ids(result.articles) == ["u", "b"]


def test_cp1252_with_title_header(tmp_path, read):
    data = "Title: Caf\u00e9 attack\n date 2024-05-01 Gunmen fired on a caf\u00e9 \u2013 police.\n"
    article = one(read(write(tmp_path / "legacy.txt", data.encode("cp1252"))))
    assert article.title == "Caf\u00e9 attack"
    assert article.text == "Gunmen fired on a caf\u00e9 \u2013 police."


def test_other_legacy_encoding_is_detected(tmp_path, read):
    text = ("\u0423 \u0425\u0430\u0440\u043a\u043e\u0432\u0456 \u0440\u0430\u043a\u0435\u0442\u0430 "
            "\u0432\u043b\u0443\u0447\u0438\u043b\u0430 \u0432 \u0431\u0443\u0434\u0438\u043d\u043e\u043a. ") * 20
    article = one(read(write(tmp_path / "cyr.txt", text.encode("cp1251"))))
    assert article.text == text.strip()


BAD = {
    "binary.txt": (b"\x00\x01\x02PNG\x00" * 50, "binary"),
    "controls.txt": (bytes(range(1, 9)) * 40, "binary"),
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\t\r\n  ", "empty"),
    "blank16.txt": (" \n \n".encode("utf-16"), "empty"),
    "bad_utf8.txt": ("Caf\u00e9 d\u00e9j\u00e0 vu ".encode() + b"\xff\xfe broken \xc3(" * 3,
                     "invalid UTF-8 at byte 16 (line 1)"),
    "bad_utf8_line3.txt": ("\u00e9\n\n".encode() + b"ok \x93quoted\x94\n", "invalid UTF-8 at byte 7 (line 3)"),
    "bad_bom.txt": (b"\xef\xbb\xbfok \xff", "invalid UTF-8 at byte"),
    "feed.jsonl": (b"\x00\x00binary feed", "binary"),
    "bad.csv": (b"id,text\n1,caf\xe9 " + "caf\u00e9".encode(), "invalid UTF-8 at byte 13 (line 2)"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_file_is_discarded_by_name_and_the_good_one_read(tmp_path, read, name):
    data, problem = BAD[name]
    bad = write(tmp_path / name, data)
    good = write(tmp_path / "good.txt", "A good story.\n")
    result = read(tmp_path)
    assert ids(result.articles) == ["good"]
    [discard] = result.discards
    assert discard.item == str(bad) and discard.stage == "ingest"
    assert name in discard.reason and problem in discard.reason
    assert good.exists()


def test_reasons_say_how_to_fix(tmp_path, read):
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "binary.txt", b"\x00" * 10)
    write(tmp_path / "bad.txt", "\u00e9".encode() + b"\xff")
    reasons = [d.reason for d in read(tmp_path).discards]
    assert len(reasons) == 3
    assert all(";" in reason for reason in reasons)


def test_oversize_file(tmp_path, read):
    big = write(tmp_path / "big.txt", "word " * 100)
    small = write(tmp_path / "small.txt", "Short story.\n")
    result = read(big, small, max_file_bytes=200)
    assert ids(result.articles) == ["small"]
    discard = result.discard_for("big.txt")
    assert "big.txt" in discard.reason and "500 bytes" in discard.reason
    assert "EVENTWIRE_MAX_FILE_BYTES" in discard.reason


def test_oversize_limit_from_the_environment(tmp_path, read, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_MAX_FILE_BYTES", "10")
    write(tmp_path / "x.txt", "More than ten bytes.\n")
    assert "over the limit of 10" in read(tmp_path).discards[0].reason


def test_unreadable_file(tmp_path, read):
    import os
    path = write(tmp_path / "locked.txt", "Secret.\n")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read any file")
        assert "cannot be read" in read(path).discards[0].reason
    finally:
        path.chmod(0o644)
