"""The pair audit: what keeps the two accounts apart, checked or asked.

Some checks dualdesk can make itself (is the personal account protected, do
the two accounts use separate mailboxes, is one X account linked twice).
The rest X's API cannot read; the clinician answers them once, with a link
to the X settings page where each is changed, and the answer is remembered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from dualdesk.core.accounts import Profile, ProfileError, Role
from dualdesk.core.emails import check_separation
from dualdesk.core.timeline import XUser

# X settings pages (web). Taken from X's help pages and cross-checked against
# public code that opens them: "contacts" holds the find-me-by-email and
# find-me-by-phone toggles, "location" the precise location on posts.
PROTECT_POSTS_URL = "https://x.com/settings/audience_and_tagging"
DISCOVERABILITY_URL = "https://x.com/settings/contacts"
CONTACTS_DASHBOARD_URL = "https://x.com/settings/contacts_dashboard"
PHONE_URL = "https://x.com/settings/phone"
LOCATION_URL = "https://x.com/settings/location"
EMAIL_URL = "https://x.com/settings/email"


class CheckStatus(StrEnum):
    """How one check came out."""

    OK = "ok"
    WARN = "warn"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class AuditCheck:
    """One line of the pair audit.

    Attributes:
        id: stable identifier (used for remembered answers and JSON).
        status: ok, warn or unknown.
        message: what was found, in words.
        advice: what to do about it ("" when nothing).
        url: the X settings page where it is changed, or "".
    """

    id: str
    status: CheckStatus
    message: str
    advice: str = ""
    url: str = ""

    def to_json(self) -> dict[str, str]:
        """Return the check in the command-line JSON shape."""
        return {
            "id": self.id,
            "status": self.status.value,
            "message": self.message,
            "advice": self.advice,
            "url": self.url,
        }


@dataclass(frozen=True)
class Question:
    """A setting X's API cannot read, asked of the clinician.

    Attributes:
        id: the check id the answer is kept under.
        question: asked as a yes/no question; "yes" is the safe answer.
        ok: the message when answered yes.
        warn: the message when answered no.
        advice: what to change on X.
        url: where on X it is changed.
    """

    id: str
    question: str
    ok: str
    warn: str
    advice: str
    url: str


QUESTIONS: tuple[Question, ...] = (
    Question(
        "email_discoverability",
        "Is “Let others find you by your email” off on both accounts?",
        "Neither account can be found by its email address.",
        "An account can be found by its email address: anyone with that address in "
        "their contacts may be shown it.",
        "Turn off “Let others find you by your email” in Discoverability and contacts, "
        "signed in as each account.",
        DISCOVERABILITY_URL,
    ),
    Question(
        "phone_discoverability",
        "Is “Let others find you by your phone number” off on both accounts?",
        "Neither account can be found by its phone number.",
        "An account can be found by its phone number: clients who have your number "
        "may be shown it.",
        "Turn off “Let others find you by your phone number” in Discoverability and "
        "contacts, signed in as each account.",
        DISCOVERABILITY_URL,
    ),
    Question(
        "contacts_not_uploaded",
        "Have you kept your address book from being uploaded to either account?",
        "No address book is uploaded to X.",
        "An address book is uploaded: X uses it to suggest accounts, yours to your "
        "contacts (clients among them) and theirs to you.",
        "Remove uploaded contacts in Manage contacts, signed in as each account, and "
        "turn off contact syncing in the X app.",
        CONTACTS_DASHBOARD_URL,
    ),
    Question(
        "separate_phone_numbers",
        "Do the two accounts use different phone numbers (or none)?",
        "The accounts do not share a phone number.",
        "Both accounts use the same phone number: X links accounts by number, and "
        "people who have it can find both.",
        "Remove the phone number from the personal account, or give it a different one.",
        PHONE_URL,
    ),
    Question(
        "professional_location_off",
        "Is location turned off for posts from the professional account?",
        "Professional posts carry no location.",
        "Professional posts may carry a location, which tells readers where you are.",
        "Turn off adding location information to posts, signed in as the professional account.",
        LOCATION_URL,
    ),
)
QUESTION_IDS = frozenset(q.id for q in QUESTIONS)


def audit_pair(
    profiles: Mapping[Role, Profile],
    users: Mapping[Role, XUser],
    answers: Mapping[str, bool | None],
    problems: Mapping[Role, str] | None = None,
) -> list[AuditCheck]:
    """Return the pair audit, computed checks first, then the answered checklist.

    Args:
        profiles: both profiles by role.
        users: what X reported just now for each account it could be asked about.
        answers: remembered answers by question id (True = the safe setting).
        problems: why X could not be asked about an account, in words.
    """
    return [
        _protected(profiles[Role.PERSONAL], users.get(Role.PERSONAL), (problems or {})),
        _emails(profiles),
        _same_account(profiles),
        *(_answered(q, answers.get(q.id)) for q in QUESTIONS),
    ]


def _protected(profile: Profile, user: XUser | None, problems: Mapping[Role, str]) -> AuditCheck:
    check_id = "personal_protected"
    advice = "Turn on “Protect your posts”, signed in as the personal account."
    if not profile.linked:
        return AuditCheck(
            check_id,
            CheckStatus.UNKNOWN,
            "The personal account is not linked, so dualdesk cannot see whether it is protected.",
            "Link it (`dualdesk link personal`) to check.",
            PROTECT_POSTS_URL,
        )
    if user is not None:
        protected, when = user.protected, ""
    elif Role.PERSONAL in problems:
        protected, when = profile.protected, " (as last seen; " + problems[Role.PERSONAL] + ")"
    else:
        protected, when = profile.protected, " (as last seen)"
    if protected:
        return AuditCheck(
            check_id,
            CheckStatus.OK,
            f"The personal account {profile.at_handle} is protected{when}.",
        )
    return AuditCheck(
        check_id,
        CheckStatus.WARN,
        f"The personal account {profile.at_handle} is public{when}: anyone, clients "
        "included, can read it.",
        advice,
        PROTECT_POSTS_URL,
    )


def _emails(profiles: Mapping[Role, Profile]) -> AuditCheck:
    check_id = "email_separation"
    if not all(profiles[r].email for r in Role):
        return AuditCheck(
            check_id,
            CheckStatus.UNKNOWN,
            "An account has no email address in its profile, so separation cannot be checked.",
            "Set both with `dualdesk profile set ROLE --email ADDRESS`.",
            EMAIL_URL,
        )
    try:
        warnings = check_separation(dict(profiles))
    except ProfileError as exc:
        return AuditCheck(check_id, CheckStatus.WARN, str(exc), "", EMAIL_URL)
    if warnings:
        return AuditCheck(
            check_id, CheckStatus.WARN, warnings[0].message, warnings[0].advice, EMAIL_URL
        )
    return AuditCheck(check_id, CheckStatus.OK, "The two accounts use separate mailboxes.")


def _same_account(profiles: Mapping[Role, Profile]) -> AuditCheck:
    pro, personal = profiles[Role.PROFESSIONAL], profiles[Role.PERSONAL]
    if pro.linked and pro.x_user_id == personal.x_user_id:
        return AuditCheck(
            "distinct_accounts",
            CheckStatus.WARN,
            "Both panes are linked to the same X account.",
            "Unlink one pane and link it to its own account.",
        )
    return AuditCheck(
        "distinct_accounts",
        CheckStatus.OK,
        "One X account cannot be linked to both panes: dualdesk refuses it when linking.",
    )


def _answered(question: Question, answer: bool | None) -> AuditCheck:
    if answer is None:
        return AuditCheck(
            question.id,
            CheckStatus.UNKNOWN,
            f"Not answered yet: {question.question}",
            f"X does not let dualdesk read this. Check it on X, then record your answer. "
            f"{question.advice}",
            question.url,
        )
    if answer:
        return AuditCheck(question.id, CheckStatus.OK, question.ok, "", question.url)
    return AuditCheck(question.id, CheckStatus.WARN, question.warn, question.advice, question.url)
