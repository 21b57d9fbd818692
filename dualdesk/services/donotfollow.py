"""Checking the professional account against the do-not-follow list.

The account's followers and following are read page by page and each handle
is compared with the list's digests (the list itself is in
`donotfollow_list`), on demand and daily; what the last check found is
remembered without any handle. A match carries the handle as X returned it,
in memory only: it is shown to the clinician and never stored or logged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from dualdesk.core.accounts import Role
from dualdesk.core.donotfollow import CheckResult, Match, Relation, digest
from dualdesk.core.errors import AuthRevoked, NotLinked, XError
from dualdesk.core.ports import Clock, CredentialStore
from dualdesk.core.timeline import Page, XUser
from dualdesk.services.donotfollow_list import DoNotFollowList
from dualdesk.services.hygiene_ports import ClientProvider, DigestStore, Settings

LAST_CHECK_SETTING = "donotfollow_last_check"
CHECK_EVERY = timedelta(hours=24)
# An incomplete check (rate limit, network) is tried again sooner.
RETRY_INCOMPLETE_AFTER = timedelta(hours=1)
PAGE_SIZE = 1000
# One paged listing of an account: followers or following.
Listing = Callable[[int, str | None], Page[XUser]]
# Stops a listing that never ends (a server repeating tokens) from looping forever.
MAX_PAGES = 200


@dataclass(frozen=True)
class LastCheck:
    """What the last check found, remembered without any handle.

    Attributes:
        at: when it ran (UTC).
        matches: how many listed accounts it found.
        complete: whether both lists were read to the end.
    """

    at: datetime
    matches: int
    complete: bool


class DoNotFollowService(DoNotFollowList):
    """Keeps the do-not-follow list and checks the professional account against it.

    The list itself (add, remove, contains, refuse_follow...) is
    `DoNotFollowList`; this adds the check and its schedule.

    Args:
        digests: where the digests are stored.
        keys: the system keyring (holds the per-install key).
        key_account: the keyring account the key is filed under (namespaced
            per data directory).
        clients: returns a linked account's X client, or None.
        settings: remembers when the last check ran and how many it found.
        clock: the time of checks.
        page_size: followers/following per request.
    """

    def __init__(
        self,
        digests: DigestStore,
        keys: CredentialStore,
        *,
        key_account: str,
        clients: ClientProvider,
        settings: Settings,
        clock: Clock,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(digests, keys, key_account=key_account)
        self._clients = clients
        self._settings = settings
        self._clock = clock
        self._page_size = page_size

    # -- the check --------------------------------------------------------

    def check(self, role: Role = Role.PROFESSIONAL) -> CheckResult:
        """Compare the account's followers and following with the list.

        A list that cannot be read to the end (plan, rate limit, network)
        is noted in `problems`; what was read is still compared.

        Raises:
            NotLinked: the account is not linked.
            AuthRevoked: X no longer accepts its tokens.
            CredentialsUnavailable, DigestKeyLost.
        """
        stored = self._digests.digests()
        now = self._clock.now()
        if not stored:
            result = CheckResult(checked_at=now, listed=0)
            self._remember(result)
            return result
        key = self._key(create=False)
        assert key is not None
        client = self._clients(role)
        if client is None:
            raise NotLinked(
                f"The {role.value} account is not linked: link it to check its followers."
            )
        matches: list[Match] = []
        problems: list[str] = []
        counts: dict[Relation, int] = {}
        for relation, listing in (
            (Relation.FOLLOWER, client.followers),
            (Relation.FOLLOWING, client.following),
        ):
            seen = 0
            try:
                for user in _every(listing, self._page_size):
                    seen += 1
                    # As X spells it: no validation, so an odd handle still compares.
                    bare = user.handle.strip().removeprefix("@").lower()
                    if bare.isascii() and digest(key, bare) in stored:
                        matches.append(Match(user.handle, relation))
            except AuthRevoked:
                raise
            except XError as exc:
                problems.append(str(exc))
            counts[relation] = seen
        result = CheckResult(
            checked_at=now,
            listed=len(stored),
            matches=tuple(matches),
            followers_checked=counts[Relation.FOLLOWER],
            following_checked=counts[Relation.FOLLOWING],
            problems=tuple(problems),
        )
        self._remember(result)
        return result

    def last_check(self) -> LastCheck | None:
        """What the last check found, if one ever ran."""
        value = self._settings.get_setting(LAST_CHECK_SETTING)
        if not isinstance(value, dict):
            return None
        try:
            return LastCheck(
                datetime.fromisoformat(str(value["at"])),
                int(value["matches"]),
                bool(value.get("complete", True)),
            )
        except (KeyError, ValueError, TypeError):
            return None

    def check_if_due(self, role: Role = Role.PROFESSIONAL) -> CheckResult | None:
        """Run `check` if none ran for a day (an hour after an incomplete one).

        The daily job calls this, e.g. hourly; it returns None when nothing
        was due.
        """
        last = self.last_check()
        if last is not None:
            wait = CHECK_EVERY if last.complete else RETRY_INCOMPLETE_AFTER
            if self._clock.now() - last.at < wait:
                return None
        return self.check(role)

    # -- helpers ----------------------------------------------------------

    def _remember(self, result: CheckResult) -> None:
        self._settings.set_setting(
            LAST_CHECK_SETTING,
            {
                "at": result.checked_at.isoformat(),
                "matches": len(result.matches),
                "complete": result.complete,
            },
        )


def _every(listing: Listing, page_size: int) -> Iterable[XUser]:
    """Yield every user of a paged listing, following next tokens."""
    token: str | None = None
    seen_tokens: set[str] = set()
    for _ in range(MAX_PAGES):
        page: Page[XUser] = listing(page_size, token)
        yield from page.items
        token = page.next_token
        if not token or token in seen_tokens:
            return
        seen_tokens.add(token)
