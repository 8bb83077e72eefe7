"""Filters as users type them, resolved against what the store holds.

`resolve_filter(store, request)` turns the values a user gives (`--country IRQ`, `--admin1 Anbar`,
`--actor KH`, `--type "Air/drone strike"`) into the store's exact values, and says which value
matched nothing and what is nearest.  The CLI (`events`, `export`, `report`), the API and the
page all go through it, so a filter means the same everywhere.
"""

from eventwire.query.resolve import FilterRequest, Notice, Resolution, UsageError, resolve_filter

__all__ = ["FilterRequest", "Notice", "Resolution", "UsageError", "resolve_filter"]
