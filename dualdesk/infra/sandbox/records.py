"""The sandbox's records: an account with its credentials, and a post."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SandboxUser:
    """An account on the sandbox, with the credentials that act for it."""

    id: str
    handle: str
    name: str
    protected: bool
    consumer_key: str
    consumer_secret: str
    access_token: str
    access_token_secret: str
    created_at: float
    revoked: bool = False


@dataclass
class SandboxPost:
    """A post on the sandbox."""

    id: str
    author_id: str
    text: str
    created_at: float
    in_reply_to: str | None = None
    in_reply_to_user_id: str | None = None
    conversation_id: str = ""
    mention_ids: list[str] = field(default_factory=list)
