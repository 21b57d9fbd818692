"""The author's own profession by its shape, for the `identity_link` guard.

A clinician names the job in their own words and languages: "twenty years
as an old age psychiatrist", "being a neuropsychologist means",
"renewed my approval as psykologspesialist", "my co-counselors". The job
noun is read by its shape (a word built on a psych-, therap- or counsel-
stem with an agent ending: -ist, -or, -olog, -ologue, -ólogo, -iater,
-eut), so a profession of any specialty or language is known without a
list; the frame ("as", "being", "co-") says it is the author's own role.
The work told in shorthand goes here too: "pt told me", "my patient in
Leeds", "doing memory assessments".
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.identity_patterns import PROFESSION
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.substrings import holds_any

#: A job noun by its stem and agent ending: "neuropsychologist", "psykologspesialist",
#: "counselor", "psicóloga", "psykiater", "terapeut"; not "psychology" nor "therapy".
_STEM_NOUN = (
    r"(?:[\w-]{0,12}(?:psych|psyk|psic|psiq|therap|th\u00e9rap|terap|counsel|consej)[\w-]{0,16}?"
    r"(?:ists?|ysts?|ors?|ologs?|ologen?|ologue|[o\u00f3]log[oa]s?|iaters?|iatr[ea]s?"
    r"|eut(?:in|en|as?|es?)?|spesialist(?:er)?)(?![\w'\u2019])"
    rf"|{PROFESSION})"
)
#: Words that are not a modifier of the job: someone else's ("my", "her"), or a clause.
_NOT_MODIFIER = (
    r"(?!(?:my|his|her|their|your|our|the|of|to|for|with|and|or|who|that|i|me|he|she|they"
    r"|we|you|is|was|it)\b)"
)
#: What makes the job someone else's after all: "a psychologist friend", "a therapist's kid".
_NOT_MINE = (
    r"(?![\w'\u2019-]|\s+(?:friend|colleague|mate|pal|neighbou?r|sister|brother|mum|mom|dad"
    r"|wife|husband|partner|said|says|told|once|who)\b)"
)
#: Comparisons where "as" is not a role: "such as", "same as", "as well as".
_NOT_COMPARED = r"(?<!such )(?<!same )(?<!well )(?<!much )(?<!long )(?<!soon )(?<!just )"
SELF_ROLE = compiled(
    rf"\b{_NOT_COMPARED}(?:as|being|became|become|becoming)\s+(?:an?\s+)?"
    rf"(?:{_NOT_MODIFIER}[\w-]{{1,24}}\s+){{0,3}}?{_STEM_NOUN}{_NOT_MINE}"
    # colleagues in the same job make the author one: "my co-counselors", "co-therapist"
    rf"|\bco-{_STEM_NOUN}",
    re.IGNORECASE,
)
#: First-person words of the languages clinicians post in: English, Tagalog, Norwegian,
#: Spanish, French, German.
_FIRST_PERSON = compiled(
    r"\b(?:i|i'm|i've|i'd|me|my|myself|mine|we|our|us|ko|ako|akin|kami|namin|jeg|meg|min"
    r"|mitt|mine|yo|mi|mis|je|j'|moi|mon|ma|ich|mein|meine)\b",
    re.IGNORECASE,
)
#: A span of working time opening the sentence: "twenty-odd years", "a decade".
_SPAN_OPENING = compiled(r"\s*(?:[\w-]+\s+){0,2}(?:years?|decades?)\s+", re.IGNORECASE)
#: The work told in shorthand, each piece with the words it cannot match without: a bare "pt"
#: who did something, "my patient in <place>", the assessments the author does.
WORK_SHORTHAND = (
    (
        ("pt ", "pts "),
        compiled(
            r"(?:^|[.!?]\s+)pts? (?:just |today |finally |then )?(?:told|said|asked|gave"
            r"|brought|came|showed|sent|wrote|[a-z]{2,}ed)\b"
        ),
    ),
    (
        ("my ",),
        compiled(
            r"\bmy (?:[\w-]+ )?(?i:client|patient)s? (?:in|from|at|with|on|of)\s+(?:[A-Z]|\d"
            r"|the\b)"
        ),
    ),
    (
        ("assessments", "evals", "intakes"),
        compiled(
            r"\b(?i:doing|did|do) (?!(?i:tax|risk|site|home|property|self)\b)(?:[\w-]+ ){1,2}?"
            r"(?i:assessments|evals|intakes)\b"
        ),
    ),
)
#: The stems a job noun is built on, and the frames of a role: each is required to match.
_KEYS = compiled("psych|psyk|psic|psiq|therap|th\u00e9rap|terap|counsel|consej")
_FRAMES = compiled("as |being |becam|becom|co-")


def _first_person_sentence(text: str, m: re.Match[str]) -> bool:
    """Whether the sentence holding `m` speaks as "I", or opens with the role.

    An opening role needs no "I": "As a counsellor, …", "Twenty years as a psychiatrist".
    """
    start, end = sentence_bounds(text, m.start())
    before = text[start : m.start()]
    if before.strip() == "" and "," in text[m.end() : m.end() + 2]:
        return True
    if _SPAN_OPENING.fullmatch(before):
        return True
    return _FIRST_PERSON.search(text, start, end) is not None


def self_role_matches(text: str, folded: str) -> list[re.Match[str]]:
    """Matches of the author's own job by its shape, and of the work told in shorthand.

    Args:
        text: the draft's plain text.
        folded: `text` lower-cased, to check the required words cheaply.

    Returns:
        The matches in `text`; a role counts only in a sentence that speaks as the author.
    """
    found: list[re.Match[str]] = []
    if _FRAMES.search(folded) and _KEYS.search(folded):
        found.extend(
            m
            for m in SELF_ROLE.finditer(text)
            if m.group().lower().startswith("co-") or _first_person_sentence(text, m)
        )
    for words, pattern in WORK_SHORTHAND:
        if holds_any(folded, words) and (
            words[0] != "my " or "client" in folded or "patient" in folded
        ):
            found.extend(pattern.finditer(text))
    return found
