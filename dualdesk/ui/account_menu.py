"""The Accounts menu's entries: link each account to X, or unlink it.

From the sandbox, linking sets up the real account instead: its profile
first, then the link, then an offer to reopen dualdesk on the real accounts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from dualdesk.core.accounts import Profile, Role
from dualdesk.ui.menu_actions import MenuActions

if TYPE_CHECKING:
    from dualdesk.ui.window_controller import WindowController


class AccountMenu(MenuActions):
    """Link and unlink entries for both accounts, under the window's Accounts menu."""

    def __init__(self, controller: WindowController, after_linking: Callable[[], None]) -> None:
        """Add the entries; `after_linking` runs once an account is linked (the pair audit)."""
        super().__init__(controller)
        self._after_linking = after_linking
        accounts = self.window.accounts_menu
        accounts.addSeparator()
        for role in Role:
            self._add(accounts, f"Link {role.value} account to X…", lambda r=role: self.link(r))
        for role in Role:
            self._add(accounts, f"Unlink {role.value} account…", lambda r=role: self.unlink(r))

    def link(self, role: Role) -> None:
        """Open the link dialog for one pane."""
        if self.c.services.sandbox:
            self.link_real(role)
            return
        from dualdesk.ui.link_dialog import LinkDialog  # noqa: PLC0415

        dialog = LinkDialog(
            self.window.panes[role].profile, self.c.services.linking, self.c.runner, self.window
        )
        dialog.linked.connect(self._on_linked)
        self.dialog = dialog
        dialog.open()

    def link_real(self, role: Role) -> None:
        """From the sandbox: set up the real account's profile, then link it.

        The real accounts keep their own data; the sandbox's stays where it is.
        """
        from dualdesk.ui.link_dialog import LinkDialog  # noqa: PLC0415
        from dualdesk.ui.profile_dialog import ProfileDialog  # noqa: PLC0415

        real = self.c.services.real_accounts()
        profile = real.profiles.profiles()[role]
        form = ProfileDialog(profile, self.window)
        form.setWindowTitle(f"Your real {role.value} account: its email first")

        def save(change: Any) -> None:
            def saved(result: tuple[Profile, Any]) -> None:
                form.accept()
                link = LinkDialog(result[0], real.linking, self.c.runner, self.window)
                link.linked.connect(self._on_real_linked)
                self.dialog = link
                link.open()

            self.c.runner.submit(
                lambda: real.profiles.update(role, change),
                saved,
                lambda exc: form.show_error(str(exc)),
            )

        form.save_requested.connect(save)
        self.dialog = form
        form.open()

    def _on_real_linked(self, profile: Profile) -> None:
        answer = QMessageBox.question(
            self.window,
            "Linked",
            f"Linked {profile.at_handle}. Reopen dualdesk on your real accounts now? "
            "(The sandbox stays available with `dualdesk --sandbox`.)",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.c.restart_on_real_accounts()

    def _on_linked(self, profile: Profile) -> None:
        self.window.show_profile(profile)
        self.c.loader.refresh(profile.role)
        self._after_linking()  # the pair audit: is the personal account locked?

    def unlink(self, role: Role) -> None:
        """Remove an account's keys after confirmation."""
        answer = QMessageBox.question(
            self.window,
            "Unlink?",
            f"Remove the {role.value} account's keys from this computer? Queued posts stay "
            "queued until you link it again.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter must not do the risky thing
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(_changed: object) -> None:
            profile = self.c.services.profiles.profiles()[role]
            self.window.show_profile(profile)
            self.window.panes[role].set_status("Unlinked: its keys were removed.")

        self.c.runner.submit(
            lambda: self.c.services.linking.unlink(role), done, self._fail("Unlink")
        )
