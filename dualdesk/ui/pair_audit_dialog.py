"""The pair audit: what keeps the two accounts from being linked to each other."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dualdesk.core.pair_audit import QUESTION_IDS, AuditCheck, CheckStatus

_STATUS_WORDS = {
    CheckStatus.OK: "✔ OK",
    CheckStatus.WARN: "⚠ Fix this",
    CheckStatus.UNKNOWN: "? Not checked",
}
_ANSWERS = (("Not answered", None), ("Yes", True), ("No", False))


class PairAuditDialog(QDialog):
    """Lists the checks; questions the API cannot answer are asked and remembered.

    Signals:
        answer_changed(str, object): a check id and True, False or None.
    """

    answer_changed = Signal(str, object)

    def __init__(
        self,
        checks: Sequence[AuditCheck],
        answers: dict[str, bool | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Pair audit: keeping your two accounts apart")
        self.grid = QGridLayout()
        self._answers = dict(answers)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                "These checks keep someone who finds one of your accounts from finding the "
                "other. Questions marked with a menu are about settings X does not let "
                "apps read: answer them after checking on X."
            )
        )
        layout.addLayout(self.grid)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        layout.addWidget(close)
        self.set_checks(checks)

    def set_checks(self, checks: Sequence[AuditCheck]) -> None:
        """Show (new) check results."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.status_labels: dict[str, QLabel] = {}
        for row, check in enumerate(checks):
            status = QLabel(_STATUS_WORDS[check.status])
            status.setObjectName(f"status_{check.id}")
            self.status_labels[check.id] = status
            text = QLabel(f"<b>{check.message}</b><br>{check.advice}")
            text.setWordWrap(True)
            self.grid.addWidget(status, row, 0)
            self.grid.addWidget(text, row, 1)
            if check.url:
                link = QPushButton("Open on X…")
                link.clicked.connect(
                    lambda _=False, url=check.url: QDesktopServices.openUrl(QUrl(url))
                )
                self.grid.addWidget(link, row, 2)
            if check.id in QUESTION_IDS:
                choice = QComboBox()
                choice.setObjectName(f"answer_{check.id}")
                for label, value in _ANSWERS:
                    choice.addItem(label, value)
                current = self._answers.get(check.id)
                choice.setCurrentIndex([v for _, v in _ANSWERS].index(current))
                choice.currentIndexChanged.connect(
                    lambda index, cid=check.id, box=choice: self.answer_changed.emit(
                        cid, box.itemData(index)
                    )
                )
                self.grid.addWidget(choice, row, 3)
