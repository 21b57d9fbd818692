"""Underlines what the guards found in a composer, with advice on hover."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from dualdesk.core.findings import Finding, Severity

_COLOURS = {Severity.BLOCK: "#B00020", Severity.WARN: "#C25E00", Severity.INFO: "#2E6DA4"}


def underline(editor: QPlainTextEdit, findings: Sequence[Finding]) -> None:
    """Show each finding's span as a wavy underline in its severity's colour."""
    from PySide6.QtGui import QTextCharFormat as Fmt  # noqa: PLC0415

    selections = []
    length = len(editor.toPlainText())
    for finding in findings:
        if finding.end <= finding.start or finding.start >= length:
            continue
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(Fmt.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(_COLOURS[finding.severity]))
        fmt.setToolTip(f"{finding.message}\n{finding.advice}")
        selection.format = fmt
        cursor = QTextCursor(editor.document())
        cursor.setPosition(_qt_offset(editor.toPlainText(), finding.start))
        cursor.setPosition(
            _qt_offset(editor.toPlainText(), min(finding.end, length)),
            QTextCursor.MoveMode.KeepAnchor,
        )
        selection.cursor = cursor
        selections.append(selection)
    editor.setExtraSelections(selections)


def _qt_offset(text: str, index: int) -> int:
    """Convert a Python string index to Qt's UTF-16 position."""
    return len(text[:index].encode("utf-16-le")) // 2


def finding_at(text: str, findings: Sequence[Finding], qt_position: int) -> Finding | None:
    """Return the finding under a Qt text position, if any."""
    for finding in findings:
        if _qt_offset(text, finding.start) <= qt_position < _qt_offset(text, finding.end):
            return finding
    return None


def summary(findings: Sequence[Finding]) -> str:
    """A short count for the pane, e.g. "1 block · 2 warnings"."""
    counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    parts = []
    if counts[Severity.BLOCK]:
        parts.append(f"{counts[Severity.BLOCK]} blocking")
    if counts[Severity.WARN]:
        n = counts[Severity.WARN]
        parts.append(f"{n} warning{'s' if n != 1 else ''}")
    if counts[Severity.INFO]:
        n = counts[Severity.INFO]
        parts.append(f"{n} note{'s' if n != 1 else ''}")
    return " · ".join(parts)
