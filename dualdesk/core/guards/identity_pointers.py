"""A post that points to the author's other account by its kind, for `identity_link`.

The profile knows the other account's handle today; a post may name an old
handle, a misspelt one or a new account the profile has not caught up with.
What it cannot avoid is saying whose account it is: "my other account
@reel_dee", "the work one is @DrAsante". A handle placed that way is a link
between the two accounts whatever it spells, so it is found by the grammar
around it, not by the profile.
"""

from __future__ import annotations

import re

from dualdesk.core.accounts import Role
from dualdesk.core.guards.alternation_trie import compiled

#: How the author calls the account they are pointing to, from each side.
_KINDS = {
    Role.PROFESSIONAL: (
        r"other|personal|private|non-?work|off-?duty|second|alt|fun|real-life|normal"
        r"|regular|locked|secret|everyday|weekend"
    ),
    Role.PERSONAL: (
        r"other|work|professional|pro|clinic|practice|day-?job|serious|grown-?up|official"
        r"|business|office"
    ),
}
_ACCOUNT = r"(?:account|acct|twitter|x account|page|profile|handle|insta(?:gram)?|one)"
_POINTERS = {
    role: compiled(
        rf"\b(?:my|the|our) (?:{kinds}) {_ACCOUNT}\b[^@\n]{{0,40}}?(@\w{{2,15}})\b",
        re.IGNORECASE,
    )
    for role, kinds in _KINDS.items()
}


def pointed_handles(text: str, account: Role) -> list[tuple[int, int]]:
    """Spans of the handles `text` gives as the author's other account.

    Args:
        text: The draft.
        account: The account the draft goes out from; the kinds of the
            other account are told from its side ("my personal account" on
            the professional one, "my work account" on the personal one).
    """
    if "@" not in text:
        return []
    return [m.span(1) for m in _POINTERS[account].finditer(text)]
