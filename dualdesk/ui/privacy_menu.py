"""The Privacy menu: pair audit, do-not-follow list, posting-time exposure, audit log."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dualdesk.core.accounts import Role
from dualdesk.services.posting_ports import AUDIT_KEEPS_TEXT
from dualdesk.ui.menu_actions import MenuActions

if TYPE_CHECKING:
    from dualdesk.ui.window_controller import WindowController


class PrivacyMenu(MenuActions):
    """The Privacy menu of the menu bar and the dialogs it opens."""

    def __init__(self, controller: WindowController) -> None:
        """Add the Privacy menu to the window's menu bar."""
        super().__init__(controller)
        privacy = self.window.menuBar().addMenu("&Privacy")
        self._add(privacy, "Pair audit…", self.pair_audit)
        self._add(privacy, "Do-not-follow list…", self.donotfollow)
        for role in Role:
            self._add(
                privacy, f"What {role.value} posting times show…", lambda r=role: self.exposure(r)
            )
        self._add(privacy, "Audit log…", self.audit_log)

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
