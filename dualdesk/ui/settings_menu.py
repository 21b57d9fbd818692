"""The Settings menu: each account's posting times and the price table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dualdesk.core.accounts import Role
from dualdesk.core.pricing import PriceTable
from dualdesk.core.timing_policy import TimingPolicy
from dualdesk.ui.menu_actions import MenuActions

if TYPE_CHECKING:
    from dualdesk.ui.window_controller import WindowController


class SettingsMenu(MenuActions):
    """The Settings menu of the menu bar and its dialog."""

    def __init__(self, controller: WindowController) -> None:
        """Add the Settings menu to the window's menu bar."""
        super().__init__(controller)
        settings = self.window.menuBar().addMenu("&Settings")
        self._add(settings, "Posting times and costs…", self.settings)

    def settings(self) -> None:
        """Edit each account's posting times and the price table."""
        from dualdesk.ui.settings_dialog import SettingsDialog  # noqa: PLC0415

        timing = self.c.services.timing

        def opened(result: tuple[dict[Role, TimingPolicy], PriceTable]) -> None:
            policies, prices = result
            profiles = {role: pane.profile for role, pane in self.window.panes.items()}
            dialog = SettingsDialog(profiles, policies, prices, self.window)
            dialog.saved.connect(self._on_settings_saved)
            self.dialog = dialog
            dialog.open()

        self.c.runner.submit(
            lambda: ({role: timing.policy(role) for role in Role}, timing.prices()),
            opened,
            self._fail("Settings"),
        )

    def _on_settings_saved(self, result: tuple[dict[Role, TimingPolicy], PriceTable]) -> None:
        policies, prices = result
        timing = self.c.services.timing

        def save() -> None:
            for role, policy in policies.items():
                timing.set_policy(role, policy)
            timing.set_prices(prices)

        def done(_r: object) -> None:
            self.window.statusBar().showMessage("Settings saved.", 5000)
            for review in self.c.reviews.values():
                review.refresh()

        self.c.runner.submit(save, done, self._fail("Settings were not saved"))
