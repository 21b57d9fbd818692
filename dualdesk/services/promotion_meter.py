"""The self-promotion meter of the professional pane, read from X."""

from __future__ import annotations

from dualdesk.core.accounts import Role
from dualdesk.core.errors import NotLinked
from dualdesk.core.promotion_meter import WINDOW, MeterReading, promotion_share
from dualdesk.services.hygiene_ports import ClientProvider
from dualdesk.services.profiles import ProfileService


class PromotionMeterService:
    """Reads the professional account's last posts and measures the self-promotion.

    Args:
        profiles: the professional profile's markers say what its own site is.
        clients: returns a linked account's X client, or None.
    """

    def __init__(self, profiles: ProfileService, clients: ClientProvider) -> None:
        self._profiles = profiles
        self._clients = clients

    def reading(self) -> MeterReading:
        """Return the meter over the last 20 posts. Call off the GUI thread.

        Raises:
            NotLinked: the professional account is not linked.
            CredentialsUnavailable, RateLimited, AuthRevoked,
            NotAvailableOnPlan, Transient, Rejected.
        """
        client = self._clients(Role.PROFESSIONAL)
        if client is None:
            raise NotLinked("The professional account is not linked: link it to see the meter.")
        page = client.recent_posts(limit=WINDOW)
        markers = self._profiles.profiles()[Role.PROFESSIONAL].markers
        return promotion_share([p.text for p in page.items], markers)
