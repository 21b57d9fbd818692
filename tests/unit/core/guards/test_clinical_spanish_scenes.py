"""The clinical guard on a Spanish client story told with no client word before the event.

"alguien" who told the author something today or has come for a while,
sessions counted with one person, a case the author is stuck on, the
author's therapy group on the day, a supervisee's patient, a verbless scene
or a heading after the session, the client addressed, initials acting and
the hour's person with a noun; in Spain's Spanish and Latin America's.
General frames, readers, colleagues' groups, psychoeducation and practice
news stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

STORIES = [
    # "alguien" telling the author something, perfect or preterite, either order
    "Ayer alguien me dijo en consulta que nunca se había sentido escuchado. Me quedé muda.",
    "Esta tarde alguien me ha contado algo que llevaba veinte años callando. Necesito un paseo.",
    "Me lo ha soltado esta mañana alguien con quien trabajo desde enero: «ya no me da miedo».",
    # someone the author has seen for a while
    "Una persona que lleva dos años conmigo ha vuelto a conducir. Lo celebramos juntas.",
    "Una chica que lleva meses viniendo a consulta hoy me trajo galletas caseras.",
    # sessions counted with one person, a case the author is stuck on
    "Vamos por la quinta sesión con una señora que no consigue nombrar a su marido.",
    "Llevamos ocho sesiones con un chico que solo habla de videojuegos. Y está bien así.",
    "Bloqueado con un caso de duelo complicado. ¿Lecturas que me recomendéis?",
    "Atorada con un caso de consumo, la neta. ¿Alguien que haya trabajado con familias?",
    "Llevamos doce sesiones con un pibe que no habla de su viejo. Hoy lo nombró.",
    "Os cuento un caso: mujer de mediana edad, pánico, no sale de casa. ¿Por dónde empezaríais?",
    # the author's group on the day
    "Nuestro grupo de duelo de los martes hoy ha cerrado su última sesión con un abrazo.",
    # a supervisee's patient
    "Hoy superviso a una residente: su paciente la llamó borracho a medianoche.",
    "Mi supervisada me trae un caso de pánico: el paciente sigue sin salir de casa. ¿Ideas?",
    # a verbless scene, a heading
    "Tarde de sesiones duras. Un señor mayor llorando por su perro. Hoy me lo llevo a casa.",
    "Familia en consulta esta mañana: la madre hablando sin parar, el hijo en el móvil.",
    # the client addressed: tú, vos, usted
    "Vos, que ayer llegaste tarde a la sesión y pediste perdón tres veces: no pasa nada.",
    "A ti, que me dijiste en consulta que no valías nada: mira lo que has conseguido.",
    "Usted, que me trajo flores el último día de terapia: no se imagina lo que me alegró.",
    # initials acting, the hour's person with a noun
    "Esta semana J.R. por fin llamó a su hermano. Meses trabajándolo en sesión.",
    "Sigo pensando en la señora de las 17h que hoy ha venido a sesión sin dormir.",
]

GENERAL = [
    # "alguien" in a general frame, a reader, a follower
    "Si alguien te dice hoy que exageras, recuerda que tus emociones son válidas.",
    "Hoy alguien me ha dicho que mi hilo sobre la ansiedad le ha ayudado. Gracias por leer.",
    "Hoy alguien me ha dicho en el curro que tengo cara de cansada. Gracias, supongo.",
    "Hoy alguien me ha preguntado si tengo huecos para terapia online. Sí, escribidme.",
    "Ayer alguien me preguntó cuánto cobro por sesión. Tarifas en la web.",
    "Alguien que lleva años en terapia suele conocer bien sus patrones.",
    # sessions, cases and groups in general, or a colleague's
    "Muchos pacientes necesitan varias sesiones con un profesional antes de confiar.",
    "En terapia solemos trabajar con un caso tipo para explicar la exposición.",
    "Mi grupo de supervisión ha tenido hoy una sesión buenísima sobre límites.",
    "Mi grupo de lectura hoy ha tenido sesión sobre Yalom. Muy recomendable.",
    "En las jornadas, un caso de TCA: paciente de veinte con restricción. Muy bien presentado.",
    "Os dejo un caso de ejemplo: paciente con TOC de limpieza. Así se entiende la EPR.",
    "Supervisando a residentes aprendo mucho: la paciente siempre enseña algo al terapeuta.",
    # psychoeducation headings and scenes with no day
    "Pareja en terapia: cinco señales de que el proceso está funcionando 🧵",
    "Un adolescente autolesionándose no busca llamar la atención; está pidiendo ayuda.",
    "Una madre buscando ayuda para su hijo puede llamar al 024 a cualquier hora.",
    # addressed readers and practice news
    "Tú, que me lees cada semana: gracias por estar ahí.",
    "Abrimos agenda en enero: sesiones de tarde, presenciales y online.",
    "Recordatorio: la consulta cierra del 24 al 26. Urgencias, al 112.",
    # initials that are not a person, and the hour with no one
    "Hoy EE.UU. ha aprobado un nuevo fármaco para la depresión posparto.",
    "La reunión de las 17h se ha movido al jueves, colegas.",
    "El señor de las 8 que reparte el pan ya sabe que le debo un café.",
    # a scene that is a claim, a heading that announces a topic
    "Hoy en consulta hemos hablado de límites. Un adolescente pidiendo ayuda merece respeto.",
    "Mujer en consulta hoy: ¿cuándo pedir ayuda por ansiedad posparto? Te lo cuento.",
    # colleagues and training
    "Alguien que lleva años conmigo en la consulta, mi compañera Ana, se jubila hoy.",
    'Hoy en la sesión de formación alguien me ha dicho "eso no funciona". Debate sano.',
]


@pytest.mark.parametrize("text", STORIES)
def test_a_spanish_story_with_no_client_word_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_spanish_general_talk_readers_and_news_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Hoy alguien me ha dicho que soy un sol. Mi sobrina, claro.",
        "Llevo dos años con un chico maravilloso y hoy nos vamos a Lisboa.",
        "Tú, que me dejaste plantada en la puerta del trabajo: ojalá te vaya bonito.",
        "Vos, que me prestaste tu campera en la clase de yoga: gracias, crack.",
        "La chica de las 8 que da la clase de spinning hoy ha faltado. Qué faena.",
    ],
)
def test_family_and_partners_on_the_personal_account_pass(findings, text: str) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text
