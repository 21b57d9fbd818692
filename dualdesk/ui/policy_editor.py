"""Editing one account's timing policy: zone, weekly windows, jitter, gap.

The form keeps whatever is typed, even when it is wrong; each wrong field
says what is wrong next to it, in the words of core's validation errors.
"""

from __future__ import annotations

from datetime import time
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dualdesk.core.accounts import Profile
from dualdesk.core.timing_policy import (
    WEEKDAY_NAMES,
    PostingWindow,
    TimingPolicy,
    TimingPolicyError,
    load_zone,
)
from dualdesk.ui.account_band import AccountBand

ERROR_STYLE = "color: #B00020;"
_OPEN, _CLOSE = time(8, 30), time(18, 0)


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("error")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class DayRow:
    """The widgets of one weekday: on/off, start, end and its error."""

    def __init__(self, weekday: int, windows: tuple[PostingWindow, ...], parent: QWidget) -> None:
        self.weekday = weekday
        first = windows[0] if windows else None
        # Only the first window of a day is editable here; others are kept.
        self.kept = windows[1:]
        self.enabled = QCheckBox(WEEKDAY_NAMES[weekday], parent)
        self.enabled.setChecked(first is not None)
        self.start = QTimeEdit(_qtime(first.start if first else _OPEN), parent)
        self.end = QTimeEdit(_qtime(first.end if first else _CLOSE), parent)
        for edit, which in ((self.start, "start"), (self.end, "end")):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(f"{WEEKDAY_NAMES[weekday]} window {which}")
        self.note = QLabel(", ".join(f"also {w.label()}" for w in self.kept), parent)
        self.error = _error_label(parent)

    def windows(self) -> tuple[PostingWindow, ...]:
        """The day's windows as typed.

        Raises:
            WindowBackwards: the end is not after the start.
        """
        if not self.enabled.isChecked():
            return ()
        start, end = self.start.time().toPython(), self.end.time().toPython()
        assert isinstance(start, time) and isinstance(end, time)
        return (PostingWindow(self.weekday, start, end), *self.kept)


class PolicyEditor(QWidget):
    """The timing policy of one account, as a form.

    Signals:
        validity_changed(bool): whether the form now describes a valid policy.
    """

    validity_changed = Signal(bool)

    def __init__(
        self, profile: Profile, policy: TimingPolicy, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self._policy = policy
        self._valid = True
        self.band = AccountBand(profile, "When this account may post", self)

        self.zone = self._zone_box(policy.zone)
        self.zone_error = _error_label(self)
        self.days = [DayRow(day, policy.windows_on(day), self) for day in range(7)]
        windows_note = QLabel(
            "Posts wait for the next window. No windows = post any time. "
            "Times are on the clock of the time zone above.",
            self,
        )
        windows_note.setWordWrap(True)

        self.jitter = QSpinBox(self)
        self.jitter.setRange(0, 120)
        self.jitter.setSuffix(" min")
        self.jitter.setValue(policy.jitter_minutes)
        self.avoid_round = QCheckBox("Never post on :00, :15, :30 or :45", self)
        self.avoid_round.setChecked(policy.avoid_round_minutes)
        self.gap = QSpinBox(self)
        self.gap.setRange(0, 24 * 60)
        self.gap.setSuffix(" min")
        self.gap.setValue(policy.min_gap_minutes)

        form = QFormLayout()
        form.addRow("Time zone", self.zone)
        form.addRow("", self.zone_error)
        form.addRow("Posting windows", windows_note)
        form.addRow(self._day_grid())
        self.jitter.setToolTip("How far a time may be moved, either way, when it must move.")
        form.addRow("Jitter (±)", self.jitter)
        form.addRow("Round minutes", self.avoid_round)
        form.addRow("Gap from the other account", self.gap)
        layout = QVBoxLayout(self)
        layout.addWidget(self.band)
        layout.addLayout(form)
        layout.addStretch(1)

        self.zone.editTextChanged.connect(self._on_form_field_changed)
        for day in self.days:
            day.enabled.toggled.connect(self._on_form_field_changed)
            day.start.timeChanged.connect(self._on_form_field_changed)
            day.end.timeChanged.connect(self._on_form_field_changed)
        self._validate()

    def _zone_box(self, zone: str) -> QComboBox:
        box = QComboBox(self)
        box.setEditable(True)
        box.addItems(sorted(available_timezones() | {zone}))
        box.setCurrentText(zone)
        box.setAccessibleName(f"{self.profile.role.title} time zone")
        completer = QCompleter(box.model(), box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        box.setCompleter(completer)
        return box

    def _day_grid(self) -> QGridLayout:
        grid = QGridLayout()
        for number, day in enumerate(self.days):
            row = 2 * number  # the row under each day holds its error
            grid.addWidget(day.enabled, row, 0)
            grid.addWidget(day.start, row, 1)
            grid.addWidget(QLabel("to", self), row, 2)
            grid.addWidget(day.end, row, 3)
            grid.addWidget(day.note, row, 4)
            grid.addWidget(day.error, row + 1, 0, 1, 5)
        grid.setColumnStretch(4, 1)
        return grid

    @property
    def valid(self) -> bool:
        """Whether the form describes a valid policy."""
        return self._valid

    def policy(self) -> TimingPolicy:
        """The policy the form describes.

        Raises:
            TimingPolicyError: a field is wrong (the form shows which).
        """
        windows = tuple(w for day in self.days for w in day.windows())
        return TimingPolicy(
            zone=self.zone.currentText().strip(),
            windows=windows,
            jitter_minutes=self.jitter.value(),
            avoid_round_minutes=self.avoid_round.isChecked(),
            min_gap_minutes=self.gap.value(),
            spread_minutes=self._policy.spread_minutes,
        )

    def _validate(self) -> bool:
        valid = True
        try:
            load_zone(self.zone.currentText().strip())
        except TimingPolicyError as exc:
            _show_error(self.zone_error, str(exc))
            valid = False
        else:
            _show_error(self.zone_error, "")
        for day in self.days:
            day.start.setEnabled(day.enabled.isChecked())
            day.end.setEnabled(day.enabled.isChecked())
            try:
                day.windows()
            except TimingPolicyError as exc:
                _show_error(day.error, str(exc))
                valid = False
            else:
                _show_error(day.error, "")
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
        return valid

    @Slot()
    def _on_form_field_changed(self) -> None:
        self._validate()
