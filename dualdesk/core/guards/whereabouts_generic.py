"""Shapes that make a whereabouts remark nobody's own: teaching, symptom lists, scenes, books.

A place or a sleepless night in a post is the clinician's own only when the
clinician is its subject. These shapes tell the other cases by their grammar,
not by their words:

- a sentence that opens on a frequency or a supposition, then someone else,
  and has no "I" ("Sometimes the car died on the Palmetto."): a general
  point, told of anyone ("Usually at the pool by 6" is the author's habit);
- someone else doing it right before the place ("The 10-year-old
  translating at the doctor's office"): a noun with a doing, not the author;
- a doing as the subject of a general statement, with no "today" ("Sitting
  in a waiting room for an hour is ..."): anyone's;
- a scene set for someone else's past act ("At the conference, a speaker
  told ..."): where it happened, told after the fact, about another;
- a late-night remark as one item of a list of symptoms, after a first
  sentence, with no "I" in it or before it and no clock ("Constant
  checking, can't sleep, can't stop googling."): the reader's or the
  patients' nights;
- a place that is a person's work ("back to Adrienne Rich's 'Of Woman
  Born'"): a book, not a town;
- with no "I": a timetable told of a service ("The 7am ferry gets in at
  9:45"), a service "run by" others, a movement said of its manner rather
  than its place ("we're flying blind").

`Ownership(text).not_own` takes a finding's span and says whether one of these
shapes holds.
With "I" or "my" in the sentence, only the book counts: "I took the kids
swimming at the lake" is the author's outing.
Each pattern is bounded, so matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.whereabouts_addressed import nobodys
from dualdesk.core.guards.whereabouts_asides import aside
from dualdesk.core.guards.whereabouts_asked import asked_here, readers_own, symptom_opening
from dualdesk.core.guards.whereabouts_examples import examples_list
from dualdesk.core.guards.whereabouts_groups import abstract_bound, group_subject
from dualdesk.core.guards.whereabouts_no_place import no_place
from dualdesk.core.guards.whereabouts_others import (
    case_post,
    clause_subject,
    figure_doing,
    leave_given,
    others_doing,
)
from dualdesk.core.guards.whereabouts_said import lead_end, unsaid

_I = re.IGNORECASE

#: The author in a sentence: "I", "I'm", "my", "me", "myself" (a set lookup per word is
#: several times faster than a regular expression here).
_FIRST = frozenset(("i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "mine"))
_PUNCT = "\"'“”‘’()[],.;:!?…*_-—–"
#: An "I" inside a name for a client: "a woman I see", "the lad I've been working with".
_CLIENT_I = compiled(
    r"\b(?:woman|man|lady|guy|client|lad|lass|girl|boy|person|someone|family|couple|teen|kid"
    r"|mum|mom|dad|one|young person|bloke|fella)\s+(?:(?:that|who|whom)\s+)?I(?:'ve| have)?"
    r"\s+(?:been\s+)?(?:see|saw|seeing|work with|worked with|working with|support|supported"
    r"|supporting|treat|treated|counsel|counselled|visit|visited)\b"
)
#: A sentence that opens on a frequency or a supposition, on the reader's person ("If your
#: teenager stops eating with the family"), or on a client's homework: a general point.
_GENERAL_OPEN = compiled(
    r"\W*(?:(?:sometimes|often|usually|occasionally|typically|generally|imagine|suppose),?\s+"
    r"(?:the|a|an|their|your|his|her|they|he|she|it|people|someone|kids|clients|patients"
    r"|parents|families)\b|(?:if|when|whenever|once) your [\w-]+\b"
    # a supposition about anyone: "If a new dad stops eating", "If someone can't sleep"
    r"|if (?:a|an|someone|somebody|anyone|any) [\w-]+\b"
    # what a client is set to do: "Homework: a walk by the sea", "Her task for the week -"
    r"|(?:(?:his|her|their|your|the) )?(?:homework|home practice|assignment|assigned|prescribed"
    r"|task|experiment)(?: (?:for )?(?:the|this|next) week)?\s*[:—–-]"
    # a reminder or a PSA to readers (the author's own day has "I" in it, asked first)
    r"|(?:friendly |gentle |quick )?reminder\b(?! to (?:self|myself)\b)|psa\b)",
    _I,
)
#: A doing as the subject of a general statement: "Sitting in the waiting room for an hour
#: is how families spend Monday", "A trip to the ER is not a failure" (not a clause after
#: it: "Grabbing lunch at X and the line is out the door"). The opening, the verb and the
#: clause words are three simple scans rather than one pattern with a lookahead per letter.
_GERUND_OPEN = compiled(r"(?:[A-Z][a-z]+ing|(?:An?|Any|Every|Each) [a-z]+)\b")
_COPULA = compiled(
    r"\s(?:is|isn't|are|can|can't|cannot|will|won't|should|means|makes|helps|does|doesn't"
    r"|teaches|feels)\s"
)
_CLAUSE = compiled(
    r"[,;:—–]|\s(?:so|and|because|but|while|as|since|cos|then|till|until|who|which|that"
    r"|where|whose|when|if)\s"
)
#: Someone else doing it: "the 10-year-old translating at", "a mum sitting in" (not a time
#: or a kind of time: "a rare Saturday walking at the beach" is the author's).
_OTHER_DOING = compiled(
    r"\b(?:the|a|an|every|each|some|any)\s+(?!(?:morning|afternoon|evening|night|day|week"
    r"|weekend|time|whole|hour|lunch|lunchtime|break|holiday|summer|winter|spring|autumn|year"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|rare|quick|lazy|long|late|early|slow"
    r"|sunny|rainy|wet|cold|hot|good|great|lovely|perfect|proper)\b)[\w'’-]+\s+[a-z]{2,}ing\s+$",
    _I,
)
#: A scene opener followed by another's past act: ", a speaker told", ", one dad asked".
_OTHER_PAST = compiled(
    r",\s+(?:a|an|one|someone|somebody|the|this|another)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:[a-z]+ed|told|said|asked|gave|made|spoke|wrote|came|went|stood|got|took|began|did)\b",
    _I,
)
#: A place that is a person's work, right after the remark: "(back) to Rich's 'Of Woman
#: Born'", "Yalom's book".
_WORK_AFTER = compiled(
    r"(?:\s+(?:to|into|through|over))?(?:\s+[A-Z][\w-]*){0,3}"
    r"(?:'s|’s|s'|s’)\s+(?:['\"‘“]|(?:new |latest |old |classic )?(?:book|paper|chapter|essay"
    r"|poem|novel|memoir|article|lecture|model|theory|framework)\b)",
    _I,
)
#: Now: a doing with it is the author's ("Walking the dog on the beach this morning is bliss").
_NOW = compiled(
    r"\b(?:today|tonight|tomorrow|right now|this (?:morning|afternoon|evening|weekend|week))\b",
    _I,
)
#: A timetable, told of a service, not of anyone: "The 7am ferry from Stornoway gets into
#: Ullapool at 9:45", "Every ferry leaves at six": a service opens it, moving in the present.
_TIMETABLE = compiled(
    r"\W*(?:The|A|An|Every|Each|No)\s+(?:[\w:.'’-]+\s+){0,5}?(?:gets|leaves|arrives|departs"
    r"|runs|goes|takes|stops|comes|reaches|calls|connects)\b"
)
#: A movement said of how it is done, not where: "we're flying blind", "driving on empty".
_MANNER_AFTER = compiled(
    r"\s+(?:[a-z]+ly\s+)?(?:blind|solo|on autopilot|on empty|by the seat|in the dark|under the"
    r" radar)\b",
    _I,
)
#: A verb past participle: "a line run by peers", "24/7, run by volunteers": no one's outing.
_PARTICIPLE = compiled(r"(?:run|led|hosted|staffed|organi[sz]ed) by\b", _I)
#: A list item: a comma (or "and"/"or") right before and after it.
_ITEM_BEFORE = compiled(r"(?:,|;|\band|\bor)\s+$", _I)
_ITEM_AFTER = compiled(r"\s*(?:,|;|\s(?:and|or)\b)")
#: A clock or a "tonight" in the sentence makes a list the author's own night ("Midnight,
#: wide awake, rereading ...").
_CLOCK = compiled(r"\b(?:midnight|tonight|again|\d(?::\d\d)?\s?(?:am|a\.m\.))", _I)


def _has_first(text: str, start: int, end: int) -> bool:
    """Whether the author ("I", "my", "me") is in text[start:end].

    An "I" that only names a client ("a woman I see", "the lad I work with") does not
    count: the sentence is about the client.
    """
    words = text[start:end].lower().replace("’", "'").split()
    firsts = [w for w in (w.strip(_PUNCT) for w in words) if w in _FIRST]
    if not firsts:
        return False
    return any(w != "i" for w in firsts) or len(firsts) > len(_CLIENT_I.findall(text, start, end))


def _general_doing(text: str, s: int, e: int) -> bool:
    """Whether the sentence text[s:e] has a doing as its subject (see `_GERUND_OPEN`)."""
    opening = _GERUND_OPEN.match(text, s)
    if opening is None:
        return False
    verb = _COPULA.search(text, opening.end(), min(e, opening.end() + 62))
    return (
        verb is not None
        and _CLAUSE.search(text, opening.end(), verb.start() + 1) is None
        and _NOW.search(text, s, e) is None
    )


class Ownership:
    """Reads whose each whereabouts remark in one draft is (see the module docstring).

    The facts of a sentence ("I" in it, a general opening) are found once per
    remark start and kept: one draft often has several remarks in one sentence.
    """

    def __init__(self, text: str) -> None:
        """Keep the draft.

        Args:
            text: the draft.
        """
        self._text = text
        self._facts: dict[int, tuple[int, int, bool, bool]] = {}
        self._case: bool | None = None  # whether the draft is about a client, once asked

    def _sentence(self, start: int) -> tuple[int, int, bool, bool]:
        """Start, end, "I" in it, and a general opening, of the sentence holding `start`."""
        facts = self._facts.get(start)
        if facts is None:
            text = self._text
            s, e = sentence_bounds(text, start)
            s += len(text[s:start]) - len(text[s:start].lstrip())
            first = _has_first(text, s, e) and _has_first(unsaid(text, s, e), 0, e - s)
            general = not first and (
                _GENERAL_OPEN.match(text, s) is not None
                or _general_doing(text, s, e)
                or nobodys(text, s, e)  # advice to the reader, a scene from a past year
                or examples_list(text, s)
                or group_subject(text, s)  # "Loads of new parents find typing at 3am…"
                or leave_given(text, s)  # "It's okay to step out with the kids"
            )
            facts = self._facts[start] = (s, e, first, general)
        return facts

    def not_own(self, start: int, end: int, *, night: bool = False) -> bool:
        """Whether the remark at text[start:end] is someone else's or nobody's.

        Args:
            start: where the remark starts.
            end: where it ends.
            night: the remark is a late-night one (then a symptom list is checked too).
        """
        text = self._text
        if _WORK_AFTER.match(text, end) or no_place(text, start, end, night=night):
            return True
        if abstract_bound(text, start, end):
            return True  # "Culture-bound doesn't mean rare"
        s, e, first, general = self._sentence(start)
        if figure_doing(text, s, start) and not _has_first(text, s, start):
            return True  # "Serena Williams pulling out in Paris still comes up when I ..."
        if self._case is None:
            self._case = case_post(text)
        if self._case and clause_subject(text, s, start, end):
            return True  # "Couple I see: he's here, she's still over the border with the kids"
        if first:
            return False
        if aside(text, (s, e), start, night=night):
            return True  # a job advert's hours, "Can't sleep? Try ...", "Ideas? Sitting in ...?"
        if readers_own(text, s, start) or asked_here(text, start, end, (s, e)):
            return True  # "you can finish one in the pickup line"; "letters here in Kenya?"
        if general or _TIMETABLE.match(text, s) or _MANNER_AFTER.match(text, end):
            return True
        if start > s and (_PARTICIPLE.match(text, start) or others_doing(text, s, start)):
            return True
        lead = lead_end(text, s, start)  # ("the lads saying 'grand' at the pub")
        if text[max(s, lead - 5) : lead].rstrip().endswith("ing") and _OTHER_DOING.search(
            text, max(s, lead - 40), lead
        ):
            return True
        if start == s and _OTHER_PAST.match(text, end):
            return True
        if (
            not night
            or s == 0
            or _ITEM_AFTER.match(text, end) is None
            or _CLOCK.search(text, s, e)
        ):
            return False
        if start == s and symptom_opening(text, s, end):
            return True  # "... after his cousin was shot. Couldn't sleep, couldn't eat."
        return _ITEM_BEFORE.search(text, max(s, start - 6), start) is not None and not _has_first(
            text, 0, s
        )
