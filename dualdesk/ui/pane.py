"""One account's pane: colour band, identity header, composer and recent posts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dualdesk.core.accounts import Profile
from dualdesk.ui.composer import Composer
from dualdesk.ui.icons import role_pixmap
from dualdesk.ui.theme import pane_style, set_style, text_on

if TYPE_CHECKING:
    from dualdesk.ui.posts_model import Entry, PostListModel


class AccountPane(QFrame):
    """Everything for one account; nothing here is shared with the other pane.

    Signals:
        post_requested(object): a Draft written in this pane.
        edit_profile_requested(object): the Role whose profile to edit.
        status_action_clicked(): the button beside the status message was pressed.
    """

    post_requested = Signal(object)
    edit_profile_requested = Signal(object)
    status_action_clicked = Signal()

    def __init__(self, profile: Profile, sandbox: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.role = profile.role
        self.profile = profile
        self.setObjectName("pane")
        self.setAccessibleName(f"{self.role.title} account")

        self.sandbox = sandbox
        self.band = self._build_band(sandbox)
        self.status_row = QWidget(self)
        self.status = QLabel(self.status_row)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status_action = QPushButton(self.status_row)
        self.status_action.setObjectName("status_action")
        self.status_action.clicked.connect(self._on_status_action_clicked)
        self._status_callback: Callable[[], object] | None = None
        status_layout = QHBoxLayout(self.status_row)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.addWidget(self.status, 1)
        status_layout.addWidget(self.status_action)
        self.composer = Composer(self.role, self)
        self.composer.post_requested.connect(self.post_requested)
        # The list is empty at the first paint; its model comes with the first entries.
        self._posts_model: PostListModel | None = None
        self.posts_view = QListView(self)
        self.posts_view.setObjectName("recent")
        self.posts_view.setWordWrap(True)
        self.posts_view.setAlternatingRowColors(True)
        self.posts_view.setAccessibleName(f"{self.role.title} recent posts")
        # Queue and mentions are filled in after the first paint.
        self.queue_tab = QWidget(self)
        self.mentions_tab = QWidget(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.posts_view, "Recent posts")
        self.tabs.addTab(self.queue_tab, "Queue")
        self.tabs.addTab(self.mentions_tab, "Mentions")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.band)
        layout.addWidget(self.status_row)
        layout.addWidget(self.composer, 2)
        # The tabs and, on the professional pane, the meter under them share one
        # stretch, so the meter takes its line from the posts list, not the composer.
        self.below = QWidget(self)
        below = QVBoxLayout(self.below)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.tabs, 1)
        # Its size hint (taller with the meter) must not move the composer: the two
        # panes split their height by the stretch alone, above the same minimum (the
        # tabs' own and a line for the meter, in both panes).
        self.below.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        line = self.fontMetrics().lineSpacing() + below.spacing()
        self.below.setMinimumHeight(self.tabs.minimumSizeHint().height() + line)
        layout.addWidget(self.below, 3)
        self.set_profile(profile)
        self.set_status("")

    def _build_band(self, sandbox: bool) -> QFrame:
        band = QFrame(self)
        band.setObjectName("band")
        self.icon = QLabel(band)
        self.icon.setObjectName("icon")
        self.role_label = QLabel(self.role.title.upper(), band)
        self.role_label.setObjectName("role")
        self.sandbox_label = QLabel("SANDBOX", band)
        self.sandbox_label.setObjectName("sandbox")
        self.sandbox_label.setToolTip(
            "Posts go to the built-in sandbox X service on this computer, not to X."
        )
        if not sandbox:  # (showing is the default; setVisible(True) here costs a polish)
            self.sandbox_label.hide()
        self.handle_label = QLabel(band)
        self.handle_label.setObjectName("handle")
        self.name_label = QLabel(band)
        self.name_label.setObjectName("name")
        self.badge = QLabel(band)
        self.badge.setObjectName("badge")
        self.badge.hide()
        self.edit_button = QPushButton("Profile…", band)
        self.edit_button.setToolTip(f"Edit the {self.role.value} profile")
        self.edit_button.clicked.connect(self._on_edit_button_clicked)

        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addWidget(self.role_label)
        top.addWidget(self.sandbox_label)
        # The badge sits in the top row: a line of its own would push this
        # pane's composer below the other pane's.
        top.addWidget(self.badge)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        band_layout = QVBoxLayout(band)
        band_layout.addLayout(top)
        band_layout.addWidget(self.handle_label)
        band_layout.addWidget(self.name_label)

        return band

    def set_profile(self, profile: Profile) -> None:
        """Show a (possibly changed) profile: colour, handle, name."""
        if profile.role is not self.role:
            raise ValueError("A pane's account never changes.")
        self.profile = profile
        set_style(self, pane_style(profile.colour))
        self.icon.setPixmap(role_pixmap(self.role, text_on(profile.colour), 32))
        self.icon.setAccessibleName(f"{self.role.title} icon")
        self.handle_label.setText(link_state(profile, self.sandbox))
        self.name_label.setText(profile.display_name)
        self.name_label.setVisible(bool(profile.display_name))
        self.composer.set_handle(profile.handle)

    def set_status(
        self,
        text: str,
        action: str = "",
        error: bool = False,
        on_action: Callable[[], object] | None = None,
    ) -> None:
        """Show a message about this account, optionally with one action button.

        Args:
            text: what happened and what to do ("" hides the message).
            action: the button's label ("" hides it); pressing it emits
                `status_action_clicked` and calls `on_action`.
            error: show the message as a problem.
            on_action: what the button does.
        """
        self._status_callback = on_action
        self.status.setText(text)
        set_style(self.status, "color: #B00020; font-weight: 600;" if error else "")
        self.status_action.setText(action)
        self.status_action.setVisible(bool(action))
        self.status_row.setVisible(bool(text))

    @property
    def posts_model(self) -> PostListModel:
        """The model of the recent-posts list (made on first use)."""
        if self._posts_model is None:
            from dualdesk.ui.posts_model import PostListModel  # noqa: PLC0415 - after first paint

            self._posts_model = PostListModel(parent=self)
            self.posts_view.setModel(self._posts_model)
        return self._posts_model

    def set_entries(self, entries: Sequence[Entry]) -> None:
        """Show the account's recent posts."""
        self.posts_model.set_entries(entries)

    def set_meter(self, text: str, warn: bool) -> None:
        """Show the self-promotion meter (professional pane) under the posts list.

        It goes below the tabs, inside their share of the pane, so both panes'
        composers start and end at the same height.
        """
        if not hasattr(self, "meter"):
            self.meter = QLabel(self.below)
            self.meter.setObjectName("meter")
            # One line, not wrapped: a wrapped label asks for its height by its width,
            # which the pane's layout serves before the stretch the composer shares.
            # The whole text is in the tooltip if a narrow pane cuts it.
            self.meter.setWordWrap(False)
            layout = self.below.layout()
            if isinstance(layout, QVBoxLayout):
                layout.addWidget(self.meter)
        self.meter.setText(("⚠ " if warn else "") + text)
        self.meter.setToolTip(text)
        set_style(self.meter, "color: #C25E00; font-weight: 600;" if warn else "")

    def set_unanswered(self, count: int) -> None:
        """Show how many mentions wait for an answer, on the header and the tab."""
        self.badge.setText(f"✉ {count} unanswered mention{'s' if count != 1 else ''}")
        self.badge.setVisible(count > 0)
        self.tabs.setTabText(2, f"Mentions ({count})" if count else "Mentions")

    def set_queued(self, count: int) -> None:
        """Show how many posts wait in the queue on its tab."""
        self.tabs.setTabText(1, f"Queue ({count})" if count else "Queue")

    def focus_composer(self) -> None:
        """Put the cursor in this pane's composer."""
        self.composer.editor.setFocus()

    @Slot()
    def request_profile_edit(self) -> None:
        """Ask for this pane's profile editor."""
        self.edit_profile_requested.emit(self.role)

    @Slot()
    def _on_status_action_clicked(self) -> None:
        self.status_action_clicked.emit()
        if self._status_callback is not None:
            self._status_callback()

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        self.request_profile_edit()


def link_state(profile: Profile, sandbox: bool = False) -> str:
    """The handle and whether it is linked, in words.

    In a sandbox window the demo accounts arrive a moment after the first
    paint: until then the pane says so rather than asking to link.
    """
    if not profile.handle:
        return "Sandbox account: starting…" if sandbox else "Not linked yet: Accounts → Link"
    if profile.sandbox:
        return f"@{profile.handle} · sandbox account"
    if profile.linked:
        return f"@{profile.handle} · linked to X"
    return f"@{profile.handle} · not linked yet: Accounts → Link"
