"""The private do-not-follow list of clients' handles."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class DoNotFollowDialog(QDialog):
    """Adds or removes handles and checks the professional account against them.

    Handles typed here are passed on and the box is emptied; they are kept
    only as keyed digests, never as text.

    Signals:
        add_requested(list): handles (one per line) to add.
        remove_requested(list): handles to remove.
        check_requested(): check followers and following now.
    """

    add_requested = Signal(list)
    remove_requested = Signal(list)
    check_requested = Signal()

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Do-not-follow list (private)")
        self.count_label = QLabel()
        self.handles = QPlainTextEdit()
        self.handles.setPlaceholderText("Clients' X handles, one per line")
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setObjectName("result")
        add = QPushButton("Add to list")
        add.clicked.connect(self._on_add_clicked)
        remove = QPushButton("Remove from list")
        remove.clicked.connect(self._on_remove_clicked)
        self.check_button = QPushButton("Check the professional account now")
        self.check_button.clicked.connect(self.check_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                "Handles are stored only as keyed fingerprints (the key is in your system "
                "keyring), so the list cannot be read from disk. dualdesk checks who follows "
                "your professional account, and whom it follows, against it."
            )
        )
        layout.addWidget(self.count_label)
        layout.addWidget(self.handles)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(close)
        self.set_count(count)

    def set_count(self, count: int) -> None:
        """Show how many handles are listed."""
        self.count_label.setText(f"{count} handle{'s' if count != 1 else ''} on the list.")

    def show_result(self, text: str) -> None:
        """Show what an action or a check found (shown here only)."""
        self.result_label.setText(text)

    def _lines(self) -> list[str]:
        lines = [line for line in self.handles.toPlainText().splitlines() if line.strip()]
        self.handles.clear()
        return lines

    @Slot()
    def _on_add_clicked(self) -> None:
        self.add_requested.emit(self._lines())

    @Slot()
    def _on_remove_clicked(self) -> None:
        self.remove_requested.emit(self._lines())
