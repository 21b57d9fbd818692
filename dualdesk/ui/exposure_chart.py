"""Charts of what an account's posting times show, and the dialog holding two.

A chart is a caption, the drawing of a core `ExposureReport` (see
`dualdesk.ui.exposure_canvas`) and the observer's guess in words.
Everything drawn is also given in words as the accessible description.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dualdesk.core.accounts import Profile
from dualdesk.core.exposure import ExposureReport, exposure_with_queued
from dualdesk.ui.account_band import AccountBand
from dualdesk.ui.exposure_canvas import ExposureCanvas
from dualdesk.ui.exposure_words import describe_report


class ExposureChart(QWidget):
    """One report: a caption, the drawing and the observer's guess in words."""

    def __init__(
        self,
        report: ExposureReport,
        caption: str,
        grid_peak: int | None = None,
        hist_peak: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.caption = QLabel(f"<b>{caption}</b> — {report.posts} posts", self)
        self.caption.setObjectName("caption")
        self.canvas = ExposureCanvas(report, grid_peak, hist_peak, self)
        self.sentence = QLabel(report.sentence(), self)
        self.sentence.setObjectName("sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("font-weight: 700;")
        description = describe_report(report)
        self.setAccessibleName(caption)
        self.setAccessibleDescription(description)
        self.canvas.setAccessibleName(f"{caption}: posts by weekday and hour")
        self.canvas.setAccessibleDescription(description)
        self.canvas.setToolTip(description)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.canvas)
        layout.addWidget(self.sentence)


_WHY = (
    "Anyone can see when your public posts went out. Laid out by hour, those "
    "times show when you are usually awake, and the longest quiet stretch looks "
    "like when you sleep. Over weeks they sketch your routines: when you start "
    "work, when you are home. Clients can read this as easily as anyone."
)
_WHAT = (
    "What dualdesk does about it: an account with posting windows (set in "
    "Settings) only posts inside them, so a post written at night waits for "
    "the morning; times are moved by a few minutes at random (jitter), kept off "
    "round minutes, and kept apart from your other account's posts."
)


class ExposureDialog(QDialog):
    """What one account's posting times show, before and with its queue."""

    def __init__(
        self,
        profile: Profile,
        reports: tuple[ExposureReport, ExposureReport],
        zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        title = f"What your posting times show — {profile.at_handle} ({profile.role.title})"
        self.setWindowTitle(title)
        self.band = AccountBand(profile, f"Times as read in {zone}", self)
        sent, queued = reports
        grid_peak = max(max(row) for report in reports for row in report.grid)
        hist_peak = max(max(report.hist) for report in reports)
        self.sent_chart = ExposureChart(sent, "Posted so far", grid_peak, hist_peak, self)
        self.queued_chart = ExposureChart(
            queued, "With queued posts added", grid_peak, hist_peak, self
        )
        charts = QHBoxLayout()
        charts.addWidget(self.sent_chart, 1)
        charts.addSpacing(16)
        charts.addWidget(self.queued_chart, 1)
        self.explanation = QLabel(f"{_WHY}<br><br>{_WHAT}", self)
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.band)
        layout.addLayout(charts)
        layout.addWidget(self.explanation)
        layout.addWidget(buttons)
        self.resize(900, 480)

    @classmethod
    def from_times(
        cls,
        profile: Profile,
        history: Iterable[datetime],
        queued: Iterable[datetime],
        zone: str,
        parent: QWidget | None = None,
    ) -> ExposureDialog:
        """Build the dialog from post instants (sent, and still queued).

        Raises:
            UnknownZone: `zone` is not a known time zone.
        """
        return cls(profile, exposure_with_queued(history, queued, zone), zone, parent)
