"""How the window is opened: its options, and the quick path to them.

Opening the app is the common case, so a plain launch (`dualdesk`,
`dualdesk --sandbox`, `dualdesk --home DIR`) is recognised here without
loading the full command-line parser; anything else goes to `cli.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class GuiOptions:
    """What the default command passes to the window front."""

    home: str | None
    sandbox: bool


def plain_launch(args: Sequence[str]) -> GuiOptions | None:
    """Return the window options if `args` only open the app, else None."""
    home: str | None = None
    sandbox = False
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--sandbox":
            sandbox = True
        elif arg == "--home" and rest and rest[0].strip() and not rest[0].startswith("-"):
            home = rest.pop(0)
        elif arg.startswith("--home=") and arg.removeprefix("--home=").strip():
            home = arg.removeprefix("--home=")
        else:
            return None
    return GuiOptions(home=home, sandbox=sandbox)
