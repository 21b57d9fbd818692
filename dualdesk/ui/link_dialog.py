"""Linking an X account to one pane: the PIN flow or pasted tokens."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dualdesk.core.accounts import Profile
from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.core.linking import PinSession
from dualdesk.services.linking import LinkService
from dualdesk.ui.tasks import Runner
from dualdesk.ui.theme import text_on


def _secret_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


class LinkDialog(QDialog):
    """Verifies an X account with whoami and files its keys in the keyring.

    Signals:
        linked(object): the saved Profile after a successful link.
    """

    linked = Signal(object)

    def __init__(
        self, profile: Profile, linking: LinkService, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self._linking = linking
        self._runner = runner
        self._session: PinSession | None = None
        self.setWindowTitle(f"Link the {profile.role.value} account")
        header = QLabel(f"Link X account to the {profile.role.title.upper()} pane")
        header.setStyleSheet(
            f"background: {profile.colour}; color: {text_on(profile.colour)};"
            "font-weight: 800; padding: 8px;"
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_pin_tab(), "Sign in with X (PIN)")
        self.tabs.addTab(self._build_tokens_tab(), "Paste access tokens")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("status")
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(
            QLabel(
                "Keys are kept in your system keyring only. You need your own X developer "
                "app's consumer key and secret."
            )
        )
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        layout.addWidget(close)

    def _build_pin_tab(self) -> QWidget:
        tab = QWidget()
        self.pin_key = QLineEdit()
        self.pin_key.setPlaceholderText("consumer key (API key)")
        self.pin_secret = _secret_field("consumer secret (API key secret)")
        self.open_button = QPushButton("Open X to authorise…")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.pin = QLineEdit()
        self.pin.setPlaceholderText("the PIN X shows after you authorise")
        self.pin.setEnabled(False)
        self.pin_button = QPushButton("Link")
        self.pin_button.setEnabled(False)
        self.pin_button.clicked.connect(self._on_pin_button_clicked)
        form = QFormLayout(tab)
        form.addRow("Consumer key", self.pin_key)
        form.addRow("Consumer secret", self.pin_secret)
        form.addRow("", self.open_button)
        form.addRow("PIN", self.pin)
        form.addRow("", self.pin_button)
        return tab

    def _build_tokens_tab(self) -> QWidget:
        tab = QWidget()
        self.consumer_key = QLineEdit()
        self.consumer_secret = _secret_field("consumer secret")
        self.access_token = QLineEdit()
        self.access_secret = _secret_field("access token secret")
        self.tokens_button = QPushButton("Verify and link")
        self.tokens_button.clicked.connect(self._on_tokens_button_clicked)
        form = QFormLayout(tab)
        form.addRow("Consumer key", self.consumer_key)
        form.addRow("Consumer secret", self.consumer_secret)
        form.addRow("Access token", self.access_token)
        form.addRow("Access token secret", self.access_secret)
        form.addRow("", self.tokens_button)
        return tab

    def _busy(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet("")
        for button in (self.open_button, self.pin_button, self.tokens_button):
            button.setEnabled(False)

    def _idle(self, error: str = "") -> None:
        if error:
            self.status.setText(error)
            self.status.setStyleSheet("color: #B00020;")
        self.open_button.setEnabled(True)
        self.tokens_button.setEnabled(True)
        self.pin_button.setEnabled(self._session is not None)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        key, secret = self.pin_key.text().strip(), self.pin_secret.text().strip()
        if not key or not secret:
            self._idle("Enter your app's consumer key and secret first.")
            return
        self._busy("Asking X for a sign-in page…")

        def started(session: PinSession) -> None:
            self._session = session
            QDesktopServices.openUrl(QUrl(session.authorize_url))
            self.pin.setEnabled(True)
            self.status.setText(
                "Authorise dualdesk in your browser while signed in to the "
                f"{self.profile.role.value} account, then paste the PIN here. "
                f"(If no browser opened: {session.authorize_url})"
            )
            self._idle()
            self.pin.setFocus()

        self._runner.submit(
            lambda: self._linking.begin_pin(key, secret), started, self._on_task_failed
        )

    @Slot()
    def _on_pin_button_clicked(self) -> None:
        session, pin = self._session, self.pin.text().strip()
        if session is None or not pin:
            self._idle("Paste the PIN X showed you.")
            return
        self._busy("Checking the PIN with X…")
        role = self.profile.role

        def work() -> Profile:
            return self._linking.link(role, self._linking.finish_pin(session, pin))

        self._runner.submit(work, self._on_task_linked, self._on_task_failed)

    @Slot()
    def _on_tokens_button_clicked(self) -> None:
        creds = OAuth1Credentials(
            consumer_key=self.consumer_key.text().strip(),
            consumer_secret=self.consumer_secret.text().strip(),
            access_token=self.access_token.text().strip(),
            access_token_secret=self.access_secret.text().strip(),
        )
        if not creds.complete:
            self._idle("Fill in all four fields from the X developer portal.")
            return
        self._busy("Checking the account with X…")
        role = self.profile.role
        self._runner.submit(
            lambda: self._linking.link(role, creds), self._on_task_linked, self._on_task_failed
        )

    def _on_task_linked(self, profile: Profile) -> None:
        self.status.setText(f"Linked {profile.at_handle}.")
        self.linked.emit(profile)
        self.accept()

    def _on_task_failed(self, exc: Exception) -> None:
        self._idle(str(exc) or type(exc).__name__)
