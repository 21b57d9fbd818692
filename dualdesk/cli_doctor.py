"""`dualdesk doctor`: what works on this machine, and what to do about what doesn't.

Each line is `ok`, `warn` or `fail`, what was checked, and advice. Exit 0
when nothing failed, 1 otherwise. Secrets are never printed: only whether
they are there.
"""

from __future__ import annotations

import argparse
import os
import platform
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from dualdesk import __version__
from dualdesk.core.accounts import Role
from dualdesk.core.errors import DualdeskError
from dualdesk.core.posts import PostState
from dualdesk.wiring import Backend

EXIT_OK = 0
EXIT_FAILED = 1

Handler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Line:
    """One finding of the doctor."""

    status: str  # ok, warn or fail
    what: str
    advice: str = ""


def add_parser(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> None:
    """Add `doctor` to the command parser."""
    doctor = commands.add_parser(
        "doctor", parents=[common], help="check the data directory, keyring, accounts and sender"
    )
    doctor.add_argument("--offline", action="store_true", help="do not ask X who the accounts are")


def diagnose(backend: Backend, offline: bool) -> list[Line]:
    """Run every check; none raises."""
    lines = [Line("ok", f"dualdesk {__version__}, Python {platform.python_version()}")]
    try:
        profiles = backend.profiles.profiles()
        lines.append(
            Line(
                "ok",
                f"data directory {backend.data_dir} (schema {backend.store.schema_version})",
            )
        )
    except DualdeskError as exc:
        return [*lines, Line("fail", "data directory", str(exc))]
    if not os.access(backend.data_dir, os.W_OK):
        lines.append(Line("fail", "data directory is not writable", "Fix its permissions."))
    lines.append(Line("ok", f"X API at {backend.x_api_url}"))
    linked = [p for p in profiles.values() if p.linked]
    if not backend.sandbox:
        try:
            backend.credential_store.get("doctor", "probe")
            lines.append(Line("ok", "system keyring reachable and unlocked"))
        except DualdeskError as exc:
            status = "fail" if linked else "warn"
            lines.append(Line(status, "system keyring", str(exc)))
    for role in Role:
        profile = profiles[role]
        if not profile.linked:
            lines.append(
                Line(
                    "warn", f"{role.value} account not linked", f"dualdesk link {role.value} --pin"
                )
            )
            continue
        if offline:
            lines.append(Line("ok", f"{role.value} account linked as {profile.at_handle}"))
            continue
        try:
            client = backend.client_for(role)
            user = client.whoami() if client is not None else None
        except DualdeskError as exc:
            lines.append(Line("fail", f"{role.value} account {profile.at_handle}", str(exc)))
            continue
        if user is None:
            lines.append(
                Line("fail", f"{role.value} account keys missing", f"dualdesk link {role.value}")
            )
        elif role is Role.PERSONAL and not user.protected:
            lines.append(
                Line(
                    "warn",
                    f"personal account @{user.handle} is public",
                    "Protect its posts on X (Settings → Privacy and safety → Audience).",
                )
            )
        else:
            lines.append(Line("ok", f"{role.value} account @{user.handle} answers"))
    lines.extend(_sender_lines(backend))
    return lines


def _sender_lines(backend: Backend) -> list[Line]:
    lock = backend.sender_lock
    holder = lock.holder() if not lock.acquire() else None
    if lock.held:
        lock.release()
        sender = Line("warn", "no sender is running", "Open dualdesk or run `dualdesk serve`.")
    else:
        sender = Line("ok", f"a sender is running (process {holder or '?'})")
    waiting = backend.store.posts(states=[PostState.QUEUED, PostState.SENDING])
    lines = [sender, Line("ok", f"{len(waiting)} post(s) waiting to go out")]
    for role in Role:
        held = backend.sender.held(role)
        if held:
            lines.append(Line("fail", f"{role.value} posts are held", held))
    if not waiting and sender.status == "warn":
        return [Line("ok", "nothing queued, so no sender is needed now")]
    return lines


class DoctorCommands:
    """Runs `doctor` against a backend."""

    def __init__(self, backend: Backend, out: TextIO, err: TextIO) -> None:
        self._backend = backend
        self._out = out
        self._err = err

    def handlers(self) -> dict[tuple[str, str | None], Handler]:
        """Return the handlers by (command, subcommand)."""
        return {("doctor", None): self.doctor}

    def doctor(self, args: argparse.Namespace) -> int:
        """`dualdesk doctor [--offline]`."""
        lines = diagnose(self._backend, args.offline)
        for line in lines:
            advice = f" — {line.advice}" if line.advice else ""
            print(f"{line.status:4s}  {line.what}{advice}", file=self._out)
        return EXIT_FAILED if any(line.status == "fail" for line in lines) else EXIT_OK
