"""X's error bodies map to the typed error a person can act on."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from requests.structures import CaseInsensitiveDict

from dualdesk.core.errors import (
    AuthRevoked,
    DuplicateContent,
    NotAvailableOnPlan,
    RateLimited,
    Rejected,
    ReplyNotAllowed,
    Transient,
    XError,
)
from dualdesk.infra.x_problems import error_for_status

NO_HEADERS: CaseInsensitiveDict[str] = CaseInsensitiveDict()


def problem(status: int, detail: str, **extra: object) -> dict[str, object]:
    return {"title": "T", "detail": detail, "type": "about:blank", "status": status, **extra}


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (401, problem(401, "Unauthorized"), AuthRevoked),
        (403, problem(403, "You are not allowed to create a Tweet with duplicate content."),
         DuplicateContent),
        (403, {"errors": [{"code": 453, "message": "You currently have access to a subset of "
               "X API V2 endpoints"}], "title": "Forbidden"}, NotAvailableOnPlan),
        (403, problem(403, "Attached to a Project", reason="client-not-enrolled",
                      type="https://api.twitter.com/2/problems/client-forbidden"),
         NotAvailableOnPlan),
        (403, problem(403, "You are not permitted to reply",
                      type="https://api.x.com/2/problems/client-forbidden"), Rejected),
        (402, problem(402, "Your enrolled account does not have any credits"), NotAvailableOnPlan),
        (400, problem(400, "One or more parameters to your request was invalid."), Rejected),
        (404, problem(404, "Could not find tweet with id: [1]."), Rejected),
        (409, None, Rejected),
        (500, None, Transient),
        (503, problem(503, "Service Unavailable"), Transient),
    ],
)  # fmt: skip
def test_status_and_body_pick_the_error(
    status: int, body: dict[str, object] | None, expected: type[XError]
) -> None:
    error = error_for_status(status, body, NO_HEADERS, "posting")
    assert type(error) is expected
    if body and "detail" in body:
        assert str(body["detail"]) in str(error)


def test_rate_limit_reset_comes_from_the_header_in_utc() -> None:
    headers = CaseInsensitiveDict({"X-Rate-Limit-Reset": "1800000900"})
    error = error_for_status(429, problem(429, "Too Many Requests"), headers, "posting")
    assert isinstance(error, RateLimited)
    assert error.reset_at == datetime(2027, 1, 15, 8, 15, tzinfo=UTC)
    assert "08:15 UTC" in str(error)


def test_a_missing_or_garbled_reset_is_unknown_not_a_crash() -> None:
    headers = CaseInsensitiveDict({"x-rate-limit-reset": "soon"})
    error = error_for_status(429, None, headers, "posting")
    assert isinstance(error, RateLimited)
    assert error.reset_at is None


def test_the_plan_error_names_the_feature() -> None:
    body = problem(403, "no", reason="client-not-enrolled")
    error = error_for_status(403, body, NO_HEADERS, "reading mentions")
    assert isinstance(error, NotAvailableOnPlan)
    assert error.feature == "reading mentions"
    assert "reading mentions" in str(error)


def test_a_reply_x_does_not_allow_is_explained_in_plain_words() -> None:
    body = problem(
        403,
        "Reply to this conversation is not allowed because you have not been mentioned or "
        "otherwise engaged by the author of the post you are replying to.",
    )
    error = error_for_status(403, body, NO_HEADERS, "replying")
    assert isinstance(error, ReplyNotAllowed)
    assert isinstance(error, Rejected)  # callers that only know Rejected still catch it
    assert str(error).startswith(
        "X only accepts replies where the author mentioned or quoted you; this reply was refused."
    )
