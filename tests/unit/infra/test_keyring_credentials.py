"""The keyring adapter against a real Secret Service (gnome-keyring over D-Bus).

Tests marked `keyring` use the session's Secret Service (scripts/test starts
one). The locked-keyring test starts its own private D-Bus session and
gnome-keyring with no display, so the unlock prompt fails at once instead of
waiting for a person; every subprocess has a timeout.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.infra.keyring_credentials import KeyringCredentialStore
from dualdesk.services.credentials import SECRET_NAMES, AccountSecrets
from tests.conftest import REPO, need_service

SECRET = "s3cr3t-Token-Secret-7f1e"


def _session_secret_service() -> bool:
    """Whether this process reaches an unlocked Secret Service."""
    try:
        import keyring
        import secretstorage

        conn = secretstorage.dbus_init()
        try:
            if not secretstorage.check_service_availability(conn):
                return False
            if secretstorage.get_default_collection(conn).is_locked():
                return False
        finally:
            conn.close()
        return type(keyring.get_keyring()).__module__ == "keyring.backends.SecretService"
    except Exception:
        return False


@pytest.fixture
def store() -> Iterator[KeyringCredentialStore]:
    """A store under a service name of its own, emptied afterwards."""
    need_service(_session_secret_service(), "A Secret Service (gnome-keyring in D-Bus)")
    store = KeyringCredentialStore(service=f"dualdesk-test-{uuid.uuid4().hex[:8]}")
    yield store
    for account in ("professional", "personal", "ns/professional", "ns/personal"):
        for name in SECRET_NAMES:
            store.delete(account, name)


@pytest.mark.keyring
def test_set_get_delete(store: KeyringCredentialStore) -> None:
    assert store.get("professional", "access_token") is None

    store.set("professional", "access_token", SECRET)
    store.set("personal", "access_token", "other-value")

    assert store.get("professional", "access_token") == SECRET
    store.set("professional", "access_token", "replaced")
    assert store.get("professional", "access_token") == "replaced"
    store.delete("professional", "access_token")
    assert store.get("professional", "access_token") is None
    assert store.get("personal", "access_token") == "other-value"


@pytest.mark.keyring
def test_deleting_a_missing_secret_is_fine(store: KeyringCredentialStore) -> None:
    store.delete("professional", "consumer_secret")

    assert store.get("professional", "consumer_secret") is None


@pytest.mark.keyring
def test_entries_are_filed_by_service_and_account_slash_name(
    store: KeyringCredentialStore,
) -> None:
    import secretstorage

    store.set("ns/personal", "access_token_secret", SECRET)

    conn = secretstorage.dbus_init()
    try:
        items = list(
            secretstorage.search_items(
                conn, {"service": store.service, "username": "ns/personal/access_token_secret"}
            )
        )
    finally:
        conn.close()
    assert len(items) == 1


@pytest.mark.keyring
def test_forgetting_an_account_removes_every_secret_name(store: KeyringCredentialStore) -> None:
    secrets = AccountSecrets(store, namespace="ns")
    creds = OAuth1Credentials("ck", "cs-secret", "at", SECRET)
    secrets.save(Role.PROFESSIONAL, creds)
    secrets.save(Role.PERSONAL, OAuth1Credentials("ck", "cs2", "at2", "ats2"))
    assert secrets.load(Role.PROFESSIONAL) == creds

    assert secrets.forget(Role.PROFESSIONAL) is True

    assert [store.get("ns/professional", name) for name in SECRET_NAMES] == [None] * 4
    assert secrets.load(Role.PERSONAL) is not None
    assert secrets.forget(Role.PROFESSIONAL) is False


# -- failures, each in a subprocess ------------------------------------------

_LOCKED_SCRIPT = """
import json, sys
import secretstorage
from dualdesk.core.errors import CredentialsUnavailable
from dualdesk.infra.keyring_credentials import KeyringCredentialStore

secret = sys.argv[1]
store = KeyringCredentialStore("dualdesk-locked-test")
store.set("control", "access_token", "control-value")
conn = secretstorage.dbus_init()
secretstorage.get_default_collection(conn).lock()
result = {}
for action, call in (
    ("set", lambda: store.set("professional", "access_token_secret", secret)),
    ("get", lambda: store.get("control", "access_token")),
    ("delete", lambda: store.delete("control", "access_token")),
):
    try:
        call()
        result[action] = None
    except CredentialsUnavailable as exc:
        result[action] = str(exc)

