"""A private Xvfb display that a client has been seen to reach.

Xvfb reports the display it took as soon as it listens, but "listening" is
not "reachable": a display number whose abstract socket belongs to another
server (containers share those across a network namespace) hands clients to
the wrong server. So each candidate is probed with libxcb, as Qt connects,
and a display that fails the probe is dropped for the next one.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import random
import subprocess
import time
from pathlib import Path


def reachable(display: str) -> bool:
    """Return True if an X client can connect to `display` right now."""
    name = ctypes.util.find_library("xcb") or "libxcb.so.1"
    xcb = ctypes.CDLL(name)
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection is not None:
            xcb.xcb_disconnect(connection)


def start_xvfb(xvfb: str, log: Path, tries: int = 8) -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb on a free, reachable display; return the process and ":N".

    Raises RuntimeError with what each attempt printed when none worked.
    """
    failures: list[str] = []
    first = random.randrange(100, 900)
    for number in range(first, first + tries):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        attempt_log = log.with_name(f"{log.stem}-{number}{log.suffix}")
        read_end, write_end = os.pipe()
        with attempt_log.open("wb") as out:
            proc = subprocess.Popen(
                [
                    xvfb,
                    f":{number}",
                    "-displayfd",
                    str(write_end),
                    "-screen",
                    "0",
                    "1280x800x24",
                    "-nolisten",
                    "tcp",
                ],
                pass_fds=(write_end,),
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            reported = pipe.readline().strip()
        display = f":{reported}"
        if reported and _reachable_soon(display):
            return proc, display
        proc.terminate()
        proc.wait(timeout=10)
        printed = attempt_log.read_text(errors="replace").strip()
        failures.append(f":{number}: {printed or 'no output'}")
    raise RuntimeError("no Xvfb display could be reached:\n" + "\n".join(failures))


def _reachable_soon(display: str, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while True:
        if reachable(display):
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
