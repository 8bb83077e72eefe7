"""Is a text file found in a folder an article?  Not when it is mostly a Markdown table or code.

`not_prose(text)` names what the text is instead ("Markdown table", "code"), or returns None for
prose.  A line counts as table when it starts and ends with `|` (or is a `|---|` rule), as code
when it is inside a ``` fence or looks like a statement of a programming language (`def f():`,
`import x`, `#include`, a line ending in `{`, `}` or `;`, an indented block under such a line).
A file is judged by its first `SAMPLE_LINES` non-blank lines: when more than `SHARE` of them are
table or code it is not an article.  An article quoting a small table or one line of code keeps
well under that.
"""

from __future__ import annotations

import re

SAMPLE_LINES = 200
SHARE = 0.6

_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_CODE = re.compile(
    r"^\s*(def |class |import |from [\w.]+ import |#include|#!|function |const |let |var |return\b"
    r"|if \(|for \(|while \(|public |private |package |fn |async |await |@\w+)"
    r"|[{};]\s*$|^\s*[}\])]|^\s*(if|for|while|elif|else|try|except|with)\b.*:\s*$"
    r"|^\s*\w+(\.\w+)*\s*(=|\+=|-=)\s*\S.*$(?<![.!?\"'])")


def not_prose(text: str) -> str | None:
    """"Markdown table" or "code" when most of the text's first lines are that, else None."""
    lines = [line for line in text.splitlines() if line.strip()][:SAMPLE_LINES]
    if not lines:
        return None
    table, code = _count(lines)
    if (table + code) / len(lines) <= SHARE:
        return None
    return "Markdown table" if table >= code else "code"


def _count(lines: list[str]) -> tuple[int, int]:
    table = code = 0
    fenced = False
    for line in lines:
        if _FENCE.match(line):
            fenced, code = not fenced, code + 1
        elif fenced or _CODE.search(line):
            code += 1
        elif _TABLE_ROW.match(line) or _TABLE_RULE.match(line):
            table += 1
    return table, code
