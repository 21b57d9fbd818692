"""The PIN flow over HTTP against a small OAuth 1.0a server that checks signatures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dualdesk.core.errors import RateLimited, Rejected, Transient
from dualdesk.infra.x_pin_flow import OAuth1PinFlow
from tests.unit.infra.oauth_server import (
    ACCESS_TOKEN,
    CONSUMER,
    PIN,
    OAuthServer,
    running_oauth_server,
)


@pytest.fixture
def server() -> Iterator[OAuthServer]:
    with running_oauth_server() as server:
        yield server


@pytest.fixture
def flow(server: OAuthServer) -> OAuth1PinFlow:
    return OAuth1PinFlow(server.url + "/", timeout=10)


def test_the_pin_becomes_the_accounts_access_token(
    flow: OAuth1PinFlow, server: OAuthServer
) -> None:
    session = flow.begin(*CONSUMER)

    assert session.authorize_url == f"{flow.base_url}/oauth/authorize?oauth_token=req-token"
    assert server.seen_callbacks == ["oob"]
    assert "REQ-SECRET-9" not in repr(session)
    assert "APP-SECRET-9" not in repr(session)

    creds = flow.finish(session, PIN)

    assert (creds.access_token, creds.access_token_secret) == ACCESS_TOKEN
    assert (creds.consumer_key, creds.consumer_secret) == CONSUMER
    assert "ACC-SECRET-9" not in repr(creds)


def test_a_wrong_consumer_secret_is_rejected_without_echoing_it(flow: OAuth1PinFlow) -> None:
    with pytest.raises(Rejected, match="API key and secret") as caught:
        flow.begin(CONSUMER[0], "WRONG-SECRET")

    assert "WRONG-SECRET" not in str(caught.value)


def test_a_wrong_pin_is_rejected(flow: OAuth1PinFlow) -> None:
    session = flow.begin(*CONSUMER)

    with pytest.raises(Rejected, match="did not accept the PIN"):
        flow.finish(session, "0000000")


def test_rate_limits_and_server_errors_are_typed(flow: OAuth1PinFlow, server: OAuthServer) -> None:
    server.status = 429
    with pytest.raises(RateLimited) as caught:
        flow.begin(*CONSUMER)
    assert caught.value.reset_at is not None
    assert caught.value.reset_at.year == 2030

    server.status = 503
    with pytest.raises(Transient):
        flow.begin(*CONSUMER)


def test_an_unreachable_host_is_transient() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # Nothing listens on the port now.
    with pytest.raises(Transient, match="Cannot reach X"):
        OAuth1PinFlow(f"http://127.0.0.1:{port}", timeout=5).begin(*CONSUMER)
