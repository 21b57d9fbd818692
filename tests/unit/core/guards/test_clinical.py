"""The clinical guard: stories about one client fire, clinical topics do not."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity

STORIES = [
    "Had a client today who finally said the words out loud.",
    "My 2pm cancelled again. Starting to wonder if it's me.",
    "A teen I work with drew me a picture of her worry monster.",
    "So proud of my client, she got the job!",
    "How would you handle a client who texts you every night?",
    "In session today a kiddo asked me if I have a mom.",
    "One of my patients told me I'm the only person she trusts.",
    "Third no-show this week from the same person.",
    "A young man I've been seeing stopped answering my calls.",
    "Client J. told me he's been sleeping in his car.",
    "Yesterday a retired teacher told me she finally feels safe at home.",
    "Had to file a CPS report today. Worst part of the job.",
    "My patient (let's call him Tom) finally called his brother.",
]

TOPICS = [
    "Clients often ask me how long therapy takes. It depends.",
    "A diagnosis is a tool for treatment, not a summary of who you are.",
    "If you're struggling tonight, call or text 988. You don't have to be in crisis.",
    "Be patient with yourself. Healing isn't linear.",
    "Client-centered care means the person in the room sets the pace.",
    "New research suggests patients with chronic pain benefit from ACT.",
    "What happens in a first therapy session? Mostly talking.",
    "Our no-show policy is on the website: 24 hours' notice, please.",
    "My email client crashed and took my drafts with it.",
    "When a client cries in session, she may feel ashamed. Normalise it.",
    "my therapist said she was proud of me today",
    "gym session this morning nearly killed me",
    "A colleague told me about a great new book on grief.",
    "My supervisor once told me to rest more. Still learning.",
    "Be patient with her, she said, and I was.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_story_about_one_client_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL), text


@pytest.mark.parametrize("text", TOPICS)
def test_clinical_topics_and_other_senses_of_the_words_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL), text


def test_fires_on_the_personal_account_too(findings) -> None:
    assert findings("had a client scream at me today", Role.PERSONAL, Rule.CLINICAL)


def test_span_covers_the_narrating_phrase(findings) -> None:
    text = "Long week. My 2pm cancelled again."
    (finding,) = findings(text, rule=Rule.CLINICAL)
    assert text[finding.start : finding.end] == "My 2pm"
    assert finding.severity is Severity.WARN
    assert "client" in finding.message and "general" in finding.advice
