"""The whole window on the sandbox X service: real guards, outbox, sender and HTTP.

Work runs synchronously (SyncTaskRunner) except the scheduler, whose wake-ups
reach the window through queued signals, as in the app.
"""

from __future__ import annotations

import time as clock
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule
from dualdesk.core.timing_policy import PostingWindow, TimingPolicy
from dualdesk.ui.confirm_dialog import Choice
from dualdesk.ui.pane import AccountPane
from dualdesk.ui.window_controller import WindowController
from dualdesk.wiring import Backend

pytestmark = pytest.mark.slow


def sandbox_texts(backend: Backend, handle: str) -> list[str]:
    state = backend.sandbox_server.state
    user = state.user_by_handle(handle)
    assert user is not None
    return [post.text for post in state.posts_by(user.id)]


def only_window_in_six_hours(backend: Backend) -> datetime:
    """Give the professional account one window, six hours from now; return now."""
    now = datetime.now().astimezone()
    later = (now + timedelta(hours=6)).replace(tzinfo=None)
    window = PostingWindow(
        weekday=later.weekday(), start=time(later.hour, 0), end=time(later.hour, 50)
    )
    zone = backend.timing.policy(Role.PROFESSIONAL).zone
    backend.timing.set_policy(Role.PROFESSIONAL, TimingPolicy(zone=zone, windows=(window,)))
    return now


def type_and_post(controller: WindowController, role: Role, text: str) -> None:
    composer = controller.window.panes[role].composer
    composer.editor.setPlainText(text)
    composer.post_button.click()


def test_panes_show_the_demo_accounts(controller: WindowController) -> None:
    panes = controller.window.panes
    assert panes[Role.PROFESSIONAL].handle_label.text() == "@DrRiverCounsel · sandbox account"
    assert panes[Role.PERSONAL].composer.post_button.text() == "Post as @alex_weekends"
    assert panes[Role.PERSONAL].posts_model.rowCount() >= 1  # loaded from the sandbox


def test_a_personal_post_lands_in_the_personal_timeline_only(
    qtbot: QtBot, controller: WindowController, backend: Backend
) -> None:
    type_and_post(controller, Role.PERSONAL, "Pancakes for the whole street this morning")
    qtbot.waitUntil(
        lambda: (
            "Pancakes for the whole street this morning" in sandbox_texts(backend, "alex_weekends")
        ),
        timeout=10000,
    )
    assert "Pancakes for the whole street this morning" not in sandbox_texts(
        backend, "DrRiverCounsel"
    )
    pane = controller.window.panes[Role.PERSONAL]
    qtbot.waitUntil(lambda: "Posted as @alex_weekends" in pane.status.text(), timeout=10000)
    assert pane.composer.text == ""


def test_clinical_narration_is_underlined_while_typing(
    qtbot: QtBot, controller: WindowController
) -> None:
    composer = controller.window.panes[Role.PERSONAL].composer
    composer.editor.setPlainText("Had a client today who finally said the thing out loud")
    qtbot.waitUntil(lambda: bool(controller.reviews[Role.PERSONAL].findings), timeout=3000)
    rules = {f.rule for f in controller.reviews[Role.PERSONAL].findings}
    assert Rule.CLINICAL in rules
    assert composer.editor.extraSelections(), "the span is underlined"
    assert "warning" in composer.findings.text() or "blocking" in composer.findings.text()


def test_whereabouts_on_professional_offers_a_move_to_personal(
    qtbot: QtBot, controller: WindowController, backend: Backend
) -> None:
    type_and_post(controller, Role.PROFESSIONAL, "off to get a sandwich")
    dialog = controller.posting.dialog
    assert dialog is not None, "a warning asks for confirmation"
    assert dialog.windowTitle() == "Post as @DrRiverCounsel (Professional)"
    assert dialog.move_button.isVisibleTo(dialog)
    dialog.move_button.click()
    assert dialog.choice is Choice.MOVE
    panes = controller.window.panes
    assert panes[Role.PERSONAL].composer.text == "off to get a sandwich"
    assert panes[Role.PROFESSIONAL].composer.text == ""
    assert "off to get a sandwich" not in sandbox_texts(backend, "DrRiverCounsel")


