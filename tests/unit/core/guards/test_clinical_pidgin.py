"""The clinical guard on a story told in Hawaii Pidgin.

Pidgin's articles and demonstratives ("da", "dis", "dat", "one" before a
noun) and its past marker ("wen tell") stand where English has "the",
"this", "a" and "told", so a post in Pidgin is read again in English. A
group, an announcement, fiction and an English post with "Da" in a name
must still pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule
from dualdesk.core.guards.clinical import _spans
from dualdesk.core.guards.spoken_english import in_dialect
from dualdesk.core.guards.story_pidgin import reading

#: Professional posts in Pidgin that tell of one student (the English readings alone miss them).
STORIES = [
    "Da boy dis morning wen tell me he no like go home. Heavy, brah.",
    "Still thinking about da freshman who came in crying afta lunch. Dat one going stay wit me.",
    "Dis afternoon da 6th grader wen ask me if she can eat lunch in my office. Of course, I said.",
]

#: Posts in Pidgin where nobody in particular is meant.
GENERAL = [
    "Da kids at da assembly today was so loud, love dem all.",
    "Reminder: da counseling office stay open till 3 fo' anyone who needs one place fo' breathe.",
    "Watched one movie last night, da main character was one counselor who wen cry every episode.",
    "Da Vinci Code rewatch tonight, no judge.",
    "My da drove a bus for forty year and never once talked about da hard days.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_pidgin_story_about_one_student_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_pidgin_groups_notices_and_fiction_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_finding_in_the_english_reading_points_at_the_pidgin_words() -> None:
    text = "Da girl dis afternoon wen tell me she stay scared."
    spans = in_dialect(reading, _spans)(text, True)
    assert spans and text[spans[0][0] :].startswith("Da girl"), spans
