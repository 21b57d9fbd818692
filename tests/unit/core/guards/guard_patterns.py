"""The guards' compiled patterns, collected for tests that check every one of them."""

from __future__ import annotations

import importlib
import pkgutil
import re

from dualdesk.core import guards
from dualdesk.core.guards.lexicon import Folding


def _module_values() -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    for info in pkgutil.iter_modules(guards.__path__):
        module = importlib.import_module(f"dualdesk.core.guards.{info.name}")
        for name, value in vars(module).items():
            for item in value if isinstance(value, tuple) else (value,):
                found.append((f"{info.name}.{name}", item))
    return found


def folded_patterns() -> list[tuple[str, Folding]]:
    """Every module-level Folding, once, with the name it has where it is defined."""
    found: dict[int, tuple[str, Folding]] = {}
    for name, item in _module_values():
        if isinstance(item, Folding):
            found.setdefault(id(item), (name, item))
    return list(found.values())


def all_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every module-level pattern and each Folding's twin for lower-cased text, as written.

    Compiled afresh by `re.compile`, so a test can compare them with their rebuilt forms.
    """
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for name, item in _module_values():
        pattern = item.pattern if isinstance(item, Folding) else item
        if isinstance(item, Folding):
            lower = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
            found[id(item)] = (f"{name} (lower-cased)", lower)
        if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str):
            plain = re.compile(pattern.pattern, pattern.flags)  # as written, not as rebuilt
            found.setdefault(id(pattern), (name, plain))
    return list(found.values())
