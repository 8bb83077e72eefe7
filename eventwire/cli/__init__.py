"""The `eventwire` command line: a typer app whose command groups live in sibling modules."""

from __future__ import annotations

import typer

from eventwire.cli import browse, evaluate, export, geo, ingest, link, serve, train

app = typer.Typer(
    name="eventwire",
    help="Turn news articles about armed conflict into an ACLED-style event dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (ingest, browse, export, geo, serve, evaluate, link, train):
    module.register(app)


def main() -> None:
    app()
