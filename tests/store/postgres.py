"""A throwaway PostgreSQL server for tests, started from the machine's own binaries."""

from __future__ import annotations

import getpass
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_BIN_DIRS = [Path("/usr/lib/postgresql") / v / "bin" for v in ("17", "16", "15", "14")]


def find_pg_bin() -> Path | None:
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).resolve().parent
    return next((d for d in PG_BIN_DIRS if (d / "initdb").exists()), None)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    """initdb refuses to run as root: run the server as the 'postgres' system user then."""
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


@contextmanager
def postgres_server(bin_dir: Path) -> Iterator[str]:
    """Start a server on a free loopback port; yield its SQLAlchemy URL; stop and delete it."""
    root = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
    data = root / "data"
    user = "postgres" if os.geteuid() == 0 else getpass.getuser()
    if os.geteuid() == 0:
        shutil.chown(root, user="postgres")
    port = _free_port()
    run = lambda *args: subprocess.run(_as_server_user([str(bin_dir / args[0]), *args[1:]]),  # noqa: E731
                                       check=True, capture_output=True, timeout=120)
    try:
        run("initdb", "-D", str(data), "-U", user, "--auth=trust", "-E", "UTF8")
        run("pg_ctl", "-D", str(data), "-w", "-l", str(root / "log"), "-o",
            f"-p {port} -h 127.0.0.1 -k {root}", "start")
        yield f"postgresql+psycopg://{user}@127.0.0.1:{port}/postgres"
    finally:
        if (data / "postmaster.pid").exists():
            run("pg_ctl", "-D", str(data), "-m", "fast", "stop")
        shutil.rmtree(root, ignore_errors=True)


def throwaway_server() -> Iterator[str]:
    """For a fixture: a throwaway server's URL, or a skip when the server binaries are not installed."""
    import pytest

    bin_dir = find_pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    with postgres_server(bin_dir) as url:
        yield url
