"""`phi`: a person told apart from others of the same name by where they are from.

"Tomás's dad (the Tai Po one)", "Jess, the Wigan one,": when an author has
several people of one name, a bracket picks theirs out by an estate, a town or a
street, and so pins that person down to readers who know them. The name (or a
name's relative) must come right before the bracket, and the words inside must
be a capitalised place or business, not a state or a country (`phi_places.small`):
"Sam (the tall one)" passes, and "Lee (the Apple one)" names an employer, as telling.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.phi_places import small

Span = tuple[int, int, str, str]

#: A name or a name's relative, then "(the X one)" or ", the X one": X is the place.
_WHICH_ONE = compiled(
    r"\b[A-Z][^\W\d_]+(?:'s (?:mum|mom|mam|dad|nan|gran|grandma|grandad|sister|brother|aunt|auntie"
    r"|uncle|son|daughter|wife|husband|partner|boyfriend|girlfriend|kid|kids|boy|girl))?"
    r"\s*[(,]\s*the (?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}) one\b"
)


def which_one(text: str) -> list[Span]:
    """Spans of places that tell one named person from another (see the module)."""
    if " one" not in text:
        return []
    return [
        (*m.span("place"), "a place smaller than a state", "")
        for m in _WHICH_ONE.finditer(text)
        if small(m.group("place"))
    ]
