"""A person named beside a job of the author's own team: "Ms. Delgado, our diagnostician".

`story_roles.named_staff` knows the common staff words (nurse, psychologist,
receptionist...). A team has many more jobs, and their words share a shape: a
noun of work ending in -ist, -ian, -er or -or, or a short word of its own (clerk,
aide, tech, chaplain, porter). Written as "<Name>, our <job>," the person is a
colleague, so their name and their dates are no client's; so is "<Name> at the
front desk will rebook you", someone at the desk helping. The people served
("our service user", "our member", "our resident") are kept out.
"""

from __future__ import annotations

from dualdesk.core.guards import story_roles
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.phi_patterns import PERSON_NOUN

_JOB = (
    r"(?:[\w-]+\s+){0,2}?"
    r"(?!(?:service\s+)?(?:users?|members?|customers?|consumers?|residents?|learners?"
    r"|youngsters?|survivors?|owners?|daughters?|sons?|mothers?|fathers?|brothers?|sisters?"
    r"|partners?|grandmothers?|grandfathers?|others?|never|neighbou?rs?|callers?|offenders?"
    r"|prisoners?|sufferers?|gamblers?|drinkers?|smokers?|attend(?:er|ee)s?|newcomers?"
    r"|strangers?|visitors?|boarders?|lodgers?|survivors?|carers?|foster(?:ers?)?"
    rf"|admissions?|referrals?|youngest|oldest|(?:{PERSON_NOUN})s?)\b)"
    r"(?:[a-z-]{2,}(?:ist|ian|er|or)s?|clerks?|aides?|techs?|chaplains?|porters?|heads?"
    r"|chiefs?|leads?|cooks?|chefs?|staff|nurses?|admins?|medics?|docs?|coach(?:es)?)\b"
)
#: Right after a name: ", our diagnostician", ", my unit clerk".
_BESIDE = compiled(rf",\s+(?:my|our)\s+{_JOB}")
#: A name beside such a job anywhere in the text.
_NAMED = compiled(rf"\b[A-Z][^\W\d_]+(?:\.?\s+[A-Z][^\W\d_]+)?,\s+(?:my|our)\s+{_JOB}")


#: Right after a name, the front desk and what it will do for the reader: " at the front desk
#: will rebook", " at reception can help" (not " at reception was crying": someone waiting).
_AT_DESK = compiled(
    r" (?:at|on|from) (?:the |our )?(?:front desk|front office|reception(?: desk)?|admin desk)"
    r",? (?:will|can|is happy to|handles|is handling|is covering|covers)\b"
)


def beside_job(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by ", our <job>" or the front desk's help."""
    if text.startswith(",", end):
        return _BESIDE.match(text, end) is not None
    return text.startswith(" ", end) and _AT_DESK.match(text, end) is not None


def names_colleague(text: str) -> bool:
    """Whether `text` names a colleague beside their job, in either module's words."""
    if story_roles.named_staff(text):
        return True
    return (", my " in text or ", our " in text) and _NAMED.search(text) is not None
