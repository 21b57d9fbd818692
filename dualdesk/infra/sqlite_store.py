"""The SQLite store: profiles, outbox, audit log and settings in one file.

The file lives in the data directory with mode 0600. Every write is a
transaction, so nothing is ever half-saved.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.errors import StoreError
from dualdesk.core.posts import Post, PostState
from dualdesk.infra.migrations import MIGRATIONS

DB_NAME = "dualdesk.sqlite3"

_POST_COLUMNS = (
    "id, account, text, state, created_at, planned_at, zone, reply_to, tweet_id, "
    "attempt_id, attempts, error, deferred, override_reason, sent_at"
)


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat()


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class SQLiteStore:
    """Implements ProfileStore, Outbox and AuditLog over one SQLite file.

    Safe to use from several threads; several processes may open the same
    file (WAL mode, busy timeout).
    """

    def __init__(self, data_dir: Path) -> None:
        """Open (creating if needed) the store in `data_dir`.

        Raises:
            StoreError: the directory or file cannot be created, read or
                written, or the file is not a dualdesk database.
        """
        self.path = Path(data_dir) / DB_NAME
        self._lock = threading.RLock()
        try:
            Path(data_dir).mkdir(mode=0o700, parents=True, exist_ok=True)
            if not self.path.exists():
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
            os.chmod(self.path, 0o600)
        except OSError as exc:
            raise StoreError(
                f"Cannot use the data directory {data_dir}: {exc.strerror}. "
                "Check that it exists and is writable, or choose another with --home."
            ) from exc
        try:
            self._conn = sqlite3.connect(
                self.path, timeout=10, isolation_level=None, check_same_thread=False
            )
            self._conn.execute("PRAGMA busy_timeout = 10000")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise self._explain(exc) from exc

    def _explain(self, exc: sqlite3.Error) -> StoreError:
        text = str(exc)
        if "not a database" in text or "malformed" in text:
            return StoreError(
                f"The data file {self.path} is damaged ({text}). Nothing was changed. "
                "Move it aside to start fresh, or restore it from a backup."
            )
        if "readonly" in text or "read-only" in text:
            return StoreError(
                f"The data file {self.path} is read-only. Nothing was saved. "
                "Make it writable, or choose another data directory with --home."
            )
        return StoreError(f"The data file {self.path} could not be used: {text}.")

    def _migrate(self) -> None:
        with self._tx() as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > len(MIGRATIONS):
                raise StoreError(
                    f"The data file {self.path} was written by a newer dualdesk "
                    f"(schema {version}); update dualdesk to open it."
                )
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in script.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise self._explain(exc) from exc

    def _read(self, sql: str, params: Sequence[object] = ()) -> list[tuple[object, ...]]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise self._explain(exc) from exc

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()

    @property
    def schema_version(self) -> int:
        """The schema version the file is at."""
        return int(str(self._read("PRAGMA user_version")[0][0]))

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

    # -- outbox ---------------------------------------------------------

    @staticmethod
    def _post_row(p: Post) -> tuple[object, ...]:
        return (
            p.id,
            p.account.value,
            p.text,
            p.state.value,
            _iso(p.created_at),
            _iso(p.planned_at),
            p.zone,
            p.reply_to,
            p.tweet_id,
            p.attempt_id,
            p.attempts,
            p.error,
            int(p.deferred),
            p.override_reason,
            _iso(p.sent_at),
        )

    @staticmethod
    def _post(row: tuple[object, ...]) -> Post:
        (pid, account, text, state, created, planned, zone, reply_to, tweet_id,
         attempt_id, attempts, error, deferred, override, sent) = row  # fmt: skip
        created_at = _dt(str(created))
        planned_at = _dt(str(planned))
        assert created_at is not None and planned_at is not None
        return Post(
            id=str(pid),
            account=Role(str(account)),
            text=str(text),
            state=PostState(str(state)),
            created_at=created_at,
            planned_at=planned_at,
            zone=str(zone),
            reply_to=None if reply_to is None else str(reply_to),
            tweet_id=None if tweet_id is None else str(tweet_id),
            attempt_id=None if attempt_id is None else str(attempt_id),
            attempts=int(str(attempts)),
            error=str(error),
            deferred=bool(deferred),
            override_reason=str(override),
            sent_at=_dt(None if sent is None else str(sent)),
        )

    def add(self, post: Post) -> None:
        """Store a new post."""
        with self._tx() as conn:
            conn.execute(
                f"INSERT INTO outbox ({_POST_COLUMNS}) "  # noqa: S608 (constant columns)
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self._post_row(post),
            )

    def update(self, post: Post) -> None:
        """Replace a stored post; its account must not change.

        Raises:
            StoreError: the post is unknown or its account differs.
        """
        with self._tx() as conn:
            found = conn.execute("SELECT account FROM outbox WHERE id = ?", (post.id,)).fetchone()
            if found is None:
                raise StoreError(f"There is no post {post.id} in the outbox.")
            if found[0] != post.account.value:
                raise StoreError("A post's account is fixed when its draft is created.")
            conn.execute(
                f"REPLACE INTO outbox ({_POST_COLUMNS}) "  # noqa: S608 (constant columns)
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self._post_row(post),
            )

    def claim(self, post_id: str, attempt_id: str, now: datetime) -> Post | None:
        """Atomically move a due queued post to `sending` for one attempt.

        In one transaction: if the post is still queued and due at `now`,
        write state=sending, the new attempt id and attempts+1, and return
        the post as written. Otherwise (cancelled, edited into the future,
        claimed elsewhere) return None and change nothing.
        """
        with self._tx() as conn:
            rows = conn.execute(
                f"SELECT {_POST_COLUMNS} FROM outbox WHERE id = ?",  # noqa: S608
                (post_id,),
            ).fetchall()
            if not rows:
                return None
            post = self._post(rows[0])
            if post.state is not PostState.QUEUED or post.planned_at > now:
                return None
            claimed = post.evolve(
                state=PostState.SENDING, attempt_id=attempt_id, attempts=post.attempts + 1
            )
            conn.execute(
                "UPDATE outbox SET state = ?, attempt_id = ?, attempts = ? WHERE id = ?",
                (claimed.state.value, attempt_id, claimed.attempts, post_id),
            )
            return claimed

    def update_if(self, post: Post, state: PostState, attempts: int) -> bool:
        """Replace a stored post only if it is still in `state` after `attempts` tries.

        Returns:
            Whether the post was replaced; False when someone else changed
            it first (the sender claimed it, or it was cancelled).
        """
        with self._tx() as conn:
            found = conn.execute(
                "SELECT account, state, attempts FROM outbox WHERE id = ?", (post.id,)
            ).fetchone()
            if found is None or found[1] != state.value or int(found[2]) != attempts:
                return False
            if found[0] != post.account.value:
                raise StoreError("A post's account is fixed when its draft is created.")
            conn.execute(
                f"REPLACE INTO outbox ({_POST_COLUMNS}) "  # noqa: S608 (constant columns)
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self._post_row(post),
            )
            return True

    def get(self, post_id: str) -> Post | None:
        """Return one post, or None."""
        rows = self._read(
            f"SELECT {_POST_COLUMNS} FROM outbox WHERE id = ?",  # noqa: S608
            (post_id,),
        )
        return self._post(rows[0]) if rows else None

    def posts(
        self,
        account: Role | None = None,
        states: Sequence[PostState] | None = None,
        since: datetime | None = None,
        limit: int | None = None,
    ) -> list[Post]:
        """Return posts, newest planned first, filtered as asked."""
        where: list[str] = []
        params: list[object] = []
        if account is not None:
            where.append("account = ?")
            params.append(account.value)
        if states:
            where.append(f"state IN ({', '.join('?' for _ in states)})")
            params.extend(s.value for s in states)
        if since is not None:
            where.append("planned_at >= ?")
            params.append(_iso(since))
        sql = f"SELECT {_POST_COLUMNS} FROM outbox"  # noqa: S608
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY planned_at DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [self._post(row) for row in self._read(sql, params)]

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
