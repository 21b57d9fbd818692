"""A client story in Jamaican Patois, read through its English grammar words.

Jamaican Patois tells the same stories as English with its own small words:
"mi" for "I", "me" and "my", "tell mi seh" for "told me that", "likkle" for
"little", "dem" for "they", "inna" for "in", "di" for "the", "nuh" for
"don't", "cyaan" for "can't", "haffi" for "have to", "waan" for "want to".
The English readings miss "somebody mi see at work tell mi seh..." only
because of those words, so a post written in Patois is read a second time with
them put back into English, and what that reading finds is mapped back onto
the author's own text (`spoken_english`). The story is then judged by the same
rules as any English post (colleagues, fiction and advice still pass).

"mi" (and "him", "har") is read by its neighbours: after a verb it is "me"
("tell mi"), before one it is "I" ("mi see", "mi cry"; "him waan" is "he
wants"), and before anything else "my" ("mi car"). "dem" after a noun makes it
plural ("di pickney dem" is "the children").
Only a post with "mi" and another word only Patois uses is read again, so
English posts cost a few substring checks.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.spoken_english import Rewrite, rewrite
from dualdesk.core.guards.substrings import holds_any

#: Patois words and the English ones they stand for.
_ENGLISH = {
    "mi": "my",
    "likkle": "little",
    "inna": "in",
    "di": "the",
    "dis": "this",
    "dat": "that",
    "dem": "they",
    "nuh": "don't",
    "cyaan": "can't",
    "haffi": "have to",
    "affi": "have to",
    "waan": "want to",
    "gi": "give",
    "suh": "so",
    "wid": "with",
    "pickney": "child",
    "bwoy": "boy",
    "gyal": "girl",
    "yute": "young person",
    "seh": "that",
    "tell": "told",
    "nuff": "a lot",
}
#: Nouns "dem" follows as Patois's plural ("di pickney dem", "di bwoy dem"), and their plurals.
_PLURALS = {
    "pickney": "children",
    "yute": "young people",
    "youth": "young people",
    "bwoy": "boys",
    "boy": "boys",
    "gyal": "girls",
    "girl": "girls",
    "parent": "parents",
    "student": "students",
    "teen": "teens",
    "kid": "kids",
    "smaddy": "people",
    "people": "people",
}
_PLURAL = "|".join(_PLURALS)
#: Patois object pronouns that stand as the subject before a verb ("him waan", "har seh").
_SUBJECT = {"mi": "I", "him": "he", "har": "she"}
#: Verbs after which "mi" is the object ("tell mi", "gi mi"), read "me".
_BEFORE_ME = (
    r"tell|told|gi|give|gave|ask|asked|show|showed|remind|reminds|call|called|help|helped"
    r"|hug|hugged|thank|thanked|for|fi|to|wid|with|like|love|loves|bring|brought"
)
#: Verbs "mi" stands before as the subject ("mi see", "mi cry"), read "I".
_AFTER_I = (
    r"see|saw|cry|cried|haffi|affi|have|had|cyaan|can|nuh|did|gi|give|tell|told|waan|want"
    r"|know|feel|felt|just|jus|go|get|got|sit|hold|bite|think|tink|hear|meet|work|talk|try"
    r"|never|neva|still|hope|pray|laugh|smile|walk|drive|reach|come|leave|lef|eat|sleep"
    r"|remember|remind|wonder|a|deh|was|am|sey|seh|love|hate|miss|proud|glad|tired|could|would|will"
)
_WORDS = compiled(
    rf"\b(?:(?:{_PLURAL}) dem|(?:{_BEFORE_ME}) mi|(?:mi|him|har) (?:{_AFTER_I}|big)|mi"
    r"|likkle|inna|dem|nuh|cyaan|haffi|affi|waan|suh|wid|pickney|bwoy|gyal|yute|nuff"
    r"|(?<=\bdem )gi|seh|di|dis|dat)\b(?![-'])",
    re.IGNORECASE,
)
#: Words only Patois uses: a post with "mi" and none of these is not read again.
_KEYS = (
    " seh ",
    "likkle",
    "inna ",
    "haffi",
    "cyaan",
    " nuh ",
    " waan ",
    "pickney",
    " di ",
    " dem ",
)


def _english(match: str) -> str:
    """The English words for one matched Patois word or pair ("tell mi" -> "told me")."""
    first, _, second = match.partition(" ")
    if second == "dem":
        return _PLURALS[first]
    if not second:
        return _ENGLISH.get(first, first)
    if second == "mi":
        return f"{_ENGLISH.get(first, first)} me"
    verb = "told" if second == "tell" else _ENGLISH.get(second, second)
    return f"{_SUBJECT[first]} {'grows up' if verb == 'big' else verb}"


def _patois(text: str) -> bool:
    """Whether the draft has "mi" and a word only Patois uses (the raw text first: cheap)."""
    if not (" mi " in text or " Mi " in text or " MI " in text or text[:3] in ("mi ", "Mi ")):
        return False
    folded = text.lower()
    return holds_any(folded, _KEYS)


def reading(text: str) -> Rewrite | None:
    """The English reading of a Patois post, or None when it is no Patois."""
    if not _patois(text):
        return None
    return rewrite(text, _WORDS, _english)


def as_english(text: str) -> str | None:
    """The English text of a Patois post, or None when it is no Patois (for other guards)."""
    again = reading(text)
    return None if again is None else again[0]
