"""One account's queue: what is waiting to go out, and what can be done to it.

The table is a thin model over plain `Post` objects (see queue_model). The
view never changes a post itself: it asks, through signals, and shows the
new list it is given.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dualdesk.core.accounts import Profile
from dualdesk.core.posts import Post, PostState
from dualdesk.ui.account_band import AccountBand
from dualdesk.ui.post_edit_dialogs import EditPostDialog, RescheduleDialog
from dualdesk.ui.queue_model import STATE_WORDS, TEXT, QueueModel

__all__ = ["QueueModel", "QueueTable", "QueueView"]


class QueueTable(QTableView):
    """The queue's table; the Delete key asks to cancel.

    Signals:
        delete_pressed(): Delete was pressed in the table.
    """

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            event.accept()
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class QueueView(QWidget):
    """The queue of ONE account, with the changes a queued post allows.

    Signals:
        edit_requested(str, str): post id and its new text.
        reschedule_requested(str, object): post id and the new time, an aware
            datetime in the post's zone.
        cancel_requested(str): post id, after the person confirmed.
        next_window_requested(str): post id to send at the next posting window.
    """

    edit_requested = Signal(str, str)
    reschedule_requested = Signal(str, object)
    cancel_requested = Signal(str)
    next_window_requested = Signal(str)

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.setAccessibleName(f"{profile.role.title} queue")
        self.dialog: EditPostDialog | RescheduleDialog | None = None
        self._any_time = False
        self.band = AccountBand(profile, "Queued posts", self)
        self.model = QueueModel(self)
        self.table = QueueTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(f"{profile.role.title} queued posts")
        self.empty = QLabel(self)
        self.empty.setObjectName("empty")
        self.edit_button = QPushButton("Edit…", self)
        self.reschedule_button = QPushButton("Reschedule…", self)
        self.cancel_button = QPushButton("Cancel post", self)
        self.next_window_button = QPushButton("Send at next window", self)
        buttons = QHBoxLayout()
        for button in self._buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.band)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.reschedule_button.clicked.connect(self._on_reschedule_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.next_window_button.clicked.connect(self._on_next_window_button_clicked)
        self.table.delete_pressed.connect(self._on_cancel_button_clicked)
        self.table.doubleClicked.connect(self._on_edit_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.set_posts([])

    def _buttons(self) -> list[QPushButton]:
        return [
            self.edit_button,
            self.reschedule_button,
            self.cancel_button,
            self.next_window_button,
        ]

    def set_posts(self, posts: Sequence[Post], reasons: Mapping[str, str] | None = None) -> None:
        """Show this account's queued posts, keeping the selected one selected.

        Raises:
            ValueError: a post belongs to the other account.
        """
        if any(post.account is not self.profile.role for post in posts):
            raise ValueError(f"The {self.profile.role.value} queue shows only its own posts.")
        selected = self.selected_post()
        self.model.set_posts(posts, reasons)
        row = self.model.row_of(selected.id) if selected else None
        if row is not None:
            self.table.selectRow(row)
        self.empty.setText(f"Nothing queued for {self.profile.at_handle}.")
        self.empty.setVisible(not posts)
        self.table.setVisible(bool(posts))
        self._refresh_buttons()

    def selected_post(self) -> Post | None:
        """The post whose row is selected, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.post_at(rows[0].row()) if rows else None

    def _refresh_buttons(self) -> None:
        post = self.selected_post()
        if post is None:
            why = "Select a queued post first."
        elif post.state is PostState.SENDING:
            why = "This post is being sent right now: it can no longer be changed or cancelled."
        elif post.state is not PostState.QUEUED:
            why = f"This post is {STATE_WORDS[post.state].lower()}: nothing left to change."
        else:
            why = ""
        tips = {
            self.edit_button: "Change the text of this post.",
            self.reschedule_button: "Pick a new time for this post.",
            self.cancel_button: "Cancel this post so it is never sent (Delete).",
            self.next_window_button: "Send this post at the start of the next posting window.",
        }
        for button, tip in tips.items():
            button.setEnabled(not why)
            button.setToolTip(why or tip)
        if not why and self._any_time:
            self.next_window_button.setEnabled(False)
            self.next_window_button.setToolTip(
                "This account has no posting windows: it posts any time. Reschedule instead."
            )

    def set_any_time(self, any_time: bool) -> None:
        """Say whether the account's policy has no windows (TimingPolicy.any_time)."""
        self._any_time = any_time
        self._refresh_buttons()

    def _queued_selection(self) -> Post | None:
        post = self.selected_post()
        return post if post is not None and post.state is PostState.QUEUED else None

    @Slot()
    def _on_table_selection_changed(self) -> None:
        self._refresh_buttons()

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        post = self._queued_selection()
        if post is None:
            return
        dialog = EditPostDialog(post, self.profile, self)
        dialog.accepted.connect(lambda: self.edit_requested.emit(post.id, dialog.text()))
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _on_reschedule_button_clicked(self) -> None:
        post = self._queued_selection()
        if post is None:
            return
        dialog = RescheduleDialog(post, self.profile, self)
        dialog.accepted.connect(lambda: self.reschedule_requested.emit(post.id, dialog.when()))
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        post = self._queued_selection()
        if post is None:
            return
        answer = QMessageBox.question(
            self,
            f"Cancel post — {self.profile.at_handle}",
            "Cancel this post? It will not be sent.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.cancel_requested.emit(post.id)

    @Slot()
    def _on_next_window_button_clicked(self) -> None:
        post = self._queued_selection()
        if post is not None:
            self.next_window_requested.emit(post.id)
