"""The whereabouts guard on a Spanish site in a named place, clipped Caribbean going, and others'.

The author at a site word with its neighbourhood ("ya estoy en la clínica
de Providencia"), a day and an hour then a site with no verb, going in
clipped speech ("salgo ahorita pa' Bayamón"), stuck in traffic clipped
("atorao en la Kennedy, 30 minutos"). Another person's trip ("si él se iba
de vacaciones"), a client known by their weekday, a practice's address and
"pa' que" stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

AWAY = [
    "Domingo y ya estoy en la clínica de Providencia porque hubo una urgencia. Café doble.",
    "Toda la mañana estoy dando un taller en la Universidad de Antioquia, respondo en la tarde.",
    "Sábado, 11 h, café de Coyoacán con las colegas del diplomado. Nada de casos, lo juro.",
    "Salgo ahorita pa' Bayamón a una capacitación. Mañana atiendo por videollamada.",
    "Me voy pa'l campo el fin de semana, sin señal. Los mensajes los respondo el lunes.",
    "Atorao en la Kennedy, 30 minutos sin avanzar. Los de las 4, ya casi llego.",
]

QUIET = [
    "Mi residente me contó que si él se iba de vacaciones su paciente iba a abandonar.",
    "La señora de los viernes, la del puesto en el mercado de Chacao, me trajo arepas.",
    "El consultorio queda en la Avenida Bolívar, frente a la plaza. Atendemos de lunes a viernes.",
    "Pedir ayuda pa' que te escuchen no es debilidad. Escríbenos y te orientamos.",
    "La terapia no es pa' locos: es pa' cualquiera que quiera estar mejor.",
]


@pytest.mark.parametrize("text", AWAY)
def test_a_spanish_site_or_clipped_going_warns(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", QUIET)
def test_others_trips_a_clients_slot_and_practice_news_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Diluvio en Chacao y yo sin paraguas entre un paciente y otro. Llego mojada a todo.",
        "Se fue la luz en Miraflores. Seguimos atendiendo con velas, como en otra época.",
    ],
)
def test_trouble_in_a_named_neighbourhood_with_the_author_warns(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


def test_trouble_in_the_news_with_no_author_passes(findings) -> None:
    text = (
        "Apagón en Valparaíso deja a miles sin servicio. Revisa los puntos de carga del municipio."
    )
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False)
