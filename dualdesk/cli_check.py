"""`dualdesk check`: run the pre-post guards over texts, for scripts.

Exit status: 0 with no warning or block, 1 with a warning, 2 with a block
(or a text that could not be checked).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any, TextIO

from dualdesk.core.accounts import Role
from dualdesk.core.errors import DualdeskError
from dualdesk.core.findings import Finding, Severity, worst
from dualdesk.core.posts import Draft
from dualdesk.core.text_length import MAX_WEIGHTED_LENGTH, measure
from dualdesk.wiring import Backend

EXIT_OK = 0
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


def add_parser(
    commands: Any, common: argparse.ArgumentParser, role: Callable[[str], Role]
) -> None:
    """Add `check` to the command parser."""
    check = commands.add_parser(
        "check",
        parents=[common],
        help="run the pre-post guards over a text",
        description=(
            "Run the pre-post guards over TEXT (or stdin with -) as a post from ROLE, "
            "against both profiles and the outbox history. With --jsonl, read lines "
            '{"account": ROLE, "text": TEXT} on stdin and print one line '
            '{"findings": [...]} per non-blank input line; a line that cannot be read '
            'prints {"error": "..."} and counts as a block, since it was not checked. '
            "An empty text is an error. A text longer than X allows is still checked, "
            'and its answer says so ("too_long" in JSON, a note on stderr).'
        ),
        epilog="exit status: 0 no warning or block, 1 a warning, 2 a block (or an error).",
    )
    check.add_argument("--account", type=role, metavar="ROLE", help="professional or personal")
    check.add_argument("--json", action="store_true", help="print one JSON document")
    check.add_argument("--jsonl", action="store_true", help="check JSON lines from stdin")
    check.add_argument("text", nargs="?", metavar="TEXT|-", help="the post text, or - for stdin")


class CheckCommands:
    """Runs `check` against a backend."""

    def __init__(self, backend: Backend, out: TextIO, err: TextIO) -> None:
        self._backend = backend
        self._out = out
        self._err = err

    def handlers(self) -> dict[tuple[str, str | None], Handler]:
        """Return the handlers by (command, subcommand)."""
        return {("check", None): self.check}

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
        if not text.strip():
            print(
                "dualdesk check: the text is empty, so there is nothing to check; "
                "give the post's text, or - to read it from stdin.",
                file=self._err,
            )
            return EXIT_USAGE
        findings = self._backend.review.review(Draft(args.account, text))
        over = _over_limit(text)
        if args.json:
            doc: dict[str, Any] = {
                "account": args.account.value,
                "findings": [f.to_json() for f in findings],
            }
            if over is not None:
                doc["too_long"] = over
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
        if over is not None:
            print(
                f"dualdesk check: the text is {over['weighted']} characters as X counts them "
                f"(at most {over['limit']}); X will refuse it until it is shorter.",
                file=self._err,
            )
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
            answer: dict[str, Any] = {"findings": [f.to_json() for f in findings]}
            over = _over_limit(draft.text)
            if over is not None:
                answer["too_long"] = over
            print(json.dumps(answer, ensure_ascii=False), file=self._out, flush=False)
            code = max(code, check_exit(findings))
        self._out.flush()
        return code


def _over_limit(text: str) -> dict[str, int] | None:
    """X's count and limit when `text` is too long to post, else None.

    X counts no character as more than 2 and a link needs a dot, so a short text
    without one is within the limit: the length parser (slow to import) is skipped.
    """
    if len(text) * 2 <= MAX_WEIGHTED_LENGTH and "." not in text:
        return None
    length = measure(text)
    if length.weighted <= MAX_WEIGHTED_LENGTH:
        return None
    return {"weighted": length.weighted, "limit": MAX_WEIGHTED_LENGTH}


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
    for key in ("account", "text"):
        if key not in doc:
            raise ValueError(f'"{key}" is missing: give {{"account": ROLE, "text": TEXT}}')
    if not isinstance(text, str):
        raise ValueError('"text" must be a string')
    if not text.strip():
        raise ValueError('"text" is empty: there is nothing to check')
    try:
        role = Role(str(account).lower())
    except ValueError:
        raise ValueError(f"unknown account {account!r}: use professional or personal") from None
    return Draft(role, text)
