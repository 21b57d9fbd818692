"""The do-not-follow list over an in-memory keyring and a real SQLite file.

Checking followers over X is in tests/unit/infra/test_donotfollow_over_sandbox.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.donotfollow import DigestKeyLost, FollowRefused, InvalidHandle, InvalidHandles
from dualdesk.core.errors import CredentialsUnavailable, NotLinked
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.donotfollow import DoNotFollowService, LastCheck
from dualdesk.services.donotfollow_list import KEY_NAME
from tests.conftest import FixedClock
from tests.unit.services.fakes_linking import MemoryCredentialStore

CLIENTS = ["@Jamie_K", "robin99", "https://x.com/Casey_Client"]


@pytest.fixture
def store(home: Path) -> Iterator[SQLiteStore]:
    store = SQLiteStore(home)
    yield store
    store.close()


@pytest.fixture
def keyring() -> MemoryCredentialStore:
    return MemoryCredentialStore()


@pytest.fixture
def service(
    store: SQLiteStore, keyring: MemoryCredentialStore, clock: FixedClock
) -> DoNotFollowService:
    return _service(store, keyring, clock)


def _service(
    store: SQLiteStore, keyring: MemoryCredentialStore, clock: FixedClock
) -> DoNotFollowService:
    return DoNotFollowService(
        store,
        keyring,
        key_account="ns/install",
        clients=lambda role: None,
        settings=store,
        clock=clock,
    )


def test_added_handles_are_found_in_any_spelling(service: DoNotFollowService) -> None:
    assert service.add(CLIENTS) == 3
    assert service.count() == 3
    assert service.contains("jamie_k")
    assert service.contains("@CASEY_CLIENT")
    assert not service.contains("someone_else")


def test_adding_again_counts_only_new_handles(service: DoNotFollowService) -> None:
    service.add(CLIENTS)
    assert service.add(["jamie_k", "new_one"]) == 1
    assert service.count() == 4


def test_the_key_is_32_random_bytes_in_the_keyring_made_once(
    service: DoNotFollowService, keyring: MemoryCredentialStore
) -> None:
    service.add(["jamie_k"])
    key = keyring.secrets[("ns/install", KEY_NAME)]
    assert len(bytes.fromhex(key)) == 32
    service.add(["robin99"])
    assert keyring.secrets[("ns/install", KEY_NAME)] == key


def test_two_installs_make_different_digests(
    home: Path, keyring: MemoryCredentialStore, clock: FixedClock
) -> None:
    one, two = SQLiteStore(home / "one"), SQLiteStore(home / "two")
    try:
        _service(one, keyring, clock).add(["jamie_k"])
        _service(two, MemoryCredentialStore(), clock).add(["jamie_k"])
        assert one.digests().isdisjoint(two.digests())
    finally:
        one.close()
        two.close()


def test_remove_takes_handles_off_the_list(service: DoNotFollowService) -> None:
    service.add(CLIENTS)
    assert service.remove(["JAMIE_K", "never_listed"]) == 1
    assert not service.contains("jamie_k")
    assert service.count() == 2


def test_a_bad_line_adds_nothing(service: DoNotFollowService, store: SQLiteStore) -> None:
    with pytest.raises(InvalidHandles, match="Line 2 "):
        service.add(["jamie_k", "not a handle"])
    assert service.count() == 0
    with pytest.raises(InvalidHandle):
        service.contains("not a handle")


def test_a_locked_keyring_stores_nothing(
    service: DoNotFollowService, keyring: MemoryCredentialStore
) -> None:
    keyring.locked = True
    with pytest.raises(CredentialsUnavailable):
        service.add(CLIENTS)
    keyring.locked = False
    assert service.count() == 0
    assert keyring.secrets == {}


def test_a_lost_key_is_reported_instead_of_silently_starting_over(
    service: DoNotFollowService, keyring: MemoryCredentialStore
) -> None:
    service.add(CLIENTS)
    keyring.secrets.clear()
    with pytest.raises(DigestKeyLost, match="donotfollow clear --yes"):
        service.add(["another"])
    with pytest.raises(DigestKeyLost):
        service.contains("jamie_k")
    assert service.clear() == 3
    assert service.add(["jamie_k"]) == 1  # a fresh key once the list is empty


def test_following_a_listed_handle_is_refused(service: DoNotFollowService) -> None:
    service.add(CLIENTS)
    with pytest.raises(FollowRefused, match="do-not-follow list") as caught:
        service.refuse_follow("@jamie_k")
    assert "jamie" not in str(caught.value).lower()
    service.refuse_follow("someone_else")  # not listed: no error


def test_an_empty_list_needs_neither_key_nor_account(
    service: DoNotFollowService, keyring: MemoryCredentialStore, clock: FixedClock
) -> None:
    result = service.check()
    assert (result.listed, result.matches, result.complete) == (0, (), True)
    assert keyring.secrets == {}
    assert service.last_check() == LastCheck(clock.now(), 0, complete=True)


def test_checking_an_unlinked_account_says_to_link_it(service: DoNotFollowService) -> None:
    service.add(CLIENTS)
    with pytest.raises(NotLinked, match="professional account is not linked"):
        service.check(Role.PROFESSIONAL)


def test_the_daily_check_runs_once_a_day(service: DoNotFollowService, clock: FixedClock) -> None:
    assert service.check_if_due() is not None
    clock.advance(hours=23)
    assert service.check_if_due() is None
    clock.advance(hours=1)
    assert service.check_if_due() is not None


def test_an_incomplete_check_is_tried_again_after_an_hour(
    service: DoNotFollowService, store: SQLiteStore, clock: FixedClock
) -> None:
    store.set_setting(
        "donotfollow_last_check", {"at": clock.now().isoformat(), "matches": 1, "complete": False}
    )
    clock.advance(minutes=59)
    assert service.check_if_due() is None
    clock.advance(minutes=1)
    assert service.check_if_due() is not None
