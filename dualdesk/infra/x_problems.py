"""Turn an X API error response into one of core's typed errors.

X answers errors with problem details (RFC 7807): ``{"title", "detail",
"type", "status"}``, sometimes with an ``errors`` list or, for plan and
enrolment problems, ``"reason": "client-not-enrolled"``. The mapping keeps
X's own words in the message and adds what to do; it never sees tokens.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

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

CLIENT_FORBIDDEN = "/2/problems/client-forbidden"
PLAN_REASONS = frozenset({"client-not-enrolled"})
# v1.1-style code X still sends when an endpoint is outside the access level.
PLAN_ERROR_CODES = frozenset({453})
PLAN_PHRASES = ("access level", "not enrolled", "your plan", "required_enrollment")
DUPLICATE_PHRASE = "duplicate content"
# X's words when a reply's target author did not mention or quote the account.
REPLY_NOT_ALLOWED_PHRASE = "reply to this conversation is not allowed"
REPLY_NOT_ALLOWED = (
    "X only accepts replies where the author mentioned or quoted you; this reply was refused."
)


def x_message(body: Mapping[str, Any] | None, fallback: str) -> str:
    """Return X's own explanation from an error body, or `fallback`."""
    if not body:
        return fallback
    parts: list[str] = []
    detail = body.get("detail")
    if isinstance(detail, str) and detail:
        parts.append(detail)
    for error in body.get("errors") or ():
        message = error.get("message") or error.get("detail") if isinstance(error, dict) else None
        if isinstance(message, str) and message and message not in parts:
            parts.append(message)
    return " ".join(parts) if parts else str(body.get("title") or fallback)


def reset_time(headers: Mapping[str, str]) -> datetime | None:
    """Return when X's rate window resets, from ``x-rate-limit-reset`` (epoch seconds)."""
    raw = headers.get("x-rate-limit-reset")
    try:
        return datetime.fromtimestamp(int(raw), UTC) if raw else None
    except (ValueError, OverflowError, OSError):
        return None


def is_plan_problem(body: Mapping[str, Any] | None) -> bool:
    """Whether a 403 body says the app's plan or enrolment lacks the endpoint."""
    if not body:
        return False
    if body.get("reason") in PLAN_REASONS or "required_enrollment" in body:
        return True
    codes = {e.get("code") for e in body.get("errors") or () if isinstance(e, dict)}
    if codes & PLAN_ERROR_CODES:
        return True
    text = x_message(body, "").lower()
    return str(body.get("type", "")).endswith(CLIENT_FORBIDDEN) and any(
        phrase in text for phrase in PLAN_PHRASES
    )


def error_for_status(
    status: int,
    body: Mapping[str, Any] | None,
    headers: Mapping[str, str],
    feature: str,
) -> XError:
    """Return the typed error for an X error response.

    Args:
        status: the HTTP status code.
        body: the decoded JSON body, or None if it was not JSON.
        headers: the response headers (case-insensitive mapping).
        feature: what was being done, in words ("posting", "reading mentions"),
            for NotAvailableOnPlan and messages.
    """
    said = x_message(body, f"HTTP {status}")
    if status == 429:
        reset_at = reset_time(headers)
        when = f" until {reset_at:%H:%M} UTC" if reset_at else ""
        return RateLimited(
            reset_at, f"X is rate-limiting {feature}{when} (X said: {said}). Try again later."
        )
    if status == 401:
        return AuthRevoked(
            f"X no longer accepts this account's tokens (X said: {said}). Link the account again."
        )
    if status == 403:
        if DUPLICATE_PHRASE in said.lower():
            return DuplicateContent(f"X refused a repeated text (X said: {said})")
        if REPLY_NOT_ALLOWED_PHRASE in said.lower():
            return ReplyNotAllowed(f"{REPLY_NOT_ALLOWED} (X said: {said})")
        if is_plan_problem(body):
            return NotAvailableOnPlan(
                feature,
                f"Your X API plan does not include {feature} (X said: {said}). "
                "Check the app's access level in the X developer portal.",
            )
        return Rejected(f"X refused {feature}: {said}")
    if status == 402:
        return NotAvailableOnPlan(
            feature,
            f"X needs payment for {feature} (X said: {said}). "
            "Check the credits of the app in the X developer portal.",
        )
    if status >= 500:
        return Transient(f"X had a server error while {feature} ({said}). It will be retried.")
    return Rejected(f"X refused {feature}: {said}")
