"""Whether a draft is written in Spanish: a few of the language's grammar words, counted cheaply.

The Spanish readers (client stories, whereabouts, self-identification) are
only worth running on Spanish drafts. Spanish writes its articles,
prepositions and pronouns as short separate words ("que", "de", "la", "el",
"los", "una", "por", "con", "para", "mi", "y", "en") that English almost
never has, and its own letters ("ñ", "¿", "á", "ó"), so three distinct ones
mark a Spanish draft in every country. An English draft pays one split,
one translation, one set intersection and a few character checks, no pattern.
"""

from __future__ import annotations

#: Spanish grammar words. English shares few of them as whole words ("de"/"la"/"el" in
#: names, "a la carte"), which is why three distinct ones are asked for; "me" is left out.
_WORDS = frozenset(
    (
        "que",
        "de",
        "la",
        "el",
        "los",
        "las",
        "una",
        "por",
        "con",
        "para",
        "mi",
        "y",
        "en",
        "del",
        "es",
        "lo",
        "se",
        "un",
        "si",
        "yo",
        "le",
        "su",
        "al",
        "pero",
        "hoy",
        "muy",
        "sus",
        "unos",
        "unas",
        "hasta",
        "desde",
        "está",
        "estoy",
        "nos",
        "hay",
        "más",
        "porque",
        "cuando",
        "sin",
        "este",
        "esta",
        "esto",
        "mis",
        "te",
        "tengo",
        "fue",
        "ni",
        "otra",
        "otro",
        "nada",
        "todo",
        "ahora",
    )
)
#: Letters English hardly writes: "¿", "¡", "ñ" and the accented vowels but "é" (café).
_LETTERS = ("\u00bf", "\u00a1", "\u00f1", "\u00e1", "\u00ed", "\u00f3", "\u00fa")
#: Punctuation that clings to a word ("hoy:", "consulta,", "«no"), read as a space.
_CLINGS = ',.;:!?¡¿«»"“”()…'
#: As a string indexed by code point (`str.translate` takes any table it can index): a
#: dict made by `str.maketrans` costs a failed look-up for each distinct letter, several
#: times the whole translation; a character past the table's end is left as it is.
_CLINGING = "".join(
    " " if chr(i) in _CLINGS else chr(i) for i in range(max(map(ord, _CLINGS)) + 1)
)
#: How many distinct grammar words or letters make a draft Spanish.
_ENOUGH = 3


def spanish(folded: str) -> bool:
    """Whether the lower-cased draft reads as Spanish.

    Args:
        folded: the draft lower-cased.

    Returns:
        True when at least three distinct Spanish grammar words or letters are present.
    """
    seen = len(_WORDS.intersection(folded.translate(_CLINGING).split()))
    for letter in _LETTERS:
        if seen >= _ENOUGH:
            break
        if letter in folded:
            seen += 1
    return seen >= _ENOUGH
