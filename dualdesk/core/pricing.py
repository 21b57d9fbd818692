"""What a post costs under X's 2026 pay-per-use API pricing.

The prices change; they live in a table the person can edit, stored as a
setting. The defaults are X's published figures as of 2026.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from dualdesk.core.links import has_link


class PriceTableError(ValueError):
    """A price is not a non-negative number."""


@dataclass(frozen=True)
class PriceTable:
    """Prices in US dollars per request.

    Attributes:
        post: creating a post without a URL.
        post_with_url: creating a post that contains a URL.
        read: one owned read (own posts, mentions, followers).
    """

    post: float = 0.015
    post_with_url: float = 0.20
    read: float = 0.001

    def __post_init__(self) -> None:
        for name in ("post", "post_with_url", "read"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or value < 0 or math.isnan(value):
                raise PriceTableError(f"The price for '{name}' must be a number of dollars >= 0.")

    def to_dict(self) -> dict[str, float]:
        """Return the table as a JSON-ready dict."""
        return {"post": self.post, "post_with_url": self.post_with_url, "read": self.read}

    @classmethod
    def from_dict(cls, data: object) -> PriceTable:
        """Build a table from a stored dict; missing prices take the defaults."""
        if not isinstance(data, dict):
            return cls()
        known = {k: float(v) for k, v in data.items() if k in ("post", "post_with_url", "read")}
        return cls(**known)


def estimate(text: str, table: PriceTable) -> float:
    """Return the price of posting `text`, in dollars."""
    return table.post_with_url if has_link(text) else table.post


def describe(text: str, table: PriceTable) -> str:
    """A short line for the composer, e.g. "≈ $0.015 to post"."""
    price = estimate(text, table)
    extra = " (contains a link)" if has_link(text) else ""
    return f"≈ ${price:.3f} to post{extra}"