def count(username):
    query = {"service": "dualdesk-locked-test", "username": username}
    return len(list(secretstorage.search_items(conn, query)))

result["stored"] = count("professional/access_token_secret")
result["control"] = count("control/access_token")
print(json.dumps(result))
"""


def _run_in_private_keyring(home: Path, script: Path, *args: str) -> str:
    """Run `script` in a new D-Bus session with its own unlocked gnome-keyring, headless."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(home / "run"),
        PYTHONPATH=str(REPO),
    )
    (home / "run").mkdir(mode=0o700)
    shell = 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"'
    proc = subprocess.Popen(
        ["dbus-run-session", "--", "sh", "-c", shell, "sh", sys.executable, str(script), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("the keyring hung instead of refusing (an unlock prompt waited?)")
    assert proc.returncode == 0, err
    return out


@pytest.mark.keyring
def test_a_locked_keyring_refuses_clearly_and_stores_nothing(tmp_path: Path) -> None:
    need_service(
        bool(shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
        "gnome-keyring and dbus-run-session",
    )
    home = tmp_path / "home"
    home.mkdir()
    script = tmp_path / "locked.py"
    script.write_text(_LOCKED_SCRIPT)

    result = json.loads(_run_in_private_keyring(home, script, SECRET).splitlines()[-1])

    assert result["set"].startswith("The system keyring is locked.")
    assert "gnome-keyring-daemon --unlock" in result["set"]
    assert result["set"].endswith("Nothing was saved.")
    assert "locked" in result["get"]
    assert result["delete"].endswith("Nothing was removed.")
    assert result["control"] == 1  # the search sees locked items...
    assert result["stored"] == 0  # ...and the refused secret is not among them
    for path in [*home.rglob("*"), *tmp_path.glob("*")]:
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


_BACKEND_SCRIPT = """
import sys
from dualdesk.core.errors import CredentialsUnavailable
from dualdesk.infra.keyring_credentials import KeyringCredentialStore

try:
    KeyringCredentialStore().set("professional", "access_token_secret", sys.argv[1])
except CredentialsUnavailable as exc:
    print(exc)
else:
    print("STORED")
"""


@pytest.mark.parametrize(
    "backend", ["keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"]
)
def test_without_a_system_keyring_nothing_is_stored(tmp_path: Path, backend: str) -> None:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND=backend, HOME=str(tmp_path))
    env["PYTHONPATH"] = str(REPO)

    proc = subprocess.run(
        [sys.executable, "-c", _BACKEND_SCRIPT, SECRET],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    message = proc.stdout.strip()
    assert message.startswith("No system keyring was found.")
    assert "gnome-keyring or KeePassXC" in message
    assert SECRET not in proc.stdout + proc.stderr
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


@pytest.mark.keyring
def test_link_and_unlink_with_the_real_keyring_leave_no_secret_in_the_data_dir(
    tmp_path: Path,
) -> None:
    from dualdesk.core.timeline import XUser
    from dualdesk.services.linking import LinkService
    from dualdesk.services.profiles import ProfileChange
    from dualdesk.wiring import Backend
    from tests.unit.services.fakes_linking import FakeX

    need_service(_session_secret_service(), "A Secret Service (gnome-keyring in D-Bus)")
    creds = OAuth1Credentials("ck", "CONSUMER-SECRET-5", "at-5", SECRET)
    x = FakeX()
    x.add("at-5", XUser(id="55", handle="DrRivera", name="Dr. Rivera"))
    backend = Backend(tmp_path / "data")
    other = Backend(tmp_path / "other-data")
    try:
        backend.profiles.update(Role.PROFESSIONAL, ProfileChange(email="office@rivera.org"))
        service = LinkService(backend.profiles, backend.secrets, x.client)

        service.link(Role.PROFESSIONAL, creds)

        again = Backend(tmp_path / "data")  # the namespace is kept in the data dir
        try:
            assert again.secrets.load(Role.PROFESSIONAL) == creds
        finally:
            again.close()
        assert other.secrets.load(Role.PROFESSIONAL) is None  # another data dir's keyring

        assert service.unlink(Role.PROFESSIONAL) is True

        assert backend.secrets.load(Role.PROFESSIONAL) is None
        account = backend.secrets.account(Role.PROFESSIONAL)
        assert [backend.credential_store.get(account, n) for n in SECRET_NAMES] == [None] * 4
    finally:
        backend.close()
        other.close()
    for path in (tmp_path / "data").rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert SECRET.encode() not in data
            assert b"CONSUMER-SECRET-5" not in data
