"""Start-up benchmark: process start to the main window's first paint.

Compares `dualdesk` (through its command-line entry, on an empty data
directory) with a bare PySide6 QMainWindow started the same way. Each run is
a fresh process; the time runs from just before the process is spawned to
the first paint event, and memory is the child's peak RSS
(VmHWM) at that moment. The child's CPU time at the paint is reported too:
it moves far less than the wall time when other work shares the machine.

Python modules load from bytecode, as in an installed copy: the children
share a private bytecode cache that the warm-up run fills, even when
PYTHONDONTWRITEBYTECODE is set. `--no-bytecode` compiles dualdesk from
source in every run instead.

Usage: python bench/startup.py [--runs N] [--platform offscreen|xcb] [--no-bytecode]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

BARE = """
import sys, time
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
from PySide6.QtWidgets import QApplication, QMainWindow
class W(QMainWindow):
    done = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.done:
            self.done = True
            print(f"PAINT {time.time():.6f} {hwm()} {time.process_time():.6f}", flush=True)
            QApplication.quit()
app = QApplication(sys.argv[:1])
w = W(); w.resize(1200, 760); w.show()
app.exec()
"""

DUALDESK = """
import sys, time
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
from dualdesk import __main__ as entry
def hook():
    from PySide6.QtWidgets import QApplication
    print(f"PAINT {time.time():.6f} {hwm()} {time.process_time():.6f}", flush=True)
    QApplication.quit()
def open_app(options):
    from dualdesk.app import run
    return run(options, after_first_paint=hook)
entry._open_app = open_app  # same entry path as the console script, plus the paint hook
sys.exit(entry.main(["--home", sys.argv[1]]))
"""


def one_run(code: str, env: dict[str, str], home: str) -> tuple[float, float, float]:
    """Return (seconds to first paint, peak RSS in MiB, CPU seconds) for one fresh process."""
    start = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, home],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    status = proc.wait()
    if status != 0 or "PAINT" not in out:
        raise RuntimeError(f"child failed ({status}): {out}")
    painted, peak_kib, cpu = out.split("PAINT", 1)[1].split()[:3]
    return float(painted) - start, int(peak_kib) / 1024, float(cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument(
        "--no-bytecode", action="store_true", help="compile dualdesk from source in every run"
    )
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, PYTHONPATH=str(REPO))
    results: dict[str, list[tuple[float, float, float]]] = {"bare": [], "dualdesk": []}
    with tempfile.TemporaryDirectory() as tmp:
        if args.no_bytecode:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        # Warm the file cache, write the bytecode and create the data file once.
        one_run(DUALDESK, env, tmp)
        one_run(BARE, env, tmp)
        for _ in range(args.runs):
            results["bare"].append(one_run(BARE, env, tmp))
            results["dualdesk"].append(one_run(DUALDESK, env, tmp))
    medians = {
        name: tuple(statistics.median(run[i] for run in runs) for i in range(3))
        for name, runs in results.items()
    }
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    source = "dualdesk from source" if args.no_bytecode else "bytecode cached"
    print(f"platform: {args.platform}, {source}, runs: {args.runs} each, medians")
    for name, (secs, mib, cpu) in medians.items():
        print(
            f"{name:9s} first paint {secs * 1000:7.1f} ms   peak RSS {mib:6.1f} MiB   "
            f"CPU {cpu * 1000:6.1f} ms"
        )
    t_ratio = medians["dualdesk"][0] / medians["bare"][0]
    m_ratio = medians["dualdesk"][1] / medians["bare"][1]
    c_ratio = medians["dualdesk"][2] / medians["bare"][2]
    print(
        f"ratio     time {t_ratio:.2f}x   memory {m_ratio:.2f}x   (target <= 1.5x each)   "
        f"CPU {c_ratio:.2f}x"
    )
    return 0 if t_ratio <= 1.5 and m_ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
