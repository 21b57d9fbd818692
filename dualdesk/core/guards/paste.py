"""The paste guard: text pasted into one pane that belongs to the other account.

The composer calls `check_paste` with what was just pasted. It fires when
the text is (nearly) the other pane's current draft, or (nearly) something
the other account posted or queued recently: copying between the two
identities is how the same words end up on both.
"""

from __future__ import annotations

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards.context import ReviewContext
from dualdesk.core.guards.shingles import (
    MIN_NEAR_TOKENS,
    exact_key,
    jaccard,
    shingle_set,
    tokens,
)

#: Pastes shorter than this many characters (a word, a link) are not checked.
MIN_PASTE_CHARS = 12


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and needle in haystack


def check_paste(
    role: Role,
    pasted: str,
    context: ReviewContext,
    other_pane_text: str = "",
    offset: int = 0,
) -> Finding | None:
    """Say whether `pasted`, pasted into `role`'s pane, came from the other account.

    Args:
        role: the pane the text was pasted into.
        pasted: the pasted text.
        context: profiles and recent posts (the other account's are compared).
        other_pane_text: what the other pane's composer holds now.
        offset: where the paste landed in the draft, for the finding's span.

    Returns:
        A warn `duplicate` finding spanning the pasted text, or None.
    """
    if len(pasted.strip()) < MIN_PASTE_CHARS:
        return None
    other = role.other
    key = exact_key(pasted)
    source = ""
    if _contains(exact_key(other_pane_text), key):
        source = f"the {other.title} pane's draft"
    else:
        toks = tokens(pasted)
        if (
            len(toks) >= MIN_NEAR_TOKENS
            and jaccard(shingle_set(toks), shingle_set(tokens(other_pane_text)))
            >= context.settings.near_duplicate
        ):
            source = f"the {other.title} pane's draft"
    if not source:
        index = context.index(other)
        if (
            index.exact(pasted)
            or index.near(pasted, context.settings.near_duplicate)
            or (key and any(key in exact_key(p.text) for p in context.recent(other)[:200]))
        ):
            source = f"a recent post of the {other.value} account"
    if not source:
        return None
    return Finding(
        rule=Rule.DUPLICATE,
        severity=Severity.WARN,
        start=offset,
        end=offset + len(pasted),
        message=f"The pasted text matches {source}; this pane posts as {role.value}.",
        advice=(
            f"Write it anew for the {role.title} account, or post it from the "
            f"{other.title} pane instead."
        ),
    )
