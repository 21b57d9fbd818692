"""`phi`: postcodes and street addresses written the way other countries write them.

`phi_patterns.PLACE_PATTERNS` reads "14 Harehills Lane" and a US ZIP code.
Elsewhere the house number follows the street ("Storgatan 12", "Hauptstraße
5", "Calle Durango 45", "Rua das Flores 210"), or leads a French one ("12 rue
de la Paix"); and a full postcode pins a handful of houses: the UK's "LS9
7TF", Canada's "K1A 0B1", Ireland's Eircode "D02 X285". Each shape is one
no ordinary word or number takes. It must be someone's: a person in its
sentence ("her address is...", not "SW1A 1AA is the palace"); and, as with
the other addresses, the practice's own ("our new rooms are at Storgatan
12") is published on purpose and does not fire (`phi_practice.ours`).
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Hits, sentence_bounds
from dualdesk.core.guards.phi_practice import SOMEONE, ours
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]

_UP = r"[A-Z\u00c0-\u00de]"
_LOW = r"[a-z\u00df-\u00ff]"
#: A full postcode: the UK's (its inward part never uses C, I, K, M, O, V), Canada's, and
#: Ireland's Eircode.
_POSTCODE = compiled(
    r"(?<![\w-])(?:[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}"
    r"|[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d"
    r"|(?P<eir>[ACDEFHKNPRTVWXY]\d[\dW] [AC-FHKNPRTV-Y\d]{4}))(?![\w-])"
)
#: A street whose kind is its last syllable, then its number: "Storgatan 12", "Vestergade 4".
_STREET_FIRST = compiled(
    rf"(?<![\w-]){_UP}{_LOW}+(?:gatan|v\u00e4gen|gr\u00e4nd|torget|gata|gaten|gate|veien"
    r"|vegen|vej|gade|stra\u00dfe|strasse|weg|gasse|allee|platz|laan|straat|gracht|kade"
    r"|plein|steeg)\s+\d{1,4}[a-zA-Z]?(?![\w,.]\d|\w)"
)
#: A street named after its kind word, then its number: "Calle Durango 45", "Rua das Flores
#: 210", "Via Roma 12", "ul. Długa 7".
_KIND_FIRST = compiled(
    r"(?<![\w-])(?:Calle|C/|Avenida|Avda\.?|Carrera|Rua|Travessa|Via|Viale|Corso|Piazza"
    r"|Ulica|ul\.)\s+(?:(?:de|del|la|las|los|do|da|das|dos|di|della|delle)\s+)*"
    rf"{_UP}[\w\u00c0-\u017f.]*(?:\s+{_UP}[\w\u00c0-\u017f.]*){{0,3}},?\s+(?:#\s*|n[\u00ba\u00b0o]\.?\s*)?"
    r"\d{1,4}(?![\w,.]\d|\w)"
)
#: A French address: "12 rue de la Paix", "4 bis avenue Foch".
_NUMBER_FIRST = compiled(
    r"(?<![\w.,-])\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|all\u00e9e"
    rf"|impasse|quai)\s+(?:(?:de la|de l'|des|du|de|d')\s?)?{_UP}[\w\u00c0-\u017f-]+"
    rf"(?:\s+{_UP}[\w\u00c0-\u017f-]+){{0,2}}"
)
#: Someone in the sentence in the languages these addresses are written in: "su hija",
#: "la señora", "seine Mutter", "hennes dotter".
_SOMEONE_ABROAD = compiled(
    r"\b(?i:su|sus|ella|\u00e9l|se\u00f1ora|se\u00f1or|paciente|hija|hijo|madre|padre|sua|seu"
    r"|ela|ele|m\u00e3e|pai|lei|lui|sie|ihr|ihre|sein|seine|mutter|vater|elle|sa|ses|hon|han"
    r"|hennes|hans|mamma|pappa|dotter|son)\b"
)
#: What each shape needs in the lower-cased draft before it is tried (a postcode: a digit
#: after a capital).
_HINTS = (
    (_POSTCODE, None),
    (_STREET_FIRST, ("gat", "v\u00e4gen", "gr\u00e4nd", "torget", "veien", "vegen", "vej",
                     "gade", "stra\u00dfe", "strasse", "weg", "gasse", "allee", "platz", "laan",
                     "straat", "gracht", "kade", "plein", "steeg")),
    (_KIND_FIRST, ("calle", "c/", "avenida", "avda", "carrera", "rua ", "travessa", "via ",
                   "viale", "corso", "piazza", "ulica", "ul.")),
    (_NUMBER_FIRST, ("rue ", "avenue", "boulevard", "bd ", "chemin", "all\u00e9e", "impasse",
                     "quai")),
)  # fmt: skip
_POSTCODE_HINT = compiled(r"[A-Z]\d")
_KIND = "a street address or postcode"
_ADVICE = "Leave out where the person lives."


def addresses_abroad(text: str, public: Hits, own: frozenset[str]) -> list[Span]:
    """Spans of other countries' street addresses and full postcodes that are no practice's.

    Args:
        text: the draft, plain.
        public: where the draft speaks of public or historical things.
        own: lower-cased words of the user's own names.

    Returns:
        (start, end, kind, advice) spans.
    """
    if sum(map(text.count, "0123456789")) < 1:
        return []
    low = text.lower()
    patterns = [p for p, hints in _HINTS if hints is None or holds_any(low, hints)]
    if _POSTCODE_HINT.search(text) is None:
        patterns.remove(_POSTCODE)
    found: list[Span] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            if m.re is _POSTCODE and m.group("eir") and m.group()[4:].isdigit():
                continue  # "D12 2024": a district and a year, no Eircode
            s, e = sentence_bounds(text, m.start())
            someone = SOMEONE.search(text, s, e) or _SOMEONE_ABROAD.search(text, s, e)
            if not someone or public.within(s, e):
                continue  # "SW1A 1AA is the palace": no one's home in the sentence
            if ours(text, m.start(), own):
                continue
            found.append((*m.span(), _KIND, _ADVICE))
    return found
