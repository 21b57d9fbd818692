"""The command-line front: parses, calls services, prints. Never Qt."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from dualdesk import __version__, cli_check, cli_doctor, cli_exposure, cli_hygiene, cli_linking
from dualdesk.cli_posting import PostingCommands, add_posting_commands
from dualdesk.core.accounts import Profile, ProfileError, Role
from dualdesk.core.errors import DualdeskError
from dualdesk.launch import GuiOptions
from dualdesk.services.profiles import ProfileChange
from dualdesk.wiring import Backend

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

OpenApp = Callable[[GuiOptions], int]


def _role(value: str) -> Role:
    try:
        return Role(value.lower())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not an account: use professional or personal"
        ) from None


def _home(value: str) -> str:
    if not value.strip():  # `--home=` or `--home "$UNSET"` must not fall back to the real data
        raise argparse.ArgumentTypeError("it is empty: name the data directory")
    return value


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for every command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--home",
        metavar="DIR",
        type=_home,
        default=argparse.SUPPRESS,
        help="data directory (default: $DUALDESK_HOME or the user data dir)",
    )
    parser = argparse.ArgumentParser(
        prog="dualdesk",
        description="Two X accounts, kept apart. With no command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"dualdesk {__version__}")
    parser.add_argument(
        "--sandbox", action="store_true", help="use the built-in sandbox X service"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    profile = commands.add_parser("profile", help="show or change an account profile")
    profile_commands = profile.add_subparsers(dest="profile_command", required=True)
    set_ = profile_commands.add_parser("set", parents=[common], help="change one profile")
    set_.add_argument("role", type=_role, metavar="ROLE", help="professional or personal")
    set_.add_argument("--handle", metavar="H", help="X handle, with or without @")
    set_.add_argument("--email", metavar="E", help="the address the X account uses")
    set_.add_argument("--name", metavar="N", help="display name")
    set_.add_argument(
        "--marker",
        metavar="M",
        action="append",
        help="a word that identifies this identity (repeat; replaces the list)",
    )
    set_.add_argument("--colour", "--color", metavar="#RRGGBB", help="pane colour")
    show = profile_commands.add_parser("show", parents=[common], help="show both profiles")
    show.add_argument("--json", action="store_true", help="print one JSON document")

    cli_linking.add_parsers(commands, common, _role)
    cli_hygiene.add_parsers(commands, common)
    add_posting_commands(commands, common, _role)
    cli_exposure.add_parser(commands, common, _role)
    cli_doctor.add_parser(commands, common)
    cli_check.add_parser(commands, common, _role)
    return parser


def profile_json(profile: Profile) -> dict[str, object]:
    """Return a profile in the command-line JSON shape (no secrets exist in it)."""
    return {
        "role": profile.role.value,
        "handle": profile.handle,
        "name": profile.display_name,
        "email": profile.email,
        "colour": profile.colour,
        "markers": list(profile.markers),
        "linked": profile.linked,
        "x_user_id": profile.x_user_id,
        "protected": profile.protected,
        "sandbox": profile.sandbox,
    }


class Cli:
    """Runs one parsed command against a backend."""

    def __init__(self, backend: Backend, out: TextIO, err: TextIO) -> None:
        self._backend = backend
        self._out = out
        self._err = err

    def profile_set(self, args: argparse.Namespace) -> int:
        """`dualdesk profile set ROLE ...`."""
        change = ProfileChange(
            handle=args.handle,
            email=args.email,
            display_name=args.name,
            markers=args.marker,
            colour=args.colour,
        )
        profile, warnings = self._backend.profiles.update(args.role, change)
        for warning in warnings:
            print(f"warning: {warning.message} {warning.advice}", file=self._err)
        print(f"Saved the {profile.role.value} profile.", file=self._out)
        return EXIT_OK

    def profile_show(self, args: argparse.Namespace) -> int:
        """`dualdesk profile show [--json]`."""
        profiles = self._backend.profiles.profiles()
        if args.json:
            doc = {role.value: profile_json(p) for role, p in profiles.items()}
            print(json.dumps(doc, indent=2), file=self._out)
            return EXIT_OK
        for role, p in profiles.items():
            print(f"{role.title.upper()}", file=self._out)
            print(f"  handle:  {p.at_handle}", file=self._out)
            print(f"  name:    {p.display_name or '-'}", file=self._out)
            print(f"  email:   {p.email or '-'}", file=self._out)
            print(f"  colour:  {p.colour}", file=self._out)
            print(f"  markers: {', '.join(p.markers) or '-'}", file=self._out)
            print(f"  linked:  {'yes' if p.linked else 'no'}", file=self._out)
        return EXIT_OK


def main(
    argv: Sequence[str] | None = None,
    open_app: OpenApp | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run the command line; return the process exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    home = getattr(args, "home", None)
    if args.command is None:
        if open_app is None:
            print("dualdesk: the window front is not available here.", file=err)
            return EXIT_FAILED
        return open_app(GuiOptions(home=home, sandbox=args.sandbox))
    backend = Backend(home, sandbox=args.sandbox)
    cli = Cli(backend, out, err)
    handlers: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
        ("profile", "set"): cli.profile_set,
        ("profile", "show"): cli.profile_show,
        **cli_linking.LinkCommands(backend, out, err, sys.stdin).handlers(),
        **cli_check.CheckCommands(backend, out, err).handlers(),
        **cli_hygiene.HygieneCommands(backend, out, err, sys.stdin).handlers(),
        **PostingCommands(backend, out, err).handlers(),
        **cli_exposure.ExposureCommands(backend, out, err).handlers(),
        **cli_doctor.DoctorCommands(backend, out, err).handlers(),
    }
    key = (args.command, getattr(args, f"{args.command}_command", None))
    try:
        if backend.sandbox:
            backend.sandbox_server  # noqa: B018 - starts the sandbox and its demo profiles
        return handlers[key](args)
    except ProfileError as exc:
        print(f"dualdesk: refused: {exc}", file=err)
        return EXIT_FAILED
    except DualdeskError as exc:
        print(f"dualdesk: {exc}", file=err)
        return EXIT_FAILED
    finally:
        backend.close()
