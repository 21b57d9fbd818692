"""The other account's marks as one pattern, for the `identity_link` guard.

A profile is named in a post by its handle, its markers (a practice, a blog,
a band, a website), the mailbox name of its email and, for the professional
profile, the forms of the display name. They are found in the spellings a
sentence, a hashtag or a handle gives them: any case, "&" or "and", joined
("#GumbootsAndGravel"), with or without a leading "The", with or without
their accents and the dot after "Dr", and shortened to their leading
capitalised words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.identity_patterns import base_letter

#: Accented Latin letters to their base letter, curly apostrophes and quotes to straight
#: ones: one character for one, so that offsets in the folded text are offsets in the post.
_FOLD = str.maketrans(
    {
        **{
            chr(c): base_letter(chr(c))
            for c in range(0xC0, 0x250)
            if base_letter(chr(c)).isascii()
        },
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
    }
)


def fold(text: str) -> str:
    """`text` with its accents and curly quotes folded, offsets kept ("Ó’Brien" -> "O'Brien").

    A name is typed with or without its accents and with either apostrophe;
    the markers and the post are both folded before they are compared.
    """
    return text if text.isascii() else text.translate(_FOLD)


_HONORIFIC = compiled(r"^(?:dr|mr|mrs|ms|mx|prof)\.?\s+", re.IGNORECASE)
_CREDENTIAL = compiled(r"^(?:[A-Z]{2,6}(?:-[A-Z]+)?|Ph\.?D\.?|Psy\.?D\.?|Ed\.?D\.?)$")
#: What ends the name in a display name: a comma, a bracket, a bar, a dash or a dot.
_AFTER_NAME = compiled(r",|\s*[(\[]|\s[|\u2013\u2014\u00b7-]\s|\|")


def name_forms(display_name: str) -> list[str]:
    """Return the forms of a display name that identify a person.

    "Dr. Jane Q. Doe, LMHC" gives "Dr. Jane Q. Doe, LMHC", "Jane Q. Doe",
    "Jane Doe", "Dr. Doe" and "Dr. Jane" (as children and patients say
    it); a title after a bar or dash ("Dr. Jane Doe | Psychiatrist") is
    dropped the same way. A one-word name gives nothing
    (too common).
    """
    full = display_name.strip()
    named = _AFTER_NAME.split(full, maxsplit=1)[0].strip()
    core = _HONORIFIC.sub("", named).strip()
    words = [w for w in core.split() if not _CREDENTIAL.match(w)]
    if len(words) < 2:
        return []
    forms = {full, named, " ".join(words), f"{words[0]} {words[-1]}"}
    if _HONORIFIC.match(full):
        forms.update((f"Dr. {words[-1]}", f"Dr. {words[0]}"))
    return sorted(forms, key=len, reverse=True)


def marker_text(marker: str) -> str:
    value = marker.strip()
    value = re.sub(r"^(?:https?://)?(?:www\.)?", "", value, flags=re.IGNORECASE)
    return value.rstrip("/")


#: Small words inside a name that keep it one name: "Luna de Plata", "House of Pies".
_PARTICLES = frozenset(
    {
        "de",
        "la",
        "del",
        "los",
        "las",
        "of",
        "and",
        "&",
        "y",
        "da",
        "do",
        "di",
        "du",
        "le",
        "von",
        "van",
    }
)


def short_forms(markers: tuple[str, ...]) -> list[str]:
    """Return the ways a long practice name is shortened in a sentence.

    "Perinatal Minds South London" is "Perinatal Minds" at the Christmas do,
    "Luna de Plata Mariachi" is "Luna de Plata": every leading run of a name
    of three or more words that holds two or more capitalised words, ends
    in one, and has only small joining words ("de", "of") between them.
    They are matched in their own capitals only, so that a common phrase in
    lower case ("high plains") is not taken for the name.
    """
    found = []
    for marker in markers:
        words = marker.split()
        for n in range(2, len(words)):
            head = words[:n]
            capitals = sum(w[:1].isupper() for w in head)
            if (
                capitals >= 2
                and head[-1][:1].isupper()
                and all(w[:1].isupper() or w.lower() in _PARTICLES for w in head)
                and len(" ".join(head)) >= 6
            ):
                found.append(" ".join(head))
    return found


#: A word joining the two halves of a name: "Gumboots & Gravel", "#GumbootsAndGravel".
_AND = r"(?:&|and|\+|n|'n'?)"


def _word_pattern(word: str) -> str:
    """One word of a marker: "&" or "and" alike, a dot after an abbreviation optional."""
    if word.lower() in ("&", "and", "+"):
        return _AND
    if word.lower() in ("dr", "dr."):
        return r"(?:dr\.?|doctor)"
    return re.escape(word[:-1]) + r"\.?" if word.endswith(".") else re.escape(word)


def _words_pattern(marker: str) -> str:
    """A marker as a pattern: spaced as written, or joined as in a hashtag or a handle.

    Joined only when the name is long enough (8 letters) not to be a word of its own.
    """
    words = [_word_pattern(w) for w in fold(marker).split()]
    joined = len(re.sub(r"\W", "", marker)) >= 8 and len(words) >= 2
    between = r"[\s_.-]*" if joined else r"\s+"
    if len(words) >= 3 and words[0].lower() == "the":
        # "The Forty Foot Diaries" is "Forty Foot Diaries" in a sentence that has its own "the"
        return f"(?:the{between})?" + between.join(words[1:])
    return between.join(words)


def local_part(email: str) -> str:
    """The part of an email before "@" when it is distinctive enough to name its owner."""
    local = email.partition("@")[0]
    return local if len(local) >= 6 and re.search(r"[._\d]", local) else ""


@lru_cache(maxsize=8)
def marker_pattern(
    markers: tuple[str, ...], handle: str, short: tuple[str, ...] = (), local: str = ""
) -> re.Pattern[str] | None:
    alternatives: list[str] = []
    domains: list[str] = []
    for marker in sorted(set(markers), key=len, reverse=True):
        if marker.split() and len(marker) >= 3:
            is_domain = "." in marker and len(marker.split()) == 1
            (domains if is_domain else alternatives).append(_words_pattern(marker))
    for form in sorted(set(short) - set(markers), key=len, reverse=True):
        alternatives.append("(?-i:" + r"\s+".join(re.escape(w) for w in fold(form).split()) + ")")
    if len(handle) >= 3:
        alternatives.append("@?" + re.escape(handle).replace("_", "_?"))
    if local:
        alternatives.append(re.escape(local))
    found = []
    if domains:  # a website also after "www.", a mailbox's "@" or another subdomain
        found.append(rf"(?<![\w-])(?:{'|'.join(domains)})")
    if alternatives:
        found.append(rf"(?<![\w@.])(?:{'|'.join(alternatives)})")
    if not found:
        return None
    return compiled(rf"(?:{'|'.join(found)})(?!\w)", re.IGNORECASE)


def profile_markers(profile: Profile) -> tuple[str, ...]:
    found = [marker_text(m) for m in profile.markers]
    if profile.role is Role.PROFESSIONAL:
        found.extend(name_forms(profile.display_name))
    return tuple(m for m in found if m)
