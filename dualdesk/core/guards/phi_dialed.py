"""`phi`: an eight-digit phone that the author dialled or wrote to, or that follows a person.

Much of Latin America writes a mobile as eight bare digits, with no trunk 0
or "+" (Bolivia's "76012934", El Salvador's and Costa Rica's "7012-3456",
Guatemala's, Honduras's, Panama's, Nicaragua's), which is too short for
`phi_phone_cues`. What makes them a person's phone is what comes before: the
author writing, calling or sending a message to someone at it ("le escribí
al 7601-2934", "la llamé al", "le mandé un audio al"), or a person just
named and a comma ("su mamá, la señora Ana, 7154 8236").

Quiet: the practice's own line in a notice ("Mismo teléfono: 2263-4518",
"Citas al 2263-4518": no one is written to), crisis and public lines, and
numbers that are sums, counts or dates.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled

#: Eight digits, in one group or two of four, standing alone.
_EIGHT = r"(?<![\w+./-])\d{4}[ -]?\d{4}(?![\w/-]|[.,]\d)"
#: The author writing or calling someone at the number: "le escribí al 7601-2934".
DIALLED = compiled(
    r"\b(?:le|la|lo|les|los|las) (?:escribí|marqué|llamé|mandé (?:un )?(?:mensaje|audio|whatsapp"
    r"|wasap|correo)|texteé|hablé|timbré|volví a (?:escribir|llamar|marcar))"
    r"(?: (?:otra vez|de nuevo|ayer|hoy|anoche|tres veces|dos veces))? (?:al|a este número:?)\s*"
    rf"(?P<num>{_EIGHT})"
)
#: A relative or a titled person just named, a comma, and the number: "su mamá, … , 71548236".
AFTER_PERSON = compiled(
    r"\b(?:su|sus) (?:mamá|papá|madre|padre|abuel[oa]|tí[oa]|herman[oa]|tutor[a]?|espos[oa]"
    r"|pareja|hij[oa])(?:, (?:la señora|el señor|doña|don) [a-záéíóúñ]+)?,? "
    rf"(?:(?:cel(?:ular)?|tel(?:éfono)?|n[úu]mero)\.?:? )?(?P<num>{_EIGHT})"
)
_KIND = "a phone number"
_ADVICE = "Remove the phone number."


def dialled(text: str, folded: str) -> list[tuple[int, int, str, str]]:
    """Spans of an eight-digit number the author wrote to, or a relative's after their name.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, same offsets.
    """
    if sum(map(text.count, "0123456789")) < 8:
        return []
    found = []
    if " al" in folded:
        found += [(*m.span("num"), _KIND, _ADVICE) for m in DIALLED.finditer(folded)]
    if "su " in folded:
        found += [(*m.span("num"), _KIND, _ADVICE) for m in AFTER_PERSON.finditer(folded)]
    return found
