"""Linking and unlinking an X account to one pane.

Linking verifies the keys with X, refuses anything that would join the two
identities, and then changes the keyring and the profile together: the keys
go into the keyring first, and if the profile cannot be saved afterwards the
keyring is put back as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from dualdesk.core.accounts import Profile, ProfileError, Role
from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.core.emails import check_separation
from dualdesk.core.errors import CredentialsUnavailable
from dualdesk.core.linking import LinkRefused, PinSession
from dualdesk.core.ports import AuditLog, Clock, PinAuthorizer, XClient
from dualdesk.core.timeline import XUser
from dualdesk.services.credentials import AccountSecrets
from dualdesk.services.profiles import ProfileService

XClientFactory = Callable[[OAuth1Credentials], XClient]


class LinkService:
    """Links and unlinks the X accounts of the two panes.

    Args:
        profiles: the profile service (reads the pair, saves the result).
        secrets: the accounts' keys in the keyring.
        client_factory: builds an X client for a set of credentials.
        pin: the network half of the PIN flow; needed only by
            begin_pin/finish_pin.
        audit: if given, links and unlinks are recorded there.
        clock: the time for audit entries; needed with `audit`.
    """

    def __init__(
        self,
        profiles: ProfileService,
        secrets: AccountSecrets,
        client_factory: XClientFactory,
        *,
        pin: PinAuthorizer | None = None,
        audit: AuditLog | None = None,
        clock: Clock | None = None,
        on_linked: Callable[[Role], object] | None = None,
    ) -> None:
        self._on_linked = on_linked
        self._profiles = profiles
        self._secrets = secrets
        self._client_factory = client_factory
        self._pin = pin
        self._audit = audit
        self._clock = clock

    # -- the PIN flow ---------------------------------------------------

    def begin_pin(self, consumer_key: str, consumer_secret: str) -> PinSession:
        """Start the PIN flow; the person opens `authorize_url` and reads a PIN.

        Raises:
            Rejected: X refused the app's keys. RateLimited, Transient.
        """
        return self._authorizer().begin(consumer_key.strip(), consumer_secret.strip())

    def finish_pin(self, session: PinSession, pin: str) -> OAuth1Credentials:
        """Exchange the PIN for the account's credentials (not yet linked).

        Raises:
            Rejected: X refused the PIN (wrong, expired or used). RateLimited,
                Transient.
        """
        return self._authorizer().finish(session, pin.strip())

    def _authorizer(self) -> PinAuthorizer:
        if self._pin is None:
            raise LinkRefused("The PIN flow is not available here: link with keys instead.")
        return self._pin

    # -- link and unlink ------------------------------------------------

    def check_can_link(self, role: Role) -> None:
        """Refuse early what `link` would refuse before asking X anything.

        Raises:
            LinkRefused: the profile has no email, or the pair shares a mailbox.
        """
        self._checked_pair(role)

    def link(self, role: Role, creds: OAuth1Credentials) -> Profile:
        """Verify the credentials with X and link them to `role`'s pane.

        Returns:
            The saved profile, with handle, display name, X user id and
            protected flag as X reports them.

        Raises:
            LinkRefused: the profile has no email, the pair shares a mailbox,
                or the X account belongs to the other pane; nothing changed.
            CredentialsUnavailable: the keyring is missing or locked; nothing
                changed.
            AuthRevoked, Rejected, RateLimited, Transient: from X; nothing
                changed.
            StoreError: the profile could not be saved; the keyring was put
                back as it was.
        """
        self._checked_pair(role)
        user = self._client_factory(creds).whoami()
        pair = self._checked_pair(role)  # the profiles may have changed meanwhile
        profile, other = pair[role], pair[role.other]
        _refuse_other_account(role, profile, other, user)
        linked = profile.with_changes(
            handle=user.handle.removeprefix("@"),
            display_name=user.name,
            x_user_id=user.id,
            protected=user.protected,
        )
        previous = self._secrets.load(role)
        self._secrets.save(role, creds)
        try:
            self._profiles.save_linked(linked)
        except BaseException:
            self._restore(role, previous)
            raise
        self._record(role, "link", f"Linked @{linked.handle} (X user {user.id}).")
        if self._on_linked is not None:
            self._on_linked(role)  # e.g. posts held for re-linking may go again
        return linked

    def unlink(self, role: Role) -> bool:
        """Remove every secret of `role`'s account and forget its X user id.

        The handle, email and markers stay. Secrets that are already gone
        are fine.

        Returns:
            Whether anything was linked (False: nothing to do).

        Raises:
            CredentialsUnavailable: the keyring is missing or locked while
                the profile is linked; nothing changed.
        """
        profile = self._profiles.profiles()[role]
        try:
            had_secrets = self._secrets.forget(role)
        except CredentialsUnavailable:
            if not profile.linked:
                return False
            raise
        if profile.linked:
            self._profiles.save_linked(profile.with_changes(x_user_id="", protected=False))
        if profile.linked or had_secrets:
            self._record(role, "unlink", f"Unlinked {profile.at_handle}.")
            return True
        return False

    # -- helpers --------------------------------------------------------

    def _checked_pair(self, role: Role) -> dict[Role, Profile]:
        pair = self._profiles.profiles()
        if not pair[role].email:
            raise LinkRefused(
                f"Not linked: the {role.value} profile has no email address. Set it first with "
                f"`dualdesk profile set {role.value} --email ADDRESS`: dualdesk checks "
                "that the two accounts use separate mailboxes before linking."
            )
        try:
            check_separation(pair)
        except ProfileError as exc:
            raise LinkRefused(f"Not linked. {exc}") from exc
        return pair

    def _restore(self, role: Role, previous: OAuth1Credentials | None) -> None:
        try:
            if previous is None:
                self._secrets.forget(role)
            else:
                self._secrets.save(role, previous)
        except CredentialsUnavailable:
            pass  # the original error matters more; the keyring is unusable anyway

    def _record(self, role: Role, rule: str, reason: str) -> None:
        if self._audit is not None and self._clock is not None:
            self._audit.record(self._clock.now(), role, rule, reason)


def _refuse_other_account(role: Role, profile: Profile, other: Profile, user: XUser) -> None:
    """Refuse an X account that is the other pane's, or not the one this pane names."""
    handle = user.handle.removeprefix("@")
    if other.x_user_id and other.x_user_id == user.id:
        raise LinkRefused(
            f"Not linked: @{handle} is already linked to the {role.other.value} pane. "
            "Sign in to X as the other account in your browser and link again."
        )
    if other.handle and other.handle.lower() == handle.lower():
        raise LinkRefused(
            f"Not linked: @{handle} is the handle of the {role.other.value} profile. "
            f"Sign in to X as the {role.value} account and link again."
        )
    if profile.handle and profile.handle.lower() != handle.lower():
        raise LinkRefused(
            f"Not linked: these keys belong to @{handle}, but the {role.value} profile "
            f"is @{profile.handle}. Sign in to X as @{profile.handle} and link again, "
            f"or change the handle with `dualdesk profile set {role.value} --handle`."
        )
