"""The do-not-follow check over real HTTP: followers and following, paging, errors."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.donotfollow import Relation
from dualdesk.core.errors import AuthRevoked
from dualdesk.core.ports import XClient
from dualdesk.core.timeline import Page, XUser
from dualdesk.infra.sandbox.faults import Fault
from dualdesk.infra.sandbox.server import SandboxServer
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.donotfollow import DoNotFollowService
from tests.conftest import FixedClock
from tests.unit.infra.conftest import ClientFactory
from tests.unit.infra.sandbox_people import add_person, professional
from tests.unit.services.fakes_linking import MemoryCredentialStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    store = SQLiteStore(tmp_path / "data")
    yield store
    store.close()


@pytest.fixture
def later_fault() -> list[Fault]:
    """Put a fault here to have it hit the request after the first page of followers."""
    return []


@pytest.fixture
def service(
    store: SQLiteStore,
    make_client: ClientFactory,
    clock: FixedClock,
    sandbox: SandboxServer,
    later_fault: list[Fault],
) -> DoNotFollowService:
    def clients(role: Role) -> XClient | None:
        client = make_client(role.value)
        if later_fault:
            return _FaultAfterFirstPage(client, sandbox, later_fault[0])  # type: ignore[return-value]
        return client

    return DoNotFollowService(
        store,
        MemoryCredentialStore(),
        key_account="install",
        clients=clients,
        settings=store,
        clock=clock,
        page_size=10,
    )


@pytest.fixture
def crowd(sandbox: SandboxServer) -> list[str]:
    """25 more followers of the professional account, so the check needs three pages."""
    pro = professional(sandbox)
    handles = [f"reader_{n:02d}" for n in range(25)]
    for handle in handles:
        sandbox.state.follow(add_person(sandbox, handle).id, pro.id)
    return handles


def test_followers_on_every_page_and_followed_accounts_are_found(
    sandbox: SandboxServer, service: DoNotFollowService, crowd: list[str]
) -> None:
    pro = professional(sandbox)
    sandbox.state.follow(pro.id, add_person(sandbox, "Casey_Client").id)
    # reader_24 is on the first page of followers, reader_00 on the last
    service.add(["@READER_24", "reader_00", "casey_client", "sam_reads", "not_on_x"])

    result = service.check()

    assert result.complete
    assert result.followers_checked == 28
    assert result.following_checked == 2
    found = {(m.handle, m.relation) for m in result.matches}
    assert found == {
        ("reader_24", Relation.FOLLOWER),
        ("reader_00", Relation.FOLLOWER),
        ("sam_reads", Relation.FOLLOWER),
        ("Casey_Client", Relation.FOLLOWING),
    }
    messages = [m.message for m in result.matches]
    assert "@reader_24 follows your professional account — consider raising it in session." in (
        messages
    )
    assert "Your professional account follows @Casey_Client" in messages[-1]


class _FaultAfterFirstPage:
    """The real client, with a fault armed once its first page of followers is read."""

    def __init__(self, client: XClient, sandbox: SandboxServer, fault: Fault) -> None:
        self._client = client
        self._sandbox = sandbox
        self._fault = fault

    def __getattr__(self, name: str) -> object:
        return getattr(self._client, name)

    def followers(self, limit: int = 100, pagination_token: str | None = None) -> Page[XUser]:
        page = self._client.followers(limit, pagination_token)
        self._sandbox.faults.push(self._fault, path_prefix="/2/users/", count=1)
        return page


@pytest.mark.parametrize(
    ("fault", "said"),
    [
        (Fault("429"), "rate-limiting reading followers"),
        (Fault("5xx"), "server error while reading followers"),
    ],
)
@pytest.mark.usefixtures("crowd")
def test_an_error_on_a_later_page_keeps_what_was_read_and_says_so(
    sandbox: SandboxServer,
    service: DoNotFollowService,
    later_fault: list[Fault],
    fault: Fault,
    said: str,
) -> None:
    pro = professional(sandbox)
    sandbox.state.follow(pro.id, add_person(sandbox, "casey_client").id)
    later_fault.append(fault)
    service.add(["reader_24", "reader_00", "casey_client"])

    result = service.check()

    assert not result.complete
    assert said in result.problems[0]
    assert result.followers_checked == 10
    assert {m.handle for m in result.matches} == {"reader_24", "casey_client"}
    assert result.following_checked == 2  # the other list was still read


def test_following_outside_the_plan_is_reported_and_followers_still_checked(
    sandbox: SandboxServer, service: DoNotFollowService
) -> None:
    service.add(["sam_reads"])
    pro = professional(sandbox)
    sandbox.faults.push(Fault("plan"), path_prefix=f"/2/users/{pro.id}/following")

    result = service.check()

    assert [m.handle for m in result.matches] == ["sam_reads"]
    assert len(result.problems) == 1
    assert "does not include reading followed accounts" in result.problems[0]


def test_revoked_tokens_stop_the_check(
    sandbox: SandboxServer, service: DoNotFollowService
) -> None:
    service.add(["sam_reads"])
    sandbox.faults.push(Fault("revoked"), path_prefix="/2/users/")
    with pytest.raises(AuthRevoked, match="Link the account again"):
        service.check()


def test_no_listed_handle_reaches_a_log_or_the_data_dir(
    sandbox: SandboxServer,
    service: DoNotFollowService,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    pro = professional(sandbox)
    sandbox.state.follow(add_person(sandbox, "Wilhelmina_Z9").id, pro.id)
    caplog.set_level(logging.DEBUG)  # every logger, urllib3 and the sandbox included

    service.add(["@WILHELMINA_Z9", "https://x.com/Octavius_Rue"])
    result = service.check()
    assert [m.handle for m in result.matches] == ["Wilhelmina_Z9"]
    logging.getLogger("test").debug("result: %r %s", result.matches[0], result.matches)

    assert caplog.records  # the capture saw the HTTP traffic
    text = caplog.text.lower()
    assert "wilhelmina" not in text and "octavius" not in text
    for path in (tmp_path / "data").rglob("*"):
        data = path.read_bytes().lower() if path.is_file() else b""
        assert b"wilhelmina" not in data and b"octavius" not in data, path
