"""Inside a client story: a named hospital's numbered ward, and a place "being" something.

A hospital by its initials or name with a ward number places a client down to
the corridor; a ward with no hospital and a kind of unit do not. A place
followed by "being" ("her flat in Tampines being sold") is still a place.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity


def _spans(findings, text: str, account: Role = Role.PROFESSIONAL) -> list[str]:
    found = findings(text, account=account, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end] for f in found if f.severity is not Severity.INFO]


#: (text, the identifier found)
FOUND = [
    (
        "Consult please: a client of mine, ICU nurse at RBH ward 7, can't stop replaying a death.",
        "RBH ward 7",
    ),
    (
        "A man I see was admitted to ward 14 at RCH last night. Gutted for him.",
        "ward 14 at RCH",
    ),
    (
        "My 10am cried about her little shop in Yishun being shut down by the landlord.",
        "Yishun",
    ),
]

#: Wards and units that name no hospital.
QUIET = [
    "A woman I see was moved to ward 6 yesterday and finally slept.",
    "Had a lad today who spent a week in ICU ward 2 after the crash and is only now talking.",
]


@pytest.mark.parametrize(("text", "span"), FOUND)
def test_a_named_ward_or_a_place_being_something_is_found(findings, text, span) -> None:
    assert any(span in s for s in _spans(findings, text)), _spans(findings, text)


@pytest.mark.parametrize("text", QUIET)
def test_a_ward_without_a_hospital_is_quiet(findings, text) -> None:
    assert not any("ward" in s.lower() for s in _spans(findings, text)), _spans(findings, text)