def test_whereabouts_offer_the_move_in_the_pane_while_typing(
    qtbot: QtBot, controller: WindowController
) -> None:
    panes = controller.window.panes
    pro = panes[Role.PROFESSIONAL].composer
    pro.editor.setPlainText("off to get a sandwich")
    qtbot.waitUntil(lambda: pro.move_button.isVisibleTo(pro), timeout=3000)
    assert pro.move_button.text() == "Move to Personal pane"
    pro.move_button.click()
    assert panes[Role.PERSONAL].composer.text == "off to get a sandwich"
    assert pro.text == ""
    qtbot.waitUntil(lambda: not pro.move_button.isVisibleTo(pro), timeout=3000)
    personal = panes[Role.PERSONAL].composer
    controller.reviews[Role.PERSONAL].refresh()
    assert not personal.move_button.isVisibleTo(personal), "personal whereabouts are fine"


def test_a_block_needs_a_typed_reason(controller: WindowController, backend: Backend) -> None:
    type_and_post(
        controller, Role.PERSONAL, "Great week at River Practice, see riverpractice.example"
    )
    dialog = controller.posting.dialog
    assert dialog is not None and dialog.blocked
    assert not dialog.post_button.isEnabled()
    dialog.reject()
    assert controller.window.panes[Role.PERSONAL].composer.text.startswith("Great week")


def test_professional_post_now_outside_the_window_is_deferred_and_says_why(
    qtbot: QtBot, controller: WindowController, backend: Backend
) -> None:
    now = only_window_in_six_hours(backend)
    type_and_post(
        # Not "Reading list for the weekend": the learned whereabouts backstop warns on it.
        controller,
        Role.PROFESSIONAL,
        "Reading list: three gentle books on grief",
    )
    pane = controller.window.panes[Role.PROFESSIONAL]
    assert "Planned for" in pane.status.text()
    assert pane.status_action.isVisibleTo(pane)
    [queued] = backend.posting.queue(Role.PROFESSIONAL)
    assert queued.deferred and queued.planned_at > now


