"""A first-person quote that opens by calling the author "Doctor", "Nurse" or "Ma'am".

On the professional account the title is the author's, so the quote is one person's
words to them in the work, in any language. A driver's or a relative's words, a quote
with no first person, a general frame and a question heard often are not a story.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "'Nurse, I can't sleep again and the voices are back,' at 2am. Sat with him till dawn.",
        '"Doctor ji, mujhe bas thoda sukoon chahiye." Three jobs, two kids. We start small.',
        "\u201cMa'am, pwede po ba ako mag-stay dito muna?\u201d Sige, anak. Dito ka lang.",
        '"Miss, can I stay in here at lunch? I hate the canteen." Yes love. Always.',
    ],
)
def test_a_client_addressing_the_author_is_a_story(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Taxi driver today: 'Ma'am, I think my wife needs a therapist.' Gave him a hotline.",
        '"Doc, what\'s the best diet for anxiety?" Honestly? Sleep first, then food.',
        'When a patient says "Doctor, I just want to feel normal," believe them.',
        "Students often ask me, 'Ma'am, am I crazy for going to guidance?' No po. Never.",
        "My daughter said 'Nurse, I need a plaster' and made me bandage her teddy.",
    ],
)
def test_outsiders_general_frames_and_common_questions_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "\u201cMa'am, kumain na po kayo?\u201d she asked on the way out. Sweetest kid.",
        "'Doctor sahib, aap theek hain?' he asked at the end of the hour. I nearly cried.",
    ],
)
def test_a_client_asking_after_the_author_politely_is_a_story(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_quote_from_a_screen_drama_is_no_client(findings) -> None:
    text = "Rewatching House: 'Doctor, I can't feel my legs' never gets old."
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
