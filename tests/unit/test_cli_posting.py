"""The posting commands, in-process with pretend X accounts and guards."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from dualdesk.cli import build_parser
from dualdesk.cli_posting import EXIT_BLOCKED, EXIT_FAILED, EXIT_OK, PostingCommands
from dualdesk.core.accounts import Role
from dualdesk.core.errors import Rejected
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.posts import Draft, PostState
from dualdesk.core.timing_policy import default_policy
from dualdesk.infra.clock import SystemClock
from dualdesk.wiring import Backend
from tests.dates import THURSDAY, coming
from tests.unit.services.fake_x import FakeX

BLOCK = Finding(Rule.PHI, Severity.BLOCK, 3, 8, "A name was seen.", "Remove the name.")


def review(draft: Draft) -> list[Finding]:
    return [BLOCK] if "Alice" in draft.text else []


@pytest.fixture
def x() -> dict[Role, FakeX]:
    return {role: FakeX(SystemClock().now, role.value) for role in Role}


@pytest.fixture
def backend(home: Path, x: dict[Role, FakeX]) -> Iterator[Backend]:
    opened = Backend(home, clients=lambda role: x[role], reviewer=review)
    # Posting "now" must not depend on the hour the tests run: no windows
    # and no round-minute rule unless a test sets its own policy.
    for role in Role:
        opened.timing.set_policy(role, default_policy(Role.PERSONAL, "UTC"))
    yield opened
    opened.close()


def run(backend: Backend, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(list(argv))
    code = PostingCommands(backend, out, err).handlers()[(args.command, None)](args)
    return code, out.getvalue(), err.getvalue()


def test_post_now_sends_and_prints_one_json_document(
    backend: Backend, x: dict[Role, FakeX]
) -> None:
    code, out, _ = run(backend, "post", "--account", "personal", "--now", "--json", "Hello")
    doc = json.loads(out)
    assert code == EXIT_OK
    assert doc["state"] == "sent"
    assert doc["tweet_id"] == x[Role.PERSONAL].posts[0].id
    assert doc["account"] == "personal"
    assert datetime.fromisoformat(doc["planned_at"]).utcoffset() is not None
    assert x[Role.PROFESSIONAL].posts == []


def test_post_later_stays_queued(backend: Backend, x: dict[Role, FakeX]) -> None:
    backend.timing.set_policy(Role.PROFESSIONAL, default_policy(Role.PROFESSIONAL, "UTC"))
    # Thursday 14:07 UTC: inside the professional window and off the round minutes.
    day = coming(THURSDAY).isoformat()
    code, out, _ = run(
        backend, "post", "--account", "professional", "--at", f"{day}T15:07+01:00", "Soon"
    )
    assert code == EXIT_OK
    assert "Queued" in out and "professional" in out
    assert x[Role.PROFESSIONAL].calls == 0
    [post] = backend.posting.queue()
    assert post.planned_at == datetime.fromisoformat(f"{day}T14:07+00:00")
    assert not post.deferred


def test_post_at_night_is_deferred_into_the_window(backend: Backend) -> None:
    backend.timing.set_policy(Role.PROFESSIONAL, default_policy(Role.PROFESSIONAL, "UTC"))
    day = coming(THURSDAY).isoformat()
    code, out, _ = run(
        backend, "post", "--account", "professional", "--json", "--at", f"{day}T02:13+00:00",
        "Night thought",
    )  # fmt: skip
    assert code == EXIT_OK
    doc = json.loads(out)
    assert doc["deferred"] is True
    planned = datetime.fromisoformat(doc["planned_at"])
    assert planned.date().isoformat() == day
    assert (8, 30) <= (planned.hour, planned.minute) < (18, 0)


def test_a_blocked_post_exits_2_with_the_findings(backend: Backend) -> None:
    code, out, err = run(backend, "post", "--account", "professional", "--json", "Hi Alice")
    assert code == EXIT_BLOCKED
    assert "[phi] A name was seen." in err
    doc = json.loads(out)
    assert doc["state"] == "blocked" and doc["id"] is None
    assert doc["findings"] == [BLOCK.to_json()]
    assert backend.posting.queue() == []


def test_an_override_posts_and_is_audited(backend: Backend, x: dict[Role, FakeX]) -> None:
    code, _, _ = run(
        backend, "post", "--account", "professional", "--override", "public figure", "Hi Alice"
    )
    assert code == EXIT_OK
    assert [p.text for p in x[Role.PROFESSIONAL].posts] == ["Hi Alice"]
    assert backend.store.entries()[0]["reason"] == "public figure"


def test_a_rejected_post_exits_1_with_xs_reason(backend: Backend, x: dict[Role, FakeX]) -> None:
    x[Role.PERSONAL].failures.append(Rejected("Replies are limited in this conversation."))
    code, _, err = run(backend, "post", "--account", "personal", "Hello")
    assert code == EXIT_FAILED
    assert "Replies are limited" in err


def test_post_queues_but_does_not_send_while_another_sender_runs(
    home: Path, backend: Backend, x: dict[Role, FakeX]
) -> None:
    other = Backend(home)
    assert other.sender_lock.acquire()
    try:
        code, _, err = run(backend, "post", "--account", "personal", "Hello")
    finally:
        other.close()
    assert code == EXIT_OK
    assert "another dualdesk is sending" in err
    assert x[Role.PERSONAL].calls == 0
    assert [p.state for p in backend.posting.queue()] == [PostState.QUEUED]