def test_post_now_anyway_is_audited(
    qtbot: QtBot, controller: WindowController, backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    only_window_in_six_hours(backend)
    # Not "Conference slides are up...": the learned whereabouts backstop warns on it.
    type_and_post(
        controller, Role.PROFESSIONAL, "New slides on grief and sleep are up on the blog"
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    controller.window.panes[Role.PROFESSIONAL].status_action.click()
    qtbot.waitUntil(
        lambda: (
            "New slides on grief and sleep are up on the blog"
            in sandbox_texts(backend, "DrRiverCounsel")
        ),
        timeout=10000,
    )
    assert any(entry["rule"] == "timing" for entry in backend.store.entries())


def test_a_sandbox_mention_shows_in_the_right_pane_and_the_reply_leaves_from_it(
    qtbot: QtBot, controller: WindowController, backend: Backend
) -> None:
    pro = controller.window.panes[Role.PROFESSIONAL]
    personal = controller.window.panes[Role.PERSONAL]
    qtbot.waitUntil(lambda: pro.badge.isVisibleTo(pro), timeout=5000)
    assert "unanswered" in pro.badge.text()
    mentions = controller.extras[Role.PROFESSIONAL].mentions
    assert mentions.list.count() >= 1
    assert all("mindful_clinic" not in personal.tabs.tabText(i) for i in range(3))
    mentions.list.setCurrentRow(0)
    mention = mentions.selected()
    assert mention is not None
    mentions.reply.setPlainText("Thank you, glad the thread helped")
    mentions.reply_button.click()
    qtbot.waitUntil(
        lambda: "Thank you, glad the thread helped" in sandbox_texts(backend, "DrRiverCounsel"),
        timeout=10000,
    )
    sent = [p for p in backend.posting_history(Role.PROFESSIONAL) if p.reply_to == mention.post.id]
    assert sent and sent[0].account is Role.PROFESSIONAL
    assert "Thank you, glad the thread helped" not in sandbox_texts(backend, "alex_weekends")


def test_the_professional_pane_shows_the_self_promotion_meter(
    qtbot: QtBot, controller: WindowController
) -> None:
    pane = controller.window.panes[Role.PROFESSIONAL]
    qtbot.waitUntil(lambda: hasattr(pane, "meter"), timeout=5000)
    assert "Self-promotion:" in pane.meter.text()
    assert not hasattr(controller.window.panes[Role.PERSONAL], "meter")


def test_both_composers_line_up_with_meter_and_badge_shown(
    qtbot: QtBot, controller: WindowController
) -> None:
    window = controller.window
    pro, personal = window.panes[Role.PROFESSIONAL], window.panes[Role.PERSONAL]
    qtbot.waitUntil(lambda: hasattr(pro, "meter") and pro.badge.isVisibleTo(pro), timeout=5000)

    def top(pane: AccountPane) -> int:
        return pane.composer.mapTo(window, QPoint(0, 0)).y()

    def bottom(pane: AccountPane) -> int:
        return top(pane) + pane.composer.height()

    qtbot.waitUntil(lambda: top(pro) == top(personal), timeout=2000)
    qtbot.waitUntil(lambda: bottom(pro) == bottom(personal), timeout=2000)
    assert pro.meter.mapTo(window, QPoint(0, 0)).y() > bottom(pro)


def test_the_exposure_chart_opens_with_the_accounts_posting_times(
    controller: WindowController,
) -> None:
    controller.privacy_menu.exposure(Role.PROFESSIONAL)
    dialog = controller.privacy_menu.dialog
    assert dialog is not None
    assert "@DrRiverCounsel" in dialog.windowTitle()
    assert "post" in dialog.sent_chart.accessibleDescription().lower()


def test_the_pair_audit_warns_nothing_about_the_locked_demo_personal_account(
    controller: WindowController,
) -> None:
    controller.privacy_menu.pair_audit()
    dialog = controller.privacy_menu.dialog
    assert dialog is not None
    assert dialog.status_labels["personal_protected"].text() == "✔ OK"
    assert dialog.status_labels["email_separation"].text() == "✔ OK"


def test_saved_settings_change_the_professional_window(
    controller: WindowController, backend: Backend
) -> None:
    controller.settings_menu.settings()
    dialog = controller.settings_menu.dialog
    policies = dialog.result_policies()
    relaxed = TimingPolicy(zone=policies[Role.PROFESSIONAL].zone)  # any time
    dialog.saved.emit(({**policies, Role.PROFESSIONAL: relaxed}, dialog.result_prices()))
    assert backend.timing.policy(Role.PROFESSIONAL).any_time


def test_linking_from_the_sandbox_sets_up_the_real_account_apart(
    controller: WindowController, backend: Backend
) -> None:
    from dualdesk.ui.link_dialog import LinkDialog
    from dualdesk.ui.profile_dialog import ProfileDialog

    controller.account_menu.link(Role.PROFESSIONAL)
    form = controller.account_menu.dialog
    assert isinstance(form, ProfileDialog)
    form.email.setText("dr.real@practice.org")
    form.handle.setText("RealDr")
    form._on_buttons_accepted()
    link = controller.account_menu.dialog
    assert isinstance(link, LinkDialog)
    assert link.profile.email == "dr.real@practice.org"
    real = backend.real_accounts().profiles.profiles()[Role.PROFESSIONAL]
    assert real.email == "dr.real@practice.org" and not real.sandbox
    sandbox = backend.profiles.profiles()[Role.PROFESSIONAL]
    assert sandbox.handle == "DrRiverCounsel"  # the sandbox's data is untouched
    link.reject()


def test_a_reply_made_on_x_itself_marks_the_mention_answered_on_x(
    qtbot: QtBot, controller: WindowController, backend: Backend
) -> None:
    pro = controller.window.panes[Role.PROFESSIONAL]
    extras = controller.extras[Role.PROFESSIONAL]
    qtbot.waitUntil(lambda: pro.badge.isVisibleTo(pro), timeout=5000)
    waiting = extras.mentions.list.count()
    assert waiting >= 1 and f"{waiting} unanswered" in pro.badge.text()
    extras.mentions.list.setCurrentRow(0)
    mention = extras.mentions.selected()
    assert mention is not None and not mention.answered
    state = backend.sandbox_server.state
    me = state.user_by_handle("DrRiverCounsel")
    assert me is not None
    # As if from the phone app: straight onto X, not through dualdesk's outbox.
    state.create_post(
        me.id, "Thanks! Replied from my phone", clock.time(), reply_to=mention.post.id
    )

    extras.load_mentions()

    qtbot.waitUntil(
        lambda: extras.mentions.list.item(0).text().splitlines()[0].endswith("✓ answered on X"),
        timeout=5000,
    )
    assert "recent posts" in extras.mentions.state.text()
    if waiting == 1:
        assert not pro.badge.isVisibleTo(pro)
    else:
        assert f"{waiting - 1} unanswered" in pro.badge.text()
