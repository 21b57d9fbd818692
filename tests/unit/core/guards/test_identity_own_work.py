"""The identity_link guard on the author's clinical work told in passing on a personal post."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        # the professional account named as the author's other one
        "rough day of sessions. can't post any of this on my work account, so you get it",
        "won't be tweeting this from the professional account, obviously, but wow what a week",
        "not something I'd ever write on the other account. one of mine made it to a year sober",
        "keeping this one off the clinic page: a lad in group today finally laughed",
        # a child who wants the author's job
        "my youngest says she wants to be a psychologist like mum when she grows up. poor kid",
        "Tom is going to be a child psychiatrist like daddy, apparently. he is four.",
        "Mi hijo dice que va a ser terapeuta como papá, pero que solo con perros.",
        "La niña quiere ser 'psiquiatra' como yo. Ya le expliqué lo de las guardias.",
        "my four year old announced she's going to be a therapist like mummy. fair enough",
        # a client calling the author by the job
        "one of my patients called me her favourite shrink today and I'm unbearable now",
        "had a client call me 'the tall counsellor' to the receptionist. I'm 5'3.",
        # the job's own lament
        "what they don't tell you in training: patients' stories follow you home",
        "some weeks the clients' grief comes home with me and sits at the dinner table",
        "you carry your patients' stories home whether you like it or not",
        # a story kept anonymous as a clinician keeps it
        "a kid in one of my sessions today (no details obviously) made me laugh so hard",
        "told my mum about a client this week (names changed) and she cried",
        # a rule of the trade about clients
        "therapist rule number one: never let the patient see you check the clock. failed.",
        "Social work rule #1: the client leads. Today the client led us to a McDonald's.",
        # a couple the author has been seeing
        "the couple I've been working with since March just sent me a baby scan. I can't.",
        "a family I've been seeing since the winter brought me a cake they'd iced my name on",
        # Spanish: someone in the author's consulting room, the fond diminutive
        "Una niña en consulta hoy me preguntó si yo también lloraba. Le dije que sí.",
        "Hoy una pareja en sesión nos regaló un silencio de diez minutos. Qué cosa.",
        "Hoy en consulta un abuelo me contó cómo conoció a su esposa. Lloré después.",
        "Una adolescente en sesión hoy se rió por primera vez en meses. Día ganado.",
        "Mis pacienticos de los jueves me hicieron una tarjeta. Me derretí.",
        "un pacientito de 5 años me dijo que mi consultorio olía a galleta",
    ],
)
def test_the_authors_clinical_work_links(findings, text: str) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # the author as a client
        "my therapist called me her favourite client and I am choosing to believe her",
        "my session with my therapist today went to a dark place, then pizza",
        "in therapy I learned that my mum's stories follow me home too",
        "Mi psicóloga en terapia me dijo que no todo es culpa mía. Qué alivio.",
        "Soy la pacientica más puntual de mi psiquiatra, que conste.",
        "Un señor en terapia de grupo me dijo que ya llevaba diez años sobrio.",
        "En terapia mi psicóloga me dijo que voy avanzando. Orgullosa de mí.",
        "En consulta del médico una señora me contó su vida entera, qué paciencia.",
        "Mi amiga en terapia lloró todo el rato, dice, y salió más liviana.",
        "Una señora en la consulta del dentista gritó más que yo.",
        "I'm going to be a therapist like my mum, said me at six. I'm an accountant.",
        # other trades' clients and accounts
        "a client at the salon called me the best colourist in town, framing that",
        "Hairdresser rule no. 1: never ask the client if they want it shorter. they always do.",
        "can't post this on my work account, HR would lose it: the new printer is haunted",
        "changed the password on my bank account and instantly forgot it",
        # dating, friends, family, fiction
        "the couple I've been seeing a lot of lately invited us to their wedding",
        "my cousin's family I've been staying with all week have the loudest dog",
        "my other account got suspended for saying the referee was blind",
        "someone I've been seeing for a month said he's not ready. cool cool cool",
        "my sister's regulars call her the best stylist in Leith and she is",
        "my daughter wants to be a vet like her auntie and I fully support it",
        "Mi hija quiere ser astronauta como su papá. Él es contador.",
        "watched a show where the therapist cries in front of the patient. unrealistic?",
        "in that new drama the psychiatrist takes the patients' stories home every night",
        "in therapy I learned the couple I've been seeing as role models fight too",
        # general points with no author in them
        "Clients' stories matter; research on vicarious trauma says supervision helps.",
        "a session at the gym today with my coach nearly killed me",
    ],
)
def test_the_author_as_client_or_other_work_does_not_link(findings, text: str) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text
