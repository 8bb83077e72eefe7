"""`eventwire serve`: the read-only REST API and the web page."""

from __future__ import annotations

from typing import Annotated

import typer

from eventwire.cli.common import DbOption, open_store, run_guarded, settings_for

HostOption = Annotated[str | None, typer.Option(
    help="Address to bind. Anything but a loopback address needs a token. Default: $EVENTWIRE_HOST or 127.0.0.1.")]
PortOption = Annotated[int | None, typer.Option(min=1, max=65535, help="TCP port. Default: $EVENTWIRE_PORT or 8765.")]
TokenOption = Annotated[str | None, typer.Option(
    envvar="EVENTWIRE_TOKEN", show_envvar=True,
    help="Require 'Authorization: Bearer TOKEN' on every data route. Required off loopback.")]


def register(app: typer.Typer) -> None:
    app.command()(serve)


def serve(db: DbOption = None, host: HostOption = None, port: PortOption = None,
          token: TokenOption = None) -> None:
    """Serve the read-only REST API (docs at /docs) and the web page at / until interrupted."""
    from eventwire.api import check_bind, check_port
    from eventwire.api import serve as run_server

    settings = settings_for(db, host=host, port=port)
    run_guarded(check_bind, settings.host, token)
    store = run_guarded(open_store, settings.db, create=False)
    run_guarded(check_port, settings.host, settings.port)
    run_guarded(run_server, store, host=settings.host, port=settings.port, token=token)
