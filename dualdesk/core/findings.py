"""What a guard reports about a draft."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Rule(StrEnum):
    """The guard that produced a finding."""

    CLINICAL = "clinical"
    PHI = "phi"
    WHEREABOUTS = "whereabouts"
    IDENTITY_LINK = "identity_link"
    DUPLICATE = "duplicate"
    SELF_PROMOTION = "self_promotion"
    COST = "cost"
    TIMING = "timing"


class Severity(StrEnum):
    """How much a finding matters: block needs a reason to override."""

    INFO = "info"
    WARN = "warn"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        """Order of severity, lowest first."""
        return {"info": 0, "warn": 1, "block": 2}[self.value]


@dataclass(frozen=True)
class Finding:
    """One thing a guard saw in a draft.

    Attributes:
        rule: which guard fired.
        severity: info, warn or block.
        start: offset of the span's first character in the Python string.
        end: offset just past the span.
        message: what was seen.
        advice: what to do about it.
    """

    rule: Rule
    severity: Severity
    start: int
    end: int
    message: str
    advice: str

    def to_json(self) -> dict[str, object]:
        """Return the finding in the command-line JSON shape."""
        return {
            "rule": self.rule.value,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "advice": self.advice,
        }


def worst(findings: list[Finding]) -> Severity | None:
    """Return the highest severity among findings, or None if there are none."""
    if not findings:
        return None
    return max((f.severity for f in findings), key=lambda s: s.rank)


def asks_first(findings: list[Finding]) -> bool:
    """Whether sending must ask the user first: a warning or a block does, info never.

    A new post and an edit of a queued one follow this one rule, so with no
    finding (or only a cost note) either is a single action.
    """
    return worst(findings) not in (None, Severity.INFO)
