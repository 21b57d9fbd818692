"""The clinical guard on a Spanish client story told as a note, a case brought or a slot.

Written the way clinicians in Peru, Puerto Rico, Venezuela, Chile or Spain
jot one client: a case headed or brought to supervision, a bare person and
an age, a new or referred client, an honorific with an age, a record
number, a family in therapy, the hour slot or the client's town as a
person, the day's clients as a group, a relative named with the client's
name, a client addressed by name. Psychoeducation, general plurals,
practice news, FAQs, workshops, teaching cases and the author's own people
stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

STORIES = [
    # a case headed, or brought to supervision
    "Caso difícil: señor que no quiere dejar el trago y la esposa ya se cansó. Opiniones?",
    "Un caso que me tiene sin dormir: chica de 17 que dejó de ir al cole hace dos meses.",
    "Mi supervisada me presentó hoy un caso de violencia intrafamiliar que me dejó helada.",
    "En supervisión vimos el caso de un compañero: una señora que llora cada sesión y no vuelve.",
    "La residente trajo su caso a la reunión: un muchacho con crisis de pánico en el metro.",
    # a bare person word and an age, in a question or a note
    "Chamo de 9 en cuarto grado, no lee todavía y la maestra dice que es flojera. ¿Qué evalúo?",
    "Adolescente de 15 con cortes en los brazos, la familia lo niega. ¿Cómo empezarían?",
    "Preguntita: chibola de 12 que no quiere comer delante de nadie. ¿Por dónde voy?",
    # a new or referred client
    "Consultante nuevo el jueves 4pm, derivado de psiquiatría, dx de TOC. Leyendo su historia.",
    "Mañana recibo una paciente referida por su ginecóloga, posparto difícil. Leo su historia.",
    # an honorific, a name and an age
    "Don Ramiro, 78, vino solo por primera vez. Dice que su hijo ya no lo llama.",
    "Doña Elvira, 88 años, me tejió una bufanda en la última visita al hogar.",
    "La señora T. G., 70 años, ingresada desde el lunes, me pidió que llamara a su nieta.",
    # a record by its number
    "Recordatorio mío: la historia clínica 18-552 no tiene firmado el consentimiento informado.",
    "Ojo que al expediente 3318-B le falta la evaluación de la escuela.",
    # a family in therapy
    "Una familia que acompaño nos trajo tamales después de la sesión de cierre.",
    "La familia Huamán nos mandó una foto del bebé, después de un año de terapia familiar.",
    # the hour slot or the client's town as a person
    "mi 5pm no vino otra vez y no avisa. tercera falta, toca llamar a la mamá",
    "Mi 10am llego llorando y se fue riendo. Buen día.",
    "El de Ponce que faltó otra vez: acá te espero el jueves, sin regaño.",
    "La de Surco que canceló ayer me escribió para reagendar. Respiro.",
    # the day's clients as a group
    "Mis consultantes de hoy llegaron todos con el tema de la Navidad sin sus muertos.",
    # a relative named with the client's name
    "Audio de la mamá de Brenda a medianoche: que no quiere ir al colegio mañana.",
    "El papá de Tomás R. no firmó la autorización para la evaluación. Tercera vez que le escribo.",
    "Llamada del papá de un chamo que atiendo a las 10pm: que se escapó otra vez.",
    "Whatsapp de la abuela de una nena del colegio: que hoy no la manda, que tiene fiebre.",
    # the author assessing one person, a session headed by its day
    "Evalué ayer a una chibola de 10 que no quiere entrar al salón. La profe la manda afuera.",
    "Terminé la evaluación de un nene de 7 y el papá se quedó callado con el informe.",
    "Sesión de pareja hoy: él por fin dijo lo que nunca había dicho. Silencio largo.",
    "La sesión familiar de ayer: la abuela se levantó y abrazó al nieto. Nadie lo esperaba.",
    # a need told of one client, not a rule
    "La mamá de una nena que veo necesita un permiso del trabajo y nadie se lo da.",
    # a client addressed by name in an open note of pride
    "Rosa Huanca, si me lees: tres meses sin consumir. Estoy orgullosa de ti.",
    # a later thread post with what the client sent
    "3/ Anoche me escribió: 'lo logré, subí al ascensor sola'. Lloré en la cocina.",
    "2/ Hoy me mandó una foto: llegó hasta el paradero sin ayuda. Pequeños pasos.",
    # someone out of a group of care, with no "que" in the post
    "Un señor del taller de duelo lloró hoy por primera vez. Nadie lo apuró.",
    # an adjective of order before the client word, a Spanglish child word, a student seen
    "Mi última paciente de la tarde llegó con su hija en brazos. No hubo sesión, hubo café.",
    "La kiddo de los viernes trajo a su perro de peluche para que yo lo conozca.",
    "La mamá de un alumno que atiendo en la escuela me pidió una reunión urgente.",
    "El papá de una nena que estoy acompañando me gritó en el pasillo.",
    "Pregunta a colegas: paciente joven con anorexia que no reconoce nada. ¿Cómo crean alianza?",
    "Ayer una clienta me regaló un cuadro que pintó en su proceso.",
]

QUIET = [
    # psychoeducation and general plurals
    "Muchos pacientes llegan diciendo que no saben por qué vienen. Y está bien no saberlo.",
    "Los pacientes suelen cancelar más en diciembre. No es desinterés, es la época.",
    "Un paciente nuevo suele llegar con miedo. Recibirlo sin apuro ya es terapia.",
    "La psicoeducación con familias funciona mejor cuando hay preguntas, no sermones.",
    "Cuando una familia llega a terapia, casi nunca es por quien creen.",
    # practice news, FAQs, workshops, hiring
    "¿Paciente nuevo? Así funciona la primera cita: 60 minutos, online o presencial.",
    "Pacientes nuevos: la primera consulta es de evaluación. Escríbenos por DM.",
    "Taller para mamás y papás de niños de 6 a 12 años, sábados de 10am a 12pm.",
    "Grupo para adolescentes de 13 a 17 años: inscripciones abiertas hasta el lunes.",
    "Pregunta frecuente: ¿atienden por seguro? Trabajamos con reembolso en algunos planes.",
    "Estamos contratando psicóloga clínica para el consultorio, medio tiempo. CV por correo.",
    "El consultorio cambia de horario: desde enero, de lunes a viernes de 9am a 6pm.",
    # teaching and published cases
    "Caso de clase: paciente de 30 años con ataques de pánico. ¿Qué preguntas harían?",
    "En supervisión revisamos un caso hipotético para el examen de licencia.",
    "Caso difícil: el de la película que vimos en el cineclub. Debate el viernes.",
    # the author's own people and life
    "¿Mamá de 3 y sin tiempo para ti? Este taller es para ti.",
    "La familia de mi esposo nos trajo flan para la cena de Nochebuena.",
    "La mamá de Sofía Vergara tiene una tienda en Barranquilla, dice la revista.",
    "Mi 7am es el café y nadie me lo quita.",
    "La de recursos humanos que canceló la reunión de hoy, gracias, de verdad.",
    "Mis pacientes me enseñan cada día que la esperanza se practica.",
    "Historia clínica electrónica: por fin el hospital la implementa en 2025.",
    "Expediente 2024: el año en que más hablamos de salud mental en el país.",
    "Mi primer paciente fue hace diez años y todavía recuerdo lo nerviosa que estaba.",
    "Si alguien sabe de un buen pediatra en Miraflores, me avisan.",
    "Sesión de fotos hoy: el fotógrafo llegó tarde y el estudio estaba helado.",
    "Un paciente con trauma necesita sentirse seguro antes de hablar. Eso no se apura.",
    "Evalué a un proveedor nuevo para el software de la consulta: muy recomendable.",
    "Mensaje de la mamá de una amiga: que me cuide del frío. Las mamás son así.",
    "2/ Me escribió una colega: ¿hay cupos para el taller de enero? Sí, quedan cinco.",
    "Juan, si me lees: gracias por la ponencia de ayer, estoy orgullosa de ti.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_spanish_case_note_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", QUIET)
def test_spanish_practice_posts_and_general_talk_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "hoy una clienta me contó que por fin se fue de la casa de su ex. me fui feliz",
        "Mis pacientes de la clínica hoy llegaron todos agotados. Diciembre pesa.",
        "Una chica de mi grupo de los martes leyó hoy lo que escribió sobre su duelo.",
        "Un kiddo que acompaño me dijo hoy que soy su persona favorita. Derretida.",
    ],
)
def test_a_client_story_on_the_personal_account_is_flagged(findings, text: str) -> None:
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Mi 4pm canceló y me fui al cine. Cero culpa.",
        "Hoy una clienta de la peluquería me contó que se casa en enero. Qué chisme.",
        "Mis clientes de la tienda de mi mamá hoy vinieron todos por panetón.",
        "La familia me trajo torta por mi cumpleaños después de la sesión de fotos.",
    ],
)
def test_the_authors_own_life_on_the_personal_account_passes(findings, text: str) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text
