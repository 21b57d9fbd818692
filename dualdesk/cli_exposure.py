"""`dualdesk exposure`: what an account's posting times tell an observer.

`--json` prints {"posts", "hist", "inferred_quiet"} for the posts already
out (sent from dualdesk or read from X), plus "with_queued" (the same with
the queued posts added), "zone", "from_x" and "note" (why X's posts are
missing, or ""). The text form is the observer's guess in a sentence and a
histogram of posts by local hour.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TextIO

from dualdesk.core.accounts import Role
from dualdesk.core.exposure import ExposureReport
from dualdesk.services.exposure import AccountExposure
from dualdesk.wiring import Backend

EXIT_OK = 0
BAR_WIDTH = 40

Handler = Callable[[argparse.Namespace], int]


def add_parser(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
    role: Callable[[str], Role],
) -> None:
    """Add `exposure` to the command parser."""
    exposure = commands.add_parser(
        "exposure",
        parents=[common],
        help="show what an account's posting times tell an observer about your day",
    )
    exposure.add_argument("--account", required=True, type=role, metavar="ROLE")
    exposure.add_argument("--json", action="store_true", help="print one JSON document")


def exposure_json(result: AccountExposure) -> dict[str, object]:
    """Return the `exposure --json` document."""
    return {
        **result.sent_only.to_json(),
        "with_queued": result.with_queued.to_json(),
        "queued": result.queued,
        "zone": result.zone,
        "from_x": result.from_x,
        "note": result.note,
    }


def histogram(report: ExposureReport) -> list[str]:
    """Return 24 lines, one per local hour: "09 ####### 7"."""
    top = max(report.hist, default=0)
    lines = []
    for hour, count in enumerate(report.hist):
        bar = "#" * (round(count * BAR_WIDTH / top) if top else 0)
        if count and not bar:
            bar = "#"
        lines.append(f"{hour:02d} {bar} {count}" if count else f"{hour:02d}")
    return lines


class ExposureCommands:
    """Runs `exposure` against a backend."""

    def __init__(self, backend: Backend, out: TextIO, err: TextIO) -> None:
        self._backend = backend
        self._out = out
        self._err = err

    def handlers(self) -> dict[tuple[str, str | None], Handler]:
        """Return the handlers by (command, subcommand)."""
        return {("exposure", None): self.exposure}

    def exposure(self, args: argparse.Namespace) -> int:
        """`dualdesk exposure --account ROLE [--json]`."""
        result = self._backend.exposure.report(args.account)
        if result.note:
            print(f"note: {result.note}", file=self._err)
        if args.json:
            print(json.dumps(exposure_json(result)), file=self._out)
            return EXIT_OK
        report = result.sent_only
        say = self._out
        print(
            f"The {result.account.value} account: {report.posts} post(s), hours in {result.zone}.",
            file=say,
        )
        print(report.sentence(), file=say)
        if result.queued:
            print(
                f"With the {result.queued} queued post(s): {result.with_queued.sentence()}",
                file=say,
            )
        print("", file=say)
        print("Posts by hour of day:", file=say)
        for line in histogram(report):
            print(line, file=say)
        return EXIT_OK
