"""TweepyXClient over real HTTP against the sandbox: reads, writes, paging."""

from __future__ import annotations

import pytest

from dualdesk.core.errors import DuplicateContent, Rejected
from dualdesk.core.timeline import XUser
from dualdesk.infra.sandbox.demo import DEMO_CREDENTIALS
from dualdesk.infra.sandbox.faults import Fault
from dualdesk.infra.sandbox.server import SandboxServer
from dualdesk.infra.x_tweepy import TweepyXClient
from tests.unit.infra.conftest import ClientFactory


def test_whoami_reports_the_professional_demo_account(make_client: ClientFactory) -> None:
    me = make_client("professional").whoami()
    assert (me.handle, me.name, me.protected) == (
        "DrRiverCounsel",
        "Dr. Alex River (sandbox)",
        False,
    )


def test_whoami_reports_the_personal_account_as_protected(make_client: ClientFactory) -> None:
    me = make_client("personal").whoami()
    assert me.handle == "alex_weekends"
    assert me.protected is True


def test_post_appears_first_in_recent_posts_and_delete_removes_it(
    make_client: ClientFactory,
) -> None:
    client = make_client()
    posted = client.post("Office hours moved to Thursday this week.")
    assert posted.id
    assert posted.author_handle == "DrRiverCounsel"
    recent = client.recent_posts()
    assert recent.items[0].id == posted.id
    assert recent.items[0].text == "Office hours moved to Thursday this week."
    assert recent.items[0].created_at is not None
    client.delete(posted.id)
    assert posted.id not in {p.id for p in client.recent_posts().items}


def test_mentions_name_the_author(make_client: ClientFactory) -> None:
    mentions = make_client().mentions().items
    assert [m.author_handle for m in mentions] == ["mindful_clinic"]
    assert "@DrRiverCounsel" in mentions[0].text


def test_reply_to_a_post_that_mentions_us_is_accepted(make_client: ClientFactory) -> None:
    client = make_client()
    mention = client.mentions().items[0]
    reply = client.post("Thank you for having me!", reply_to=mention.id)
    assert reply.in_reply_to == mention.id
    assert client.recent_posts().items[0].in_reply_to == mention.id


def test_reply_where_we_were_not_mentioned_is_rejected_with_xs_words(
    make_client: ClientFactory,
) -> None:
    mention = make_client("professional").mentions().items[0]
    with pytest.raises(Rejected, match="Reply to this conversation is not allowed"):
        make_client("personal").post("Jumping in!", reply_to=mention.id)


def test_repeated_text_is_duplicate_content(make_client: ClientFactory) -> None:
    client = make_client()
    client.post("A calm note for a Monday.")
    with pytest.raises(DuplicateContent, match="duplicate content"):
        client.post("A calm note for a Monday.")


def test_recent_posts_page_through_every_post_once(make_client: ClientFactory) -> None:
    client = make_client()
    sent = [client.post(f"Reading list, part {n}").id for n in range(7)]
    first = client.recent_posts(limit=5)
    assert len(first.items) == 5
    assert first.next_token
    second = client.recent_posts(limit=5, pagination_token=first.next_token)
    seen = [p.id for p in first.items + second.items]
    assert seen[:7] == sent[::-1]
    assert len(seen) == len(set(seen)) == 9  # the 7 new ones and 2 seeded
    assert second.next_token is None


def test_followers_and_following_page_with_next_token(make_client: ClientFactory) -> None:
    client = make_client()
    first = client.followers(limit=2)
    rest = client.followers(limit=2, pagination_token=first.next_token)
    handles = {u.handle for u in first.items + rest.items}
    assert handles == {"mindful_clinic", "sam_reads", "psychnews_daily"}
    assert first.next_token and rest.next_token is None
    following = client.following().items
    assert following == (XUser(following[0].id, "psychnews_daily", "Psych News Daily", False),)


def test_a_foreign_pagination_token_is_rejected(make_client: ClientFactory) -> None:
    with pytest.raises(Rejected, match="pagination_token"):
        make_client().recent_posts(pagination_token="not-a-token")


def test_deleting_a_missing_post_is_rejected(make_client: ClientFactory) -> None:
    with pytest.raises(Rejected, match="Could not find tweet"):
        make_client().delete("1860000000000099999")


def test_deleting_someone_elses_post_is_rejected(make_client: ClientFactory) -> None:
    mention = make_client().mentions().items[0]
    with pytest.raises(Rejected, match="not allowed to delete"):
        make_client().delete(mention.id)


def test_whoami_is_asked_once_per_client(
    sandbox: SandboxServer, make_client: ClientFactory
) -> None:
    client = make_client()
    client.whoami()
    sandbox.faults.push(Fault("5xx"), path_prefix="/2/users/me", count=5)
    assert client.recent_posts().items  # would hit the 5xx if it asked /users/me again


def test_a_known_user_id_saves_the_whoami_call(
    sandbox: SandboxServer, make_client: ClientFactory
) -> None:
    user_id = make_client().whoami().id
    sandbox.faults.push(Fault("5xx"), path_prefix="/2/users/me", count=5)
    assert make_client(user_id=user_id).followers().items


def test_the_base_url_comes_from_the_environment(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DUALDESK_X_API_URL", sandbox.url)
    client = TweepyXClient(DEMO_CREDENTIALS["professional"])
    try:
        assert client.whoami().handle == "DrRiverCounsel"
    finally:
        client.close()


def test_the_default_base_url_is_x(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DUALDESK_X_API_URL", raising=False)
    client = TweepyXClient(DEMO_CREDENTIALS["professional"])
    assert client.base_url == "https://api.x.com"
    assert "secret" not in repr(client)
    client.close()
