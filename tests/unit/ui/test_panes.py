"""The window's panes, offscreen, as a person would use them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.posts import Draft
from dualdesk.ui.main_window import MainWindow
from dualdesk.ui.theme import text_on

PROFILES = {
    Role.PROFESSIONAL: Profile(Role.PROFESSIONAL, handle="DrRiver", display_name="Dr. A. River"),
    Role.PERSONAL: Profile(Role.PERSONAL, handle="alex_weekends"),
}


def make_window(qtbot: QtBot, sandbox: bool = False) -> MainWindow:
    window = MainWindow(PROFILES, sandbox=sandbox)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_professional_left_personal_right_with_words_icons_and_colours(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    pro, per = window.panes[Role.PROFESSIONAL], window.panes[Role.PERSONAL]
    assert (
        pro.mapTo(window, pro.rect().topLeft()).x() < per.mapTo(window, per.rect().topLeft()).x()
    )
    assert pro.role_label.text() == "PROFESSIONAL"
    assert per.role_label.text() == "PERSONAL"
    assert not pro.icon.pixmap().isNull() and not per.icon.pixmap().isNull()
    assert pro.icon.pixmap().toImage() != per.icon.pixmap().toImage()
    assert "#0072B2" in pro.styleSheet() and "#E69F00" in per.styleSheet()
    assert pro.handle_label.text() == "@DrRiver · not linked yet: Accounts → Link"
    assert per.composer.post_button.text() == "Post as @alex_weekends"


def test_title_names_both_handles(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert "@DrRiver (Professional)" in window.windowTitle()
    assert "@alex_weekends (Personal)" in window.windowTitle()


def test_unlinked_pane_says_so(qtbot: QtBot) -> None:
    window = MainWindow({role: Profile(role) for role in Role})
    qtbot.addWidget(window)
    assert window.panes[Role.PERSONAL].handle_label.text() == "Not linked yet: Accounts → Link"


def test_sandbox_marker_on_both_panes(qtbot: QtBot) -> None:
    window = make_window(qtbot, sandbox=True)
    assert all(not p.sandbox_label.isHidden() for p in window.panes.values())
    assert "SANDBOX" in window.windowTitle()


def test_weighted_count_counts_urls_and_cjk_as_x_does(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    composer = window.panes[Role.PERSONAL].composer
    composer.editor.setPlainText("see https://example.org/a/very/long/path/indeed 你好")
    # "see " 4 + URL 23 + " " 1 + two CJK characters at 2 each
    assert composer.count.text() == "32 / 280"


def test_over_long_post_disables_button_and_says_by_how_much(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    composer = window.panes[Role.PROFESSIONAL].composer
    composer.editor.setPlainText("x" * 290)
    assert not composer.post_button.isEnabled()
    assert "10 characters over" in composer.note.text()
    assert composer.editor.toPlainText() == "x" * 290  # nothing lost


def test_empty_post_cannot_be_sent(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    composer = window.panes[Role.PROFESSIONAL].composer
    composer.editor.setPlainText("   ")
    assert not composer.post_button.isEnabled()


def test_ctrl_enter_posts_from_the_focused_pane_only(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    drafts: list[Draft] = []
    for pane in window.panes.values():
        pane.post_requested.connect(drafts.append)
    window.panes[Role.PERSONAL].composer.editor.setPlainText("personal words")
    window.panes[Role.PROFESSIONAL].composer.editor.setPlainText("professional words")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    editor = window.panes[Role.PERSONAL].composer.editor
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert drafts == [Draft(account=Role.PERSONAL, text="personal words")]


def test_ctrl_1_focuses_the_professional_composer(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.panes[Role.PROFESSIONAL].composer.editor.hasFocus)


def test_pane_refuses_another_accounts_profile(qtbot: QtBot) -> None:
    pane = make_window(qtbot).panes[Role.PROFESSIONAL]
    try:
        pane.set_profile(PROFILES[Role.PERSONAL])
    except ValueError:
        pass
    else:
        raise AssertionError("a pane took the other account's profile")
    assert pane.profile.role is Role.PROFESSIONAL


def test_band_text_contrasts_with_its_colour() -> None:
    assert text_on("#0072B2") == "#FFFFFF"
    assert text_on("#E69F00") == "#000000"


def test_composer_limit_matches_core() -> None:
    from dualdesk.core import text_length
    from dualdesk.ui import composer

    assert composer.MAX_WEIGHTED_LENGTH == text_length.MAX_WEIGHTED_LENGTH == 280


def test_a_sandbox_pane_waiting_for_its_demo_account_does_not_ask_to_link(qtbot) -> None:  # type: ignore[no-untyped-def]
    from dualdesk.ui.pane import AccountPane

    pane = AccountPane(Profile(Role.PERSONAL), sandbox=True)
    qtbot.addWidget(pane)
    assert "starting" in pane.handle_label.text()
    assert "Link" not in pane.handle_label.text()
