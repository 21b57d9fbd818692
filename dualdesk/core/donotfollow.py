"""The do-not-follow list in pure form: handle normalising and keyed digests.

The list holds the handles of the clinician's clients. dualdesk never keeps
such a handle in plain text: it keeps HMAC-SHA256 digests of the normalised
handle under a per-install key, and compares handles X returns by digesting
them the same way. Nothing here ever puts a handle into an error message, so
an error that reaches a log or a terminal leaks no client.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from dualdesk.core.errors import DualdeskError

_HANDLE_RE = re.compile(r"^[a-z0-9_]{1,15}$")
# A profile address pasted instead of a handle: x.com/name, twitter.com/name.
_PROFILE_URL_RE = re.compile(
    r"^(?:https?://)?(?:www\.|mobile\.)?(?:x|twitter)\.com/([^/?#\s]+)/?(?:[?#].*)?$",
    re.IGNORECASE,
)
KEY_BYTES = 32


class InvalidHandles(DualdeskError):
    """Some entries are not X handles; the message names lines, never the text."""

    def __init__(self, line_numbers: Iterable[int]) -> None:
        self.line_numbers = tuple(line_numbers)
        shown = ", ".join(str(n) for n in self.line_numbers[:10])
        more = " and more" if len(self.line_numbers) > 10 else ""
        super().__init__(
            f"Line {shown}{more} is not an X handle (1-15 letters, digits or underscores, "
            "with or without @). Nothing was changed: correct the list and try again."
        )


class InvalidHandle(DualdeskError):
    """One entry is not an X handle; the message does not repeat it."""

    def __init__(self) -> None:
        super().__init__(
            "That is not an X handle: use 1-15 letters, digits or underscores, with or without @."
        )


class FollowRefused(DualdeskError):
    """A follow was refused because the account is on the do-not-follow list."""

    def __init__(self) -> None:
        super().__init__(
            "dualdesk will not follow this account: it is on your do-not-follow list."
        )


class DigestKeyLost(DualdeskError):
    """Digests exist but the key that made them is no longer in the keyring."""

    def __init__(self) -> None:
        super().__init__(
            "The do-not-follow list cannot be checked: its key is no longer in the system "
            "keyring (was the keyring reset?). Clear the list with `dualdesk donotfollow "
            "clear --yes` and enter the handles again."
        )


def normalise(handle: str) -> str | None:
    """Return the handle as digested (no @, lower case), or None if it is not one.

    A profile address such as https://x.com/Name is accepted too.
    """
    value = handle.strip()
    found = _PROFILE_URL_RE.match(value)
    if found:
        value = found.group(1)
    value = value.removeprefix("@").lower()
    return value if _HANDLE_RE.match(value) else None


def parse_handles(lines: Iterable[str]) -> list[str]:
    """Return the normalised handles in `lines`, skipping blanks and # comments.

    Raises:
        InvalidHandles: some line is not a handle (the error names line numbers only).
    """
    handles: list[str] = []
    bad: list[int] = []
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        handle = normalise(text)
        if handle is None:
            bad.append(number)
        else:
            handles.append(handle)
    if bad:
        raise InvalidHandles(bad)
    return list(dict.fromkeys(handles))


def digest(key: bytes, handle: str) -> str:
    """Return the hex HMAC-SHA256 of a normalised handle under `key`."""
    return hmac.new(key, handle.encode("ascii"), hashlib.sha256).hexdigest()


class Relation(StrEnum):
    """How a listed account is connected to the professional account."""

    FOLLOWER = "follower"
    FOLLOWING = "following"


@dataclass(frozen=True, repr=False)
class Match:
    """A listed account found among followers or following. Kept in memory only.

    Attributes:
        handle: the handle as X returned it (shown to the clinician, never stored).
        relation: follower or following.
    """

    handle: str
    relation: Relation

    def __repr__(self) -> str:
        return f"Match(handle='***', relation={self.relation.value!r})"

    __str__ = __repr__

    @property
    def message(self) -> str:
        """The private note shown to the clinician."""
        if self.relation is Relation.FOLLOWER:
            return (
                f"@{self.handle} follows your professional account — consider raising it "
                "in session."
            )
        return (
            f"Your professional account follows @{self.handle} — consider unfollowing them on X."
        )


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check of the professional account against the list.

    Attributes:
        checked_at: when the check ran (UTC).
        listed: how many handles the list holds.
        matches: listed accounts found, followers first.
        followers_checked: how many followers were compared.
        following_checked: how many followed accounts were compared.
        problems: what could not be read, in words (empty when complete).
    """

    checked_at: datetime
    listed: int
    matches: tuple[Match, ...] = ()
    followers_checked: int = 0
    following_checked: int = 0
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def complete(self) -> bool:
        """Whether both lists were read to the end."""
        return not self.problems
