"""Editing the two account profiles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dualdesk.core.accounts import (
    Profile,
    ProfileError,
    Role,
    normalise_colour,
    normalise_handle,
)
from dualdesk.core.colours import too_alike

if TYPE_CHECKING:
    from dualdesk.core.emails import SeparationWarning
    from dualdesk.core.ports import ProfileStore


@dataclass(frozen=True)
class ProfileChange:
    """Fields to change on one profile; None leaves a field as it is."""

    handle: str | None = None
    email: str | None = None
    display_name: str | None = None
    markers: Sequence[str] | None = None
    colour: str | None = None


class ProfileService:
    """Reads and changes profiles, enforcing the pair's rules before saving."""

    def __init__(self, store: ProfileStore) -> None:
        self._store = store

    def profiles(self) -> dict[Role, Profile]:
        """Return both profiles; a role never set gets an empty default."""
        saved = self._store.load_profiles()
        return {role: saved.get(role, Profile(role=role)) for role in Role}

    def update(self, role: Role, change: ProfileChange) -> tuple[Profile, list[SeparationWarning]]:
        """Validate and save a change to one profile.

        Nothing is saved unless every field is valid and the pair still has
        separate mailboxes.

        Returns:
            The saved profile and any warnings about the pair.

        Raises:
            ProfileError: a field is invalid (EmailNotSeparated if the two
                addresses reach one mailbox).
        """
        # The window reads profiles before its first paint; the address
        # rules load only when a profile is edited.
        from dualdesk.core.emails import check_separation, validate_address  # noqa: PLC0415

        current = self.profiles()
        profile = current[role]
        fields: dict[str, object] = {}
        if change.handle is not None:
            fields["handle"] = normalise_handle(change.handle) if change.handle.strip() else ""
            _check_handle(profile, current[role.other], str(fields["handle"]))
        if change.email is not None:
            fields["email"] = validate_address(change.email) if change.email.strip() else ""
        if change.display_name is not None:
            name = change.display_name.strip()
            if len(name) > 50:
                raise ProfileError("A display name on X is at most 50 characters.")
            fields["display_name"] = name
        if change.markers is not None:
            fields["markers"] = tuple(
                dict.fromkeys(m.strip() for m in change.markers if m.strip())
            )
        if change.colour is not None:
            fields["colour"] = normalise_colour(change.colour)
        updated = profile.with_changes(**fields)
        pair = {**current, role: updated}
        if too_alike(pair[Role.PROFESSIONAL].colour, pair[Role.PERSONAL].colour):
            raise ProfileError(
                "Both panes would look the same colour: pick a clearly different colour "
                "for one (the defaults are blue and amber)."
            )
        warnings = check_separation(pair)
        self._store.save_profiles([updated])
        return updated, warnings

    def save_linked(self, profile: Profile) -> None:
        """Save a profile whose X identity was just verified."""
        self._store.save_profiles([profile])


def _check_handle(profile: Profile, other: Profile, handle: str) -> None:
    """Refuse a handle X did not give a linked account, or the other account's handle.

    Raises:
        ProfileError: the account is linked under another handle, or both
            accounts would have one handle.
    """
    name = profile.role.value.capitalize()
    if profile.linked and handle.casefold() != profile.handle.casefold():
        raise ProfileError(
            f"The {name} account is linked to X as @{profile.handle}, so its handle comes "
            "from X. To use another account, unlink this one first (Accounts menu)."
        )
    if handle and handle.casefold() == other.handle.casefold():
        raise ProfileError(
            f"@{handle} is already the {other.role.value} account's handle: each account "
            "is a different X account with its own handle."
        )
