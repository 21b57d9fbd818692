"""`python -m dualdesk` and the `dualdesk` console script."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from dualdesk.launch import GuiOptions, plain_launch


def _open_app(options: GuiOptions) -> int:
    from dualdesk.app import run  # noqa: PLC0415 - Qt loads only when a window is wanted

    return run(options)


def main(argv: Sequence[str] | None = None) -> int:
    """Run dualdesk with the given arguments (default: sys.argv)."""
    args = list(sys.argv[1:] if argv is None else argv)
    options = plain_launch(args)
    if options is not None:
        return _open_app(options)
    from dualdesk import cli  # noqa: PLC0415 - the full parser only for commands

    return cli.main(args, open_app=_open_app)


if __name__ == "__main__":
    sys.exit(main())
