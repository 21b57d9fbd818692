"""`duplicate`: the draft repeats what the other account said recently.

The same words leaving both accounts within days is the easiest way for a
reader to tie the two identities together. Compared with the other
account's sent, sending and queued posts of the last 30 days (configurable).
An exact repeat (the same words in order, ignoring case and punctuation) is
block: it is a near-certain link. A near repeat (word-shingle Jaccard at or
above the setting, 0.7 by default) is warn: a rewrite may be enough.
"""

from __future__ import annotations

from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards.context import ReviewContext
from dualdesk.core.posts import Draft

_PREVIEW = 60


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _PREVIEW else flat[: _PREVIEW - 1] + "…"


def _span(text: str) -> tuple[int, int]:
    start = len(text) - len(text.lstrip())
    return start, start + len(text.strip())


def check(draft: Draft, context: ReviewContext) -> list[Finding]:
    """Return a duplicate finding when the other account said the same recently."""
    other = draft.account.other
    index = context.index(other)
    if not len(index):
        return []
    posts = context.recent(other)
    start, end = _span(draft.text)
    days = context.settings.duplicate_days
    exact = index.exact(draft.text)
    if exact:
        post = posts[exact[0]]
        verb = "has queued" if post.state.value != "sent" else "posted"
        return [
            Finding(
                rule=Rule.DUPLICATE,
                severity=Severity.BLOCK,
                start=start,
                end=end,
                message=(
                    f"The {other.value} account {verb} exactly this text within the last "
                    f"{days} days: \u201c{_preview(post.text)}\u201d."
                ),
                advice=(
                    "Do not post the same words from both accounts: write it differently "
                    "or post it from one account only."
                ),
            )
        ]
    near = index.near(draft.text, context.settings.near_duplicate)
    if not near:
        return []
    post = posts[near[0].item]
    return [
        Finding(
            rule=Rule.DUPLICATE,
            severity=Severity.WARN,
            start=start,
            end=end,
            message=(
                f"This is {near[0].similarity:.0%} the same as a post of the {other.value} "
                f"account within the last {days} days: \u201c{_preview(post.text)}\u201d."
            ),
            advice=("Rewrite it in this account's own words, or post it from one account only."),
        )
    ]
