"""`phi`: identifier kinds tied to a person through an event, a file or a relative.

One entry point for the shapes in `phi_event_days.py` (a holiday or an ordinal dating
someone's birth, admission or death), `phi_file_numbers.py` (a person
referred to by a file number), `phi_id_numbers.py` (national and health
numbers, IP addresses, plates and handles), `phi_birth_numbers.py` (identity numbers
built on a birth date, written bare), `phi_kin_of.py` (a client known through a
parent, or a relative's town), `phi_late_ages.py` (an age over 89 after an adverb or in
apposition), `phi_met_from.py` (the town of a person the author met),
`phi_hyphen_names.py` (a given name romanised in hyphenated syllables),
`phi_addresses_abroad.py` (other countries' street addresses and postcodes),
`phi_dotted_dates.py` (a day-first date with dots, tied to someone),
`phi_workplaces.py` (the employer of someone the author speaks of) and
`phi_thanked_names.py` (a client thanked or praised for their own care) and
`phi_care_places.py` (where a client is cared for or visited) and `phi_homes.py` (an
estate, a Spanish "vive en", a child's school by its town), so `phi.py`
calls them in one place.
"""

from __future__ import annotations

from dualdesk.core.guards.lexicon import Hits
from dualdesk.core.guards.phi_addresses_abroad import addresses_abroad
from dualdesk.core.guards.phi_birth_numbers import birth_numbers
from dualdesk.core.guards.phi_care_places import care_places
from dualdesk.core.guards.phi_dotted_dates import dotted_dates
from dualdesk.core.guards.phi_event_days import event_days
from dualdesk.core.guards.phi_file_numbers import coded_cases, file_numbers
from dualdesk.core.guards.phi_homes import homes
from dualdesk.core.guards.phi_hyphen_names import hyphen_names
from dualdesk.core.guards.phi_id_numbers import id_numbers
from dualdesk.core.guards.phi_kin_of import kin_identifiers
from dualdesk.core.guards.phi_late_ages import late_ages
from dualdesk.core.guards.phi_met_from import met_from
from dualdesk.core.guards.phi_thanked_names import thanked_names
from dualdesk.core.guards.phi_which_one import which_one
from dualdesk.core.guards.phi_workplaces import workplaces

Span = tuple[int, int, str, str]


def tied_kinds(text: str, low: str | None, public: Hits, own: frozenset[str]) -> list[Span]:
    """Spans of holiday dates, file numbers and relatives' places and names in `text`.

    Args:
        text: the draft, plain.
        low: `lowered(text)`: None when lower-casing would move offsets, and then
            these shapes (which read offsets in the lower case) find nothing.
        public: where the draft speaks of public or historical things.
        own: lower-cased words of the user's own names.

    Returns:
        (start, end, kind, advice) spans.
    """
    folded = low or ""
    return [
        *event_days(text, folded, public),
        *file_numbers(folded),
        *coded_cases(text, folded),
        *id_numbers(folded),
        *birth_numbers(text),
        *late_ages(text),
        *met_from(text, folded, public),
        *hyphen_names(text, public, own),
        *addresses_abroad(text, public, own),
        *dotted_dates(text, public),
        *workplaces(text, folded, public),
        *kin_identifiers(text, folded, public, own),
        *thanked_names(text, folded, public, own),
        *care_places(text, folded, public, own),
        *which_one(text),
        *(homes(text, folded, public) if folded else ()),
    ]
