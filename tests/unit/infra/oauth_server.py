"""A small OAuth 1.0a PIN-flow server for tests: it checks every signature."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from oauthlib.common import Request
from oauthlib.oauth1.rfc5849 import signature

CONSUMER = ("app-key", "APP-SECRET-9")
REQUEST_TOKEN = ("req-token", "REQ-SECRET-9")
ACCESS_TOKEN = ("acc-token", "ACC-SECRET-9")
PIN = "4711023"


class OAuthServer(ThreadingHTTPServer):
    """Answers /oauth/request_token and /oauth/access_token like X, or with `status`."""

    status: int | None = None
    seen_callbacks: list[str]
    url: str


class Handler(BaseHTTPRequestHandler):
    server: OAuthServer

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _answer(self, status: int, body: str = "", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body.encode())

    def _signed(self, token_secret: str | None) -> dict[str, str] | None:
        """Return the OAuth parameters if the signature is right for this very URL."""
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode()
        uri = f"http://{self.headers['Host']}{self.path}"
        headers = {"Authorization": self.headers.get("Authorization", "")}
        request = Request(uri, "POST", body, headers)
        request.params = signature.collect_parameters(
            uri_query=urlsplit(uri).query, body=body, headers=headers
        )
        params = dict(signature.collect_parameters(headers=headers, exclude_oauth_signature=False))
        request.signature = params.get("oauth_signature", "")
        if params.get("oauth_consumer_key") != CONSUMER[0]:
            return None
        if not signature.verify_hmac_sha1(request, CONSUMER[1], token_secret):
            return None
        return params

    def do_POST(self) -> None:
        if self.server.status is not None:
            self._answer(self.server.status, "", {"x-rate-limit-reset": "1893456000"})
            return
        path = urlsplit(self.path).path
        if path == "/oauth/request_token":
            params = self._signed(None)
            if params is None:
                self._answer(401, '{"errors":[{"code":32}]}')
                return
            self.server.seen_callbacks.append(params.get("oauth_callback", ""))
            self._answer(
                200,
                f"oauth_token={REQUEST_TOKEN[0]}&oauth_token_secret={REQUEST_TOKEN[1]}"
                "&oauth_callback_confirmed=true",
            )
        elif path == "/oauth/access_token":
            params = self._signed(REQUEST_TOKEN[1])
            if (
                params is None
                or params.get("oauth_token") != REQUEST_TOKEN[0]
                or params.get("oauth_verifier") != PIN
            ):
                self._answer(401, "Invalid request token.")
                return
            self._answer(
                200,
                f"oauth_token={ACCESS_TOKEN[0]}&oauth_token_secret={ACCESS_TOKEN[1]}"
                "&user_id=101&screen_name=DrRivera",
            )
        else:
            self._answer(404)


@contextmanager
def running_oauth_server() -> Iterator[OAuthServer]:
    """Serve on a free local port until the block ends; `.url` is the base URL."""
    server = OAuthServer(("127.0.0.1", 0), Handler)
    host, port = server.server_address[:2]
    server.url = f"http://{host!s}:{port}"
    server.seen_callbacks = []
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
