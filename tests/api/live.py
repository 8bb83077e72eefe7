"""`eventwire serve` as a real subprocess on a free loopback port, for end-to-end tests."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

# The real command line; `serve` is registered here too in case the CLI does not list it yet.
LAUNCHER = (
    "from eventwire.cli import app; from eventwire.cli import serve as s; "
    "names = {c.name or c.callback.__name__ for c in app.registered_commands}; "
    "'serve' in names or s.register(app); app(prog_name='eventwire')"
)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_command(*args: str) -> list[str]:
    return [sys.executable, "-c", LAUNCHER, "serve", *args]


@contextlib.contextmanager
def running_server(db: str, token: str | None = None, log: Path | None = None,
                   timeout: float = 30.0) -> Iterator[str]:
    """Start `eventwire serve --db DB` on a free port; yield its base URL; stop it afterwards."""
    port = free_port()
    args = ["--db", db, "--host", "127.0.0.1", "--port", str(port)]
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_TOKEN"}
    if token:
        args += ["--token", token]
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115
    proc = subprocess.Popen(serve_command(*args), stdout=out, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(proc, base, timeout, log)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if log:
            out.close()


def _wait_until_up(proc: subprocess.Popen, base: str, timeout: float, log: Path | None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            detail = log.read_text(errors="replace") if log and log.exists() else ""
            raise RuntimeError(f"eventwire serve exited with {proc.returncode} before answering:\n{detail}")
        try:
            if httpx.get(base + "/openapi.json", timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"eventwire serve did not answer on {base} within {timeout:.0f} s")
