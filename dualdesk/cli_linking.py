"""`dualdesk link` and `dualdesk unlink`: X keys into and out of the system keyring.

Secrets are read from the environment or a prompt, never from argv.
"""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from typing import Any, TextIO

from dualdesk.core.accounts import Role
from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.core.linking import LinkRefused
from dualdesk.wiring import Backend

EXIT_OK = 0
EXIT_FAILED = 1

Handler = Callable[[argparse.Namespace], int]

# The environment variables `link` reads; secrets never travel in argv.
LINK_ENV = (
    "DUALDESK_CONSUMER_KEY",
    "DUALDESK_CONSUMER_SECRET",
    "DUALDESK_ACCESS_TOKEN",
    "DUALDESK_ACCESS_TOKEN_SECRET",
)


def add_parsers(
    commands: Any, common: argparse.ArgumentParser, role: Callable[[str], Role]
) -> None:
    """Add `link` and `unlink` to the command parser."""
    link = commands.add_parser(
        "link", parents=[common], help="link an X account to a pane (keys go to the keyring)"
    )
    link.add_argument("role", type=role, metavar="ROLE", help="professional or personal")
    how = link.add_mutually_exclusive_group(required=True)
    how.add_argument("--pin", action="store_true", help="authorise in a browser, type the PIN")
    how.add_argument(
        "--tokens-from-env",
        action="store_true",
        help="read keys and tokens from " + " ".join(LINK_ENV),
    )
    unlink = commands.add_parser(
        "unlink", parents=[common], help="remove an account's keys and X link"
    )
    unlink.add_argument("role", type=role, metavar="ROLE", help="professional or personal")


class LinkCommands:
    """`dualdesk link` and `dualdesk unlink`."""

    def __init__(self, backend: Backend, out: TextIO, err: TextIO, inp: TextIO) -> None:
        self._backend = backend
        self._out = out
        self._err = err
        self._in = inp

    def handlers(self) -> dict[tuple[str, str | None], Handler]:
        """Return the handlers by (command, subcommand)."""
        return {("link", None): self.link, ("unlink", None): self.unlink}

    def link(self, args: argparse.Namespace) -> int:
        """`dualdesk link ROLE --pin | --tokens-from-env`."""
        role: Role = args.role
        if args.tokens_from_env:
            missing = [name for name in LINK_ENV if not os.environ.get(name, "").strip()]
            if missing:
                print(
                    f"dualdesk: not linked: set {', '.join(missing)} in the environment "
                    "(never on the command line) and try again.",
                    file=self._err,
                )
                return EXIT_FAILED
            creds = OAuth1Credentials(*(os.environ[name].strip() for name in LINK_ENV))
        else:
            self._backend.linking.check_can_link(role)
            session = self._backend.linking.begin_pin(
                self._ask(LINK_ENV[0], "X app API key: ", secret=False),
                self._ask(LINK_ENV[1], "X app API key secret: ", secret=True),
            )
            print(
                f"Open this address in a browser signed in to X as your {role.value} "
                "account, authorise dualdesk, and type the PIN it shows:",
                file=self._err,
            )
            print(session.authorize_url, file=self._out, flush=True)
            creds = self._backend.linking.finish_pin(
                session, self._ask(None, "PIN: ", secret=False)
            )
        profile = self._backend.linking.link(role, creds)
        locked = " (protected)" if profile.protected else ""
        print(f"Linked the {role.value} pane to @{profile.handle}{locked}.", file=self._out)
        if role is Role.PERSONAL and not profile.protected:
            print(
                f"warning: @{profile.handle} is public: anyone, clients included, can read "
                "it and find it by your name. Protect it on X: Settings → Privacy and "
                "safety → Audience and tagging → Protect your posts "
                "(https://x.com/settings/audience_and_tagging). `dualdesk audit` checks the "
                "rest.",
                file=self._err,
            )
        return EXIT_OK

    def unlink(self, args: argparse.Namespace) -> int:
        """`dualdesk unlink ROLE`."""
        role: Role = args.role
        if self._backend.linking.unlink(role):
            print(f"Unlinked the {role.value} account; its keys are gone.", file=self._out)
        else:
            print(f"The {role.value} account is not linked; nothing to remove.", file=self._out)
        return EXIT_OK

    def _ask(self, env: str | None, prompt: str, secret: bool) -> str:
        """Return `env`'s value, else ask (without echo for secrets on a terminal)."""
        value = os.environ.get(env, "") if env else ""
        if not value.strip():
            if secret and self._in.isatty():
                value = getpass.getpass(prompt, stream=self._err)
            else:
                print(prompt, end="", file=self._err, flush=True)
                value = self._in.readline()
        if not value.strip():
            raise LinkRefused(f"Not linked: no {prompt.rstrip(': ')} was given.")
        return value.strip()
