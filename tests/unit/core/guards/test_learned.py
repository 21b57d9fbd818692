"""The learned backstop for the clinical and whereabouts rules."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bench.train_guard_model import HELD_OUT, MODELLED, Row, digest, load_rows, train, tuned_rows
from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards import ReviewContext, learned, review
from dualdesk.core.guards import learned_second_opinion as second_opinion
from dualdesk.core.guards import learned_weights as lw
from dualdesk.core.guards.learned_features import features, mentions_work, sentences
from dualdesk.core.posts import Draft

# Written for these tests, not taken from the corpus.
STORY = "Sat with a young widower this afternoon. He laughed for the first time since the funeral."
ERRAND = "Grabbing a flat white at the station before the train to Leeds."
BENIGN = "New research on sleep and anxiety is worth a read: small changes add up."


def _context() -> ReviewContext:
    profiles = {
        Role.PROFESSIONAL: Profile(role=Role.PROFESSIONAL, handle="drlee", email="lee@clinic.com"),
        Role.PERSONAL: Profile(role=Role.PERSONAL, handle="lee_bakes", email="lee@gmail.com"),
    }
    return ReviewContext.build(profiles, [], now=datetime(2026, 11, 26, 12, tzinfo=UTC))


def test_features_are_lowercased_unigrams_and_bigrams_with_straight_apostrophes() -> None:
    assert features("She DIDN\u2019T come.") == [
        "she",
        "didn't",
        "come",
        "<s> she",
        "she didn't",
        "didn't come",
    ]


def test_sentences_are_stripped_spans() -> None:
    text = "One.  Two here!\nThree"
    assert [text[s:e] for s, e in sentences(text)] == ["One.", "Two here!", "Three"]


def test_model_warns_on_an_unseen_client_story_with_the_sentence_as_span() -> None:
    found = learned.check(Draft(Role.PROFESSIONAL, STORY), set())
    assert [f.rule for f in found] == [Rule.CLINICAL]
    f = found[0]
    assert f.severity is Severity.WARN
    assert f.message.startswith("This reads like a story about a specific client")
    assert (f.start, f.end) in sentences(STORY)
    assert f.advice.startswith("Don't post about clients")


def test_model_warns_on_an_unseen_errand_on_the_professional_account() -> None:
    pro = learned.check(Draft(Role.PROFESSIONAL, ERRAND), set())
    assert [f.rule for f in pro] == [Rule.WHEREABOUTS]
    assert "Personal pane" in pro[0].advice
    assert learned.check(Draft(Role.PERSONAL, ERRAND), set()) == []


def test_clinical_model_judges_a_personal_draft_against_its_personal_threshold() -> None:
    model = learned.LearnedModel(
        Rule.CLINICAL, {"widower": 2.0}, 0.0, 3.0, "a story", "y", "z", personal_threshold=1.0
    )
    text = "Sat with a widower today."
    grams = learned.draft_features(Draft(Role.PERSONAL, text))
    assert [f.rule for f in model.check(Draft(Role.PERSONAL, text), grams)] == [Rule.CLINICAL]
    assert model.check(Draft(Role.PROFESSIONAL, text), grams) == []


def test_clinical_model_warns_on_a_client_story_on_the_personal_account() -> None:
    found = learned.check(Draft(Role.PERSONAL, STORY), set())
    assert [f.rule for f in found] == [Rule.CLINICAL]
    assert learned.check(Draft(Role.PERSONAL, STORY), {Rule.CLINICAL}) == []


def test_model_warns_when_a_personal_post_gives_the_profession_away() -> None:
    text = "paid the registration fee to keep being a psych for another year. ouch"
    found = learned.check(Draft(Role.PERSONAL, text), set())
    assert [f.rule for f in found] == [Rule.IDENTITY_LINK]
    assert found[0].severity is Severity.WARN
    assert "profession" in found[0].message and "Personal pane" in found[0].advice


@pytest.mark.parametrize(
    "text",
    [
        "Baked sourdough, walked the dog, napped. Perfect Sunday.",
        "my sister is a nurse and she says the night shifts are brutal",
        "Our book club picked a thriller about a psychiatrist this month, can't wait",
        "The kid next door told me a joke about a penguin and I'm still laughing",
    ],
)
def test_model_is_quiet_on_personal_life_and_other_peoples_jobs(text: str) -> None:
    assert learned.check(Draft(Role.PERSONAL, text), set()) == []


@pytest.mark.parametrize(
    "text",
    [
        "Coffee is the only thing keeping me sane this week",
        "my 6am swim is the only thing keeping me sane",
    ],
)
def test_identity_model_is_not_asked_about_a_post_that_never_speaks_of_work(text: str) -> None:
    # Three training posts pair a caseload with "the only thing keeping me sane":
    # the phrase alone weighs toward a link, so the model waits for a word of work.
    assert not mentions_work(text)
    assert learned.check(Draft(Role.PERSONAL, text), set()) == []


def test_identity_model_is_not_asked_about_professional_posts() -> None:
    text = "paid the registration fee to keep being a psych for another year. ouch"
    found = learned.check(Draft(Role.PROFESSIONAL, text), set())
    assert Rule.IDENTITY_LINK not in {f.rule for f in found}


def test_identity_model_adds_nothing_when_the_rule_already_fired() -> None:
    text = "paid the registration fee to keep being a psych for another year. ouch"
    assert learned.check(Draft(Role.PERSONAL, text), {Rule.IDENTITY_LINK}) == []


def test_model_no_longer_reads_slides_of_my_talk_as_whereabouts() -> None:
    # Was a known false alarm until parts ZM-ZX were in the training data.
    text = "Slides from my talk are up on the blog"
    assert learned.check(Draft(Role.PROFESSIONAL, text), set()) == []


@pytest.mark.parametrize(
    "text",
    [
        "my day job is mostly spreadsheets and cold coffee",
        "my sister is training as a nurse and loves it",
    ],
)
def test_model_no_longer_reads_these_as_the_users_own_job(text: str) -> None:
    # Known false alarms of the model: the first trained up to YM-YR, quiet since YS-YX
    # joined; the sister training as a nurse (from NA-NF) quiet since MA-MF joined.
    assert learned.check(Draft(Role.PERSONAL, text), set()) == []


@pytest.mark.parametrize(
    "text",
    [
        "Conference slides are up on the blog",
    ],
)
def test_model_no_longer_reads_these_as_the_job_or_whereabouts(text: str) -> None:
    # A known false alarm of the model trained up to UA-UF; quiet since TA-TF joined.
    assert learned.check(Draft(Role.PROFESSIONAL, text), set()) == []
    assert learned.check(Draft(Role.PERSONAL, text), set()) == []


def test_model_is_quiet_on_a_general_professional_post() -> None:
    assert learned.check(Draft(Role.PROFESSIONAL, BENIGN), set()) == []
    assert review(Draft(Role.PROFESSIONAL, BENIGN), _context()) == []


@pytest.mark.xfail(
    strict=True,
    reason="a bag of words reads 'the weekend' as whereabouts, 'with her, she said' and "
    "'a client cries in session, she' as a story, 'being a psych', 'the psych ward', "
    "'my mental health', 'if you're a therapist', 'twelve years as' as the user's own "
    "job, 'at capacity right now' as the job, a relative's nursing as the user's own job; "
    "since the clinical model reads personal drafts, the two 'she' sentences are stories "
    "on that account too, and so are 'the kid next door told me ... today' and 'my "
    "therapist said she was proud of me today'",
)
@pytest.mark.parametrize(
    "text",
    [
        # quiet while QA-QF were the newest part of the training, whereabouts again with PA-PF
        "Reading list for the weekend: three gentle books",
        "Be patient with her, she said, and I was.",
        "When a client cries in session, she may feel ashamed. Normalise it.",
        "being a psych major was a mistake, ask me how",
        "working on my mental health this year means fewer late nights",
        "if you're a therapist, the waiting list in this town is enormous for you lot",
        # quiet from XG-XL until XM-XR joined: "N years as a psychologist" is in its training
        "twelve years as a school governor and I still dread the budget meeting",
        "I'm at capacity right now, but the directory lists others.",
        # quiet (by a hair: 1.05 against 1.12) until SA-SF joined
        "the kid next door told me a joke today",
        # "psych ward" as the author's own job: quiet from YS-YX until PA-PF joined, and
        # from MA-MF until LA-LF joined
        "my brother spent three weeks on the psych ward last year and came out lighter",
        # a story on and off since YG-YL: quiet from RA-RF until QA-QF joined (on the
        # personal account the margin for the author's own therapy keeps it quiet)
        "my therapist said she was proud of me today",
        # the user's own job on the personal account: quiet from XS-XX and WA-WF until
        # NA-NF joined
        "a nurse by trade, my aunt still checks everyone's pulse at dinner",
    ],
)
def test_known_false_alarms_of_the_model(text: str) -> None:
    assert learned.check(Draft(Role.PROFESSIONAL, text), set()) == []
    assert learned.check(Draft(Role.PERSONAL, text), set()) == []


def test_model_adds_nothing_for_a_rule_that_already_fired() -> None:
    assert learned.check(Draft(Role.PROFESSIONAL, STORY), {Rule.CLINICAL}) == []
    text = "Had a client today who finally said it out loud."
    found = review(Draft(Role.PROFESSIONAL, text), _context())
    clinical = [f for f in found if f.rule is Rule.CLINICAL]
    assert len(clinical) == 1
    assert not clinical[0].message.startswith("This reads like")


def test_review_without_backstop_is_the_rules_alone() -> None:
    draft = Draft(Role.PROFESSIONAL, STORY)
    with_model = {f.rule for f in review(draft, _context())}
    rules_only = {f.rule for f in review(draft, _context(), backstop=False)}
    assert Rule.CLINICAL in with_model
    assert rules_only <= with_model


STALE = "learned_weights.py is stale: run python -m bench.train_guard_model --write"


@pytest.fixture(scope="module")
def corpus_rows() -> list[Row]:
    return load_rows(with_rules=False)


def test_generated_weights_were_trained_on_todays_corpus_and_trainer(
    corpus_rows: list[Row],
) -> None:
    assert digest(corpus_rows) == lw.TRAINED_ON, STALE


def test_digest_changes_with_a_label_or_a_post(corpus_rows: list[Row]) -> None:
    tuned = tuned_rows(corpus_rows)
    first = tuned[0]
    relabelled = replace(first, labels=first.labels ^ {Rule.CLINICAL.value})
    moved = replace(first, grams=first.grams | {"an extra word"})
    base = digest(corpus_rows)
    assert digest([relabelled, *tuned[1:]]) != base
    assert digest([moved, *tuned[1:]]) != base
    assert digest(tuned[1:]) != base
    held = next(r for r in corpus_rows if r.part in HELD_OUT)
    assert digest([r for r in corpus_rows if r is not held]) == base


@pytest.mark.parametrize("rule", MODELLED, ids=lambda r: r.value)
def test_generated_weights_are_what_training_gives(corpus_rows: list[Row], rule: Rule) -> None:
    # The thresholds come from a leave-one-part-out search (minutes; `--check`
    # runs it); the weights and bias are one fit on the tuned parts.
    model = train(rule, tuned_rows(corpus_rows))
    name = rule.value.upper()
    assert getattr(lw, f"{name}_BIAS") == model.bias, STALE
    assert getattr(lw, f"{name}_WEIGHTS") == model.weights, STALE


def _clinical(severity: Severity, text: str) -> Finding:
    return Finding(Rule.CLINICAL, severity, 0, len(text), "A client story?", "Don't.")


# Written for these tests: teaching posts the model reads as general points.
TEACHING = (
    "Tip for trainees: write progress notes as if the person will read them, because they can."
)


def test_second_opinion_turns_a_clinical_warning_on_a_general_point_into_a_note() -> None:
    draft = Draft(Role.PROFESSIONAL, TEACHING)
    [note] = second_opinion.soften(draft, [_clinical(Severity.WARN, TEACHING)])
    assert note.severity is Severity.INFO
    assert note.message.startswith("Probably a general point")
    assert note.message.endswith("A client story?")


def test_second_opinion_keeps_warnings_on_stories_blocks_and_other_rules() -> None:
    story = Draft(Role.PROFESSIONAL, STORY)
    warn = _clinical(Severity.WARN, STORY)
    assert second_opinion.soften(story, [warn]) == [warn]
    teaching = Draft(Role.PROFESSIONAL, TEACHING)
    block = _clinical(Severity.BLOCK, TEACHING)
    where = Finding(Rule.WHEREABOUTS, Severity.WARN, 0, 3, "Where?", "Move it.")
    assert second_opinion.soften(teaching, [block, where]) == [block, where]


def test_second_opinion_leaves_the_personal_account_to_the_rules() -> None:
    warn = _clinical(Severity.WARN, TEACHING)
    assert second_opinion.soften(Draft(Role.PERSONAL, TEACHING), [warn]) == [warn]


# Written for these tests: client stories in languages the models were not trained on.
UNREAD = [
    "Minha paciente das 17h chegou hoje chorando e disse que conseguiu sair de casa sozinha.",
    "La mia paziente delle cinque oggi mi ha detto che ha preso la metro da sola.",
]


@pytest.mark.parametrize("text", UNREAD)
def test_second_opinion_does_not_soften_a_draft_in_words_it_has_not_read(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = Draft(Role.PROFESSIONAL, text)
    # Whatever today's weights score it (the corpus taught the model some Spanish,
    # so "la", "mi" and "paciente" count as known words)...
    monkeypatch.setattr(second_opinion, "CLINICAL_SECOND_OPINION", math.inf)
    # ...a draft with no English in it is unread, so the rules' warning stands.
    warn = _clinical(Severity.WARN, text)
    assert second_opinion.soften(draft, [warn]) == [warn]


def test_second_opinion_keeps_a_warning_on_a_clients_death(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Written for this test: a death told, then advice to colleagues the model reads as general.
    text = "Lost a client to suicide this week. Clinicians, check in on each other and rest."
    monkeypatch.setattr(second_opinion, "CLINICAL_SECOND_OPINION", math.inf)
    start = text.index("a client")
    warn = Finding(Rule.CLINICAL, Severity.WARN, start, start + 8, "A client story?", "Don't.")
    assert second_opinion.soften(Draft(Role.PROFESSIONAL, text), [warn]) == [warn]
    general = Draft(Role.PROFESSIONAL, TEACHING)
    [note] = second_opinion.soften(general, [_clinical(Severity.WARN, TEACHING)])
    assert note.severity is Severity.INFO


def test_a_draft_in_english_is_read_however_short() -> None:
    from dualdesk.core.guards.learned_kept import unread

    assert not unread("Clients often ask whether the worry ever stops.")
    assert not unread("I'm proud of this one.")
    assert unread("La mia paziente oggi ha preso la metro da sola.")


# Written for this test: a Spanish client story whose words the models half know.
SPANISH_STORY = "La señora de las diez cancela otra vez por mensaje. Ya es la cuarta semana."


def test_second_opinion_does_not_soften_a_spanish_story_it_half_knows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    draft = Draft(Role.PROFESSIONAL, SPANISH_STORY)
    grams = learned.draft_features(draft)
    # Enough of its words are known, and (whatever today's weights say) the model is
    # taken to score it a general point...
    assert second_opinion.known_share(grams) >= second_opinion.SECOND_OPINION_KNOWN_SHARE
    monkeypatch.setattr(second_opinion, "CLINICAL_SECOND_OPINION", math.inf)
    # ...but the models learned from English, so the rules' warning stands.
    warn = _clinical(Severity.WARN, SPANISH_STORY)
    assert second_opinion.soften(draft, [warn]) == [warn]


def test_the_models_know_most_words_of_an_english_teaching_post() -> None:
    grams = learned.draft_features(Draft(Role.PROFESSIONAL, TEACHING))
    assert second_opinion.known_share(grams) > 0.8


def test_a_score_does_not_depend_on_the_order_features_are_added_in() -> None:
    # 0.1 + 0.2 + 0.3 - 0.6 is 0 or 1.1e-16 or 5.6e-17 by order; a set's order follows the
    # process's hash seed, so a draft scored at the threshold fired in some runs only.
    model = learned.LearnedModel(
        Rule.CLINICAL, {"a": 0.1, "b": 0.2, "c": 0.3, "d": -0.6}, 0.0, 1e-16, "x", "y", "z"
    )
    orders = [("a", "b", "c", "d"), ("d", "c", "b", "a"), ("c", "a", "d", "b")]
    scores = {model.score(order) for order in orders}  # type: ignore[arg-type]
    assert len(scores) == 1
