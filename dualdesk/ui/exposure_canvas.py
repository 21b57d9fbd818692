"""The drawing of one exposure report: colours, geometry and painting.

A weekday × hour grid of post counts, the 24-hour histogram under it, and
the quiet stretch an observer would take for sleep marked on the hour axis.
The widget only paints a core `ExposureReport`; the words around it are in
`dualdesk.ui.exposure_chart`.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from dualdesk.core.exposure import ExposureReport
from dualdesk.core.timing_policy import WEEKDAY_NAMES
from dualdesk.ui.exposure_words import quiet_spans

EMPTY = QColor(0xF2, 0xF2, 0xF2)
_LIGHTEST = (0xC6, 0xD4, 0xE3)
_DARKEST = (0x10, 0x1E, 0x3A)
QUIET = QColor(0x8E, 0x5C, 0xC2)
_QUIET_WASH = QColor(0xEE, 0xE4, 0xF8)
_INK = QColor(0x33, 0x33, 0x33)

_LEFT, _RIGHT, _TOP = 36, 8, 4
_ROW, _BAND, _LABELS, _HIST, _LEGEND = 16, 8, 14, 60, 16


def shade(count: int, peak: int) -> QColor:
    """Return the fill for `count` posts when the busiest cell has `peak`.

    No posts is a pale grey; one post is already clearly darker, and the
    busiest cell is the darkest.
    """
    if count <= 0 or peak <= 0:
        return QColor(EMPTY)
    level = min(count, peak) / peak
    r, g, b = (round(lo + (hi - lo) * level) for lo, hi in zip(_LIGHTEST, _DARKEST, strict=True))
    return QColor(r, g, b)


class ExposureCanvas(QWidget):
    """Paints the grid, the quiet stretch on the hour axis and the histogram."""

    def __init__(
        self,
        report: ExposureReport,
        grid_peak: int | None = None,
        hist_peak: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.grid_peak = grid_peak or max(max(row) for row in report.grid)
        self.hist_peak = hist_peak or max(report.hist)
        height = _TOP + 7 * _ROW + 2 + _BAND + _LABELS + _HIST + 8 + _LEGEND + 4
        self.setMinimumSize(380, height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # -- geometry, public so tests and tools can find what they look at --

    def _cell_width(self) -> float:
        return (self.width() - _LEFT - _RIGHT) / 24

    def _x(self, minute_of_day: float) -> int:
        return round(_LEFT + minute_of_day / 60 * self._cell_width())

    def cell_rect(self, weekday: int, hour: int) -> QRect:
        """The grid cell of one weekday (0 = Monday) and hour."""
        x0, x1 = self._x(hour * 60), self._x((hour + 1) * 60)
        return QRect(x0, _TOP + weekday * _ROW, x1 - x0 - 1, _ROW - 1)

    def axis_rect(self, hour: int) -> QRect:
        """The strip of the hour axis under one hour, where quiet is marked."""
        x0, x1 = self._x(hour * 60), self._x((hour + 1) * 60)
        return QRect(x0, self._band_top(), x1 - x0, _BAND)

    def bar_rect(self, hour: int) -> QRect:
        """The histogram bar of one hour (empty height when no posts)."""
        x0, x1 = self._x(hour * 60), self._x((hour + 1) * 60)
        bottom = self._hist_top() + _HIST
        count = self.report.hist[hour]
        height = round(_HIST * count / self.hist_peak) if self.hist_peak else 0
        return QRect(x0 + 1, bottom - height, x1 - x0 - 2, height)

    def _band_top(self) -> int:
        return _TOP + 7 * _ROW + 2

    def _hist_top(self) -> int:
        return self._band_top() + _BAND + _LABELS

    # -- painting ---------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(_INK)
        font = painter.font()
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        self._paint_grid(painter)
        self._paint_axis(painter)
        self._paint_histogram(painter)
        self._paint_legend(painter)
        painter.end()

    def _paint_grid(self, painter: QPainter) -> None:
        for day, counts in enumerate(self.report.grid):
            label = QRect(0, _TOP + day * _ROW, _LEFT - 4, _ROW)
            painter.drawText(
                label,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                WEEKDAY_NAMES[day],
            )
            for hour, count in enumerate(counts):
                painter.fillRect(self.cell_rect(day, hour), shade(count, self.grid_peak))

    def _paint_axis(self, painter: QPainter) -> None:
        top = self._band_top()
        for start, end in quiet_spans(self.report.inferred_quiet):
            painter.fillRect(
                QRect(self._x(start), top, self._x(end) - self._x(start), _BAND), QUIET
            )
            wash = QRect(self._x(start), self._hist_top(), self._x(end) - self._x(start), _HIST)
            painter.fillRect(wash, _QUIET_WASH)
        painter.drawLine(_LEFT, top + _BAND, self._x(24 * 60), top + _BAND)
        for hour in range(0, 24, 3):
            x = self._x(hour * 60)
            painter.drawLine(x, top + _BAND, x, top + _BAND + 3)
            painter.drawText(
                QRect(x - 12, top + _BAND + 1, 24, _LABELS),
                int(Qt.AlignmentFlag.AlignCenter),
                f"{hour:02d}",
            )

    def _paint_histogram(self, painter: QPainter) -> None:
        for hour, count in enumerate(self.report.hist):
            if count:
                painter.fillRect(self.bar_rect(hour), shade(count, self.hist_peak))
        bottom = self._hist_top() + _HIST
        painter.drawLine(_LEFT, bottom, self._x(24 * 60), bottom)
        painter.drawText(
            QRect(0, self._hist_top(), _LEFT - 4, _HIST),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            "all",
        )

    def _paint_legend(self, painter: QPainter) -> None:
        top = self._hist_top() + _HIST + 8
        x = _LEFT
        for level in (0, 1, 2, 3, 4):
            painter.fillRect(QRect(x, top + 3, 12, 10), shade(level, 4))
            x += 14
        text = "darker = more posts"
        painter.drawText(QRect(x + 4, top, 150, _LEGEND), int(Qt.AlignmentFlag.AlignVCenter), text)
        if self.report.inferred_quiet is not None:
            x += 160
            painter.fillRect(QRect(x, top + 3, 20, 10), QUIET)
            painter.drawText(
                QRect(x + 24, top, self.width() - x - 24, _LEGEND),
                int(Qt.AlignmentFlag.AlignVCenter),
                "looks like sleep",
            )
