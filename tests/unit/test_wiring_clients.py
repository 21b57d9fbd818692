"""The backend hands each linked account one X client and forgets it on unlink."""

from __future__ import annotations

from pathlib import Path

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.wiring import Backend
from tests.unit.services.fakes_linking import MemoryCredentialStore

CREDS = OAuth1Credentials("ck", "cs", "at", "ats")


def test_one_client_per_linked_account_until_its_keys_change(home: Path) -> None:
    backend = Backend(home)
    backend.__dict__["credential_store"] = MemoryCredentialStore()
    try:
        assert backend.client_for(Role.PROFESSIONAL) is None  # not linked
        backend.store.save_profiles([Profile(Role.PROFESSIONAL, handle="dr", x_user_id="7")])
        backend.secrets.save(Role.PROFESSIONAL, CREDS)

        first = backend.client_for(Role.PROFESSIONAL)
        assert first is not None
        assert backend.client_for(Role.PROFESSIONAL) is first
        assert backend.client_for(Role.PERSONAL) is None

        backend.secrets.save(Role.PROFESSIONAL, OAuth1Credentials("ck", "cs", "at2", "ats2"))
        second = backend.client_for(Role.PROFESSIONAL)
        assert second is not None and second is not first

        backend.secrets.forget(Role.PROFESSIONAL)
        assert backend.client_for(Role.PROFESSIONAL) is None
    finally:
        backend.close()


def test_sandbox_backend_keeps_its_data_apart_and_links_demo_accounts(tmp_path: Path) -> None:
    backend = Backend(tmp_path, sandbox=True)
    try:
        client = backend.client_for(Role.PERSONAL)
        assert client is not None
        me = client.whoami()
        assert me.handle == "alex_weekends" and me.protected
        profiles = backend.profiles.profiles()
        assert all(p.sandbox and p.linked for p in profiles.values())
        assert backend.data_dir == tmp_path / "sandbox"
    finally:
        backend.close()
    real = Backend(tmp_path)
    try:
        assert not any(p.linked for p in real.profiles.profiles().values())
    finally:
        real.close()
