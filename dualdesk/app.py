"""Composition root of the window front: builds and wires everything."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from dualdesk.core.errors import DualdeskError
from dualdesk.launch import GuiOptions
from dualdesk.ui.main_window import MainWindow
from dualdesk.ui.tasks import TaskRunner
from dualdesk.wiring import Backend


def open_backend(options: GuiOptions) -> Backend:
    """The real accounts' backend, or the sandbox's when asked or nothing is linked.

    Raises:
        DualdeskError: the data directory cannot be used.
    """
    real = Backend(options.home)
    try:
        linked = any(p.linked for p in real.profiles.profiles().values())
    except DualdeskError:
        real.close()
        raise
    if linked and not options.sandbox:
        return real
    real.close()
    sandbox = Backend(options.home, sandbox=True)
    sandbox.profiles.profiles()  # the data directory is usable
    return sandbox


def run(options: GuiOptions, after_first_paint: Callable[[], None] | None = None) -> int:
    """Open the main window and run until it closes.

    Args:
        options: what the command line asked for.
        after_first_paint: called once the window has painted (benchmarks).
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("dualdesk")
    app.setDesktopFileName("dualdesk")
    try:
        backend = open_backend(options)
        profiles = backend.profiles.profiles()
    except DualdeskError as exc:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - only when it goes wrong

        QMessageBox.critical(None, "dualdesk cannot open its data", str(exc))
        return 1
    window = MainWindow(profiles, sandbox=backend.sandbox)
    runner = TaskRunner()
    controllers: list[Any] = []

    def start() -> None:
        gc.enable()  # paused for the start-up by the entry point (__main__)
        # The controller and everything it pulls in load after the first paint.
        from dualdesk.ui.window_controller import WindowController  # noqa: PLC0415

        controller = WindowController(window, backend, runner)
        controllers.append(controller)
        controller.start()

    if after_first_paint is not None:
        window.first_painted.connect(after_first_paint)
    # Start once the first frame is on screen, not inside its paint event.
    window.first_painted.connect(lambda: QTimer.singleShot(0, start))
    window.show()
    try:
        return app.exec()
    finally:
        for controller in controllers:
            controller.stop()
        runner.wait()
        backend.close()
