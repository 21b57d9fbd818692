"""Fills the panes in the background: posts, queue, mentions and the meter.

Each pane's recent posts merge the outbox with the account's last page on X.
That page is remembered per pane and read again only when asked for or after
a post went out, because each read of X is billed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dualdesk.core.accounts import Role
from dualdesk.core.errors import DualdeskError
from dualdesk.core.posts import Post
from dualdesk.core.timeline import XPost
from dualdesk.ui.error_text import describe_error
from dualdesk.ui.main_window import MainWindow
from dualdesk.ui.posts_model import merge_entries
from dualdesk.ui.services import WindowServices
from dualdesk.ui.tasks import Runner

if TYPE_CHECKING:
    from dualdesk.ui.pane_extras import PaneExtras


# A pane's reload: its outbox posts, its queue, its posts on X, a problem.
_Loaded = tuple[list[Post], list[Post], list[XPost], str]


class PaneLoader:
    """Reloads what each pane shows, off the GUI thread.

    Attributes:
        queued: how many posts wait in each account's queue, as last loaded.
    """

    def __init__(
        self,
        window: MainWindow,
        services: WindowServices,
        runner: Runner,
        extras: dict[Role, PaneExtras],
    ) -> None:
        """Load into `window`'s panes; `extras` fills in as the panes gain them."""
        self.window = window
        self.services = services
        self.runner = runner
        self.extras = extras
        self.queued: dict[Role, int] = {}
        # Each pane's last page of its posts on X; re-read only when asked or
        # after a post went out (each read is billed).
        self._on_x: dict[Role, list[XPost]] = {}

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
                    # Posts made on X itself count for the duplicate and paste guards too.
                    self.services.review.remember_on_x(role, remote)
                    self.services.review.context()  # rebuilt here, off the GUI thread
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
