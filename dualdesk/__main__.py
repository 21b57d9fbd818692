"""`python -m dualdesk` and the `dualdesk` console script."""

from __future__ import annotations

import gc
import os
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
        # Nothing made while the window starts is garbage yet, so the cyclic
        # collector would only walk the new objects over and over (about 4 ms
        # of CPU to the first paint). The window turns it back on once it has
        # painted; this is for when it never gets that far.
        gc.disable()
        try:
            return _open_app(options)
        finally:
            gc.enable()
    from dualdesk import cli  # noqa: PLC0415 - the full parser only for commands

    try:
        code = cli.main(args, open_app=_open_app)
        sys.stdout.flush()
    except BrokenPipeError:  # `dualdesk queue --json | head`: the reader left, nothing is wrong
        # Point stdout at /dev/null so the interpreter's own flush at exit stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
