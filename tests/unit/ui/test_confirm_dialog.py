"""The confirmation before a risky post: keys do the expected thing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.ui.confirm_dialog import SEVERITY_WORDS, Choice, ConfirmPostDialog

PRO = Profile(Role.PROFESSIONAL, handle="DrRiver", email="dr@practice.org")
TEXT = "Had a client today who finally said it"


def dialog_for(qtbot: QtBot, severity: Severity) -> ConfirmPostDialog:
    finding = Finding(Rule.CLINICAL, severity, 0, 17, "A client story.", "Don't.")
    dialog = ConfirmPostDialog(PRO, [finding], TEXT)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_enter_after_typing_a_reason_posts_anyway(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, Severity.BLOCK)
    qtbot.keyClicks(dialog.reason, "published case, consent on file")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.choice is Choice.POST
    assert dialog.override_reason == "published case, consent on file"


def test_enter_without_a_reason_keeps_editing(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, Severity.BLOCK)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.choice is Choice.CANCEL


def test_enter_on_a_warning_keeps_editing(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, Severity.WARN)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.choice is Choice.CANCEL
    assert dialog.post_button.text() == "Post"


def test_each_severity_symbol_is_drawn_by_the_fallback_font(qtbot: QtBot) -> None:
    """A symbol missing from the font shows as an empty box beside the word."""
    dialog_for(qtbot, Severity.BLOCK)  # a QApplication, with fontconfig's fonts
    metrics = QFontMetrics(QFont("DejaVu Sans"))
    for words in SEVERITY_WORDS.values():
        symbol = words.split()[0]
        assert metrics.inFontUcs4(ord(symbol)), words
