"""The review-speed benchmark times every round on a text the guards have not cached."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from typing import Any

from bench.review_speed import DRAFT, NOW, PROFILES, forget_texts
from dualdesk.core import guards
from dualdesk.core.accounts import Role
from dualdesk.core.guards import ReviewContext, review
from dualdesk.core.posts import Draft


def _text_caches() -> Iterator[tuple[str, Any]]:
    """Every per-text cache in the guards: a cached function whose first argument is a text."""
    for info in pkgutil.iter_modules(guards.__path__):
        module = importlib.import_module(f"{guards.__name__}.{info.name}")
        for name, fn in vars(module).items():
            if (
                not hasattr(fn, "cache_clear")
                or getattr(fn, "__module__", None) != module.__name__
            ):
                continue
            params = list(inspect.signature(fn).parameters)
            if params and params[0] in {"text", "draft"}:
                yield f"{module.__name__}.{name}", fn


def test_the_guards_have_per_text_caches_to_forget() -> None:
    names = {name for name, _ in _text_caches()}
    assert "dualdesk.core.guards.story_mentors.teachers_in" in names
    assert "dualdesk.core.guards.lexicon.public_hits" in names


def test_forget_texts_empties_every_per_text_cache() -> None:
    context = ReviewContext.build(PROFILES, [], now=NOW)
    review(Draft(Role.PROFESSIONAL, DRAFT), context)
    forget_texts()
    kept = [name for name, fn in _text_caches() if fn.cache_info().currsize]
    assert kept == [], f"bench.review_speed.forget_texts does not clear {kept}"
