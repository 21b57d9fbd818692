"""`identity_link`: a post that ties the two accounts to one person.

On the personal account: the professional handle, email, real name,
practice name or website (the professional profile's markers), or a
self-identification as a clinician ("as a therapist", "my clients"). On the
professional account: the personal handle, email or markers.

Severity: a profile marker is block. Once a post names the other identity
it can be screenshotted, archived or quoted within minutes; deleting it
does not undo the link, so it is the one mistake that needs a stated
reason. A self-identification without a marker ("as a therapist…") is
warn: it narrows who the personal account could be without naming them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dualdesk.core.accounts import Profile, ProfileError, Role
from dualdesk.core.emails import mailbox
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards.context import ReviewContext
from dualdesk.core.guards.lexicon import EMAIL, plain
from dualdesk.core.posts import Draft

_PROFESSION = (
    r"(?:(?:licensed|clinical|mental[- ]health|family|marriage(?: and family)?|trauma|child"
    r"|couples?|grief|addiction|consultant|trainee|junior|senior|school|forensic|liaison"
    r"|perinatal|adolescent|specialist|registered|qualified|practising|practicing|art|music"
    r"|drama|play|dance|occupational)\s+){0,2}"
    r"(?:therapist|psychotherapist|counsell?or|psychologist|psychiatrist|social worker"
    r"|clinician|lcsw|lpc|lmft|mft|lmhc|lpcc|psychiatric nurse"
    r"|nurse practitioner|pmhnp|psych np|(?:mental health )?provider)s?"
)
SELF_IDENTIFICATION = re.compile(
    rf"\b(?:as an? {_PROFESSION}"
    rf"|when you(?:'re| are) an? {_PROFESSION}"
    rf"|(?:i'?m|i am|i work as|i've been|i have been|being|became|becoming) (?:an? )?(?:[\w-]+ )?"
    rf"{_PROFESSION}"
    rf"|{_PROFESSION} here\b|(?:we|us|fellow) (?:other )?{_PROFESSION}"
    rf"|{_PROFESSION} like me\b|my (?:job|work|day job) as an? {_PROFESSION}"
    rf"|(?:my )?{_PROFESSION} (?:brain|side|self|mode|hat|voice|instincts|eyes|training)"
    r"|\b(?:doctor|clinician|therapist|work|nurse|shrink) (?:mode|brain|hat) (?:on|off)\b"
    rf"|{_PROFESSION} (?:life|problems|things|humou?r|struggles|burnout|culture)\b"
    rf"|{_PROFESSION}\b[^.!?]{{0,60}}\bas one\b"
    rf"|(?:^|[.!?]\s+){_PROFESSION}\b(?:\s+who\b|,)|{_PROFESSION} by (?:day|trade|training"
    rf"|profession)\b"
    r"|(?:^|[.!?]\s+)(?:(?:a|my|one|this) )?(?:client|patient)\s+(?:[a-z]+ed\s+)?(?:today"
    r"|this (?:morning|afternoon|week)|yesterday"
    r"|just)\b"
    r"|\b(?:assessments|therapy|sessions|psych\w*|counsell?ing|clinical work|patients|clients"
    r"|caseload)\s+(?:[\w-]+\s+)?by day\b"
    r"|\b(?:ran|run|bumped) into (?:a|my|one of my) (?:client|patient)s?\b"
    r"|\bhours of (?:trauma|therapy|clinical|couples|family|grief) (?:work|sessions)\b"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:hours of"
    r"|straight|back-to-back) (?:sessions|clients|patients)\b"
    r"|\b(?:running|ran|facilitating|leading) (?:\w+ ){0,2}(?:groups|sessions)\b"
    r"|\ba (?:patient|client)'s\b"
    r"|\b(?:prescribing|charting|diagnosing|seeing (?:patients|clients)|doing (?:intakes"
    r"|assessments|evals))\b"
    r"|\b(?:c\.?psych|lcsw|lmsw|lpc|lmft|lmhc|lpcc|psy\.?d|msw|mrcpsych|rmn|bcba)\b(?! exam)"
    r"|\bi (?:do|practi[cs]e|provide|offer) (?:[\w-]+\s+){0,2}?(?:therapy|counsell?ing"
    r"|psychotherapy|social work|couples work)\b|\bfor a living\b"
    r"|\b(?:doing|did) (?:couples|family|trauma|therapy|clinical|grief) (?:work|therapy"
    r"|sessions)\b"
    r"|(?:day off|back|home|fresh|escap\w+|away|break) from (?:the|my) (?:ward|clinic|caseload"
    r"|practice|therapy office)\b"
    r"|the therapist in me|therapist mode"
    r"|my (?:(?:therapy|couples?|teen|adolescent|adult|private|individual) )?(?:clients|patients"
    r"|caseload|supervisees|ceus|npi|licensure|license renewal"
    r"|(?:private|therapy|group|clinical|counseling|counselling) practice)"
    r"|#therapistlife|#therapistsofinstagram|#therapistsoftwitter|#therapistproblems)",
    re.IGNORECASE,
)

_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|mx|prof)\.?\s+", re.IGNORECASE)
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,6}(?:-[A-Z]+)?|Ph\.?D\.?|Psy\.?D\.?|Ed\.?D\.?)$")


def name_forms(display_name: str) -> list[str]:
    """Return the forms of a display name that identify a person.

    "Dr. Jane Q. Doe, LMHC" gives "Dr. Jane Q. Doe, LMHC", "Jane Q. Doe",
    "Jane Doe" and "Dr. Doe"; a one-word name gives nothing (too common).
    """
    full = display_name.strip()
    core = _HONORIFIC.sub("", full.split(",")[0]).strip()
    words = [w for w in core.split() if not _CREDENTIAL.match(w)]
    if len(words) < 2:
        return []
    forms = {full, " ".join(words), f"{words[0]} {words[-1]}"}
    if _HONORIFIC.match(full):
        forms.add(f"Dr. {words[-1]}")
    return sorted(forms, key=len, reverse=True)


def _marker_text(marker: str) -> str:
    value = marker.strip()
    value = re.sub(r"^(?:https?://)?(?:www\.)?", "", value, flags=re.IGNORECASE)
    return value.rstrip("/")


@lru_cache(maxsize=8)
def _marker_pattern(markers: tuple[str, ...], handle: str) -> re.Pattern[str] | None:
    alternatives = []
    for marker in sorted(set(markers), key=len, reverse=True):
        words = [re.escape(w) for w in marker.split()]
        if words and len(marker) >= 3:
            alternatives.append(r"\s+".join(words))
    if len(handle) >= 3:
        alternatives.append(rf"@?{re.escape(handle)}")
    if not alternatives:
        return None
    return re.compile(rf"(?<![\w@.]){'|'.join(alternatives)}(?!\w)", re.IGNORECASE)


def _markers(profile: Profile) -> tuple[str, ...]:
    found = [_marker_text(m) for m in profile.markers]
    if profile.role is Role.PROFESSIONAL:
        found.extend(name_forms(profile.display_name))
    return tuple(m for m in found if m)


def _same_mailbox(a: str, b: str) -> bool:
    try:
        return mailbox(a) == mailbox(b)
    except ProfileError:
        return False


def check(draft: Draft, context: ReviewContext) -> list[Finding]:
    """Return findings for every mention of the other identity in the draft."""
    text = draft.text
    other = context.profile(draft.account.other)
    here = draft.account.title
    there = draft.account.other.value
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    if other.email:
        for m in EMAIL.finditer(text):
            if _same_mailbox(m.group(), other.email):
                taken.append(m.span())
    pattern = _marker_pattern(_markers(other), other.handle)
    if pattern is not None:
        for m in pattern.finditer(text):
            if not any(s <= m.start() < e for s, e in taken):
                taken.append(m.span())
    for start, end in sorted(taken):
        findings.append(
            Finding(
                rule=Rule.IDENTITY_LINK,
                severity=Severity.BLOCK,
                start=start,
                end=end,
                message=(
                    f"\u201c{text[start:end]}\u201d identifies your {there} account, "
                    f"and this post goes out from the {here} account."
                ),
                advice=(
                    f"Remove \u201c{text[start:end]}\u201d: once seen, a link between the "
                    "two accounts cannot be taken back."
                ),
            )
        )
    if draft.account is Role.PERSONAL:
        for m in SELF_IDENTIFICATION.finditer(plain(text)):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            findings.append(
                Finding(
                    rule=Rule.IDENTITY_LINK,
                    severity=Severity.WARN,
                    start=m.start(),
                    end=m.end(),
                    message=(
                        f"\u201c{m.group()}\u201d says you are a clinician, which points "
                        "from the Personal account to the professional one."
                    ),
                    advice=(
                        "Leave out what you do for work here, or post it from the "
                        "Professional pane."
                    ),
                )
            )
    return findings
