"""Story shapes each read by a module of its own, gathered for the clinical rule.

Each module reads one way a post singles out a person the author cares for,
and returns the spans it found; `clinical.py` adds them to its other
structural readings, so the filters after it (fiction, advice to peers,
someone who is not a client) apply to them alike.
"""

from __future__ import annotations

from dualdesk.core.guards import (
    story_addressed_quotes,
    story_bonds,
    story_cared,
    story_case_brief,
    story_chart,
    story_contact_languages,
    story_contacts,
    story_day_people,
    story_french,
    story_heard,
    story_held,
    story_initials,
    story_session_marks,
    story_session_witness,
    story_shorthand,
    story_spanish,
    story_spanish_briefs,
    story_spanish_caseload,
    story_spanish_cases,
    story_spanish_grammar,
    story_spanish_marks,
    story_spanish_people,
    story_spanish_rooms,
    story_spanish_scenes,
    story_spanish_told,
    story_taglish_told,
    story_telegraph,
    story_thread_posts,
    story_turnarounds,
    story_ward_marks,
    story_worked_through,
)
from dualdesk.core.guards.language_gates import tagalog
from dualdesk.core.guards.spanish_gate import spanish


def _clients_only(folded: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop a Spanish story of someone in a hobby group: "una señora del grupo de yoga me…"."""
    if "grupo de" not in folded:
        return found
    return [(s, e) for s, e in found if not story_spanish_rooms.hobby_group(folded, s, e)]


def _spanish(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """The Spanish grammar readers' spans, the language gate asked once for all."""
    if not folded or not spanish(folded):
        return []
    found = [
        *story_spanish_grammar.story_spans(folded, professional),
        *story_spanish_told.story_spans(folded, professional),
        *story_spanish_scenes.spans(text, folded, professional),
        *story_spanish_cases.spans(text, folded, professional),
        *story_spanish_caseload.spans(folded, professional),
        *story_spanish_briefs.spans(text, folded, professional),
        *story_spanish_rooms.spans(folded, professional),
        *story_spanish_marks.spans(folded, professional),
        *story_spanish_people.spans(text, folded, professional),  # "doña Tere", "familia X"
    ]
    found = _clients_only(folded, found)
    if professional or "client" not in folded:
        return found
    # on the personal account a client of some other place is the author's fellow customer
    elsewhere = story_spanish_briefs.ELSEWHERE
    return [(s, e) for s, e in found if elsewhere.search(folded, s, e + 24) is None]


def spans(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """The spans of every gathered shape, in no particular order.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal to `text`'s ("" when they would move).
        professional: whether the draft is for the professional account.
    """
    return [
        *story_bonds.spans(text, professional, folded),  # the author's standing tie to one person
        *story_contacts.spans(text, folded),  # a relative's phone or a record reference
        *story_telegraph.spans(text, folded),  # a case in shorthand: "teen refuses…"
        *_clients_only(folded, story_spanish.spans(text, folded, professional)),  # "una niña"
        *_spanish(text, folded, professional),  # "mi paciente llegó", "hoy alguien me ha dicho"
        *story_cared.spans(text, professional, folded),  # "Miss Vernie, who I look after"
        *story_chart.spans(text, professional, folded),  # "her safety plan", "no AH in 4 days"
        *story_heard.spans(text, folded),  # "I just heard 'I…'"
        *story_addressed_quotes.spans(text, folded, professional),  # "'Doctor sahiba, I…'"
        *story_shorthand.spans(text, folded),  # "pt drives a bus", "my pt"
        *story_french.spans(text, folded, professional),  # "ma cliente", "un de mes patients"
        *story_held.spans(text, folded),  # "held someone on a hold today who…"
        *story_day_people.spans(text, folded),  # "the young fella from today"
        *story_turnarounds.spans(text, folded, professional),  # "who couldn't…, today drove"
        *story_session_marks.spans(text, folded),  # "Third session, they shared"
        *story_initials.spans(text, professional),  # "JT finally agreed", "Gwen says"
        *story_session_witness.spans(text, folded, professional),  # "you sat across from me"
        *story_case_brief.spans(text, folded, professional),  # "ex-shearer, psychosis, …?"
        *story_contact_languages.spans(text, folded),  # "one woman wey I dey see"
        *story_ward_marks.spans(text, folded, professional),  # "his neutrophils", "MRN 55…"
        *story_worked_through.spans(text, folded, professional),  # "a medic processed a code"
        *(  # "kanina may nagsabi sakin"
            story_taglish_told.spans(text, folded, professional) if tagalog(folded) else ()
        ),
        *story_thread_posts.spans(text, folded, professional),  # "2/ Week 4 she mentioned…"
    ]
