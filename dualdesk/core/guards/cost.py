"""`cost`: a post with a link costs X's API more to send.

On X's 2026 pay-per-use plans a post costs about $0.015 and a post that
contains a URL about $0.20. Severity info: it is the user's money and their
call, never a risk to a client or to the separation of the accounts. One
finding per post (the price is per post), spanning the first link.
"""

from __future__ import annotations

from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards.context import ReviewContext
from dualdesk.core.guards.lexicon import emails, links
from dualdesk.core.links import outside_emails
from dualdesk.core.posts import Draft

PLAIN_POST_USD = 0.015
LINK_POST_USD = 0.20


def check(draft: Draft, context: ReviewContext) -> list[Finding]:
    """Return an info finding when the draft contains a link."""
    del context
    text = draft.text
    found = outside_emails(links(text), emails(text))
    if not found:
        return []
    start, end = found[0]
    ratio = LINK_POST_USD / PLAIN_POST_USD
    return [
        Finding(
            rule=Rule.COST,
            severity=Severity.INFO,
            start=start,
            end=end,
            message=(
                f"This post contains a link ({text[start:end]}): X charges about "
                f"${LINK_POST_USD:.2f} to send it instead of about ${PLAIN_POST_USD:.3f} "
                f"(about {ratio:.0f} times as much)."
            ),
            advice="Keep the link if it matters; otherwise remove it to send for less.",
        )
    ]
