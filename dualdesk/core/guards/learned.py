"""A learned backstop for the clinical, whereabouts and identity_link rules.

The pattern rules miss wordings they were never shown (a new profession,
country or dialect). A small logistic regression over word unigrams and
bigrams, trained on the labelled corpus (`bench/train_guard_model.py`,
weights in the generated `learned_weights.py`), catches part of what they
miss. It is consulted for a rule that did not fire: `review` adds its finding
when the rule found nothing. The finding is a warning on the sentence that
contributes most to the score. It also gives a second opinion on a clinical
*warning* from the rules: when it reads the draft as clearly a general point
(teaching, research, advice), the warning becomes a note, still
underlined but not asking for confirmation (`learned_second_opinion`). A
block is never softened.

Whereabouts are judged on the professional account only: like the rule,
they concern only that account. Clinical is judged on both, against a
threshold of its own on the personal account (`CLINICAL_PERSONAL_THRESHOLD`):
there the rule needs a clinical setting word and a bag of words cannot
always tell "the kid next door told me a joke" from a client story, but on
voices the rules had never read it caught about half of the personal client
stories they missed, for about 1% false alarms (BENCHMARKS.md). identity_link is
judged on the personal account only, and only on a draft that speaks of
work or care at all (`learned_features.WORK_FIELD`): a post that gives away
the user's profession in words the rules have not met ("renewed my
registration, being a psych here is not cheap"). On the professional
account that rule looks for the personal profile's own markers, which the
rules match exactly.

The whereabouts model is not asked about a practice notice, and needs a
wider margin on a draft the rules read as a client story (`learned_gates`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from math import fsum

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards import learned_weights as lw
from dualdesk.core.guards.learned_features import (
    account_token,
    features,
    mentions_work,
    sentences,
)
from dualdesk.core.guards.learned_gates import clinical_margin, whereabouts_margin
from dualdesk.core.guards.learned_own_people import personal_clinical_margin
from dualdesk.core.posts import Draft


@dataclass(frozen=True)
class LearnedModel:
    """One rule's weights, bias and firing threshold (all on the log-odds scale)."""

    rule: Rule
    weights: Mapping[str, float]
    bias: float
    threshold: float
    what: str
    why: str
    advice: str
    #: The threshold on personal drafts, for a model also asked about those.
    personal_threshold: float | None = None

    def score(self, grams: frozenset[str]) -> float:
        """Return the log-odds that a draft with these features breaks the rule."""
        get = self.weights.get
        # fsum: exact, so the result does not depend on the set's (hash-seeded) order;
        # a plain sum could land either side of the threshold from one run to the next.
        return fsum((self.bias, *map(get, grams, repeat(0.0))))

    def strongest_sentence(self, text: str) -> tuple[int, int]:
        """Return the span of the sentence whose features weigh most."""
        get = self.weights.get
        best, best_span = float("-inf"), (0, len(text))
        for start, end in sentences(text):
            weight = fsum(get(g, 0.0) for g in set(features(text[start:end])))
            if weight > best:
                best, best_span = weight, (start, end)
        return best_span

    def check(self, draft: Draft, grams: frozenset[str], extra: float = 0.0) -> list[Finding]:
        """Return one warn finding if the score reaches the threshold, else nothing.

        Args:
            draft: the draft.
            grams: its features (`draft_features`), computed once per draft.
            extra: log-odds added to the threshold (`learned_gates`).
        """
        threshold = self.threshold + extra
        if draft.account is not Role.PROFESSIONAL and self.personal_threshold is not None:
            threshold = self.personal_threshold + extra
        if self.score(grams) < threshold:
            return []
        start, end = self.strongest_sentence(draft.text)
        return [
            Finding(
                rule=self.rule,
                severity=Severity.WARN,
                start=start,
                end=end,
                message=f"This reads like {self.what}: "
                f"\u201c{draft.text[start:end].rstrip('.!? ')}\u201d. {self.why}",
                advice=self.advice,
            )
        ]


