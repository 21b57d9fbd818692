"""Linking and unlinking accounts: what is saved, what is refused, what is left."""

from __future__ import annotations

from pathlib import Path

import pytest

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.core.errors import AuthRevoked, CredentialsUnavailable, StoreError
from dualdesk.core.linking import LinkRefused
from dualdesk.core.timeline import XUser
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.credentials import SECRET_NAMES, AccountSecrets
from dualdesk.services.linking import LinkService
from dualdesk.services.profiles import ProfileChange, ProfileService
from tests.conftest import FixedClock
from tests.unit.services.fakes_linking import FakeX, MemoryCredentialStore

PRO = Role.PROFESSIONAL
PER = Role.PERSONAL

PRO_CREDS = OAuth1Credentials("app-key", "APP-SECRET-1", "pro-token", "PRO-TOKEN-SECRET-1")
PER_CREDS = OAuth1Credentials("app-key", "APP-SECRET-1", "per-token", "PER-TOKEN-SECRET-1")
SECRET_STRINGS = ("APP-SECRET-1", "PRO-TOKEN-SECRET-1", "PER-TOKEN-SECRET-1", "pro-token")


class Setup:
    def __init__(self, home: Path, clock: FixedClock) -> None:
        self.home = home
        self.store = SQLiteStore(home)
        self.profiles = ProfileService(self.store)
        self.keyring = MemoryCredentialStore()
        self.secrets = AccountSecrets(self.keyring, namespace="ns1")
        self.x = FakeX()
        self.x.add("pro-token", XUser(id="101", handle="DrRivera", name="Dr. A. Rivera"))
        self.x.add("per-token", XUser(id="202", handle="ari_plays", name="Ari", protected=True))
        self.service = LinkService(
            self.profiles, self.secrets, self.x.client, audit=self.store, clock=clock
        )
        self.profiles.update(PRO, ProfileChange(email="office@riverapractice.org", markers=["R"]))
        self.profiles.update(PER, ProfileChange(email="ari.plays@gmail.com"))

    def saved(self) -> dict[Role, Profile]:
        """The profiles as a fresh reader of the data directory sees them."""
        return ProfileService(SQLiteStore(self.home)).profiles()


@pytest.fixture
def setup(home: Path, clock: FixedClock) -> Setup:
    return Setup(home, clock)


def test_link_saves_what_x_reports_and_keeps_keys_in_the_keyring(setup: Setup) -> None:
    profile = setup.service.link(PER, PER_CREDS)

    saved = setup.saved()[PER]
    assert saved == profile
    assert (saved.handle, saved.display_name, saved.x_user_id) == ("ari_plays", "Ari", "202")
    assert saved.protected is True
    assert saved.email == "ari.plays@gmail.com"
    assert setup.secrets.load(PER) == PER_CREDS
    assert setup.secrets.load(PRO) is None
    assert setup.store.entries()[0]["rule"] == "link"


def test_link_without_email_is_refused_before_asking_x(setup: Setup) -> None:
    setup.profiles.update(PRO, ProfileChange(email=""))
    before = setup.saved()

    with pytest.raises(LinkRefused, match=r"dualdesk profile set professional --email"):
        setup.service.link(PRO, PRO_CREDS)

    assert setup.x.whoami_calls == 0
    assert setup.saved() == before
    assert setup.keyring.secrets == {}


def test_link_with_a_shared_mailbox_is_refused(setup: Setup) -> None:
    # Saved by an older version, bypassing the profile service's check.
    pair = setup.saved()
    setup.store.save_profiles([pair[PER].with_changes(email="Office+me@RiveraPractice.org")])
    before = setup.saved()

    with pytest.raises(LinkRefused, match="same mailbox"):
        setup.service.link(PRO, PRO_CREDS)

    assert setup.saved() == before
    assert setup.keyring.secrets == {}


def test_the_same_x_account_on_both_panes_is_refused(setup: Setup) -> None:
    setup.service.link(PRO, PRO_CREDS)
    before = setup.saved()
    keys_before = dict(setup.keyring.secrets)
    same_account = OAuth1Credentials("app-key", "APP-SECRET-1", "pro-token-2", "OTHER-SECRET")
    setup.x.add("pro-token-2", XUser(id="101", handle="DrRivera", name="Dr. A. Rivera"))

    with pytest.raises(LinkRefused, match="already linked to the professional pane"):
        setup.service.link(PER, same_account)

    assert setup.saved() == before
    assert setup.keyring.secrets == keys_before
    assert setup.secrets.load(PRO) == PRO_CREDS


def test_keys_of_another_handle_than_the_profile_names_are_refused(setup: Setup) -> None:
    setup.profiles.update(PRO, ProfileChange(handle="@DrRivera"))

    with pytest.raises(LinkRefused, match="belong to @ari_plays"):
        setup.service.link(PRO, PER_CREDS)

    assert not setup.saved()[PRO].linked
    assert setup.keyring.secrets == {}


