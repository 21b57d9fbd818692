"""The sender against the sandbox X service over real HTTP, with injected faults.

No fakes: the real Backend, Sender and TweepyXClient talk to a SandboxServer
on a loopback port, which fails requests on demand. Every test ends by
counting the text on the sandbox: a post must be there exactly once.
"""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.posts import Draft, Post, PostState
from dualdesk.infra.sandbox.demo import DEMO_CREDENTIALS, PROFESSIONAL_HANDLE
from dualdesk.infra.sandbox.faults import Fault
from dualdesk.infra.sandbox.server import SandboxServer
from dualdesk.infra.x_tweepy import TweepyXClient
from dualdesk.services.posting_ports import no_review, post_as_asked
from dualdesk.services.send_holds import HOLD_MESSAGE
from dualdesk.services.send_retry import RATE_LIMIT_MARGIN
from dualdesk.wiring import Backend

READ_TIMEOUT = 0.3
# The sandbox carries a timed-out request out this long after it arrived.
LATE_BY = 0.8


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxServer]:
    # Repeated texts are accepted, so a post sent twice shows up twice.
    with SandboxServer(tmp_path / "x-service", allow_duplicates=True) as server:
        yield server


@pytest.fixture
def backend(tmp_path: Path, sandbox: SandboxServer) -> Iterator[Backend]:
    """The real backend, with each account's real tweepy client aimed at the sandbox."""
    clients = {
        role: TweepyXClient(
            DEMO_CREDENTIALS[role.value],
            sandbox.url,
            connect_timeout=2.0,
            read_timeout=READ_TIMEOUT,
        )
        for role in Role
    }
    backend = Backend(
        tmp_path / "home", clients=clients.__getitem__, reviewer=no_review, planner=post_as_asked
    )
    yield backend
    backend.close()
    for client in clients.values():
        client.close()


def on_x(sandbox: SandboxServer, text: str) -> list[str]:
    """The ids of the sandbox's posts with this text (asked over HTTP)."""
    with urllib.request.urlopen(f"{sandbox.url}/__sandbox__/state", timeout=5) as answer:
        posts = json.load(answer)["posts"]
    return [p["id"] for p in posts if p["text"] == text]


def queue(backend: Backend, text: str, role: Role = Role.PROFESSIONAL) -> Post:
    return backend.posting.submit(Draft(role, text)).post


def stored(backend: Backend, post: Post) -> Post:
    found = backend.store.get(post.id)
    assert found is not None
    return found


def wait_for(condition: Callable[[], bool], what: str, seconds: float = 10.0) -> None:
    """Wait until the sandbox has caught up (not a speed assertion)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.02)


def later(post: Post) -> datetime:
    """A moment after the post's (new) planned time: when the scheduler would send it."""
    return max(post.planned_at, datetime.now(UTC)) + timedelta(seconds=1)


def test_a_5xx_is_retried_later_and_the_post_goes_out_once(
    backend: Backend, sandbox: SandboxServer
) -> None:
    post = queue(backend, "Sleep hygiene, part one.")
    sandbox.faults.push(Fault("5xx"), "/2/tweets", method="POST")
    now = datetime.now(UTC)

    backend.sender.send_due(now)

    waiting = stored(backend, post)
    assert waiting.state is PostState.QUEUED
    assert waiting.planned_at > now  # backed off, not hammering X
    assert "Trying again at" in waiting.error
    assert on_x(sandbox, post.text) == []

    backend.sender.send_due(later(waiting))

    sent = stored(backend, post)
    assert sent.state is PostState.SENT
    assert on_x(sandbox, post.text) == [sent.tweet_id]


def test_a_timeout_after_x_kept_the_post_is_reconciled_not_sent_again(
    backend: Backend, sandbox: SandboxServer
) -> None:
    post = queue(backend, "Sleep hygiene, part two.")
    sandbox.faults.push(Fault("timeout", delay=LATE_BY), "/2/tweets", method="POST")

    backend.sender.send_due(datetime.now(UTC))

    waiting = stored(backend, post)
    assert waiting.state is PostState.QUEUED
    assert "did not answer in time" in waiting.error
    wait_for(lambda: len(on_x(sandbox, post.text)) == 1, "the late request to land")

    backend.sender.send_due(later(waiting))

    sent = stored(backend, post)
    assert sent.state is PostState.SENT
    assert on_x(sandbox, post.text) == [sent.tweet_id]
    assert sent.attempts == 2


