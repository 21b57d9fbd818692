"""A small HTTP stand-in for X and a client for it, for the crash test.

The stand-in keeps every accepted post, so a post sent twice shows up
twice: by default it does NOT refuse duplicate text, unlike X, so the
outbox's own bookkeeping is what is tested. It can be slow (so a kill lands
mid-request) and can accept a post and then fail to answer (a timeout after
X kept it). Replace with the sandbox X service once it is merged.
"""

from __future__ import annotations

import json
import random
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from dualdesk.core.errors import DuplicateContent, Rejected, Transient
from dualdesk.core.timeline import Page, XPost, XUser


@dataclass
class Stored:
    id: str
    account: str
    text: str
    created_at: datetime


class StandIn:
    """The X stand-in's state and behaviour (thread-safe)."""

    def __init__(self, seed: int, delay: float = 0.03, lose_answer: float = 0.1) -> None:
        self.posts: list[Stored] = []
        self.lost_answers = 0  # accepted, then answered 503
        self.dead_clients = 0  # accepted, then the client was gone
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self._delay = delay
        self._lose_answer = lose_answer

    def pause(self) -> None:
        with self._lock:
            wait = self._rng.uniform(0, self._delay)
        time.sleep(wait)

    def accept(self, account: str, text: str) -> tuple[Stored, bool]:
        """Keep a post; return it and whether to drop the answer."""
        with self._lock:
            stored = Stored(str(10_000 + len(self.posts)), account, text, datetime.now(UTC))
            self.posts.append(stored)
            lose = self._rng.random() < self._lose_answer
            self.lost_answers += lose
            return stored, lose

    def recent(self, account: str) -> list[Stored]:
        with self._lock:
            return [p for p in reversed(self.posts) if p.account == account]


def serve(stand_in: StandIn) -> ThreadingHTTPServer:
    """Start the stand-in on a free local port in a daemon thread."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def _answer(self, status: int, doc: object) -> None:
            body = json.dumps(doc).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            account = self.path.rsplit("/", 1)[-1]
            length = int(self.headers["Content-Length"])
            text = json.loads(self.rfile.read(length))["text"]
            stand_in.pause()
            stored, lose = stand_in.accept(account, text)
            stand_in.pause()
            if lose:
                self._answer(503, {"title": "Service Unavailable"})
                return
            self._answer(201, {"data": {"id": stored.id, "text": stored.text}})

        def do_GET(self) -> None:
            account = self.path.rsplit("/", 1)[-1]
            stand_in.pause()
            items = [
                {"id": p.id, "text": p.text, "created_at": p.created_at.isoformat()}
                for p in stand_in.recent(account)[:100]
            ]
            self._answer(200, {"data": items})

    class Server(ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            stand_in.dead_clients += 1  # the sender was killed mid-request

    server = Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class HttpX:
    """XClient over HTTP to the stand-in (post and recent_posts only)."""

    def __init__(self, base_url: str, account: str) -> None:
        self._base = base_url
        self._account = account

    def _call(self, method: str, path: str, doc: object = None) -> dict[str, object]:
        data = None if doc is None else json.dumps(doc).encode()
        request = urllib.request.Request(
            f"{self._base}{path}/{self._account}", data=data, method=method
        )
        request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return dict(json.loads(response.read()))
        except urllib.error.HTTPError as exc:
            if exc.code == 403:
                raise DuplicateContent(str(exc)) from None
            if exc.code >= 500:
                raise Transient(f"X answered {exc.code}.") from None
            raise Rejected(f"X answered {exc.code}.") from None
        except (urllib.error.URLError, OSError) as exc:
            raise Transient(f"X could not be reached: {exc}.") from None

    def whoami(self) -> XUser:
        return XUser(id=self._account, handle=self._account, name=self._account)

    def post(self, text: str, reply_to: str | None = None) -> XPost:
        data = self._call("POST", "/2/tweets", {"text": text})["data"]
        assert isinstance(data, dict)
        return XPost(id=str(data["id"]), text=str(data["text"]), author_id=self._account)

    def recent_posts(self, limit: int = 20, pagination_token: str | None = None) -> Page[XPost]:
        data = self._call("GET", "/2/users/tweets")["data"]
        assert isinstance(data, list)
        return Page(
            items=tuple(
                XPost(
                    id=d["id"],
                    text=d["text"],
                    author_id=self._account,
                    created_at=datetime.fromisoformat(d["created_at"]),
                )
                for d in data[:limit]
            )
        )

    def delete(self, post_id: str) -> None:
        raise NotImplementedError

    def mentions(self, limit: int = 20, pagination_token: str | None = None) -> Page[XPost]:
        return Page(items=())

    def followers(self, limit: int = 100, pagination_token: str | None = None) -> Page[XUser]:
        return Page(items=())

    def following(self, limit: int = 100, pagination_token: str | None = None) -> Page[XUser]:
        return Page(items=())
