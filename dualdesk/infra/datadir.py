"""Where dualdesk keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "DUALDESK_HOME"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the data directory: --home, else $DUALDESK_HOME, else the user data dir."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs  # noqa: PLC0415 - only needed when no directory is given

    return Path(platformdirs.user_data_dir("dualdesk", appauthor=False))
