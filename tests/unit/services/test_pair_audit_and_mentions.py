"""The pair audit and mentions services when the keyring or the link is missing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.errors import CredentialsUnavailable, NotLinked
from dualdesk.core.pair_audit import CheckStatus
from dualdesk.core.ports import XClient
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.mentions import MentionsService
from dualdesk.services.pair_audit import PairAuditService
from dualdesk.services.profiles import ProfileService


@pytest.fixture
def store(home: Path) -> Iterator[SQLiteStore]:
    store = SQLiteStore(home)
    yield store
    store.close()


def _locked(role: Role) -> XClient | None:
    raise CredentialsUnavailable("The system keyring is locked. Unlock it and try again.")


def test_a_locked_keyring_leaves_the_audit_answering(store: SQLiteStore) -> None:
    store.save_profiles([Profile(Role.PERSONAL, handle="alex_w", x_user_id="2", protected=False)])
    checks = {c.id: c for c in PairAuditService(ProfileService(store), _locked, store).run()}

    protected = checks["personal_protected"]
    assert protected.status is CheckStatus.WARN  # last seen public
    assert "keyring is locked" in protected.message


def test_mentions_of_an_unlinked_pane_say_to_link_it(store: SQLiteStore) -> None:
    service = MentionsService(lambda role: None, store, store)
    with pytest.raises(NotLinked, match="personal account is not linked"):
        service.page(Role.PERSONAL)
