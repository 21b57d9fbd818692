"""Composition root of the window front: builds and wires everything."""

from __future__ import annotations

from dualdesk.cli import GuiOptions


def run(options: GuiOptions) -> int:
    """Open the main window and run until it closes."""
    raise NotImplementedError("the main window is being built")
