"""The role icons, drawn from SVG kept in code (no files to look up)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from dualdesk.core.accounts import Role

# A briefcase for the practice, a house for private life.
_SVG = {
    Role.PROFESSIONAL: """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">
<path fill="{fg}" d="M9 3h6a2 2 0 0 1 2 2v2h3a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V9
a2 2 0 0 1 2-2h3V5a2 2 0 0 1 2-2zm0 2v2h6V5H9zm-5 4v4h16V9H4zm0 6v4h16v-4h-6v1h-4v-1H4z"/>
</svg>""",
    Role.PERSONAL: """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">
<path fill="{fg}" d="M12 2.5 1.5 11.5l1.3 1.5L4 12v9h6v-6h4v6h6v-9l1.2 1 1.3-1.5L12 2.5z
M18 19h-2v-6H8v6H6v-8.7l6-5.1 6 5.1V19z"/>
</svg>""",
}


def role_pixmap(role: Role, colour: str, size: int = 28) -> QPixmap:
    """Return the role's icon drawn in `colour` at `size` pixels."""
    renderer = QSvgRenderer(QByteArray(_SVG[role].format(fg=colour).encode()))
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def role_icon(role: Role, colour: str) -> QIcon:
    """Return the role's icon as a QIcon."""
    return QIcon(role_pixmap(role, colour, 64))
