"""Sending queued posts while the window is open, and the timed checks with it.

Only one dualdesk sends a data directory's posts: this window starts the
scheduler if it gets the sender lock, else it says which process sends. Once
sending, it offers the tray icon (so closing the window keeps sending while
posts are queued) and looks hourly whether the do-not-follow check is due.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

from dualdesk.core.accounts import Role
from dualdesk.ui.error_text import describe_error
from dualdesk.ui.main_window import MainWindow
from dualdesk.ui.services import WindowServices
from dualdesk.ui.tasks import Runner


class BackgroundSending(QObject):
    """Starts and stops this window's sender, its tray icon and its hourly look.

    Attributes:
        sending: whether this process sends the queued posts.
        tray: the tray icon, once sending and if the desktop has a tray.
    """

    def __init__(
        self,
        window: MainWindow,
        services: WindowServices,
        runner: Runner,
        queued_total: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        """Send for `window`; `queued_total` says how many posts still wait."""
        super().__init__(parent)
        self.window = window
        self.services = services
        self.runner = runner
        self._queued_total = queued_total
        self.sending = False
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

    def start(self) -> None:
        """Take the sender lock and start the scheduler, in the background."""
        self.runner.submit(self._start_sender, self._on_sender_started, self._on_sender_failed)

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
            self.window.keep_running = lambda: self._queued_total() > 0
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

    def stop(self) -> None:
        """Stop sending and the timed checks (at exit)."""
        self._hourly.stop()
        self._first_look.stop()
        if self.sending:
            self.services.scheduler.stop()

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
