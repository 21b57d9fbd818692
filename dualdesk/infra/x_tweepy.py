"""The XClient port over tweepy: the one module that imports tweepy.

Every call goes through `tweepy.Client` with OAuth 1.0a user context, over a
`RoutedSession` that sends it to the configured API host (api.x.com, or the
sandbox) signed for that host, with explicit timeouts. tweepy's and
requests' exceptions are turned into core's typed errors here and nowhere
else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar

import requests
import tweepy

from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.core.errors import Rejected, Transient
from dualdesk.core.timeline import Page, XPost, XUser
from dualdesk.infra.x_problems import error_for_status
from dualdesk.infra.x_routing import RoutedSession, configured_api_url

T = TypeVar("T")

TWEET_FIELDS = ["created_at", "author_id", "referenced_tweets"]
USER_FIELDS = ["protected"]
# tweepy logs every response body at DEBUG: follower lists carry the handles
# of the clinician's clients, which must never reach a log.
TWEEPY_LOGGER = "tweepy.client"
# X's bounds for max_results on these endpoints.
TIMELINE_RESULTS = (5, 100)
FOLLOW_RESULTS = (1, 1000)


class TweepyXClient:
    """One linked X account, reached through tweepy (implements XClient).

    Args:
        credentials: the app's consumer pair and the account's token pair.
        base_url: API host; default $DUALDESK_X_API_URL, else https://api.x.com.
        user_id: the account's X id if already known (saves a whoami call).
        connect_timeout: seconds to wait for a connection.
        read_timeout: seconds to wait for X to answer.
    """

    def __init__(
        self,
        credentials: OAuth1Credentials,
        base_url: str | None = None,
        *,
        user_id: str | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 20.0,
    ) -> None:
        self.base_url = configured_api_url(base_url)
        _quiet_response_bodies()
        self._client = tweepy.Client(
            consumer_key=credentials.consumer_key,
            consumer_secret=credentials.consumer_secret,
            access_token=credentials.access_token,
            access_token_secret=credentials.access_token_secret,
            wait_on_rate_limit=False,
        )
        self._client.session = RoutedSession(self.base_url, connect_timeout, read_timeout)
        self._user_id = user_id
        self._handle = ""

    def __repr__(self) -> str:
        return f"TweepyXClient(base_url={self.base_url!r}, user_id={self._user_id!r})"

    def close(self) -> None:
        """Close the HTTP connections."""
        self._client.session.close()

    def whoami(self) -> XUser:
        """Return the account the credentials belong to."""
        with _mapped("checking the account"):
            response = self._client.get_me(user_fields=USER_FIELDS, user_auth=True)
        user = _user(response.data)
        self._user_id, self._handle = user.id, user.handle
        return user

    def post(self, text: str, reply_to: str | None = None) -> XPost:
        """Publish a post and return it with X's id."""
        author = self._me()
        with _mapped("replying" if reply_to else "posting"):
            response = self._client.create_tweet(
                text=text, in_reply_to_tweet_id=reply_to, user_auth=True
            )
        data = response.data or {}
        return XPost(
            id=str(data.get("id", "")),
            text=str(data.get("text", text)),
            author_id=author,
            author_handle=self._handle,
            in_reply_to=reply_to,
        )

    def delete(self, post_id: str) -> None:
        """Delete one of the account's posts."""
        with _mapped("deleting a post"):
            response = self._client.delete_tweet(post_id, user_auth=True)
        if not (response.data or {}).get("deleted"):
            raise Rejected(f"X did not delete post {post_id}.")

    def recent_posts(self, limit: int = 20, pagination_token: str | None = None) -> Page[XPost]:
        """Return the account's own recent posts, newest first.

        `limit` is kept within X's bounds for this endpoint (5 to 100).
        """
        return self._posts(
            "reading your posts", self._client.get_users_tweets, limit, pagination_token
        )

    def mentions(self, limit: int = 20, pagination_token: str | None = None) -> Page[XPost]:
        """Return posts that mention the account, newest first (limit kept in 5-100)."""
        return self._posts(
            "reading mentions", self._client.get_users_mentions, limit, pagination_token
        )

    def followers(self, limit: int = 100, pagination_token: str | None = None) -> Page[XUser]:
        """Return accounts that follow this one (limit kept in 1-1000)."""
        return self._users(
            "reading followers", self._client.get_users_followers, limit, pagination_token
        )

    def following(self, limit: int = 100, pagination_token: str | None = None) -> Page[XUser]:
        """Return accounts this one follows (limit kept in 1-1000)."""
        return self._users(
            "reading followed accounts", self._client.get_users_following, limit, pagination_token
        )

    def _me(self) -> str:
        if self._user_id is None:
            self.whoami()
        assert self._user_id is not None
        return self._user_id

    def _posts(
        self, feature: str, call: Callable[..., Any], limit: int, token: str | None
    ) -> Page[XPost]:
        user_id = self._me()
        with _mapped(feature):
            response = call(
                user_id,
                max_results=_clamp(limit, TIMELINE_RESULTS),
                pagination_token=token,
                tweet_fields=TWEET_FIELDS,
                expansions=["author_id"],
                user_fields=["username"],
                user_auth=True,
            )
        handles = {str(u.id): u.username for u in response.includes.get("users", [])}
        items = tuple(_post(t, handles) for t in response.data or ())
        return Page(items, response.meta.get("next_token"))

    def _users(
        self, feature: str, call: Callable[..., Any], limit: int, token: str | None
    ) -> Page[XUser]:
        user_id = self._me()
        with _mapped(feature):
            response = call(
                user_id,
                max_results=_clamp(limit, FOLLOW_RESULTS),
                pagination_token=token,
                user_fields=USER_FIELDS,
                user_auth=True,
            )
        items = tuple(_user(u) for u in response.data or ())
        return Page(items, response.meta.get("next_token"))