@lru_cache(maxsize=8)
def draft_features(draft: Draft) -> frozenset[str]:
    """Return the distinct features of a draft: its n-grams and its account token.

    Kept for the last few drafts: one review may ask for them twice (the
    backstop for a rule that did not fire, the second opinion on one that did).
    """
    return frozenset([*features(draft.text), account_token(draft.account)])


#: Log-odds at which the clinical model warns on a *personal* draft, chosen in
#: training like the other thresholds: the lowest that fires on at most 1% of
#: the personal posts without a client story, each scored by a model trained
#: without its part.
CLINICAL_PERSONAL_THRESHOLD = lw.CLINICAL_PERSONAL_THRESHOLD


CLINICAL = LearnedModel(
    rule=Rule.CLINICAL,
    weights=lw.CLINICAL_WEIGHTS,
    bias=lw.CLINICAL_BIAS,
    threshold=lw.CLINICAL_THRESHOLD,
    personal_threshold=CLINICAL_PERSONAL_THRESHOLD,
    what="a story about a specific client or session",
    why="Masked or not, the client may recognise themselves.",
    advice=(
        "Don't post about clients, even disguised. Make a general point instead "
        "(\u201cmany people find…\u201d), or keep it for supervision."
    ),
)

WHEREABOUTS = LearnedModel(
    rule=Rule.WHEREABOUTS,
    weights=lw.WHEREABOUTS_WEIGHTS,
    bias=lw.WHEREABOUTS_BIAS,
    threshold=lw.WHEREABOUTS_THRESHOLD,
    what="a remark about where you are or what you are doing",
    why="On your public professional account that tells strangers where to find you.",
    advice="Move this to the Personal pane, or leave out where and when you are.",
)


IDENTITY_LINK = LearnedModel(
    rule=Rule.IDENTITY_LINK,
    weights=lw.IDENTITY_LINK_WEIGHTS,
    bias=lw.IDENTITY_LINK_BIAS,
    threshold=lw.IDENTITY_LINK_THRESHOLD,
    what="a post that gives away your profession",
    why="Anyone who reads your personal account could tie it to your professional one.",
    advice=(
        "Leave out what you do for a living, your credentials and your clients "
        "on the Personal pane."
    ),
)


def check(draft: Draft, fired: set[Rule]) -> list[Finding]:
    """Return the model's findings for the rules in its care that did not fire.

    Args:
        draft: the text and the account it is written in.
        fired: the rules the pattern guards already reported on this draft.

    Returns:
        On the professional account at most one clinical and one whereabouts
        warning; on the personal account at most one clinical and one
        identity_link warning.
    """
    findings: list[Finding] = []
    if draft.account is not Role.PROFESSIONAL:
        # a margin only raises the threshold: read the draft for one only when it matters
        grams = draft_features(draft) if Rule.CLINICAL not in fired else frozenset()
        if grams and CLINICAL.score(grams) >= CLINICAL_PERSONAL_THRESHOLD:
            findings += CLINICAL.check(draft, grams, personal_clinical_margin(draft.text))
        if Rule.IDENTITY_LINK not in fired and mentions_work(draft.text):
            findings += IDENTITY_LINK.check(draft, draft_features(draft))
        return findings
    want_clinical = Rule.CLINICAL not in fired
    want_whereabouts = Rule.WHEREABOUTS not in fired
    if not (want_clinical or want_whereabouts):
        return findings
    grams = draft_features(draft)
    if want_clinical and CLINICAL.score(grams) >= CLINICAL.threshold:
        findings += CLINICAL.check(draft, grams, clinical_margin(draft.text))
    if want_whereabouts and (skip := whereabouts_margin(draft.text, fired)) is not None:
        findings += WHEREABOUTS.check(draft, grams, skip)
    return findings
