from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.posts import Draft, Plan, PostState
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.posting import PostingService
from dualdesk.services.posting_ports import (
    AUDIT_KEEPS_TEXT,
    Blocked,
    InvalidPost,
    NotChangeable,
)
from tests.conftest import FixedClock

PRO = Role.PROFESSIONAL
PER = Role.PERSONAL


def finding(rule: Rule, severity: Severity) -> Finding:
    return Finding(rule, severity, 0, 4, f"{rule} seen", f"fix {rule}")


def reviewer_finding(*found: Finding):  # type: ignore[no-untyped-def]
    def review(draft: Draft) -> list[Finding]:
        return list(found) if "client" in draft.text else []

    return review


def service(store: SQLiteStore, clock: FixedClock, **kwargs: object) -> PostingService:
    return PostingService(store, store, store, clock, **kwargs)  # type: ignore[arg-type]


def test_submit_queues_the_post_for_its_account(
    posting: PostingService, clock: FixedClock
) -> None:
    result = posting.submit(Draft(PER, "Lovely walk today"))
    assert result.post.state is PostState.QUEUED
    assert result.post.account is PER
    assert result.post.planned_at == clock.now()
    assert len(result.post.id) == 32
    assert [p.id for p in posting.queue()] == [result.post.id]


def test_a_block_without_reason_queues_nothing(store: SQLiteStore, clock: FixedClock) -> None:
    block = finding(Rule.CLINICAL, Severity.BLOCK)
    posting = service(store, clock, reviewer=reviewer_finding(block))
    with pytest.raises(Blocked, match="clinical") as raised:
        posting.submit(Draft(PRO, "my client said"))
    assert raised.value.findings == [block]
    assert posting.queue() == []
    assert store.entries() == []


def test_an_override_is_audited_without_the_text_by_default(
    store: SQLiteStore, clock: FixedClock
) -> None:
    found = [finding(Rule.CLINICAL, Severity.BLOCK), finding(Rule.PHI, Severity.BLOCK)]
    posting = service(store, clock, reviewer=reviewer_finding(*found))
    result = posting.submit(Draft(PRO, "my client said"), override_reason="published case")
    assert result.post.override_reason == "published case"
    entries = store.entries()
    assert {e["rule"] for e in entries} == {"clinical", "phi"}
    assert all(e["reason"] == "published case" and e["text"] is None for e in entries)
    assert all(e["account"] == "professional" for e in entries)


def test_the_audit_keeps_the_text_only_when_opted_in(
    store: SQLiteStore, clock: FixedClock
) -> None:
    store.set_setting(AUDIT_KEEPS_TEXT, True)
    posting = service(
        store, clock, reviewer=reviewer_finding(finding(Rule.CLINICAL, Severity.BLOCK))
    )
    posting.submit(Draft(PRO, "my client said"), override_reason="consented")
    assert store.entries()[0]["text"] == "my client said"


def test_a_warning_needs_no_reason_and_is_returned(store: SQLiteStore, clock: FixedClock) -> None:
    warn = finding(Rule.SELF_PROMOTION, Severity.WARN)
    posting = service(store, clock, reviewer=reviewer_finding(warn))
    result = posting.submit(Draft(PRO, "book a client slot"))
    assert result.findings == [warn]
    assert store.entries() == []


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_text_is_refused(posting: PostingService, text: str) -> None:
    with pytest.raises(InvalidPost, match="empty"):
        posting.submit(Draft(PER, text))
    assert posting.queue() == []


def test_too_long_text_says_by_how_much(posting: PostingService) -> None:
    with pytest.raises(InvalidPost, match="10 characters too long"):
        posting.submit(Draft(PER, "a" * 290))
    # Emoji count 2: 141 of them weigh 282.
    with pytest.raises(InvalidPost, match="2 characters too long"):
        posting.submit(Draft(PER, "\N{GRINNING FACE}" * 141))
    assert posting.queue() == []


def test_the_planner_sees_the_other_accounts_times(store: SQLiteStore, clock: FixedClock) -> None:
    seen: list[tuple[Role, datetime | None, list[datetime]]] = []

    def planner(
        role: Role, now: datetime, requested: datetime | None, others: Sequence[datetime]
    ) -> Plan:
        seen.append((role, requested, list(others)))
        return Plan(now + timedelta(hours=3), "Europe/Berlin", deferred=True, reason="night")

    posting = service(store, clock, planner=planner)
    personal = posting.submit(Draft(PER, "first"))
    pro = posting.submit(Draft(PRO, "second"))
    assert seen[1] == (PRO, None, [personal.post.planned_at])
    assert pro.post.deferred
    assert pro.post.zone == "Europe/Berlin"
    assert pro.post.planned_at == clock.now() + timedelta(hours=3)


