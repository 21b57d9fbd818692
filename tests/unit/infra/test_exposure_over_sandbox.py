"""The exposure service over real HTTP: history here plus posts read from X."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.ports import XClient
from dualdesk.core.posts import Post, PostState
from dualdesk.infra.sandbox.demo import PROFESSIONAL_HANDLE
from dualdesk.infra.sandbox.faults import Fault
from dualdesk.infra.sandbox.server import SandboxServer
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.exposure import ExposureService
from dualdesk.services.timing import TimingService
from tests.unit.infra.conftest import ClientFactory

LONDON = ZoneInfo("Europe/London")
# Three January days (GMT) of posts at these London times, on X.
ON_X = [(day, hour, minute) for day in (5, 6, 7) for hour, minute in ((8, 0), (12, 0), (17, 0))]
ON_X += [(day, 22, 30) for day in (5, 6, 7)]


def london(day: int, hour: int, minute: int) -> datetime:
    return datetime(2026, 1, day, hour, minute, tzinfo=LONDON).astimezone(UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    store = SQLiteStore(tmp_path / "data")
    yield store
    store.close()


def _post(n: int, state: PostState, at: datetime, tweet_id: str | None = None) -> Post:
    return Post(
        id=f"p{n}",
        account=Role.PROFESSIONAL,
        text=f"post {n}",
        state=state,
        created_at=at - timedelta(hours=1),
        planned_at=at,
        tweet_id=tweet_id,
        sent_at=at if state is PostState.SENT else None,
    )


@pytest.fixture
def history(sandbox: SandboxServer, store: SQLiteStore) -> None:
    """Twelve posts on X (three also in the local history), one sent long ago, two queued."""
    pro = sandbox.state.user_by_handle(PROFESSIONAL_HANDLE)
    assert pro is not None
    for post in list(sandbox.state.posts_by(pro.id)):
        sandbox.state.delete_post(pro.id, post.id)  # the demo's own posts
    ids = [
        sandbox.state.create_post(pro.id, f"on X {n}", london(*when).timestamp()).id
        for n, when in enumerate(ON_X)
    ]
    # Sent from here: the local clock said a minute earlier than X did.
    for n, tweet_id in enumerate(ids[:3]):
        at = london(*ON_X[n]) - timedelta(minutes=1)
        store.add(_post(n, PostState.SENT, at, tweet_id))
    store.add(_post(10, PostState.SENT, london(8, 7, 0), "deleted-on-x"))
    store.add(_post(11, PostState.QUEUED, london(9, 2, 0)))
    store.add(_post(12, PostState.QUEUED, london(10, 2, 0)))
    store.add(_post(13, PostState.CANCELLED, london(10, 4, 0)))


def service(store: SQLiteStore, client: XClient | None) -> ExposureService:
    return ExposureService(store, lambda role: client, TimingService(store, "Europe/London"))


@pytest.mark.usefixtures("history")
def test_history_and_x_are_counted_once_each_in_the_accounts_zone(
    store: SQLiteStore, make_client: ClientFactory
) -> None:
    result = service(store, make_client("professional")).report(Role.PROFESSIONAL)

    assert result.note == ""
    assert result.zone == "Europe/London"
    sent = result.sent_only
    assert sent.posts == 13  # 12 on X (3 of them also here) + 1 only here
    assert {hour: n for hour, n in enumerate(sent.hist) if n} == {7: 1, 8: 3, 12: 3, 17: 3, 22: 3}
    assert sent.inferred_quiet == ("22:30", "07:00")
    assert result.from_x == 9
    assert result.queued == 2
    queued = result.with_queued
    assert queued.posts == 15
    assert queued.hist[2] == 2
    assert queued.inferred_quiet == ("17:00", "22:30")  # 02:00 posts break the night
    assert result.reports == (sent, queued)


@pytest.mark.usefixtures("history")
def test_the_zone_comes_from_the_accounts_timing_policy(
    store: SQLiteStore, make_client: ClientFactory
) -> None:
    timing = TimingService(store, "Europe/London")
    policy = timing.policy(Role.PROFESSIONAL)
    timing.set_policy(Role.PROFESSIONAL, type(policy)(zone="America/New_York"))
    client = make_client("professional")

    result = ExposureService(store, lambda role: client, timing).report(Role.PROFESSIONAL)

    assert result.zone == "America/New_York"
    assert result.sent_only.inferred_quiet == ("17:30", "02:00")


@pytest.mark.usefixtures("history")
def test_when_x_fails_the_local_history_is_used_and_the_note_says_so(
    store: SQLiteStore, sandbox: SandboxServer, make_client: ClientFactory
) -> None:
    sandbox.faults.push(Fault("5xx"), "/2/users/", method="GET", count=5)

    result = service(store, make_client("professional")).report(Role.PROFESSIONAL)

    assert result.sent_only.posts == 4
    assert result.from_x == 0
    assert "X could not be asked for the professional account's posts" in result.note
    assert "only the posts sent from dualdesk are counted" in result.note


@pytest.mark.usefixtures("history")
def test_an_unlinked_account_counts_local_history_and_says_why(store: SQLiteStore) -> None:
    result = service(store, None).report(Role.PROFESSIONAL)

    assert result.sent_only.posts == 4
    assert result.note.startswith("The professional account is not linked")
