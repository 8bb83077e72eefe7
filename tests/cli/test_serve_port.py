"""`eventwire serve` on a port already in use: a one-line error naming host and port."""

from __future__ import annotations

import socket

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli.common import EXIT_USAGE
from eventwire.store import open_store

runner = CliRunner()


def test_serve_on_a_busy_port_names_host_and_port_and_suggests_another(tmp_path):
    db = str(tmp_path / "events.db")
    open_store(db)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)],
                               catch_exceptions=False)
    assert result.exit_code == EXIT_USAGE
    message = " ".join(result.stderr.split())
    assert f"cannot serve on 127.0.0.1:{port}" in message
    assert "--port" in message
    assert "Traceback" not in result.output
