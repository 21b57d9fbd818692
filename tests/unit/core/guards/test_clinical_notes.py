"""The clinical guard on a case written as a note.

Three shapes: a relative of a client reached through a number or an address
("his wife's mobile is …") or a record reference in a post about "him" or
"her"; a bare singular person opening a clause after a colon ("toddler bites
at drop-off…"), or a count of one person's treatment ("fourth week on
lithium", "her second overdose"); and a Spanish clause where one person did
something to the author ("un alumno me contó"). Crisis lines, the practice's
number, the author's own family, plural people and the author's own weeks
must pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: Posts that tell of one client through a note.
NOTES = [
    "Night team: his wife's mobile is 0412 883 901, ring her before the ward round, not the "
    "home line.",
    "for the clinic clerk: Mr Okafor's niece now handles his appointments, "
    "niece.okafor88@yahoo.com",
    "Handover - room 3, file KW-31-2207. Daughter is driving down tonight, please let her "
    "sit with him.",
    "Resident ID 77310245 still shows the old GP. She keeps asking why nobody has rung her back.",
    "Consult q for perinatal folk: new mum with OCD doing well on ERP, but the intrusive "
    "thoughts spike at 3am feeds. Anyone tried night-time exposures?",
    "Quick one: 15yo with tics refuses school after a viral video. Parents want a letter. "
    "Thoughts?",
    "Trauma peers: fourth month on prazosin and the nightmares finally eased, but now he's "
    "dizzy every morning. What's worked for you?",
    "Her second overdose since June and the crisis team still says she 'isn't engaging'. She "
    "is. They aren't.",
    "Sanity check, colleagues: 11yo, panic at drop-off, fine once inside. Where would you start?",
    "Consumer on my list knows every bus timetable in the state and recites them at rounds.",
    "Hoy un alumno de tercero me contó que su mamá se fue. Le di agua y nos quedamos "
    "callados un rato.",
    "la abuela de una niña me trajo tamales para darme las gracias. no sé qué hacer con "
    "tanto cariño.",
]

#: Posts with the same words where no client is meant.
NOT_NOTES = [
    "Our intake line is 0800 555 019 for new referrals; leave a message and we'll ring back.",
    "Crisis line for families: 1-800-555-0199, 24/7. Save it before you need it, not after.",
    "My sister's new number is 021 884 3321 if the family needs her for Sunday's lunch.",
    "Teens who refuse school usually need a plan, not a lecture. Parents: start small.",
    "Conference note: teens with OCD benefit from family-based ERP, according to the new review.",
    "My second week on nights and I've forgotten what daylight looks like. Anyone else?",
    "Third week on the new EHR: anyone found a way to make the templates less painful?",
    "Our holiday art club: 6yo, 7yo and 8yo sessions, all welcome. Book at the front desk!",
    "Teen wins national science fair with a device that hears anxiety in a voice. Wild times.",
    "Parents: child refuses breakfast? Try protein at snack time instead. Small wins count.",
    "Mi hija me dijo hoy que quiere ser psicóloga. Me muero de orgullo.",
    "La maestra me dijo que la junta se movió al jueves. Gracias a todos.",
    "Film night: a boy who refuses to speak for a whole summer. Beautiful, slow, recommended.",
]


@pytest.mark.parametrize("account", [Role.PROFESSIONAL, Role.PERSONAL])
@pytest.mark.parametrize("text", NOTES)
def test_a_note_about_one_client_is_flagged(findings, text: str, account: Role) -> None:
    assert findings(text, account, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("account", [Role.PROFESSIONAL, Role.PERSONAL])
@pytest.mark.parametrize("text", NOT_NOTES)
def test_lines_own_family_and_general_talk_pass(findings, text: str, account: Role) -> None:
    assert not findings(text, account, rule=Rule.CLINICAL, backstop=False), text


def test_a_relatives_number_needs_a_word_of_care(findings) -> None:
    pasted = "Dani's grandma 07700 900 144, ring back after 4"
    handover = "Dani's grandma 07700 900 144, ring back after 4 about the discharge"
    assert not findings(pasted, Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), pasted
    assert findings(handover, Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), handover


#: Notes read on the professional account: a chart's header, a family's meeting, a question
#: to peers about "someone" then told of as "she".
PROFESSIONAL_NOTES = [
    "Ruby (5th grade, the one with the dinosaur facts) read her poem to the whole assembly.",
    "Pass 021 555 0182 to whoever has the Okoro family: they need a lift to the family meeting.",
    "Tough family meeting this morning: three daughters, one DNR form, nobody talking.",
    "Anyone else treating someone whose panic only shows up on Sundays? She's fine all week.",
]

#: The same shapes about the author's own child, a kind of work, a clinic and a brother.
PROFESSIONAL_NOT_NOTES = [
    "Ella (3rd grade) won the spelling bee and I have never been prouder of my girl!",
    "Family meetings on a busy ward are a skill: plan the agenda, name one chair, leave time.",
    "Call the Baxter Family Clinic on 555 0100 for new referrals; we're open Saturdays too.",
    "Anyone else have someone in their life who texts only voice notes? Mine's my brother.",
]


@pytest.mark.parametrize("text", PROFESSIONAL_NOTES)
def test_a_professional_note_about_one_client_is_flagged(findings, text: str) -> None:
    assert findings(text, Role.PROFESSIONAL, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", PROFESSIONAL_NOT_NOTES)
def test_own_child_kinds_of_work_and_clinics_pass(findings, text: str) -> None:
    assert not findings(text, Role.PROFESSIONAL, rule=Rule.CLINICAL, backstop=False), text
