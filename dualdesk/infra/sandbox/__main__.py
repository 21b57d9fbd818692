"""Run the sandbox X service: ``python -m dualdesk.infra.sandbox --state DIR``.

Prints the base URL on the first line of stdout, then serves until
interrupted (Ctrl-C or SIGTERM).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from dualdesk.infra.sandbox.server import SandboxServer


def main(argv: list[str] | None = None) -> int:
    """Start the sandbox, print its URL and wait to be stopped."""
    parser = argparse.ArgumentParser(
        prog="python -m dualdesk.infra.sandbox", description="The dualdesk sandbox X service."
    )
    parser.add_argument("--state", required=True, type=Path, help="directory for sandbox state")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0: any free)")
    parser.add_argument("--no-seed", action="store_true", help="do not create the demo accounts")
    parser.add_argument(
        "--allow-duplicates",
        action="store_true",
        help="accept repeated texts (for tests that must see a post sent twice)",
    )
    args = parser.parse_args(argv)

    done = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        done.set()

    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    with SandboxServer(
        args.state, port=args.port, seed=not args.no_seed, allow_duplicates=args.allow_duplicates
    ) as server:
        sys.stdout.write(server.url + "\n")
        sys.stdout.flush()
        done.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
