"""Folders, globs, stdin, missing paths."""

from __future__ import annotations

import io
import json
import re

from tests.ingest.conftest import ids, write


def make_tree(root):
    write(root / "b.txt", "Story b.\n")
    write(root / "a.txt", "Story a.\n")
    write(root / "sub" / "c.md", "Story c.\n")
    write(root / "sub" / "deeper" / "d.jsonl", json.dumps({"id": "d1", "text": "Story d."}) + "\n")
    write(root / "sub" / "e.csv", "id,text\ne1,Story e.\n")
    write(root / "f.htm", "<html><body><article><p>" + "Story f is long enough to be kept. " * 6
          + "</p></article></body></html>")
    write(root / "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(root / "notes.docx", b"PK\x03\x04")
    write(root / "LICENSE", "not an article")
    write(root / ".hidden.txt", "Hidden.\n")
    write(root / ".git" / "x.txt", "Hidden too.\n")
    return root


def test_folder_is_walked_recursively_in_sorted_order(tmp_path, read):
    result = read(make_tree(tmp_path / "in"))
    assert not result.discards
    assert ids(result.articles) == ["a", "b", "f", "sub:c", "d1", "e1"]


def test_folder_order_is_stable(tmp_path, read):
    root = make_tree(tmp_path / "in")
    assert ids(read(root).articles) == ids(read(root).articles)


def test_glob_pattern(tmp_path, read):
    root = make_tree(tmp_path / "in")
    assert ids(read(f"{root}/**/*.txt").articles) == ["a", "b"]
    assert ids(read(f"{root}/*/*.csv").articles) == ["e1"]


def test_glob_without_matches_is_a_discard(tmp_path, read):
    result = read(f"{tmp_path}/*.nothing")
    assert "matches no files" in result.discards[0].reason


def test_missing_path_is_a_discard(tmp_path, read):
    missing = tmp_path / "nope.txt"
    result = read(missing)
    assert result.discards[0].item == str(missing)
    assert "no such file" in result.discards[0].reason


def test_explicit_file_with_unknown_extension_is_plain_text(tmp_path, read):
    path = write(tmp_path / "story.article", "A story in a file with an odd name.\n")
    assert ids(read(path).articles) == ["story"]


def test_a_file_reached_twice_is_read_once(tmp_path, read):
    root = make_tree(tmp_path / "in")
    assert ids(read(root / "a.txt", root, f"{root}/*.txt").articles) == ["a", "b", "f", "sub:c", "d1", "e1"]


def test_stdin_jsonl(monkeypatch, read):
    lines = [json.dumps({"id": "s1", "text": "From stdin.", "published": "2024-03-05"}),
             "", '{"id": "s2", "text": "cut', json.dumps({"text": "No id."})]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    result = read("-")
    first, second = ids(result.articles)
    assert first == "s1" and re.fullmatch(r"stdin-[0-9a-f]{12}", second)
    assert result.articles[0].origin == "<stdin>:1"
    assert result.discard_for("<stdin>:3")


def test_stdin_line_over_the_limit(monkeypatch, read):
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({"id": "big", "text": "x" * 500}) + "\n"))
    result = read("-", max_file_bytes=100)
    assert not result.articles and "over the limit" in result.discards[0].reason


def test_a_project_folder_yields_only_its_articles_and_one_summary_line(tmp_path, read, caplog):
    root = tmp_path / "project"
    write(root / "README.md", "| kind | example |\n|---|---|\n| attack | a suicide bombing |\n")
    write(root / "LICENSE.txt", "Permission is hereby granted to anyone.\n")
    write(root / "package-lock.json", '{"name": "x", "lockfileVersion": 3}\n')
    for name in ("main.py", "util.py"):
        write(root / "src" / name, "print('hello')\n")
    write(root / "news" / "story.txt", "Gunmen attacked a checkpoint near Mosul on Monday.\n")
    with caplog.at_level("WARNING", logger="eventwire.ingest.inputs"):
        result = read(root)
    assert not result.discards
    assert ids(result.articles) == ["news:story"]
    [line] = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert "5 files skipped: not articles (.py ×2" in line
    assert "README ×1" in line and "package-lock.json ×1" in line
