"""Email separation: each account must use its own mailbox.

A shared mailbox links the two identities (X's "find me by email" and
password-reset flows both go through it), so the rule is enforced, not
suggested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dualdesk.core.accounts import Profile, ProfileError, Role

# Providers where dots in the local part are ignored, and their aliases.
_GMAIL_DOMAINS = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}

# Domains a stranger can register a mailbox at: sharing one of them is no link.
WEBMAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "yahoo.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "pm.me",
        "gmx.com",
        "gmx.net",
        "mail.com",
        "zoho.com",
        "yandex.com",
        "fastmail.com",
        "tutanota.com",
        "hey.com",
    }
)

_ADDRESS_RE = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)


class EmailNotSeparated(ProfileError):
    """The two accounts would share one mailbox."""


def validate_address(address: str) -> str:
    """Return the address stripped of surrounding spaces, if it is valid.

    Raises:
        ProfileError: the address is not a plausible email address.
    """
    value = address.strip()
    local, _, _domain = value.partition("@")
    if (
        not _ADDRESS_RE.match(value)
        or local.startswith(".")
        or local.endswith(".")
        or ".." in local
    ):
        raise ProfileError(f"'{address}' is not an email address: use the form name@example.org.")
    return value


def mailbox(address: str) -> str:
    """Return the mailbox an address delivers to.

    Case and surrounding spaces are ignored, `+tag` sub-addressing is dropped,
    and for Gmail the dots in the local part and the googlemail.com alias are
    folded, so every spelling of one inbox gives the same string.

    Raises:
        ProfileError: the address is not valid.
    """
    value = validate_address(address).lower()
    local, _, domain = value.rpartition("@")
    local = local.split("+", 1)[0]
    if domain in _GMAIL_DOMAINS:
        domain = _GMAIL_DOMAINS[domain]
        local = local.replace(".", "")
    return f"{local}@{domain}"


@dataclass(frozen=True)
class SeparationWarning:
    """A concern about the two addresses that is allowed but worth a look."""

    message: str
    advice: str


def check_separation(profiles: dict[Role, Profile]) -> list[SeparationWarning]:
    """Check that the two profiles use different mailboxes.

    Args:
        profiles: the profiles by role; missing roles or empty emails pass.

    Returns:
        Warnings that do not stop saving (the same organisational domain).

    Raises:
        EmailNotSeparated: both addresses reach the same mailbox.
        ProfileError: an address is invalid.
    """
    professional = profiles.get(Role.PROFESSIONAL)
    personal = profiles.get(Role.PERSONAL)
    if professional is None or personal is None:
        return []
    if not professional.email or not personal.email:
        return []
    pro_box = mailbox(professional.email)
    per_box = mailbox(personal.email)
    if pro_box == per_box:
        raise EmailNotSeparated(
            "Email separation: the professional address "
            f"'{professional.email.strip()}' and the personal address "
            f"'{personal.email.strip()}' reach the same mailbox ({pro_box}). "
            "Each account must have its own mailbox, or anyone who knows one "
            "address can find the other account. Give one account a different "
            "address."
        )
    pro_domain = pro_box.rpartition("@")[2]
    if pro_domain == per_box.rpartition("@")[2] and pro_domain not in WEBMAIL_DOMAINS:
        return [
            SeparationWarning(
                message=(
                    f"Both accounts use addresses at {pro_domain}: someone who knows "
                    "the practice's domain can guess the personal address."
                ),
                advice="Register the personal account with a private webmail address.",
            )
        ]
    return []
