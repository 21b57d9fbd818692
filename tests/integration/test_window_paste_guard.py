"""The paste guard in the window: a flagged paste counts until its text is gone.

Real guards, outbox and sandbox; the clipboard is the application's own.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule
from dualdesk.ui.main_window import MainWindow
from dualdesk.ui.tasks import SyncTaskRunner
from dualdesk.ui.window_controller import WindowController
from dualdesk.wiring import Backend

pytestmark = pytest.mark.slow

#: Harmless on either account on its own: only where it came from is a risk.
PERSONAL_DRAFT = "Loved the new album, it has been on repeat all week"


def paste_into(controller: WindowController, role: Role, text: str) -> None:
    QApplication.clipboard().setText(text)
    controller.window.panes[role].composer.editor.paste()


def rules(controller: WindowController, role: Role) -> set[Rule]:
    return {f.rule for f in controller.reviews[role].findings}


def test_a_paste_from_the_other_pane_is_underlined_and_confirmed_before_posting(
    qtbot: QtBot, controller: WindowController
) -> None:
    panes = controller.window.panes
    panes[Role.PERSONAL].composer.editor.setPlainText(PERSONAL_DRAFT)
    paste_into(controller, Role.PROFESSIONAL, PERSONAL_DRAFT)
    pro = panes[Role.PROFESSIONAL]
    qtbot.waitUntil(lambda: Rule.DUPLICATE in rules(controller, Role.PROFESSIONAL), timeout=5000)
    assert pro.composer.editor.extraSelections(), "the pasted span is underlined"
    assert "warning" in pro.composer.findings.text()
    assert "Pasted text" in pro.status.text()

    pro.composer.post_button.click()
    dialog = controller.posting.dialog
    assert dialog is not None, "the flagged paste asks for confirmation"
    assert any(f.rule is Rule.DUPLICATE for f in dialog.findings)
    dialog.reject()
    assert pro.composer.text == PERSONAL_DRAFT, "nothing posted, nothing lost"


def test_the_paste_warning_goes_when_the_pasted_text_does(
    qtbot: QtBot, controller: WindowController
) -> None:
    panes = controller.window.panes
    panes[Role.PERSONAL].composer.editor.setPlainText(PERSONAL_DRAFT)
    pro = panes[Role.PROFESSIONAL]
    pro.composer.editor.setPlainText("Note to self: ")
    paste_into(controller, Role.PROFESSIONAL, PERSONAL_DRAFT)
    qtbot.waitUntil(lambda: Rule.DUPLICATE in rules(controller, Role.PROFESSIONAL), timeout=5000)
    pro.composer.editor.undo()
    assert pro.composer.text == "Note to self: "
    qtbot.waitUntil(lambda: Rule.DUPLICATE not in rules(controller, Role.PROFESSIONAL))
    assert not pro.status.isVisibleTo(pro) or "Pasted text" not in pro.status.text()


def test_an_unrelated_paste_is_not_flagged(qtbot: QtBot, controller: WindowController) -> None:
    controller.window.panes[Role.PERSONAL].composer.editor.setPlainText(PERSONAL_DRAFT)
    paste_into(controller, Role.PROFESSIONAL, "Sleep is a skill you can practise, not a trait.")
    controller.reviews[Role.PROFESSIONAL].refresh()
    assert Rule.DUPLICATE not in rules(controller, Role.PROFESSIONAL)
    assert "Pasted text" not in controller.window.panes[Role.PROFESSIONAL].status.text()


@pytest.fixture
def early_controller(qtbot: QtBot, backend: Backend) -> Iterator[WindowController]:
    """A window whose professional pane was typed in before the services were up."""
    window = MainWindow(backend.profiles.profiles(), sandbox=True)
    qtbot.addWidget(window)
    window.panes[Role.PROFESSIONAL].composer.editor.setPlainText(
        "Had a client today who finally said it out loud"
    )
    built = WindowController(window, backend, SyncTaskRunner())
    window.show()
    built.start()
    yield built
    built.stop()


def test_text_typed_while_starting_is_reviewed_without_another_keystroke(
    qtbot: QtBot, early_controller: WindowController
) -> None:
    qtbot.waitUntil(
        lambda: Rule.CLINICAL in rules(early_controller, Role.PROFESSIONAL), timeout=5000
    )
