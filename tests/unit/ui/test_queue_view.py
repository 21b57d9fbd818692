"""One account's queue, offscreen: what a person sees and what each button asks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.posts import Post, PostState
from dualdesk.ui.queue_model import STATE, TEXT, TIMING, WHEN
from dualdesk.ui.queue_view import QueueView

PRO = Profile(Role.PROFESSIONAL, handle="DrRiver")
NEW_YORK = "America/New_York"
CREATED = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)


def post(post_id: str, state: PostState = PostState.QUEUED, **fields: object) -> Post:
    base = Post(
        id=post_id,
        account=Role.PROFESSIONAL,
        text=f"Thoughts on sleep hygiene, part {post_id}",
        state=state,
        created_at=CREATED,
        planned_at=datetime(2026, 11, 25, 14, 17, tzinfo=UTC),  # 09:17 in New York
        zone=NEW_YORK,
    )
    return base.evolve(**fields)


POSTS = [
    post("a", deferred=True),
    post("b", PostState.SENDING, planned_at=CREATED + timedelta(hours=1)),
    post("c", error="X is limiting requests: trying again at 10:30."),
]


def make_view(qtbot: QtBot, posts: list[Post] | None = None) -> QueueView:
    view = QueueView(PRO)
    qtbot.addWidget(view)
    view.set_posts(POSTS if posts is None else posts, {"a": "It's 01:42 — planned for 09:17."})
    view.show()
    qtbot.waitExposed(view)
    return view


def shown(view: QueueView, row: int, column: int, role: int = 0) -> object:
    return view.model.data(view.model.index(row, column), role)


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_rows_show_local_planned_time_state_words_and_deferral(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    assert shown(view, 0, WHEN) == "Wed 25 Nov 09:17 EST"
    assert shown(view, 1, WHEN) == "Wed 25 Nov 02:00 EST"
    assert [shown(view, row, STATE) for row in range(3)] == [
        "Queued",
        "Sending…",
        "Held: X is limiting requests: trying again at 10:30.",
    ]
    assert shown(view, 0, TEXT) == "Thoughts on sleep hygiene, part a"
    assert shown(view, 0, TIMING) == "deferred" and shown(view, 1, TIMING) == ""
    tooltip = Qt.ItemDataRole.ToolTipRole
    assert shown(view, 0, TIMING, tooltip) == "It's 01:42 — planned for 09:17."
    assert view.model.headerData(WHEN, Qt.Orientation.Horizontal) == "When"


def test_long_text_is_shortened_to_one_line_with_all_of_it_in_the_tooltip(qtbot: QtBot) -> None:
    long = "first line\n" + "word " * 40
    view = make_view(qtbot, [post("a", text=long)])
    cell = shown(view, 0, TEXT)
    assert isinstance(cell, str) and "\n" not in cell and cell.endswith("…") and len(cell) == 80
    assert shown(view, 0, TEXT, Qt.ItemDataRole.ToolTipRole) == long


def test_empty_queue_says_so(qtbot: QtBot) -> None:
    view = make_view(qtbot, [])
    assert view.empty.isVisible() and view.empty.text() == "Nothing queued for @DrRiver."
    assert not view.table.isVisible()
    view.set_posts(POSTS)
    assert not view.empty.isVisible() and view.table.isVisible()


def test_buttons_need_a_queued_post_and_say_why_not(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    buttons = [view.edit_button, view.reschedule_button, view.cancel_button]
    buttons.append(view.next_window_button)
    assert not any(b.isEnabled() for b in buttons)
    assert view.cancel_button.toolTip() == "Select a queued post first."
    view.table.selectRow(1)  # sending
    assert not any(b.isEnabled() for b in buttons)
    assert "being sent right now" in view.edit_button.toolTip()
    assert "being sent right now" in view.cancel_button.toolTip()
    view.table.selectRow(0)
    assert all(b.isEnabled() for b in buttons)


def test_cancel_asks_first_and_emits_only_on_yes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot)
    view.table.selectRow(2)
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    with qtbot.assertNotEmitted(view.cancel_requested):
        view.cancel_button.click()
    assert asked == ["Cancel this post? It will not be sent."]
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.cancel_requested) as cancelled:
        view.cancel_button.click()
    assert cancelled.args == ["c"]


def test_delete_key_cancels_after_confirming(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot)
    view.table.selectRow(0)
    view.table.setFocus()
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.cancel_requested) as cancelled:
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert cancelled.args == ["a"] and len(asked) == 1


def test_delete_on_a_sending_post_asks_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot)
    view.table.selectRow(1)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.assertNotEmitted(view.cancel_requested):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked == []


def test_reschedule_emits_an_aware_time_in_the_posts_zone(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.table.selectRow(0)
    view.reschedule_button.click()
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert "Wed 25 Nov 09:17 EST" in dialog.band.detail_label.text()
    dialog.set_wall_time(datetime(2026, 11, 27, 10, 41))
    with qtbot.waitSignal(view.reschedule_requested) as moved:
        dialog.save_button.click()
    post_id, when = moved.args
    assert post_id == "a"
    assert when == datetime(2026, 11, 27, 10, 41, tzinfo=ZoneInfo(NEW_YORK))
    assert when.utcoffset() == timedelta(hours=-5)
    assert when.astimezone(UTC) == datetime(2026, 11, 27, 15, 41, tzinfo=UTC)


def test_reschedule_refuses_a_time_the_clocks_skip(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.table.selectRow(0)
    view.reschedule_button.click()
    dialog = view.dialog
    assert dialog is not None
    dialog.set_wall_time(datetime(2027, 3, 14, 2, 30))  # New York springs forward
    assert dialog.error.isVisible() and "does not exist" in dialog.error.text()
    assert not dialog.save_button.isEnabled()


def test_edit_emits_the_new_text_with_a_live_count(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.table.selectRow(0)
    view.edit_button.click()
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    dialog.editor.setPlainText("Rest matters 你好")
    assert dialog.count.text() == "17 / 280"
    with qtbot.waitSignal(view.edit_requested) as edited:
        dialog.save_button.click()
    assert edited.args == ["a", "Rest matters 你好"]


def test_edit_refuses_over_long_text(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.table.selectRow(0)
    view.edit_button.click()
    dialog = view.dialog
    assert dialog is not None
    dialog.editor.setPlainText("x" * 290)
    assert not dialog.save_button.isEnabled()
    assert "10 over X's limit" in dialog.count.text()


def test_next_window_emits_the_post(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.table.selectRow(2)
    with qtbot.waitSignal(view.next_window_requested) as asked:
        view.next_window_button.click()
    assert asked.args == ["c"]


def test_next_window_is_off_for_an_account_without_windows(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.table.selectRow(0)
    view.set_any_time(True)
    assert not view.next_window_button.isEnabled()
    assert "no posting windows" in view.next_window_button.toolTip()
    assert view.cancel_button.isEnabled()
    view.set_any_time(False)
    assert view.next_window_button.isEnabled()


def test_selection_survives_a_refresh_and_follows_state(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.table.selectRow(0)
    view.set_posts([post("z"), post("a", PostState.SENDING)])
    selected = view.selected_post()
    assert selected is not None and selected.id == "a"
    assert not view.cancel_button.isEnabled()


def test_other_accounts_posts_are_refused(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    personal = Post("p", Role.PERSONAL, "hi", PostState.QUEUED, CREATED, CREATED)
    with pytest.raises(ValueError, match="professional queue shows only its own"):
        view.set_posts([personal])
