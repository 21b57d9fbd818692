"""The local audit log: overrides, links and other decisions, newest first.

Entries are plain dicts as the store returns them: `at` (ISO 8601, UTC),
`account` (a role value or None), `rule`, `reason` and `text` (None when
the post text was not kept). Times are shown on this computer's clock.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dualdesk.core.accounts import Role

Index = QModelIndex | QPersistentModelIndex
Entry = Mapping[str, object]

_HEADERS = ("When", "Account", "Rule", "Reason", "Text")
_OLDEST = datetime.min.replace(tzinfo=UTC)
NOT_KEPT = "(text not kept)"


def entry_time(entry: Entry) -> datetime | None:
    """The entry's instant, aware (a time without zone is read as UTC)."""
    try:
        at = datetime.fromisoformat(str(entry.get("at")))
    except ValueError:
        return None
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def account_words(value: object) -> str:
    """The account of an entry in words."""
    try:
        return Role(str(value)).title
    except ValueError:
        return "App-wide" if value is None else str(value)


class AuditModel(QAbstractTableModel):
    """Audit entries as rows, newest first, times on the given clock."""

    def __init__(self, local_zone: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = local_zone
        self._rows: list[tuple[str, ...]] = []

    def set_entries(self, entries: Sequence[Entry]) -> None:
        """Show `entries` (in any order)."""
        ordered = sorted(entries, key=lambda e: entry_time(e) or _OLDEST, reverse=True)
        self.beginResetModel()
        self._rows = [self._row(entry) for entry in ordered]
        self.endResetModel()

    def _row(self, entry: Entry) -> tuple[str, ...]:
        at = entry_time(entry)
        when = at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M") if at else str(entry.get("at"))
        text = entry.get("text")
        return (
            when,
            account_words(entry.get("account")),
            str(entry.get("rule") or ""),
            str(entry.get("reason") or ""),
            NOT_KEPT if text is None else str(text),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None


class AuditLogDialog(QDialog):
    """The audit log with a filter, and the choice to keep post text in it.

    Signals:
        keep_text_changed(bool): the person turned keeping post text on or off.
    """

    keep_text_changed = Signal(bool)

    def __init__(
        self,
        entries: Sequence[Entry],
        keep_text: bool,
        local_zone: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Audit log")
        self._total = 0
        intro = QLabel(
            "Every post sent despite a block, with the reason you typed, and other "
            "decisions worth a record (posting outside your window, linking an account). "
            "Warnings you confirmed are not listed. It stays on this computer.",
            self,
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter: account, rule, reason or text…")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName("Filter the audit log")
        self.model = AuditModel(local_zone, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        # Sized once per list: sizing to contents on every change scans all rows.
        header.setResizeContentsPrecision(50)
        self.table.setAccessibleName("Audit entries, newest first")
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.keep_text = QCheckBox("Keep the post text in the audit log", self)
        self.keep_text.setChecked(keep_text)
        self.keep_text.setToolTip(
            "When off, entries say what was overridden and why, but not what the post said."
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.keep_text)
        layout.addWidget(buttons)
        self.resize(860, 480)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.keep_text.toggled.connect(self.keep_text_changed)
        self.set_entries(entries)

    def set_entries(self, entries: Sequence[Entry]) -> None:
        """Show a new list of entries, keeping the filter."""
        self._total = len(entries)
        self.model.set_entries(entries)
        self.table.resizeColumnsToContents()
        self._refresh_status()

    def set_keep_text(self, keep: bool) -> None:
        """Show the stored choice without announcing it as a change."""
        self.keep_text.blockSignals(True)
        self.keep_text.setChecked(keep)
        self.keep_text.blockSignals(False)

    def _refresh_status(self) -> None:
        shown, needle = self.proxy.rowCount(), self.filter.text().strip()
        if self._total == 0:
            text = "No audit entries yet."
        elif needle and shown == 0:
            text = f"No entries match “{needle}”."
        elif needle:
            text = f"Showing {shown} of {self._total} entries."
        else:
            text = f"{self._total} entr{'y' if self._total == 1 else 'ies'}, newest first."
        self.status.setText(text)

    @Slot(str)
    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._refresh_status()
