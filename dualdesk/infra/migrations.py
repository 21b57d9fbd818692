"""Numbered schema migrations for the SQLite store.

Each entry upgrades the schema from version N to N+1 (PRAGMA user_version).
Never edit a released step: add a new one.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: profiles, outbox, audit log, settings
    """
    CREATE TABLE profiles (
        role TEXT PRIMARY KEY CHECK (role IN ('professional', 'personal')),
        handle TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        colour TEXT NOT NULL DEFAULT '',
        markers TEXT NOT NULL DEFAULT '[]',
        x_user_id TEXT NOT NULL DEFAULT '',
        protected INTEGER NOT NULL DEFAULT 0,
        sandbox INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        account TEXT NOT NULL CHECK (account IN ('professional', 'personal')),
        text TEXT NOT NULL,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        planned_at TEXT NOT NULL,
        zone TEXT NOT NULL DEFAULT 'UTC',
        reply_to TEXT,
        tweet_id TEXT,
        attempt_id TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT NOT NULL DEFAULT '',
        deferred INTEGER NOT NULL DEFAULT 0,
        override_reason TEXT NOT NULL DEFAULT '',
        sent_at TEXT
    );
    CREATE INDEX outbox_state_planned ON outbox (state, planned_at);
    CREATE INDEX outbox_account_planned ON outbox (account, planned_at);
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        account TEXT,
        rule TEXT NOT NULL,
        reason TEXT NOT NULL,
        text TEXT
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2 (hygiene): the do-not-follow list, as HMAC-SHA256 digests of handles only
    """
    CREATE TABLE donotfollow_digests (
        digest TEXT PRIMARY KEY CHECK (length(digest) = 64)
    );
    """,
)
