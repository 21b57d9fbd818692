"""A thin Qt list model over an account's recent posts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

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


class PostListModel(QAbstractListModel):
    """Shows a list of posts; the list itself is plain domain data."""

    PostRole = Qt.ItemDataRole.UserRole + 1

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._posts):
            return None
        post = self._posts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = (post.sent_at or post.planned_at).astimezone()
            return f"{_STATE_WORDS[post.state]} · {when:%a %d %b %H:%M}\n{post.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return post.error or None
        if role == self.PostRole:
            return post
        return None
