"""The pair audit asking the sandbox X service about the personal account."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.pair_audit import CheckStatus
from dualdesk.core.ports import XClient
from dualdesk.infra.sandbox.faults import Fault
from dualdesk.infra.sandbox.server import SandboxServer
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.pair_audit import PairAuditService
from dualdesk.services.profiles import ProfileService
from tests.unit.infra.conftest import ClientFactory
from tests.unit.infra.sandbox_people import personal, professional


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    store = SQLiteStore(tmp_path / "data")
    yield store
    store.close()


@pytest.fixture
def asked(sandbox: SandboxServer) -> list[Role]:
    return []


@pytest.fixture
def service(
    sandbox: SandboxServer, store: SQLiteStore, make_client: ClientFactory, asked: list[Role]
) -> PairAuditService:
    me = personal(sandbox)
    store.save_profiles(
        [
            Profile(Role.PERSONAL, handle=me.handle, email="alex@gmail.com", x_user_id=me.id),
            Profile(Role.PROFESSIONAL, handle=professional(sandbox).handle,
                    email="office@riverapractice.org"),  # not linked
        ]
    )  # fmt: skip

    def clients(role: Role) -> XClient | None:
        asked.append(role)
        return make_client(role.value)

    return PairAuditService(ProfileService(store), clients, store)


def _check(service: PairAuditService, check_id: str) -> tuple[CheckStatus, str]:
    found = {c.id: c for c in service.run()}[check_id]
    return found.status, found.message


def test_a_protected_personal_account_passes_and_only_linked_accounts_are_asked(
    service: PairAuditService, asked: list[Role], store: SQLiteStore
) -> None:
    status, message = _check(service, "personal_protected")
    assert status is CheckStatus.OK
    assert "@alex_weekends is protected" in message
    assert asked == [Role.PERSONAL]
    assert store.load_profiles()[Role.PERSONAL].protected is True  # saved as X reports it


def test_a_personal_account_made_public_on_x_is_warned_and_remembered(
    sandbox: SandboxServer, service: PairAuditService, store: SQLiteStore
) -> None:
    service.run()
    sandbox.state.users[personal(sandbox).id].protected = False

    status, message = _check(service, "personal_protected")

    assert status is CheckStatus.WARN
    assert "is public" in message
    assert store.load_profiles()[Role.PERSONAL].protected is False


def test_when_x_fails_the_audit_still_answers_from_what_was_last_seen(
    sandbox: SandboxServer, service: PairAuditService
) -> None:
    service.run()
    sandbox.faults.push(Fault("5xx"), path_prefix="/2/users/me")

    status, message = _check(service, "personal_protected")

    assert status is CheckStatus.OK
    assert "as last seen" in message and "server error" in message


def test_answers_are_remembered_between_runs(
    service: PairAuditService, store: SQLiteStore
) -> None:
    service.set_answer("separate_phone_numbers", False)
    service.set_answer("contacts_not_uploaded", True)
    again = PairAuditService(ProfileService(store), lambda role: None, store)

    checks = {c.id: c.status for c in again.run()}

    assert checks["separate_phone_numbers"] is CheckStatus.WARN
    assert checks["contacts_not_uploaded"] is CheckStatus.OK
    assert checks["email_discoverability"] is CheckStatus.UNKNOWN
    again.set_answer("separate_phone_numbers", None)
    assert again.answers()["separate_phone_numbers"] is None
    with pytest.raises(ValueError, match="not a checklist item"):
        again.set_answer("personal_protected", True)
