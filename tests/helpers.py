"""Small helpers shared by test modules."""

from __future__ import annotations

import csv
import io


def csv_text(rows: list[dict]) -> str:
    """`rows` as CSV text, the first row's keys as the header."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
