"""The app, started as a user would, in a real window on a real X server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from dualdesk.core.accounts import DEFAULT_COLOURS, Role
from tests.conftest import REPO, cli_env, need_service

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb display."""
    xvfb = shutil.which("Xvfb")
    need_service(xvfb is not None, "Xvfb")
    assert xvfb is not None
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def colour_share(image: QImage, x0: int, x1: int, colour: str) -> float:
    """Return the share of sampled pixels in columns x0..x1 close to `colour`."""
    target = QColor(colour)
    hits = total = 0
    for x in range(x0, x1, 4):
        for y in range(0, image.height(), 4):
            pixel = image.pixelColor(x, y)
            total += 1
            if (
                abs(pixel.red() - target.red()) < 12
                and abs(pixel.green() - target.green()) < 12
                and abs(pixel.blue() - target.blue()) < 12
            ):
                hits += 1
    return hits / max(total, 1)


def test_panes_show_their_two_colours_in_a_real_window(
    display: str, home: Path, tmp_path: Path
) -> None:
    env = cli_env(home, {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"})
    log = tmp_path / "dualdesk.log"
    with log.open("w") as out:
        app = subprocess.Popen(
            [sys.executable, "-m", "dualdesk"], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    shot = tmp_path / "window.png"
    pro, per = DEFAULT_COLOURS[Role.PROFESSIONAL], DEFAULT_COLOURS[Role.PERSONAL]
    try:
        deadline = time.monotonic() + 40
        image = QImage()
        while time.monotonic() < deadline:
            assert app.poll() is None, f"dualdesk exited early:\n{log.read_text()}"
            grab = subprocess.run(
                [sys.executable, str(REPO / "tests" / "e2e" / "grab_screen.py"), str(shot)],
                env={**env, "QT_QPA_PLATFORM": "xcb"},
                capture_output=True,
                timeout=30,
                check=False,
            )
            if grab.returncode == 0 and image.load(str(shot)):
                half = image.width() // 2
                if (
                    colour_share(image, 0, half, pro) > 0.01
                    and colour_share(image, half, image.width(), per) > 0.01
                ):
                    break
            time.sleep(0.5)
        else:
            pytest.fail("the window never showed both pane colours")
    finally:
        app.terminate()
        app.wait(timeout=15)
    half = image.width() // 2
    # Professional colour on the left, personal on the right, and not swapped.
    assert colour_share(image, 0, half, pro) > 5 * colour_share(image, half, image.width(), pro)
    assert colour_share(image, half, image.width(), per) > 5 * colour_share(image, 0, half, per)
    artifacts = os.environ.get("DUALDESK_ARTIFACTS")
    if artifacts:
        Path(artifacts).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(artifacts) / "window.png")
