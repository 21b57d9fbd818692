"""Colours and style sheets for the account panes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def text_on(background: str) -> str:
    """Return black or white, whichever reads better on `background`."""
    colour = QColor(background)

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )
    # Pick the higher WCAG contrast ratio.
    return "#000000" if (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) else "#FFFFFF"


def tint(colour: str, amount: float = 0.88) -> str:
    """Return `colour` mixed with white: a light wash for the pane body."""
    c = QColor(colour)
    r = round(c.red() + (255 - c.red()) * amount)
    g = round(c.green() + (255 - c.green()) * amount)
    b = round(c.blue() + (255 - c.blue()) * amount)
    return QColor(r, g, b).name()


def pane_style(colour: str) -> str:
    """Return the style sheet of one account pane in its colour."""
    fg = text_on(colour)
    return f"""
        QFrame#pane {{ border: 6px solid {colour}; border-radius: 8px;
                       background: {tint(colour, 0.93)}; }}
        QFrame#band {{ background: {colour}; border: none; border-radius: 0px; }}
        QFrame#band QLabel {{ color: {fg}; background: transparent; }}
        QLabel#role {{ font-size: 18pt; font-weight: 800; letter-spacing: 2px; }}
        QLabel#sandbox {{ border: 2px dashed {fg}; padding: 2px 6px; font-weight: 700; }}
        QPushButton#post {{ background: {colour}; color: {fg}; font-weight: 700;
                            padding: 6px 14px; border-radius: 4px; }}
        QPushButton#post:disabled {{ background: #C8C8C8; color: #555555; }}
    """


def set_style(widget: QWidget, sheet: str) -> None:
    """Give `widget` its own style sheet, unless it already has exactly that one.

    Setting a sheet, even an empty one, re-polishes the widget under a styled
    pane; the panes set theirs on every refresh, mostly to the same text.
    """
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
