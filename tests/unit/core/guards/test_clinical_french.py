"""The clinical guard on one client told of in French, or French words in English.

A clinician mixing French in singles out a client with French grammar words:
a possessive ("ma patiente", "notre résident"), "one of my" ("une de mes
clientes"), an indefinite noun in a sentence that narrates ("un client m'a
écrit hier"), or "monsieur"/"madame" as a noun for a person who acts. A
general frame ("si un client…", "un patient peut…"), a plural possessive, a
quoted maxim, a greeting and a title before a name are no one in particular.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: One client, in French words.
STORIES = [
    "ma patiente de 16h brought her ukulele and we wrote a verse about her cat. pure joy",
    "une de mes clientes finally said the word 'grief' out loud after eight weeks",
    "Un client m'a écrit hier pour dire qu'il dort mieux depuis qu'il joue du piano.",
    "Madame finally let me hold her hand during the last chorus. small, huge.",
    "notre résident du 3e a fêté ses 100 ans en chantant, tout le monde pleurait",
]

#: French words where no one in particular is meant.
GENERAL = [
    "Si une patiente refuse la musique, on respecte. Le silence est aussi une réponse.",
    "mes clients m'apprennent plus que mes profs, honnêtement",
    "« Un client n'est jamais résistant, il est prudent. » Best thing my old prof said.",
    "Bonjour madame, merci monsieur: the two phrases my kids learned first in Montréal",
    "Re-reading Madame Bovary for book club and I have thoughts about Charles",
]


@pytest.mark.parametrize("text", STORIES)
def test_one_client_in_french_words_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_french_words_for_no_one_in_particular_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_personal_post_about_ones_own_client_in_french_is_flagged(findings) -> None:
    text = "mon patient de ce matin m'a fait rire toute la séance, je suis encore souriante"
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)
