"""Spanish small hours told by the clock: "Son las 3:10 y estoy despierta".

Spanish tells a small hour without "am": "la 1 y media de la mañana", "las
cuatro de la madrugada", "son las 3:10". Opening a sentence, an hour from
one to four "de la mañana" or "de la madrugada" followed by what the author
is still doing ("… y todavía…", "…, con el informe") says the author is up;
a bare hour opening the sentence says so when the sentence also says awake
("despierta", "sin dormir", "en vela"). An hour inside someone else's
sentence ("llamadas a las 3 de la mañana"), advice in the second person
("si son las 3 y no podés dormir…") and afternoon hours stay quiet.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

_START = r"(?:^|(?<=[.!?:]\s)|(?<=\n))[¡¿\"“«(]?"
#: An hour from one to four, with minutes in digits or words.
_MINUTES = r"(?:[:.h][0-5]\d| y (?:media|cuarto|pico|\d{1,2}|cinco|diez|veinte))"
_SMALL = rf"(?:(?:son|es) )?(?:(?:las|la) )?(?:[1-4]|una|dos|tres|cuatro){_MINUTES}?"
#: An hour that cannot be a count of things: "son las dos", "las 3 y", "3:10".
_BARE = (
    rf"(?:(?:son|es) (?:las|la) (?:[1-4]|una|dos|tres|cuatro){_MINUTES}?"
    rf"|(?:(?:las|la) )?[1-4][:.h][0-5]\d|(?:las|la) [1-4](?= y\b|,| am\b| a\.m)"
    r"|(?:las|la) (?:[1-4]|una|dos|tres|cuatro) y (?:media|cuarto|pico))"
)
#: The night said with the hour: "de la madrugada", "de la mañana", "am".
_NIGHT_WORDS = r"(?: ?(?:am|a\.m\.)| de la (?:madrugada|mañana|noche))"
#: A small hour opening the sentence and named as night, the author carrying on.
CLOCK_NIGHT = compiled(rf"(?i:{_START}{_SMALL}{_NIGHT_WORDS}(?: (?:y|e)\b|,|:| —| -))")
#: A small hour opening the sentence, awake said in the same sentence.
CLOCK_BARE = compiled(rf"(?i:{_START}{_BARE})")
_AWAKE = compiled(
    r"\b(?:despiert[oa]s?|desvelad[oa]s?|en vela|sin dormir|sin pegar (?:un )?ojo|insomnio"
    r"|no (?:puedo|logro|consigo) dormir|no me (?:puedo )?dormir|sin sueño)\b"
)
#: Awake opening the sentence, then the hour: "Despierta desde las 4".
AWAKE_SINCE = compiled(
    rf"(?i:{_START}(?:despiert[oa]|desvelad[oa]|en vela)"
    r"(?: (?:desde|a) (?:las|la)| a eso de las) (?:[1-4]|una|dos|tres|cuatro)\b"
    # sleeplessness named, then the hour: "Insomnio de las 4", "Desvelo a las tres"
    rf"|{_START}(?:insomnio|desvelo|vigilia)(?: (?:de|desde|a)(?: (?:las|la))?|,) (?:[1-4]|una|dos"
    r"|tres|cuatro)\b"
    # the small hours named, the author still at it: "Madrugada de domingo y aquí sigo"
    rf"|{_START}(?:otra )?madrugada(?: (?:de|del) [a-záéíóúñ]+)?(?:,| y\b)"
    r"[^.!?\n]{0,30}?\b(?:sigo|estoy|yo|aquí|acá|todavía|aún|despiert[oa]|sin dormir)\b)"
)

#: Still at it, said with the hour: "Son las 2 y pico y sigo con las notas".
_STILL = compiled(r"\by (?:yo )?(?:sigo|aquí sigo|seguimos|todavía|aún|continúo|aquí)\b")
#: The night paid for, somewhere in the draft: "Mañana, ojeras hasta el suelo".
_TIRED = compiled(
    r"\b(?:zombi|zombie|ojeras|dormir|sueño|cama|desvel\w*|trasnoch\w*|cansad[oa]|agotad[oa]"
    r"|reventad[oa]|madrugada)\b"
)


def small_hours(text: str, low: str) -> list[tuple[int, int]]:
    """Return spans where a Spanish draft tells a small hour the author is up in.

    Args:
        text: the draft (plain quotes), already known to be Spanish.
        low: `text` lower-cased (same offsets).

    Returns:
        (start, end) spans.
    """
    found = [m.span() for p in (CLOCK_NIGHT, AWAKE_SINCE) for m in p.finditer(low)]
    for m in CLOCK_BARE.finditer(low):
        s, e = sentence_bounds(low, m.start())
        if _AWAKE.search(low, s, e) or (_STILL.search(low, s, e) and _TIRED.search(low)):
            found.append(m.span())
    return found
