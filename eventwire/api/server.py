"""Running the API: the loopback-or-token rule, then uvicorn."""

from __future__ import annotations

import ipaddress
import socket

from eventwire.errors import EventwireError
from eventwire.settings import Settings
from eventwire.store import Store

DEFAULT_HOST: str = Settings.model_fields["host"].default  # defined once, in Settings
DEFAULT_PORT: int = Settings.model_fields["port"].default
TOKEN_ENV = "EVENTWIRE_TOKEN"


class BindError(EventwireError):
    """The server would be reachable from other machines without a token."""


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> str | None:
    """The token to require (None on loopback without one); refuses a non-loopback host without one."""
    token = token.strip() if token else None
    if token:
        return token
    if is_loopback(host):
        return None
    raise BindError(f"refusing to serve on {host!r} without a token: anything but a loopback address "
                    f"is reachable from other machines. Pass --token TOKEN or set {TOKEN_ENV}, "
                    f"or bind to {DEFAULT_HOST}")


def check_port(host: str, port: int) -> None:
    """Refuse, before the server starts, a host and port that cannot be bound (already in use)."""
    bare = host.strip("[]")
    family = socket.AF_INET6 if ":" in bare else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            probe.bind((bare, port))
        except OSError as exc:
            raise BindError(f"cannot serve on {host}:{port}: {exc.strerror or exc}; "
                            "is another server using it? Pick another with --port") from exc


def serve(store: Store, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          token: str | None = None, log_level: str = "info") -> None:
    """Serve the API and the page until interrupted."""
    import uvicorn

    from eventwire.api.app import create_app

    app = create_app(store, token=check_bind(host, token))
    uvicorn.run(app, host=host.strip("[]"), port=port, log_level=log_level, server_header=False)