def test_keys_x_refuses_change_nothing(setup: Setup) -> None:
    setup.x.revoked.add("pro-token")

    with pytest.raises(AuthRevoked):
        setup.service.link(PRO, PRO_CREDS)

    assert not setup.saved()[PRO].linked
    assert setup.keyring.secrets == {}


def test_a_locked_keyring_changes_nothing(setup: Setup) -> None:
    setup.keyring.locked = True

    with pytest.raises(CredentialsUnavailable, match="locked"):
        setup.service.link(PRO, PRO_CREDS)

    assert not setup.saved()[PRO].linked
    assert setup.keyring.secrets == {}


class BrokenProfileStore:
    """Reads like the real store; refuses every save."""

    def __init__(self, store: SQLiteStore) -> None:
        self._store = store

    def load_profiles(self) -> dict[Role, Profile]:
        return self._store.load_profiles()

    def save_profiles(self, profiles: object) -> None:
        raise StoreError("The disk is full: free some space and try again.")


def test_a_profile_that_cannot_be_saved_takes_the_new_keys_back_out(setup: Setup) -> None:
    service = LinkService(
        ProfileService(BrokenProfileStore(setup.store)), setup.secrets, setup.x.client
    )

    with pytest.raises(StoreError):
        service.link(PRO, PRO_CREDS)

    assert setup.keyring.secrets == {}
    assert not setup.saved()[PRO].linked


def test_a_failed_relink_puts_the_old_keys_back(setup: Setup) -> None:
    setup.service.link(PRO, PRO_CREDS)
    setup.x.add("pro-token-new", XUser(id="101", handle="DrRivera", name="Dr. A. Rivera"))
    service = LinkService(
        ProfileService(BrokenProfileStore(setup.store)), setup.secrets, setup.x.client
    )

    with pytest.raises(StoreError):
        service.link(PRO, OAuth1Credentials("app-key", "APP-SECRET-1", "pro-token-new", "NEW"))

    assert setup.secrets.load(PRO) == PRO_CREDS


def test_unlink_forgets_keys_and_x_id_but_keeps_the_profile(setup: Setup) -> None:
    setup.service.link(PRO, PRO_CREDS)
    setup.service.link(PER, PER_CREDS)

    assert setup.service.unlink(PRO) is True

    saved = setup.saved()
    assert not saved[PRO].linked
    assert saved[PRO].handle == "DrRivera"
    assert saved[PRO].email == "office@riverapractice.org"
    assert saved[PRO].markers == ("R",)
    assert setup.secrets.load(PRO) is None
    assert not [key for key in setup.keyring.secrets if key[0] == "ns1/professional"]
    assert saved[PER].linked
    assert setup.secrets.load(PER) == PER_CREDS


def test_unlink_of_an_unlinked_account_is_a_no_op(setup: Setup) -> None:
    before = setup.saved()

    assert setup.service.unlink(PRO) is False

    assert setup.saved() == before


def test_unlink_removes_stray_keys_of_an_unlinked_profile(setup: Setup) -> None:
    setup.secrets.save(PRO, PRO_CREDS)

    assert setup.service.unlink(PRO) is True
    assert setup.keyring.secrets == {}


def test_unlink_with_a_locked_keyring_keeps_the_link(setup: Setup) -> None:
    setup.service.link(PRO, PRO_CREDS)
    setup.keyring.locked = True

    with pytest.raises(CredentialsUnavailable):
        setup.service.unlink(PRO)

    assert setup.saved()[PRO].linked
    assert setup.service.unlink(PER) is False  # not linked: nothing to unlock for


def test_no_secret_reaches_the_data_directory(setup: Setup) -> None:
    setup.service.link(PRO, PRO_CREDS)
    setup.service.link(PER, PER_CREDS)
    setup.service.unlink(PRO)
    setup.store.close()

    files = [p for p in setup.home.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for secret in SECRET_STRINGS:
            assert secret.encode() not in data, f"{secret} found in {path.name}"


def test_secrets_are_saved_all_or_nothing() -> None:
    keyring = MemoryCredentialStore()
    secrets = AccountSecrets(keyring)
    secrets.save(PRO, PRO_CREDS)
    keyring.fail_write = 3

    with pytest.raises(CredentialsUnavailable):
        secrets.save(PRO, OAuth1Credentials("k2", "s2", "t2", "ts2"))

    assert secrets.load(PRO) == PRO_CREDS
    assert sorted(name for _, name in keyring.secrets) == sorted(SECRET_NAMES)


def test_namespaces_keep_data_directories_apart() -> None:
    keyring = MemoryCredentialStore()
    first, second = AccountSecrets(keyring, "a"), AccountSecrets(keyring, "b")
    first.save(PRO, PRO_CREDS)

    assert second.load(PRO) is None
    assert second.forget(PRO) is False
    assert first.load(PRO) == PRO_CREDS


def test_the_pin_flow_needs_an_authorizer(setup: Setup) -> None:
    with pytest.raises(LinkRefused, match="PIN flow is not available"):
        setup.service.begin_pin("key", "secret")
