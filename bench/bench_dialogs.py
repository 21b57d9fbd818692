"""How long the on-demand dialogs take to open (build, show, first paint).

Run: QT_QPA_PLATFORM=offscreen /tmp/venv/bin/python -m bench.bench_dialogs
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QApplication, QWidget

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.posts import Post, PostState
from dualdesk.core.pricing import PriceTable
from dualdesk.core.timing_policy import default_policy


def _open_ms(app: QApplication, build: Callable[[], QWidget], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        widget = build()
        widget.show()
        app.processEvents()
        best = min(best, time.perf_counter() - start)
        widget.close()
        widget.deleteLater()
        app.processEvents()
    return best * 1e3


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    start = time.perf_counter()
    from dualdesk.ui.audit_log_dialog import AuditLogDialog
    from dualdesk.ui.exposure_chart import ExposureDialog
    from dualdesk.ui.queue_view import QueueView
    from dualdesk.ui.settings_dialog import SettingsDialog

    print(f"import the four widget modules: {(time.perf_counter() - start) * 1e3:.1f} ms")
    profiles = {role: Profile(role, handle=f"h_{role.value}") for role in Role}
    pro = profiles[Role.PROFESSIONAL]
    policies = {role: default_policy(role, "Europe/London") for role in Role}
    monday = datetime(2026, 1, 5, tzinfo=UTC)
    history = [monday + timedelta(hours=7 * i, minutes=13) for i in range(2000)]
    queue = [
        Post(str(i), Role.PROFESSIONAL, f"post {i}", PostState.QUEUED, monday, history[i])
        for i in range(100)
    ]
    entries = [
        {"at": t.isoformat(), "account": "personal", "rule": "r", "reason": "x", "text": None}
        for t in history[:200]
    ]

    def queue_view() -> QWidget:
        view = QueueView(pro)
        view.set_posts(queue)
        return view

    cases: dict[str, Callable[[], QWidget]] = {
        "SettingsDialog": lambda: SettingsDialog(profiles, policies, PriceTable()),
        "ExposureDialog, 2000 sent + 50 queued": lambda: ExposureDialog.from_times(
            pro, history, history[:50], "Europe/London"
        ),
        "QueueView, 100 posts": queue_view,
        "AuditLogDialog, 200 entries": lambda: AuditLogDialog(entries, False),
    }
    for name, build in cases.items():
        print(f"{name}: {_open_ms(app, build):.1f} ms")


if __name__ == "__main__":
    main()