def test_a_lost_answer_after_x_kept_the_post_leaves_one_post(
    backend: Backend, sandbox: SandboxServer
) -> None:
    post = queue(backend, "Sleep hygiene, part three.")
    sandbox.faults.push(Fault("drop_after"), "/2/tweets", method="POST")

    backend.sender.send_due(datetime.now(UTC))

    waiting = stored(backend, post)
    assert waiting.state is PostState.QUEUED
    assert len(on_x(sandbox, post.text)) == 1  # X has it; we did not hear

    backend.sender.send_due(later(waiting))

    sent = stored(backend, post)
    assert sent.state is PostState.SENT
    assert on_x(sandbox, post.text) == [sent.tweet_id]


def test_a_429_plans_the_retry_for_the_reset_time(
    backend: Backend, sandbox: SandboxServer
) -> None:
    post = queue(backend, "Sleep hygiene, part four.")
    sandbox.faults.push(Fault("429"), "/2/tweets", method="POST")
    before = time.time()

    backend.sender.send_due(datetime.now(UTC))

    after = time.time()
    waiting = stored(backend, post)
    assert waiting.state is PostState.QUEUED
    assert "rate-limiting" in waiting.error
    # The sandbox's window resets 15 minutes on, in whole epoch seconds.
    reset = (waiting.planned_at - RATE_LIMIT_MARGIN).timestamp()
    assert reset == int(reset)
    assert int(before) + 900 <= reset <= after + 900
    assert on_x(sandbox, post.text) == []

    backend.sender.send_due(waiting.planned_at - timedelta(seconds=10))
    assert stored(backend, post).state is PostState.QUEUED  # not before the reset

    backend.sender.send_due(waiting.planned_at)

    sent = stored(backend, post)
    assert sent.state is PostState.SENT
    assert on_x(sandbox, post.text) == [sent.tweet_id]


def test_a_revoked_token_holds_the_account_until_it_is_linked_again(
    backend: Backend, sandbox: SandboxServer
) -> None:
    first = queue(backend, "Sleep hygiene, part five.")
    second = queue(backend, "Sleep hygiene, part six.")
    personal = queue(backend, "Lake swim this morning, brr.", Role.PERSONAL)
    sandbox.faults.push(Fault("revoked"), "/2/tweets", method="POST")

    backend.sender.send_due(datetime.now(UTC))

    for post in (first, second):
        held = stored(backend, post)
        assert held.state is PostState.QUEUED
        assert held.error == HOLD_MESSAGE
        assert on_x(sandbox, post.text) == []
    assert "re-link" in HOLD_MESSAGE
    assert backend.sender.held(Role.PROFESSIONAL) == HOLD_MESSAGE
    assert stored(backend, personal).state is PostState.SENT  # the other account goes on
    user = sandbox.state.user_by_handle(PROFESSIONAL_HANDLE)
    assert user is not None and user.revoked

    third = queue(backend, "Sleep hygiene, part seven.")
    backend.sender.send_due(later(stored(backend, third)))
    assert stored(backend, third).error == HOLD_MESSAGE  # held without asking X

    sandbox.state.revoke(user.id, revoked=False)  # linked again
    backend.sender.release_hold(Role.PROFESSIONAL)
    backend.sender.send_due(later(stored(backend, third)))

    for post in (first, second, third):
        sent = stored(backend, post)
        assert sent.state is PostState.SENT
        assert on_x(sandbox, post.text) == [sent.tweet_id]


def test_a_retry_that_overtakes_a_slow_x_relies_on_x_refusing_the_repeat(
    tmp_path: Path,
) -> None:
    """X keeps working on a timed-out post after the retry already went out.

    The retry looks on X first and finds nothing (X has not finished), so it
    posts again. Only X's refusal of a repeated text then keeps the account
    from showing the post twice: this test uses a sandbox that refuses
    repeats, as X does.
    """
    with SandboxServer(tmp_path / "strict-x") as strict:
        client = TweepyXClient(DEMO_CREDENTIALS["personal"], strict.url, read_timeout=READ_TIMEOUT)
        backend = Backend(
            tmp_path / "home",
            clients=lambda role: client,
            reviewer=no_review,
            planner=post_as_asked,
        )
        try:
            post = queue(backend, "Bread came out flat again.", Role.PERSONAL)
            strict.faults.push(Fault("timeout", delay=LATE_BY), "/2/tweets", method="POST")
            started = time.monotonic()

            backend.sender.send_due(datetime.now(UTC))
            backend.sender.send_due(later(stored(backend, post)))  # before X is done

            sent = stored(backend, post)
            assert sent.state is PostState.SENT
            time.sleep(max(0.0, started + LATE_BY + 0.3 - time.monotonic()))
            assert on_x(strict, post.text) == [sent.tweet_id]
        finally:
            backend.close()
            client.close()
