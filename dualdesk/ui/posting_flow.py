"""From a pane's "Post" to a queued post: review, confirm on risk, submit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from dualdesk.core.accounts import Role
from dualdesk.core.errors import DualdeskError
from dualdesk.core.findings import Finding, asks_first
from dualdesk.core.posts import Draft, Post, PostState
from dualdesk.ui.confirm_dialog import Choice, ConfirmPostDialog
from dualdesk.ui.main_window import MainWindow
from dualdesk.ui.paste_memory import Extra, no_extra, with_extra
from dualdesk.ui.services import WindowServices
from dualdesk.ui.tasks import Runner

TIMING_OVERRIDE_REASON = "Posted at once despite the posting window (confirmed in the window)."


class PostingFlow(QObject):
    """Runs one pane's post through the guards, the confirmation and the outbox.

    With no finding that warns or blocks, posting is one action. A warning
    opens a confirmation in the account's colour; a block needs a typed
    reason. A post the timing rules deferred says why in its pane, with a
    button to post at once anyway (recorded in the audit log).
    """

    def __init__(
        self,
        window: MainWindow,
        services: WindowServices,
        runner: Runner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self._services = services
        self._runner = runner
        self.dialog: ConfirmPostDialog | None = None
        # Whether this window runs the sender (else another dualdesk does).
        self.sends_here: Callable[[], bool] = lambda: True
        # Per pane: the deferred post its status button would post at once.
        self._deferred: dict[Role, str] = {}
        #: Per pane: findings the pane holds itself (flagged pastes still in the draft).
        self.extra_findings: dict[Role, Extra] = {}
        for pane in window.panes.values():
            pane.post_requested.connect(self._on_pane_post_requested)
            pane.composer.move_requested.connect(self._move)

    @Slot(object)
    def _on_pane_post_requested(self, draft: Draft) -> None:
        pane = self.window.panes[draft.account]
        pane.composer.set_unavailable("Checking…")
        held = self.extra_findings.get(draft.account, no_extra)(draft.text)
        self._runner.submit(
            lambda: self._services.review.review(draft),
            lambda findings: self._reviewed(draft, with_extra(findings, held)),
            lambda exc: self._failed(draft.account, exc),
        )

    def _reviewed(self, draft: Draft, findings: list[Finding]) -> None:
        if asks_first(findings):
            self._confirm(draft, findings)
        else:
            self._enqueue(draft, None)

    def _confirm(self, draft: Draft, findings: list[Finding]) -> None:
        pane = self.window.panes[draft.account]
        dialog = ConfirmPostDialog(pane.profile, findings, draft.text, self.window)
        self.dialog = dialog

        def finished(_result: int) -> None:
            self.dialog = None
            if dialog.choice is Choice.POST:
                self._enqueue(draft, dialog.override_reason or None)
            elif dialog.choice is Choice.MOVE:
                self._move(draft)
            else:
                pane.composer.set_unavailable("")
                pane.set_status("Not posted: the draft is still here to edit.")

        dialog.finished.connect(finished)
        dialog.open()

    @Slot(object)
    def _move(self, draft: Draft) -> None:
        """Make a new draft in the other pane; its guards run again there."""
        source = self.window.panes[draft.account]
        target = self.window.panes[draft.account.other]
        if target.composer.text.strip():
            source.composer.set_unavailable("")
            source.set_status(
                f"The {draft.account.other.value} pane already has a draft: post or clear "
                "it first, then move this one.",
                error=True,
            )
            return
        target.composer.editor.setPlainText(draft.text)
        target.composer.editor.moveCursor(QTextCursor.MoveOperation.End)  # type on, not before it
        source.composer.clear()
        source.composer.set_unavailable("")
        source.set_status(f"Moved to the {draft.account.other.title} pane.")
        target.set_status(
            f"Moved here from the {draft.account.title} pane: check it before posting as "
            f"{target.profile.at_handle}."
        )
        target.focus_composer()

    def _enqueue(self, draft: Draft, override_reason: str | None) -> None:
        pane = self.window.panes[draft.account]

        def done(result: object) -> None:
            post: Post = result.post  # type: ignore[attr-defined]
            plan = result.plan  # type: ignore[attr-defined]
            pane.composer.set_unavailable("")
            pane.composer.clear()
            if plan is not None and plan.deferred:
                self._deferred[draft.account] = post.id
                pane.set_status(
                    plan.reason,
                    action="Post now anyway…",
                    on_action=lambda: self.post_deferred_now(draft.account),
                )
            else:
                self._deferred.pop(draft.account, None)
                if self.sends_here():
                    pane.set_status(f"Posting as {pane.profile.at_handle}…")
                else:
                    pane.set_status(
                        "Queued: the dualdesk that is already running sends it within a minute."
                    )

        self._runner.submit(
            lambda: self._services.posting.submit(draft, override_reason=override_reason),
            done,
            lambda exc: self._failed(draft.account, exc, draft),
        )

    def _failed(self, role: Role, exc: Exception, draft: Draft | None = None) -> None:
        pane = self.window.panes[role]
        pane.composer.set_unavailable("")
        findings = getattr(exc, "findings", None)
        if draft is not None and findings:
            self._confirm(draft, list(findings))  # the guards found more at submit time
            return
        message = str(exc) if isinstance(exc, DualdeskError) else f"Something went wrong: {exc}"
        pane.set_status(f"{message} The draft is still here.", error=True)

    def post_deferred_now(self, role: Role) -> None:
        """Post the pane's deferred post at once, after a warning; audited."""
        if role not in self._deferred:
            return
        answer = QMessageBox.question(
            self.window,
            "Post now anyway?",
            "Posting outside your posting window shows clients when you are awake. "
            "Post now anyway? This is recorded in the audit log.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter must not do the risky thing
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        post_id = self._deferred.pop(role)
        self._runner.submit(
            lambda: self._services.posting.reschedule(
                post_id, None, force_time=True, reason=TIMING_OVERRIDE_REASON
            ),
            lambda _result: self.window.panes[role].set_status("Posting now, as you asked…"),
            lambda exc: self._failed(role, exc),
        )

    def post_changed(self, post: Post) -> None:
        """Say in the post's pane what became of it."""
        pane = self.window.panes[post.account]
        if post.state is PostState.SENT:
            when = (post.sent_at or post.planned_at).astimezone()
            pane.set_status(f"Posted as {pane.profile.at_handle} at {when:%H:%M}.")
        elif post.state is PostState.FAILED:
            pane.set_status(f"Not posted: {post.error}", error=True)
        elif post.state is PostState.QUEUED and post.error:
            pane.set_status(f"Waiting: {post.error}", error=True)
