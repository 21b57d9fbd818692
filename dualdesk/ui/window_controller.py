"""Connects the window to the services, off the GUI thread.

The window paints first; everything slow (the sandbox service, X, the
keyring, the scheduler) starts afterwards in the background and fills the
panes in as it arrives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from dualdesk.core.accounts import Profile, ProfileError, Role
from dualdesk.core.emails import SeparationWarning
from dualdesk.core.errors import DualdeskError
from dualdesk.core.posts import Post, PostState
from dualdesk.core.text_length import preload
from dualdesk.core.timeline import XPost
from dualdesk.services.profiles import ProfileChange
from dualdesk.ui.main_window import MainWindow
from dualdesk.ui.post_events import PostEvents
from dualdesk.ui.posting_flow import PostingFlow
from dualdesk.ui.posts_model import merge_entries
from dualdesk.ui.services import WindowServices
from dualdesk.ui.tasks import Runner

if TYPE_CHECKING:
    from dualdesk.ui.live_review import LiveReview
    from dualdesk.ui.pane_extras import PaneExtras
    from dualdesk.ui.profile_dialog import ProfileDialog


# A pane's reload: its outbox posts, its queue, its posts on X, a problem.
_Loaded = tuple[list[Post], list[Post], list[XPost], str]


def describe_error(exc: Exception) -> str:
    """A person-readable sentence for an error from below."""
    if isinstance(exc, DualdeskError | ProfileError):
        return str(exc)
    return f"Something unexpected went wrong ({type(exc).__name__}: {exc})."


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
        self.posting = PostingFlow(window, services, runner, self)
        self.posting.sends_here = lambda: self.sending
        self.reviews: dict[Role, LiveReview] = {}
        self.extras: dict[Role, PaneExtras] = {}
        self.sending = False
        self.queued: dict[Role, int] = {}
        # Each pane's last page of its posts on X; re-read only when asked or
        # after a post went out (each read is billed).
        self._on_x: dict[Role, list[XPost]] = {}
        self.tray: object = None
        # The do-not-follow check runs when due (daily), looked at hourly.
        self._hourly = QTimer(self)
        self._hourly.setInterval(60 * 60 * 1000)
        self._hourly.timeout.connect(self._on_hourly_timeout)
        # The first look, a minute after sending starts; a timer of our own
        # so that stop() can cancel it.
        self._first_look = QTimer(self)
        self._first_look.setSingleShot(True)
        self._first_look.setInterval(60 * 1000)
        self._first_look.timeout.connect(self._on_hourly_timeout)
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
        from dualdesk.ui.live_review import LiveReview  # noqa: PLC0415 - after first paint
        from dualdesk.ui.pane_extras import PaneExtras  # noqa: PLC0415
        from dualdesk.ui.window_menus import WindowMenus  # noqa: PLC0415

        for profile in profiles.values():
            self.window.show_profile(profile)
        for role, pane in self.window.panes.items():
            self.reviews[role] = LiveReview(
                pane.composer,
                self.services.review.review,
                self.runner,
                self.services.timing.prices,
                pane.composer,  # dies with its composer
            )
            self.extras[role] = PaneExtras(self, pane)
        self.menus = WindowMenus(self)
        self.services.posting.subscribe(self.events.notify)
        self.services.sender.subscribe(self.events.notify)
        self.runner.submit(self._start_sender, self._on_sender_started, self._on_sender_failed)
        self.refresh_all()
        self.load_meter()

    def _on_backend_failed(self, exc: Exception) -> None:
        self.window.statusBar().showMessage(f"Could not start: {describe_error(exc)}")
        for pane in self.window.panes.values():
            pane.set_status(describe_error(exc), error=True)

    def _start_sender(self) -> object:
        if not self.services.sender_lock.acquire():
            return self.services.sender_lock.holder() or 0
        return self.services.scheduler.start()

    def _on_sender_started(self, report: object) -> None:
        if isinstance(report, int):
            self.window.statusBar().showMessage(
                f"Another dualdesk (process {report or '?'}) is sending this data's posts; "
                "posts written here are queued and it sends them."
            )
            return
        self.sending = True
        self.window.statusBar().showMessage(
            "Ready. Queued posts go out on time while this is open."
        )
        from PySide6.QtWidgets import QSystemTrayIcon  # noqa: PLC0415

        if QSystemTrayIcon.isSystemTrayAvailable():
            from dualdesk.ui.tray import Tray  # noqa: PLC0415

            self.tray = Tray(self.window, self)
            self.window.keep_running = lambda: sum(self.queued.values()) > 0
        self._hourly.start()
        self._first_look.start()
        for post in getattr(report, "replanned", []):
            when = post.planned_at.astimezone()
            self.window.panes[post.account].set_status(
                f"A post was due while dualdesk was closed; it is planned again for "
                f"{when:%a %H:%M} so it stays inside your posting window."
            )

    def _on_sender_failed(self, exc: Exception) -> None:
        self.window.statusBar().showMessage(
            f"Queued posts are not being sent: {describe_error(exc)}"
        )

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
        self._hourly.stop()
        self._first_look.stop()
        if self.sending:
            self.services.scheduler.stop()

    # -- timelines ------------------------------------------------------

    def refresh_all(self) -> None:
        """Reload every pane's posts, queue and mentions."""
        for role in Role:
            self.refresh(role)
            extras = self.extras.get(role)
            if extras is not None:
                extras.load_mentions()

    def refresh(self, role: Role, from_x: bool = True) -> None:
        """Reload one pane's recent posts and queue; `from_x` re-reads X too."""
        pane = self.window.panes[role]
        pane.posts_view.setEnabled(False)
        pane.tabs.setTabText(0, "Recent posts (loading…)")

        known = self._on_x.get(role, [])

        def work() -> _Loaded:
            local = self.services.posting_history(role)
            queue = self.services.posting.queue(role)
            problem = ""
            remote = known
            try:
                client = self.services.client_for(role) if from_x else None
                if client is not None:
                    remote = list(client.recent_posts(20).items)
            except DualdeskError as exc:
                problem = f"Recent posts on X could not be loaded: {exc}"
            return local, queue, remote, problem

        def done(result: _Loaded) -> None:
            local, queue, remote, problem = result
            self._on_x[role] = remote
            entries = merge_entries(local, remote)
            pane.posts_view.setEnabled(True)
            pane.tabs.setTabText(0, "Recent posts")
            pane.set_entries(entries)
            pane.set_queued(len(queue))
            self.queued[role] = len(queue)
            extras = self.extras.get(role)
            if extras is not None:
                extras.show_queue(queue)
            if problem:
                pane.set_status(problem, error=True)

        def failed(exc: Exception) -> None:
            pane.posts_view.setEnabled(True)
            pane.tabs.setTabText(0, "Recent posts")
            pane.set_status(describe_error(exc), error=True)

        self.runner.submit(work, done, failed)

    def load_meter(self) -> None:
        """Show the self-promotion meter on the professional pane."""
        pane = self.window.panes[Role.PROFESSIONAL]

        def done(reading: object) -> None:
            plugs, total = getattr(reading, "plugs", 0), getattr(reading, "total", 0)
            warning = getattr(reading, "warning", None)
            text = f"Self-promotion: {plugs} of your last {total} posts only plug your own site."
            pane.set_meter(f"{text} {warning}" if warning else text, bool(warning))

        self.runner.submit(self.services.promotion_meter.reading, done, lambda _exc: None)

    @Slot()
    def _on_hourly_timeout(self) -> None:
        service = self.services.donotfollow

        def work() -> object:
            if service.count() == 0:  # nothing to look for: spend no reads
                return None
            return service.check_if_due(Role.PROFESSIONAL)

        def done(result: object) -> None:
            matches = getattr(result, "matches", ())
            if matches:
                self.window.panes[Role.PROFESSIONAL].set_status(
                    " ".join(match.message for match in matches), error=True
                )

        self.runner.submit(work, done, lambda _exc: None)

    @Slot(object)
    def _on_events_post_changed(self, post: Post) -> None:
        from dualdesk.services.send_holds import HOLD_MESSAGE  # noqa: PLC0415

        self.posting.post_changed(post)
        if post.state is PostState.QUEUED and post.error == HOLD_MESSAGE:
            self.window.panes[post.account].set_status(
                post.error,
                action="Link again…",
                error=True,
                on_action=lambda: self.menus.link(post.account),
            )
        if post.state is PostState.SENT and post.account in self.reviews:
            self.reviews[post.account.other].refresh()  # duplicates: the history moved
        self.refresh(post.account, from_x=post.state is PostState.SENT)

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
