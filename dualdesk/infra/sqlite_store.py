"""The SQLite store: profiles, outbox, audit log, settings and digests in one file."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from datetime import datetime

from dualdesk.core.accounts import Profile, Role
from dualdesk.infra.sqlite_file import DB_NAME
from dualdesk.infra.sqlite_file import iso as _iso
from dualdesk.infra.sqlite_outbox import OutboxTable

__all__ = ["DB_NAME", "SQLiteStore"]


class SQLiteStore(OutboxTable):
    """Implements ProfileStore, Outbox, AuditLog and settings over one SQLite file."""

    # -- profiles -------------------------------------------------------

    def load_profiles(self) -> dict[Role, Profile]:
        """Return the saved profiles by role."""
        rows = self._read(
            "SELECT role, handle, display_name, email, colour, markers, x_user_id, "
            "protected, sandbox FROM profiles"
        )
        profiles = {}
        for role, handle, name, email, colour, markers, user_id, protected, sandbox in rows:
            profile = Profile(
                role=Role(str(role)),
                handle=str(handle),
                display_name=str(name),
                email=str(email),
                colour=str(colour),
                markers=tuple(json.loads(str(markers))),
                x_user_id=str(user_id),
                protected=bool(protected),
                sandbox=bool(sandbox),
            )
            profiles[profile.role] = profile
        return profiles

    def save_profiles(self, profiles: Sequence[Profile]) -> None:
        """Save profiles in one transaction."""
        with self._tx() as conn:
            for p in profiles:
                conn.execute(
                    "INSERT OR REPLACE INTO profiles (role, handle, display_name, email, "
                    "colour, markers, x_user_id, protected, sandbox) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        p.role.value,
                        p.handle,
                        p.display_name,
                        p.email,
                        p.colour,
                        json.dumps(list(p.markers)),
                        p.x_user_id,
                        int(p.protected),
                        int(p.sandbox),
                    ),
                )

    # -- audit log ------------------------------------------------------

    def record(
        self, at: datetime, account: Role | None, rule: str, reason: str, text: str | None = None
    ) -> None:
        """Append one audit entry."""
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO audit (at, account, rule, reason, text) VALUES (?, ?, ?, ?, ?)",
                (_iso(at), account.value if account else None, rule, reason, text),
            )

    def entries(self, limit: int = 200) -> list[dict[str, object]]:
        """Return the newest audit entries first."""
        rows = self._read(
            "SELECT at, account, rule, reason, text FROM audit ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [
            {"at": at, "account": account, "rule": rule, "reason": reason, "text": text}
            for at, account, rule, reason, text in rows
        ]

    # -- settings -------------------------------------------------------

    def get_setting(self, key: str, default: object = None) -> object:
        """Return a JSON setting, or `default`."""
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(str(rows[0][0])) if rows else default

    def set_setting(self, key: str, value: object) -> None:
        """Store a JSON setting."""
        with self._tx() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                (key, json.dumps(value)),
            )

    # -- do-not-follow digests (never handles) ---------------------------

    def add_digests(self, digests: Collection[str]) -> int:
        """Store HMAC digests of listed handles; return how many were new."""
        with self._tx() as conn:
            before = conn.total_changes
            conn.executemany(
                "INSERT OR IGNORE INTO donotfollow_digests (digest) VALUES (?)",
                [(d,) for d in digests],
            )
            return conn.total_changes - before

    def remove_digests(self, digests: Collection[str]) -> int:
        """Remove digests; return how many were stored."""
        with self._tx() as conn:
            before = conn.total_changes
            conn.executemany(
                "DELETE FROM donotfollow_digests WHERE digest = ?", [(d,) for d in digests]
            )
            return conn.total_changes - before

    def digests(self) -> frozenset[str]:
        """Return every stored digest."""
        return frozenset(
            str(row[0]) for row in self._read("SELECT digest FROM donotfollow_digests")
        )

    def clear_digests(self) -> int:
        """Remove every digest; return how many there were."""
        with self._tx() as conn:
            return conn.execute("DELETE FROM donotfollow_digests").rowcount
