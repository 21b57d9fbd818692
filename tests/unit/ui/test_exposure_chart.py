"""The exposure chart and dialog, offscreen, as a person would read them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.exposure import exposure_report
from dualdesk.ui.exposure_canvas import EMPTY, QUIET, shade
from dualdesk.ui.exposure_chart import ExposureChart, ExposureDialog
from dualdesk.ui.exposure_words import describe_report, quiet_spans

PRO = Profile(Role.PROFESSIONAL, handle="DrRiver")
MONDAY = datetime(2026, 11, 2, tzinfo=UTC)


def day_posts(days: int = 5, hours: tuple[int, ...] = (9, 9, 13, 17)) -> list[datetime]:
    """Posts on the first `days` days from Monday, at the given UTC hours (minute 7)."""
    return [
        MONDAY + timedelta(days=day, hours=hour, minutes=7 + n)
        for day in range(days)
        for n, hour in enumerate(hours)
    ]


def centre_colour(chart: ExposureChart, rect_centre: tuple[int, int]) -> str:
    image = chart.canvas.grab().toImage()
    return image.pixelColor(*rect_centre).name()


def test_shade_is_pale_for_nothing_and_darker_for_more() -> None:
    assert shade(0, 5) == EMPTY
    one, three, five = shade(1, 5), shade(3, 5), shade(5, 5)
    assert one != EMPTY
    assert EMPTY.lightness() > one.lightness() > three.lightness() > five.lightness()


def test_busy_hours_are_drawn_darker_than_empty_ones(qtbot: QtBot) -> None:
    chart = ExposureChart(exposure_report(day_posts(), "UTC"), "Posted so far")
    qtbot.addWidget(chart)
    chart.resize(600, 320)
    chart.show()
    qtbot.waitExposed(chart)
    busy = chart.canvas.cell_rect(0, 9).center()
    empty = chart.canvas.cell_rect(0, 3).center()
    weekend = chart.canvas.cell_rect(6, 9).center()
    busy_colour = centre_colour(chart, (busy.x(), busy.y()))
    assert busy_colour == shade(2, 2).name()
    assert centre_colour(chart, (empty.x(), empty.y())) == EMPTY.name()
    assert centre_colour(chart, (weekend.x(), weekend.y())) == EMPTY.name()


def test_sentence_and_quiet_stretch_are_shown(qtbot: QtBot) -> None:
    report = exposure_report(day_posts(), "UTC")
    assert report.inferred_quiet == ("17:10", "09:07")
    chart = ExposureChart(report, "Posted so far")
    qtbot.addWidget(chart)
    chart.resize(600, 320)
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.sentence.text() == "An observer would guess you sleep 17:10–09:07."
    night = chart.canvas.axis_rect(2).center()
    afternoon = chart.canvas.axis_rect(12).center()
    assert centre_colour(chart, (night.x(), night.y())) == QUIET.name()
    assert centre_colour(chart, (afternoon.x(), afternoon.y())) != QUIET.name()


def test_no_highlight_and_a_cautious_sentence_with_few_posts(qtbot: QtBot) -> None:
    chart = ExposureChart(exposure_report(day_posts(days=1), "UTC"), "Posted so far")
    qtbot.addWidget(chart)
    chart.resize(600, 320)
    chart.show()
    qtbot.waitExposed(chart)
    assert "cannot yet guess" in chart.sentence.text()
    night = chart.canvas.axis_rect(2).center()
    assert centre_colour(chart, (night.x(), night.y())) != QUIET.name()


def test_quiet_stretch_past_midnight_splits_in_two() -> None:
    assert quiet_spans(("23:10", "07:05")) == [(23 * 60 + 10, 1440), (0, 7 * 60 + 5)]
    assert quiet_spans(("01:00", "06:30")) == [(60, 390)]
    assert quiet_spans(None) == []


def test_text_alternative_names_busy_hours_gaps_and_the_guess() -> None:
    text = describe_report(exposure_report(day_posts(), "UTC"))
    assert text.startswith("20 posts.")
    assert "09:00 (10 posts)" in text
    assert "No posts at all from 18:00 to 09:00" in text
    assert "17:10–09:07 is marked" in text
    assert text.endswith("An observer would guess you sleep 17:10–09:07.")


def test_dialog_names_the_account_in_words_and_shows_both_pictures(qtbot: QtBot) -> None:
    late = [MONDAY + timedelta(days=day, hours=23, minutes=41) for day in range(5)]
    dialog = ExposureDialog.from_times(PRO, day_posts(), late, "UTC")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "What your posting times show — @DrRiver (Professional)"
    assert dialog.band.role_label.text() == "PROFESSIONAL"
    assert PRO.colour in dialog.band.styleSheet()
    assert dialog.sent_chart.report.posts == 20
    assert dialog.queued_chart.report.posts == 25
    assert "Posted so far" in dialog.sent_chart.caption.text()
    assert "With queued posts added" in dialog.queued_chart.caption.text()
    assert dialog.sent_chart.sentence.text() != dialog.queued_chart.sentence.text()
    assert "sleep" in dialog.explanation.text() and "jitter" in dialog.explanation.text()
    assert "17:10–09:07" in dialog.sent_chart.accessibleDescription()
    # Both charts share one scale, so the same count looks the same in each.
    assert dialog.sent_chart.canvas.grid_peak == dialog.queued_chart.canvas.grid_peak


def test_no_posts_draws_an_empty_grid_and_says_so(qtbot: QtBot) -> None:
    chart = ExposureChart(exposure_report([], "UTC"), "Posted so far")
    qtbot.addWidget(chart)
    chart.resize(600, 320)
    chart.show()
    qtbot.waitExposed(chart)
    cell = chart.canvas.cell_rect(2, 12).center()
    assert centre_colour(chart, (cell.x(), cell.y())) == EMPTY.name()
    assert chart.accessibleDescription().startswith("No posts to show.")
    assert "0 posts" in chart.caption.text()
