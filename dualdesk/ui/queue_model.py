"""A thin table model over queued posts: when, state, text, deferred.

Times are shown on the clock of the zone each post was planned in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from dualdesk.core.posts import Post, PostState
from dualdesk.ui.post_times import local_label, post_zone

Index = QModelIndex | QPersistentModelIndex

WHEN, STATE, TEXT, TIMING = range(4)
_HEADERS = ("When", "State", "Text", "Timing")
_TEXT_CHARS = 80
POST_ROLE = Qt.ItemDataRole.UserRole + 1

STATE_WORDS = {
    PostState.DRAFT: "Draft",
    PostState.QUEUED: "Queued",
    PostState.SENDING: "Sending…",
    PostState.SENT: "Posted",
    PostState.FAILED: "Failed",
    PostState.CANCELLED: "Cancelled",
}


def state_words(post: Post) -> str:
    """The post's state as a person reads it; a held post says why."""
    if post.state is PostState.QUEUED and post.error:
        return f"Held: {post.error}"
    if post.state is PostState.FAILED and post.error:
        return f"Failed: {post.error}"
    return STATE_WORDS[post.state]


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _TEXT_CHARS else flat[: _TEXT_CHARS - 1] + "…"


class QueueModel(QAbstractTableModel):
    """Rows of posts: planned local time, state, text and a deferred marker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._posts: list[Post] = []
        self._reasons: dict[str, str] = {}

    def set_posts(self, posts: Sequence[Post], reasons: Mapping[str, str] | None = None) -> None:
        """Show `posts`; `reasons` maps a deferred post's id to why it moved."""
        self.beginResetModel()
        self._posts = list(posts)
        self._reasons = dict(reasons or {})
        self.endResetModel()

    def post_at(self, row: int) -> Post:
        """The post shown in `row`."""
        return self._posts[row]

    def row_of(self, post_id: str) -> int | None:
        """The row showing the post with `post_id`, if shown."""
        return next((row for row, p in enumerate(self._posts) if p.id == post_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._posts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._posts):
            return None
        post = self._posts[index.row()]
        if role == POST_ROLE:
            return post
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(post, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(post, index.column())
        return None

    def _display(self, post: Post, column: int) -> str:
        if column == WHEN:
            return local_label(post.planned_at, post_zone(post))
        if column == STATE:
            return state_words(post)
        if column == TEXT:
            return _one_line(post.text)
        return "deferred" if post.deferred else ""

    def _tooltip(self, post: Post, column: int) -> str | None:
        if column == WHEN:
            return f"Planned in {post.zone}"
        if column == STATE:
            return post.error or None
        if column == TEXT:
            return post.text
        if post.deferred:
            return self._reasons.get(post.id) or "Timing moved this post from when you asked."
        return None
