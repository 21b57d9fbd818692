"""The sandbox's world and its rules, without HTTP."""

from __future__ import annotations

from pathlib import Path

import pytest

from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.infra.sandbox import wire
from dualdesk.infra.sandbox.demo import DEMO_CREDENTIALS, seed_demo
from dualdesk.infra.sandbox.rate_limits import RateLimits
from dualdesk.infra.sandbox.state import SandboxState

CREDS = OAuth1Credentials("ck-test-app", "cs-test-app", "100-token-a", "ts-token-a")


@pytest.fixture
def state(tmp_path: Path) -> SandboxState:
    world = SandboxState(tmp_path / "state")
    seed_demo(world, now=1_800_000_000.0)
    return world


def test_demo_seeds_both_roles_with_their_credentials(state: SandboxState) -> None:
    pro = state.user_by_token(DEMO_CREDENTIALS["professional"].access_token)
    personal = state.user_by_token(DEMO_CREDENTIALS["personal"].access_token)
    assert pro is not None and personal is not None
    assert (pro.handle, pro.protected) == ("DrRiverCounsel", False)
    assert (personal.handle, personal.name, personal.protected) == (
        "alex_weekends",
        "Alex (sandbox)",
        True,
    )
    assert [u.handle for u in state.followers_of(pro.id)] == [
        "psychnews_daily",
        "sam_reads",
        "mindful_clinic",
    ]
    assert [state.users[p.author_id].handle for p in state.mentions_of(pro.id)] == [
        "mindful_clinic"
    ]


def test_state_survives_a_restart_and_leaves_no_temp_files(
    state: SandboxState, tmp_path: Path
) -> None:
    user = state.add_user("new_colleague", "New Colleague", CREDS)
    post = state.create_post(user.id, "Hello @DrRiverCounsel", 1_800_000_100.0)
    again = SandboxState(tmp_path / "state")
    assert again.user_by_handle("NEW_COLLEAGUE") == user
    assert again.post(post.id) == post
    assert again.create_post(user.id, "Second post", 1_800_000_200.0).id > post.id
    assert [p.name for p in (tmp_path / "state").iterdir()] == ["sandbox-state.json"]


def test_a_taken_handle_or_token_cannot_be_registered_twice(state: SandboxState) -> None:
    state.add_user("new_colleague", "New Colleague", CREDS)
    with pytest.raises(ValueError, match="already exists"):
        state.add_user("New_Colleague", "Impostor", DEMO_CREDENTIALS["personal"])


def test_duplicate_text_is_refused_with_xs_problem(state: SandboxState) -> None:
    pro = state.user_by_handle("DrRiverCounsel")
    assert pro is not None
    state.create_post(pro.id, "Same words", 1.0)
    with pytest.raises(wire.ApiProblem) as caught:
        state.create_post(pro.id, "Same words ", 2.0)
    assert caught.value.body() == {
        "title": "Forbidden",
        "detail": "You are not allowed to create a Tweet with duplicate content.",
        "type": "about:blank",
        "status": 403,
    }


def test_a_test_sandbox_may_accept_duplicates_so_double_sends_show(tmp_path: Path) -> None:
    world = SandboxState(tmp_path / "dupes", allow_duplicates=True)
    seed_demo(world, now=1_800_000_000.0)
    pro = world.user_by_handle("DrRiverCounsel")
    assert pro is not None

    first = world.create_post(pro.id, "Same words", 1.0)
    second = world.create_post(pro.id, "Same words", 2.0)

    assert first.id != second.id
    assert [p.text for p in world.posts_by(pro.id)][:2] == ["Same words", "Same words"]


def test_replies_need_the_original_author_to_have_mentioned_us(state: SandboxState) -> None:
    pro = state.user_by_handle("DrRiverCounsel")
    sam = state.user_by_handle("sam_reads")
    assert pro is not None and sam is not None
    invited = state.create_post(sam.id, "What do you think, @DrRiverCounsel?", 1.0)
    not_invited = state.create_post(sam.id, "Thinking out loud.", 2.0)
    reply = state.create_post(pro.id, "Good question!", 3.0, reply_to=invited.id)
    assert (reply.in_reply_to, reply.conversation_id) == (invited.id, invited.id)
    with pytest.raises(wire.ApiProblem, match="not been mentioned"):
        state.create_post(pro.id, "Chiming in", 4.0, reply_to=not_invited.id)
    with pytest.raises(wire.ApiProblem, match="deleted or not visible"):
        state.create_post(pro.id, "Hello?", 5.0, reply_to="1")


def test_the_default_post_limit_is_100_per_15_minutes() -> None:
    clock = [1_800_000_000.0]
    limits = RateLimits(now=lambda: clock[0])
    assert limits.window_seconds == 15 * 60
    results = [limits.hit("u1", "POST /2/tweets").allowed for _ in range(101)]
    assert results == [True] * 100 + [False]
    assert limits.hit("u2", "POST /2/tweets").allowed  # per user
    clock[0] += 15 * 60
    usage = limits.hit("u1", "POST /2/tweets")
    assert (usage.allowed, usage.remaining, usage.reset) == (True, 99, 1_800_000_900 + 900)
