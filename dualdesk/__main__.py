"""`python -m dualdesk` and the `dualdesk` console script."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from dualdesk import cli


def _open_app(options: cli.GuiOptions) -> int:
    from dualdesk.app import run  # noqa: PLC0415 - Qt loads only when a window is wanted

    return run(options)


def main(argv: Sequence[str] | None = None) -> int:
    """Run dualdesk with the given arguments (default: sys.argv)."""
    return cli.main(argv, open_app=_open_app)


if __name__ == "__main__":
    sys.exit(main())
