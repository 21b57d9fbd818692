"""The two panes' colours must tell them apart, not merely differ by one digit.

Found by hand: `dualdesk --sandbox profile set personal --colour "#0073B2"`
(the professional pane is #0072B2) was saved, and the window then showed
two identical blue panes.
Only an exact match is refused today.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dualdesk.core.accounts import ProfileError, Role
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.profiles import ProfileChange, ProfileService


@pytest.mark.parametrize("colour", ["#0073B2", "#0072B3", "#0575B5"])
def test_a_personal_colour_next_to_the_professional_one_is_refused(
    home: Path, colour: str
) -> None:
    store = SQLiteStore(home)
    try:
        service = ProfileService(store)
        service.update(Role.PROFESSIONAL, ProfileChange(colour="#0072B2"))
        with pytest.raises(ProfileError):
            service.update(Role.PERSONAL, ProfileChange(colour=colour))
    finally:
        store.close()
