"""Helpers that populate the sandbox for the hygiene tests."""

from __future__ import annotations

import time

from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.infra.sandbox.demo import (
    DEMO_CONSUMER_KEY,
    DEMO_CONSUMER_SECRET,
    PERSONAL_HANDLE,
    PROFESSIONAL_HANDLE,
)
from dualdesk.infra.sandbox.records import SandboxUser
from dualdesk.infra.sandbox.server import SandboxServer


def add_person(sandbox: SandboxServer, handle: str, *, protected: bool = False) -> SandboxUser:
    """Register an account on the sandbox with throwaway credentials."""
    creds = OAuth1Credentials(
        DEMO_CONSUMER_KEY, DEMO_CONSUMER_SECRET, f"token-{handle}", f"token-secret-{handle}"
    )
    return sandbox.state.add_user(handle, handle.title(), creds, protected=protected)


def professional(sandbox: SandboxServer) -> SandboxUser:
    user = sandbox.state.user_by_handle(PROFESSIONAL_HANDLE)
    assert user is not None
    return user


def personal(sandbox: SandboxServer) -> SandboxUser:
    user = sandbox.state.user_by_handle(PERSONAL_HANDLE)
    assert user is not None
    return user


def mention(sandbox: SandboxServer, author: SandboxUser, target: SandboxUser, text: str) -> str:
    """Make `author` post `text` mentioning `target`; return the post id."""
    body = text if f"@{target.handle}" in text else f"@{target.handle} {text}"
    return sandbox.state.create_post(author.id, body, time.time()).id
