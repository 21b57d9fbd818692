"""Several kinds of identifier for one person block on their own; one kind only warns."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity


def _severities(findings, text: str, account: Role) -> set[Severity]:
    return {f.severity for f in findings(text, account, Rule.PHI)}


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Okafor, MRN 5538120",  # a titled surname and a record number
        "Mr. Okafor, 11/03/1979 intake",  # a titled surname and a date
        "Note: client Anita Desai, born 11/03/1979",  # a full name and a date of birth
        "DOB 11/03/1979, chart #5538120",  # a date of birth and a record number
        "Happy birthday Mr. Reyes, 11/03 forever",  # a titled name and his birthday, one sentence
    ],
)
def test_a_name_date_and_record_together_block_even_on_the_personal_account(
    findings, text
) -> None:
    assert _severities(findings, text, Role.PERSONAL) == {Severity.BLOCK}


@pytest.mark.parametrize(
    "text",
    [
        "Jo was born 11/03/1979 and still beats me at chess",  # a first name and a date
        "Booking ref 5538120 for Mr. Reyes",  # a booking reference is no record number
        "Happy birthday Mr. Reyes, forever young",  # a name alone
    ],
)
def test_one_kind_of_identifier_only_warns(findings, text) -> None:
    assert _severities(findings, text, Role.PERSONAL) == {Severity.WARN}


def test_a_year_inside_a_date_of_birth_does_not_make_the_post_historical(findings) -> None:
    text = "Patient Daniel Reyes (DOB 02/07/1991) no-showed again"
    rules = {f.rule for f in findings(text, Role.PROFESSIONAL)}
    assert {Rule.CLINICAL, Rule.PHI} <= rules


def test_a_year_on_its_own_still_dates_a_historical_case(findings) -> None:
    text = "In 1895 Anna O. was the patient who named it the talking cure."
    assert findings(text, Role.PROFESSIONAL, Rule.PHI) == []
