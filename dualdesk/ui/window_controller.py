"""Connects the window's requests to the services, off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from dualdesk.core.accounts import Profile, ProfileError, Role
from dualdesk.core.emails import SeparationWarning
from dualdesk.core.errors import DualdeskError
from dualdesk.core.posts import Draft, Post
from dualdesk.core.text_length import preload
from dualdesk.services.profiles import ProfileChange, ProfileService
from dualdesk.ui.main_window import MainWindow
from dualdesk.ui.tasks import Runner

if TYPE_CHECKING:
    from dualdesk.ui.profile_dialog import ProfileDialog


class WindowController(QObject):
    """Runs what the panes ask for and shows the results in the right pane."""

    def __init__(
        self,
        window: MainWindow,
        profiles: ProfileService,
        runner: Runner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self._profiles = profiles
        self._runner = runner
        self.dialog: ProfileDialog | None = None
        for pane in window.panes.values():
            pane.edit_profile_requested.connect(self._on_pane_edit_profile_requested)
            pane.post_requested.connect(self._on_pane_post_requested)

    @Slot()
    def start(self) -> None:
        """Load what the first paint did not wait for."""
        self._runner.submit(preload, lambda _: None, lambda _: None)

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
            pane = self.window.panes[role]
            pane.set_status(" ".join(f"{w.message} {w.advice}" for w in warnings))
            dialog.accept()

        def failed(exc: Exception) -> None:
            if isinstance(exc, ProfileError | DualdeskError):
                dialog.show_error(str(exc))
            else:
                dialog.show_error(f"The profile could not be saved: {exc}")

        self._runner.submit(lambda: self._profiles.update(role, change), saved, failed)

    @Slot(object)
    def _on_pane_post_requested(self, draft: Draft) -> None:
        pane = self.window.panes[draft.account]
        pane.set_status(
            "Posting needs a linked account: link one from the Accounts menu, "
            "or try the sandbox with `dualdesk --sandbox`."
        )

    def show_posts(self, role: Role, posts: list[Post]) -> None:
        """Show an account's posts in its pane only."""
        self.window.panes[role].set_posts(posts)
