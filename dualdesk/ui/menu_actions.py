"""What the window's menus have in common: adding an entry, showing a failure.

Each menu (accounts, privacy, settings) is a `MenuActions` that builds its
entries once the services are up and opens its dialogs; the work behind them
runs in the background on the controller's runner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from dualdesk.ui.error_text import describe_error

if TYPE_CHECKING:
    from dualdesk.ui.window_controller import WindowController


class MenuActions(QObject):
    """One menu's entries and the dialog it last opened.

    Attributes:
        c: the window controller (services, runner, panes).
        window: the main window the menu lives in.
        dialog: the dialog this menu opened last, kept alive while open.
    """

    def __init__(self, controller: WindowController) -> None:
        """Build on `controller`'s window; the menu dies with the controller."""
        super().__init__(controller)
        self.c = controller
        self.window = controller.window
        self.dialog: Any = None

    def _add(self, menu: Any, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _fail(self, title: str) -> Any:
        return lambda exc: QMessageBox.warning(self.window, title, describe_error(exc))
