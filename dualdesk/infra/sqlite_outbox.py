"""The outbox table: queued posts and the history of sent ones."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from dualdesk.core.accounts import Role
from dualdesk.core.errors import StoreError
from dualdesk.infra.sqlite_file import SQLiteFile
from dualdesk.infra.sqlite_file import iso as _iso
from dualdesk.infra.sqlite_file import parse_dt as _dt

# The window opens the store for the profiles before its first paint; the
# post types load with the first post read.
if TYPE_CHECKING:
    from dualdesk.core.posts import Post, PostState

_POST_COLUMNS = (
    "id, account, text, state, created_at, planned_at, zone, reply_to, tweet_id, "
    "attempt_id, attempts, error, deferred, override_reason, sent_at"
)


class OutboxTable(SQLiteFile):
    """Implements the Outbox port (with the sender's atomic claim) on the file."""

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
    def _posts(rows: Sequence[tuple[object, ...]]) -> list[Post]:
        from dualdesk.core.posts import Post, PostState  # noqa: PLC0415 - once per read

        posts = []
        for row in rows:
            (pid, account, text, state, created, planned, zone, reply_to, tweet_id,
             attempt_id, attempts, error, deferred, override, sent) = row  # fmt: skip
            created_at = _dt(str(created))
            planned_at = _dt(str(planned))
            assert created_at is not None and planned_at is not None
            posts.append(
                Post(
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
            )
        return posts

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
        from dualdesk.core.posts import PostState  # noqa: PLC0415 - see the imports

        with self._tx() as conn:
            rows = conn.execute(
                f"SELECT {_POST_COLUMNS} FROM outbox WHERE id = ?",  # noqa: S608
                (post_id,),
            ).fetchall()
            if not rows:
                return None
            post = self._posts(rows)[0]
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
        return self._posts(rows)[0] if rows else None

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
        return self._posts(self._read(sql, params))
