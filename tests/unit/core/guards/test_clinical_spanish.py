"""The clinical guard on one client told of in Spanish, in several countries' Spanish.

Spanish singles out one client with a singular article or "mi" before a
client word or a plain person word ("un pibe", "la chavala", "una señora"),
then an event in the past, what the person did to the author ("me dijo"),
or the author's own work with them in a relative clause ("que atiendo",
"a la que acompaño"). Plurals, general frames, colleagues, the author's own
family, stories on screen and research stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards.spanish_gate import spanish

#: One client, told in Spanish grammar (Argentina, Spain, Colombia, Chile, Mexico…).
STORIES = [
    "Hoy una consultante me contó que volvió a manejar después del choque. Qué lagrimón.",
    "Un pibe que atiendo desde marzo me regaló un dibujo; está pegado en la heladera.",
    "Mi paciente de las 18 no vino y no contesta los mensajes. Estoy preocupada, la verdad.",
    "La chavala que veo los martes por fin se atrevió a plantarle cara a su jefe. Qué orgullo.",
    "Me preguntó ayer un paciente si yo también tengo miedo. Le dije que sí, a veces.",
    "Uno de mis pacientes dejó de tomar hace un año y hoy lo celebramos en sesión.",
    "Tuve hoy a una señora de 70 y pico que nunca había hablado de su duelo.",
    "Colegas, consulta: chica de 16 con autolesiones que no quiere que sus papás sepan. ¿Ideas?",
    "Esta mañana el usuario de la cama 4 pidió hablar conmigo antes del alta.",
    "Caso anonimizado para pensar entre todos: varón de 30, tres intentos previos. ¿Por dónde?",
    "Mi consultante dice que el duelo le llega en oleadas. Hoy fue una ola grande.",
    "Una pareja que atiendo hace meses por fin pudo hablar sin gritarse. Pequeños milagros.",
    # the perfect, as Spain tells today's events
    "Esta mañana una chica me ha dicho que por fin ha vuelto a clase. Me he venido arriba.",
    "He atendido hoy a un chaval de 14 que no había contado nada a nadie. Qué valiente.",
    "La consultante de los jueves canceló otra vez. Ya van tres.",
]

#: Spanish about clients in general, colleagues, family, fiction and research.
GENERAL = [
    "Los pacientes con depresión suelen llegar tarde a la primera cita. No es desinterés.",
    "Si un paciente te dice que quiere morir, pregúntale directamente. No induce la idea.",
    "Una colega me contó que dejó la clínica por el burnout. Cuídense, compañeras.",
    "Mi mamá me dijo ayer que está orgullosa de mí. Treinta y ocho años esperando eso.",
    "En la película, la paciente llegó al consultorio y el terapeuta la abrazó. Eso no se hace.",
    "Cada paciente que llega a consulta trae su historia. Nuestro trabajo es escuchar sin apuro.",
    "Un estudio con 2.000 pacientes mostró que la terapia grupal funcionó igual de bien.",
    "Mi compañera de guardia me enseñó a pedir un café antes de cada ingreso. Gran consejo.",
    "Un chico de 15 años tiene derecho a la confidencialidad, incluso frente a sus padres.",
    "Los adolescentes me preguntan mucho por TikTok y salud mental. Tema para un hilo.",
    "Mi paciente ideal es alguien con ganas de trabajar en sí mismo. Escríbeme.",
    "Mi paciente favorita es la que pregunta todo. ¡Pregunten, que para eso estamos!",
    "Recomiendo el libro de Yalom: un paciente llega a terapia tras la muerte de su esposa.",
    "Un paciente que ha sufrido un trauma suele desconfiar al principio. Denle tiempo.",
    "Una adolescente que se ha autolesionado debe ser escuchada sin juicio.",
]


@pytest.mark.parametrize("text", STORIES)
def test_one_client_told_in_spanish_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_spanish_about_no_client_in_particular_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Un peladito que acompaño en el colegio me dijo que soy la única adulta que le cree.",
        "Hoy valoré a una muchacha en urgencias que no quería seguir viviendo. No duermo.",
    ],
)
def test_a_personal_post_about_ones_own_client_in_spanish_is_flagged(findings, text) -> None:
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Ayer fui a mi psicóloga y me dijo que tengo que poner límites. Qué difícil, che.",
        "Un señor en el subte me gritó porque no le di el asiento. Buenos Aires, te amo igual.",
        "El chaval del reparto me trajo el pedido de otra persona y encima le di propina.",
    ],
)
def test_a_personal_post_about_ones_own_therapy_or_a_stranger_passes(findings, text) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


def test_spanish_is_told_from_english_by_its_grammar_words() -> None:
    assert spanish("hoy mi paciente llegó con una sonrisa y me dio las gracias")
    assert not spanish("a client told me today that she finally slept through the night")
    assert not spanish("la la land at the el paso film fest with me and my sister")


def test_a_short_spanish_draft_counts_words_that_punctuation_clings_to() -> None:
    assert spanish("niño en sesión, hoy: «ya no quiero ir al colegio»")
    assert spanish("adolescente en consulta, hoy: «ya no quiero volver al colegio»")
    assert not spanish("lunch: tacos (de asada), then a drive in the el camino.")


def test_a_short_spanish_client_quote_is_a_client_story(findings) -> None:
    text = "Adolescente en consulta, hoy: «ya no quiero volver al colegio». Me quedé pensando."
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
