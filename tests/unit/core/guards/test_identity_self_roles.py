"""The identity_link guard on the author's own job read by its shape, and work shorthand."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        # the job noun by its stem, with modifiers the vocabulary does not list
        "thirty-something years as a geriatric neuropsychiatrist and the garden still wins",
        "Being a paediatric psychotherapist means I cry at every cartoon",
        "got my licence renewed as klinisk psykolog, cake for everyone",
        "As a campus wellness counsellor, finals week hits me too",
        # colleagues in the same job
        "the co-therapists and I went bowling and I lost badly",
        # the work in shorthand
        "pt said my shoes were ugly and honestly fair",
        "my patient from Hamilton knitted me a scarf",
        "weekends off from doing capacity assessments feel unreal",
    ],
)
def test_the_job_by_its_shape_links(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # someone else's job, a comparison, the field rather than the job
        "as a neuropsychologist friend once told me, dogs are people too",
        "my sister is a psychotherapist and she hates board games",
        "same as psychiatrists everywhere, the pharmacist was late",
        "being a psychology student must be hard, said no one in my family",
        # the patient adjective, physiotherapy, chores
        "my patient husband waited three hours at the shoe shop",
        "PT told me to ice the knee and stop running hills",
        "doing tax assessments for the shop all weekend, kill me",
    ],
)
def test_lookalikes_of_the_job_pass(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text
