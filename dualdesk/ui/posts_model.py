"""A thin Qt list model over an account's recent posts, local and on X."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex

from dualdesk.core.posts import Post, PostState

if TYPE_CHECKING:
    from dualdesk.core.timeline import XPost

_STATE_WORDS = {
    PostState.QUEUED: "Queued for",
    PostState.SENDING: "Sending…",
    PostState.SENT: "Posted",
    PostState.FAILED: "Failed",
    PostState.CANCELLED: "Cancelled",
    PostState.DRAFT: "Draft",
}

Index = QModelIndex | QPersistentModelIndex

# Qt.ItemDataRole values. Touching the Qt namespace builds every Qt enum
# (about 15 ms), which the window's first paint should not wait for.
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
ENTRY_ROLE = 0x0100 + 1  # Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Entry:
    """One line of the recent-posts list.

    Attributes:
        text: the post's text.
        when: when it was posted or is planned (UTC).
        label: the state in words ("Posted", "Queued for", "Failed"…).
        tweet_id: X's id, if it is on X (then it can be deleted there).
        detail: why it failed or waits, if anything.
    """

    text: str
    when: datetime
    label: str
    tweet_id: str | None = None
    detail: str = ""


def merge_entries(local: Sequence[Post], remote: Sequence[XPost], limit: int = 50) -> list[Entry]:
    """Merge the outbox's posts with X's, newest first; X's copy of a sent post wins once."""
    entries: list[Entry] = []
    known: set[str] = set()
    for post in local:
        if post.state is PostState.CANCELLED:
            continue
        if post.tweet_id:
            known.add(post.tweet_id)
        entries.append(
            Entry(
                text=post.text,
                when=post.sent_at or post.planned_at,
                label=_STATE_WORDS[post.state],
                tweet_id=post.tweet_id,
                detail=post.error,
            )
        )
    for item in remote:
        if item.id in known:
            continue
        entries.append(
            Entry(
                text=item.text,
                when=item.created_at or datetime.min.replace(tzinfo=UTC),
                label="Posted",
                tweet_id=item.id,
            )
        )
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries[:limit]


class PostListModel(QAbstractListModel):
    """Shows a list of entries; the list itself is plain data."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    def set_entries(self, entries: Sequence[Entry]) -> None:
        """Replace the shown entries."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == DISPLAY_ROLE:
            when = entry.when.astimezone()
            return f"{entry.label} · {when:%a %d %b %H:%M}\n{entry.text}"
        if role == TOOLTIP_ROLE:
            return entry.detail or None
        if role == ENTRY_ROLE:
            return entry
        return None
