from __future__ import annotations

import pytest

from dualdesk.core.links import has_link
from dualdesk.core.pricing import PriceTable, PriceTableError, describe, estimate


@pytest.mark.parametrize(
    "text",
    [
        "read https://example.org/x",
        "see riverpractice.org/blog",
        "HTTP://X.COM",
        "bit.ly/abc",
        "my practice kampongheart.sg",  # a country code: the composer prices what the guard says
        "nhs24.scot/our-services",
    ],
)
def test_links_cost_more(text: str) -> None:
    assert has_link(text)
    assert estimate(text, PriceTable()) == 0.20


@pytest.mark.parametrize(
    "text",
    ["Sleep well tonight.", "e.g. rest", "3.5 hours", "v1.2 notes", "mail dr@practice.sg"],
)
def test_plain_text_costs_the_base_price(text: str) -> None:
    assert not has_link(text)
    assert estimate(text, PriceTable()) == 0.015


def test_edited_table_is_used_and_round_trips() -> None:
    table = PriceTable.from_dict({"post": 0.02, "post_with_url": 0.25})
    assert estimate("hello", table) == 0.02
    assert PriceTable.from_dict(table.to_dict()) == table
    assert describe("see example.org", table) == "≈ $0.250 to post (contains a link)"


def test_negative_price_is_refused() -> None:
    with pytest.raises(PriceTableError, match="post"):
        PriceTable(post=-1)


def test_garbage_setting_falls_back_to_defaults() -> None:
    assert PriceTable.from_dict("nonsense") == PriceTable()
