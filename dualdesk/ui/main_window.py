"""The main window: the professional pane on the left, the personal on the right."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from dualdesk.core.accounts import Profile, Role
from dualdesk.ui.icons import role_icon
from dualdesk.ui.pane import AccountPane

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent


class MainWindow(QMainWindow):
    """Two account panes side by side, never sharing state.

    Signals:
        first_painted(): emitted once, after the window first paints.
        hidden_to_tray(): the window was closed but keeps sending from the tray.
    """

    first_painted = Signal()
    hidden_to_tray = Signal()

    def __init__(
        self, profiles: dict[Role, Profile], sandbox: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._painted = False
        # Set by the controller when a tray icon exists: says whether closing
        # should hide the window and keep sending instead of quitting.
        self.keep_running: Callable[[], bool] | None = None
        # Shortcuts are bound after the first paint: building a QKeySequence
        # makes PySide create every Qt enum (~15 ms) and nobody types that fast.
        self._shortcuts: list[tuple[QAction, str]] = []
        self.sandbox = sandbox
        # Horizontal: professional left, personal right. (Passing a parent to
        # the constructor makes PySide build every Qt enum, ~15 ms at start-up.)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        # Built inside the splitter: moving a styled pane there afterwards
        # polishes all its widgets a second time (~2.5 ms a pane).
        self.panes = {role: AccountPane(profiles[role], sandbox, splitter) for role in Role}
        splitter.addWidget(self.panes[Role.PROFESSIONAL])
        splitter.addWidget(self.panes[Role.PERSONAL])
        self.setCentralWidget(splitter)
        self.setWindowIcon(role_icon(Role.PROFESSIONAL, profiles[Role.PROFESSIONAL].colour))
        self.resize(1200, 760)
        self._build_menus()
        if sandbox:
            marker = QLabel("SANDBOX — nothing here reaches X", self)
            marker.setStyleSheet("font-weight: 700; padding: 0 8px;")
            self.statusBar().addPermanentWidget(marker)
        self.refresh_title()

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        quit_action = QAction("&Quit", self)
        self._shortcuts.append((quit_action, "Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        accounts = menu.addMenu("&Accounts")
        for number, role in enumerate(Role, start=1):
            focus = QAction(f"Write as {role.title}", self)
            self._shortcuts.append((focus, f"Ctrl+{number}"))
            focus.triggered.connect(self.panes[role].focus_composer)
            accounts.addAction(focus)
            self.addAction(focus)
        accounts.addSeparator()
        for role in Role:
            edit = QAction(f"Edit {role.value} profile…", self)
            edit.triggered.connect(self.panes[role].request_profile_edit)
            accounts.addAction(edit)
        self.accounts_menu = accounts

    def refresh_title(self) -> None:
        """Name both accounts in the title."""
        pro = self.panes[Role.PROFESSIONAL].profile
        per = self.panes[Role.PERSONAL].profile
        sandbox = " [SANDBOX]" if self.sandbox else ""
        self.setWindowTitle(
            f"dualdesk{sandbox} — {pro.at_handle} (Professional) · {per.at_handle} (Personal)"
        )

    @Slot(object)
    def show_profile(self, profile: Profile) -> None:
        """Show a saved profile in its pane and the title."""
        self.panes[profile.role].set_profile(profile)
        self.refresh_title()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.keep_running is not None and self.keep_running():
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._install_shortcuts)
            self.first_painted.emit()

    @Slot()
    def _install_shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence  # noqa: PLC0415 - not before the first paint

        for action, keys in self._shortcuts:
            action.setShortcut(QKeySequence(keys))
