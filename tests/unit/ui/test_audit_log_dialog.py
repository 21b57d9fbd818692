"""The audit log dialog, offscreen: newest first, local time, filter, keep-text."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from dualdesk.ui.audit_log_dialog import NOT_KEPT, AuditLogDialog

ENTRIES = [
    {
        "at": "2026-11-20T09:05:00+00:00",
        "account": "professional",
        "rule": "clinical",
        "reason": "Case is published and consented",
        "text": "A case study from the journal",
    },
    {
        "at": "2026-11-25T23:30:00+00:00",
        "account": "personal",
        "rule": "whereabouts",
        "reason": "Already home",
        "text": None,
    },
    {"at": "2026-11-22T12:00:00+00:00", "account": None, "rule": "link", "reason": "Linked"},
]
BERLIN = ZoneInfo("Europe/Berlin")


def make_dialog(qtbot: QtBot, keep_text: bool = False) -> AuditLogDialog:
    dialog = AuditLogDialog(ENTRIES, keep_text, local_zone=BERLIN)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def rows(dialog: AuditLogDialog) -> list[list[str]]:
    proxy = dialog.proxy
    return [
        [proxy.data(proxy.index(row, column)) for column in range(proxy.columnCount())]
        for row in range(proxy.rowCount())
    ]


def test_newest_first_in_local_time_with_accounts_in_words(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    shown = rows(dialog)
    assert [row[0] for row in shown] == [
        "2026-11-26 00:30",
        "2026-11-22 13:00",
        "2026-11-20 10:05",
    ]
    assert [row[1] for row in shown] == ["Personal", "App-wide", "Professional"]
    assert shown[0][2:] == ["whereabouts", "Already home", NOT_KEPT]
    assert shown[2][4] == "A case study from the journal"
    assert dialog.status.text() == "3 entries, newest first."


def test_filter_narrows_the_rows_and_says_when_nothing_matches(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.filter.setText("CONSENTED")
    assert [row[2] for row in rows(dialog)] == ["clinical"]
    assert dialog.status.text() == "Showing 1 of 3 entries."
    dialog.filter.setText("personal")
    assert [row[1] for row in rows(dialog)] == ["Personal"]
    qtbot.keyClicks(dialog.filter, "zzz")
    assert rows(dialog) == []
    assert dialog.status.text() == "No entries match “personalzzz”."
    dialog.filter.clear()
    assert len(rows(dialog)) == 3


def test_keep_text_checkbox_shows_the_choice_and_emits_changes(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, keep_text=True)
    assert dialog.keep_text.isChecked()
    assert dialog.keep_text.text() == "Keep the post text in the audit log"
    with qtbot.waitSignal(dialog.keep_text_changed) as changed:
        dialog.keep_text.click()
    assert changed.args == [False]
    with qtbot.assertNotEmitted(dialog.keep_text_changed):
        dialog.set_keep_text(True)
    assert dialog.keep_text.isChecked()


def test_empty_log_says_so(qtbot: QtBot) -> None:
    dialog = AuditLogDialog([], keep_text=False)
    qtbot.addWidget(dialog)
    assert dialog.status.text() == "No audit entries yet."
    dialog.set_entries(ENTRIES[:1])
    assert dialog.status.text() == "1 entry, newest first."
