"""A client story on the personal account that names the clinical role.

For the `identity_link` guard, after the other guards have run. A client story
told on the personal account is `clinical`; when its words also name the role
the author plays in it ("in session today", "after a session", "a patient of
mine", "lost a patient", "my caseload", a client talked through at consult),
it tells the personal account's readers that the author is a clinician, so it
is an identity link as well. A story in
Patois is read in its English words (`story_patois`) for the role. A story told
of "someone I see at work" or "a teen from my Thursday group" names no role and
stays clinical only. The clinical guard has already set aside the author's own
therapy ("my therapist said in session"), so a role word beside one of its
findings is the author's work.
"""

from __future__ import annotations

import re

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.identity_patterns import PROFESSION
from dualdesk.core.guards.identity_spanish import SPANISH_ROLE
from dualdesk.core.guards.story_patois import as_english
from dualdesk.core.guards.substrings import holds_any
from dualdesk.core.posts import Draft

#: The role, as the story names it: a session the author was in, a patient the author lost;
#: not a parliament or a court "in session".
_ROLE = compiled(
    r"(?:(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )\b(?:in|after|before|between|during|mid)"
    r" (?:a |my |our |today's |this |that |one )?(?:(?:hard|tough|long|heavy|rough|first|last"
    r"|morning|afternoon|evening|group|family) )?sessions?\b"
    r"|\b(?:lost|losing|lose) (?:a|one|another|my|our) (?:client|patient)s?\b"
    r"|\bmy caseload\b|\b(?:clients?|patients?) (?:of mine|i (?:see|saw|treat|work with))\b"
    r"|\b(?:a|one|another) (?:client|patient) (?:told|said to|asked|tells|says to|asks) me\b)",
    re.IGNORECASE,
)
#: A client talked through where clinicians take cases: "consult group tonight, talked
#: through a client whose...", "presented a patient in supervision".
_TALKED_THROUGH = compiled(
    r"\b(?:talked|talking|talk|went|going) (?:through|over|about) (?:a|one|my|this) (?:client"
    r"|patient|case)\b|\b(?:presented|presenting|discussed|discussing|brought|took) (?:a|one|my"
    r"|this) (?:client|patient|case)\b",
    re.IGNORECASE,
)
#: Where clinicians take cases, one of which must be in the post for _TALKED_THROUGH.
_CONSULTED = ("consult", "supervision", "peer group", "case conference", "mdt", "team meeting")
#: Someone else's clinician or coach in the post: then the session is the author's own.
_THEIR_CLINICIAN = compiled(
    rf"\b(?:my|her|his|their|our|the) (?:[\w-]+ )?(?:{PROFESSION}|coach|trainer|teacher|tutor"
    r"|physio|pt)\b",
    re.IGNORECASE,
)
#: Words a role needs, checked before the pattern.
_KEYS = ("session", "client", "patient", "caseload", "pacient", "sesión", "consult")


def role_in_story(draft: Draft, findings: list[Finding]) -> list[Finding]:
    """Return an identity_link warn for a personal client story that names the role.

    Args:
        draft: the draft reviewed.
        findings: what the guards found in it so far.
    """
    if draft.account is not Role.PERSONAL or any(f.rule is Rule.IDENTITY_LINK for f in findings):
        return []
    if not any(f.rule is Rule.CLINICAL for f in findings):
        return []
    low = draft.text.lower()
    if not holds_any(low, _KEYS):
        return []
    if _THEIR_CLINICIAN.search(draft.text):
        return []
    m = _ROLE.search(draft.text) or SPANISH_ROLE.search(draft.text)
    if m is None and holds_any(low, _CONSULTED):
        m = _TALKED_THROUGH.search(draft.text)
    if m is not None:
        start, end = m.span()
    else:  # a Patois story, "a client tell mi seh": the role read in its English words
        english = as_english(draft.text)
        if english is None or _ROLE.search(english) is None:
            return []
        told = next(f for f in findings if f.rule is Rule.CLINICAL)
        start, end = told.start, told.end  # the story itself carries the link
    return [
        Finding(
            rule=Rule.IDENTITY_LINK,
            severity=Severity.WARN,
            start=start,
            end=end,
            message=(
                f"\u201c{draft.text[start:end]}\u201d in a client story says you are a "
                "clinician, which points from the Personal account to the professional one."
            ),
            advice=(
                "Leave the story out of the Personal account, or at least what you do for "
                "work in it."
            ),
        )
    ]