@contextmanager
def _mapped(feature: str) -> Iterator[None]:
    """Translate tweepy's and requests' exceptions into core's typed errors."""
    try:
        yield
    except tweepy.HTTPException as exc:
        response = exc.response
        try:
            body = response.json()
        except ValueError:
            body = None
        raise error_for_status(
            response.status_code,
            body if isinstance(body, dict) else None,
            response.headers,
            feature,
        ) from None
    except requests.Timeout:
        raise Transient(f"X did not answer in time while {feature}. It will be retried.") from None
    except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError):
        raise Transient(
            f"The connection to X broke while {feature}. Check the network; it will be retried."
        ) from None
    except (requests.JSONDecodeError, requests.exceptions.ContentDecodingError):
        raise Transient(f"X sent an unreadable answer while {feature}.") from None


def _quiet_response_bodies() -> None:
    """Keep tweepy from logging X's answers (they name followers) at any log level."""
    logger = logging.getLogger(TWEEPY_LOGGER)
    if logger.level < logging.INFO:  # NOTSET or DEBUG
        logger.setLevel(logging.INFO)


def _clamp(value: int, bounds: tuple[int, int]) -> int:
    low, high = bounds
    return max(low, min(high, value))


def _user(user: Any) -> XUser:
    return XUser(
        id=str(user.id),
        handle=str(user.username),
        name=str(user.name),
        protected=bool(getattr(user, "protected", False)),
    )


def _post(tweet: Any, handles: dict[str, str]) -> XPost:
    author = str(tweet.author_id or "")
    replied = next(
        (str(r.id) for r in tweet.referenced_tweets or () if r.type == "replied_to"), None
    )
    created: datetime | None = tweet.created_at
    return XPost(
        id=str(tweet.id),
        text=str(tweet.text),
        author_id=author,
        created_at=created,
        author_handle=handles.get(author, ""),
        in_reply_to=replied,
    )
