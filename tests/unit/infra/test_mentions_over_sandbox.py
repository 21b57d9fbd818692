"""Each pane's mentions inbox over real HTTP: paging, answered, replies, errors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.errors import ReplyNotAllowed, Transient
from dualdesk.core.ports import XClient
from dualdesk.core.posts import Post, PostState
from dualdesk.infra.sandbox.faults import Fault
from dualdesk.infra.sandbox.server import SandboxServer
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.mentions import MentionsService, reply_draft
from tests.unit.infra.conftest import ClientFactory
from tests.unit.infra.sandbox_people import add_person, mention, personal, professional

AT = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    store = SQLiteStore(tmp_path / "data")
    yield store
    store.close()


@pytest.fixture
def service(store: SQLiteStore, make_client: ClientFactory) -> MentionsService:
    def clients(role: Role) -> XClient | None:
        return make_client(role.value)

    return MentionsService(clients, store, store, page_size=5)


@pytest.fixture
def twelve(sandbox: SandboxServer) -> list[str]:
    """Twelve more mentions of the professional account, oldest first."""
    asker = add_person(sandbox, "curious_reader")
    return [
        mention(sandbox, asker, professional(sandbox), f"Question {n} for you") for n in range(12)
    ]


def _sent_reply(store: SQLiteStore, role: Role, mention_id: str, state: PostState) -> None:
    store.add(
        Post(
            id=f"reply-{mention_id}-{state.value}",
            account=role,
            text="Thank you!",
            state=state,
            created_at=AT,
            planned_at=AT,
            reply_to=mention_id,
        )
    )


def test_pages_run_newest_first_through_every_mention_once(
    service: MentionsService, twelve: list[str]
) -> None:
    seen: list[str] = []
    token: str | None = None
    pages = 0
    while True:
        page = service.page(Role.PROFESSIONAL, token)
        pages += 1
        seen += [m.post.id for m in page.items]
        token = page.next_token
        if token is None:
            break
    assert pages == 3
    assert seen[:12] == twelve[::-1]
    assert len(seen) == len(set(seen)) == 13  # and the seeded mention from @mindful_clinic
    assert all(m.account is Role.PROFESSIONAL for m in service.page(Role.PROFESSIONAL).items)


def test_replied_and_dismissed_mentions_are_not_counted_as_waiting(
    service: MentionsService, store: SQLiteStore, twelve: list[str]
) -> None:
    first = service.page(Role.PROFESSIONAL)
    assert first.unanswered_count == 5
    _sent_reply(store, Role.PROFESSIONAL, twelve[-1], PostState.SENT)
    _sent_reply(store, Role.PROFESSIONAL, twelve[-2], PostState.QUEUED)
    _sent_reply(store, Role.PROFESSIONAL, twelve[-3], PostState.FAILED)  # still waiting
    _sent_reply(store, Role.PERSONAL, twelve[-4], PostState.SENT)  # the other pane's outbox
    service.dismiss(first.items[4])

    again = service.page(Role.PROFESSIONAL)

    assert [m.answered for m in again.items] == [True, True, False, False, True]
    assert again.unanswered_count == 2
    service.undismiss(again.items[4])
    assert service.page(Role.PROFESSIONAL).unanswered_count == 3


def test_each_pane_sees_only_its_own_mentions(
    sandbox: SandboxServer, service: MentionsService
) -> None:
    personal_page = service.page(Role.PERSONAL)
    assert [m.post.author_handle for m in personal_page.items] == ["sam_reads"]
    assert personal_page.items[0].account is Role.PERSONAL


def test_a_reply_leaves_from_the_mentioned_pane_and_x_accepts_it(
    service: MentionsService, make_client: ClientFactory
) -> None:
    item = service.page(Role.PROFESSIONAL).items[0]
    draft = reply_draft(Role.PROFESSIONAL, item, "Thank you for having me!")
    assert (draft.account, draft.reply_to) == (Role.PROFESSIONAL, item.post.id)
    with pytest.raises(ValueError, match="read in the professional pane"):
        reply_draft(Role.PERSONAL, item, "Hi")

    sent = make_client("professional").post(draft.text, reply_to=draft.reply_to)
    assert sent.in_reply_to == item.post.id


def test_a_reply_x_refuses_says_why_in_plain_words(
    sandbox: SandboxServer, make_client: ClientFactory
) -> None:
    stranger = add_person(sandbox, "stranger_posts")
    post = sandbox.state.create_post(stranger.id, "A thought about sleep.", 0.0)
    with pytest.raises(ReplyNotAllowed) as caught:
        make_client("professional").post("Agreed!", reply_to=post.id)
    assert str(caught.value).startswith(
        "X only accepts replies where the author mentioned or quoted you; this reply was refused."
    )


def test_a_server_error_reading_mentions_is_transient(
    sandbox: SandboxServer, service: MentionsService
) -> None:
    sandbox.faults.push(Fault("5xx"), path_prefix=f"/2/users/{personal(sandbox).id}/mentions")
    with pytest.raises(Transient, match="reading mentions"):
        service.page(Role.PERSONAL)


def test_dismissed_ids_are_kept_per_account(service: MentionsService, store: SQLiteStore) -> None:
    item = service.page(Role.PROFESSIONAL).items[0]
    service.dismiss(item)
    assert service.dismissed(Role.PROFESSIONAL) == [item.post.id]
    assert service.dismissed(Role.PERSONAL) == []


def test_a_reply_made_on_x_itself_shows_the_mention_answered_on_x(
    service: MentionsService, store: SQLiteStore, make_client: ClientFactory, twelve: list[str]
) -> None:
    before = service.page(Role.PROFESSIONAL)
    assert before.unanswered_count == 5
    # As if from the phone app: straight to X's API, nothing in dualdesk's outbox.
    make_client("professional").post("Good question, answered here", reply_to=twelve[-2])
    assert store.posts(account=Role.PROFESSIONAL) == []

    after = service.page(Role.PROFESSIONAL)

    by_id = {m.post.id: m for m in after.items}
    assert by_id[twelve[-2]].replied_on_x and by_id[twelve[-2]].answered
    assert not by_id[twelve[-2]].replied
    assert after.unanswered_count == 4
    assert after.replies_on_x_checked


def test_a_failed_own_posts_read_still_shows_the_mentions(
    sandbox: SandboxServer, service: MentionsService, make_client: ClientFactory, twelve: list[str]
) -> None:
    make_client("professional").post("Answered on the website", reply_to=twelve[-1])
    own_posts = f"/2/users/{professional(sandbox).id}/tweets"
    sandbox.faults.push(Fault("5xx"), path_prefix=own_posts)

    page = service.page(Role.PROFESSIONAL)

    assert [m.post.id for m in page.items] == twelve[::-1][:5]
    assert not page.replies_on_x_checked
    assert page.unanswered_count == 5  # the reply on X could not be seen this time
    assert service.page(Role.PROFESSIONAL).items[0].replied_on_x
