"""How long the composer's character count takes per keystroke.

The count runs on the window's thread on every edit. A plain text is
counted directly; one that may hold a link (or has double-weight
characters) goes through X's own parser, piece by piece, and a keystroke
parses again only the piece it changed. So two cases are timed: a
keystroke (one character typed at the end of a draft counted just before)
and a paste (a text never counted, every piece parsed). Times are the
thread's CPU time, which a busy machine disturbs less than the wall clock.

Run: python -m bench.bench_text_length
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from bench.guards_accuracy import DATA, load_examples
from dualdesk.core.text_length import _LAST_LIGHT, _LINK_HINT, _parser, _weight, measure

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _median_ms(fn: Callable[[int], object], runs: int) -> float:
    """Median CPU milliseconds of `fn(i)` over `runs` calls."""
    times = []
    for i in range(runs):
        start = time.thread_time()
        fn(i)
        times.append((time.thread_time() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    """Print median times of `measure` for a keystroke and a paste, beside X's parser alone."""
    parse = _parser()
    # Real posts, so that no two pieces of a long draft are alike (a repeated
    # sentence would make a paste look cheaper than it is).
    posts = [
        ex.text for part in "abc" for ex in load_examples(DATA / f"guards_corpus_{part}.jsonl")
    ]
    plain = " ".join(p for p in posts if max(p) <= _LAST_LIGHT and not _LINK_HINT.search(p))
    linked = " ".join(posts)
    assert _LINK_HINT.search(linked[:279]) and len(plain) > 10_000
    for name, source in (("plain", plain), ("with a link", linked)):
        for size in (280, 1_000, 10_000):
            base = source[: size - 1]
            runs = 200 if size <= 1_000 else 30

            def keystroke(i: int, base: str = base) -> None:
                measure(base + LETTERS[i % 26])

            def paste(i: int, base: str = base) -> None:
                _weight.cache_clear()
                measure(base + LETTERS[i % 26])

            measure(base)  # the draft as it was before the keystroke
            typed = _median_ms(keystroke, runs)
            pasted = _median_ms(paste, runs)

            def whole(i: int, base: str = base) -> None:
                parse(base + LETTERS[i % 26])

            xs = _median_ms(whole, runs)
            print(
                f"{name}, {size} chars: keystroke {typed:.3f} ms, paste {pasted:.3f} ms "
                f"(X's parser alone {xs:.3f} ms; ratios {typed / xs:.3f} and {pasted / xs:.3f})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
