"""A teacher's saying passed on, and a question put to the author by someone not a client.

Clinicians often hand on what a mentor taught them: "my attending on day one: '...' and
she was right", "Dr. Okoro (my senior, a legend) taught me to ...", "Prof. Ann Hale taught
three generations of us to 'listen to the patient first'". The person in such a post is the
teacher; the patient inside the quoted saying is anyone; a "she" further on is the teacher.

Another common post answers a question the author was asked by a student, a reader or
"someone", about the author or the field ("Someone asked how I wind down after a heavy
session. Honest answer: ...", "Trainee asked: yes, you need the licence"). Its asker is no
client and the session in it is the author's own work in general.

Both readings look only at spans another check already found, so they cost nothing on a
post that tells no story.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.story_imperatives import instructed
from dualdesk.core.guards.story_terms import no_one

_I = re.IGNORECASE

#: A teacher of the author, by role: "my PD", "our old attending", "my practicum trainer".
TEACHER = compiled(
    r"\b(?:my|our)\s+(?:(?:first|old|former|late|favou?rite|dear|own|clinical|practicum"
    r"|placement|training|internship|residency|intern|PGY-?\d|chief|senior)\s+){0,2}"
    r"(?:PD|APD|program(?:me)? director|training director|attending|senior(?:s| resident)?"
    r"|chief(?: resident)?|consultant|registrar|supervisor|mentor|preceptor|trainer|tutor"
    r"|lecturer|professor|prof|teacher|educator|clinical lead|fellow)\b"
    r"(?!\s+(?:client|patient|pt|citizen|man|woman|lady|gent|person|adult|couple)s?\b)",
    _I,
)
#: Someone named in full or by title who taught: "Dr. Chen", "Elvin Semrad taught".
NAMED_TEACHER = compiled(
    r"\b(?:Dr|Prof|Professor)\.?\s+[A-Z][a-z'-]+"
    r"|\b[A-Z][a-z'-]+\s+[A-Z][a-z'-]+\s+(?:taught|trained|mentored|supervised|used to say)\b"
)
#: The teaching itself: a verb of passing on, or a quotation introduced by a colon.
TAUGHT = compiled(
    r"\b(?:taught|teaches|teaching|trained|mentored|told (?:me|us)|said|says|used to say"
    r"|would say|always said|drilled into|advice|lesson)\b|:\s*[\"\u201c]",
    _I,
)
#: "he" or "she" and their other forms: in a teacher's post, the teacher.
PRONOUN = compiled(r"(?:he|she|him|her|his|hers|they|them|their)\b", _I)

#: A question put to the author by someone who is not a client.
ASKER = compiled(
    r"\s*(?:someone|somebody|(?:a|one|my|our|new)\s+"
    r"(?:student|trainee|intern|reader|follower|colleague|resident|supervisee|mentee)"
    r"|students?|trainees?|interns?|readers?|followers?|people|folks|colleagues?"
    r"|(?:i\s+)?(?:got|get|was|keep getting|often get)|i'?m(?:\s+often)?|i am)"
    r"\s+(?:(?:often|always|keeps?|keep|recently|once)\s+)?ask(?:ed|s|ing)?\b",
    _I,
)
#: What makes the question the author's or the field's, answered in public.
ANSWERED = compiled(
    r"\b(?:honest|short|quick|real|simple|long|my|the) answer\b|\banswer:"
    r"|\bask(?:ed|s|ing)?\s*:\s*(?:yes|no|nope|yep|yeah)\b"
    r"|\bask(?:ed|s|ing)?\s+(?:me\s+)?(?:how|if|whether|what|why|when|where)\s+(?:i|you|we)\b",
    _I,
)


@lru_cache(maxsize=8)
def teachers_in(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the author's teachers in `text`, or none when nobody is said to teach.

    Found once per text: a review asks about each span a story check found.
    """
    if TAUGHT.search(text) is None:
        return ()
    return (
        *(m.span() for m in TEACHER.finditer(text)),
        *(m.span() for m in NAMED_TEACHER.finditer(text)),
    )


def from_teacher(text: str, unquoted: str, start: int, end: int) -> bool:
    """Whether the span at [start, end) is a teacher or the anyone of a teacher's saying.

    The post must name a teacher of the author and say that they taught or said something;
    then a span inside a quotation, a pronoun, or the teacher's own words is no client.
    """
    teachers = teachers_in(text)
    if not teachers:
        return False
    if any(a < end and start < b for a, b in teachers):
        return True  # "my senior, a legend": the teacher is the one described
    if unquoted[start:end].strip() == "":
        return True  # inside the saying: "not a difficult patient, a person ..."
    return PRONOUN.fullmatch(text, start, end) is not None and min(a for a, _ in teachers) < start


def asked_of_me(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies in a sentence telling of a question put to the author.

    The asker is a student, reader, colleague or "someone", and the post answers it or
    the question is about the author or the reader ("asked how I unwind").
    """
    s, e = sentence_bounds(text, start)
    if ASKER.match(text, s, e) is None:
        return False
    return ANSWERED.search(text) is not None


def not_a_case(text: str, unquoted: str, start: int, end: int) -> bool:
    """Whether [start, end) is a teacher, their saying, a question put to the author, or
    a person word that names no one (`story_terms`), or anyone in an instruction
    (`story_imperatives`)."""
    if from_teacher(text, unquoted, start, end) or asked_of_me(text, start, end):
        return True
    return no_one(text, start, end) or instructed(text, start, end)
