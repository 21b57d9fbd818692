"""The pair audit as a use case: ask X what it can tell, remember the rest."""

from __future__ import annotations

from dualdesk.core.accounts import Role
from dualdesk.core.errors import DualdeskError
from dualdesk.core.pair_audit import QUESTION_IDS, AuditCheck, audit_pair
from dualdesk.core.timeline import XUser
from dualdesk.services.hygiene_ports import ClientProvider, Settings
from dualdesk.services.profiles import ProfileService

ANSWERS_SETTING = "pair_audit_answers"


class PairAuditService:
    """Runs the pair audit and keeps the clinician's checklist answers.

    Args:
        profiles: the two profiles (a changed protected flag is saved back).
        clients: returns a linked account's X client, or None.
        answers: where the answers are kept (booleans; no secrets).
    """

    def __init__(
        self, profiles: ProfileService, clients: ClientProvider, answers: Settings
    ) -> None:
        self._profiles = profiles
        self._clients = clients
        self._answers = answers

    def run(self) -> list[AuditCheck]:
        """Ask X about each linked account, then return every check.

        X being unreachable or the keyring being locked never fails the
        audit: the affected checks say so and fall back to what was last seen.
        Call off the GUI thread (network and keyring).
        """
        pair = self._profiles.profiles()
        users: dict[Role, XUser] = {}
        problems: dict[Role, str] = {}
        for role, profile in pair.items():
            if not profile.linked:
                continue
            try:
                client = self._clients(role)
                if client is None:
                    problems[role] = "its keys are not in the keyring"
                    continue
                user = client.whoami()
            except DualdeskError as exc:
                problems[role] = f"X could not be asked: {exc}"
                continue
            users[role] = user
            if user.id == profile.x_user_id and user.protected != profile.protected:
                self._profiles.save_linked(profile.with_changes(protected=user.protected))
        return audit_pair(self._profiles.profiles(), users, self.answers(), problems)

    def answers(self) -> dict[str, bool | None]:
        """Return the remembered answers by check id (None: not answered)."""
        stored = self._answers.get_setting(ANSWERS_SETTING, {})
        saved = stored if isinstance(stored, dict) else {}
        return {
            check_id: saved[check_id] if isinstance(saved.get(check_id), bool) else None
            for check_id in sorted(QUESTION_IDS)
        }

    def set_answer(self, check_id: str, answer: bool | None) -> None:
        """Remember the clinician's answer to one checklist item (None forgets it).

        Raises:
            ValueError: `check_id` is not a checklist item.
        """
        if check_id not in QUESTION_IDS:
            known = ", ".join(sorted(QUESTION_IDS))
            raise ValueError(f"'{check_id}' is not a checklist item: use one of {known}.")
        answers = {k: v for k, v in self.answers().items() if v is not None}
        if answer is None:
            answers.pop(check_id, None)
        else:
            answers[check_id] = answer
        self._answers.set_setting(ANSWERS_SETTING, answers)
