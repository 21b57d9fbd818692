"""Every failure X can answer with reaches callers as one of core's typed errors."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dualdesk.core.errors import (
    AuthRevoked,
    DuplicateContent,
    NotAvailableOnPlan,
    RateLimited,
    Transient,
)
from dualdesk.infra.sandbox.demo import DEMO_CREDENTIALS
from dualdesk.infra.sandbox.faults import Fault
from dualdesk.infra.sandbox.rate_limits import RateLimits
from dualdesk.infra.sandbox.server import SandboxServer
from dualdesk.infra.x_tweepy import TweepyXClient
from tests.unit.infra.conftest import ClientFactory

PRO = DEMO_CREDENTIALS["professional"]


def sandbox_texts(sandbox: SandboxServer) -> list[str]:
    return [p["text"] for p in sandbox.state.snapshot()["posts"]]


def test_server_error_is_transient(sandbox: SandboxServer, make_client: ClientFactory) -> None:
    client = make_client()
    client.whoami()
    sandbox.faults.push(Fault("5xx"), path_prefix="/2/tweets", method="POST")
    with pytest.raises(Transient, match="server error"):
        client.post("Evening reading: sleep and memory.")
    assert "Evening reading: sleep and memory." not in sandbox_texts(sandbox)


def test_a_slow_answer_is_transient(sandbox: SandboxServer, make_client: ClientFactory) -> None:
    sandbox.faults.push(Fault("timeout", delay=2.0), path_prefix="/2/users/me")
    with pytest.raises(Transient, match="did not answer in time"):
        make_client(read_timeout=0.3).whoami()


def test_a_dropped_connection_is_transient_and_nothing_was_posted(
    sandbox: SandboxServer, make_client: ClientFactory
) -> None:
    client = make_client()
    client.whoami()
    sandbox.faults.push(Fault("drop"), path_prefix="/2/tweets", method="POST")
    with pytest.raises(Transient, match="connection to X broke"):
        client.post("Walk-in hours are cancelled today.")
    assert "Walk-in hours are cancelled today." not in sandbox_texts(sandbox)
    assert client.post("Walk-in hours are cancelled today.").id


def test_a_post_lost_after_x_took_it_comes_back_as_duplicate_on_retry(
    sandbox: SandboxServer, make_client: ClientFactory
) -> None:
    client = make_client()
    client.whoami()
    sandbox.faults.push(Fault("drop_after"), path_prefix="/2/tweets", method="POST")
    with pytest.raises(Transient):
        client.post("New group starts in January.")
    assert "New group starts in January." in sandbox_texts(sandbox)
    with pytest.raises(DuplicateContent):
        client.post("New group starts in January.")


def test_too_many_requests_is_rate_limited_with_xs_reset_time(
    sandbox: SandboxServer, make_client: ClientFactory
) -> None:
    sandbox.faults.push(Fault("429"), path_prefix="/2/users/me")
    with pytest.raises(RateLimited) as caught:
        make_client().whoami()
    assert caught.value.reset_at is not None
    assert caught.value.reset_at.tzinfo is UTC
    assert caught.value.reset_at > datetime.now(UTC)


def test_the_101st_post_in_a_window_is_rate_limited(tmp_path: Path) -> None:
    start = 1_800_000_000.0
    limits = RateLimits({"POST /2/tweets": 3}, now=lambda: start)
    with SandboxServer(tmp_path / "sb", rate_limits=limits) as sandbox:
        client = TweepyXClient(PRO, sandbox.url)
        for n in range(3):
            client.post(f"Tip {n}: keep a regular wake time.")
        with pytest.raises(RateLimited) as caught:
            client.post("Tip 3: morning light helps.")
        client.close()
    assert caught.value.reset_at == datetime.fromtimestamp(start + 900, UTC)
    assert "Tip 3: morning light helps." not in sandbox_texts(sandbox)


def test_revoked_access_is_auth_revoked_from_then_on(
    sandbox: SandboxServer, make_client: ClientFactory
) -> None:
    client = make_client()
    sandbox.faults.push(Fault("revoked"), path_prefix="/2/users/me")
    with pytest.raises(AuthRevoked, match="Link the account again"):
        client.whoami()
    with pytest.raises(AuthRevoked):
        make_client().recent_posts()


@pytest.mark.parametrize("wrong", ["consumer_secret", "access_token_secret"])
def test_a_wrong_secret_fails_the_signature_and_posts_nothing(
    sandbox: SandboxServer, make_client: ClientFactory, wrong: str
) -> None:
    bad = replace(PRO, **{wrong: "not-the-right-secret"})
    with pytest.raises(AuthRevoked) as caught:
        make_client(bad, user_id="1500000000000000001").post("Should never appear.")
    assert "Should never appear." not in sandbox_texts(sandbox)
    assert "not-the-right-secret" not in str(caught.value)
    assert PRO.access_token_secret not in str(caught.value)


def test_an_endpoint_outside_the_plan_is_not_available_on_plan(
    sandbox: SandboxServer, make_client: ClientFactory
) -> None:
    client = make_client()
    client.whoami()
    sandbox.faults.push(Fault("plan"), path_prefix="/2/users/")
    with pytest.raises(NotAvailableOnPlan) as caught:
        client.followers()
    assert caught.value.feature == "reading followers"
    assert "attached to a Project" in str(caught.value)
