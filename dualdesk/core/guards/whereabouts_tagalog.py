"""Whereabouts in Tagalog and Taglish grammar: "ako sa EDSA", "uuwi kami ng Batangas".

Tagalog places a person with "sa"/"nasa" ("nasa Cubao ako", "2 hours na ako
sa EDSA") and moves them with verbs of going ("uuwi", "pauwi", "papunta",
"nag-jeep"). With the first person ("ako" I, "kami"/"tayo" we) these say
where the author is or will be. A place is a capitalised word; people
after "sa" ("salamat ako sa Diyos", "sa Mama niya") and rooms at work
("umiyak ako sa CR", "sa ER") are not places.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

#: Not places after "sa": God, kin and titles.
_NOT_PLACE = (
    r"(?!(?:Diyos|Dios|Lord|God|Panginoon|Mama|Papa|Nanay|Tatay|Inay|Itay|Lola|Lolo|Tita"
    r"|Tito|Ate|Kuya|Doc|Dr|Ma'am|Sir|Miss|Mrs?|Ms|CR|ER|ED|OR|ICU|NICU|OPD|ward)\b)"
)
#: First person + a place, or a verb of going + the first person.
TAGALOG = compiled(
    r"(?i:\b(?:ako|kami|tayo)(?: (?:na|pa|lang|muna|ngayon|dito|ulit))? (?:sa|nasa) )"
    + _NOT_PLACE
    + r"[A-Z][\w'-]+"
    r"|(?i:\bnasa )" + _NOT_PLACE + r"[A-Z][\w'-]+(?: [\w'-]+)?(?i: (?:na |pa )?(?:ako|kami)\b)"
    r"|(?i:\b(?:uuwi|umuwi|pauwi|papunta|pupunta|pumunta|aalis|umalis|luluwas|lumuwas"
    r"|nag-?(?:jeep|bus|grab|taxi|tricycle|trike|mrt|lrt|drive|commute|byahe|biyahe|travel"
    r"|road ?trip|beach|bakasyon))(?: (?:na|pa|muna|ulit))? (?:ako|kami|tayo)\b)"
    r"|(?i:\b(?:ako|kami|tayo) (?:pauwi|papunta|pupunta)\b)",
)
#: Grammar words that must be present before the pattern is tried.
_KEYS = ("ako", "kami", "tayo", "nasa ")


def tagalog(text: str, low: str) -> list[tuple[int, int]]:
    """Return spans where a Tagalog sentence places the author.

    Args:
        text: the draft (plain quotes).
        low: `text` lower-cased (same offsets).

    Returns:
        (start, end) spans; empty unless a first-person word is present.
    """
    if not holds_any(low, _KEYS):
        return []
    return [m.span() for m in TAGALOG.finditer(text)]
