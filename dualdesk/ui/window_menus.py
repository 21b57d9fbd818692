"""The menus that open once the services are up: linking, privacy, settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.pricing import PriceTable
from dualdesk.core.timing_policy import TimingPolicy
from dualdesk.services.posting_ports import AUDIT_KEEPS_TEXT
from dualdesk.ui.error_text import describe_error

if TYPE_CHECKING:
    from dualdesk.ui.window_controller import WindowController


class WindowMenus(QObject):
    """Builds the menus and opens their dialogs; the work runs in the background."""

    def __init__(self, controller: WindowController) -> None:
        super().__init__(controller)
        self.c = controller
        self.window = controller.window
        self.dialog: Any = None
        bar = self.window.menuBar()
        accounts = self.window.accounts_menu
        accounts.addSeparator()
        for role in Role:
            self._add(accounts, f"Link {role.value} account to X…", lambda r=role: self.link(r))
        for role in Role:
            self._add(accounts, f"Unlink {role.value} account…", lambda r=role: self.unlink(r))
        privacy = bar.addMenu("&Privacy")
        self._add(privacy, "Pair audit…", self.pair_audit)
        self._add(privacy, "Do-not-follow list…", self.donotfollow)
        for role in Role:
            self._add(
                privacy, f"What {role.value} posting times show…", lambda r=role: self.exposure(r)
            )
        self._add(privacy, "Audit log…", self.audit_log)
        settings = bar.addMenu("&Settings")
        self._add(settings, "Posting times and costs…", self.settings)

    def _add(self, menu: Any, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _fail(self, title: str) -> Any:
        return lambda exc: QMessageBox.warning(self.window, title, describe_error(exc))

    # -- accounts -----------------------------------------------------------

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
        self.pair_audit()  # shown after linking: is the personal account locked?

    def unlink(self, role: Role) -> None:
        """Remove an account's keys after confirmation."""
        answer = QMessageBox.question(
            self.window,
            "Unlink?",
            f"Remove the {role.value} account's keys from this computer? Queued posts stay "
            "queued until you link it again.",
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

    # -- privacy ------------------------------------------------------------

    def pair_audit(self) -> None:
        """Run the pair audit and show it."""
        from dualdesk.ui.pair_audit_dialog import PairAuditDialog  # noqa: PLC0415

        audit = self.c.services.pair_audit

        def done(result: tuple[Any, dict[str, bool | None]]) -> None:
            checks, answers = result
            dialog = PairAuditDialog(checks, answers, self.window)

            def answered(check_id: str, value: bool | None) -> None:
                def work() -> Any:
                    audit.set_answer(check_id, value)
                    return audit.run()

                self.c.runner.submit(work, dialog.set_checks, self._fail("Pair audit"))

            dialog.answer_changed.connect(answered)
            self.dialog = dialog
            dialog.open()

        self.window.statusBar().showMessage("Checking the two accounts…")
        self.c.runner.submit(
            lambda: (audit.run(), audit.answers()), done, self._fail("Pair audit")
        )

    def donotfollow(self) -> None:
        """Open the do-not-follow list."""
        from dualdesk.ui.donotfollow_dialog import DoNotFollowDialog  # noqa: PLC0415

        service = self.c.services.donotfollow

        def opened(count: int) -> None:
            dialog = DoNotFollowDialog(count, self.window)

            def fail(exc: Exception) -> None:
                dialog.show_result(str(exc))

            def changed(verb: str) -> Any:
                def show(count: int) -> None:
                    dialog.set_count(service.count())
                    dialog.show_result(f"{count} {verb}.")

                return show

            dialog.add_requested.connect(
                lambda lines: self.c.runner.submit(
                    lambda: service.add(lines), changed("added"), fail
                )
            )
            dialog.remove_requested.connect(
                lambda lines: self.c.runner.submit(
                    lambda: service.remove(lines), changed("removed"), fail
                )
            )

            def checked(result: Any) -> None:
                lines = [m.message for m in result.matches] or [
                    "No listed account follows or is followed by your professional account."
                ]
                lines += list(result.problems)
                dialog.show_result("\n".join(lines))

            def check() -> None:
                dialog.show_result("Checking followers and following…")
                self.c.runner.submit(lambda: service.check(Role.PROFESSIONAL), checked, fail)

            dialog.check_requested.connect(check)
            self.dialog = dialog
            dialog.open()

        self.c.runner.submit(service.count, opened, self._fail("Do-not-follow list"))

    def exposure(self, role: Role) -> None:
        """Show what the account's posting times give away."""
        from dualdesk.ui.exposure_chart import ExposureDialog  # noqa: PLC0415

        def done(result: Any) -> None:
            dialog = ExposureDialog(
                self.window.panes[role].profile, result.reports, result.zone, self.window
            )
            self.dialog = dialog
            dialog.open()
            if result.note:
                self.window.statusBar().showMessage(result.note, 10000)

        self.window.statusBar().showMessage("Reading posting times…", 3000)
        self.c.runner.submit(
            lambda: self.c.services.exposure.report(role), done, self._fail("Posting times")
        )

    def audit_log(self) -> None:
        """Show the local audit log of overrides and account changes."""
        from dualdesk.ui.audit_log_dialog import AuditLogDialog  # noqa: PLC0415

        store = self.c.services.store

        def done(result: tuple[list[dict[str, object]], bool]) -> None:
            entries, keep = result
            dialog = AuditLogDialog(entries, keep, parent=self.window)
            dialog.keep_text_changed.connect(
                lambda value: self.c.runner.submit(
                    lambda: store.set_setting(AUDIT_KEEPS_TEXT, bool(value)),
                    lambda _r: None,
                    self._fail("Audit log"),
                )
            )
            self.dialog = dialog
            dialog.open()

        self.c.runner.submit(
            lambda: (store.entries(), bool(store.get_setting(AUDIT_KEEPS_TEXT, False))),
            done,
            self._fail("Audit log"),
        )

    # -- settings -----------------------------------------------------------

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
