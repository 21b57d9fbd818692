"""X API v2's JSON shapes: post and user objects, pages, problem details.

Shapes follow X's public API reference: ``data``/``includes``/``meta`` on
success, RFC 7807 problem details (``title``, ``detail``, ``type``,
``status``) on failure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

PROBLEMS = "https://api.twitter.com/2/problems/"
INVALID_REQUEST = PROBLEMS + "invalid-request"
CLIENT_FORBIDDEN = PROBLEMS + "client-forbidden"
NOT_FOUND = PROBLEMS + "resource-not-found"

DUPLICATE_DETAIL = "You are not allowed to create a Tweet with duplicate content."
REPLY_NOT_ALLOWED_DETAIL = (
    "Reply to this conversation is not allowed because you have not been mentioned or "
    "otherwise engaged by the author of the post you are replying to."
)
REPLY_TARGET_GONE_DETAIL = (
    "You attempted to reply to a Tweet that is deleted or not visible to you."
)
NOT_ENROLLED_DETAIL = (
    "When authenticating requests to the Twitter API v2 endpoints, you must use keys and "
    "tokens from a Twitter developer App that is attached to a Project. You can create a "
    "project via the developer portal."
)


@dataclass
class ApiProblem(Exception):
    """An error answer in X's problem-details shape."""

    status: int
    title: str
    detail: str
    type: str = "about:blank"
    extra: dict[str, Any] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        """The JSON body X sends for this problem."""
        return {
            **self.extra,
            "title": self.title,
            "detail": self.detail,
            "type": self.type,
            "status": self.status,
        }


def unauthorized() -> ApiProblem:
    """401: the request's OAuth signature or token is not accepted."""
    return ApiProblem(401, "Unauthorized", "Unauthorized")


def too_many_requests() -> ApiProblem:
    """429: the per-user window is used up."""
    return ApiProblem(429, "Too Many Requests", "Too Many Requests")


def server_unavailable() -> ApiProblem:
    """503: X is having a moment."""
    return ApiProblem(503, "Service Unavailable", "Service Unavailable")


def not_enrolled() -> ApiProblem:
    """403: the app's plan or project does not include the endpoint."""
    return ApiProblem(
        403,
        "Client Forbidden",
        NOT_ENROLLED_DETAIL,
        CLIENT_FORBIDDEN,
        {
            "reason": "client-not-enrolled",
            "required_enrollment": "Appropriate Level of API Access",
            "registration_url": "https://developer.x.com/en/docs/projects/overview",
        },
    )


def forbidden(detail: str) -> ApiProblem:
    """403 with X's explanation."""
    return ApiProblem(403, "Forbidden", detail)


def invalid_request(message: str, parameter: str, value: str) -> ApiProblem:
    """400: a parameter is out of range or malformed."""
    return ApiProblem(
        400,
        "Invalid Request",
        "One or more parameters to your request was invalid.",
        INVALID_REQUEST,
        {"errors": [{"parameters": {parameter: [value]}, "message": message}]},
    )


def not_found(resource: str, resource_id: str) -> ApiProblem:
    """404: no such post or user."""
    return ApiProblem(
        404,
        "Not Found Error",
        f"Could not find {resource} with id: [{resource_id}].",
        NOT_FOUND,
        {"resource_type": resource, "resource_id": resource_id, "parameter": "id"},
    )


def iso(epoch: float) -> str:
    """X's timestamp format, e.g. 2026-11-25T14:00:00.000Z."""
    moment = datetime.fromtimestamp(epoch, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def fields(query: dict[str, list[str]], name: str) -> set[str]:
    """The comma-separated values of a query parameter such as tweet.fields."""
    return {v for raw in query.get(name, ()) for v in raw.split(",") if v}


def post_object(post: Any, wanted: Iterable[str]) -> dict[str, Any]:
    """A post as X returns it: id, text, edit history, plus the fields asked for."""
    wanted = set(wanted)
    data: dict[str, Any] = {
        "id": post.id,
        "text": post.text,
        "edit_history_tweet_ids": [post.id],
    }
    if "created_at" in wanted:
        data["created_at"] = iso(post.created_at)
    if "author_id" in wanted:
        data["author_id"] = post.author_id
    if "conversation_id" in wanted:
        data["conversation_id"] = post.conversation_id
    if post.in_reply_to and "referenced_tweets" in wanted:
        data["referenced_tweets"] = [{"type": "replied_to", "id": post.in_reply_to}]
    if post.in_reply_to_user_id and "in_reply_to_user_id" in wanted:
        data["in_reply_to_user_id"] = post.in_reply_to_user_id
    return data


def user_object(user: Any, wanted: Iterable[str]) -> dict[str, Any]:
    """A user as X returns it: id, name, username, plus the fields asked for."""
    wanted = set(wanted)
    data: dict[str, Any] = {"id": user.id, "name": user.name, "username": user.handle}
    if "protected" in wanted:
        data["protected"] = user.protected
    if "created_at" in wanted:
        data["created_at"] = iso(user.created_at)
    return data


def page_meta(items: Sequence[Any], next_token: str | None, timeline: bool) -> dict[str, Any]:
    """The ``meta`` object of a listing."""
    meta: dict[str, Any] = {"result_count": len(items)}
    if timeline and items:
        meta["newest_id"] = items[0].id
        meta["oldest_id"] = items[-1].id
    if next_token:
        meta["next_token"] = next_token
    return meta
