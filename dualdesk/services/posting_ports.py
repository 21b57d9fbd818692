"""What the posting pipeline is given: guards, timing, X clients, storage.

The composition root passes the real guards, timing core and X adapters;
the defaults here let the pipeline run before those are wired (no review,
no deferral).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from dualdesk.core.accounts import Role
from dualdesk.core.errors import DualdeskError
from dualdesk.core.findings import Finding
from dualdesk.core.ports import Outbox, XClient
from dualdesk.core.posts import Draft, Plan, Post, PostState

Reviewer = Callable[[Draft], list[Finding]]
"""Runs every guard over a draft and returns what they found."""

Planner = Callable[[Role, datetime, datetime | None, Sequence[datetime]], Plan]
"""(account, now, requested time or None for "now", other account's times) -> Plan."""

Replanner = Callable[[Role, datetime, datetime], Plan]
"""(account, the planned time that passed, now) -> a new Plan for an overdue post."""

ClientProvider = Callable[[Role], XClient]
"""Returns the account's X client; raises NotLinked, AuthRevoked or CredentialsUnavailable."""

PostListener = Callable[[Post], None]
"""Told about every post whose stored state changed."""


class Settings(Protocol):
    """Small JSON settings (the SQLite store implements this)."""

    def get_setting(self, key: str, default: object = None) -> object:
        """Return a setting, or `default`."""
        ...

    def set_setting(self, key: str, value: object) -> None:
        """Store a setting."""
        ...


class SendingOutbox(Outbox, Protocol):
    """The outbox with the two atomic steps that keep sending exactly-once."""

    def claim(self, post_id: str, attempt_id: str, now: datetime) -> Post | None:
        """Move a due queued post to sending (attempts+1) atomically, or return None."""
        ...

    def update_if(self, post: Post, state: PostState, attempts: int) -> bool:
        """Replace a post only if it is still in `state` after `attempts` tries."""
        ...


# Setting that lets the audit log keep the text of overridden posts.
AUDIT_KEEPS_TEXT = "audit.keep_text"


def no_review(draft: Draft) -> list[Finding]:
    """Reviewer used until the guards are wired: finds nothing."""
    return []


def post_as_asked(
    account: Role, now: datetime, requested: datetime | None, others: Sequence[datetime]
) -> Plan:
    """Planner used until the timing core is wired: the asked time, never deferred."""
    return Plan(planned_at=requested or now, zone="UTC")


def replan_now(account: Role, planned_at: datetime, now: datetime) -> Plan:
    """Replanner used until the timing core is wired: send an overdue post now."""
    return Plan(planned_at=now, zone="UTC")


class Blocked(DualdeskError):
    """A guard blocked the draft and no reason to override was given.

    Attributes:
        findings: everything the guards found (at least one block).
    """

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = list(findings)
        names = ", ".join(sorted({f.rule.value for f in self.findings if f.severity == "block"}))
        super().__init__(
            f"Not queued: the {names} check blocked this post. "
            "Change the text, or give a reason to override it."
        )


class InvalidPost(DualdeskError):
    """The text or time cannot be posted; the message says why and what to do."""


class NotChangeable(DualdeskError):
    """The post is no longer waiting in the queue, so it cannot be changed."""
