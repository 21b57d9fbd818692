"""The whereabouts guard on a Spanish day: rides, meals out, errands, occasions, small hours.

Spanish in any country puts the author somewhere without "estoy en": a bus
by its number after a posture ("Parado en el 60"), a gerund of travel
opening the sentence ("Despegando hacia…"), a meal opening the sentence at
a kind of place ("Almuerzo … en una taberna de…"), two shops in a list, the
author's kin at a placed occasion, a class at a clock time, an hour from
one to four "de la madrugada". Stories and advice about other people,
practice announcements, research and film scenes stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

ON_THE_MOVE = [
    "Parado en el 60 hace media hora, con el libro de Winnicott en la mano y sin lugar.",
    "Cogiendo el Cercanías con el café en la mano, la jornada va a ser larga.",
    "La línea C frenada en Constitución otra vez, llevo 15 minutos sin moverme.",
    "En el tren rumbo a La Plata, repasando la clase que doy después.",
    "Despegando hacia Montevideo, nos vemos el viernes en el congreso de la región.",
    "Haciendo escala en Panamá con seis horas de espera por delante. Paciencia.",
    "Me bajé del subte una estación antes para caminar un poco antes de las sesiones.",
    "Aterrizo en El Prat a mediodía y por la tarde ya estoy dando la ponencia.",
    "Tomando el camión por Tlalpan con la lluvia encima, a ver si llego a la primera cita.",
    "Sacando a los perros por la rambla antes de abrir, el mar está precioso.",
    "Nos hemos escapado a la costa gallega el fin de semana largo.",
    "Hoy trabajando desde la casa de mis suegros en Salamanca, con mala conexión.",
]

OUT_AND_ABOUT = [
    "Un café con leche en la confitería de Cabildo y Juramento antes del primer turno.",
    "Almuerzo con mi equipo en una taberna de Lavapiés. Volvemos con energía.",
    "Cañas con las compañeras de la facultad en La Latina, ya tocaba.",
    "Tarde de tapas por Triana con amigas, el móvil en silencio.",
    "Mañana de recados antes de abrir la consulta, como cada lunes.",
    "Entre turno y turno: carnicería, kiosco y el correo, todo en una hora.",
    "Bautizo de mi sobrina en Tandil, me toca ser madrina.",
    "Comunión de mi ahijado el sábado, así que el lunes llego tarde.",
    "Pilates a las 7 en el club del barrio y después a trabajar.",
    "De vinos con las amigas del colegio por el centro, que nos lo merecemos.",
    "Cenando en una cantina de Polanco con el equipo después del congreso.",
]

WAITING_AND_ARRIVING = [
    "Recién llegada a Quito para las jornadas, la altura me tiene mareada.",
    "En la cola de la farmacia de guardia, media hora ya, con un libro en la mano.",
    "Aquí, en la sala de embarque, repasando las diapositivas por última vez.",
    "Camino del cementerio con mi hermano, hoy se cumplen diez años de lo de papá.",
    "Trotando por la costanera a las 6, antes de que empiece el calor y la consulta.",
    "Domingo de paella en casa de mis padres, sobremesa larga y nada de correos.",
    "Mañana de playa con los sobrinos y la nevera llena, desconexión total.",
    "Esta tarde en Rosario, presentando el libro con dos colegas queridas.",
    "Me escapo al súper entre sesión y sesión, que no hay nada en la heladera.",
    "Casi pierdo el último metro de vuelta a casa, ahora a dormir.",
    "A punto de despegar hacia Santiago, el congreso empieza mañana temprano.",
    "Yo acá en la costa, con el mate y sin notificaciones.",
    "Este finde en la sierra con la bici, nada de correos hasta el lunes.",
    "Estos días atiendo por videollamada desde Mar del Plata, cuidando a mi papá.",
    "Mi pareja y yo de vacaciones en Menorca, el correo lo miro a la vuelta.",
    "Mi hermano me dejó en el aeropuerto de Ezeiza, embarco en una hora.",
    "Mañana me toca dentista a primera hora, así que empiezo las sesiones a las 11.",
    "Tengo turno con la dermatóloga a las 5 y después vuelvo al consultorio.",
]

CLOSED = [
    "El gabinete cierra del 3 al 24 de agosto; en septiembre retomamos.",
    "Cerramos la consulta en Semana Santa, a la vuelta respondo los correos.",
    "Hoy no atiendo, me toca dentista y trámites del colegio de los chicos.",
]

SMALL_HOURS = [
    "Son las 2:40 y sigo despierto pensando en la supervisión de mañana.",
    "Las 4 y cuarto de la madrugada y yo corrigiendo tesis.",
    "Dos y media de la mañana, todavía con el informe para la prepaga.",
    "Desvelada desde las 3, repasando el caso para el ateneo.",
    "Otra vez lo mismo: las dos y media y yo sin dormir, mirando el techo.",
    "Madrugada del lunes, y todavía escribiendo la ponencia del congreso.",
]

QUIET = [
    "En el subte muchas personas con agorafobia sienten que no hay salida posible.",
    "Si son las 3 de la mañana y no podés dormir, dejá el celular y leé algo aburrido.",
    "Los pacientes con fobia social suelen evitar la verdulería, la farmacia y el banco.",
    "Una paciente me contó del cumple de su abuela y de lo sola que se sintió.",
    "Clases de yoga a las 18 en el consultorio: abrimos grupo para ansiedad, cupos limitados.",
    "La película muestra a una terapeuta aterrizando en Madrid sin saber qué la espera.",
    "Llamadas al 135 a las 2 de la madrugada: la mayoría son de jóvenes, dice el informe.",
    "Son las preguntas de siempre: ¿cuánto dura?, ¿cuánto cuesta? Las respondo en la primera.",
    "Una paciente sigue despierta toda la noche desde que murió el marido, me cuenta la hija.",
    "El bar de la esquina aparece en los sueños de muchos analizantes: el lugar del padre.",
    "Yoga en el parque reduce la ansiedad, según un metaanálisis reciente.",
    "Mi supervisora tomaba el tren a Temperley todos los martes para venir a vernos.",
    "El gabinete está cerrado los viernes por la tarde; los correos, al otro día.",
    "Volviendo al tema de la semana pasada: el encuadre también cuida al analista.",
    "Trabajando desde la teoría del apego se entiende mejor a estos adolescentes.",
    "Aquí en Uruguay las listas de espera en salud mental pública superan los cuatro meses.",
    "Camino a la recuperación no hay atajos: hay idas, vueltas y recaídas que enseñan.",
    "Cola de espera de cinco meses para una primera cita en salud mental pública.",
    "Tarde de playa o de montaña, lo que importa es soltar la pantalla, dicen los estudios.",
    "Recién llegados a un país nuevo, muchos migrantes viven un duelo que nadie nombra.",
    "Hoy en México, millones de personas siguen sin acceso a un psicólogo en su municipio.",
    "Madrugada y redes sociales: la peor combinación para un adolescente con ideación.",
    "No atiendo consultas por mensaje directo: para pedir hora, el formulario de la web.",
    "Si vais en el metro y os falta el aire, salid en la siguiente parada y respirad.",
    "Desde el campo de la neuropsicología, esa afirmación no se sostiene.",
    "Hoy en el hospital hablamos de cómo acompañar a las familias en un duelo.",
    "Café y casos clínicos en el Colegio de Psicólogos el jueves: inscripciones abiertas.",
    "Comida y emociones en el Trastorno por Atracón, un hilo para quien lo necesite.",
    "Atiendo online desde Valencia a pacientes de cualquier ciudad, también en inglés.",
    "Trabajo en el campo de la salud mental perinatal desde hace doce años.",
    "Mi compañera de despacho se fue de vacaciones a Lanzarote y volvió renovada.",
    "Un colega aterrizando en Roma para el congreso me mandó fotos del Coliseo.",
    "Mi hija está de viaje de estudios en Londres y yo contando los días.",
    "Si tenés cita con el médico y te da ansiedad, anotá antes lo que querés preguntar.",
    "Una paciente tenía turno con el psiquiatra y no fue: hablamos de eso en sesión.",
    "El duelo por un abuelo no tiene fecha: en la boda de un nieto puede volver entero.",
]


@pytest.mark.parametrize(
    "text", ON_THE_MOVE + OUT_AND_ABOUT + WAITING_AND_ARRIVING + CLOSED + SMALL_HOURS
)
def test_a_spanish_day_of_the_author_warns(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", QUIET)
def test_spanish_about_other_people_or_advice_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


def test_the_personal_pane_may_tell_the_day(findings) -> None:
    text = "Sentado en el 152 volviendo a casa, con ganas de una pizza."
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False)
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False, account=Role.PERSONAL)
