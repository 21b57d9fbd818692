"""Account roles and profiles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum


class Role(StrEnum):
    """Which of the two identities an account is."""

    PROFESSIONAL = "professional"
    PERSONAL = "personal"

    @property
    def other(self) -> Role:
        """The other account of the pair."""
        return Role.PERSONAL if self is Role.PROFESSIONAL else Role.PROFESSIONAL

    @property
    def title(self) -> str:  # type: ignore[override]
        """The role in words, as shown in headers."""
        return self.value.capitalize()


# Okabe-Ito blue and orange: a pair that stays distinct under the common
# colour-vision deficiencies. Identity is also carried by words and icons.
DEFAULT_COLOURS: dict[Role, str] = {
    Role.PROFESSIONAL: "#0072B2",
    Role.PERSONAL: "#E69F00",
}

_COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
_HANDLE_RE = re.compile(r"^[A-Za-z0-9_]{1,15}$")


class ProfileError(ValueError):
    """A profile field is invalid; the message says which and why."""


def normalise_handle(handle: str) -> str:
    """Return an X handle without the leading @, validated.

    Raises:
        ProfileError: the handle is not 1-15 letters, digits or underscores.
    """
    bare = handle.strip().removeprefix("@")
    if not _HANDLE_RE.match(bare):
        raise ProfileError(
            f"'{handle}' is not an X handle: use 1-15 letters, digits or underscores."
        )
    return bare


def normalise_colour(colour: str) -> str:
    """Return a colour as upper-case #RRGGBB.

    Raises:
        ProfileError: the colour is not #RRGGBB.
    """
    value = colour.strip()
    if not _COLOUR_RE.match(value):
        raise ProfileError(f"'{colour}' is not a colour: use #RRGGBB, e.g. #0072B2.")
    return value.upper()


@dataclass(frozen=True)
class Profile:
    """One account of the pair, as the clinician describes it.

    Attributes:
        role: professional or personal; fixed for the profile's life.
        handle: the X handle without @, or "" when not set.
        display_name: the name shown on X.
        email: the mailbox the X account is registered with.
        colour: the pane colour, #RRGGBB.
        markers: words that identify this identity (practice name, website,
            real name); used to catch posts that link the two accounts.
        x_user_id: the X user id once linked, else "".
        protected: whether X reports the account as protected (locked).
        sandbox: whether the account lives on the built-in sandbox service.
    """

    role: Role
    handle: str = ""
    display_name: str = ""
    email: str = ""
    colour: str = ""
    markers: tuple[str, ...] = field(default_factory=tuple)
    x_user_id: str = ""
    protected: bool = False
    sandbox: bool = False

    def __post_init__(self) -> None:
        if not self.colour:
            object.__setattr__(self, "colour", DEFAULT_COLOURS[self.role])

    @property
    def linked(self) -> bool:
        """Whether an X account has been verified for this profile."""
        return bool(self.x_user_id)

    @property
    def at_handle(self) -> str:
        """The handle with @, or a phrase saying it is missing."""
        return f"@{self.handle}" if self.handle else "Not linked yet"

    def with_changes(self, **changes: object) -> Profile:
        """Return a copy with the given fields replaced."""
        return replace(self, **changes)  # type: ignore[arg-type]
