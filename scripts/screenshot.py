"""Render docs/screenshot.png: the window on a fresh sandbox, mid-draft.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshot.py [OUT.png]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from dualdesk.core.accounts import Role
from dualdesk.ui.main_window import MainWindow
from dualdesk.ui.tasks import SyncTaskRunner
from dualdesk.ui.window_controller import WindowController
from dualdesk.wiring import Backend


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png")
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as home:
        backend = Backend(home, sandbox=True)
        window = MainWindow(backend.profiles.profiles(), sandbox=True)
        controller = WindowController(window, backend, SyncTaskRunner())
        window.resize(1280, 760)
        window.show()
        controller.start()
        pro = window.panes[Role.PROFESSIONAL].composer
        pro.editor.setPlainText(
            "Had a client today who finally said it out loud. Off to the gym after."
        )
        personal = window.panes[Role.PERSONAL].composer
        personal.editor.setPlainText("Trail loop again on Saturday, who's in?")
        for review in controller.reviews.values():
            review.refresh()
        for _ in range(20):
            app.processEvents()
        ok = window.grab().save(str(out), "PNG")
        controller.stop()
        backend.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
