"""`SandboxServer`: the sandbox X service on a loopback port.

Each request to /2/ goes: injected fault (if any) -> OAuth 1.0a signature
check -> per-user rate limit -> the endpoint, with X's rate-limit headers on
the answer. /__sandbox__/ holds the control endpoints. The server binds to
127.0.0.1 only.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.infra.sandbox import wire
from dualdesk.infra.sandbox.admin_routes import PREFIX, AdminRoutes
from dualdesk.infra.sandbox.api_routes import ApiRoutes, match
from dualdesk.infra.sandbox.demo import seed_demo
from dualdesk.infra.sandbox.faults import Fault, FaultPlan
from dualdesk.infra.sandbox.oauth_check import SignatureChecker
from dualdesk.infra.sandbox.rate_limits import RateLimits, Usage
from dualdesk.infra.sandbox.records import SandboxUser
from dualdesk.infra.sandbox.state import SandboxState

log = logging.getLogger(__name__)
LOOPBACK = "127.0.0.1"
# How soon stop() takes effect; the loop is idle between polls.
POLL_SECONDS = 0.05


class SandboxServer:
    """The sandbox X API on 127.0.0.1, in a background thread.

    Args:
        state_dir: where the sandbox keeps its JSON state.
        port: TCP port; 0 picks a free one.
        rate_limits: per-user limits; default X's (100 posts per 15 min).
        seed: fill an empty state with the demo accounts.
        allow_duplicates: accept repeated texts (tests that count double sends).

    Attributes:
        state: the users, posts and follows.
        faults: push `Fault`s here to make requests fail.
    """

    def __init__(
        self,
        state_dir: Path,
        *,
        port: int = 0,
        rate_limits: RateLimits | None = None,
        seed: bool = True,
        allow_duplicates: bool = False,
    ) -> None:
        self.state = SandboxState(state_dir, allow_duplicates=allow_duplicates)
        if seed and self.state.is_empty:
            seed_demo(self.state)
        self.faults = FaultPlan()
        self.rate_limits = rate_limits or RateLimits()
        self.checker = SignatureChecker(self.state)
        self.api = ApiRoutes(self.state)
        self.admin = AdminRoutes(self.state, self.faults)
        self.stopping = threading.Event()
        self._port = port
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The base URL, e.g. http://127.0.0.1:41234 (after start)."""
        if self._httpd is None:
            raise RuntimeError("the sandbox is not started")
        return f"http://{LOOPBACK}:{self._httpd.server_address[1]}"

    def start(self) -> SandboxServer:
        """Listen and serve in a background thread; returns self."""
        self._httpd = _HTTPServer((LOOPBACK, self._port), _Handler)
        self._httpd.sandbox = self
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(POLL_SECONDS,), name="sandbox-x", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the port; waiting faults give up at once."""
        self.stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = self._thread = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def register_user(
        self, handle: str, name: str, credentials: OAuth1Credentials, *, protected: bool = False
    ) -> SandboxUser:
        """Add an account that `credentials` act for (e.g. a test's "real" account)."""
        return self.state.add_user(handle, name, credentials, protected=protected)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    sandbox: SandboxServer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as two writes
    server: _HTTPServer

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("sandbox: " + format, *args)

    def _serve(self) -> None:
        sandbox = self.server.sandbox
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        parts = urlsplit(self.path)
        if parts.path.startswith(PREFIX):
            self._send(*sandbox.admin.call(self.command, parts.path, body))
            return
        fault = sandbox.faults.take(self.command, parts.path)
        if fault is not None and self._fault_answers(fault):
            return
        url = f"http://{self.headers.get('Host', '')}{self.path}"
        user = sandbox.checker.user_for(self.command, url, dict(self.headers.items()), body)
        if user is None:
            self._problem(wire.unauthorized())
            return
        if fault is not None and fault.kind == "revoked":
            sandbox.state.revoke(user.id)
            self._problem(wire.unauthorized())
            return
        route = match(self.command, parts.path)
        if route is None:
            self._problem(wire.ApiProblem(404, "Not Found", f"No route for {parts.path}."))
            return
        if fault is not None and fault.kind == "429":
            window = sandbox.rate_limits.window_seconds
            limit = sandbox.rate_limits.limits.get(route.endpoint, 900)
            usage = Usage(False, limit, 0, int(time.time() + window))
        else:
            usage = sandbox.rate_limits.hit(user.id, route.endpoint)
        if not usage.allowed:
            self._problem(wire.too_many_requests(), usage)
            return
        try:
            query = parse_qs(parts.query, keep_blank_values=True)
            status, answer = sandbox.api.call(route, user, query, body, time.time())
        except wire.ApiProblem as problem:
            status, answer = problem.status, problem.body()
        if fault is not None and fault.kind == "drop_after":
            self.close_connection = True
            return
        self._send(status, answer, usage)

    def _fault_answers(self, fault: Fault) -> bool:
        """Act out a fault; True when it has answered (or dropped) the request."""
        if fault.kind == "drop":
            self.close_connection = True
            return True
        if fault.kind == "5xx":
            self._problem(wire.server_unavailable())
            return True
        if fault.kind == "plan":
            self._problem(wire.not_enrolled())
            return True
        if fault.kind == "timeout" and self.server.sandbox.stopping.wait(fault.delay):
            self.close_connection = True
            return True
        return False

    def _problem(self, problem: wire.ApiProblem, usage: Usage | None = None) -> None:
        self._send(problem.status, problem.body(), usage, "application/problem+json")

    def _send(
        self,
        status: int,
        answer: dict[str, Any],
        usage: Usage | None = None,
        content_type: str = "application/json; charset=utf-8",
    ) -> None:
        payload = json.dumps(answer).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            if usage is not None:
                self.send_header("x-rate-limit-limit", str(usage.limit))
                self.send_header("x-rate-limit-remaining", str(usage.remaining))
                self.send_header("x-rate-limit-reset", str(usage.reset))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
