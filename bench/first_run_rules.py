"""Recover what the rules said on each corpus part at its first run, from git history.

Parts H-Z, ZA-ZX, YA-YX, XA-XX and WA-WF to KA-KF were each added in a commit that recorded
their first-run numbers before any rule was tuned on them. This script exports
the code of each such commit into a temporary folder, runs its own `review` on
the part, and writes
`DIR/<part>.json` ([{"text", "account", "fired", "warned"}]) for
`python -m bench.learned_backstop_eval --first-run=DIR`.

Run: python -m bench.first_run_rules DIR   (needs git and the repository history)
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARTS = (
    *"hijklmnopqrstuvwxyz",
    *(f"z{c}" for c in "abcdefghijklmnopqrstuvwx"),
    *(f"y{c}" for c in "abcdefghijklmnopqrstuvwx"),
    *(f"x{c}" for c in "abcdefghijklmnopqrstuvwx"),
    *(f"w{c}" for c in "abcdef"),
    *(f"v{c}" for c in "abcdef"),
    *(f"u{c}" for c in "abcdef"),
    *(f"t{c}" for c in "abcdef"),
    *(f"s{c}" for c in "abcdef"),
    *(f"r{c}" for c in "abcdef"),
    *(f"q{c}" for c in "abcdef"),
    *(f"p{c}" for c in "abcdef"),
    *(f"o{c}" for c in "abcdef"),
    *(f"n{c}" for c in "abcdef"),
    *(f"m{c}" for c in "abcdef"),
    *(f"l{c}" for c in "abcdef"),
    *(f"k{c}" for c in "abcdef"),
)

_DUMP = """
import json, sys
from bench.guards_accuracy import DATA, load_context, load_examples
from dualdesk.core.findings import Severity
from dualdesk.core.guards import review
from dualdesk.core.posts import Draft
part, out = sys.argv[1], sys.argv[2]
ctx = load_context(DATA / f"guards_corpus_{part}.context.json")
rows = []
for ex in load_examples(DATA / f"guards_corpus_{part}.jsonl"):
    try:
        found = review(Draft(ex.account, ex.text), ctx, backstop=False)
    except TypeError:  # the rules before the learned backstop existed
        found = review(Draft(ex.account, ex.text), ctx)
    rows.append({"text": ex.text, "account": ex.account.value,
                 "fired": sorted({f.rule.value for f in found}),
                 "warned": any(f.severity is not Severity.INFO for f in found)})
open(out, "w", encoding="utf-8").write(json.dumps(rows))
"""


def _git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True).stdout


def first_commit(part: str) -> str:
    """Return the commit that added corpus part `part`."""
    path = f"tests/data/guards_corpus_{part}.jsonl"
    log = _git("log", "--diff-filter=A", "--format=%H", "--", path).decode().split()
    return log[-1]


def dump(part: str, out: Path) -> None:
    """Write the first-run findings of `part` to `out/<part>.json`."""
    archive = _git(
        "archive", "--format=tar", first_commit(part), "dualdesk", "bench", "tests/data"
    )
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        subprocess.run(
            [sys.executable, "-c", _DUMP, part, str(out / f"{part}.json")],
            cwd=tmp,
            env={"PYTHONPATH": tmp},
            check=True,
        )


def main(argv: list[str]) -> int:
    """Dump every part's first run into the folder named on the command line."""
    out = Path(argv[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    for part in PARTS:
        dump(part, out)
        print(f"part {part.upper()}: {out / (part + '.json')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
