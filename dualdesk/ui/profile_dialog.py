"""Editing one account's profile."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dualdesk.core.accounts import Profile
from dualdesk.services.profiles import ProfileChange
from dualdesk.ui.theme import text_on


class ProfileDialog(QDialog):
    """A form for one profile. It never saves by itself.

    Signals:
        save_requested(object): the ProfileChange the person asked for.
    """

    save_requested = Signal(object)

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.setWindowTitle(f"{profile.role.title} profile")
        self.handle = QLineEdit(profile.handle)
        self.handle.setPlaceholderText("@handle")
        self.name = QLineEdit(profile.display_name)
        self.email = QLineEdit(profile.email)
        self.email.setPlaceholderText("the address this X account is registered with")
        self.markers = QPlainTextEdit("\n".join(profile.markers))
        self.markers.setPlaceholderText(
            "One per line: practice name, website, real name…\n"
            "Used to catch posts that link your two accounts."
        )
        self.markers.setFixedHeight(90)
        self._colour = profile.colour
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self._on_colour_button_clicked)
        self._show_colour()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B00020;")
        self.error.hide()

        form = QFormLayout()
        form.addRow("X handle", self.handle)
        form.addRow("Display name", self.name)
        form.addRow("Email", self.email)
        form.addRow("Identity markers", self.markers)
        form.addRow("Pane colour", self.colour_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)

    def change(self) -> ProfileChange:
        """The change the form describes."""
        return ProfileChange(
            handle=self.handle.text(),
            display_name=self.name.text(),
            email=self.email.text(),
            markers=self.markers.toPlainText().splitlines(),
            colour=self._colour,
        )

    def show_error(self, message: str) -> None:
        """Say why saving failed; the form keeps what was typed."""
        self.error.setText(message)
        self.error.show()

    def _show_colour(self) -> None:
        self.colour_button.setText(self._colour)
        self.colour_button.setStyleSheet(
            f"background: {self._colour}; color: {text_on(self._colour)}; padding: 4px;"
        )

    @Slot()
    def _on_colour_button_clicked(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour), self, "Pane colour")
        if chosen.isValid():
            self._colour = chosen.name().upper()
            self._show_colour()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.error.hide()
        self.save_requested.emit(self.change())
