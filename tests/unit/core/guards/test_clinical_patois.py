"""The clinical guard on a story told in Jamaican Patois.

Patois's pronouns and grammar words ("mi", "tell mi seh", "likkle", "dem",
"inna", "nuh", "haffi") stand where English has "I/me/my", "told me that",
"little", "they", "in", "don't", "have to", so a post in Patois is read again
in English. A group, a notice, the author's own family and an English post
with "mi" in another language must still pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards.clinical import _spans
from dualdesk.core.guards.spoken_english import in_dialect
from dualdesk.core.guards.story_patois import as_english, reading

#: Posts in Patois that tell of one client (the English readings alone miss them).
STORIES = [
    "one likkle bwoy from di monday group tell mi seh him waan be a pilot when him big",
    "a yute mi see at work tell mi seh dem nuh sleep inna two night. mi cyaan stop think bout it",
    "one likkle girl mi work wid tell mi seh har mada lef and nuh come back",
]

#: Posts in Patois where nobody in particular is meant.
GENERAL = [
    "di pickney dem inna di church choir sing suh sweet dis morning, mi heart full",
    "reminder: di clinic close early pon friday, nuh worry, mi will call everybody back",
    "mi granny tell mi seh fi always carry an umbrella inna rainy season",
    "Mi casa es su casa, amigos, nos vemos el sábado",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_patois_story_about_one_client_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", STORIES)
def test_a_patois_story_is_flagged_on_the_personal_account_too(findings, text: str) -> None:
    assert findings(text, Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_patois_groups_notices_and_family_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_mi_is_read_by_its_neighbours() -> None:
    english = as_english("mi see har yesterday an she tell mi seh mi haffi rest, mi dear")
    assert english == "I see har yesterday an she told me that I have to rest, my dear"


def test_an_english_post_is_not_read_again() -> None:
    assert as_english("Mi amigo said the session went well") is None


def test_a_finding_in_the_english_reading_points_at_the_patois_words() -> None:
    text = "one likkle girl mi work wid tell mi seh har mada lef and nuh come back"
    spans = in_dialect(reading, _spans)(text, True)
    assert spans and all(0 <= s < e <= len(text) for s, e in spans), spans


@pytest.mark.parametrize(
    "text",
    [
        "a youth from the estate told me today he's been sleeping in the stairwell",
        "one youth who I see on Thursdays finally said it out loud",
    ],
)
def test_a_youth_is_one_person(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text", ["youth mental health funding is being cut again", "Our youth group meets at 6"]
)
def test_youth_as_a_kind_is_no_one(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
