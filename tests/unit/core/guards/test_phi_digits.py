"""Shapes made of digits are looked for only in a draft with enough digits (`phi_digits`)."""

from __future__ import annotations

from dualdesk.core.guards import phi
from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards import phi_practice as practice
from dualdesk.core.guards.phi_digits import PHONE, RECORD, ZIP, digit_count


def test_digits_are_counted_as_the_patterns_read_them() -> None:
    assert digit_count("closed Dec 24 through Jan 2") == 3
    assert digit_count("no numbers here") == 0
    assert digit_count("caf\u00e9 at \u0663\u0664 and 5") == 3  # Arabic-Indic digits are \d too


def test_a_draft_with_enough_digits_is_read_for_each_shape() -> None:
    text = "her mobile is 07700 900482 and she lives near 02139, at 42 Elm Street"
    assert digit_count(text) >= max(PHONE, ZIP, RECORD)
    assert practice._place_patterns(digit_count(text)) == list(pp.PLACE_PATTERNS)
    kinds = {kind for _, _, kind, _ in practice.contacts(text, frozenset())}
    assert kinds == {"a place smaller than a state", "a phone number"}


def test_a_draft_with_few_digits_skips_the_longer_shapes() -> None:
    assert practice._place_patterns(0) == [pp.PLACE_PATTERNS[2]]
    assert practice._place_patterns(3) == [pp.PLACE_PATTERNS[0], pp.PLACE_PATTERNS[2]]


def test_ages_need_a_nine_or_a_one() -> None:
    assert phi._age_digits("she turned 94 last week")
    assert phi._age_digits("he is 101")
    assert not phi._age_digits("closed Dec 24 through Jan 2")
