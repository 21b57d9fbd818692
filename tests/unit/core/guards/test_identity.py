"""The identity_link guard: neither account may point at the other."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity
from dualdesk.core.guards.identity import name_forms

PERSONAL_LINKS = [
    ("follow @drjanedoe for the serious stuff", "@drjanedoe", Severity.BLOCK),
    ("new post on doecounseling.com/blog, read it", "doecounseling.com", Severity.BLOCK),
    ("saw a Doe Counseling ad on the bus lol", "Doe Counseling", Severity.BLOCK),
    ("email jane@doecounseling.com for the recipe", "jane@doecounseling.com", Severity.BLOCK),
    ("Jane Doe off duty and covered in mud", "Jane Doe", Severity.BLOCK),
    ("As a therapist I should know better", "As a therapist", Severity.WARN),
    ("my clients would laugh at my kitchen", "my clients", Severity.WARN),
]


@pytest.mark.parametrize(("text", "span", "severity"), PERSONAL_LINKS)
def test_personal_post_naming_the_professional_identity(findings, text, span, severity) -> None:
    (finding,) = findings(text, Role.PERSONAL, Rule.IDENTITY_LINK)
    assert text[finding.start : finding.end] == span
    assert finding.severity is severity


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bread pics live at @janie_runs", "@janie_runs"),
        ("Personal mail: Janie.Runs+x@googlemail.com please", "Janie.Runs+x@googlemail.com"),
        ("I also post as Janie Runs Far", "Janie Runs Far"),
    ],
)
def test_professional_post_naming_the_personal_identity(findings, text, span) -> None:
    (finding,) = findings(text, Role.PROFESSIONAL, Rule.IDENTITY_LINK)
    assert text[finding.start : finding.end] == span
    assert finding.severity is Severity.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "my therapist said something that rearranged my brain",
        "I need a therapist for my therapist",
        "John Doe-Smith won the race",
        "thanks to everyone who came",
    ],
)
def test_talk_about_ones_own_therapist_is_no_link(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK)


def test_professional_self_identification_is_expected(findings) -> None:
    assert not findings("As a therapist, I hear this a lot.", rule=Rule.IDENTITY_LINK)


def test_name_forms_strip_titles_and_credentials() -> None:
    assert set(name_forms("Dr. Jane Q. Doe, LMHC")) >= {"Jane Q. Doe", "Jane Doe", "Dr. Doe"}
    assert name_forms("janie") == []
