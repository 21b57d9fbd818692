"""The learned model's second opinion on a clinical warning from the rules.

When the clinical model reads a professional draft as clearly a general
point (teaching, research, advice), a rule's clinical *warning* becomes a
note: still underlined, but sending does not ask first. Only when the model
has really read the draft: enough of its words are ones the models weigh,
and it is not Spanish or a dialect the models never learned. A block is
never softened.
"""

from __future__ import annotations

from dataclasses import replace

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards import learned_weights as lw
from dualdesk.core.guards.learned import CLINICAL, draft_features
from dualdesk.core.guards.learned_gates import one_of_mine
from dualdesk.core.guards.learned_kept import died, said_to_me, unread
from dualdesk.core.guards.spanish_gate import spanish
from dualdesk.core.posts import Draft

#: The words the models weigh (unigrams of all three). A draft in a language
#: or dialect the models were not trained on is mostly made of other words.
KNOWN_WORDS = frozenset(
    gram
    for weights in (lw.CLINICAL_WEIGHTS, lw.WHEREABOUTS_WEIGHTS, lw.IDENTITY_LINK_WEIGHTS)
    for gram in weights
    if " " not in gram
)

#: The least share of a draft's distinct words the models must know before
#: their second opinion counts. Below it a low score says only that the words
#: were unfamiliar, not that the draft is a general point. Over the corpus 0.4%
#: of the posts outside part TB (written mostly in Spanish) fall below 0.35,
#: and 81 of TB's 88 posts do.
SECOND_OPINION_KNOWN_SHARE = 0.35


def known_share(grams: frozenset[str]) -> float:
    """Return the share of a draft's distinct words that the models weigh.

    Args:
        grams: the draft's features (`draft_features`).
    """
    unigrams = [g for g in grams if " " not in g and not g.startswith("<")]
    if not unigrams:
        return 1.0
    return len(KNOWN_WORDS.intersection(unigrams)) / len(unigrams)  # distinct: a set


#: Log-odds of the clinical model under which a rule's clinical warning on a
#: professional draft becomes a note. Chosen on the rules' first runs on
#: unseen parts (BENCHMARKS.md, "Second opinion"): it removes about a third
#: of their false alarms there for under one point of recall.
CLINICAL_SECOND_OPINION = -2.5


def soften(draft: Draft, findings: list[Finding]) -> list[Finding]:
    """Return findings with clinical warnings turned into notes when the model disagrees.

    Only on the professional account (where the model is trained), only for
    WARN (a clinical finding escalated to BLOCK by an identifier stays), and
    not on a warning about "one of my ..." (`learned_gates.one_of_mine`), someone
    quoted calling the author by title or a client's death (`learned_kept`), and
    only when the model scores the draft below CLINICAL_SECOND_OPINION having
    read it: at least SECOND_OPINION_KNOWN_SHARE of its words are ones the
    models weigh, and it is not written in Spanish (the models learned from
    English; a Spanish story shares enough English-looking words, "hoy",
    "caso", numbers, to pass the share and still be unread).
    """
    if draft.account is not Role.PROFESSIONAL or not any(
        f.rule is Rule.CLINICAL and f.severity is Severity.WARN for f in findings
    ):
        return findings
    if any(
        f.rule is Rule.CLINICAL
        and (
            one_of_mine(draft.text, f.start)
            or said_to_me(draft.text, f.start)
            or died(draft.text, f.start, f.end)
        )
        for f in findings
    ):
        return findings  # "one of my young people", "this kid said 'miss,", "lost a patient"
    grams = draft_features(draft)
    if CLINICAL.score(grams) >= CLINICAL_SECOND_OPINION:
        return findings
    if known_share(grams) < SECOND_OPINION_KNOWN_SHARE or spanish(draft.text.lower()):
        return findings
    if unread(draft.text):  # Patois: words the model never weighed
        return findings
    return [
        replace(
            f,
            severity=Severity.INFO,
            message="Probably a general point rather than a client story, but check: " + f.message,
        )
        if f.rule is Rule.CLINICAL and f.severity is Severity.WARN
        else f
        for f in findings
    ]
