"""Whether a draft is written in Spanish: a few of the language's grammar words, counted cheaply.

The Spanish readers (client stories, whereabouts, self-identification) are
only worth running on Spanish drafts. Spanish writes its articles,
prepositions and pronouns as short separate words ("que", "de", "la", "el",
"los", "una", "por", "con", "para", "mi", "y", "en") that English almost
never has, and its own letters ("ñ", "¿", "á", "ó"), so three distinct ones
mark a Spanish draft in every country. An English draft pays a few dozen
substring checks, no pattern.
"""

from __future__ import annotations

#: Spanish grammar words, each between spaces. English shares few of them as whole words
#: ("de"/"la"/"el" in names, "a la carte"), which is why three distinct ones are asked for.
_WORDS = (
    " que ",
    " de ",
    " la ",
    " el ",
    " los ",
    " las ",
    " una ",
    " por ",
    " con ",
    " para ",
    " mi ",
    " y ",
    " en ",
    " del ",
    " es ",
    " lo ",
    " se ",
    " un ",
    " si ",
    " yo ",
    " le ",
    " su ",
    " al ",
    " pero ",
    " hoy ",
    " muy ",
    " sus ",
    "\u00bf",  # "¿" and "¡" open questions and exclamations in Spanish only
    "\u00a1",
    " unos ",
    " unas ",
    " hasta ",
    " desde ",
    " está ",
    " estoy ",
    " nos ",
    " hay ",
    " más ",
    " porque ",
    " cuando ",
    "\u00f1",  # "ñ", and the accented vowels English hardly writes
    "\u00e1",
    "\u00ed",
    "\u00f3",
    "\u00fa",
)
#: How many distinct grammar words make a draft Spanish.
_ENOUGH = 3


def spanish(folded: str) -> bool:
    """Whether the lower-cased draft reads as Spanish.

    Args:
        folded: the draft lower-cased.

    Returns:
        True when at least three distinct Spanish grammar words or letters are present.
    """
    padded = f" {folded} "
    seen = 0
    for word in _WORDS:
        if word in padded:
            seen += 1
            if seen >= _ENOUGH:
                return True
    return False
