"""`dualdesk audit` and `dualdesk donotfollow`: the pair's hygiene on the command line.

Client handles are read from stdin only (never argv, so they stay out of
shell history and process lists), and only counts are printed when the
list changes. `donotfollow check` shows matching handles on the terminal,
which is its purpose; they are never written anywhere else.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TextIO

from dualdesk.core.donotfollow import CheckResult
from dualdesk.core.pair_audit import QUESTION_IDS, CheckStatus
from dualdesk.wiring import Backend

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_USAGE = 2
_ANSWERS = {"yes": True, "no": False, "unset": None}

Handler = Callable[[argparse.Namespace], int]


def _answer(value: str) -> tuple[str, bool | None]:
    check_id, _, said = value.partition("=")
    if check_id not in QUESTION_IDS or said.lower() not in _ANSWERS:
        raise argparse.ArgumentTypeError(
            f"use ID=yes|no|unset with ID one of {', '.join(sorted(QUESTION_IDS))}"
        )
    return check_id, _ANSWERS[said.lower()]


def add_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add `audit` and `donotfollow` to the command parser."""
    audit = commands.add_parser(
        "audit",
        parents=[common],
        help="check what keeps the two accounts apart (exit 1 if something needs attention)",
    )
    audit.add_argument("--json", action="store_true", help="print one JSON document")
    audit.add_argument(
        "--answer",
        metavar="ID=yes|no|unset",
        type=_answer,
        action="append",
        default=[],
        help="record your answer to a checklist item X cannot read (repeat)",
    )
    dnf = commands.add_parser(
        "donotfollow", help="the do-not-follow list (handles on stdin, never argv)"
    )
    dnf_commands = dnf.add_subparsers(dest="donotfollow_command", required=True)
    dnf_commands.add_parser("add", parents=[common], help="add handles read from stdin")
    dnf_commands.add_parser("remove", parents=[common], help="remove handles read from stdin")
    dnf_commands.add_parser("count", parents=[common], help="say how many handles are listed")
    clear = dnf_commands.add_parser("clear", parents=[common], help="empty the list")
    clear.add_argument("--yes", action="store_true", help="confirm: the list cannot be restored")
    check = dnf_commands.add_parser(
        "check",
        parents=[common],
        help="compare the professional account's followers and following with the list",
    )
    check.add_argument("--json", action="store_true", help="print one JSON document")


class HygieneCommands:
    """Runs `audit` and `donotfollow` against a backend."""

    def __init__(self, backend: Backend, out: TextIO, err: TextIO, inp: TextIO) -> None:
        self._backend = backend
        self._out = out
        self._err = err
        self._in = inp

    def handlers(self) -> dict[tuple[str, str | None], Handler]:
        """Return the handlers by (command, subcommand)."""
        return {
            ("audit", None): self.audit,
            ("donotfollow", "add"): self.add,
            ("donotfollow", "remove"): self.remove,
            ("donotfollow", "count"): self.count,
            ("donotfollow", "clear"): self.clear,
            ("donotfollow", "check"): self.check,
        }

    def audit(self, args: argparse.Namespace) -> int:
        """`dualdesk audit [--json] [--answer ID=yes|no|unset ...]`."""
        service = self._backend.pair_audit
        for check_id, value in args.answer:
            service.set_answer(check_id, value)
        checks = service.run()
        if args.json:
            doc = {"checks": [c.to_json() for c in checks]}
            print(json.dumps(doc, indent=2, ensure_ascii=False), file=self._out)
        else:
            for c in checks:
                print(f"[{c.status.value:7}] {c.id}: {c.message}", file=self._out)
                if c.advice:
                    print(f"          {c.advice}", file=self._out)
                if c.url and c.status is not CheckStatus.OK:
                    print(f"          {c.url}", file=self._out)
        return EXIT_FOUND if any(c.status is CheckStatus.WARN for c in checks) else EXIT_OK

    def add(self, args: argparse.Namespace) -> int:
        """`dualdesk donotfollow add` (handles on stdin, one per line)."""
        added = self._backend.donotfollow.add(self._lines())
        total = self._backend.donotfollow.count()
        print(f"Added {added} handle(s); the list holds {total}.", file=self._out)
        return EXIT_OK

    def remove(self, args: argparse.Namespace) -> int:
        """`dualdesk donotfollow remove` (handles on stdin, one per line)."""
        removed = self._backend.donotfollow.remove(self._lines())
        total = self._backend.donotfollow.count()
        print(f"Removed {removed} handle(s); the list holds {total}.", file=self._out)
        return EXIT_OK

    def count(self, args: argparse.Namespace) -> int:
        """`dualdesk donotfollow count`."""
        print(f"The list holds {self._backend.donotfollow.count()}.", file=self._out)
        return EXIT_OK

    def clear(self, args: argparse.Namespace) -> int:
        """`dualdesk donotfollow clear --yes`."""
        if not args.yes:
            print(
                "dualdesk: not cleared: the list cannot be restored from dualdesk, only "
                "entered again. Add --yes to clear it.",
                file=self._err,
            )
            return EXIT_FOUND
        removed = self._backend.donotfollow.clear()
        print(f"Removed {removed} handle(s); the list is empty.", file=self._out)
        return EXIT_OK

    def check(self, args: argparse.Namespace) -> int:
        """`dualdesk donotfollow check [--json]`: exit 1 if a listed account is found."""
        result = self._backend.donotfollow.check()
        if args.json:
            print(json.dumps(check_json(result), indent=2, ensure_ascii=False), file=self._out)
        else:
            for match in result.matches:
                print(match.message, file=self._out)
            print(
                f"Compared {result.followers_checked} follower(s) and "
                f"{result.following_checked} followed account(s) with {result.listed} "
                f"listed handle(s): {len(result.matches)} found.",
                file=self._out,
            )
            for problem in result.problems:
                print(f"warning: not complete: {problem}", file=self._err)
        return EXIT_FOUND if result.matches or result.problems else EXIT_OK

    def _lines(self) -> list[str]:
        if self._in.isatty():
            print(
                "Type handles, one per line; end with Ctrl-D (they are not echoed anywhere).",
                file=self._err,
                flush=True,
            )
        return self._in.read().splitlines()


def check_json(result: CheckResult) -> dict[str, object]:
    """Return a check result in the command-line JSON shape."""
    return {
        "checked_at": result.checked_at.isoformat(),
        "listed": result.listed,
        "followers_checked": result.followers_checked,
        "following_checked": result.following_checked,
        "complete": result.complete,
        "problems": list(result.problems),
        "matches": [
            {"handle": m.handle, "relation": m.relation.value, "message": m.message}
            for m in result.matches
        ],
    }
