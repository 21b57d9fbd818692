"""The X API v2 endpoints the sandbox serves, answering in X's shapes.

POST /2/tweets, DELETE /2/tweets/:id, GET /2/users/me and GET
/2/users/:id/{tweets,mentions,followers,following}. Authentication and rate
limits are the server's job; these functions get the signed-in user.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from dualdesk.infra.sandbox import wire
from dualdesk.infra.sandbox.records import SandboxPost, SandboxUser
from dualdesk.infra.sandbox.state import SandboxState

T = TypeVar("T")
Query = dict[str, list[str]]
Answer = tuple[int, dict[str, Any]]

TIMELINE_RESULTS = (5, 100, 10)  # min, max, default
FOLLOW_RESULTS = (1, 1000, 100)
_USER_LIST = re.compile(r"^/2/users/(\d+)/(tweets|mentions|followers|following)$")
_ONE_TWEET = re.compile(r"^/2/tweets/(\d+)$")


@dataclass(frozen=True)
class Route:
    """A matched endpoint: its rate-limit key and the id in its path, if any."""

    endpoint: str
    target: str = ""
    listing: str = ""


def match(method: str, path: str) -> Route | None:
    """Return the endpoint for a request, or None if the sandbox has none."""
    if method == "POST" and path == "/2/tweets":
        return Route("POST /2/tweets")
    if method == "GET" and path == "/2/users/me":
        return Route("GET /2/users/me")
    found = _ONE_TWEET.match(path)
    if method == "DELETE" and found:
        return Route("DELETE /2/tweets/:id", found.group(1))
    found = _USER_LIST.match(path)
    if method == "GET" and found:
        listing = found.group(2)
        return Route(f"GET /2/users/:id/{listing}", found.group(1), listing)
    return None


class ApiRoutes:
    """Carries out matched requests against the state.

    Args:
        state: the sandbox world.
    """

    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def call(
        self, route: Route, user: SandboxUser, query: Query, body: bytes, now: float
    ) -> Answer:
        """Answer one request as `user`.

        Raises:
            wire.ApiProblem: X would refuse it.
        """
        if route.endpoint == "POST /2/tweets":
            return self._create(user, body, now)
        if route.endpoint == "DELETE /2/tweets/:id":
            self.state.delete_post(user.id, route.target)
            return 200, {"data": {"deleted": True}}
        if route.endpoint == "GET /2/users/me":
            return 200, {"data": wire.user_object(user, wire.fields(query, "user.fields"))}
        return self._listing(route, user, query)

    def _create(self, user: SandboxUser, body: bytes, now: float) -> Answer:
        try:
            payload = json.loads(body or b"{}")
        except ValueError:
            raise wire.invalid_request("Request body is not valid JSON.", "body", "") from None
        text = payload.get("text") if isinstance(payload, dict) else None
        if not isinstance(text, str) or not text.strip():
            raise wire.invalid_request("The `text` field is required.", "text", "")
        reply = payload.get("reply") or {}
        reply_to = reply.get("in_reply_to_tweet_id") if isinstance(reply, dict) else None
        post = self.state.create_post(user.id, text, now, str(reply_to) if reply_to else None)
        return 201, {"data": wire.post_object(post, ())}

    def _listing(self, route: Route, user: SandboxUser, query: Query) -> Answer:
        owner = self.state.users.get(route.target)
        if owner is None:
            return 200, {"errors": [wire.not_found("user", route.target).body()]}
        if (
            owner.protected
            and owner.id != user.id
            and user not in self.state.followers_of(owner.id)
        ):
            detail = f"Sorry, you are not authorized to see the user with id: [{owner.id}]."
            return 200, {"errors": [{"title": "Authorization Error", "detail": detail}]}
        if route.listing in ("tweets", "mentions"):
            posts = (
                self.state.posts_by(owner.id)
                if route.listing == "tweets"
                else self.state.mentions_of(owner.id)
            )
            return self._posts_page(posts, query)
        users = (
            self.state.followers_of(owner.id)
            if route.listing == "followers"
            else self.state.following_of(owner.id)
        )
        size = _max_results(query, FOLLOW_RESULTS)
        start = _offset(query)
        items = users[start : start + size]
        more = start + size < len(users)
        token = _token(f"offset:{start + size}") if more else None
        wanted = wire.fields(query, "user.fields")
        answer: dict[str, Any] = {"meta": wire.page_meta(items, token, timeline=False)}
        if items:
            answer["data"] = [wire.user_object(u, wanted) for u in items]
        return 200, answer

    def _posts_page(self, posts: Sequence[SandboxPost], query: Query) -> Answer:
        size = _max_results(query, TIMELINE_RESULTS)
        before = _before(query)
        if before is not None:
            posts = [p for p in posts if int(p.id) < before]
        items = list(posts[:size])
        token = _token(f"before:{items[-1].id}") if len(posts) > size else None
        answer: dict[str, Any] = {"meta": wire.page_meta(items, token, timeline=True)}
        if items:
            wanted = wire.fields(query, "tweet.fields")
            answer["data"] = [wire.post_object(p, wanted) for p in items]
            if "author_id" in wire.fields(query, "expansions"):
                authors = dict.fromkeys(p.author_id for p in items)
                user_fields = wire.fields(query, "user.fields")
                answer["includes"] = {
                    "users": [wire.user_object(self.state.users[a], user_fields) for a in authors]
                }
        return 200, answer


def _max_results(query: Query, bounds: tuple[int, int, int]) -> int:
    low, high, default = bounds
    raw = query.get("max_results", [str(default)])[0]
    value = int(raw) if raw.isdigit() else -1
    if not low <= value <= high:
        raise wire.invalid_request(
            f"The `max_results` query parameter value [{raw}] is not between {low} and {high}",
            "max_results",
            raw,
        )
    return value


def _token(value: str) -> str:
    return base64.b32encode(value.encode()).decode().rstrip("=").lower()


def _untoken(query: Query, prefix: str, parse: Callable[[str], T]) -> T | None:
    raw = query.get("pagination_token", [""])[0]
    if not raw:
        return None
    try:
        padded = raw.upper() + "=" * (-len(raw) % 8)
        kind, _, value = base64.b32decode(padded).decode().partition(":")
        if kind == prefix:
            return parse(value)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        pass
    raise wire.invalid_request(
        f"The `pagination_token` query parameter value [{raw}] is not valid",
        "pagination_token",
        raw,
    )


def _before(query: Query) -> int | None:
    return _untoken(query, "before", int)


def _offset(query: Query) -> int:
    return _untoken(query, "offset", int) or 0
