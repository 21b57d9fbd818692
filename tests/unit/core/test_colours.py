"""Pane colours: when two of them read as one."""

from __future__ import annotations

import pytest

from dualdesk.core.colours import colour_distance, too_alike


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("#0072B2", "#0073B2"),
        ("#0072B2", "#0575B5"),
        ("#E69F00", "#E8A000"),
        ("#FFFFFF", "#FEFEFE"),
    ],
)
def test_colours_a_digit_or_two_apart_are_too_alike(first: str, second: str) -> None:
    assert too_alike(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("#0072B2", "#E69F00"),
        ("#000080", "#87CEEB"),
        ("#009E73", "#0072B2"),
        ("#000000", "#FFFFFF"),
    ],
)
def test_clearly_different_colours_are_allowed(first: str, second: str) -> None:
    assert not too_alike(first, second)


def test_the_distance_is_zero_for_one_colour_and_symmetric() -> None:
    assert colour_distance("#0072B2", "#0072B2") == 0
    assert colour_distance("#0072B2", "#E69F00") == pytest.approx(
        colour_distance("#E69F00", "#0072B2")
    )
