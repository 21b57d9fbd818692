from __future__ import annotations

import pytest

from dualdesk.core.accounts import Profile, ProfileError, Role
from dualdesk.core.emails import EmailNotSeparated, check_separation, mailbox


def pair(pro: str, per: str) -> dict[Role, Profile]:
    return {
        Role.PROFESSIONAL: Profile(Role.PROFESSIONAL, email=pro),
        Role.PERSONAL: Profile(Role.PERSONAL, email=per),
    }


@pytest.mark.parametrize(
    ("address", "box"),
    [
        ("Kim.Lee+pro@gmail.com", "kimlee@gmail.com"),
        ("kimlee@googlemail.com", "kimlee@gmail.com"),
        ("  K.I.M.LEE@GMAIL.COM ", "kimlee@gmail.com"),
        ("dr.kim+x@practice.org", "dr.kim@practice.org"),
        ("Kim@Practice.ORG", "kim@practice.org"),
    ],
)
def test_mailbox_folds_every_spelling_of_one_inbox(address: str, box: str) -> None:
    assert mailbox(address) == box


def test_dots_matter_outside_gmail() -> None:
    assert mailbox("kim.lee@practice.org") != mailbox("kimlee@practice.org")


@pytest.mark.parametrize(
    ("pro", "per"),
    [
        ("Kim.Lee+pro@gmail.com", "kimlee@googlemail.com"),
        ("kim@practice.org", " KIM+personal@practice.org"),
        ("k.i.m@gmail.com", "kim@gmail.com"),
    ],
)
def test_same_mailbox_is_refused_naming_the_rule(pro: str, per: str) -> None:
    with pytest.raises(EmailNotSeparated, match="Email separation"):
        check_separation(pair(pro, per))


def test_different_webmail_mailboxes_pass_without_warning() -> None:
    assert check_separation(pair("drkim@gmail.com", "kimlee@gmail.com")) == []


def test_same_practice_domain_is_a_warning_not_a_refusal() -> None:
    warnings = check_separation(pair("kim@practice.org", "kimlee@practice.org"))
    assert len(warnings) == 1
    assert "practice.org" in warnings[0].message


@pytest.mark.parametrize(
    "bad", ["kim", "kim@", "@gmail.com", "kim@gmail", "ki..m@x.org", "a b@x.org"]
)
def test_invalid_address_is_a_clear_error(bad: str) -> None:
    with pytest.raises(ProfileError, match="not an email address"):
        check_separation(pair(bad, "other@example.org"))


def test_missing_emails_pass() -> None:
    assert check_separation(pair("", "kim@gmail.com")) == []
