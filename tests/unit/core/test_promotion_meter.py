"""The self-promotion meter on the professional pane."""

from __future__ import annotations

from dualdesk.core.promotion_meter import is_plug, promotion_share

MARKERS = ["riverapractice.org", "River Practice"]
PLUG = "New on the blog: https://riverapractice.org/blog/sleep"
USEFUL = (
    "Five small habits that protect sleep: keep a fixed wake time, dim screens an hour "
    "before bed, move caffeine before noon, get morning light, and write worries down."
)


def test_a_bare_link_to_ones_own_site_is_a_plug() -> None:
    assert is_plug(PLUG, MARKERS)
    assert is_plug("Book a session at River Practice! www.riverapractice.org", MARKERS)
    assert is_plug("Latest article https://blog.riverapractice.org/x #therapy", MARKERS)


def test_a_post_with_real_content_around_the_link_is_not_a_plug() -> None:
    assert not is_plug(USEFUL + " More at riverapractice.org", MARKERS)


def test_posts_without_the_own_site_are_never_plugs() -> None:
    assert not is_plug("Read this: https://example.org/study", MARKERS)
    assert not is_plug("Good morning!", MARKERS)
    assert not is_plug("notriverapractice.org is someone else", MARKERS)


def test_a_feed_that_is_mostly_plugs_gets_a_gentle_warning() -> None:
    texts = [PLUG + f" {n}" for n in range(11)] + [USEFUL] * 9
    reading = promotion_share(texts, MARKERS)
    assert (reading.plugs, reading.total) == (11, 20)
    assert reading.share == 0.55
    assert reading.warning is not None
    assert "11 of your last 20 posts" in reading.warning


def test_half_or_less_is_fine_and_only_the_last_20_count() -> None:
    half = promotion_share([PLUG] * 10 + [USEFUL] * 10, MARKERS)
    assert half.share == 0.5
    assert half.warning is None
    older_plugs = promotion_share([USEFUL] * 20 + [PLUG] * 30, MARKERS)
    assert (older_plugs.plugs, older_plugs.total, older_plugs.warning) == (0, 20, None)


def test_no_posts_reads_zero() -> None:
    reading = promotion_share([], MARKERS)
    assert (reading.share, reading.plugs, reading.total, reading.warning) == (0.0, 0, 0, None)


def test_without_markers_nothing_counts_as_a_plug() -> None:
    assert promotion_share([PLUG] * 20, []).plugs == 0
