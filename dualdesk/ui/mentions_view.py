"""One pane's mentions inbox: newest first, with a reply box for that pane only."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dualdesk.core.accounts import Profile
from dualdesk.services.mentions import Mention

ON_X_NOTE = (
    "Replies made on X itself (phone app, website) are counted from this account's recent posts."
)
ON_X_UNCHECKED = (
    "Replies made on X itself could not be checked just now (this account's recent posts "
    "did not load), so they show as waiting."
)
ANSWERED = "✓ answered"
ANSWERED_ON_X = "✓ answered on X"
WAITING = "● waiting for an answer"
ON_X_TIP = "You replied on X itself: the reply is among this account's recent posts on X."


class MentionsView(QWidget):
    """Lists an account's mentions and writes replies from its pane.

    Signals:
        reply_requested(object, str): the Mention and the reply's text.
        dismiss_requested(object): the Mention that needs no answer.
        more_requested(): load older mentions.
        refresh_requested(): load the newest mentions again.
    """

    reply_requested = Signal(object, str)
    dismiss_requested = Signal(object)
    more_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self._mentions: list[Mention] = []
        self.state = QLabel("Loading mentions…")
        self.state.setWordWrap(True)
        self.state.setToolTip(ON_X_NOTE)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(f"{profile.role.title} mentions")
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.reply = QPlainTextEdit()
        self.reply.setPlaceholderText("Select a mention to reply…")
        self.reply.setFixedHeight(70)
        self.reply_button = QPushButton()
        self.reply_button.clicked.connect(self._on_reply_button_clicked)
        self.dismiss_button = QPushButton("No answer needed")
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        self.more_button = QPushButton("Load older")
        self.more_button.clicked.connect(self.more_requested)
        refresh = QPushButton("Refresh")
        refresh.clicked.connect(self.refresh_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.reply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.state)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reply)
        layout.addLayout(buttons)
        self.set_profile(profile)
        self._on_list_current_row_changed(-1)

    def set_profile(self, profile: Profile) -> None:
        """Show which account replies go out as."""
        self.profile = profile
        self.reply_button.setText(f"Reply as {profile.at_handle}")

    def set_mentions(
        self,
        mentions: Sequence[Mention],
        more: bool,
        note: str = "",
        *,
        replies_on_x_checked: bool = True,
    ) -> None:
        """Show mentions (newest first); `more` says whether older ones can be loaded.

        `replies_on_x_checked` is False when the account's own recent posts
        could not be read, so replies made on X itself show as waiting.
        """
        current = self.selected()
        self._mentions = list(mentions)
        self.list.clear()
        for mention in self._mentions:
            when = mention.post.created_at
            stamp = f"{when.astimezone():%a %d %b %H:%M}" if when else ""
            item = QListWidgetItem(
                f"@{mention.post.author_handle or mention.post.author_id} · {stamp} · "
                f"{_mark(mention)}\n{mention.post.text}"
            )
            if _mark(mention) == ANSWERED_ON_X:
                item.setToolTip(ON_X_TIP)
            item.setData(Qt.ItemDataRole.UserRole, mention.post.id)
            self.list.addItem(item)
            if current is not None and current.post.id == mention.post.id:
                self.list.setCurrentItem(item)
        self.more_button.setEnabled(more)
        waiting = sum(1 for m in self._mentions if not m.answered)
        empty = "No mentions yet." if not self._mentions else ""
        on_x = ON_X_NOTE if replies_on_x_checked else ON_X_UNCHECKED
        self.state.setText(note or empty or f"{waiting} waiting for an answer. {on_x}")
        self.state.setToolTip(on_x)

    def show_problem(self, message: str) -> None:
        """Say why mentions could not be loaded (the list keeps what it had)."""
        self.state.setText(message)

    def selected(self) -> Mention | None:
        """The mention selected, if any."""
        row = self.list.currentRow()
        return self._mentions[row] if 0 <= row < len(self._mentions) else None

    def clear_reply(self) -> None:
        """Empty the reply box after the reply was queued."""
        self.reply.clear()

    @Slot(int)
    def _on_list_current_row_changed(self, _row: int) -> None:
        chosen = self.selected()
        self.reply.setEnabled(chosen is not None)
        self.reply_button.setEnabled(chosen is not None)
        self.dismiss_button.setEnabled(chosen is not None and not chosen.answered)

    @Slot()
    def _on_reply_button_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.reply.toPlainText().strip():
            self.reply_requested.emit(chosen, self.reply.toPlainText())

    @Slot()
    def _on_dismiss_button_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.dismiss_requested.emit(chosen)


def _mark(mention: Mention) -> str:
    """Say whether a mention waits, was answered here, or was answered on X itself."""
    if not mention.answered:
        return WAITING
    if mention.replied_on_x and not (mention.replied or mention.dismissed):
        return ANSWERED_ON_X
    return ANSWERED
