from __future__ import annotations

import os
import re
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.errors import StoreError
from dualdesk.core.posts import Post, PostState
from dualdesk.infra.migrations import MIGRATIONS
from dualdesk.infra.sqlite_store import DB_NAME, SQLiteStore

T0 = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)


def test_file_is_private_and_schema_current(home: Path) -> None:
    store = SQLiteStore(home)
    mode = stat.S_IMODE(os.stat(home / DB_NAME).st_mode)
    assert mode == 0o600
    assert store.schema_version == len(MIGRATIONS)


def test_profiles_round_trip(home: Path) -> None:
    store = SQLiteStore(home)
    profile = Profile(
        Role.PERSONAL, handle="kim", email="k@x.org", markers=("Kim Lee", "kimlee.org")
    )
    store.save_profiles([profile])
    store.close()
    assert SQLiteStore(home).load_profiles() == {Role.PERSONAL: profile}


def post(n: int, account: Role = Role.PROFESSIONAL, state: PostState = PostState.QUEUED) -> Post:
    return Post(
        id=f"p{n}",
        account=account,
        text=f"post {n}",
        state=state,
        created_at=T0,
        planned_at=T0 + timedelta(minutes=n),
        zone="Europe/London",
    )


def test_outbox_filters_and_orders(home: Path) -> None:
    store = SQLiteStore(home)
    for n in range(5):
        store.add(post(n, Role.PROFESSIONAL if n % 2 else Role.PERSONAL))
    store.update(post(3).evolve(state=PostState.SENT, tweet_id="99"))
    queued_pro = store.posts(account=Role.PROFESSIONAL, states=[PostState.QUEUED])
    assert [p.id for p in queued_pro] == ["p1"]
    assert [p.id for p in store.posts(limit=2)] == ["p4", "p3"]
    sent = store.get("p3")
    assert sent is not None and sent.tweet_id == "99" and sent.zone == "Europe/London"


def test_update_cannot_move_a_post_to_the_other_account(home: Path) -> None:
    store = SQLiteStore(home)
    store.add(post(1, Role.PROFESSIONAL))
    moved = Post(**{**post(1).__dict__, "account": Role.PERSONAL})
    with pytest.raises(StoreError, match="fixed"):
        store.update(moved)
    stored = store.get("p1")
    assert stored is not None and stored.account is Role.PROFESSIONAL


def test_corrupt_file_is_a_clear_error_and_is_not_touched(home: Path) -> None:
    damaged = b"this is not a database at all" * 100
    (home / DB_NAME).write_bytes(damaged)
    with pytest.raises(StoreError, match="damaged"):
        SQLiteStore(home)
    assert (home / DB_NAME).read_bytes() == damaged


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through read-only modes")
def test_read_only_directory_is_a_clear_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(StoreError, match="--home"):
        SQLiteStore(locked / "data")


@pytest.mark.parametrize(
    ("folder_writable", "says"),
    [(False, "data directory .* is read-only"), (True, "data file .* is read-only")],
)
def test_a_read_only_error_names_what_to_make_writable(
    home: Path, monkeypatch: pytest.MonkeyPatch, folder_writable: bool, says: str
) -> None:
    store = SQLiteStore(home)
    try:
        # As root nothing is read-only, so ask the question the OS would answer for a user.
        monkeypatch.setattr(
            os, "access", lambda path, _mode: Path(path) != home or folder_writable
        )
        error = store._explain(sqlite3.OperationalError("attempt to write a readonly database"))
        assert re.search(says, str(error))
        assert "--home" in str(error)
    finally:
        store.close()


def test_newer_schema_is_refused(home: Path) -> None:
    store = SQLiteStore(home)
    store._conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    store.close()
    with pytest.raises(StoreError, match="newer dualdesk"):
        SQLiteStore(home)


def test_audit_log_newest_first(home: Path) -> None:
    store = SQLiteStore(home)
    store.record(T0, Role.PROFESSIONAL, "whereabouts", "it is fine")
    store.record(T0 + timedelta(minutes=1), None, "link", "linked")
    entries = store.entries()
    assert [e["rule"] for e in entries] == ["link", "whereabouts"]
    assert entries[1]["text"] is None


def test_do_not_follow_digests_add_remove_and_survive_reopening(home: Path) -> None:
    one, two, three = ("a" * 64, "b" * 64, "c" * 64)
    store = SQLiteStore(home)
    assert store.add_digests([one, two]) == 2
    assert store.add_digests([two, three]) == 1
    assert store.remove_digests([one, "d" * 64]) == 1
    store.close()

    reopened = SQLiteStore(home)
    assert reopened.digests() == {two, three}
    assert reopened.clear_digests() == 2
    assert reopened.digests() == frozenset()
    reopened.close()


def test_an_unwritable_place_is_a_clear_error_even_for_root() -> None:
    # /sys refuses new directories to every user, root included.
    with pytest.raises(StoreError, match="Cannot use the data directory /sys/dualdesk"):
        SQLiteStore(Path("/sys/dualdesk"))
