"""Editing a queued post: the new text meets the same confirmation as a new post.

Without this, Queue -> Edit could turn a harmless queued post into a client
story with no confirmation and no audit entry, and a blocked text could not
be saved even with a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Slot

from dualdesk.core.findings import Finding, asks_first
from dualdesk.core.posts import Draft
from dualdesk.ui.confirm_dialog import Choice, ConfirmPostDialog
from dualdesk.ui.error_text import describe_error
from dualdesk.ui.pane import AccountPane
from dualdesk.ui.services import WindowServices
from dualdesk.ui.tasks import Runner


class QueueEdit(QObject):
    """Reviews a queued post's new text and saves it, asking first on risk.

    Args:
        pane: the pane whose queue is edited.
        services: the window's services.
        runner: runs the review and the save off the GUI thread.
    """

    def __init__(self, pane: AccountPane, services: Callable[[], WindowServices], runner: Runner):
        super().__init__(pane)
        self.pane = pane
        self._services = services
        self._runner = runner
        self.dialog: ConfirmPostDialog | None = None

    @Slot(str, str)
    def request(self, post_id: str, text: str) -> None:
        """Review `text`; save it at once when nothing warns, else ask first."""
        draft = Draft(self.pane.role, text)
        self._submit(
            lambda: self._services().review.review(draft),
            lambda findings: self._reviewed(post_id, text, findings),
        )

    def _reviewed(self, post_id: str, text: str, findings: list[Finding]) -> None:
        if not asks_first(findings):
            self._save(post_id, text, None)
            return
        dialog = ConfirmPostDialog(
            self.pane.profile, findings, text, self.pane.window(), action="Save", can_move=False
        )
        self.dialog = dialog

        def finished(_result: int) -> None:
            self.dialog = None
            if dialog.choice is Choice.POST:
                self._save(post_id, text, dialog.override_reason or None)
            else:
                self.pane.set_status("The queued post was not changed.")

        dialog.finished.connect(finished)
        dialog.open()

    def _save(self, post_id: str, text: str, reason: str | None) -> None:
        self._submit(
            lambda: self._services().posting.edit(post_id, text, override_reason=reason),
            lambda _r: self.pane.set_status("The queued post was changed."),
        )

    def _submit(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def failed(exc: Exception) -> None:
            self.pane.set_status(f"The post was not changed: {describe_error(exc)}", error=True)

        self._runner.submit(work, done, failed)
