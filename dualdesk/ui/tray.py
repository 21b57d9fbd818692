"""The system tray icon: dualdesk keeps sending queued posts with its window closed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from dualdesk.core.accounts import Role
from dualdesk.ui.icons import role_icon
from dualdesk.ui.main_window import MainWindow


class Tray(QObject):
    """Shows the window again, or quits; tells when the window went to the tray."""

    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        colour = window.panes[Role.PROFESSIONAL].profile.colour
        self.icon = QSystemTrayIcon(role_icon(Role.PROFESSIONAL, colour), self)
        self.icon.setToolTip("dualdesk")
        menu = QMenu()
        menu.addAction("Show dualdesk", self._on_show_triggered)
        menu.addAction("Quit (queued posts wait until next start)", QApplication.quit)
        self.menu = menu
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._on_icon_activated)
        window.hidden_to_tray.connect(self._on_window_hidden_to_tray)
        self.icon.show()

    @Slot()
    def _on_show_triggered(self) -> None:
        self.window.showNormal()
        self.window.activateWindow()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._on_show_triggered()

    @Slot()
    def _on_window_hidden_to_tray(self) -> None:
        self.icon.showMessage(
            "dualdesk is still sending",
            "Queued posts go out on time while dualdesk runs here. "
            "Quit from this icon's menu to stop.",
        )
