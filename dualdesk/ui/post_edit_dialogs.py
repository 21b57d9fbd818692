"""Small dialogs over one queued post: change its text, or its time.

Both only collect what the person wants; the queue view turns that into a
request signal and the services do the rest.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Slot
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dualdesk.core.accounts import Profile
from dualdesk.core.posts import Post
from dualdesk.core.text_length import MAX_WEIGHTED_LENGTH, measure
from dualdesk.ui.account_band import AccountBand
from dualdesk.ui.policy_editor import ERROR_STYLE
from dualdesk.ui.post_times import local_label, post_zone


def _save_buttons(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, buttons.button(QDialogButtonBox.StandardButton.Save)


class EditPostDialog(QDialog):
    """The text of one queued post, with X's weighted count as it is typed."""

    def __init__(self, post: Post, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.post = post
        self.setWindowTitle(f"Edit post — {profile.at_handle} ({profile.role.title})")
        planned = local_label(post.planned_at, post_zone(post))
        self.band = AccountBand(profile, f"Planned for {planned}", self)
        self.editor = QPlainTextEdit(post.text, self)
        self.editor.setAccessibleName(f"{profile.role.title} post text")
        self.editor.setTabChangesFocus(True)
        self.count = QLabel(self)
        self.count.setObjectName("count")
        self.buttons, self.save_button = _save_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.band)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self._on_editor_text_changed()

    def text(self) -> str:
        """The text as edited."""
        return self.editor.toPlainText()

    @Slot()
    def _on_editor_text_changed(self) -> None:
        text = self.text()
        weighted = measure(text).weighted
        over = weighted - MAX_WEIGHTED_LENGTH
        words = f"{weighted} / {MAX_WEIGHTED_LENGTH}"
        if over > 0:
            words += f" — {over} over X's limit: shorten it."
        self.count.setText(words)
        self.count.setStyleSheet("color: #B00020; font-weight: 700;" if over > 0 else "")
        if not text.strip():
            problem = "Write something, or cancel the post instead."
        elif over > 0:
            problem = f"{over} characters over X's limit: shorten it."
        elif text == self.post.text:
            problem = "Nothing changed yet."
        else:
            problem = ""
        self.save_button.setEnabled(not problem)
        self.save_button.setToolTip(problem)


class RescheduleDialog(QDialog):
    """A new time for one queued post, on the clock of the zone it was planned in."""

    def __init__(self, post: Post, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.post = post
        self.zone = post_zone(post)
        self.setWindowTitle(f"Reschedule post — {profile.at_handle} ({profile.role.title})")
        now_planned = local_label(post.planned_at, self.zone)
        self.band = AccountBand(profile, f"Planned for {now_planned}", self)
        zone_name = self.zone.key if isinstance(self.zone, ZoneInfo) else "UTC"
        note = QLabel(f"Times are on the clock of {zone_name}.", self)
        # The wall-clock time is held as UTC so this computer's own zone
        # (and its daylight-saving gaps) can never shift what is typed.
        self.edit = QDateTimeEdit(self)
        self.edit.setTimeZone(QTimeZone.utc())
        self.edit.setDisplayFormat("ddd yyyy-MM-dd HH:mm")
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName("New time")
        local = post.planned_at.astimezone(self.zone)
        self.set_wall_time(local.replace(tzinfo=None))
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons, self.save_button = _save_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.band)
        layout.addWidget(note)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.edit.dateTimeChanged.connect(self._on_edit_date_time_changed)
        self._on_edit_date_time_changed()

    def set_wall_time(self, wall: datetime) -> None:
        """Show a naive wall-clock time of the post's zone."""
        self.edit.setDateTime(
            QDateTime(
                QDate(wall.year, wall.month, wall.day),
                QTime(wall.hour, wall.minute),
                QTimeZone.utc(),
            )
        )

    def when(self) -> datetime:
        """The chosen time, aware, in the post's zone."""
        chosen = self.edit.dateTime()
        day, clock = chosen.date(), chosen.time()
        return datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=self.zone
        )

    @Slot()
    def _on_edit_date_time_changed(self) -> None:
        when = self.when()
        # A wall time in a spring-forward gap does not survive a round trip.
        real = when.astimezone(UTC).astimezone(self.zone)
        if real.replace(tzinfo=None) != when.replace(tzinfo=None):
            problem = (
                f"{when:%H:%M} does not exist on that day here (the clocks go forward): "
                "pick another time."
            )
        else:
            problem = ""
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.save_button.setEnabled(not problem)
