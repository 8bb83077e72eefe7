"""A warm `eventwire` process that forks real CLI runs on request, so kill -9 tests stay cheap.

Starting `eventwire` costs seconds (imports, spaCy); a kill test needs a fresh process per kill.
This script pays the imports once (of the eventwire of its own checkout; its first line says
which: `{"ready": true, "eventwire": PATH}`), then reads one JSON request a line on stdin and answers one
JSON line on stdout:

* `{"op": "start", "argv": [...], "log": PATH}` -> `{"pid": N}`: fork; the child runs
  `eventwire ARGV` (the real typer app, `eventwire.cli.app`) with stdout and stderr in PATH and
  exits with the command's exit code (99 for an exception that escaped the command);
* `{"op": "wait", "pid": N, "kill_after": S | null, "timeout": S}` -> `{"status": code,
  "killed": bool, "seconds": S}`: wait for the child; SIGKILL it once it has run `kill_after`
  seconds (or `timeout`).  `status` is -9 for a killed child.  The child is reaped here, so its
  pid is never reused before the kill;
* `{"op": "poll", "pid": N}` -> `{"done": false}`, or `wait`'s answer with `"done": true`;
* `{"op": "signal", "pid": N, "signal": "SIGINT"}` -> `{}`.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

# the checkout this file is in, not whichever eventwire is installed: run as a script, Python
# puts only this folder on sys.path, and an editable install may point at another worktree
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def warm_up() -> None:
    """Import what a run imports, and load spaCy once so that its files are in the page cache."""
    import spacy

    import eventwire.api.app  # noqa: F401
    import eventwire.cli  # noqa: F401
    import eventwire.geo  # noqa: F401
    import eventwire.link.linker  # noqa: F401
    import eventwire.pipeline  # noqa: F401
    import eventwire.stages  # noqa: F401
    import uvicorn  # noqa: F401
    from eventwire.settings import Settings

    spacy.load(Settings().spacy_model)


def run_child(argv: list[str], log: str) -> None:
    """In the forked child: run the command with its output in `log`; never return.  Ctrl-C is
    Python's KeyboardInterrupt, as in a terminal, even when the tests were started in the
    background (a shell's `&` ignores SIGINT, and Python keeps an ignored SIGINT ignored)."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    code = 99
    try:
        from eventwire.cli import app

        app(args=argv, prog_name="eventwire")
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:  # the test reads the log: an escaped exception is a crash
        import traceback

        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


class Server:
    def __init__(self) -> None:
        self.started: dict[int, float] = {}

    def start(self, argv: list[str], log: str) -> dict:
        pid = os.fork()
        if pid == 0:
            run_child(argv, log)
        self.started[pid] = time.monotonic()
        return {"pid": pid}

    def wait(self, pid: int, kill_after: float | None, timeout: float) -> dict:
        began = self.started.pop(pid)
        deadline = began + (kill_after if kill_after is not None else timeout)
        killed = False
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() >= deadline:
                os.kill(pid, signal.SIGKILL)
                killed = True
                _, status = os.waitpid(pid, 0)
                break
            time.sleep(0.002)
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        return {"status": code, "killed": killed, "seconds": time.monotonic() - began}

    def poll(self, pid: int) -> dict:
        """`{"done": false}` while the child runs, else `wait`'s answer with `"done": true`."""
        done, status = os.waitpid(pid, os.WNOHANG)
        if not done:
            return {"done": False}
        began = self.started.pop(pid)
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        return {"done": True, "status": code, "killed": False, "seconds": time.monotonic() - began}

    def signal(self, pid: int, name: str) -> dict:
        os.kill(pid, getattr(signal, name))
        return {}

    def handle(self, request: dict) -> dict:
        op = request["op"]
        if op == "start":
            return self.start(request["argv"], request["log"])
        if op == "wait":
            return self.wait(request["pid"], request.get("kill_after"), request.get("timeout", 300))
        if op == "poll":
            return self.poll(request["pid"])
        if op == "signal":
            return self.signal(request["pid"], request["signal"])
        raise ValueError(f"unknown op {op!r}")


def main() -> None:
    warm_up()
    server = Server()
    import eventwire

    print(json.dumps({"ready": True, "eventwire": eventwire.__file__}), flush=True)
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(server.handle(json.loads(line))), flush=True)


if __name__ == "__main__":
    main()
