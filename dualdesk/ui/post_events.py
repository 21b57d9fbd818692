"""Carries outbox changes from worker threads to the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from dualdesk.core.posts import Post


class PostEvents(QObject):
    """A post changed somewhere (queued, sent, failed, cancelled).

    `notify` may be called from any thread (the scheduler's, a worker's);
    the signal reaches GUI-thread slots through a queued connection.

    Signals:
        post_changed(object): the Post as stored now.
    """

    post_changed = Signal(object)

    def notify(self, post: Post) -> None:
        """Announce a changed post."""
        self.post_changed.emit(post)
