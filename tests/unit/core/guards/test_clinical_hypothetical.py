"""The clinical guard on persons who are nobody in particular, told by the sentence's mood."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        # an instruction to the reader about an indefinite person
        "Never tell a paramedic who just lost a baby on scene to 'stay positive'. Sit with them.",
        "Don't promise a teenager who discloses self-harm that you will keep it secret.",
        # a question to the reader
        "Trainees: what do you wish someone had said to you before your first night on call?",
        # a rule about a kind of person, in the present, to the reader
        "A parent who asks 'is this my fault?' is asking you for permission to grieve.",
        # words given to the reader
        'Reflection prompt for the week: "When did someone make me feel heard, and how?"',
        # a published case named with its alias
        "Emmy von N. (Fanny Moser) ran an estate of her own. The patient was hardly passive.",
    ],
)
def test_nobody_in_particular_passes(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # the author's own day, even in an instruction's mood
        "Don't ask me how a kid with a broken arm got past triage today, she just told me.",
        # the author speaking as "I" in a question
        "How do you handle a pt who told me he'd rather die than go back home? I froze.",
        # a story told without "you" at all
        "A teen I assessed last night said the group chat was the only place she felt safe.",
    ],
)
def test_a_story_in_those_moods_still_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Huge thanks to our receptionist Mele who rebooked forty sessions in a storm. Give that "
        "woman a medal.",
        "Shoutout to our admin Priya, who fielded every call this week. Get that woman a raise.",
    ],
)
def test_the_office_staff_named_before_pass(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.CLINICAL, backstop=False), text
