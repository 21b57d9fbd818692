"""The posting commands of the command line: post, queue, cancel, serve.

`post --at` takes ISO 8601 (`2026-11-25T09:30+01:00`; without an offset the
time is local). A malformed time is a usage error: exit 2 with usage, like
every other malformed argument. `post` exits 0 when the post was sent or
queued, 1 when it cannot be (failed, or its account needs linking), and 2
when a guard blocked it and no --override reason was given.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from typing import TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Finding
from dualdesk.core.posts import Draft, Post, PostState
from dualdesk.services.posting_ports import Blocked, InvalidPost
from dualdesk.services.send_recovery import StartupReport
from dualdesk.wiring import Backend

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BLOCKED = 2

Handler = Callable[[argparse.Namespace], int]


def parse_when(value: str) -> datetime:
    """Parse an ISO 8601 time; without an offset it is local time."""
    try:
        when = datetime.fromisoformat(value)
        return when if when.tzinfo is not None else when.astimezone()
    except (ValueError, OverflowError):  # not a time, or one the calendar cannot hold
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a time: use ISO 8601, e.g. 2026-11-25T09:30+01:00"
        ) from None


def add_posting_commands(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
    role: Callable[[str], Role],
) -> None:
    """Add post, queue, cancel and serve to the command parser."""
    post = commands.add_parser("post", parents=[common], help="review, queue and send a post")
    post.add_argument("--account", required=True, type=role, metavar="ROLE")
    when = post.add_mutually_exclusive_group()
    when.add_argument("--now", action="store_true", help="as soon as allowed (the default)")
    when.add_argument("--at", type=parse_when, metavar="ISO8601", help="when to post")
    post.add_argument("--override", metavar="REASON", help="post despite a blocking finding")
    post.add_argument("--json", action="store_true", help="print one JSON document")
    post.add_argument("text", metavar="TEXT|-", help="the text, or - to read it from stdin")
    queue = commands.add_parser("queue", parents=[common], help="list posts waiting to go out")
    queue.add_argument("--json", action="store_true", help="print one JSON document")
    cancel = commands.add_parser("cancel", parents=[common], help="cancel a queued post")
    cancel.add_argument("id", metavar="ID")
    commands.add_parser("serve", parents=[common], help="send queued posts on time until stopped")


def _zoned(when: datetime, zone: str) -> datetime:
    try:
        return when.astimezone(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return when


def post_json(post: Post | None, account: Role, findings: list[Finding]) -> dict[str, object]:
    """Return the `post --json` document."""
    return {
        "id": post.id if post else None,
        "account": account.value,
        "state": post.state.value if post else "blocked",
        "tweet_id": post.tweet_id if post else None,
        "planned_at": _zoned(post.planned_at, post.zone).isoformat() if post else None,
        "deferred": post.deferred if post else False,
        "findings": [f.to_json() for f in findings],
        "error": post.error if post else "",
    }


class PostingCommands:
    """Runs post, queue, cancel and serve against a backend."""

    def __init__(self, backend: Backend, out: TextIO, err: TextIO) -> None:
        self._backend = backend
        self._out = out
        self._err = err

    def handlers(self) -> dict[tuple[str, str | None], Handler]:
        """Return the handlers by (command, subcommand)."""
        return {
            ("post", None): self.post,
            ("queue", None): self.queue,
            ("cancel", None): self.cancel,
            ("serve", None): self.serve,
        }

    def _say(self, text: str) -> None:
        print(text, file=self._err)

    def _tell_startup(self, report: StartupReport) -> None:
        for post in report.replanned:
            when = _zoned(post.planned_at, post.zone)
            self._say(
                f"note: post {post.id} ({post.account.value}) was due while dualdesk "
                f"was closed; it now goes out at {when:%Y-%m-%d %H:%M %Z}."
            )

    def post(self, args: argparse.Namespace) -> int:
        """`dualdesk post --account ROLE [--now | --at T] [--override R] [--json] TEXT|-`."""
        text = sys.stdin.read().rstrip("\n") if args.text == "-" else args.text
        try:
            result = self._backend.posting.submit(
                Draft(args.account, text), at=args.at, override_reason=args.override
            )
        except Blocked as exc:
            for finding in exc.findings:
                self._say(f"{finding.severity.value}: [{finding.rule.value}] {finding.message}")
                self._say(f"  {finding.advice}")
            self._say(f"dualdesk: {exc}")
            if args.json:
                print(json.dumps(post_json(None, args.account, exc.findings)), file=self._out)
            return EXIT_BLOCKED
        except InvalidPost as exc:  # still one document on stdout; the message goes to stderr
            if args.json:
                refused = {
                    **post_json(None, args.account, []),
                    "state": "refused",
                    "error": str(exc),
                }
                print(json.dumps(refused), file=self._out)
            raise
        for finding in result.findings:
            self._say(f"{finding.severity.value}: [{finding.rule.value}] {finding.message}")
        for moved in result.moved:
            when = _zoned(moved.planned_at, moved.zone)
            self._say(
                f"note: {moved.account.value} post {moved.id} now goes out at "
                f"{when:%Y-%m-%d %H:%M %Z}, to keep its gap from this one."
            )
        self._send_if_free()
        post = self._backend.store.get(result.post.id) or result.post
        if args.json:
            print(json.dumps(post_json(post, args.account, result.findings)), file=self._out)
        else:
            self._describe(post, result.plan.reason if result.plan else "")
        held = self._backend.sender.held(post.account)
        if post.state is PostState.FAILED:
            self._say(f"dualdesk: {post.error}")
            return EXIT_FAILED
        if post.state is PostState.QUEUED and held:
            self._say(f"dualdesk: queued, not sent yet. The {post.account.value} account: {held}")
            return EXIT_FAILED
        return EXIT_OK

    def _send_if_free(self) -> None:
        lock = self._backend.sender_lock
        if not lock.acquire():
            self._say("note: another dualdesk is sending from this data directory; it sends this.")
            return
        try:
            now = self._backend.clock.now()
            self._tell_startup(self._backend.sender.startup(now))
            self._backend.sender.send_due(now)
        finally:
            lock.release()

    def _describe(self, post: Post, reason: str) -> None:
        account = post.account.value
        if post.state is PostState.SENT:
            print(f"Sent from the {account} account as post {post.tweet_id}.", file=self._out)
            return
        if post.state is PostState.FAILED:
            print(f"Not sent from the {account} account: {post.error}", file=self._out)
            return
        when = _zoned(post.planned_at, post.zone)
        line = f"Queued {post.id} for the {account} account at {when:%Y-%m-%d %H:%M %Z}."
        print(line + (f" {reason}" if post.deferred and reason else ""), file=self._out)

    def queue(self, args: argparse.Namespace) -> int:
        """`dualdesk queue [--json]`: waiting posts of both accounts, in local time."""
        posts = self._backend.posting.queue()
        if args.json:
            doc = {
                "posts": [
                    {
                        "id": p.id,
                        "account": p.account.value,
                        "state": p.state.value,
                        "planned_at": p.planned_at.astimezone().isoformat(),
                        "deferred": p.deferred,
                        "error": p.error,
                        "text": p.text,
                    }
                    for p in posts
                ]
            }
            print(json.dumps(doc, indent=2), file=self._out)
            return EXIT_OK
        if not posts:
            print("Nothing is waiting to be posted.", file=self._out)
        for p in posts:
            when = p.planned_at.astimezone()
            first_line = p.text.splitlines()[0] if p.text else ""
            print(
                f"{p.id}  {p.account.value:<12}  {when:%Y-%m-%d %H:%M %Z}  "
                f"{p.state.value:<7}  {first_line[:50]}",
                file=self._out,
            )
            if p.error:
                print(f"    {p.error}", file=self._out)
        return EXIT_OK

    def cancel(self, args: argparse.Namespace) -> int:
        """`dualdesk cancel ID`."""
        post = self._backend.posting.cancel(args.id)
        print(f"Cancelled post {post.id} ({post.account.value}).", file=self._out)
        return EXIT_OK

    def serve(self, args: argparse.Namespace) -> int:
        """`dualdesk serve`: send on time under the sender lock until SIGTERM/SIGINT."""
        logging.basicConfig(
            stream=self._err, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s"
        )
        lock = self._backend.sender_lock
        if not lock.acquire():
            pid = lock.holder()
            holder = f" (process {pid})" if pid else ""
            self._say(
                f"dualdesk: another dualdesk{holder} is already sending from "
                f"{self._backend.data_dir}; not starting a second sender. Stop it first."
            )
            return EXIT_FAILED
        stop = threading.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stop.set())
        try:
            self._tell_startup(self._backend.scheduler.start())
            self._say(f"dualdesk: sending from {self._backend.data_dir}; stop with Ctrl+C.")
            stop.wait()
            self._say("dualdesk: stopping; no send is cut off.")
            self._backend.scheduler.stop()
        finally:
            lock.release()
        return EXIT_OK
