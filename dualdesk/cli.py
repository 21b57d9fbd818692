"""The command-line front: parses, calls services, prints. Never Qt."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from dualdesk import __version__, cli_doctor, cli_exposure, cli_hygiene
from dualdesk.cli_posting import PostingCommands, add_posting_commands
from dualdesk.core.accounts import Profile, ProfileError, Role
from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.core.errors import DualdeskError
from dualdesk.core.findings import Finding, Severity, worst
from dualdesk.core.linking import LinkRefused
from dualdesk.core.posts import Draft
from dualdesk.launch import GuiOptions
from dualdesk.services.profiles import ProfileChange
from dualdesk.wiring import Backend

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

# The environment variables `link` reads; secrets never travel in argv.
LINK_ENV = (
    "DUALDESK_CONSUMER_KEY",
    "DUALDESK_CONSUMER_SECRET",
    "DUALDESK_ACCESS_TOKEN",
    "DUALDESK_ACCESS_TOKEN_SECRET",
)


OpenApp = Callable[[GuiOptions], int]


def _role(value: str) -> Role:
    try:
        return Role(value.lower())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not an account: use professional or personal"
        ) from None


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for every command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--home",
        metavar="DIR",
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

    link = commands.add_parser(
        "link", parents=[common], help="link an X account to a pane (keys go to the keyring)"
    )
    link.add_argument("role", type=_role, metavar="ROLE", help="professional or personal")
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
    unlink.add_argument("role", type=_role, metavar="ROLE", help="professional or personal")
    cli_hygiene.add_parsers(commands, common)
    add_posting_commands(commands, common, _role)
    cli_exposure.add_parser(commands, common, _role)
    cli_doctor.add_parser(commands, common)
    _add_check_parser(commands, common)
    return parser


def _add_check_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    check = commands.add_parser(
        "check",
        parents=[common],
        help="run the pre-post guards over a text",
        description=(
            "Run the pre-post guards over TEXT (or stdin with -) as a post from ROLE, "
            "against both profiles and the outbox history. With --jsonl, read lines "
            '{"account": ROLE, "text": TEXT} on stdin and print one line '
            '{"findings": [...]} per non-blank input line; a line that cannot be read '
            'prints {"error": "..."} and counts as a block, since it was not checked.'
        ),
        epilog="exit status: 0 no warning or block, 1 a warning, 2 a block (or an error).",
    )
    check.add_argument("--account", type=_role, metavar="ROLE", help="professional or personal")
    check.add_argument("--json", action="store_true", help="print one JSON document")
    check.add_argument("--jsonl", action="store_true", help="check JSON lines from stdin")
    check.add_argument("text", nargs="?", metavar="TEXT|-", help="the post text, or - for stdin")


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

    def check(self, args: argparse.Namespace) -> int:
        """`dualdesk check --account ROLE [--json] TEXT|-` and `dualdesk check --jsonl`.

        A text that could not be checked (the store cannot be read) exits 2,
        like a block: it is not cleared for posting.
        """
        try:
            return self._check(args)
        except DualdeskError as exc:
            print(f"dualdesk check: {exc}", file=self._err)
            return EXIT_USAGE

    def _check(self, args: argparse.Namespace) -> int:
        if args.jsonl:
            if args.account is not None or args.text is not None:
                print(
                    "dualdesk check: --jsonl reads accounts and texts from stdin; "
                    "give no --account or TEXT with it.",
                    file=self._err,
                )
                return EXIT_USAGE
            return self._check_lines()
        if args.account is None or args.text is None:
            print(
                "dualdesk check: give --account ROLE and TEXT (or - to read stdin), or --jsonl.",
                file=self._err,
            )
            return EXIT_USAGE
        text = sys.stdin.read() if args.text == "-" else args.text
        if args.text == "-":
            text = text.removesuffix("\n")
        findings = self._backend.review.review(Draft(args.account, text))
        if args.json:
            doc = {"account": args.account.value, "findings": [f.to_json() for f in findings]}
            print(json.dumps(doc, ensure_ascii=False), file=self._out)
        elif not findings:
            print("No findings.", file=self._out)
        for f in findings if not args.json else []:
            quoted = text[f.start : f.end]
            print(
                f"{f.severity.value}: {f.rule.value} [{f.start}:{f.end}] \u201c{quoted}\u201d",
                file=self._out,
            )
            print(f"  {f.message}", file=self._out)
            print(f"  -> {f.advice}", file=self._out)
        return check_exit(findings)

    def _check_lines(self) -> int:
        code = EXIT_OK
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                draft = _read_check_line(line)
            except ValueError as exc:
                print(json.dumps({"error": f"line {number}: {exc}"}), file=self._out)
                print(f"dualdesk check: line {number}: {exc}", file=self._err)
                code = max(code, int(Severity.BLOCK.rank))
                continue
            findings = self._backend.review.review(draft)
            print(
                json.dumps({"findings": [f.to_json() for f in findings]}, ensure_ascii=False),
                file=self._out,
                flush=False,
            )
            code = max(code, check_exit(findings))
        self._out.flush()
        return code


def check_exit(findings: list[Finding]) -> int:
    """Return the `check` exit code: 0 clean or info only, 1 a warning, 2 a block."""
    severity = worst(findings)
    return 0 if severity is None else max(0, severity.rank)


def _read_check_line(line: str) -> Draft:
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(doc, dict):
        raise ValueError('expected an object {"account": ROLE, "text": TEXT}')
    account, text = doc.get("account"), doc.get("text")
    if not isinstance(text, str):
        raise ValueError('"text" must be a string')
    try:
        role = Role(str(account).lower())
    except ValueError:
        raise ValueError(f"unknown account {account!r}: use professional or personal") from None
    return Draft(role, text)


class LinkCommands:
    """`dualdesk link` and `dualdesk unlink`."""

    def __init__(self, backend: Backend, out: TextIO, err: TextIO, inp: TextIO) -> None:
        self._backend = backend
        self._out = out
        self._err = err
        self._in = inp

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
    links = LinkCommands(backend, out, err, sys.stdin)
    handlers: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
        ("profile", "set"): cli.profile_set,
        ("profile", "show"): cli.profile_show,
        ("link", None): links.link,
        ("unlink", None): links.unlink,
        **cli_hygiene.HygieneCommands(backend, out, err, sys.stdin).handlers(),
        **PostingCommands(backend, out, err).handlers(),
        **cli_exposure.ExposureCommands(backend, out, err).handlers(),
        **cli_doctor.DoctorCommands(backend, out, err).handlers(),
        ("check", None): cli.check,
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
