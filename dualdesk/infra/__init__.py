"""Adapters that implement core's ports."""
