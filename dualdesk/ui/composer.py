"""The text box of one pane, with its live weighted character count."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dualdesk.core.accounts import Role
from dualdesk.core.posts import Draft
from dualdesk.core.text_length import MAX_WEIGHTED_LENGTH, measure


class Composer(QWidget):
    """Writes drafts for one account only.

    Signals:
        post_requested(object): a Draft for this composer's account.
        text_changed(str): the text after each edit.
    """

    post_requested = Signal(object)
    text_changed = Signal(str)

    def __init__(self, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self._handle = ""
        self._enabled_reason = ""
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("composer")
        self.editor.setPlaceholderText(
            f"Write a {role.value} post…  (Ctrl+Enter posts from this pane)"
        )
        self.editor.setAccessibleName(f"{role.title} post text")
        self.editor.setTabChangesFocus(True)
        self.count = QLabel(self)
        self.count.setObjectName("count")
        self.count.setAccessibleName(f"{role.title} character count")
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.post_button = QPushButton(self)
        self.post_button.setObjectName("post")
        self.post_button.clicked.connect(self._on_post_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.post_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._on_post_button_clicked)
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.set_handle("")
        self._refresh()

    @property
    def text(self) -> str:
        """The text being written."""
        return self.editor.toPlainText()

    def set_handle(self, handle: str) -> None:
        """Show which account the button posts as."""
        self._handle = handle
        self.post_button.setText(f"Post as @{handle}" if handle else "Post (not linked yet)")
        self.post_button.setAccessibleName(self.post_button.text())

    def set_unavailable(self, reason: str) -> None:
        """Disable posting and say why ("" enables it again)."""
        self._enabled_reason = reason
        self._refresh()

    def clear(self) -> None:
        """Empty the editor after a post is accepted."""
        self.editor.clear()

    @Slot()
    def _on_editor_text_changed(self) -> None:
        self._refresh()
        self.text_changed.emit(self.text)

    def _refresh(self) -> None:
        text = self.text
        length = measure(text) if text else None
        weighted = length.weighted if length else 0
        self.count.setText(f"{weighted} / {MAX_WEIGHTED_LENGTH}")
        over = weighted > MAX_WEIGHTED_LENGTH
        self.count.setStyleSheet("color: #B00020; font-weight: 700;" if over else "")
        if self._enabled_reason:
            problem = self._enabled_reason
        elif not text.strip():
            problem = "Write something to post."
        elif over:
            problem = f"{weighted - MAX_WEIGHTED_LENGTH} characters over X's limit: shorten it."
        else:
            problem = ""
        self.post_button.setEnabled(not problem)
        self.post_button.setToolTip(problem)
        self.note.setText(problem if (over or self._enabled_reason) else "")
        self.note.setVisible(bool(self.note.text()))

    @Slot()
    def _on_post_button_clicked(self) -> None:
        if not self.post_button.isEnabled():
            return
        self.post_requested.emit(Draft(account=self.role, text=self.text))
