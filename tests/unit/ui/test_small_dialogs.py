"""The link, do-not-follow and mentions widgets, with plain data and fakes above the ports."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.core.errors import AuthRevoked
from dualdesk.core.timeline import XPost
from dualdesk.services.mentions import Mention
from dualdesk.ui.donotfollow_dialog import DoNotFollowDialog
from dualdesk.ui.link_dialog import LinkDialog
from dualdesk.ui.mentions_view import MentionsView
from dualdesk.ui.tasks import SyncTaskRunner

PRO = Profile(Role.PROFESSIONAL, handle="DrRiver", email="dr@practice.org")


class FakeLinking:
    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.linked: list[tuple[Role, OAuth1Credentials]] = []

    def link(self, role: Role, creds: OAuth1Credentials) -> Profile:
        if self.error:
            raise self.error
        self.linked.append((role, creds))
        return PRO.with_changes(x_user_id="42")


def fill_tokens(dialog: LinkDialog) -> None:
    dialog.consumer_key.setText("ck")
    dialog.consumer_secret.setText("cs")
    dialog.access_token.setText("at")
    dialog.access_secret.setText("as")


def test_pasted_tokens_link_the_dialogs_own_pane(qtbot: QtBot) -> None:
    linking = FakeLinking()
    dialog = LinkDialog(PRO, linking, SyncTaskRunner())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    fill_tokens(dialog)
    with qtbot.waitSignal(dialog.linked) as signal:
        dialog.tokens_button.click()
    assert signal.args[0].x_user_id == "42"
    assert [role for role, _ in linking.linked] == [Role.PROFESSIONAL]


def test_missing_fields_and_errors_are_said_in_the_dialog(qtbot: QtBot) -> None:
    dialog = LinkDialog(PRO, FakeLinking(AuthRevoked("X refused these keys.")), SyncTaskRunner())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.consumer_key.setText("ck")
    dialog.tokens_button.click()
    assert "all four fields" in dialog.status.text()
    fill_tokens(dialog)
    dialog.tokens_button.click()
    assert dialog.status.text() == "X refused these keys."
    assert dialog.tokens_button.isEnabled()  # can try again
    assert "cs" not in dialog.status.text()


def test_donotfollow_dialog_hands_handles_over_and_forgets_them(qtbot: QtBot) -> None:
    dialog = DoNotFollowDialog(0)
    qtbot.addWidget(dialog)
    dialog.handles.setPlainText("@client_one\n\nclient_two\n")
    with qtbot.waitSignal(dialog.add_requested) as signal:
        dialog._on_add_clicked()
    assert signal.args[0] == ["@client_one", "client_two"]
    assert dialog.handles.toPlainText() == ""
    dialog.set_count(2)
    assert dialog.count_label.text() == "2 handles on the list."


def mention(n: int, answered: bool = False, on_x: bool = False) -> Mention:
    post = XPost(
        id=str(n),
        text=f"@DrRiver question {n}",
        author_id="7",
        created_at=datetime(2026, 11, 25, 10, n, tzinfo=UTC),
        author_handle="mindful_clinic",
    )
    return Mention(account=Role.PROFESSIONAL, post=post, replied=answered, replied_on_x=on_x)


def test_mentions_view_replies_to_the_selected_mention_only(qtbot: QtBot) -> None:
    view = MentionsView(PRO)
    qtbot.addWidget(view)
    view.set_mentions([mention(2), mention(1, answered=True)], more=True)
    assert view.list.count() == 2
    assert "1 waiting for an answer" in view.state.text()
    assert not view.reply_button.isEnabled()  # nothing selected yet
    view.list.setCurrentRow(0)
    view.reply.setPlainText("Thanks!")
    with qtbot.waitSignal(view.reply_requested) as signal:
        view.reply_button.click()
    assert signal.args[0].post.id == "2" and signal.args[1] == "Thanks!"
    assert view.reply_button.text() == "Reply as @DrRiver"
    view.list.setCurrentRow(1)
    assert not view.dismiss_button.isEnabled()  # already answered


def test_mentions_view_marks_replies_made_on_x_apart(qtbot: QtBot) -> None:
    view = MentionsView(PRO)
    qtbot.addWidget(view)
    view.set_mentions([mention(3), mention(2, on_x=True), mention(1, answered=True)], more=False)

    lines = [view.list.item(row).text().splitlines()[0] for row in range(3)]
    assert lines[0].endswith("● waiting for an answer")
    assert lines[1].endswith("✓ answered on X")
    assert lines[2].endswith("✓ answered")
    assert "recent posts" in view.list.item(1).toolTip()
    assert view.list.item(2).toolTip() == ""
    assert view.state.text().startswith("1 waiting for an answer.")
    assert "counted from this account's recent posts" in view.state.text()
    view.list.setCurrentRow(1)
    assert not view.dismiss_button.isEnabled()  # answered on X needs no dismissing

    view.set_mentions([mention(3), mention(2)], more=False, replies_on_x_checked=False)
    assert view.state.text().startswith("2 waiting for an answer.")
    assert "could not be checked" in view.state.text()
