"""The identity_link guard on the job in other languages, by its paperwork, by a slot."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Rule, Severity
from dualdesk.core.guards.context import ReviewContext
from tests.unit.core.guards.conftest import NOW


@pytest.mark.parametrize(
    "text",
    [
        # the profession in another language, opening a sentence or after "I am"
        "Psychiatre le jour, boulangère le dimanche. On fait ce qu'on peut.",
        "Ya lo saben: soy psicóloga y aun así lloro con cada película de Pixar.",
        "Ich bin Psychotherapeutin, aber mein Sauerteig gehorcht mir nicht.",
        "Legitimerad psykoterapeut sedan 2009 och kan fortfarande inte tälta.",
        # a licence or membership named by the field
        "paid my social work licence fee and my bike insurance on the same day, ouch",
        "my NASW membership lapsed and honestly I didn't notice for months",
        # an appointment slot standing for a person, and a kind of client
        "my 9am patient showed up with donuts and I'm not even mad",
        "A grief client asked me today whether I garden. Now I want to.",
        # the clinic as a life, leaving the field, the paperwork
        "psych ward life: three coffees before rounds and none of them hot",
        "retired from private practice in June and I'm already bored",
        "two hours of treatment plans before I can go climbing, send help",
    ],
)
def test_the_job_abroad_or_by_its_paperwork_links(findings, text) -> None:
    found = findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False)
    assert found and all(f.severity is Severity.WARN for f in found), text


@pytest.mark.parametrize(
    "text",
    [
        "Ma psychiatre m'a dit de marcher plus. Alors je marche.",
        "Terapeuta de mi hija nos dio un consejo buenísimo.",
        "the vet clinic life of my two cats is frankly exhausting",
        "renewed my driving licence and my gym membership in one go",
        "my 4pm meeting ran over so the dog got a short walk",
        "my physio says my knee is fine, the knee disagrees",
        "retired from competitive rowing at 30, still miss the cold mornings",
        "wedding planning life: forty spreadsheets and no venue",
        "A client of my husband's firm sent us a fruit basket, very fancy",
    ],
)
def test_lookalikes_abroad_and_paperwork_pass(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


def test_a_name_typed_without_its_accents_is_still_the_name(findings) -> None:
    profiles = {
        Role.PROFESSIONAL: Profile(
            role=Role.PROFESSIONAL,
            handle="DrNunezRoa",
            display_name="Dr. Inés Núñez-Roa, PsyD",
            email="ines@nunezroa.example",
            markers=(),
        ),
        Role.PERSONAL: Profile(
            role=Role.PERSONAL, handle="ines_climbs", display_name="ines", email="", markers=()
        ),
    }
    context = ReviewContext.build(profiles, (), now=NOW)
    text = "the race app listed me as Ines Nunez-Roa, close enough"
    found = findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, context, backstop=False)
    assert [text[f.start : f.end] for f in found] == ["Ines Nunez-Roa"]
    assert found[0].severity is Severity.BLOCK
    other = "the race app listed me as Ines Nunes, close enough"
    assert not findings(other, Role.PERSONAL, Rule.IDENTITY_LINK, context, backstop=False)
