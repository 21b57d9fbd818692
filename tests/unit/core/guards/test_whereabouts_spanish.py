"""The whereabouts guard on Spanish drafts: the author going, being, waiting somewhere.

First-person verbs ("ando por", "estoy en", "me voy al"), a gerund opening
the sentence ("saliendo de…"), kin as company ("con mis viejos"), a road or
line that does not move with the author in it, an office shut on a date,
and sleepless small hours. Advice in the second person, other people's
whereabouts, the practice's own hours and crisis lines stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

PLACED = [
    "Estoy en el aeropuerto de Barajas, rumbo al congreso. ¡Nos vemos en Sevilla!",
    "Andamos por Cartagena unos días, el consultorio atiende solo online hasta el lunes.",
    "Son las 3 de la mañana y no puedo dormir. Mañana tengo cinco pacientes.",
    "Llevo 40 minutos en el trancón de la Séptima, no avanzo nada. Voy a llegar tarde.",
    "Me voy al súper y después a buscar a los chicos al cole. Martes de locos.",
    "El consultorio permanece cerrado del 24 de diciembre al 2 de enero. ¡Felices fiestas!",
    "Finde en la costa con mis viejos, mate y playa. Vuelvo recargada.",
    "Saliendo de la guardia, recién amanece. Un café y a dormir.",
    "Son las 3 de la madrugada y sigo despierta repasando la supervisión. Mañana será largo.",
    "Embarcando rumbo a Lima para el congreso, ¡nos vemos allá!",
    "Retomo consultas el 8 de enero. ¡Felices fiestas a todos!",
    "Menudo atasco en la M-30, llevo una hora para hacer diez kilómetros.",
    "Hemos llegado a Valencia para las jornadas de psicología, ¡a ver si nos vemos!",
    "Fin de semana largo en Mar del Plata, el consultorio reabre el martes.",
    "Saludos desde Medellín, donde el café es otra cosa.",
    "Llevo dos noches sin dormir por la mudanza. Paciencia conmigo.",
    "Aprovecho el puente para irme a Cuernavaca con la familia.",
]

NOT_PLACED = [
    "Recordatorio: si estás en crisis, llamá al 135, atienden las 24 horas.",
    "Atiendo lunes y miércoles en el consultorio de Palermo. Turnos por WhatsApp.",
    "Abrimos grupo de duelo los jueves en la Casa de la Cultura. Inscripciones abiertas.",
    "Cuando estás de vacaciones, no respondas mails del trabajo. Tu cerebro lo agradece.",
    "El insomnio es uno de los primeros síntomas de la depresión. Consultá si no dormís.",
    "Mi paciente está en el hospital desde el martes y no sé nada de ella.",
    "Si andás por la costa este verano, no olvides el protector solar.",
    "Aviso: cambiamos de consultorio. Desde marzo estamos en Calle 85 #12-30, Bogotá.",
    "Tip: si estás en el aeropuerto y te da un ataque de pánico, respira lento y busca calma.",
    "Fin de semana de formación: taller de duelo en el Centro Cultural, inscripciones abiertas.",
    "Dormir poco no es una medalla. Si llevás semanas sin dormir bien, consultá.",
]


@pytest.mark.parametrize("text", PLACED)
def test_the_author_placed_in_spanish_warns(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", NOT_PLACED)
def test_spanish_that_places_no_author_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


def test_spanish_whereabouts_on_the_personal_account_pass(findings) -> None:
    text = "Estoy en el aeropuerto de Ezeiza con mi novio, ¡nos vamos a Bariloche!"
    assert not findings(text, account=Role.PERSONAL, rule=Rule.WHEREABOUTS, backstop=False)
