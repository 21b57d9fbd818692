"""Fixtures for adapter tests: a real sandbox X service on a loopback port."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.infra.sandbox.demo import DEMO_CREDENTIALS
from dualdesk.infra.sandbox.server import SandboxServer
from dualdesk.infra.x_tweepy import TweepyXClient

ClientFactory = Callable[..., TweepyXClient]


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxServer]:
    """A seeded sandbox, serving for the length of one test."""
    with SandboxServer(tmp_path / "sandbox") as server:
        yield server


@pytest.fixture
def make_client(sandbox: SandboxServer) -> Iterator[ClientFactory]:
    """Build TweepyXClients against the sandbox; timeout tests pass a short read_timeout."""
    made: list[TweepyXClient] = []

    def make(
        credentials: OAuth1Credentials | str = "professional", **kwargs: object
    ) -> TweepyXClient:
        creds = DEMO_CREDENTIALS[credentials] if isinstance(credentials, str) else credentials
        kwargs.setdefault("read_timeout", 5.0)
        kwargs.setdefault("connect_timeout", 2.0)
        client = TweepyXClient(creds, sandbox.url, **kwargs)  # type: ignore[arg-type]
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()
