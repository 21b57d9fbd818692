"""The clinical guard on a Spanish client story told around the person.

A parenthesis or relative clause between the client and the event ("un
consultante, tras meses de silencio, ayer habló…"), "me pasó hoy" after a
scene, a case on the author's books ("tengo un caso que…", "me han
derivado a una chica"), a clitic before the verb ("me lo dijo esta mañana
un chaval"), "uno" for one of the clients just named, a person acting in a
room of care, a diary entry opening with the session, a child's age in
words, the hour slot told in the present and a therapy closed after years.
General frames, stories on screen or in books, colleagues and the author's
own family stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

STORIES = [
    # the event after a parenthesis or a relative clause
    "Un consultante, tras meses hablando del trabajo, ayer nombró a su padre por primera vez.",
    "Qué alegría por una paciente que esta semana, después de mucho miedo, volvió a conducir.",
    # a scene, then "it happened to me today"
    "Preparas la sesión y el paciente llega con otra cosa. Me ha pasado hoy, otra vez.",
    # a question to peers, then when it happened
    "¿Os ha pasado que una paciente os pida el móvil? Esta semana, la misma chica, dos veces.",
    # a case on the books, or sent to the author
    "Llevo un caso que no me deja dormir: duelo, deudas y un hijo que no habla con nadie.",
    "Me han derivado a una chica de quince que lleva un mes sin ir al instituto. Vamos despacio.",
    # a clitic before the verb
    "¿Y si no me curo nunca? Me lo preguntó ayer un señor que ya probó de todo.",
    # "uno" for one of the clients just named
    "Mis pacientes creen que no tengo vida: hoy una me vio en el súper y casi se desmaya.",
    # a person acting in a room of care
    "En el taller de los jueves un chico le regaló su dibujo a la compañera nueva. Pura ternura.",
    # a diary entry opening with the session
    "Consulta larga con un señor que no logra perdonarse el accidente. Hay culpas que pesan años.",
    # a child's age in words, the hour slot in the present, a therapy closed after years
    "Una nena de nueve años armó un refugio con almohadones y me invitó a entrar.",
    "La de las cinco llega siempre diez minutos tarde. Algo nos está diciendo.",
    "Hemos cerrado un proceso de cuatro años. Me dio las gracias en la puerta y casi lloro.",
    # a session named as the day's event, then the person in it
    "Nos ha tocado una admisión difícil: una mujer que salió del hospital sin papeles.",
    # the weekday as the person, and a person by their weekday
    "El del miércoles volvió a faltar sin avisar. Le escribo mañana.",
    "La señora de los lunes ha traído a su nieta a la sala de espera. Un amor.",
    # one of the author's kids, and a discharge given
    "Una de mis peques del cole ha ganado el concurso de dibujo. Estoy que exploto.",
    "Ayer le di el alta a una mujer con la que trabajé tres años. Qué despedida.",
    # a person with the day it happened, the author watching
    "Anoche un muchacho, con la voz rota, por fin nombró lo que le pasó. Lo escuché entero.",
    # someone whose visits to the author are sessions
    "Un señor que viene a terapia desde el invierno me trajo hoy fotos de su huerta.",
]

GENERAL = [
    "Hoy en día un paciente espera meses para un turno en el hospital público. Es indignante.",
    "El paciente no es un cliente y la consulta no es una tienda. Lo repito siempre.",
    "Si tengo un caso que me supera, lo llevo a supervisión. Pedir ayuda también es oficio.",
    "En la serie, una paciente le dijo al terapeuta que lo odiaba. Qué buena escena.",
    "Mi hermana me lo contó ayer: le dieron el trabajo. Estoy feliz por ella.",
    "En el grupo de lectura una colega propuso leer a Bleichmar. Aceptado.",
    "Terminé un tratamiento de ortodoncia después de dos años. Por fin sin brackets.",
    "Muchos consultantes preguntan si la terapia online funciona. Sí, con algunos cuidados.",
    "Ayer la tía de mi marido cumplió 90 y bailó hasta las dos de la mañana.",
    "Esta mañana el chico del reparto llegó empapado. Le dimos propina doble.",
    "Cada persona que viene a consulta trae su propio tiempo, y hay que respetarlo.",
    "El de los lunes es el peor día para el tráfico en la M-30.",
    # a supervisor's or a speaker's case, a colleague's client, a question, a crisis line
    "Mi supervisora me recordó ayer que un paciente nunca es resistente, solo está asustado.",
    "Esta mañana en las jornadas una docente presentó el caso de una consultante con bulimia.",
    "Mi compañero de despacho ha tenido hoy un paciente nuevo y está contentísimo.",
    "¿Qué le diríais a un paciente si hoy tenéis que cancelar por fiebre? Ideas, por favor.",
    "Una persona en crisis puede llamar al 024 hoy mismo, a cualquier hora.",
    # the author's own family
    "Ayer me escribió mi hermana para contarme que la abuela ya camina sola.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_spanish_story_told_around_the_client_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_spanish_with_no_client_story_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_told_story_on_the_personal_account_with_clients_named_is_flagged(findings) -> None:
    text = (
        "Mis consultantes ni se imaginan: ayer uno me contó que me vio bailando en un casamiento."
    )
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)


def test_someone_who_leaves_home_only_for_sessions_is_flagged_on_personal(findings) -> None:
    text = "No me saco de la cabeza a una chica que casi no sale, solo para venir a verme."
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)


@pytest.mark.parametrize(
    "text",
    [
        "Me lo dijo ayer un señor en la fila del banco: paciencia, piba. Tenía razón.",
        "Mi vieja vino a verme al departamento y me ordenó la cocina entera.",
        "Alguien del laburo me contó que se casa en marzo. ¿Qué me pongo?",
    ],
)
def test_strangers_family_and_colleagues_on_the_personal_account_pass(findings, text) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text
