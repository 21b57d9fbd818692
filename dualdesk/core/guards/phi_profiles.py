"""A person's profile: honorifics of other languages, bracketed details, "one of my juniors".

`phi_patterns.py` holds the English shapes of a name; these are the shapes
a post from elsewhere, or a short profile of someone, gives a name or a
place: "Mdm Koh", "Frau Weber", "(17, Boro Park)", "(married 26 yrs,
Williamsburg)", "Kaylee's one of my sophomores".
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.phi_patterns import NAME

#: Honorifics of other languages and Englishes before a surname: "Mdm Koh", "Mme Girard",
#: and before a given name: Malay "Puan Aishah", "Pakcik Razak", Spanish "Doña Lupe".
#: ("Madame" and "Madam" also open titles of books and offices: "Madame Bovary".)
FOREIGN_HONORIFIC = compiled(
    r"(?=[MSFHPECD])\b(?:Mdm|Mme|Mlle|Sra|Srta|Frau|Herr|Signora|Signor|Senhora|Senhor|Puan"
    r"|Encik|Cik|Mak ?[Cc]ik|Pak ?[Cc]ik|Datin|Do\u00f1a)\.?\s+"
    r"(?!(?:Puan|Sri|Seri|Datin|Cik|Encik)\b)"  # a title's second word: "Puan Sri", "Cik Puan"
    r"(?P<name>[A-Z][a-z\u00e0-\u00f6\u00f8-\u00ff]+(?:-[A-Z][a-z]+)?)\b"
)
#: A first name said to be one of the people the author serves: "Kaylee's one of my
#: sophomores", "Dev is one of our residents". Friends and family are not in the list.
ONE_OF_MINE = compiled(
    rf"(?P<name>\b{NAME})(?:'s|\u2019s| is| was) one of (?:my|our) (?:[\w-]+ )?"
    r"(?i:clients|patients|students|pupils|kids|kiddos|teens|freshmen|sophomores|juniors"
    r"|seniors|residents|regulars|youth|young people|service users|families|vets|veterans"
    r"|athletes|learners|mentees|supervisees)\b"
)
#: A first name as the person a session was with: "Spouse session with Kayla", "intake with
#: Marco". Supervision and consultation are with colleagues; a title marks a colleague too.
SESSION_WITH = compiled(
    r"(?<!(?i:supervision) )(?<!(?i:consultation) )(?<!(?i:peer) )(?<!(?i:team) )"
    r"(?<!(?i:clinical) )"
    r"\b(?i:session|appointment|appt|intake|assessment|first session|check-in) (?i:with)\s+"
    r"(?!(?:Dr|Prof|Professor|Rev|Mr|Mrs|Ms|Mx|Miss|Coach|My|The|Our|Her|His|Their)\b)"
    rf"(?P<name>{NAME})\b(?![.'\u2019]\w|\s+\d)"
)
#: A first name with the person's leave to be named: "Tomasz (he said I could use his name)".
#: A title before the name marks a colleague ("Dr Lee (she asked me to share her slides)").
CONSENT_NAMED = compiled(
    r"(?<!Dr )(?<!Dr\. )(?<!Prof )(?<!Prof\. )"
    r"(?!(?:Dr|Prof|Mr|Mrs|Ms|Mx|Miss|Rev)\b)"
    rf"(?P<name>\b{NAME})\s*[(,\u2014-]\s*"
    r"(?i:(?:who|he|she|they)(?: (?:asked me to|said i (?:can|could|may)|wants? me to|gave me"
    r" permission to|told me to)|(?:'s|'re| is| are) (?:happy|glad|fine|ok|okay) (?:for|with)"
    r" me to) (?:use|share|say|post|mention|name))"
)
#: CONSENT_NAMED is tried only on a draft with one of these in its lower case.
CONSENT_WORDS = ("me to ", "said i ", "permission")
#: SESSION_WITH is tried only on a draft with one of these and " with ".
SESSION_WORDS = ("session", "appointment", "appt", "intake", "assessment", "check-in")
#: A place in a bracketed profile that counts a person's years: "(17, Boro Park)",
#: "(married 26 yrs, Williamsburg, ...)". A year of four digits is a citation, not an age.
PROFILE_PLACE = compiled(
    r"\(\s*(?:[a-z][a-z ]{0,24}\s)?\d{1,2}(?:\s?(?i:yrs?|years?|y/?o|[mf]))?\s*,\s*"
    r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s*[,)]"
)
#: A title and an initial opening a quotation, then a comma: the speaker addresses the
#: author ("'Ms. P, I don't need college'"), who is known to them by that name.
_VOCATIVE_BEFORE = compiled(r"(?:^|[\s(])[\"'\u201c\u2018]\s*$")
_VOCATIVE_AFTER = compiled(r"\.?\s*,")


def vocative(text: str, m: re.Match[str]) -> bool:
    """Whether a title and initial open a quotation and address its hearer ("'Ms. P, ...").

    Args:
        text: The draft.
        m: A match whose "name" group is the name after the title.

    Returns:
        True when the name is one letter, right after an opening quote and before a comma,
        or a title and name set off by commas in a quotation spoken to "you".
    """
    name = m.group("name")
    title = text[m.start() : m.start("name")].strip(" .")
    if _TITLE.fullmatch(title) and _addressed(text, m.start(), m.end("name")):
        return True
    if len(name.rstrip(".")) != 1 or not _VOCATIVE_AFTER.match(text, m.end("name")):
        return False
    return _VOCATIVE_BEFORE.search(text, max(0, m.start() - 3), m.start()) is not None


#: A title and name set off as a form of address inside quoted speech to "you":
#: "You will never be finished, Herr Kollege.", "'Herr Doktor, you look tired.'"
_ADDRESS_BEFORE = compiled(r"(?:,|[\"\u201c])\s*$")
_ADDRESS_AFTER = compiled(r"\s*[,.!?]")
_AUTHOR_SPEAKS = compiled(r'\b(?i:i|we) (?i:said|say|told|tell|asked|ask)\b[^"\u201c]*$')
_YOU = compiled(r"\b(?i:you|your)\b")
_TITLE = compiled(
    r"Mr|Mrs|Ms|Mx|Miss|Mdm|Mme|Mlle|Sra|Srta|Frau|Herr|Signora|Signor|Senhora|Senhor"
)


def _addressed(text: str, start: int, end: int) -> bool:
    """Whether the title and name at [start, end) address the hearer of a quotation."""
    if not (_ADDRESS_AFTER.match(text, end) and _ADDRESS_BEFORE.search(text, start - 3, start)):
        return False
    opening = max(text.rfind('"', 0, start), text.rfind("\u201c", 0, start))
    closing = (
        text.find('"', end) if text[opening : opening + 1] == '"' else text.find("\u201d", end)
    )
    if opening < 0 or closing < 0 or text.count('"', 0, opening) % 2:
        return False
    if _AUTHOR_SPEAKS.search(text, max(0, opening - 30), opening):
        return False  # 'I said to her: "Mrs D, you are safe"': the author names the hearer
    return _YOU.search(text, opening, closing) is not None
