"""The identity_link guard on the author's job said to them as "you" in other languages."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        'binyag ng pamangkin ko, lola agad: "ikaw ba ang doktor sa utak? kausapin mo nga si tito"',
        "kapitbahay sa palengke: 'ikaw pala yung therapist ng anak ni Aling Nena' hala",
        "en la boda mi tía: «¿tú eres la psicóloga? pues arregla a tu primo» 🙃",
        'au dîner, le beau-frère : "t\'es le psy, non ? alors explique-moi ma femme"',
    ],
)
def test_the_job_said_to_the_author_links(findings, text: str) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        'sabi ko sa kapatid ko: "ikaw yung bunso, ikaw maghugas" 😂',
        "mi hermano: «tú eres el que rompió la tele» y yo sin palabras",
        "tita keeps asking if my cousin is a doctor yet. she is in second year, tita",
        '"ikaw ang bahala" daw sabi ni mama. sige po',
    ],
)
def test_you_the_something_else_does_not_link(findings, text: str) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text
