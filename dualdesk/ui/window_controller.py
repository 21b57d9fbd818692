"""Connects the window to the services, off the GUI thread.

The window paints first; everything slow (the sandbox service, X, the
keyring, the scheduler) starts afterwards in the background and fills the
panes in as it arrives. The controller opens the backend, gives each pane
its live review and extras, builds the menus, routes post events to the
right pane and edits profiles; filling the panes is `PaneLoader`'s and
sending is `BackgroundSending`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.emails import SeparationWarning
from dualdesk.core.posts import Post, PostState
from dualdesk.core.text_length import preload
from dualdesk.services.profiles import ProfileChange
from dualdesk.ui.background_sending import BackgroundSending
from dualdesk.ui.error_text import describe_error
from dualdesk.ui.main_window import MainWindow
from dualdesk.ui.pane_loading import PaneLoader
from dualdesk.ui.post_events import PostEvents
from dualdesk.ui.posting_flow import PostingFlow
from dualdesk.ui.services import WindowServices
from dualdesk.ui.tasks import Runner

if TYPE_CHECKING:
    from dualdesk.ui.live_review import LiveReview
    from dualdesk.ui.pane_extras import PaneExtras
    from dualdesk.ui.profile_dialog import ProfileDialog


class WindowController(QObject):
    """Runs what the panes ask for and shows the results in the right pane."""

    def __init__(
        self,
        window: MainWindow,
        services: WindowServices,
        runner: Runner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.services = services
        self.runner = runner
        self.dialog: ProfileDialog | None = None
        self.events = PostEvents(self)
        self.events.post_changed.connect(self._on_events_post_changed)
        self.reviews: dict[Role, LiveReview] = {}
        self.extras: dict[Role, PaneExtras] = {}
        self.loader = PaneLoader(window, services, runner, self.extras)
        self.background_sending = BackgroundSending(
            window, services, runner, lambda: sum(self.loader.queued.values()), self
        )
        self.posting = PostingFlow(window, services, runner, self)
        self.posting.sends_here = lambda: self.background_sending.sending
        for pane in window.panes.values():
            pane.edit_profile_requested.connect(self._on_pane_edit_profile_requested)

    # -- start-up -------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Load what the first paint did not wait for."""
        self.runner.submit(preload, lambda _: None, lambda _: None)
        self.window.statusBar().showMessage("Starting…")
        self.runner.submit(self._open_backend, self._on_backend_open, self._on_backend_failed)

    def _open_backend(self) -> dict[Role, Profile]:
        if self.services.sandbox:
            self.services.sandbox_server  # noqa: B018 - starts the sandbox service
        profiles = self.services.profiles.profiles()
        self.services.review.context()  # builds the guards' index off the GUI thread
        return profiles

    def _on_backend_open(self, profiles: dict[Role, Profile]) -> None:
        from dualdesk.ui.account_menu import AccountMenu  # noqa: PLC0415
        from dualdesk.ui.live_review import LiveReview  # noqa: PLC0415 - after first paint
        from dualdesk.ui.pane_extras import PaneExtras  # noqa: PLC0415
        from dualdesk.ui.privacy_menu import PrivacyMenu  # noqa: PLC0415
        from dualdesk.ui.settings_menu import SettingsMenu  # noqa: PLC0415

        for profile in profiles.values():
            self.window.show_profile(profile)
        for role, pane in self.window.panes.items():
            self.extras[role] = PaneExtras(self, pane)
            self.reviews[role] = LiveReview(
                pane.composer,
                self.services.review.review,
                self.runner,
                self.services.timing.prices,
                pane.composer,  # dies with its composer
                extra=self.extras[role].pasted.findings,
            )
            self.posting.extra_findings[role] = self.extras[role].pasted.findings
        # Privacy and Settings join the menu bar in that order; the account
        # entries go into the window's own Accounts menu, ahead of both.
        self.privacy_menu = PrivacyMenu(self)
        self.settings_menu = SettingsMenu(self)
        self.account_menu = AccountMenu(self, after_linking=self.privacy_menu.pair_audit)
        self.services.posting.subscribe(self.events.notify)
        self.services.sender.subscribe(self.events.notify)
        self.background_sending.start()
        self.loader.refresh_all()
        self.loader.load_meter()

    def _on_backend_failed(self, exc: Exception) -> None:
        self.window.statusBar().showMessage(f"Could not start: {describe_error(exc)}")
        for pane in self.window.panes.values():
            pane.set_status(describe_error(exc), error=True)

    def restart_on_real_accounts(self) -> None:
        """Start a new dualdesk on the real accounts and close this one."""
        import sys  # noqa: PLC0415

        from PySide6.QtCore import QProcess  # noqa: PLC0415
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        QProcess.startDetached(
            sys.executable, ["-m", "dualdesk", "--home", str(self.services.home)]
        )
        QApplication.quit()

    def stop(self) -> None:
        """Stop sending and the timed checks (at exit)."""
        self.background_sending.stop()

    # -- post events ----------------------------------------------------

    @Slot(object)
    def _on_events_post_changed(self, post: Post) -> None:
        from dualdesk.services.send_holds import HOLD_MESSAGES, NOT_LINKED_MESSAGE  # noqa: PLC0415

        self.posting.post_changed(post)
        if post.state is PostState.QUEUED and post.error in HOLD_MESSAGES:
            self.window.panes[post.account].set_status(
                post.error,
                action="Link…" if post.error == NOT_LINKED_MESSAGE else "Link again…",
                error=True,
                on_action=lambda: self.account_menu.link(post.account),
            )
        if post.state is PostState.SENT and post.account in self.reviews:
            self.reviews[post.account.other].refresh()  # duplicates: the history moved
        self.loader.refresh(post.account, from_x=post.state is PostState.SENT)

    # -- profiles -------------------------------------------------------

    @Slot(object)
    def _on_pane_edit_profile_requested(self, role: Role) -> None:
        from dualdesk.ui.profile_dialog import ProfileDialog  # noqa: PLC0415 - not at start-up

        dialog = ProfileDialog(self.window.panes[role].profile, self.window)
        dialog.save_requested.connect(self._on_dialog_save_requested)
        self.dialog = dialog
        dialog.open()

    @Slot(object)
    def _on_dialog_save_requested(self, change: ProfileChange) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        role = dialog.profile.role

        def saved(result: tuple[Profile, list[SeparationWarning]]) -> None:
            profile, warnings = result
            self.window.show_profile(profile)
            self.window.panes[role].set_status(
                " ".join(f"{w.message} {w.advice}" for w in warnings)
            )
            dialog.accept()

        def failed(exc: Exception) -> None:
            dialog.show_error(describe_error(exc))

        self.runner.submit(lambda: self.services.profiles.update(role, change), saved, failed)
