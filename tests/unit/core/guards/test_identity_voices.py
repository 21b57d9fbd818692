"""The identity_link guard on the job told in other voices: years, asking for, the work."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        # years in the job, with any word before the profession
        "twelve years as a primary school counsellor and I still cry at sports day",
        "three decades as an old-school psychiatrist and I still can't fold a fitted sheet",
        "eleven years as a high-school guidance counsellor and prom still terrifies me",
        # "asking for a friend", where the friend is the author's profession
        "is it normal to nap in the car? asking for a sleepy trauma therapist",
        "Can you claim mileage for a fun run? Asking for a registered counsellor (me).",
        # a client or patient opening the sentence with no article, or placed on the ward
        "Patient asked me today if I ever sleep. Fair question.",
        "my client in session laughed at my mug and honestly fair",
        # the work as what the day or the week was
        "Therapy sessions all day and now the only thing I can do is stare at the kettle.",
        "Assessments at the hospital all week, so the garden has gone feral.",
        # working in a field, a credential of another country
        "working behavioural health for the county means I never switch off",
        "working mental health for the trust means lunch is a rumour",
        "Clients all week, now the allotment.",
        "finally passed my FCPsych and celebrated with a braai",
        "passed the FMCPsych at last, jollof for everyone",
    ],
)
def test_the_job_in_other_voices_links(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK), text


@pytest.mark.parametrize(
    "text",
    [
        "twelve years as a school governor and I still dread the budget meeting",
        "asking for a friend: is it normal to nap in the car?",
        "Patience asked of me today was more than I had.",
        "Therapy all week for my dog's leg, the vet bills are wild",
        "Sessions all day at the spa, pure bliss",
        "twelve years as a youth football coach taught me patience",
        "my client meeting ran long so dinner is toast",
        "working on my mental health this year means fewer late nights",
    ],
)
def test_lookalikes_of_the_job_in_other_voices_pass(findings, text) -> None:
    # The rules alone: the learned model's own look-alikes are in test_learned.py.
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text
