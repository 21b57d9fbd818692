"""Where a text holds a link as X makes one, for the price of a post and the guards.

X charges more for a post with a link, and its parser (twitter-text) links
a bare domain ending in any country code ("practice.sg", and "day.It" too)
or a generic top-level domain, as well as anything with a scheme or
"www.". The domain part of an email address is not a link. One definition
serves the composer's price, the cost guard and the guards that ask
whether a post points somewhere, so they never disagree.
"""

from __future__ import annotations

import re

#: A link: a scheme, www., or a bare domain ending in a country code or a common generic TLD.
URL_PATTERN = (
    r"\b(?:https?://[^\s<>\"']+"
    r"|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>\"']*"
    r"|(?<![@\w.])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,3}"
    r"\.(?:[a-z]{2}|com|org|net|edu|gov|int|info|biz|name|pro|app|dev|blog|health|care"
    r"|healthcare|clinic|life|page|site|online|live|news|shop|store|club|tech|xyz|art"
    r"|family|center|centre|community|foundation|institute|academy|coach|support"
    r"|scot|wales|cymru|london|nyc|berlin|asia|africa)\b(?:/[^\s<>\"']*)?)"
)
#: An email address.
EMAIL_PATTERN = r"\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+\b"

_URL = re.compile(URL_PATTERN, re.IGNORECASE)
_EMAIL = re.compile(EMAIL_PATTERN)


def outside_emails(
    found: tuple[tuple[int, int], ...], addresses: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int], ...]:
    """Return the link spans in `found` that do not start inside an email address."""
    return tuple(span for span in found if not any(s <= span[0] < e for s, e in addresses))


def has_link(text: str) -> bool:
    """Whether X would make a link of some part of `text` (email addresses aside)."""
    found = tuple(m.span() for m in _URL.finditer(text))
    if not found:
        return False
    return bool(outside_emails(found, tuple(m.span() for m in _EMAIL.finditer(text))))
