"""The PySide6 front: windows, panes, dialogs and the task runner."""
