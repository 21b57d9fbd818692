"""The phi guard: Safe Harbor identifiers tied to a person."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule, Severity

IDENTIFIERS = [
    ("Had a client named Sarah today", "Sarah"),
    ("J. came in today and cried", "J."),
    ("Maria, a 34-year-old teacher, called", "Maria"),
    ("she was born on March 3, 1990", "March 3, 1990"),
    ("my 92-year-old patient still drives", "92-year-old"),
    ("call me at 617-555-0134", "617-555-0134"),
    ("write to jordan.lee88@gmail.com", "jordan.lee88@gmail.com"),
    ("chart MRN 00482913 is on top", "00482913"),
    ("a teen from Dorchester told me", "Dorchester"),
    ("he lives at 42 Elm Street", "42 Elm Street"),
    ("any OT near 02139?", "near 02139"),
    ("Mrs. Alvarez turned 100", "Alvarez"),
]

NOT_IDENTIFIERS = [
    "Call 1-800-273-8255 or text 988 any time.",
    "Questions? info@doecounseling.com",
    "As Mr. Rogers said, look for the helpers.",
    "Research from the U.S. shows a rise in anxiety.",
    "I grew up in Ohio and moved to Texas.",
    "a book called Atomic Habits changed my mornings",
    "Office closed Dec 24 for the holiday.",
    "Our 2026 account review is done.",
]


@pytest.mark.parametrize(("text", "identifier"), IDENTIFIERS)
def test_identifier_is_found_with_its_span(findings, text: str, identifier: str) -> None:
    spans = [text[f.start : f.end] for f in findings(text, rule=Rule.PHI)]
    assert any(identifier in s or s in identifier for s in spans), (text, spans)


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_organisations_public_figures_and_own_addresses_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI), text


def test_phi_alone_warns_and_blocks_with_a_clinical_story(findings) -> None:
    (alone,) = findings("call me at 617-555-0134", rule=Rule.PHI)
    assert alone.severity is Severity.WARN
    both = findings("Had a client named Sarah today who cried.")
    assert {f.rule for f in both} >= {Rule.PHI, Rule.CLINICAL}
    assert all(f.severity is Severity.BLOCK for f in both if f.rule in (Rule.PHI, Rule.CLINICAL))


@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        ("So proud of Leila from Hackney Wick, who finished her first term back", "Hackney Wick"),
        ("Callum frae Easterhouse is six months clean, he said I could share", "Easterhouse"),
        ("a 16yo at Westfield Grammar has started sleeping through", "Westfield Grammar"),
        ("a nan from Treorchy I see on Thursdays taught me a hymn", "Treorchy"),
        ("the boy I've worked with since May 2024 rang: he got the job", "May 2024"),
        ("the lad turned 16 on 9 Feb and we had cake in session", "9 Feb"),
        ("she starts her new job in Dalston next week and is terrified", "Dalston"),
        ("Tomas (2nd yr law) finally sat his exam", "Tomas"),
        ("my Monday 4pm, 20, has been cycling in from Leytonstone all term", "Leytonstone"),
        ("she lives in Dorchester with her gran and hates the bus", "Dorchester"),
        ("he grew up in the Gorbals and still goes back every week", "Gorbals"),
    ],
)
def test_a_clients_name_place_or_date_given_in_passing(findings, text, identifier) -> None:
    spans = [text[f.start : f.end] for f in findings(text, rule=Rule.PHI)]
    assert any(identifier in s or s in identifier for s in spans), (text, spans)


@pytest.mark.parametrize(
    "text",
    [
        "Reading Man's Search for Meaning by V.E. Frankl again this winter.",
        "Jane Doe, 47, still cannot parallel park.",
        "Greetings from Cardiff! Two days of talks on memory clinics ahead.",
        "Big thanks to Dr. Ruth Sim from Westmead, she made the whole day work",
        "The Spice Girls reunion had me dancing in the kitchen.",
        "Registration for the May 2026 cohort opens on Monday.",
    ],
)
def test_authors_own_name_and_colleagues_are_no_identifier(findings, text) -> None:
    assert not findings(text, rule=Rule.PHI), text


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Half term with the kids at Tenby, phone off.", False),
        ("my mum lives in Swansea now and I miss her", False),
        ("Our new receptionist Amy from Whitby starts Monday, say hi to her!", False),
        ("my mum and a teen from Penarth I see both love the same band", True),
    ],
)
def test_own_family_and_colleagues_places_are_the_authors(findings, text, fires) -> None:
    assert bool(findings(text, rule=Rule.PHI)) is fires, text
