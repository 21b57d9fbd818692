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
from tests.e2e.xdisplay import reachable, start_xvfb

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """A private Xvfb display, probed as reachable before the app starts."""
    xvfb = shutil.which("Xvfb")
    need_service(xvfb is not None, "Xvfb")
    assert xvfb is not None
    proc, number = start_xvfb(xvfb, tmp_path / "xvfb.log")
    try:
        yield number
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


def grab(env: dict[str, str], shot: Path) -> QImage | None:
    """Screenshot the whole display, or None if that failed this time."""
    result = subprocess.run(
        [sys.executable, str(REPO / "tests" / "e2e" / "grab_screen.py"), str(shot)],
        env={**env, "QT_QPA_PLATFORM": "xcb"},
        capture_output=True,
        timeout=30,
        check=False,
    )
    image = QImage()
    return image if result.returncode == 0 and image.load(str(shot)) else None


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
    seen = "no screenshot yet"
    try:
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline:
            assert app.poll() is None, (
                f"dualdesk exited early (display {display} reachable now: {reachable(display)}):"
                f"\n{log.read_text()}"
            )
            image = grab(env, shot)
            if image is not None:
                half = image.width() // 2
                shares = {
                    "pro left": colour_share(image, 0, half, pro),
                    "pro right": colour_share(image, half, image.width(), pro),
                    "per left": colour_share(image, 0, half, per),
                    "per right": colour_share(image, half, image.width(), per),
                }
                seen = ", ".join(f"{k} {v:.3f}" for k, v in shares.items())
                # Professional colour on the left, personal on the right, and not swapped.
                if (
                    shares["pro left"] > 0.01
                    and shares["per right"] > 0.01
                    and shares["pro left"] > 5 * shares["pro right"]
                    and shares["per right"] > 5 * shares["per left"]
                ):
                    break
            time.sleep(0.5)
        else:
            pytest.fail(f"the window never showed both pane colours apart ({seen})")
    finally:
        app.terminate()
        app.wait(timeout=15)
    artifacts = os.environ.get("DUALDESK_ARTIFACTS")
    if artifacts:
        Path(artifacts).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(artifacts) / "window.png")
