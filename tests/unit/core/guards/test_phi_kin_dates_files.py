"""The phi guard on identifiers carried by a holiday, a file number, a relative or initials."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


def _spans(findings, text: str, account: Role = Role.PROFESSIONAL) -> list[str]:
    found = findings(text, account=account, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end] for f in found]


#: (text, account, identifier): a client's identifier carried by a shape, not a field.
IDENTIFIERS = [
    # a holiday dating someone's admission, birth or death
    ("We finally discharged her on New Year's Eve after four months.", Role.PROFESSIONAL,
     "New Year's Eve"),
    ("The lad was born on Boxing Day, so his birthday always gets lost.", Role.PERSONAL,
     "Boxing Day"),
    ("He overdosed the night after Diwali and nobody knew for hours.", Role.PROFESSIONAL,
     "the night after Diwali"),
    # a day of the month with no month, beside someone's admission or death
    ("We readmitted him on the 23rd, three days after his last discharge.", Role.PROFESSIONAL,
     "the 23rd"),
    ("She passed on Sunday the 4th with her sisters around her.", Role.PERSONAL,
     "Sunday the 4th"),
    # a file or reference number standing for the person
    ("Ref no. CW/33071 has been waiting eleven weeks for a bed.", Role.PROFESSIONAL,
     "cw/33071"),
    ("file 19-44102 finally turned up at her review, only a year late", Role.PERSONAL,
     "19-44102"),
    # a first name owning a parent who dealt with the author
    ("Priyanka's dad rang me after the IEP meeting just to say thanks.", Role.PERSONAL,
     "Priyanka"),
    ("Teodor's grandma brought me soup after our last session.", Role.PROFESSIONAL, "Teodor"),
    # the town of a client's relative
    ("His mum drives a bus out past Kilcullen, so evenings are the only option.",
     Role.PROFESSIONAL, "Kilcullen"),
    ("Her foster carer lives up in Wallsend now, which changes the school run.",
     Role.PROFESSIONAL, "Wallsend"),
    ("Her client's dad drives trucks out of Timaru, so the family meets on Fridays.",
     Role.PROFESSIONAL, "Timaru"),
    ("Their nan's house on Corporation Road is where she goes when it gets bad.",
     Role.PROFESSIONAL, "Corporation Road"),
    # a person met by their place: "the girl out past ..."
    ("Still thinking about the girl out past Mangakino who walks an hour to group.",
     Role.PERSONAL, "Mangakino"),
    # a school's kind after its town
    ("A boy at Sherwood Collegiate keeps asking me about the waitlist.", Role.PROFESSIONAL,
     "Sherwood Collegiate"),
    # "A.M." as a person's initials, not a time
    ("Little P.M. from the unit made me a bracelet today.", Role.PERSONAL, "P.M."),
    # a person the practice cares for, introduced with "our": not staff
    ("Ms. Adaeze, our most faithful regular, told me in session she is ready to stop.",
     Role.PROFESSIONAL, "Adaeze"),
    # consent given in a bracket with "she's happy for me to"
    ("Delphine (she's fine with me to share this) got her first paycheck today.",
     Role.PROFESSIONAL, "Delphine"),
]  # fmt: skip

NOT_IDENTIFIERS = [
    # a holiday with no one's event, or the author's own kin's, a colleague's or a public day
    "The ward is always quiet over Christmas, so book your leave early.",
    "My grandad was born on Christmas Day and never let anyone forget it.",
    "Our receptionist's birthday is on Halloween, so expect costumes at the front desk.",
    "Admissions spike the week after Thanksgiving every year; plan staffing for it.",
    "Rooms reopen on the 12th after the refit; ring reception to rebook.",
    "My nan died on the 3rd, so I'm taking the week. Back on the 10th.",
    "Team: the fire drill is on Thursday the 5th, so no sessions before 10.",
    # a span of years or a count, not a file
    "Our referral 2024-25 figures are out: waits fell by a fifth.",
    "Case numbers rose 12,400 in the last quarter, per the state report.",
    # a character's or a colleague's parent, or the author's own family
    "Bluey's dad is the best parenting model on TV, fight me.",
    "Taking Mum to see her cousins in Ennis this weekend.",
    "My supervisor says her dad still farms out past Taupo, hence the lamb.",
    # a school named as a show's title, a colleague introduced by "our", a public date
    "Binge-watching Sunnydale High on Netflix and taking notes for my school refusal talk.",
    "Huge thanks to Mr. Okafor, our school counsellor, for running the assembly.",
    "Farewell to Deb, our practice manager of twelve years. She leaves on 20 Dec, we'll cry.",
    "The first crisis line here launched on 3 March 1952; she answered the first call herself.",
    # a colleague's or a neighbour's family
    "Congrats to Dr. Mere Tamihana on her doctorate! Her dad drove up from Opotiki to watch.",
    "Our receptionist is away, her mum is in hospital in Dubbo. Be patient with the phones.",
    "The neighbours' little one was born on Christmas morning, so they named her Noelle.",
    # "A.M." and "P.M." as times
    "Back-to-back intakes from 9 A.M. until late, then a 6 P.M. supervision.",
]


@pytest.mark.parametrize(("text", "account", "identifier"), IDENTIFIERS)
def test_an_identifier_carried_by_a_shape_is_found(
    findings, text: str, account: Role, identifier: str
) -> None:
    spans = _spans(findings, text, account)
    assert any(identifier.lower() == s.lower() for s in spans), f"{spans} in {text!r}"


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_public_own_and_general_shapes_pass(findings, text: str) -> None:
    assert _spans(findings, text) == []
    assert _spans(findings, text, Role.PERSONAL) == []


#: A dose written without its unit after a medicine's name: no age over 89.
DOSES = [
    "My client is back on quetiapine 100 and finally sleeping; she says nights are easier.",
    "Teen I see did well on fluoxetine, now on methadone 110 after the relapse, he told me.",
]


@pytest.mark.parametrize("text", DOSES)
def test_a_dose_after_a_medicine_is_no_age(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), "precondition: a client story"
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert [f for f in found if "age" in f.message] == []


def test_a_late_age_beside_a_client_still_counts(findings) -> None:
    text = "My client turned 96 last week and she told me in session she is not done yet."
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert any("age over 89" in f.message for f in found)
