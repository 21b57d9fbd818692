"""Editing a queued post must not slip past the confirmation a new post gets.

Found by hand in the window (sandbox): a professional post queued for the
morning, then Queue -> Edit... -> "Had a client today who finally said it,
off to get a sandwich" -> Save. It was saved at once: no confirmation, no
underline in the edit dialog, nothing in the audit log; the pane said "The
queued post was changed." The same text typed in the composer opens the
"Post as @DrRiverCounsel (Professional)" confirmation with "Move to
Personal pane".
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from dualdesk.core.accounts import Role
from dualdesk.core.posts import Draft
from dualdesk.ui.window_controller import WindowController
from dualdesk.wiring import Backend

pytestmark = pytest.mark.slow

WARNED = "Had a client today who finally said it, off to get a sandwich"


def test_editing_a_queued_post_into_a_warning_asks_first(
    qtbot: QtBot, controller: WindowController, backend: Backend
) -> None:
    later = datetime.now(UTC) + timedelta(days=3)
    post = backend.posting.submit(
        Draft(Role.PROFESSIONAL, "Three gentle books on grief, a reading list"), at=later
    ).post
    assert backend.review.review(Draft(Role.PROFESSIONAL, WARNED)), "the text does warn"

    controller.extras[Role.PROFESSIONAL].queue.edit_requested.emit(post.id, WARNED)

    asking = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    stored = backend.store.get(post.id)
    assert stored is not None
    assert asking or stored.text != WARNED, (
        "the warned text was saved into the queue without a confirmation"
    )


def test_a_confirmed_edit_is_saved_and_a_declined_one_is_not(
    qtbot: QtBot, controller: WindowController, backend: Backend
) -> None:
    later = datetime.now(UTC) + timedelta(days=3)
    post = backend.posting.submit(
        Draft(Role.PROFESSIONAL, "A reading list on sleep hygiene"), at=later
    ).post
    edit = controller.extras[Role.PROFESSIONAL].queue_edit

    edit.request(post.id, WARNED)
    assert edit.dialog is not None
    assert edit.dialog.post_button.text() == "Save"
    assert not edit.dialog.move_button.isVisible(), "a queued post is not moved between panes"
    edit.dialog.reject()
    assert backend.store.get(post.id).text == "A reading list on sleep hygiene"  # type: ignore[union-attr]

    edit.request(post.id, WARNED)
    assert edit.dialog is not None
    edit.dialog.post_button.click()
    qtbot.waitUntil(lambda: backend.store.get(post.id).text == WARNED, timeout=5000)  # type: ignore[union-attr]
