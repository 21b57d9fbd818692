"""The SQLite file under the store: opening, migrating, transactions.

The file lives in the data directory with mode 0600. Every write is a
transaction, so nothing is ever half-saved; SQLite's errors become
StoreError with what to do.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from dualdesk.core.errors import StoreError
from dualdesk.infra.migrations import MIGRATIONS

DB_NAME = "dualdesk.sqlite3"


def iso(value: datetime | None) -> str | None:
    """A datetime as ISO 8601 in UTC, or None."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat()


def parse_dt(value: str | None) -> datetime | None:
    """The inverse of `iso`."""
    return datetime.fromisoformat(value) if value else None


class SQLiteFile:
    """One private SQLite file with numbered migrations and safe transactions.

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
            folder = self.path.parent
            if os.access(self.path, os.W_OK) and not os.access(folder, os.W_OK):
                # SQLite writes a journal beside the file: the folder must be writable too.
                return StoreError(
                    f"The data directory {folder} is read-only, so the data file in it cannot "
                    "be changed. Nothing was saved. Make the directory writable, or choose "
                    "another data directory with --home."
                )
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
