"""The sandbox's own control endpoints under /__sandbox__/ (loopback only).

- ``GET /__sandbox__/state``: users (no secrets), posts, follows.
- ``POST /__sandbox__/faults``: arm a fault, body ``{"kind", "path_prefix",
  "method", "count", "delay"}`` or a list of them; ``DELETE`` disarms all.
- ``POST /__sandbox__/mention``: ``{"from": handle, "to": handle, "text"?}``
  makes `from` post a text that mentions `to`; answers the post.
- ``POST /__sandbox__/users``: ``{"handle", "name", "protected",
  "credentials": {consumer_key, consumer_secret, access_token,
  access_token_secret}}`` registers an account; answers its id.
- ``POST /__sandbox__/follow``: ``{"follower": handle, "followee": handle}``.
- ``POST /__sandbox__/reinstate``: ``{"handle"}`` makes a revoked token work again.
"""

from __future__ import annotations

import json
import time
from typing import Any

from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.infra.sandbox import wire
from dualdesk.infra.sandbox.faults import FaultPlan
from dualdesk.infra.sandbox.records import SandboxUser
from dualdesk.infra.sandbox.state import SandboxState

PREFIX = "/__sandbox__/"
Answer = tuple[int, dict[str, Any]]


class AdminRoutes:
    """Answers the control endpoints.

    Args:
        state: the sandbox world.
        faults: the fault plan the server consults.
    """

    def __init__(self, state: SandboxState, faults: FaultPlan) -> None:
        self.state = state
        self.faults = faults

    def call(self, method: str, path: str, body: bytes) -> Answer:
        """Answer one control request; problems come back as 400/404 bodies."""
        name = path.removeprefix(PREFIX).strip("/")
        try:
            payload = json.loads(body) if body else {}
            return self._dispatch(method, name, payload)
        except wire.ApiProblem as problem:
            return problem.status, problem.body()
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            return 400, {"title": "Invalid Request", "detail": str(exc), "status": 400}

    def _dispatch(self, method: str, name: str, payload: Any) -> Answer:
        if (method, name) == ("GET", "state"):
            return 200, self.state.snapshot()
        if (method, name) == ("POST", "faults"):
            specs = payload if isinstance(payload, list) else [payload]
            armed = [self.faults.push_json(spec).kind for spec in specs]
            return 201, {"armed": armed, "pending": self.faults.pending}
        if (method, name) == ("DELETE", "faults"):
            self.faults.clear()
            return 200, {"pending": 0}
        if (method, name) == ("POST", "mention"):
            return self._mention(payload)
        if (method, name) == ("POST", "users"):
            return self._register(payload)
        if (method, name) == ("POST", "reinstate"):
            user = self._user(payload["handle"])
            self.state.revoke(user.id, revoked=False)
            return 200, {"data": wire.user_object(user, ())}
        if (method, name) == ("POST", "follow"):
            follower = self._user(payload["follower"])
            followee = self._user(payload["followee"])
            self.state.follow(follower.id, followee.id)
            return 201, {"follower": follower.id, "followee": followee.id}
        return 404, {
            "title": "Not Found",
            "detail": f"No sandbox control {name!r}.",
            "status": 404,
        }

    def _mention(self, payload: dict[str, Any]) -> Answer:
        author = self._user(payload["from"])
        target = self._user(payload["to"])
        text = str(payload.get("text") or f"Hello @{target.handle}, a question for you.")
        if f"@{target.handle.lower()}" not in text.lower():
            text = f"@{target.handle} {text}"
        post = self.state.create_post(author.id, text, time.time())
        return 201, {"data": wire.post_object(post, ("created_at", "author_id"))}

    def _register(self, payload: dict[str, Any]) -> Answer:
        creds = payload["credentials"]
        user = self.state.add_user(
            str(payload["handle"]),
            str(payload.get("name") or payload["handle"]),
            OAuth1Credentials(
                consumer_key=str(creds["consumer_key"]),
                consumer_secret=str(creds["consumer_secret"]),
                access_token=str(creds["access_token"]),
                access_token_secret=str(creds["access_token_secret"]),
            ),
            protected=bool(payload.get("protected", False)),
        )
        return 201, {"data": wire.user_object(user, ("protected",))}

    def _user(self, handle: str) -> SandboxUser:
        user = self.state.user_by_handle(str(handle))
        if user is None:
            raise ValueError(f"no sandbox user @{handle}")
        return user
