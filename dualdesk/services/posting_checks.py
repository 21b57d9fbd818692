"""What a draft must pass before it is queued: its text, the guards, its time.

Text X would refuse is refused here. Guard findings that block need a
reason to be overridden, and every override is written to the audit log
(with the text only if the person allowed it). The time is checked, then
planned against the other account's posts; keeping an asked-for time
against the timing rule is an override too, and audited.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.ports import AuditLog, Clock, Outbox
from dualdesk.core.posts import Draft, Plan, PostState
from dualdesk.core.text_length import MAX_WEIGHTED_LENGTH, measure
from dualdesk.services.posting_ports import (
    AUDIT_KEEPS_TEXT,
    Blocked,
    InvalidPost,
    Planner,
    Reviewer,
    Settings,
)

# How far back the other account's posts count for timing.
OTHER_ACCOUNT_WINDOW = timedelta(days=1)
# An asked-for time this far in the past is a mistake, not "now".
PAST_TOLERANCE = timedelta(minutes=1)
# An asked-for time further ahead than this is a mistyped year, not a plan.
FUTURE_LIMIT = timedelta(days=366)
WAITING = (PostState.QUEUED, PostState.SENDING)


def check_text(text: str) -> None:
    """Refuse text X would refuse.

    Raises:
        InvalidPost: the text is empty or longer than X allows.
    """
    if not text.strip():
        raise InvalidPost("The post is empty: write something first.")
    length = measure(text)
    if length.weighted > MAX_WEIGHTED_LENGTH:
        over = length.weighted - MAX_WEIGHTED_LENGTH
        raise InvalidPost(
            f"The post is {over} character{'s' if over != 1 else ''} too long: X counts "
            f"{length.weighted} of {MAX_WEIGHTED_LENGTH} (links count 23, emoji and CJK 2). "
            "Shorten it."
        )


class PostingChecks:
    """Reviews a draft's text and plans its time, auditing every override."""

    def __init__(
        self,
        outbox: Outbox,
        audit: AuditLog,
        settings: Settings,
        clock: Clock,
        *,
        reviewer: Reviewer,
        planner: Planner,
    ) -> None:
        """Build the checks.

        Args:
            outbox: read for the other account's posts (timing).
            audit: where overrides are recorded.
            settings: read for whether the audit log may keep post text.
            clock: the time.
            reviewer: runs the guards over a draft.
            planner: decides when a post goes out.
        """
        self._outbox = outbox
        self._audit = audit
        self._settings = settings
        self._clock = clock
        self._review = reviewer
        self._plan = planner

    def reviewed(self, draft: Draft, override_reason: str | None) -> list[Finding]:
        """Check the text and run the guards; return what they found.

        Raises:
            InvalidPost: empty or too long text.
            Blocked: a guard blocked the draft and no reason was given.
        """
        check_text(draft.text)
        findings = self._review(draft)
        blocks = [f for f in findings if f.severity is Severity.BLOCK]
        reason = (override_reason or "").strip()
        if blocks and not reason:
            raise Blocked(findings)
        if blocks:
            keep = bool(self._settings.get_setting(AUDIT_KEEPS_TEXT, False))
            for rule in dict.fromkeys(f.rule.value for f in blocks):  # one row per rule
                self._audit.record(
                    self._clock.now(),
                    draft.account,
                    rule,
                    reason,
                    draft.text if keep else None,
                )
        return findings

    def planned(
        self, account: Role, at: datetime | None, force_time: bool, reason: str | None
    ) -> Plan:
        """Check the asked-for time (None: as soon as allowed) and plan the post.

        Raises:
            InvalidPost: the time has no zone or has passed.
        """
        now = self._clock.now()
        if at is not None:
            if at.tzinfo is None:
                raise InvalidPost("Give the time with its time zone, e.g. 2026-11-25T09:30+01:00.")
            if at < now - PAST_TOLERANCE:
                raise InvalidPost(f"{at.isoformat()} has already passed: pick a later time.")
            if at > now + FUTURE_LIMIT:
                raise InvalidPost(
                    f"{at.isoformat()} is more than a year ahead: "
                    "pick a time within the next year."
                )
        plan = self._plan(account, now, at, self._other_times(account, now))
        if force_time and plan.deferred:
            asked = max(at or now, now)
            self._audit.record(
                now,
                account,
                Rule.TIMING.value,
                (reason or "").strip() or "Posted at the asked-for time despite the timing rule.",
                None,
            )
            plan = Plan(planned_at=asked, zone=plan.zone)
        return plan

    def _other_times(self, account: Role, now: datetime) -> list[datetime]:
        times = []
        for post in self._outbox.posts(account=account.other, since=now - OTHER_ACCOUNT_WINDOW):
            if post.state in WAITING:
                times.append(post.planned_at)
            elif post.state is PostState.SENT:
                times.append(post.sent_at or post.planned_at)
        return times
