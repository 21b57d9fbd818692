"""The duplicate guard and the shingle index behind it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity
from dualdesk.core.guards.shingles import ShingleIndex, jaccard, shingle_set, tokens
from dualdesk.core.posts import PostState

from .conftest import make_context, post

SAID = "Hot take: rest is productive. Your worth isn't measured in output."


def test_exact_repeat_of_the_other_account_blocks(findings) -> None:
    context = make_context([post(Role.PERSONAL, SAID)])
    (finding,) = findings("  " + SAID.upper(), Role.PROFESSIONAL, Rule.DUPLICATE, context)
    assert finding.severity is Severity.BLOCK
    assert (finding.start, finding.end) == (2, 2 + len(SAID))
    assert "personal" in finding.message


def test_near_repeat_warns(findings) -> None:
    context = make_context([post(Role.PERSONAL, SAID)])
    near = "Hot take: rest IS productive. Your worth is not measured by output!"
    (finding,) = findings(near, Role.PROFESSIONAL, Rule.DUPLICATE, context)
    assert finding.severity is Severity.WARN


def test_queued_posts_count_and_cancelled_ones_do_not(findings) -> None:
    queued = make_context([post(Role.PERSONAL, SAID, days_ago=-1, state=PostState.QUEUED)])
    assert findings(SAID, Role.PROFESSIONAL, Rule.DUPLICATE, queued)
    cancelled = make_context([post(Role.PERSONAL, SAID, state=PostState.CANCELLED)])
    assert not findings(SAID, Role.PROFESSIONAL, Rule.DUPLICATE, cancelled)


def test_only_the_other_account_within_the_window_counts(findings) -> None:
    own = make_context([post(Role.PROFESSIONAL, SAID)])
    assert not findings(SAID, Role.PROFESSIONAL, Rule.DUPLICATE, own)
    old = make_context([post(Role.PERSONAL, SAID, days_ago=31)])
    assert not findings(SAID, Role.PROFESSIONAL, Rule.DUPLICATE, old)


def test_threshold_is_configurable(findings) -> None:
    loose = "Rest is productive, and your worth is never about output, hot take."
    strict = make_context([post(Role.PERSONAL, SAID)])
    assert not findings(loose, Role.PROFESSIONAL, Rule.DUPLICATE, strict)
    lenient = make_context([post(Role.PERSONAL, SAID)], near_duplicate=0.4)
    assert findings(loose, Role.PROFESSIONAL, Rule.DUPLICATE, lenient)


def test_unrelated_posts_sharing_common_words_are_not_duplicates(findings) -> None:
    context = make_context(
        [post(Role.PERSONAL, "I think the best part of the day is the morning.")]
    )
    text = "I think the hardest part of therapy is the first call."
    assert not findings(text, Role.PROFESSIONAL, Rule.DUPLICATE, context)


_LETTERS = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"]
_words = st.lists(st.sampled_from(_LETTERS), min_size=0, max_size=12)


@settings(max_examples=150, deadline=None)
@given(stored=st.lists(_words, max_size=30), query=_words, threshold=st.floats(0.05, 1.0))
def test_index_finds_exactly_what_a_full_scan_finds(stored, query, threshold) -> None:
    texts = [" ".join(w) for w in stored]
    index = ShingleIndex(texts)
    found = {m.item for m in index.near(" ".join(query), threshold)}
    qset = shingle_set(tokens(" ".join(query)))
    expected = {
        i
        for i, t in enumerate(texts)
        if len(query) >= 4
        and len(tokens(t)) >= 4
        and jaccard(qset, shingle_set(tokens(t))) >= threshold
    }
    assert found == expected


def test_a_post_with_invisible_characters_is_still_the_same_post(findings) -> None:
    # A post made in another app can carry a soft hyphen or a zero-width space mid-word.
    hidden = SAID.replace("productive", "pro\u00adduc\u200btive").replace("worth", "wo\ufeffrth")
    context = make_context([post(Role.PERSONAL, hidden)])
    (finding,) = findings(SAID, Role.PROFESSIONAL, Rule.DUPLICATE, context)
    assert finding.severity is Severity.BLOCK
    assert tokens(hidden) == tokens(SAID)
