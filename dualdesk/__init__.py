"""dualdesk: two X accounts, kept apart."""

__version__ = "0.1.0"
