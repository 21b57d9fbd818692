"""Confirmation before posting, shown only when a guard fired."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.ui.theme import text_on

#: A symbol and a word for each severity, never colour alone. The symbols are in
#: DejaVu Sans, the font a bare Debian or Ubuntu desktop falls back to.
SEVERITY_WORDS = {
    Severity.BLOCK: "\u2298 Blocked",
    Severity.WARN: "⚠ Warning",
    Severity.INFO: "ℹ Note",
}


class Choice(Enum):
    """What the person chose in the confirmation."""

    POST = "post"
    MOVE = "move"
    CANCEL = "cancel"


class ConfirmPostDialog(QDialog):
    """Lists the findings in the account's colour and asks what to do.

    A `block` finding needs a typed reason before "Post anyway" is enabled;
    where whereabouts fired on the professional account the dialog offers
    to move the draft to the Personal pane.
    """

    def __init__(
        self,
        profile: Profile,
        findings: Sequence[Finding],
        text: str,
        parent: QWidget | None = None,
        *,
        action: str = "Post",
        can_move: bool = True,
    ) -> None:
        """Build the dialog.

        Args:
            profile: the account the text would leave from.
            findings: what the guards found.
            text: the text.
            parent: the window.
            action: the word on the button that goes ahead ("Post", "Save").
            can_move: whether to offer "Move to Personal pane" where
                whereabouts fired (not for a post already queued).
        """
        super().__init__(parent)
        self.profile = profile
        self.findings = list(findings)
        self.choice = Choice.CANCEL
        self.blocked = any(f.severity is Severity.BLOCK for f in self.findings)
        title = f"Post as {profile.at_handle} ({profile.role.title})"
        self.setWindowTitle(title)
        header = QLabel(title)
        header.setObjectName("header")
        header.setStyleSheet(
            f"background: {profile.colour}; color: {text_on(profile.colour)};"
            "font-size: 14pt; font-weight: 800; padding: 8px;"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(QLabel(f"“{text if len(text) <= 140 else text[:139] + '…'}”"))
        for finding in self.findings:
            quoted = text[finding.start : finding.end]
            item = QLabel(
                f"<b>{SEVERITY_WORDS[finding.severity]} — {finding.rule.value}</b>"
                f"{f' (“{quoted}”)' if quoted else ''}: {finding.message}<br>"
                f"<i>{finding.advice}</i>"
            )
            item.setWordWrap(True)
            item.setObjectName(f"finding_{finding.rule.value}")
            layout.addWidget(item)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("Why post it anyway? (kept in the local audit log)")
        self.reason.setVisible(self.blocked)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        layout.addWidget(self.reason)

        buttons = QHBoxLayout()
        self.move_button = QPushButton("Move to Personal pane")
        self.move_button.setVisible(
            can_move
            and profile.role is Role.PROFESSIONAL
            and any(f.rule is Rule.WHEREABOUTS for f in self.findings)
        )
        self.move_button.clicked.connect(self._on_move_button_clicked)
        self.cancel_button = QPushButton("Keep editing")
        self.cancel_button.clicked.connect(self.reject)
        self.post_button = QPushButton(f"{action} anyway" if self.blocked else action)
        self.post_button.clicked.connect(self._on_post_button_clicked)
        buttons.addWidget(self.move_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.post_button)
        layout.addLayout(buttons)
        self.cancel_button.setDefault(True)
        self._on_reason_text_changed(self.reason.text())

    @property
    def override_reason(self) -> str:
        """The typed reason ("" when none was needed)."""
        return self.reason.text().strip()

    @Slot(str)
    def _on_reason_text_changed(self, text: str) -> None:
        ready = not self.blocked or bool(text.strip())
        self.post_button.setEnabled(ready)
        # Enter after typing a reason means "go ahead", not "throw the reason away".
        (self.post_button if self.blocked and ready else self.cancel_button).setDefault(True)

    @Slot()
    def _on_move_button_clicked(self) -> None:
        self.choice = Choice.MOVE
        self.accept()

    @Slot()
    def _on_post_button_clicked(self) -> None:
        self.choice = Choice.POST
        self.accept()
