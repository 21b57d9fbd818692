"""Save a screenshot of the whole X display named by $DISPLAY to argv[1]."""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtGui import QGuiApplication


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    pixmap = screen.grabWindow(0)
    return 0 if pixmap.save(sys.argv[1], "PNG") else 1


if __name__ == "__main__":
    sys.exit(main())
