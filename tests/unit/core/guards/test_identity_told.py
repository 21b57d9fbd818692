"""The identity_link guard on the job told in passing, and the user's own courtesy title.

Our own wordings: the role held toward someone ("as his therapist I..."), the job as
what one says at a party, years in the field, the question about work answered, the
degree trained in, being the job in Spanish or Portuguese, and "Mr. <surname>" when the
professional handle itself goes by that title.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards import ReviewContext

from .conftest import NOW, PROFILES


@pytest.mark.parametrize(
    "text",
    [
        "as his therapist I'm meant to stay neutral but that dog of his is a legend",
        "as the psychologist you're supposed to have answers. I had a biscuit instead.",
        "the whole barbecue goes silent when you tell people you're a psychiatric nurse",
        "nine years of community social work and I still can't parallel park",
        "14 years of hospice work and I still cry at adverts",
        "a stranger at the wedding asked what I do and I said 'court reports, mostly'. chat over",
        "nobody tells you during your MSc Clinical Psychology that the stats never end",
        "ser psicóloga en un pueblo chico es esto: todos saben dónde vives",
        "sendo psicóloga, ninguém me convida para jantar sem perguntar algo",
    ],
)
def test_the_job_told_in_passing_links(findings, text: str) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "as her friend I'm not supposed to say it but that haircut is a mistake",
        "my therapist asked what I do and I said 'mostly worry'. fair.",
        "when you say you're a vegetarian at a braai the silence is loud",
        "three years of therapy and I can finally say no to my mother",
        "as the oldest sibling you're meant to hold it together at funerals",
    ],
)
def test_the_same_frames_about_anything_else_do_not_link(findings, text: str) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


def _titled_context() -> ReviewContext:
    pro = PROFILES[Role.PROFESSIONAL]
    profiles = {
        **PROFILES,
        Role.PROFESSIONAL: Profile(
            role=Role.PROFESSIONAL,
            handle="MrOyelaranSchoolPsych",
            display_name="Tunde Oyelaran, NCSP",
            email=pro.email,
            markers=pro.markers,
        ),
    }
    return ReviewContext.build(profiles, (), now=NOW)


def test_the_users_courtesy_title_and_surname_link_when_the_handle_uses_it(findings) -> None:
    text = "if any of the Year 9s find this: yes it's Mr Oyelaran, and no, I won't follow back"
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, _titled_context(), False)


def test_a_courtesy_title_the_profile_does_not_use_does_not_link(findings) -> None:
    text = "my dad signs every card 'Mr Doe' like it's a business letter"
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False)


@pytest.mark.parametrize(
    "text",
    [
        "when you're the only child psychiatrist in the district, nobody lets you leave a party",
        "when you're a hospice nurse the small talk at weddings gets weird fast",
    ],
)
def test_the_job_as_a_general_you_links(findings, text: str) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "if you're a therapist reading this, please stop posting your clients' quotes",
        "when you're the one who married a psychiatrist, every dinner party gets strange",
    ],
)
def test_a_reader_addressed_or_someone_elses_job_does_not_link(findings, text: str) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


def _practice_context() -> ReviewContext:
    pro = PROFILES[Role.PROFESSIONAL]
    profiles = {
        **PROFILES,
        Role.PROFESSIONAL: Profile(
            role=Role.PROFESSIONAL,
            handle=pro.handle,
            display_name=pro.display_name,
            email=pro.email,
            markers=("Harakeke Family Therapy", "\u02bbIliahi Counseling Group"),
        ),
    }
    return ReviewContext.build(profiles, (), now=NOW)


@pytest.mark.parametrize(
    "text",
    [
        "Harakeke's Christmas do had a pavlova contest and I lost to the receptionist",
        "\u02bbIliahi end-of-year party: somebody brought a karaoke machine, my ears are done",
    ],
)
def test_the_practice_called_by_its_first_name_at_a_staff_event_links(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, _practice_context(), False), text


@pytest.mark.parametrize(
    "text",
    [
        "planted Harakeke along the fence today, the tūī already love it",
        "Harakeke weaving workshop at the marae on Saturday, bring a lunch",
    ],
)
def test_the_practice_name_alone_or_in_lower_case_does_not_link(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, _practice_context(), False)


@pytest.mark.parametrize(
    "text",
    [
        "my aunt asked 'aren't you the psychologist? then fix your cousin' at Christmas lunch",
        'the plumber said "you a counsellor? then talk to my boiler" and honestly fair',
        "paid my social work board registration fee and now I can't afford coffee",
    ],
)
def test_the_job_said_to_the_author_or_its_board_links(findings, text: str) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "my mum said 'you need a therapist, not another cat' and she is not wrong",
        "my friend said 'you're a therapist's dream client' which feels like a roast",
    ],
)
def test_advice_to_see_one_or_a_clients_joke_does_not_link(findings, text: str) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # the job said to the author after a scene and a colon, in English, Urdu and Hindi
        "Nani at Sunday lunch: 'you're the counsellor, sort your cousin out.'",
        'Mum on the phone: "aren\'t you a social worker? Fix this."',
        "Phupho at the mehndi: 'aap to psychologist ho, dekh lo isko.'",
        "Chacha at the wedding: 'tum therapist ho na, mera beta kyun nahi sunta?'",
        # the job as a kind of tiredness, said alone
        "Exhausted. Counsellor tired. Bed by nine.",
        "That therapist-tired where even the dog's questions are too much.",
    ],
)
def test_the_job_said_after_a_scene_or_as_a_tiredness_links(findings, text: str) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # advice to see one, a relative's own job, the author's own therapist
        "Dad at dinner: 'you should see a psychologist about that temper.'",
        "Ammi: 'tum therapist ke paas jao, I'm serious.'",
        "Friend at brunch: 'my therapist says I'm avoidant.'",
        "Is your therapist tired of you? Mine might be.",
        "My therapist tired of me yet? Asking for me.",
    ],
)
def test_advice_or_the_authors_own_therapist_after_a_colon_does_not_link(
    findings, text: str
) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text
