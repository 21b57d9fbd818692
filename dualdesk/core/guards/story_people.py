"""Who else a post may speak of: groups, the author's own people, things named like clients.

`story_patterns.py` describes the shape of a story about one client; these
tables name the people and things that are not that client, and the pronoun
clauses whose "he" or "she" may be one of them. Every pattern is bounded, so
matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_patterns import IRREGULAR

_I = re.IGNORECASE

#: Things, not people, that a word for a client can name: "an intake form", "my intake shift",
#: "the referral letters".
ADMIN = (
    r"(?:forms?|letters?|paperwork|packets?|shifts?|lists?|sheets?|templates?|questionnaires?"
    r"|polic(?:y|ies)|process(?:es)?|pathways?|criteria|summar(?:y|ies)|system|calls?|slots?"
    r"|rota|team|worker|workers|queue|backlog|numbers|volume|notes|day)"
)

#: Words between "my" and someone of the author's own life: "my old supervisor", "my first
#: practicum supervisor", "my late gran". Kept to words of such ties, so that "my Tuesday lady"
#: (a client) is not read as one.
OWN_ADJ = (
    r"(?:(?:old|former|first|late|dear|lovely|wonderful|amazing|clinical|practicum|placement"
    r"|internship|training|previous|current|new|own|best|wise|favou?rite|retired|long-?time"
    r"|very|older|younger|little|big)\s+){0,2}"
)
#: Whole groups of people, the plural of the people a clinician serves: "the families we
#: serve" is everyone, while "the twins I see" is two people.
GROUPS = (
    r"(?:people|folks|families|clients|patients|communities|populations|kids|children|teens"
    r"|adolescents|students|veterans|vets|parents|mums|moms|dads|women|men|couples|groups"
    r"|youth|young people|residents|survivors|service users|ones|those|these)"
)
#: A group that is not narrowed to some of its members ("two of the young people I support").
GROUP = rf"(?<!of the )(?<!of my )(?<!of our ){GROUPS}"
#: Words before "I see", "we serve" that are no one person: "who we serve", "people I see",
#: a manner ("how I sit with people", "the way we care for").
#: Checked on a match after the fact (see `clinical_story`), which is cheaper than a lookahead
#: tried at every word; "of the families I meet" is one of them again (OF_SOME).
NO_ONE_SERVED = compiled(
    rf"\b(?:who|whom|whoever|that|which|what|how|why|when|where|way|everyone|everybody"
    rf"|anyone|anybody|{GROUPS})"
    r"\s+(?:i|we)\b",
    _I,
)
#: Just before a group: "one of the", "two of my (young) ...", or a count ("three families").
OF_SOME = compiled(
    r"\b(?:of (?:the|my|our)|two|three|four|five|six|seven|eight|nine|ten|both|\d{1,2})"
    r"\s+(?:[\w-]+\s+)?$",
    _I,
)

#: A clause that starts with "he" or "she" and narrates: a story about someone not named. A
#: bare speech tag (", she said,") only reports words, whoever said them.
PRONOUN_STORY = compiled(
    r"(?=[hs])\b(?!(?:he|she) (?:said|says)\s*[,.!?])(?:he|she)(?:'s| is| was| has| had)?\s+"
    r"(?:just\s+|finally\s+)?"
    rf"(?:[a-z]{{3,}}ed|{IRREGULAR}|died|passed|keeps|says|told|said|asked|been)\b",
    _I,
)
#: What may stand before such a clause: its start, a comma or colon, a conjunction.
CLAUSE_BEFORE = compiled(
    r"(?:^|[.!?:,]\s+|\b(?:as|when|and|but|then|because|bc|so|until|after|while)\s+)$", _I
)
#: A full name ("Gabor Maté", "Bessel van der Kolk"): a public figure or an author, whom a
#: later "he said" is more likely about than a client. A saint's or a royal's place
#: ("St Dominic's", "Royal Darwin", "Mount Isa") and a road ("Bagot Rd") are no person.
FULL_NAME = compiled(
    r"(?-i:\b(?!(?:St|Saint|Mt|Mount|Fort|Port|Lake|Glen|Royal|Queen|King|Prince|Princess)\b)"
    r"[A-Z][^\W\d_A-Z]+\s+"
    r"(?:(?:van|von|de|der|da|del|di|le|la)\s+){0,2}"
    r"(?!(?:Rd|St|Ave|Hwy|Road|Street|Hospital)\b)[A-Z][^\W\d_]+\b)"
)
#: The author's elders and kin named in the family's own language: "my abuela", "my lolo",
#: "my oma", "my mamaw", "my nani". Only ever read after "my" or "our".
KIN_ELSEWHERE = (
    r"(?:abuel[ao]s?|abuelit[ao]s?|lol[ao]|tit[ao]|nani|nanu|dadi|nanima|tutu|kupuna|oma|opa"
    r"|omi|mormor|morfar|farmor|farfar|mamaw|papaw|memaw|meemaw|pawpaw|nonn[ao]|yia-?yia"
    r"|pappou|bubb?e|zayde|bibi|babu|m[ée]m[ée]|p[ée]p[ée]|grand-m[èe]re|grand-p[èe]re|t[íi]a"
    r"|t[íi]o|tante|onkel|ammi|amma|appa|abba|abbu|amah|ahma|halmeoni|harabeoji|lolo)"
)

#: Family, colleagues or an animal named anywhere in a post: then "he" or "she" may well be
#: one of them ("took the dog to the vet and she sulked all day").
OWN_PEOPLE = compiled(
    rf"\b(?:my|our) {OWN_ADJ}(?:mom|mum|mam|dad|mother|father|son|daughter|kids?|husband|wife"
    r"|partner|sister|brother|friend|grandm\w+|grandf\w+|granny|nan|aunt|uncle|cousin|niece|nephew"
    r"|co-?workers?|colleagues?|mentor|supervisor|boss|manager|neighbou?r|dog|cat|baby|toddler"
    rf"|{KIN_ELSEWHERE})\b"
    r"|\b(?:my|our|the) (?:dog|cat|puppy|kitten|horse|mare|pony|rabbit|parrot)\b",
    _I,
)
#: The author's own relatives named in a post: "my aunt's", "my nephew's naming ceremony".
OWN_KIN = compiled(
    r"\b(?:my|our) (?:own )?(?:mom|mum|mam|dad|mother|father|grandm\w+|grandf\w+|granny|grandpa"
    r"|nan|nana|aunt(?:ie)?|uncle|cousin|niece|nephew|in-laws|siblings?|sister|brother"
    rf"|{KIN_ELSEWHERE})(?:'s)?\b",
    _I,
)
#: A family word that then means the author's own family: "the family farm", "a wife".
FAMILY_WORD = compiled(r"(?:the|a|an)\s+(?:family|wife|husband|in-laws|aunties|uncles)", _I)
#: Time off spent "with the family": the author's own ("off with the family over Christmas",
#: "at home with the family"), not a visit or a session with a client's family.
FAMILY_TIME = compiled(
    r"\b(?:off|home|away|holidays?|break|christmas|xmas|weekend|vacation|leave|day)"
    r"(?:\s+(?!(?:visit|session|meeting|appointment|call|review)s?\b)[\w']+){0,2}"
    r"\s+with the family\b",
    _I,
)
