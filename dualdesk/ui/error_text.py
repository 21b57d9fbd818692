"""How the window words an error that came up from the layers below."""

from __future__ import annotations

from dualdesk.core.accounts import ProfileError
from dualdesk.core.errors import DualdeskError


def describe_error(exc: Exception) -> str:
    """A person-readable sentence for an error from below."""
    if isinstance(exc, DualdeskError | ProfileError):
        return str(exc)
    return f"Something unexpected went wrong ({type(exc).__name__}: {exc})."
