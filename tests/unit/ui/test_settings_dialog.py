"""The settings dialog, offscreen: timing policies per account and prices."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.pricing import PriceTable
from dualdesk.core.timing_policy import PostingWindow, TimingPolicy, default_policy
from dualdesk.ui.settings_dialog import SettingsDialog

PROFILES = {
    Role.PROFESSIONAL: Profile(Role.PROFESSIONAL, handle="DrRiver"),
    Role.PERSONAL: Profile(Role.PERSONAL, handle="alex_weekends"),
}


def make_dialog(qtbot: QtBot, prices: PriceTable | None = None) -> SettingsDialog:
    policies = {role: default_policy(role, "Europe/London") for role in Role}
    dialog = SettingsDialog(PROFILES, policies, prices or PriceTable())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_each_account_tab_is_named_in_words_and_colour(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["Professional", "Personal", "Costs"]
    pro, per = dialog.editors[Role.PROFESSIONAL], dialog.editors[Role.PERSONAL]
    assert pro.band.role_label.text() == "PROFESSIONAL"
    assert per.band.role_label.text() == "PERSONAL"
    assert "#0072B2" in pro.band.styleSheet() and "#E69F00" in per.band.styleSheet()
    assert pro.zone.currentText() == "Europe/London"
    assert [d.enabled.isChecked() for d in pro.days] == [True] * 5 + [False] * 2
    assert not any(d.enabled.isChecked() for d in per.days)


def test_edited_window_comes_back_in_the_policy(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    pro = dialog.editors[Role.PROFESSIONAL]
    saturday = pro.days[5]
    saturday.enabled.setChecked(True)
    saturday.start.setTime(QTime(10, 15))
    saturday.end.setTime(QTime(12, 45))
    pro.days[0].start.setTime(QTime(9, 0))
    pro.jitter.setValue(20)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    policies, prices = saved.args[0]
    policy = policies[Role.PROFESSIONAL]
    assert policy.windows_on(5) == (PostingWindow(5, time(10, 15), time(12, 45)),)
    assert policy.windows_on(0) == (PostingWindow(0, time(9, 0), time(18, 0)),)
    assert policy.jitter_minutes == 20
    assert policies[Role.PERSONAL].any_time
    assert prices == PriceTable()
    assert dialog.result_policies() == policies


def test_end_before_start_is_shown_inline_and_save_refused_keeping_input(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    pro = dialog.editors[Role.PROFESSIONAL]
    tuesday = pro.days[1]
    tuesday.start.setTime(QTime(17, 0))
    tuesday.end.setTime(QTime(9, 30))
    assert tuesday.error.isVisible()
    assert "Tue window ends at 09:30" in tuesday.error.text()
    assert not dialog.save_button.isEnabled()
    assert "Professional" in dialog.message.text() and dialog.message.isVisible()
    assert dialog.tabs.tabText(0) == "Professional ⚠"
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.save_button.click()
        dialog.buttons.accepted.emit()  # even if Save were pressed somehow
    assert dialog.isVisible()
    assert tuesday.start.time() == QTime(17, 0) and tuesday.end.time() == QTime(9, 30)
    assert "Not saved" in dialog.message.text()
    tuesday.end.setTime(QTime(19, 0))
    assert not tuesday.error.isVisible()
    assert dialog.save_button.isEnabled()


def test_unknown_zone_is_refused_next_to_the_field(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    per = dialog.editors[Role.PERSONAL]
    dialog.tabs.setCurrentWidget(per)
    per.zone.setEditText("Europe/Londn")
    assert per.zone_error.isVisible()
    assert "'Europe/Londn' is not a known time zone" in per.zone_error.text()
    assert not dialog.save_button.isEnabled()
    assert dialog.tabs.tabText(1) == "Personal ⚠"
    assert per.zone.currentText() == "Europe/Londn"
    per.zone.setEditText("America/New_York")
    assert dialog.save_button.isEnabled()
    assert dialog.result_policies()[Role.PERSONAL].zone == "America/New_York"


def test_prices_round_trip_to_three_decimals(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, PriceTable(post=0.02, post_with_url=0.25, read=0.004))
    assert dialog.prices.post.decimals() == 3
    assert dialog.prices.post.prefix() == "$ "
    assert dialog.result_prices() == PriceTable(post=0.02, post_with_url=0.25, read=0.004)
    dialog.prices.post_with_url.setValue(0.125)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    assert saved.args[0][1] == PriceTable(post=0.02, post_with_url=0.125, read=0.004)


def test_published_prices_can_be_restored(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, PriceTable(post=0.5, post_with_url=0.9, read=0.1))
    dialog.prices.restore_button.click()
    assert dialog.result_prices() == PriceTable()


def test_extra_windows_on_a_day_are_kept(qtbot: QtBot) -> None:
    split = TimingPolicy(
        zone="UTC",
        windows=(
            PostingWindow(2, time(8, 30), time(12, 0)),
            PostingWindow(2, time(14, 0), time(17, 0)),
        ),
    )
    policies = {Role.PROFESSIONAL: split, Role.PERSONAL: default_policy(Role.PERSONAL, "UTC")}
    dialog = SettingsDialog(PROFILES, policies, PriceTable())
    qtbot.addWidget(dialog)
    assert dialog.editors[Role.PROFESSIONAL].days[2].note.text() == "also 14:00–17:00"
    assert dialog.result_policies()[Role.PROFESSIONAL] == split


@pytest.mark.parametrize("role", list(Role))
def test_untouched_dialog_gives_back_the_same_policy(qtbot: QtBot, role: Role) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.result_policies()[role] == default_policy(role, "Europe/London")
