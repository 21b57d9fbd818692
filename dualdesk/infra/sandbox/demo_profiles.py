"""The two profiles dualdesk shows when it runs on the sandbox."""

from __future__ import annotations

from dualdesk.core.accounts import Profile, Role
from dualdesk.infra.sandbox.demo import PERSONAL_HANDLE, PROFESSIONAL_HANDLE
from dualdesk.infra.sandbox.state import SandboxState

_DEMO = {
    Role.PROFESSIONAL: {
        "handle": PROFESSIONAL_HANDLE,
        "email": "dr.river@riverpractice.example",
        "markers": ("River Practice", "riverpractice.example", "Alex River"),
    },
    Role.PERSONAL: {
        "handle": PERSONAL_HANDLE,
        "email": "alex.weekends@mail.example",
        "markers": ("alex_weekends",),
    },
}


def demo_profiles(state: SandboxState, saved: dict[Role, Profile]) -> list[Profile]:
    """Return the demo profiles to save: linked to the sandbox's demo users.

    Profiles the person already edited keep their edits; only the link to
    the sandbox account (user id, handle, protected flag) is refreshed.
    """
    result = []
    for role, demo in _DEMO.items():
        user = state.user_by_handle(str(demo["handle"]))
        if user is None:
            continue
        current = saved.get(role)
        if current is None or not current.email:
            current = Profile(
                role=role,
                email=str(demo["email"]),
                markers=tuple(demo["markers"]),
                display_name=user.name,
            )
        result.append(
            current.with_changes(
                handle=user.handle, x_user_id=user.id, protected=user.protected, sandbox=True
            )
        )
    return result
