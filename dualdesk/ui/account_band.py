"""A header band in an account's colour, naming the account in words and icon.

Dialogs opened for one account start with this band, so which account they
act on never rests on colour alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dualdesk.core.accounts import Profile
from dualdesk.ui.icons import role_pixmap
from dualdesk.ui.theme import text_on


class AccountBand(QFrame):
    """The account's icon, its role in capitals, its handle and a line of text."""

    def __init__(self, profile: Profile, detail: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("account_band")
        fg = text_on(profile.colour)
        self.setStyleSheet(
            f"QFrame#account_band {{ background: {profile.colour}; border: none; }}"
            f"QFrame#account_band QLabel {{ color: {fg}; background: transparent; }}"
            "QLabel#band_role { font-size: 13pt; font-weight: 800; letter-spacing: 2px; }"
        )
        self.icon = QLabel(self)
        self.icon.setPixmap(role_pixmap(profile.role, fg, 24))
        self.icon.setAccessibleName(f"{profile.role.title} icon")
        self.role_label = QLabel(profile.role.title.upper(), self)
        self.role_label.setObjectName("band_role")
        self.handle_label = QLabel(profile.at_handle, self)
        self.handle_label.setObjectName("band_handle")
        self.detail_label = QLabel(detail, self)
        self.detail_label.setObjectName("band_detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setVisible(bool(detail))

        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addWidget(self.role_label)
        top.addSpacing(12)
        top.addWidget(self.handle_label)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.detail_label)
