"""A post naming a patient, with their date of birth and record number, must block.

Found by hand with `dualdesk check --account professional`: the text below
got two *warnings* (the date and the MRN) and nothing at all for the
patient's full name or the appointment, so one click on "Post" sends it,
with no typed reason and nothing in the audit log (only blocks are
audited). "Jane Smith missed her appointment today" and "Saw Jane Smith for
her intake today" got no finding at all. Meanwhile "Meh, a client
cancelled" blocks "Meh" as a person's name.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity

NAMED_RECORD = "Patient Maria Lopez (DOB 04/12/1987, MRN 4471823) missed her appointment today"


@pytest.mark.parametrize("account", list(Role))
def test_a_named_patient_with_dob_and_record_number_is_blocked(findings, account) -> None:
    found = findings(NAMED_RECORD, account)
    assert any(f.severity is Severity.BLOCK for f in found), [
        (f.rule.value, f.severity.value, NAMED_RECORD[f.start : f.end]) for f in found
    ]


@pytest.mark.parametrize(
    "text",
    ["Maria Lopez missed her appointment today", "Saw Maria Lopez for her intake today"],
)
def test_a_named_person_in_a_session_story_is_found(findings, text) -> None:
    found = findings(text, Role.PROFESSIONAL)
    assert any(f.rule in (Rule.PHI, Rule.CLINICAL) for f in found), f"nothing found in {text!r}"


def test_an_interjection_is_not_a_name(findings) -> None:
    text = "Meh, a client cancelled"
    names = [
        text[f.start : f.end] for f in findings(text, Role.PROFESSIONAL, Rule.PHI) if f.start == 0
    ]
    assert names == [], "'Meh' is blocked as a person's name or initial"
