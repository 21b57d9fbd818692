"""What a pane remembers of flagged pastes, so the flag lasts as long as the text.

The paste guard runs when text is pasted. Its finding must not be a
passing status line: while the pasted text is still in the draft it is
underlined, counted and listed in the confirmation before posting, like
any other finding. Once the text is gone (undone, deleted, rewritten) the
finding goes with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from dualdesk.core.findings import Finding

Extra = Callable[[str], list[Finding]]
"""Findings a pane holds itself for a text (the paste guard's), read on the GUI thread."""


def no_extra(_text: str) -> list[Finding]:
    """A pane that holds no findings of its own."""
    return []


def with_extra(findings: list[Finding], extra: list[Finding]) -> list[Finding]:
    """Return the review's findings and the pane's own together, in text order."""
    return sorted([*findings, *extra], key=lambda f: (f.start, f.end)) if extra else findings


class PasteMemory:
    """The flagged pastes of one pane, each with the finding the paste guard gave."""

    def __init__(self) -> None:
        self._flagged: dict[str, Finding] = {}

    def __bool__(self) -> bool:
        return bool(self._flagged)

    def remember(self, pasted: str, finding: Finding) -> None:
        """Keep `finding` for as long as `pasted` stays in the draft."""
        self._flagged[pasted] = finding

    def findings(self, text: str) -> list[Finding]:
        """Return the findings of the pastes still in `text`, spanning where they are now.

        Pastes no longer in the text are forgotten (so are all of them when
        the draft is posted, moved or cleared).
        """
        out = []
        for pasted, finding in list(self._flagged.items()):
            start = text.find(pasted)
            if start < 0:
                del self._flagged[pasted]
                continue
            out.append(replace(finding, start=start, end=start + len(pasted)))
        return out
