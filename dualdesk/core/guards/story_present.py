"""One person made present in the post: addressed by name, presented by decade, told now.

Five shapes of a story from practice that need neither a past-tense verb
nor the word "client". The author speaks to one named person who may read
the post ("Aoife if you're reading this, ...", "C.O'D from Carrigaline, if
by any chance you see this: ..."), a name or initials opening the post as a
vocative, not a relative ("Mum, if you're reading this") nor the generic
reader ("If you're reading this, rest"). One person is presented by decade
as in a consult, a list of conditions after them ("woman in her 70s, MDD,
CKD stage 3, ..."). One patient is the subject of a present-tense verb about
themself ("pt swears she's fine", "my client insists he is"): the historic
present of a story, not advice ("when a client says he's fine"). The author is
at work with one person now, the subject dropped ("Working with a woman whose
da is 93 ..."), not with a kind of person ("working with teens who..."). A
heading gives one named person's news ("update on Dani: ..."), on the
professional account, unless the word is known not to be a name.

Each pattern is anchored or bounded and tried only behind a cheap gate, so a
draft without the key words costs a few substring tests.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.clinical_patterns import PERSON
from dualdesk.core.guards.phi_words import known_word, written_in_lower_case
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE

#: Openers and kin that stand before "if you're reading this" and are nobody treated.
_NOT_A_NAME = (
    r"(?:Anyway|So|And|But|Also|Honestly|Seriously|Again|Now|Well|Okay|Ok|Oh|Hey|Hi|PS"
    r"|Friends|Folks|Everyone|Everybody|Reader|Readers|Colleagues|Team|Guys|Y'all|Mum|Mom|Mam"
    r"|Ma|Dad|Da|Nan|Gran|Granny|Grandma|Grandpa|Babe|Love|Darling|Honey|Sis|Bro|Future me"
    r"|Past me|Dear|Whoever|Anyone|Someone|Somebody|To|If|You"
    # a kind of reader addressed, not one person: "GPs, if you're reading this", "Teachers, ..."
    r"|(?-i:[A-Z]{2,6}s)|(?:Parents|Teachers|Doctors|Nurses|Coaches|Managers|Employers|Bosses"
    r"|Journalists|Editors|Schools|Clinicians|Therapists|Counsel+ors|Students|Dads|Mums|Moms"
    r"|Men|Women|Lads|Leaders|Politicians|Ministers|Pastors|Landlords|Lecturers|Tutors))\b"
)
#: A name or initials opening the post or a sentence, perhaps from a place, then "if you
#: see this": "Aoife if you're reading this", "C.O'D from Carrigaline, if by any chance".
ADDRESSED_BY_NAME = compiled(
    rf"(?:^|(?<=[.!?]\s))(?!{_NOT_A_NAME})(?-i:[A-Z][\w'\u2019.-]{{0,14}})"
    r"(?:\s(?-i:[A-Z][\w'\u2019.-]{0,14}))?(?:\s+from\s+(?-i:[A-Z])[\w'-]+)?,?\s+"
    r"if\s+(?:by\s+(?:any\s+)?chance\s+|ever\s+)?you(?:'re|\u2019re| are)?\s+(?:ever\s+)?"
    r"(?:see|read|get to see|get to read)(?:s|ing)?\s+this\b",
    _I,
)
_ADDRESSED_GATE = ("reading this", "see this", "read this", "seeing this")
#: A conditions list after the comma: an abbreviation in capitals, a history, a dose.
_CONDITION = (
    r"(?:(?-i:[A-Z]{2,5})(?:\s|,|;|$)|(?:hx|h/o|dx|w/|pmh|known)\b|on\s+(?:\d+\s+)?(?:[\w-]+\s+)?"
    r"(?:meds|medications|mg)\b|(?:\w+\s+)?(?:stage|type)\s+\d)"
)
#: One person by decade, then conditions: "woman in her 70s, MDD, ...". Case of the
#: capitals matters, so "MDD" is told from a word; searched from "0s," only.
DECADE_CASE = compiled(
    rf"\b(?:{PERSON}|gent|gentleman|male|female|pt|lad|bloke|fella)\s+in\s+(?:her|his|their)"
    r"\s+(?:early\s+|mid\s+|mid-|late\s+)?\d0['\u2019]?s\s*[,;:]\s*"
    rf"(?:(?:[\w-]+\s+){{0,3}}?)?{_CONDITION}",
    _I,
)
#: One patient doing a present-tense verb about themself: "pt swears she's 'fine'", "my
#: client insists he is". Matched at each "pt ", "patient ", "client " found (PRESENT_GATE)
#: that opens a clause or follows "my", "this", "that" or "one" (OPENS_BEFORE).
PRESENT_TENSE = compiled(
    r"(?:pt|patient|client)\s+(?:swears|insists|claims|says|tells\s+me|keeps\s+saying"
    r"|keeps\s+telling\s+me|promises|assures\s+me|reckons|thinks|believes)\s+(?:that\s+)?"
    r"(?:she|he|they)(?:'s|\u2019s|'ll|'d| is| was| has| had| will| would| can| doesn't"
    r"| does| did| never)\b(?![^.!?\n]*\?)",
    _I,
)
_PRESENT_GATE = ("pt ", "patient ", "client ")
#: The author at work with one person now, the subject dropped, the person then described:
#: "Working with a woman whose da is 93", "Seeing a lad who..."; opens the post or a sentence.
WORKING_WITH = compiled(
    r"(?:^|(?<=[.!?]\s))(?:(?:currently|still|been|i'm|i am)\s+)?(?:working with|seeing"
    rf"|supporting|counsell?ing|treating)\s+(?:a|an|this)\s+(?:[\w-]+\s+)?{PERSON}"
    r"(?:\s+(?:right now|at the moment|currently|just now|this (?:term|semester|year|month)))?"
    r"\s+(?:who|whose|that)\b",
    _I,
)
_WORKING_GATE = (
    "working with a",
    "working with this",
    "seeing a",
    "seeing this",
    "supporting a",
    "supporting this",
    "counselling a",
    "counseling a",
    "treating a",
    "treating this",
)
_OPENS_BEFORE = compiled(r"(?:^|[:.!?;]\s|\bmy\s|\bthis\s|\bthat\s|\bone\s)$", _I)
_DECADE_GATE = ("0s,", "0s;", "0s:", "0's,", "0\u2019s,")


def _told_now(text: str, folded: str) -> list[tuple[int, int]]:
    """PRESENT_TENSE at each gate word that opens a clause or is owned."""
    found = []
    for gate in _PRESENT_GATE:
        at = folded.find(gate)
        while at >= 0:
            if _OPENS_BEFORE.search(text, max(0, at - 6), at) and (
                m := PRESENT_TENSE.match(text, at)
            ):
                found.append(m.span())
            at = folded.find(gate, at + 1)
    return found


#: A heading that gives one named person's news: "update on Dani: SHE DID THE EXPOSURE".
UPDATE_ON = compiled(
    r"\b(?:update|news|progress report) on (?-i:(?P<name>[A-Z][a-z]{2,14}))\s*:", _I
)


def _updates(text: str) -> list[tuple[int, int]]:
    """Headings with one person's news, unless the word is known not to be a name."""
    return [
        m.span()
        for m in UPDATE_ON.finditer(text)
        if not known_word(m.group("name"), frozenset())
        and not written_in_lower_case(text, m.group("name"))
    ]


def present_spans(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of the three shapes (see the module docstring).

    Args:
        text: The draft, quotes made plain.
        folded: `text` lower-cased, for the gates.
        professional: Whether the draft goes out from the professional account; a named
            reader is addressed only there (on the personal one it is a friend).
    """
    found: list[tuple[int, int]] = []
    if professional and holds_any(folded, _ADDRESSED_GATE):
        found += [m.span() for m in ADDRESSED_BY_NAME.finditer(text)]
    if holds_any(folded, _DECADE_GATE):
        found += [m.span() for m in DECADE_CASE.finditer(text)]
    if holds_any(folded, _WORKING_GATE):
        found += [m.span() for m in WORKING_WITH.finditer(text)]
    if professional and " on " in folded and ":" in text:
        found += _updates(text)
    return found + _told_now(text, folded)
