"""How far apart two pane colours look, so the panes cannot be mistaken for each other.

Colour is never the only sign of the account (every pane also says its
name), but two panes in nearly the same colour defeat the point of
colouring them. The distance is CIE76 (Euclidean in CIE L*a*b*), where about
2.3 is the smallest difference people notice side by side.
"""

from __future__ import annotations

#: Pane colours closer than this (CIE76) read as one colour at a glance.
MIN_PANE_DISTANCE = 20.0


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(colour: str) -> tuple[float, float, float]:
    """Return the CIE L*a*b* (D65) of an #RRGGBB colour."""
    r, g, b = (_linear(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def colour_distance(first: str, second: str) -> float:
    """Return the CIE76 difference between two #RRGGBB colours (0: the same)."""
    a, b = _lab(first), _lab(second)
    return float(sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) ** 0.5)


def too_alike(first: str, second: str) -> bool:
    """Whether two pane colours would read as one colour at a glance."""
    return colour_distance(first, second) < MIN_PANE_DISTANCE
