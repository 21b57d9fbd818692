"""Settings: each account's timing policy, and what X charges per request.

The dialog edits copies of plain domain values and hands the result back
through `saved`; it stores nothing itself. While a field is wrong the
dialog stays open with everything typed, and Save is refused.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.pricing import PriceTable
from dualdesk.core.timing_policy import TimingPolicy, TimingPolicyError
from dualdesk.ui.icons import role_icon
from dualdesk.ui.policy_editor import ERROR_STYLE, PolicyEditor


class PriceEditor(QWidget):
    """The price table as three dollar amounts."""

    def __init__(self, prices: PriceTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.post = self._price_box(prices.post, "Price of a post")
        self.post_with_url = self._price_box(prices.post_with_url, "Price of a post with a link")
        self.read = self._price_box(prices.read, "Price of a read")
        intro = QLabel(
            "X charges per request. These are the prices dualdesk shows before you "
            "post; change them when X changes its prices.",
            self,
        )
        intro.setWordWrap(True)
        self.restore_button = QPushButton("Use X's published prices", self)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        form = QFormLayout()
        form.addRow("A post", self.post)
        form.addRow("A post with a link", self.post_with_url)
        form.addRow("Reading your posts, mentions or followers (each)", self.read)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.restore_button)
        layout.addStretch(1)

    def _price_box(self, value: float, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setDecimals(3)
        box.setRange(0.0, 1000.0)
        box.setSingleStep(0.001)
        box.setPrefix("$ ")
        box.setValue(value)
        box.setAccessibleName(name)
        return box

    def prices(self) -> PriceTable:
        """The prices as shown."""
        return PriceTable(
            post=self.post.value(),
            post_with_url=self.post_with_url.value(),
            read=self.read.value(),
        )

    def show_prices(self, prices: PriceTable) -> None:
        """Put `prices` in the boxes."""
        self.post.setValue(prices.post)
        self.post_with_url.setValue(prices.post_with_url)
        self.read.setValue(prices.read)

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        self.show_prices(PriceTable())


class SettingsDialog(QDialog):
    """A tab per account for its timing policy, and a tab for costs.

    Signals:
        saved(object): a tuple (dict[Role, TimingPolicy], PriceTable), sent
            when Save is pressed with every field valid; the dialog then closes.
    """

    saved = Signal(object)

    def __init__(
        self,
        profiles: Mapping[Role, Profile],
        policies: Mapping[Role, TimingPolicy],
        prices: PriceTable,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(640)
        self.tabs = QTabWidget(self)
        self.editors: dict[Role, PolicyEditor] = {}
        for role in Role:
            editor = PolicyEditor(profiles[role], policies[role], self)
            editor.validity_changed.connect(self._on_editor_validity_changed)
            self.editors[role] = editor
            self.tabs.addTab(editor, role_icon(role, profiles[role].colour), role.title)
        self.prices = PriceEditor(prices, self)
        self.tabs.addTab(self.prices, "Costs")
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._refresh()

    def result_policies(self) -> dict[Role, TimingPolicy]:
        """Each account's policy as the form describes it.

        Raises:
            TimingPolicyError: a field is wrong (the form shows which).
        """
        return {role: editor.policy() for role, editor in self.editors.items()}

    def result_prices(self) -> PriceTable:
        """The price table as the form describes it."""
        return self.prices.prices()

    def _invalid_roles(self) -> list[Role]:
        return [role for role, editor in self.editors.items() if not editor.valid]

    def _refresh(self) -> None:
        invalid = self._invalid_roles()
        for index, role in enumerate(self.editors):
            mark = " ⚠" if role in invalid else ""
            self.tabs.setTabText(index, role.title + mark)
        self.save_button.setEnabled(not invalid)
        if invalid:
            tabs = " and ".join(role.title for role in invalid)
            text = f"Fix the fields marked in red on the {tabs} tab to save."
        else:
            text = ""
        self.save_button.setToolTip(text)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @Slot(bool)
    def _on_editor_validity_changed(self, _valid: bool) -> None:
        self._refresh()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        try:
            result = (self.result_policies(), self.result_prices())
        except (TimingPolicyError, ValueError) as exc:
            # Save is disabled while a field is wrong; this is the last guard.
            self.message.setText(f"Not saved: {exc}")
            self.message.show()
            invalid = self._invalid_roles()
            if invalid:
                self.tabs.setCurrentWidget(self.editors[invalid[0]])
            return
        self.saved.emit(result)
        self.accept()
