"""What a pane gains once the services are up: its queue, mentions and menus."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtWidgets import QMenu, QMessageBox, QVBoxLayout

from dualdesk.core.errors import Rejected
from dualdesk.core.findings import Finding
from dualdesk.core.posts import Draft, Post
from dualdesk.services.mentions import Mention, MentionsPage
from dualdesk.ui.error_text import describe_error
from dualdesk.ui.mentions_view import MentionsView
from dualdesk.ui.pane import AccountPane
from dualdesk.ui.paste_memory import PasteMemory
from dualdesk.ui.posts_model import ENTRY_ROLE, Entry
from dualdesk.ui.queue_edit import QueueEdit
from dualdesk.ui.queue_view import QueueView
from dualdesk.ui.services import WindowServices

if TYPE_CHECKING:
    from dualdesk.ui.window_controller import WindowController


class PaneExtras(QObject):
    """One pane's queue view, mentions inbox and recent-posts menu."""

    def __init__(self, controller: WindowController, pane: AccountPane) -> None:
        super().__init__(pane)  # dies with its pane
        self.controller = controller
        self.pane = pane
        self.role = pane.role
        self.queue = QueueView(pane.profile)
        QVBoxLayout(pane.queue_tab).addWidget(self.queue)
        self.queue_edit = QueueEdit(pane, lambda: self._services, controller.runner)
        self.queue.edit_requested.connect(self.queue_edit.request)
        self.queue.reschedule_requested.connect(self._on_queue_reschedule_requested)
        self.queue.cancel_requested.connect(self._on_queue_cancel_requested)
        self.queue.next_window_requested.connect(self._on_queue_next_window_requested)
        self.mentions = MentionsView(pane.profile)
        QVBoxLayout(pane.mentions_tab).addWidget(self.mentions)
        self.mentions.reply_requested.connect(self._on_mentions_reply_requested)
        self.mentions.dismiss_requested.connect(self._on_mentions_dismiss_requested)
        self.mentions.more_requested.connect(self._on_mentions_more_requested)
        self.mentions.refresh_requested.connect(self.load_mentions)
        self._loaded: list[Mention] = []
        self._next: str | None = None
        pane.posts_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        pane.posts_view.customContextMenuRequested.connect(self._on_posts_view_menu_requested)
        #: Flagged pastes still in the draft (the live review and posting add their findings).
        self.pasted = PasteMemory()
        self._paste_status = False
        pane.composer.editor.pasted.connect(self._on_editor_pasted)
        pane.composer.text_changed.connect(self._on_composer_text_changed)

    @property
    def _services(self) -> WindowServices:
        return self.controller.services

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], what: str) -> None:
        def failed(exc: Exception) -> None:
            self.pane.set_status(f"{what}: {describe_error(exc)}", error=True)

        self.controller.runner.submit(work, done, failed)

    # -- queue ------------------------------------------------------------

    def show_queue(self, posts: Sequence[Post]) -> None:
        """Show the account's waiting posts."""
        self.queue.set_posts(list(posts))
        self.queue.set_any_time(self._services.timing.policy(self.role).any_time)

    @Slot(str, object)
    def _on_queue_reschedule_requested(self, post_id: str, at: datetime) -> None:
        warning = self._services.timing.warning_for(self.role, at)
        force = False
        if warning:
            answer = QMessageBox.question(self.pane, "Outside your posting window", warning)
            if answer != QMessageBox.StandardButton.Yes:
                return
            force = True

        def done(result: object) -> None:
            plan = getattr(result, "plan", None)
            reason = getattr(plan, "reason", "") if plan is not None else ""
            self.pane.set_status(reason or "The post was rescheduled.")

        self._run(
            lambda: self._services.posting.reschedule(
                post_id, at, force_time=force, reason="Time picked outside the window."
            ),
            done,
            "The post was not rescheduled",
        )

    @Slot(str)
    def _on_queue_cancel_requested(self, post_id: str) -> None:
        self._run(
            lambda: self._services.posting.cancel(post_id),
            lambda _r: self.pane.set_status("Cancelled: that post will not be sent."),
            "The post was not cancelled",
        )

    @Slot(str)
    def _on_queue_next_window_requested(self, post_id: str) -> None:
        def work() -> object:
            start = self._services.timing.next_window(self.role, datetime.now(UTC))
            return self._services.posting.reschedule(post_id, start)

        self._run(
            work,
            lambda r: self.pane.set_status(
                getattr(getattr(r, "plan", None), "reason", "") or "Moved to the next window."
            ),
            "The post was not moved",
        )

    # -- mentions ---------------------------------------------------------

    def load_mentions(self) -> None:
        """Load the newest mentions."""
        self._loaded, self._next = [], None
        self._load_page(None)

    def _load_page(self, token: str | None) -> None:
        self.mentions.show_problem("Loading mentions…")

        def done(page: MentionsPage) -> None:
            self._loaded = [*self._loaded, *page.items]
            self._next = page.next_token
            self.mentions.set_mentions(
                self._loaded,
                more=page.next_token is not None,
                replies_on_x_checked=page.replies_on_x_checked,
            )
            self.pane.set_unanswered(sum(1 for m in self._loaded if not m.answered))

        def failed(exc: Exception) -> None:
            self.mentions.show_problem(f"Mentions could not be loaded: {describe_error(exc)}")

        self.controller.runner.submit(
            lambda: self._services.mentions.page(self.role, token), done, failed
        )

    @Slot()
    def _on_mentions_more_requested(self) -> None:
        if self._next:
            self._load_page(self._next)

    @Slot(object, str)
    def _on_mentions_reply_requested(self, mention: Mention, text: str) -> None:
        from dualdesk.services.mentions import reply_draft  # noqa: PLC0415

        draft: Draft = reply_draft(self.role, mention, text)
        self.mentions.clear_reply()
        self.pane.post_requested.emit(draft)  # the same guards, confirmation and timing

    @Slot(object)
    def _on_mentions_dismiss_requested(self, mention: Mention) -> None:
        self._run(
            lambda: self._services.mentions.dismiss(mention),
            lambda _m: self.load_mentions(),
            "Could not mark the mention",
        )

    # -- recent posts -----------------------------------------------------

    @Slot(QPoint)
    def _on_posts_view_menu_requested(self, point: QPoint) -> None:
        index = self.pane.posts_view.indexAt(point)
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        if not isinstance(entry, Entry) or not entry.tweet_id:
            return
        menu = QMenu(self.pane)
        delete = menu.addAction("Delete from X…")
        chosen = menu.exec(self.pane.posts_view.viewport().mapToGlobal(point))
        if chosen is delete:
            self.delete(entry)

    def delete(self, entry: Entry) -> None:
        """Delete a post from X after confirmation."""
        answer = QMessageBox.question(
            self.pane,
            "Delete from X?",
            f"Delete this post from {self.pane.profile.at_handle} on X?\n\n“{entry.text}”",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter must not do the risky thing
        )
        if answer != QMessageBox.StandardButton.Yes or entry.tweet_id is None:
            return
        tweet_id = entry.tweet_id

        def work() -> None:
            client = self._services.client_for(self.role)
            if client is None:
                raise Rejected("This account is not linked, so nothing can be deleted on X.")
            client.delete(tweet_id)

        def deleted(_result: object) -> None:
            self.pane.set_status("Deleted from X.")
            self.controller.loader.refresh(self.role)

        self._run(work, deleted, "Not deleted")

    # -- paste guard -------------------------------------------------------

    @Slot(str, int)
    def _on_editor_pasted(self, text: str, offset: int) -> None:
        other = self.controller.window.panes[self.role.other].composer.text
        self.controller.runner.submit(
            lambda: self._services.review.is_from_other_account(self.role, text, other, offset),
            lambda finding: self._on_paste_checked(text, finding),
            lambda _exc: None,
        )

    def _on_paste_checked(self, pasted: str, finding: Finding | None) -> None:
        if finding is None:
            return
        # Underlined, counted and confirmed before posting while the text stays.
        self.pasted.remember(pasted, finding)
        self.pane.set_status(f"Pasted text: {finding.message} {finding.advice}", error=True)
        self._paste_status = True
        review = self.controller.reviews.get(self.role)
        if review is not None:
            review.refresh()

    @Slot(str)
    def _on_composer_text_changed(self, text: str) -> None:
        if self._paste_status and not self.pasted.findings(text):
            self._paste_status = False
            self.pane.set_status("")  # the pasted text is gone: so is its warning
