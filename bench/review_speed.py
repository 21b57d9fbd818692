"""How long a full guard review of a tweet-sized draft takes with 10,000 posts of history.

Target: median <= 2 ms per review with the context warm (the index is built
once per context and cached; the composer reviews on every keystroke).

Run: python -m bench.review_speed [--history N] [--rounds N]
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta

from bench.guards_accuracy import DATA, load_examples
from dualdesk.core.accounts import Profile, Role
from dualdesk.core.guards import HistoryPost, ReviewContext, review
from dualdesk.core.guards.learned import draft_features
from dualdesk.core.guards.lexicon import emails, links, public_hits, sentence_stops
from dualdesk.core.guards.shingles import tokens
from dualdesk.core.guards.story_mentors import teachers_in
from dualdesk.core.posts import Draft, PostState

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
TARGET_MS = 2.0

PROFILES = {
    Role.PROFESSIONAL: Profile(
        role=Role.PROFESSIONAL,
        handle="drmayarivera",
        display_name="Dr. Maya Rivera, LMHC",
        email="maya@riveracounseling.com",
        markers=("Rivera Counseling", "riveracounseling.com"),
    ),
    Role.PERSONAL: Profile(role=Role.PERSONAL, handle="mayabakes_", email="mayabakes22@gmail.com"),
}

#: A 280-character professional draft that trips several guards at once.
DRAFT = (
    "Had a client today who finally said it out loud. Flying to Denver tomorrow for the "
    "conference, office closed Dec 24 through Jan 2. Hot take: rest is productive and your "
    "worth is not measured in output. New blog post: riveracounseling.com/blog/rest-and-worth "
    "#therapy #selfcare"
)[:280]

#: A client story in which phi's own patterns find nothing, so the reading of
#: names and places inside a story (`phi_story`) runs over the whole text.
STORY = (
    "Sat with a retired farmer this morning who told me the corn still standing in "
    "the field worries him more than the scan results. His daughter drove down from "
    "Sioux Center with pie, and we talked for an hour about the Sanborn feed mill he "
    "ran for forty years. Stays with you."
)
assert len(STORY) <= 280


def synthetic_history(count: int, seed: int = 7) -> list[HistoryPost]:
    """Return `count` posts of both accounts over 30 days, from the corpus vocabulary."""
    rng = random.Random(seed)
    examples = [
        ex for half in "abcdef" for ex in load_examples(DATA / f"guards_corpus_{half}.jsonl")
    ]
    words = sorted({w for ex in examples for w in ex.text.split()})
    posts = []
    for i in range(count):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(8, 45)))
        account = Role.PROFESSIONAL if i % 2 else Role.PERSONAL
        when = NOW - timedelta(minutes=rng.randint(0, 30 * 24 * 60))
        state = PostState.QUEUED if i % 10 == 0 else PostState.SENT
        posts.append(HistoryPost(account, text[:280], when, state))
    return posts


def forget_texts() -> None:
    """Empty the per-text caches, as a new keystroke would: every round reviews a fresh text."""
    links.cache_clear()
    emails.cache_clear()
    draft_features.cache_clear()
    tokens.cache_clear()
    public_hits.cache_clear()
    teachers_in.cache_clear()
    sentence_stops.cache_clear()


def timed(fn, rounds: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Return per-call times in milliseconds, each call on cold per-text caches."""
    out = []
    for _ in range(rounds):
        forget_texts()
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--history", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2_000)
    args = parser.parse_args(argv)

    history = synthetic_history(args.history)
    # The drafted text is also (nearly) in the personal history: the duplicate path runs fully.
    history.append(HistoryPost(Role.PERSONAL, DRAFT.replace("Hot take", "Honestly"), NOW))

    start = time.perf_counter()
    context = ReviewContext.build(PROFILES, history, now=NOW)
    context.warm()
    build_ms = (time.perf_counter() - start) * 1000

    drafts = {
        "professional, 280 chars, many findings": Draft(Role.PROFESSIONAL, DRAFT),
        "personal, same text": Draft(Role.PERSONAL, DRAFT),
        "professional, 280-char client story (identifiers read in the story)": Draft(
            Role.PROFESSIONAL, STORY
        ),
        "professional, benign 140 chars": Draft(
            Role.PROFESSIONAL,
            "A diagnosis is a tool for treatment, not a summary of who you are. "
            "Healing isn't linear, and that's okay.",
        ),
    }
    print(
        f"machine: {platform.processor() or platform.machine()}, {platform.system()}, "
        f"Python {platform.python_version()}"
    )
    print(f"history: {len(history)} posts; context build + index: {build_ms:.0f} ms (once)")
    main_rules = [f.rule.value for f in review(next(iter(drafts.values())), context)]
    print(f"findings on the main draft: {main_rules}")
    worst = 0.0
    for name, draft in drafts.items():
        review(draft, context)  # warm the caches
        times = timed(lambda d=draft: review(d, context), args.rounds)
        median = statistics.median(times)
        p95 = statistics.quantiles(times, n=20)[-1]
        worst = max(worst, median)
        print(f"{name}: median {median:.3f} ms, p95 {p95:.3f} ms, "
              f"ratio to {TARGET_MS} ms target {median / TARGET_MS:.2f}")  # fmt: skip
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
