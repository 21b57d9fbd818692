"""Each pane's mentions inbox: newest first, paged, with what still needs an answer.

A mention counts as answered when this pane's outbox holds a reply to it
(queued, sending or sent), when the account's own recent posts on X hold a
reply to it (typed on X itself: phone app, website), or the clinician
dismissed it. Replies are made
as drafts of the pane the mention was read in, so they go through the
guards and the timing policy like every other post.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from dualdesk.core.accounts import Role
from dualdesk.core.errors import NotLinked
from dualdesk.core.ports import Outbox
from dualdesk.core.posts import Draft, PostState
from dualdesk.core.timeline import XPost
from dualdesk.services.hygiene_ports import ClientProvider, Settings
from dualdesk.services.replies_on_x import OWN_POSTS_PAGE, RepliesOnX

PAGE_SIZE = 20
# How many dismissed ids are remembered per account (the newest are kept).
DISMISSED_KEPT = 2000
_REPLY_STATES = (PostState.QUEUED, PostState.SENDING, PostState.SENT)


@dataclass(frozen=True)
class Mention:
    """A post that mentions one account, as shown in that account's pane.

    Attributes:
        account: the pane it was read in; a reply can only come from there.
        post: the post as X returned it.
        replied: this account's outbox holds a reply to it.
        dismissed: the clinician marked it as needing no answer.
        replied_on_x: the account's own recent posts on X hold a reply to it
            (made on X itself, not through dualdesk).
    """

    account: Role
    post: XPost
    replied: bool = False
    dismissed: bool = False
    replied_on_x: bool = False

    @property
    def answered(self) -> bool:
        """Whether it no longer counts as waiting for an answer."""
        return self.replied or self.replied_on_x or self.dismissed


@dataclass(frozen=True)
class MentionsPage:
    """One page of an account's mentions.

    Attributes:
        items: newest first.
        next_token: pass to `page` for older mentions; None at the end.
        unanswered_count: how many of `items` still wait for an answer.
        replies_on_x_checked: False when the account's own posts could not
            be read, so replies made on X itself count as waiting.
    """

    items: tuple[Mention, ...]
    next_token: str | None
    unanswered_count: int
    replies_on_x_checked: bool = True


def unanswered(items: Iterable[Mention]) -> int:
    """Return how many mentions still wait for an answer (for the pane header)."""
    return sum(1 for m in items if not m.answered)


class MentionsService:
    """Reads each account's mentions and keeps what was dismissed.

    Args:
        clients: returns a linked account's X client, or None.
        outbox: the posts dualdesk queued and sent (replies are found there).
        settings: where dismissed mention ids are kept, per account.
        page_size: mentions per page (X allows 5 to 100).
        own_posts_page: own posts read per mentions page, to find replies
            made on X itself (one owned read each page; X allows 5 to 100).
    """

    def __init__(
        self,
        clients: ClientProvider,
        outbox: Outbox,
        settings: Settings,
        *,
        page_size: int = PAGE_SIZE,
        own_posts_page: int = OWN_POSTS_PAGE,
    ) -> None:
        self._clients = clients
        self._outbox = outbox
        self._settings = settings
        self._page_size = page_size
        self._replies_on_x = {role: RepliesOnX(role, own_posts_page) for role in Role}

    def page(self, role: Role, token: str | None = None) -> MentionsPage:
        """Return one page of `role`'s mentions, newest first. Call off the GUI thread.

        Besides the mentions, reads at most one page of the account's own
        recent posts (the newest with the first page, one further back with
        each older page) to find replies made on X itself. If that read
        fails, the mentions still come back, with `replies_on_x_checked`
        False.

        Raises:
            NotLinked: the account is not linked.
            CredentialsUnavailable, RateLimited, AuthRevoked,
            NotAvailableOnPlan, Transient, Rejected.
        """
        client = self._clients(role)
        if client is None:
            raise NotLinked(f"The {role.value} account is not linked: link it to see mentions.")
        found = client.mentions(self._page_size, token)
        replied_on_x, checked = self._replies_on_x[role].read(client, newest=token is None)
        replied = {
            p.reply_to
            for p in self._outbox.posts(account=role, states=_REPLY_STATES)
            if p.reply_to
        }
        dismissed = set(self.dismissed(role))
        posts = sorted(found.items, key=_newest_first)
        items = tuple(
            Mention(
                role,
                p,
                replied=p.id in replied,
                dismissed=p.id in dismissed,
                replied_on_x=p.id in replied_on_x,
            )
            for p in posts
        )
        return MentionsPage(items, found.next_token, unanswered(items), checked)

    def dismissed(self, role: Role) -> list[str]:
        """Return the ids of `role`'s dismissed mentions, oldest first."""
        stored = self._settings.get_setting(_dismissed_key(role), [])
        return [str(i) for i in stored] if isinstance(stored, list) else []

    def dismiss(self, mention: Mention) -> Mention:
        """Mark a mention as needing no answer; return it updated."""
        ids = [i for i in self.dismissed(mention.account) if i != mention.post.id]
        ids.append(mention.post.id)
        self._settings.set_setting(_dismissed_key(mention.account), ids[-DISMISSED_KEPT:])
        return replace(mention, dismissed=True)

    def undismiss(self, mention: Mention) -> Mention:
        """Count a dismissed mention as waiting again; return it updated."""
        ids = [i for i in self.dismissed(mention.account) if i != mention.post.id]
        self._settings.set_setting(_dismissed_key(mention.account), ids)
        return replace(mention, dismissed=False)


def reply_draft(role: Role, mention: Mention, text: str) -> Draft:
    """Return the draft of a reply from `role`'s pane; submit it like any post.

    Raises:
        ValueError: the mention was read in the other pane (a reply leaves
            only from the account that was mentioned).
    """
    if mention.account is not role:
        raise ValueError(
            f"This mention was read in the {mention.account.value} pane: reply from there."
        )
    return Draft(account=role, text=text, reply_to=mention.post.id)


def _dismissed_key(role: Role) -> str:
    return f"mentions_dismissed/{role.value}"


def _newest_first(post: XPost) -> tuple[int, str]:
    key = -int(post.id) if post.id.isdigit() else 0
    return (key, post.id)
