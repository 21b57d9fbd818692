"""What X tells us about accounts and their posts, as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class XUser:
    """An X account as whoami, followers or following report it."""

    id: str
    handle: str
    name: str
    protected: bool = False


@dataclass(frozen=True)
class XPost:
    """A post on X: one of ours, or a mention of us."""

    id: str
    text: str
    author_id: str
    created_at: datetime | None = None
    author_handle: str = ""
    in_reply_to: str | None = None


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a listing, and the token for the next, if any."""

    items: tuple[T, ...]
    next_token: str | None = None
