"""phi inside a client story: a language, a food, a figure of speech, a figure in the news."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: Client stories whose capitalised words name a language, a dish or a feat: no one's.
THINGS = [
    "A client told me in session her grandad only speaks Cantonese, so she translates.",
    "My client's mum spoke mostly Yoruba in session today and her son rolled his eyes.",
    "A client I see is fluent in Tagalog but answers me in English. Interesting choice.",
    "My 3pm client brought a bag of Chelsea buns to session. He's doing so much better.",
    "A client gave me a box of Krispy Kreme donuts after our last session. I cried.",
    "My client said getting out of bed this week felt like climbing Kilimanjaro.",
    "My 5pm client cancelled so I ate two Bakewell tarts at my desk. Worth it.",
    # a team after a verb of winning or playing, in Spanish or English
    "Mi paciente de 9 años llegó a sesión feliz porque ganó la Albiceleste. Hablamos de eso.",
    "Un chamo que atiendo me dijo hoy que solo sale de casa cuando juega la Vinotinto.",
    "My client told me in session he's been rooting for the Canucks again. Progress.",
]

#: Client stories whose capitalised word is still a name or a place.
STILL_IDENTIFIERS = [
    ("A client told me in session that Marguerite speaks to her again.", "Marguerite"),
    ("My client from Ballynahinch finally came to session on his own.", "Ballynahinch"),
    ("A client told me in session that Marguerite plays for the Canucks now.", "Marguerite"),
    ("A client told me in session that Rosalind baked the buns for her party.", "Rosalind"),
]


@pytest.mark.parametrize("text", THINGS)
def test_a_language_a_food_or_a_figure_of_speech_is_no_identifier(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), "precondition: a client story"
    assert not findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize(("text", "span"), STILL_IDENTIFIERS)
def test_a_name_or_place_beside_them_still_fires(findings, text: str, span: str) -> None:
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert span in [text[f.start : f.end] for f in found], text


@pytest.mark.parametrize(
    "text",
    [
        "Can't stop thinking about Naomi Osaka pulling out in Paris. Health comes first.",
        "Remember Kevin Love opening up in Cleveland? Athletes can name panic too.",
    ],
)
def test_a_figure_in_the_news_is_neither_phi_nor_whereabouts(findings, text: str) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


def test_a_client_named_in_full_with_the_author_in_the_sentence_still_fires(findings) -> None:
    text = "Thinking about Maria Lopez crying in my office yesterday. My client, my worry."
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert "Maria Lopez" in [text[f.start : f.end] for f in found], text


@pytest.mark.parametrize(
    "text",
    [
        "Advice please: J.M., 15, anxious, mum works nights at the depot in Leith. Start where?",
        "Consult: KT, 12, selective mutism, dad drives long-haul out of Rotterdam.",
    ],
)
def test_a_case_by_initials_tells_the_familys_places_not_the_authors(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "My 3pm no-showed so I'm sitting in the Asda car park in Hexham eating crisps. Glamour.",
        "My 5pm cancelled so I'm parked at the library in Otley eating a pasty. He's doing well.",
        "My client and I talked in session about an old ballad that sang about Locust Ridge.",
    ],
)
def test_the_authors_own_place_or_a_songs_place_is_no_client_identifier(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("I'm in awe of a client from Dunmurry who finally slept through.", "Dunmurry"),
        (
            "I'm in session with a lad from Kilwinning all afternoon, his mum drives him.",
            "Kilwinning",
        ),
    ],
)
def test_someone_elses_place_after_the_author_still_fires(findings, text, span) -> None:
    found = findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False)
    assert span in [text[f.start : f.end] for f in found], text
