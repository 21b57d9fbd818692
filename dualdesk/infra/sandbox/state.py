"""The sandbox's world: users with their credentials, posts, follows.

Kept in one JSON file under the state directory, rewritten atomically
(temporary file, then os.replace) after every change, with a lock around
changes so the server's threads never interleave them.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import threading
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.infra.sandbox import wire
from dualdesk.infra.sandbox.records import SandboxPost, SandboxUser

STATE_FILE = "sandbox-state.json"
FIRST_USER_ID = 1_500_000_000_000_000_001
FIRST_POST_ID = 1_860_000_000_000_000_001
MENTION_RE = re.compile(r"@([A-Za-z0-9_]{1,15})")
# How many of a user's latest posts X compares a new text against.
DUPLICATE_WINDOW = 100


class SandboxState:
    """Users, posts and follows, persisted under `state_dir`.

    Args:
        state_dir: directory for the JSON file; created if missing.
        allow_duplicates: accept a text the author posted recently (X refuses
            it). For tests only: a post sent twice then shows up twice.
    """

    def __init__(self, state_dir: Path, *, allow_duplicates: bool = False) -> None:
        self.path = Path(state_dir) / STATE_FILE
        self.allow_duplicates = allow_duplicates
        self.lock = threading.RLock()
        self.users: dict[str, SandboxUser] = {}
        self.posts: list[SandboxPost] = []  # oldest first
        self.follows: list[tuple[str, str]] = []  # (follower, followee), oldest first
        self._next_user = FIRST_USER_ID
        self._next_post = FIRST_POST_ID
        Path(state_dir).mkdir(parents=True, exist_ok=True)
        if self.path.exists():
            self._load()

    @property
    def is_empty(self) -> bool:
        """Whether no user exists yet."""
        return not self.users

    # -- users ---------------------------------------------------------------

    def add_user(
        self, handle: str, name: str, credentials: OAuth1Credentials, *, protected: bool = False
    ) -> SandboxUser:
        """Register an account that `credentials` act for; returns it with its new id.

        Raises:
            ValueError: the handle or access token is taken, or the consumer key
                is already registered with another secret.
        """
        with self.lock:
            if self.user_by_handle(handle) or self.user_by_token(credentials.access_token):
                raise ValueError(f"sandbox user @{handle} or its token already exists")
            known = self.consumer_secret(credentials.consumer_key)
            if known is not None and known != credentials.consumer_secret:
                raise ValueError("that consumer key is registered with another secret")
            user = SandboxUser(
                id=str(self._next_user),
                handle=handle,
                name=name,
                protected=protected,
                consumer_key=credentials.consumer_key,
                consumer_secret=credentials.consumer_secret,
                access_token=credentials.access_token,
                access_token_secret=credentials.access_token_secret,
                created_at=time.time(),
            )
            self._next_user += 1
            self.users[user.id] = user
            self._save()
            return user

    def user_by_handle(self, handle: str) -> SandboxUser | None:
        """The user with this handle (case-insensitive, @ optional), if any."""
        with self.lock:
            wanted = handle.removeprefix("@").lower()
            return next((u for u in self.users.values() if u.handle.lower() == wanted), None)

    def user_by_token(self, access_token: str) -> SandboxUser | None:
        """The user an access token acts for, if any."""
        with self.lock:
            return next((u for u in self.users.values() if u.access_token == access_token), None)

    def consumer_secret(self, consumer_key: str) -> str | None:
        """The secret registered with a consumer key, if any."""
        with self.lock:
            return next(
                (u.consumer_secret for u in self.users.values() if u.consumer_key == consumer_key),
                None,
            )

    def revoke(self, user_id: str, revoked: bool = True) -> None:
        """Make the user's token fail from now on, as when access is revoked on X.

        `revoked=False` makes it work again (the sandbox has no PIN flow to
        issue new tokens, so a demo account is reinstated instead).
        """
        with self.lock:
            self.users[user_id].revoked = revoked
            self._save()

    # -- posts ---------------------------------------------------------------

    def create_post(
        self, author_id: str, text: str, now: float, reply_to: str | None = None
    ) -> SandboxPost:
        """Publish a post, enforcing X's duplicate and reply rules.

        Raises:
            wire.ApiProblem: 403 for a duplicate text, a reply the original
                author did not invite, or a reply to a missing post.
        """
        with self.lock:
            mine = [p for p in reversed(self.posts) if p.author_id == author_id]
            recent = mine[:DUPLICATE_WINDOW]
            if not self.allow_duplicates and any(p.text.strip() == text.strip() for p in recent):
                raise wire.forbidden(wire.DUPLICATE_DETAIL)
            parent = self.post(reply_to) if reply_to else None
            if reply_to and parent is None:
                raise wire.forbidden(wire.REPLY_TARGET_GONE_DETAIL)
            if parent and parent.author_id != author_id and author_id not in parent.mention_ids:
                raise wire.forbidden(wire.REPLY_NOT_ALLOWED_DETAIL)
            post_id = str(self._next_post)
            self._next_post += 1
            post = SandboxPost(
                id=post_id,
                author_id=author_id,
                text=text,
                created_at=now,
                in_reply_to=parent.id if parent else None,
                in_reply_to_user_id=parent.author_id if parent else None,
                conversation_id=parent.conversation_id if parent else post_id,
                mention_ids=self._mentioned(text),
            )
            self.posts.append(post)
            self._save()
            return post

    def delete_post(self, user_id: str, post_id: str) -> None:
        """Delete one of the user's posts.

        Raises:
            wire.ApiProblem: 404 if there is no such post, 403 if it is someone else's.
        """
        with self.lock:
            post = self.post(post_id)
            if post is None:
                raise wire.not_found("tweet", post_id)
            if post.author_id != user_id:
                raise wire.forbidden("You are not allowed to delete this Tweet.")
            self.posts.remove(post)
            self._save()

    def post(self, post_id: str) -> SandboxPost | None:
        """The post with this id, if it exists."""
        with self.lock:
            return next((p for p in self.posts if p.id == post_id), None)

    def posts_by(self, user_id: str) -> list[SandboxPost]:
        """The user's posts, newest first."""
        with self.lock:
            return [p for p in reversed(self.posts) if p.author_id == user_id]

    def mentions_of(self, user_id: str) -> list[SandboxPost]:
        """Posts by others that mention the user, newest first."""
        with self.lock:
            return [
                p
                for p in reversed(self.posts)
                if user_id in p.mention_ids and p.author_id != user_id
            ]

    def _mentioned(self, text: str) -> list[str]:
        found = (self.user_by_handle(h) for h in MENTION_RE.findall(text))
        return list(dict.fromkeys(u.id for u in found if u is not None))

    # -- follows -------------------------------------------------------------

    def follow(self, follower_id: str, followee_id: str) -> None:
        """Record that one user follows another (idempotent)."""
        with self.lock:
            if (follower_id, followee_id) not in self.follows:
                self.follows.append((follower_id, followee_id))
                self._save()

    def followers_of(self, user_id: str) -> list[SandboxUser]:
        """Users who follow `user_id`, most recent first."""
        with self.lock:
            return [self.users[a] for a, b in reversed(self.follows) if b == user_id]

    def following_of(self, user_id: str) -> list[SandboxUser]:
        """Users whom `user_id` follows, most recent first."""
        with self.lock:
            return [self.users[b] for a, b in reversed(self.follows) if a == user_id]

    # -- persistence ---------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """Everything but the secrets, for the admin endpoint and tests."""
        with self.lock:
            return {
                "users": [
                    {"id": u.id, "handle": u.handle, "name": u.name, "protected": u.protected,
                     "revoked": u.revoked}
                    for u in self.users.values()
                ],
                "posts": [asdict(p) for p in self.posts],
                "follows": [list(edge) for edge in self.follows],
            }  # fmt: skip

    def _save(self) -> None:
        data = {
            "next_user": self._next_user,
            "next_post": self._next_post,
            "users": [asdict(u) for u in self.users.values()],
            "posts": [asdict(p) for p in self.posts],
            "follows": [list(edge) for edge in self.follows],
        }
        fd, tmp = tempfile.mkstemp(prefix=".state-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _load(self) -> None:
        data = json.loads(self.path.read_text(encoding="utf-8"))
        self._next_user = int(data["next_user"])
        self._next_post = int(data["next_post"])
        self.users = {u["id"]: SandboxUser(**u) for u in data["users"]}
        self.posts = [SandboxPost(**p) for p in data["posts"]]
        self.follows = [(a, b) for a, b in data["follows"]]