def test_forcing_the_time_keeps_it_and_audits_the_timing_override(
    store: SQLiteStore, clock: FixedClock
) -> None:
    def defer(
        role: Role, now: datetime, requested: datetime | None, o: Sequence[datetime]
    ) -> Plan:
        return Plan(now + timedelta(hours=8), "UTC", deferred=True, reason="night")

    posting = service(store, clock, planner=defer)
    asked = clock.now() + timedelta(minutes=10)
    result = posting.submit(Draft(PRO, "now please"), at=asked, force_time=True)
    assert result.post.planned_at == asked
    assert not result.post.deferred
    assert [e["rule"] for e in store.entries()] == ["timing"]


def test_times_must_be_aware_and_not_past(posting: PostingService, clock: FixedClock) -> None:
    with pytest.raises(InvalidPost, match="time zone"):
        posting.submit(Draft(PER, "x"), at=datetime(2026, 12, 1, 9, 0))
    with pytest.raises(InvalidPost, match="already passed"):
        posting.submit(Draft(PER, "x"), at=clock.now() - timedelta(hours=1))
    assert posting.queue() == []


def test_cancel_only_queued_posts(posting: PostingService, store: SQLiteStore) -> None:
    post = posting.submit(Draft(PER, "maybe not")).post
    assert posting.cancel(post.id).state is PostState.CANCELLED
    assert posting.queue() == []
    with pytest.raises(NotChangeable, match="already cancelled"):
        posting.cancel(post.id)
    with pytest.raises(NotChangeable, match="no post nope"):
        posting.cancel("nope")


def test_a_post_being_sent_cannot_be_cancelled(
    posting: PostingService, store: SQLiteStore, clock: FixedClock
) -> None:
    post = posting.submit(Draft(PER, "going")).post
    assert store.claim(post.id, "attempt", clock.now()) is not None
    with pytest.raises(NotChangeable, match="being sent right now"):
        posting.cancel(post.id)
    assert store.get(post.id).state is PostState.SENDING  # type: ignore[union-attr]


def test_reschedule_moves_a_queued_post(posting: PostingService, clock: FixedClock) -> None:
    post = posting.submit(Draft(PER, "later")).post
    later = clock.now() + timedelta(days=1)
    assert posting.reschedule(post.id, later).post.planned_at == later
    assert posting.queue()[0].planned_at == later


def test_edit_runs_the_guards_again_and_keeps_the_account(
    store: SQLiteStore, clock: FixedClock
) -> None:
    posting = service(
        store, clock, reviewer=reviewer_finding(finding(Rule.CLINICAL, Severity.BLOCK))
    )
    post = posting.submit(Draft(PRO, "harmless")).post
    with pytest.raises(Blocked):
        posting.edit(post.id, "my client said")
    assert store.get(post.id).text == "harmless"  # type: ignore[union-attr]
    edited = posting.edit(post.id, "still harmless").post
    assert (edited.text, edited.account) == ("still harmless", PRO)
    assert store.get(post.id).text == "still harmless"  # type: ignore[union-attr]


def test_listeners_hear_about_queued_and_cancelled_posts(posting: PostingService) -> None:
    heard: list[PostState] = []
    posting.subscribe(lambda post: heard.append(post.state))
    post = posting.submit(Draft(PER, "hi")).post
    posting.cancel(post.id)
    assert heard == [PostState.QUEUED, PostState.CANCELLED]


def test_a_personal_post_moves_a_professional_post_too_close_to_it(
    store: SQLiteStore, clock: FixedClock
) -> None:
    gap = timedelta(minutes=45)

    def planner(account, now, at, others):  # type: ignore[no-untyped-def]
        asked = at or now
        if account is PRO and any(abs(asked - t) < gap for t in others):
            return Plan(max(others) + gap, "UTC", True, "gap")
        return Plan(asked, "UTC")

    posting = service(
        store, clock, planner=planner, gap=lambda role: gap if role is PRO else timedelta(0)
    )
    at = clock.now() + timedelta(hours=2)
    pro = posting.submit(Draft(PRO, "Reading list"), at=at).post
    result = posting.submit(Draft(PER, "Pancakes"), at=at + timedelta(minutes=1))
    assert [p.id for p in result.moved] == [pro.id]
    moved = store.get(pro.id)
    assert moved is not None and moved.planned_at == at + timedelta(minutes=46)


def test_a_post_is_queued_even_when_the_other_post_cannot_be_planned_again(
    store: SQLiteStore, clock: FixedClock
) -> None:
    calls: list[Role] = []

    def planner(account, now, at, others):  # type: ignore[no-untyped-def]
        calls.append(account)
        if account is PRO and len(calls) > 1:
            raise ValueError("No minute in this account's posting windows can be used")
        return Plan(at or now, "UTC")

    posting = service(
        store, clock, planner=planner, gap=lambda role: timedelta(minutes=45 if role is PRO else 0)
    )
    at = clock.now() + timedelta(hours=2)
    pro = posting.submit(Draft(PRO, "Reading list"), at=at).post
    result = posting.submit(Draft(PER, "Pancakes"), at=at)
    assert result.moved == []
    assert {p.id for p in posting.queue()} == {pro.id, result.post.id}
    assert store.get(pro.id).planned_at == at  # type: ignore[union-attr]
