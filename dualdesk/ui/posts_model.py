"""A thin Qt list model over an account's recent posts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex

from dualdesk.core.posts import Post, PostState

_STATE_WORDS = {
    PostState.QUEUED: "Queued",
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
POST_ROLE = 0x0100 + 1  # Qt.ItemDataRole.UserRole + 1


class PostListModel(QAbstractListModel):
    """Shows a list of posts; the list itself is plain domain data."""

    PostRole = POST_ROLE

    def __init__(self, zone_name: str = "", parent: Any = None) -> None:
        super().__init__(parent)
        self._posts: list[Post] = []

    def set_posts(self, posts: Sequence[Post]) -> None:
        """Replace the shown posts."""
        self.beginResetModel()
        self._posts = list(posts)
        self.endResetModel()

    def posts(self) -> list[Post]:
        """The shown posts."""
        return list(self._posts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._posts)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._posts):
            return None
        post = self._posts[index.row()]
        if role == DISPLAY_ROLE:
            when = (post.sent_at or post.planned_at).astimezone()
            return f"{_STATE_WORDS[post.state]} · {when:%a %d %b %H:%M}\n{post.text}"
        if role == TOOLTIP_ROLE:
            return post.error or None
        if role == self.PostRole:
            return post
        return None
