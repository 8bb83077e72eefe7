"""A scripted OpenAI-compatible chat server on loopback, for the protocol's unit tests.

A real server (llama.cpp's, in tests/llm/test_llama_cpp_server.py) cannot be made to refuse a
mode, answer nonsense, or fail on cue; this one replays a script of replies over real HTTP, so
the client's requests, headers and error handling are exercised for real.  Each reply is
(status, content): content is the message text for status 200, or the error body otherwise.
A reply may depend on the request's response_format type through `refuse` (types answered 500).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Script:
    replies: list[tuple[int, str]] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)    # response_format types answered with HTTP 500
    requests: list[dict] = field(default_factory=list)
    headers: list[dict] = field(default_factory=list)
    raw: str | None = None                            # a 200 body that is not the OpenAI shape

    def next_reply(self, body: dict) -> tuple[int, bytes]:
        kind = (body.get("response_format") or {}).get("type")
        if kind in self.refuse:
            return 500, json.dumps({"error": {"message": f"{kind} is not supported"}}).encode()
        if self.raw is not None:
            return 200, self.raw.encode()
        status, content = self.replies.pop(0) if self.replies else (200, "{}")
        if status != 200:
            return status, json.dumps({"error": {"message": content}}).encode()
        return 200, json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]}).encode()


class ScriptedServer:
    def __init__(self, script: Script):
        self.script = script
        handler = type("Handler", (_Handler,), {"script": script})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def __enter__(self) -> "ScriptedServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


class _Handler(BaseHTTPRequestHandler):
    script: Script

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.script.requests.append(body)
        self.script.headers.append(dict(self.headers))
        if self.path != "/v1/chat/completions":
            status, payload = 404, b'{"error": "no such route"}'
        else:
            status, payload = self.script.next_reply(body)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args) -> None:
        pass
