"""The window on the sandbox, for the integration tests: a backend and a started controller."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dualdesk.core.accounts import Role
from dualdesk.core.timing_policy import TimingPolicy
from dualdesk.ui.main_window import MainWindow
from dualdesk.ui.tasks import SyncTaskRunner
from dualdesk.ui.window_controller import WindowController
from dualdesk.wiring import Backend


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[Backend]:
    opened = Backend(tmp_path, sandbox=True)
    # Posting "now" must not depend on the hour the tests run: any time, no
    # round-minute rule, unless a test sets its own windows.
    for role in Role:
        zone = opened.timing.policy(role).zone
        opened.timing.set_policy(
            role, TimingPolicy(zone=zone, avoid_round_minutes=False, min_gap_minutes=0)
        )
    yield opened
    opened.close()


@pytest.fixture
def controller(qtbot: QtBot, backend: Backend) -> Iterator[WindowController]:
    window = MainWindow(backend.profiles.profiles(), sandbox=True)
    qtbot.addWidget(window)
    built = WindowController(window, backend, SyncTaskRunner())
    window.show()
    built.start()
    qtbot.waitUntil(lambda: built.background_sending.sending, timeout=10000)
    yield built
    built.stop()
