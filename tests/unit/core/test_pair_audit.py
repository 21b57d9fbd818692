"""The pair audit: what dualdesk checks itself and what it asks."""

from __future__ import annotations

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.pair_audit import QUESTIONS, AuditCheck, CheckStatus, audit_pair
from dualdesk.core.timeline import XUser

PRO = Profile(Role.PROFESSIONAL, handle="DrRivera", email="office@riverapractice.org",
              x_user_id="1")  # fmt: skip
PERSONAL = Profile(Role.PERSONAL, handle="alex_w", email="alex.w@gmail.com", x_user_id="2")


def _checks(
    pro: Profile = PRO,
    personal: Profile = PERSONAL,
    users: dict[Role, XUser] | None = None,
    answers: dict[str, bool | None] | None = None,
    problems: dict[Role, str] | None = None,
) -> dict[str, AuditCheck]:
    found = audit_pair(
        {Role.PROFESSIONAL: pro, Role.PERSONAL: personal}, users or {}, answers or {}, problems
    )
    return {c.id: c for c in found}


def test_a_public_personal_account_is_a_warning_with_the_setting_to_change() -> None:
    check = _checks(users={Role.PERSONAL: XUser("2", "alex_w", "Alex", protected=False)})[
        "personal_protected"
    ]
    assert check.status is CheckStatus.WARN
    assert "@alex_w is public" in check.message
    assert "Protect your posts" in check.advice
    assert check.url == "https://x.com/settings/audience_and_tagging"


def test_a_protected_personal_account_is_ok() -> None:
    check = _checks(users={Role.PERSONAL: XUser("2", "alex_w", "Alex", protected=True)})[
        "personal_protected"
    ]
    assert check.status is CheckStatus.OK


def test_when_x_cannot_be_asked_the_last_seen_flag_is_used_and_said() -> None:
    check = _checks(
        personal=PERSONAL.with_changes(protected=True),
        problems={Role.PERSONAL: "X could not be asked: timeout"},
    )["personal_protected"]
    assert check.status is CheckStatus.OK
    assert "as last seen" in check.message and "timeout" in check.message


def test_an_unlinked_personal_account_is_unknown_with_advice_to_link() -> None:
    check = _checks(personal=PERSONAL.with_changes(x_user_id=""))["personal_protected"]
    assert check.status is CheckStatus.UNKNOWN
    assert "dualdesk link personal" in check.advice


def test_email_separation_is_ok_warned_or_unknown() -> None:
    assert _checks()["email_separation"].status is CheckStatus.OK
    shared = _checks(personal=PERSONAL.with_changes(email="Office+me@riverapractice.org"))
    assert shared["email_separation"].status is CheckStatus.WARN
    assert "same mailbox" in shared["email_separation"].message
    same_domain = _checks(personal=PERSONAL.with_changes(email="alex@riverapractice.org"))
    assert same_domain["email_separation"].status is CheckStatus.WARN
    assert _checks(pro=PRO.with_changes(email=""))["email_separation"].status is (
        CheckStatus.UNKNOWN
    )


def test_one_account_linked_twice_is_shown_as_checked() -> None:
    check = _checks()["distinct_accounts"]
    assert check.status is CheckStatus.OK
    assert "refuses" in check.message
    twice = _checks(personal=PERSONAL.with_changes(x_user_id="1"))["distinct_accounts"]
    assert twice.status is CheckStatus.WARN


def test_checklist_items_follow_the_remembered_answers() -> None:
    checks = _checks(answers={"contacts_not_uploaded": True, "separate_phone_numbers": False})
    assert checks["contacts_not_uploaded"].status is CheckStatus.OK
    assert checks["separate_phone_numbers"].status is CheckStatus.WARN
    assert checks["separate_phone_numbers"].url == "https://x.com/settings/phone"
    unanswered = checks["email_discoverability"]
    assert unanswered.status is CheckStatus.UNKNOWN
    assert "Not answered yet" in unanswered.message
    assert unanswered.url == "https://x.com/settings/contacts"


def test_every_checklist_item_has_a_deep_link_and_the_json_shape() -> None:
    checks = _checks()
    assert {q.id for q in QUESTIONS} <= set(checks)
    assert all(q.url.startswith("https://x.com/settings/") for q in QUESTIONS)
    assert set(checks["personal_protected"].to_json()) == {
        "id", "status", "message", "advice", "url"
    }  # fmt: skip
