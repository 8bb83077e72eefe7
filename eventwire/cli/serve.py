"""`eventwire serve`: the read-only REST API and the web page."""

from __future__ import annotations

from typing import Annotated

import typer

from eventwire.cli.common import DbOption, run_guarded, settings_for
from eventwire.store import open_store

HostOption = Annotated[str, typer.Option(
    help="Address to bind. Anything but a loopback address needs a token.")]
PortOption = Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")]
TokenOption = Annotated[str | None, typer.Option(
    envvar="EVENTWIRE_TOKEN", show_envvar=True,
    help="Require 'Authorization: Bearer TOKEN' on every data route. Required off loopback.")]


def register(app: typer.Typer) -> None:
    app.command()(serve)


def serve(db: DbOption = None, host: HostOption = "127.0.0.1", port: PortOption = 8765,
          token: TokenOption = None) -> None:
    """Serve the read-only REST API (docs at /docs) and the web page at / until interrupted."""
    from eventwire.api import check_bind
    from eventwire.api import serve as run_server

    run_guarded(check_bind, host, token)
    store = run_guarded(open_store, settings_for(db).db)
    run_guarded(run_server, store, host=host, port=port, token=token)
