"""A linked account's handle is X's, and the two panes never show one handle.

Found by hand in the window (sandbox): Professional pane -> Profile... ->
X handle "alex_weekends" -> Save was accepted. The professional pane then
read "Post as @alex_weekends" and the title "@alex_weekends (Professional)
· @alex_weekends (Personal)", while its posts still left from
@DrRiverCounsel. The stored handle is also what the identity_link guard
looks for, so a personal post naming the real professional handle would no
longer be caught. `dualdesk profile set` also accepts the same handle
("DrRiver" / "drriver") for both unlinked profiles.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from dualdesk.core.accounts import Profile, ProfileError, Role
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.profiles import ProfileChange, ProfileService


@pytest.fixture
def service(home: Path):  # type: ignore[no-untyped-def]
    store = SQLiteStore(home)
    yield ProfileService(store)
    store.close()


def test_a_linked_profiles_handle_is_not_replaced_by_a_typed_one(service) -> None:  # type: ignore[no-untyped-def]
    service.save_linked(Profile(role=Role.PROFESSIONAL, handle="DrRiverCounsel", x_user_id="1001"))
    with contextlib.suppress(ProfileError):  # refusing is fine too
        service.update(Role.PROFESSIONAL, ProfileChange(handle="alex_weekends"))
    assert service.profiles()[Role.PROFESSIONAL].handle == "DrRiverCounsel"


def test_both_profiles_cannot_have_one_handle(service) -> None:  # type: ignore[no-untyped-def]
    service.update(Role.PROFESSIONAL, ProfileChange(handle="DrRiver"))
    with pytest.raises(ProfileError):
        service.update(Role.PERSONAL, ProfileChange(handle="drriver"))
