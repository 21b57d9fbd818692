"""Accuracy of the pre-post guards on the labelled corpus in tests/data.

Each corpus part is a JSON-lines file of posts ({"account", "text",
"labels"}) with a context file beside it (profiles and history, the history
timed relative to "now"), each with its own clinician's profiles. Part A was
written first and used to tune the rules; every later part was written
without looking at the rules' output, measured once (BENCHMARKS.md keeps
those first numbers: they are the estimate for unseen posts), and then used
for tuning too. Part G was measured once and kept out of tuning and of the
targets the tests assert (its first lines were read early on, so it is not a
clean held-out set any more; see BENCHMARKS.md). Part S was measured once
after the tuning on A-R and is held out the same way. Every later part
came in a blind round of six, written by separate writers in new voices
and measured once before the rules and model were tuned on it; the newest
round (HELD_OUT) is kept out of training and the asserted targets until the
next round is written.

Labels follow one convention for identity_link on the personal account: a
client story whose words name the clinical role ("a client told me", "in
session today", "my caseload") also links the identities; one told of
"someone I see at work" is clinical only.

And one for whereabouts on the professional account: a client story set at
the clinician's usual place of work ("in clinic today", "on the ward this
morning", "in OPD today") is clinical only; naming where that is (a town, a
hospital's name) or anything else the clinician did there (a meal, a queue,
a walk) adds whereabouts. Every dated closure of the practice is
whereabouts. A named ward or hospital where a client is ("on 4 West at
<hospital>") is the client's identifier (phi), not the author's
whereabouts, unless the draft also tells the author was there ("just left
<hospital>").

The learned backstop (`dualdesk/core/guards/learned.py`) is trained on the
tuned parts, so on those its numbers are not an estimate; `--rules-only`
measures the pattern rules alone. Its honest, leave-one-part-out numbers
come from `python -m bench.learned_backstop_eval --first-run=DIR`.

Run: python -m bench.guards_accuracy [--each] [--part=x] [--verbose] [--rules-only]
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards import HistoryPost, ReviewContext, review
from dualdesk.core.posts import Draft, PostState

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
HALVES = (
    *"abcdefhijklmnopqrtuvwxyz",
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
)
HELD_OUT = ("g", "s", *(f"k{c}" for c in "abcdef"))
RULES = (
    Rule.CLINICAL,
    Rule.PHI,
    Rule.WHEREABOUTS,
    Rule.IDENTITY_LINK,
    Rule.DUPLICATE,
    Rule.SELF_PROMOTION,
    Rule.COST,
)
#: Labels that do not make a post risky: such a post is "benign".
HARMLESS = frozenset({Rule.COST.value})
#: Rules whose findings count only when they ask for confirmation (warn or
#: block): a note softened by the learned model's second opinion is no hit.
RISKS = frozenset({Rule.CLINICAL, Rule.PHI, Rule.WHEREABOUTS, Rule.IDENTITY_LINK, Rule.DUPLICATE})


def fired_rules(findings: list[Finding]) -> set[str]:
    """Return the rules that count as fired: risk rules only at warn or block."""
    return {
        f.rule.value for f in findings if f.severity is not Severity.INFO or f.rule not in RISKS
    }


@dataclass(frozen=True)
class Example:
    """One labelled post."""

    account: Role
    text: str
    labels: frozenset[str]


@dataclass
class Score:
    """Counts for one rule."""

    positives: int = 0
    hits: int = 0
    negatives: int = 0
    false_alarms: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.hits / self.positives if self.positives else 1.0

    @property
    def fp_rate(self) -> float:
        return self.false_alarms / self.negatives if self.negatives else 0.0


@dataclass
class Report:
    """Scores per rule and the benign-professional false-positive rate."""

    name: str
    examples: int
    rules: dict[Rule, Score]
    benign_professional: int
    benign_flagged: list[str]

    @property
    def benign_fp_rate(self) -> float:
        return len(self.benign_flagged) / self.benign_professional


def load_context(path: Path) -> ReviewContext:
    """Return the ReviewContext described by a corpus context file."""
    doc = json.loads(path.read_text())
    now = datetime.fromisoformat(doc["now"])
    profiles = {
        Role(role): Profile(role=Role(role), **{**fields, "markers": tuple(fields["markers"])})
        for role, fields in doc["profiles"].items()
    }
    history = [
        HistoryPost(
            account=Role(h["account"]),
            text=h["text"],
            when=now - timedelta(days=h["days_ago"]),
            state=PostState(h["state"]),
        )
        for h in doc["history"]
    ]
    return ReviewContext.build(profiles, history, now=now)


def load_examples(path: Path) -> list[Example]:
    """Return the labelled posts of a corpus file."""
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            examples.append(Example(Role(doc["account"]), doc["text"], frozenset(doc["labels"])))
    return examples


def evaluate(half: str, backstop: bool = True) -> Report:
    """Review every post of one corpus half and score the guards.

    With `backstop` False, the pattern rules alone (without the learned model).
    """
    context = load_context(DATA / f"guards_corpus_{half}.context.json")
    examples = load_examples(DATA / f"guards_corpus_{half}.jsonl")
    scores = {rule: Score() for rule in RULES}
    benign = 0
    flagged: list[str] = []
    for ex in examples:
        findings: list[Finding] = review(Draft(ex.account, ex.text), context, backstop=backstop)
        fired = fired_rules(findings)
        for rule, score in scores.items():
            if rule.value in ex.labels:
                score.positives += 1
                if rule.value in fired:
                    score.hits += 1
                else:
                    score.missed.append(ex.text)
            else:
                score.negatives += 1
                if rule.value in fired:
                    score.false_alarms += 1
                    score.wrong.append(ex.text)
        if ex.account is Role.PROFESSIONAL and ex.labels <= HARMLESS:
            benign += 1
            if any(f.severity is not Severity.INFO for f in findings):
                flagged.append(ex.text)
    name = f"part {half.upper()}" + (" (held out)" if half in HELD_OUT else "")
    return Report(name, len(examples), scores, benign, flagged)


def combine(reports: list[Report], name: str) -> Report:
    """Return one report adding up the counts of several."""
    rules = {rule: Score() for rule in RULES}
    for report in reports:
        for rule, s in report.rules.items():
            total = rules[rule]
            total.positives += s.positives
            total.hits += s.hits
            total.negatives += s.negatives
            total.false_alarms += s.false_alarms
            total.missed += s.missed
            total.wrong += s.wrong
    return Report(
        name,
        sum(r.examples for r in reports),
        rules,
        sum(r.benign_professional for r in reports),
        [t for r in reports for t in r.benign_flagged],
    )


def table(report: Report) -> str:
    """Return the report as a Markdown table."""
    lines = [
        f"{report.name}: {report.examples} posts",
        "",
        "| rule | recall | positives | missed | FP rate | negatives | false alarms |",
        "|---|---|---|---|---|---|---|",
    ]
    for rule, s in report.rules.items():
        lines.append(
            f"| {rule.value} | {s.recall:.2f} | {s.positives} | {s.positives - s.hits} "
            f"| {s.fp_rate:.3f} | {s.negatives} | {s.false_alarms} |"
        )
    lines.append(
        f"| benign professional (any warn/block) | | | | {report.benign_fp_rate:.3f} "
        f"| {report.benign_professional} | {len(report.benign_flagged)} |"
    )
    return "\n".join(lines)


def _misses(report: Report) -> None:
    for rule, s in report.rules.items():
        for text in s.missed:
            print(f"  MISSED {rule.value}: {text}")
        for text in s.wrong:
            print(f"  FALSE  {rule.value}: {text}")
    for text in report.benign_flagged:
        print(f"  BENIGN FLAGGED: {text}")


def main(argv: list[str]) -> int:
    """Print the tables; with --verbose also the misses and false alarms."""
    only = [a.split("=", 1)[1] for a in argv if a.startswith("--part=")]
    backstop = "--rules-only" not in argv
    if only:
        for half in only:
            report = evaluate(half, backstop)
            print(table(report))
            if "--verbose" in argv:
                _misses(report)
            print()
        return 0
    parts = [evaluate(half, backstop) for half in HALVES]
    held = [evaluate(half, backstop) for half in HELD_OUT]
    shown = [combine(parts, "tuned parts together (the asserted corpus)"), *held]
    if "--each" in argv:
        shown = [*parts, *shown]
    for report in shown:
        print(table(report))
        if "--verbose" in argv:
            _misses(report)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
