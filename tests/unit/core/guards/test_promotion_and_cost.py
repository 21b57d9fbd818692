"""Self-promotion (a plug, and the meter) and the cost of links."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from twitter_text import extract_urls, extract_urls_with_indices

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity
from dualdesk.core.guards.lexicon import emails, links

from .conftest import make_context, post

TOPIC = "Anxiety lies about the future with total confidence."
PLUG = "New blog post: doecounseling.com/blog/holiday-stress"


def test_a_bare_plug_is_noted_as_info(findings) -> None:
    (finding,) = findings(PLUG, rule=Rule.SELF_PROMOTION)
    assert finding.severity is Severity.INFO
    assert PLUG[finding.start : finding.end] == "doecounseling.com/blog/holiday-stress"


def test_meter_warns_when_most_recent_posts_are_plugs(findings) -> None:
    history = [post(Role.PROFESSIONAL, f"Book a free consultation {i}", i) for i in range(12)]
    history += [post(Role.PROFESSIONAL, TOPIC, 20 + i) for i in range(7)]
    (finding,) = findings(PLUG, rule=Rule.SELF_PROMOTION, context=make_context(history))
    assert finding.severity is Severity.WARN
    assert "13 of your last 20" in finding.message


def test_meter_stays_quiet_when_plugs_are_a_minority(findings) -> None:
    history = [post(Role.PROFESSIONAL, "Book a free consultation", i) for i in range(5)]
    history += [post(Role.PROFESSIONAL, TOPIC, 10 + i) for i in range(14)]
    found = findings(PLUG, rule=Rule.SELF_PROMOTION, context=make_context(history))
    assert [f.severity for f in found] == [Severity.INFO]


def test_substantial_posts_and_personal_posts_are_not_plugs(findings) -> None:
    long = (
        "Panic attacks peak within about ten minutes, even when it feels like forever. "
        "Knowing that can make the next one less frightening. More: doecounseling.com/blog"
    )
    assert not findings(long, rule=Rule.SELF_PROMOTION)
    assert not findings("My new blog post is up!", Role.PERSONAL, Rule.SELF_PROMOTION)


def test_a_link_costs_more_and_the_finding_says_so(findings) -> None:
    text = "Good read: https://example.org/article and more"
    (finding,) = findings(text, rule=Rule.COST)
    assert finding.severity is Severity.INFO
    assert text[finding.start : finding.end] == "https://example.org/article"
    assert "$0.20" in finding.message and "$0.015" in finding.message


def test_bare_domains_count_as_links_but_email_domains_do_not(findings) -> None:
    assert findings("chat at 988lifeline.org any time", rule=Rule.COST)
    assert not findings("write to someone@example.org", Role.PERSONAL, Rule.COST)
    assert not findings("no link here, e.g. this.", rule=Rule.COST)


@pytest.mark.parametrize(
    "text",
    [
        "my practice kampongheart.sg starts a carers' group",
        "read more at healthhub.sg/live-healthy/burnout",
        "the referral form is on ourclinic.nhs.wales",
        "details on serenemindsnbi.co.ke",
        "new website: liffeysidetherapy.ie",
        "info at consultoriotellez.mx 🌿",
        "great day.It was long",  # X links this too
    ],
)
def test_country_domains_cost_what_x_charges_for_a_link(findings, text: str) -> None:
    assert findings(text, rule=Rule.COST)
    assert extract_urls(text), "X's own parser makes a link of it"


@pytest.mark.parametrize(
    "text",
    ["e.g. sleep first", "at 3.30pm", "the U.S. and Canada", "Ph.D. students", "v1.2 is out"],
)
def test_dotted_words_that_are_no_link_cost_nothing_extra(findings, text: str) -> None:
    assert not findings(text, rule=Rule.COST)
    assert not extract_urls(text)


def test_links_agree_with_x_parser_on_every_corpus_post() -> None:
    """The cost rule finds a link exactly where X's own parser does (email addresses aside)."""
    data = Path(__file__).resolve().parents[3] / "data"
    texts = [
        json.loads(line)["text"]
        for path in sorted(data.glob("guards_corpus_*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]

    def outside_emails(text: str, starts: list[int]) -> bool:
        return any(not any(s <= a < e for s, e in emails(text)) for a in starts)

    differ = [
        t
        for t in texts
        if outside_emails(t, [a for a, _ in links(t)])
        != outside_emails(t, [u["indices"][0] for u in extract_urls_with_indices(t)])
    ]
    assert len(texts) > 10_000 and differ == []
