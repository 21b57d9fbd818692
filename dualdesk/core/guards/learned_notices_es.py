"""A Spanish practice notice, which the whereabouts model should not read as a day out.

`learned_gates.NOTICE` holds the English notices. A practice writing in
Spanish announces the same things: a new address ("Nueva dirección del
consultorio desde enero: …", "nos mudamos a…", "el centro se traslada",
"Cambio de dirección: el consultorio estará en …"),
its timetable ("Nuevo horario de atención:"), and how to book ("Primeras
entrevistas: por mail o WhatsApp…", "Turnos: solo por mensaje"). The
address of a practice is public and its hours are a timetable, not where
the author is today.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

#: What a notice cannot be without (looked up before the pattern runs).
_KEYS = (
    "nueva ",
    "nuevo ",
    "muda",
    "trasla",
    "horario",
    "entrevistas",
    "turnos",
    "citas",
    "consultas",
    "agenda",
    "cambio de",
    "estará en",
    "funcionará en",
)
NOTICE = compiled(
    r"\bnueva (?:dirección|sede|ubicación|oficina)\b"
    # "Cambio de dirección: desde el 1 de marzo el consultorio estará en …"
    r"|\bcambio de (?:dirección|domicilio|sede|consultorio)\b"
    r"|\b(?:el|la|nuestro|nuestra|mi) (?:consultorio|consulta|centro|despacho|gabinete|clínica)"
    r" (?:estará|funcionará) en\b"
    r"|\b(?:nos mudamos|nos mudaremos|nos trasladamos|nos trasladaremos"
    r"|(?:el|la|nuestro|nuestra|mi) (?:consultorio|consulta|centro|despacho|gabinete|clínica)"
    r" se (?:muda|mudó|mudará|traslada|trasladó|trasladará))\b"
    # (a household moving: "nos mudamos de casa", "a un depto nuevo")
    r"(?! de (?:casa|depto|departamento|barrio|ciudad|país)| a (?:una|otra|un|otro) (?:casa|depto"
    r"|departamento|ciudad|país))"
    r"|\b(?:nuevo |nuestro )?horario (?:de atención|del consultorio|de consulta)\s*:"
    r"|\bnuevo horario\b"
    r"|\b(?:primeras entrevistas|primeras consultas|turnos|citas|agenda|consultas)\s*:\s*"
    r"(?:(?:solo|sólo|únicamente) )?(?:por|vía|al|escribiendo|llamando)\b"
)


def notice(low: str) -> bool:
    """Whether a lower-cased draft is a Spanish practice notice."""
    return holds_any(low, _KEYS) and NOTICE.search(low) is not None
