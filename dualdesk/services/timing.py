"""Each account's timing policy, stored as a setting, and planning with it."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta

from dualdesk.core.accounts import Role
from dualdesk.core.planning import check_requested, plan_post, replan_overdue
from dualdesk.core.posts import Plan
from dualdesk.core.pricing import PriceTable
from dualdesk.core.timing_policy import TimingPolicy, TimingPolicyError, default_policy
from dualdesk.core.timing_windows import window_intervals
from dualdesk.services.posting_ports import Settings

PRICES_SETTING = "prices"


def policy_setting(role: Role) -> str:
    """The settings key of an account's timing policy."""
    return f"timing.policy.{role.value}"


class TimingService:
    """Plans posts with each account's policy; the policies live in settings.

    A policy that was never set is the role's default in the machine's zone;
    a stored one that no longer parses falls back to that default too (and
    says so through `problem`), so a bad setting never stops posting.
    """

    def __init__(
        self, settings: Settings, local_zone: str, rng: random.Random | None = None
    ) -> None:
        self._settings = settings
        self._zone = local_zone
        self._rng = rng or random.SystemRandom()
        self.problem = ""

    def policy(self, role: Role) -> TimingPolicy:
        """Return the account's policy."""
        stored = self._settings.get_setting(policy_setting(role))
        if isinstance(stored, dict):
            try:
                return TimingPolicy.from_dict(stored)
            except (TimingPolicyError, TypeError, ValueError) as exc:
                self.problem = f"The saved {role.value} timing settings were unreadable ({exc})."
        return default_policy(role, self._zone)

    def set_policy(self, role: Role, policy: TimingPolicy) -> None:
        """Store the account's policy."""
        self._settings.set_setting(policy_setting(role), policy.to_dict())

    def prices(self) -> PriceTable:
        """Return the editable price table."""
        try:
            return PriceTable.from_dict(self._settings.get_setting(PRICES_SETTING))
        except (TypeError, ValueError):
            return PriceTable()

    def set_prices(self, prices: PriceTable) -> None:
        """Store the price table."""
        self._settings.set_setting(PRICES_SETTING, prices.to_dict())

    def plan(
        self, account: Role, now: datetime, requested: datetime | None, others: Sequence[datetime]
    ) -> Plan:
        """The posting pipeline's planner."""
        return plan_post(self.policy(account), now, requested, others, self._rng)

    def gap(self, account: Role) -> timedelta:
        """The least time the account keeps between its posts and the other account's."""
        return timedelta(minutes=self.policy(account).min_gap_minutes)

    def replan(self, account: Role, planned_at: datetime, now: datetime) -> Plan:
        """The sender's re-planner for posts that fell due while dualdesk was closed."""
        return replan_overdue(self.policy(account), planned_at, now, self._rng)

    def next_window(self, account: Role, now: datetime) -> datetime | None:
        """The opening of the account's next window after `now`, or None if it has none."""
        policy = self.policy(account)
        if policy.any_time:
            return None
        return next(start for start, _end in window_intervals(policy, now) if start > now)

    def warning_for(self, account: Role, requested: datetime) -> str | None:
        """The warning to show before keeping a picked time outside the windows."""
        return check_requested(self.policy(account), requested)
