"""The `eventwire` command line: a typer app whose command groups live in sibling modules."""

from __future__ import annotations

from typing import Annotated

import typer

from eventwire.cli import browse, evaluate, export, geo, ingest, link, serve, spark, train

app = typer.Typer(
    name="eventwire",
    help="Turn news articles about armed conflict into an ACLED-style event dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from eventwire import __version__

        typer.echo(f"eventwire {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                                help="Print eventwire's version and exit.")] = False) -> None:
    """Turn news articles about armed conflict into an ACLED-style event dataset."""


for module in (ingest, browse, export, geo, serve, evaluate, link, train, spark):
    module.register(app)


def main() -> None:
    app()
