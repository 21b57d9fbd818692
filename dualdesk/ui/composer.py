"""The text box of one pane, with its live weighted character count."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dualdesk.core.accounts import Role
from dualdesk.ui.theme import set_style

# X's limit; core.text_length holds the same number but is imported only
# once there is text to measure, keeping it out of the first paint.
MAX_WEIGHTED_LENGTH = 280


class ComposerEdit(QPlainTextEdit):
    """The editor; Ctrl+Enter inside it asks to post.

    Signals:
        submit_requested(): Ctrl+Enter or Ctrl+Return was pressed here.
        pasted(str, int): text pasted, and the offset it landed at.
    """

    submit_requested = Signal()
    pasted = Signal(str, int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Imported here: building the Qt namespace costs ~15 ms at start-up.
        from PySide6.QtCore import Qt  # noqa: PLC0415

        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.accept()
            self.submit_requested.emit()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        offset = self.textCursor().selectionStart()
        super().insertFromMimeData(source)
        if source.hasText() and source.text().strip():
            self.pasted.emit(source.text(), offset)


class Composer(QWidget):
    """Writes drafts for one account only.

    Signals:
        post_requested(object): a Draft for this composer's account.
        move_requested(object): a Draft to write in the other pane instead.
        text_changed(str): the text after each edit.
    """

    post_requested = Signal(object)
    move_requested = Signal(object)
    text_changed = Signal(str)

    def __init__(self, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self._handle = ""
        self._enabled_reason = ""
        self.editor = ComposerEdit(self)
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
        self.findings = QLabel(self)
        self.findings.setObjectName("findings")
        self.findings.setAccessibleName(f"{role.title} guard findings")
        self.price = QLabel(self)
        self.price.setObjectName("price")
        self.price.setAccessibleName(f"{role.title} estimated price")
        self.post_button = QPushButton(self)
        self.post_button.setObjectName("post")
        self.post_button.clicked.connect(self._on_post_button_clicked)
        # Offered while the guards see something that belongs to the other account.
        self.move_button = QPushButton(f"Move to {role.other.title} pane", self)
        self.move_button.setObjectName("move")
        self.move_button.setToolTip(
            f"Take this draft to the {role.other.title} pane; its guards run again there."
        )
        self.move_button.setVisible(False)
        self.move_button.clicked.connect(self._on_move_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addWidget(self.findings)
        row.addWidget(self.move_button)
        row.addStretch(1)
        row.addWidget(self.price)
        row.addWidget(self.post_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.editor.submit_requested.connect(self._on_post_button_clicked)
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

    def show_findings(self, summary: str, worst: str) -> None:
        """Show the guards' count ("" when nothing fired); worst is block/warn/info."""
        colours = {"block": "#B00020", "warn": "#C25E00", "info": "#2E6DA4"}
        self.findings.setText(f"⚑ {summary}" if summary else "")
        self.findings.setStyleSheet(f"color: {colours.get(worst, '#000000')}; font-weight: 600;")

    def offer_move(self, offered: bool) -> None:
        """Show or hide the button that moves the draft to the other pane."""
        self.move_button.setVisible(offered)

    def show_price(self, text: str) -> None:
        """Show the estimated price of posting the text."""
        self.price.setText(text)

    def clear(self) -> None:
        """Empty the editor after a post is accepted."""
        self.editor.clear()

    @Slot()
    def _on_editor_text_changed(self) -> None:
        self._refresh()
        self.text_changed.emit(self.text)

    def _refresh(self) -> None:
        text = self.text
        weighted = 0
        if text:
            from dualdesk.core.text_length import measure  # noqa: PLC0415

            weighted = measure(text).weighted
        self.count.setText(f"{weighted} / {MAX_WEIGHTED_LENGTH}")
        over = weighted > MAX_WEIGHTED_LENGTH
        set_style(self.count, "color: #B00020; font-weight: 700;" if over else "")
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
        from dualdesk.core.posts import Draft  # noqa: PLC0415 - not needed for the first paint

        self.post_requested.emit(Draft(account=self.role, text=self.text))

    @Slot()
    def _on_move_button_clicked(self) -> None:
        from dualdesk.core.posts import Draft  # noqa: PLC0415 - not needed for the first paint

        if self.text.strip():
            self.move_requested.emit(Draft(account=self.role, text=self.text))
