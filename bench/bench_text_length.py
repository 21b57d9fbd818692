"""How long the composer's character count takes per keystroke.

The count runs on the window's thread on every edit. A plain text is
counted directly; one that may hold a link (or has double-weight
characters) goes through X's own parser.

Run: python -m bench.bench_text_length
"""

from __future__ import annotations

import sys
import timeit
from functools import partial

from dualdesk.core.text_length import _parser, measure

SENTENCE = "Sleep is a skill you can practise, not a trait you were born with. "
LINKED = "More on sleep at riverpractice.org/blog, and why rest is not laziness. "


def main() -> int:
    """Print the median time of `measure` for plain and linked drafts of several lengths."""
    parse = _parser()
    for name, unit in (("plain", SENTENCE), ("with a link", LINKED)):
        for size in (280, 1_000, 10_000):
            text = (unit * (size // len(unit) + 1))[:size]
            runs = 200 if size <= 1_000 else 20
            ours = min(timeit.repeat(partial(measure, text), number=runs, repeat=5)) / runs
            xs = min(timeit.repeat(partial(parse, text), number=runs, repeat=5)) / runs
            print(
                f"{name}, {size} chars: {ours * 1e3:.3f} ms "
                f"(X's parser alone {xs * 1e3:.3f} ms, ratio {ours / xs:.3f})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
