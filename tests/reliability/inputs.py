"""Hypothesis strategies for hostile input files: random bytes, broken UTF-8, JSON of the wrong
types, broken CSV quoting, huge lines, odd file names.

`input_files()` draws (name, bytes) pairs; the reader and CLI fuzz tests write them to a folder
and check that each is stored or reported.  EVENTWIRE_FUZZ_EXAMPLES sets the number of examples
(small in `make test`, 10,000 in `make reliability`).
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("EVENTWIRE_FUZZ_EXAMPLES", "50"))


def fuzz_settings(examples: int = EXAMPLES):
    return settings(max_examples=examples, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


SENTENCES = [
    "Gunmen attacked a checkpoint in Kirkuk on Monday, killing two guards.",
    "A car bomb exploded near the market in Aden; five people were wounded.",
    "Protesters gathered outside the governor's office in Goma.",
    "Ça va? Die Straße war gesperrt — 爆炸 — взрыв — انفجار.",
    "| col | col |\n|-----|-----|\n| 1 | 2 |",
    "def main():\n    return 0\n",
]
EXTENSIONS = [".txt", ".md", ".jsonl", ".json", ".csv", ".tsv", ".html", ".ndjson", ".py", ""]
# characters a file name may hold that tend to break things: markup, quotes, spaces, globs, colons
NAME_CHARS = st.sampled_from(list("abcXYZ019 -_.,;:'\"[]{}()*?!#$%&+=@~^`") +
                             ["é", "ß", "名", "ж", "\u200b", "\u202e"])

text = st.one_of(st.sampled_from(SENTENCES), st.text(max_size=200),
                 st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=5).map(" ".join))
json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                        text)
json_value = st.recursive(json_scalar, lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=6)
KEYS = ["id", "text", "body", "content", "title", "headline", "published", "date", "url", "link",
        "source", "author", "extra_key", "TEXT", " text "]


@st.composite
def json_record(draw) -> str:
    record = draw(st.dictionaries(st.sampled_from(KEYS), json_value | text, max_size=6))
    if draw(st.booleans()):
        record["text"] = draw(text)
    if draw(st.booleans()):
        record["published"] = draw(st.sampled_from(
            ["2024-03-05", "05/02/2024", "13/02/2024", "yesterday", "2024-13-45", "", "1e9"]))
    return json.dumps(record, ensure_ascii=draw(st.booleans()))


@st.composite
def jsonl_content(draw) -> str:
    lines = draw(st.lists(st.one_of(json_record(), st.builds(json.dumps, json_value),
                                    st.text(max_size=40), st.just("")), min_size=1, max_size=6))
    return "\n".join(lines)


@st.composite
def csv_content(draw) -> str:
    header = draw(st.lists(st.sampled_from(KEYS + ["x", '"q', ""]), min_size=1, max_size=5))
    cells = st.one_of(text, st.sampled_from(['"', '""', 'a"b', '"open', "x,y", "\t", "\n", "05/02/2024"]))
    rows = draw(st.lists(st.lists(cells, max_size=6), max_size=5))
    sep = draw(st.sampled_from([",", ";", "\t"]))
    return "\n".join([sep.join(header), *(sep.join(row) for row in rows)])


@st.composite
def html_content(draw) -> str:
    body = draw(st.lists(text, max_size=4))
    tags = draw(st.sampled_from(["<p>{}</p>", "<div>{}", "{}", "<script>{}</script>", "<!--{}"]))
    return "<html><head><title>t</title></head><body>" + "".join(tags.format(b) for b in body)


def encode(content: str, how: str, noise: bytes) -> bytes:
    """`content` as UTF-8, or another encoding, or UTF-8 damaged by `noise`."""
    if how == "utf-16":
        return content.encode("utf-16")
    if how == "cp1252":
        return content.encode("cp1252", errors="replace")
    data = content.encode("utf-8", errors="surrogatepass")
    if how == "damaged" and data:
        middle = len(data) // 2
        return data[:middle] + noise + data[middle:]
    return data


@st.composite
def file_content(draw, extension: str) -> bytes:
    kind = draw(st.sampled_from(["bytes", "text", "jsonl", "csv", "html", "huge"]))
    if kind == "bytes":
        return draw(st.binary(max_size=600))
    if kind == "huge":
        # one huge line (no spaces: no words for the extractor to chew on), then a short report
        return b"x" * draw(st.integers(100_000, 600_000)) + b"\n" + draw(st.sampled_from(SENTENCES)).encode()
    content = {"text": text, "jsonl": jsonl_content(), "csv": csv_content(),
               "html": html_content()}[kind]
    how = draw(st.sampled_from(["utf-8", "utf-8", "utf-16", "cp1252", "damaged"]))
    noise = draw(st.binary(min_size=1, max_size=4))
    return encode(draw(content), how, noise)


# names that have broken command-line tools: console markup, option look-alikes, globs, spaces
ODD_STEMS = ["[/]", "[bold]x", "[red]a[/red]", "-", "--db", "-q", "a b", "*", "?x", "[ab]",
             "ÿ", "CON", "nul", "\\", "%s%n", "{0}", "$(x)", "a:b", "名前"]


@st.composite
def file_name(draw) -> str:
    stem = draw(st.sampled_from(ODD_STEMS) | st.text(NAME_CHARS, min_size=1, max_size=30))
    name = (stem + draw(st.sampled_from(EXTENSIONS))).replace("/", "_")
    return name if name not in (".", "..") else "dot" + name


@st.composite
def input_files(draw, max_files: int = 4) -> dict[str, bytes]:
    """File name -> bytes, names unique (and never a hidden file: folder walks skip those)."""
    names = draw(st.lists(file_name(), min_size=1, max_size=max_files,
                          unique_by=lambda n: n.lower()))
    return {("x" + n if n.startswith(".") else n): draw(file_content(os.path.splitext(n)[1]))
            for n in names}
