"""Persons in general claims, cited works and rules, for the `clinical` guard.

A clinician teaching, quoting the literature or remembering training speaks
of people who are no client of theirs. The shapes, each read by its grammar
rather than its words:

- a cited work: an author with a year ("Bowlby (1969)", "Winnicott, 1953:",
  "Main's 'Adult Attachment Interview' (1985)") or a work being read by its
  title ("Rereading Yalom's 'The Gift of Therapy'"); the mother or the somebody
  in the post is the paper's or the saying's, not the author's client; or
  an author's title in title case before the person in one sentence
  ("In Yalom's 'Love's Executioner' the woman who…"), or an author named in
  full who wrote of them ("Oliver Sacks wrote about a man who…"), or a
  show's or book's title in the person's sentence ("the episode of 'X'");
- a habit: an indefinite person after "whenever" or "every time";
- research and public writing: the person's sentence tells of experiments,
  study findings or participants, or the person "wrote that viral thread";
- a claim about every or no member of a kind: the sentence opens with a
  quantifier ("Not every anxious teen…", "Every new dad…", "No client…"),
  or is an open letter to a kind ("To every dad in the car park…");
- a rule about a kind of person: an indefinite person opening the sentence
  with a present-tense negation or obligation ("A patient isn't lazy
  because…", "A client doesn't owe you…");
- a rule given as an instruction in a clause of its own ("…one rule: never
  discuss a patient in the lift");
- a guess about anyone: "someone'll see", "somebody might recognise";
- a person word used as a noun's modifier ("the inpatient ward", "patient
  safety"): no person at all;
- a pronoun whose only antecedent is the author's supervisor, mentor or
  colleague ("My old supervisor used to say… I miss her").

None of them holds in a post that speaks of a day of the author's ("today",
"this morning"), which is how a story goes; an author or a title in the
person's own sentence is enough unless that sentence has such a day. Most
need the person's sentence to speak without "I" (quotes aside).
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

_I = re.IGNORECASE
#: An author and a year: "Fraiberg (1975)", "Winnicott, 1953", "Stern's 'The Interpersonal
#: World' (1985)", "(Bowlby, 1969)". The name is capitalised; the year is 1800-2029.
_CITATION = compiled(
    r"\b(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Day|Since|In|From|Class|Year"
    r"|Cohort|Intake|Spring|Summer|Autumn|Fall|Winter|Referral|Ref)\b)"
    r"[A-Z][a-z]+(?:'s|\u2019s)?(?: (?:et al\.?|and [A-Z][a-z]+|& [A-Z][a-z]+))?"
    r"(?:, \(?| \(|'s [^.!?\n()]{2,60} \()(?:18|19|20)\d\d[a-z]?\b(?![/-]|\s*\u2013\s*\d)"
)
#: Reading or watching an author's work named by its title: "Rereading Yalom's 'The Gift of
#: Therapy'", "reread Freud's Little Hans case", "Re-reading Nancy Boyd-Franklin's Black…".
_READ_WORK = compiled(
    r"\b(?i:re-?read(?:ing)?|reading|read|finished|rewatch(?:ing|ed)?|watch(?:ing|ed)"
    r"|listening to)\s+(?:[A-Z][a-z]+\s+)?[A-Z][\w-]+(?:'s|\u2019s)\s+[\"\u201c'\u2018]?[A-Z]"
)
#: An author's work by its title in title case: "Yalom's 'Love's Executioner'",
#: "Fraiberg's 'Ghosts in the Nursery'" (a client's words are not in title case).
_TITLED_WORK = compiled(
    r"\b[A-Z][a-z]+(?:'s|\u2019s) [\"\u201c'\u2018][A-Z][\w'\u2019-]*(?: (?:[A-Z][\w'\u2019-]*"
    r"|in|the|of|a|an|for|and|to|on|at|with|from|who|his|her)){1,8}[\"\u201d'\u2019]"
)
#: An author by full name telling of someone in writing: "Oliver Sacks wrote about a man".
_AUTHOR_TELLS = compiled(
    r"\b[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+(?:'s)? (?:wrote|writes|described|describes"
    r"|documented|reported|filmed|tells|told) (?:(?:about|of) )?(?:the (?:case|story) of )?$"
)
#: A screen or book title in the person's sentence: they are a character ("In the last
#: episode of 'Shrinking', Jimmy breaks every rule with his client Sean").
_TITLE_OF = compiled(
    r"\b(?:episode|season|series|film|movie|show|novel|book|play|documentary|sitcom|drama)"
    r"(?: of)? [\"\u201c'\u2018](?-i:[A-Z])",
    _I,
)
#: Research on people: its subjects are no one's clients ("infant monkeys chose the cloth
#: mother", "participants who slept less…").
_RESEARCH = compiled(
    r"\b(?:experiments?|stud(?:y|ies) (?:found|find|showed|shows|suggests?)|researchers"
    r"|participants|meta-analys[ie]s|randomi[sz]ed"
    r"|(?:paper|study|trial|preprint|rct|survey|review) (?:on|about|of|from|showing|finds|found"
    r"|shows))\b(?! \d| \w+day\b)",  # "newish paper on telehealth: …", not "her paper on 4 Nov"
    _I,
)
#: Right after a person: they wrote something public ("The nurse who wrote that viral thread").
_WROTE_PUBLIC = compiled(
    r"\s+(?:who\s+)?(?:wrote|posted|tweeted|shared|made|filmed|published)\s+(?:that|this|the|a"
    r"|an)\s+(?:(?:viral|famous)\s+[\w-]+|thread|op-?ed|article)\b",
    _I,
)
#: Just before an indefinite person: a habit, not an event ("whenever a veteran's family…").
_HABITUAL = compiled(r"\b(?:whenever|every time|each time|any time|anytime)\s+$", _I)
#: The author's own person: "my client", "our patient" are never the book's.
_OWN_SPAN = compiled(r"(?:my|our)\b", _I)
#: A day of the author's: a story, not a citation or a rule.
_ANCHOR = compiled(
    r"\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening|week)|last (?:night"
    r"|week)|earlier|just now)\b",
    _I,
)
#: The author as "I" (quotes are blanked before this is searched).
_FIRST = compiled(r"\b(?:i|i'm|i've|i'd|me|my)\b", _I)
_QUOTED = compiled(r"[\"\u201c][^\"\u201c\u201d\n]{1,200}[\"\u201d]")
#: A sentence opening with a quantifier over a kind: "Not every…", "Every…", "No…".
_QUANTIFIED = compiled(
    r"\W*to (?:every|all|any) "  # an open letter to a kind, not "To the daughter who…"
    r"|\W*(?:not (?:every|all|each|any)|every|each|no|none of the|all) (?!(?:time|day|week|night"
    r"|morning|evening|session|year|month|single|one|of (?:us|you|them))\b)[a-z]"
    r"[\w-]*(?: [\w-]+){0,3}? (?:means?|is|isn't|are|aren't|has|have|needs?|does|doesn't|do"
    r"|don't|will|won't|can|can't|should|must|wants?|deserves?|owes?|gets?|knows?|feels?)\b",
    _I,
)
#: After an indefinite person opening a sentence: a present-tense rule ("isn't lazy",
#: "doesn't owe", "deserves", "needs"), not a scene ("isn't answering", "didn't come").
_RULE_AFTER = compiled(
    r"(?:\s+who\s+[^.!?\n,]{1,80}?)?\s+(?:isn't|is not|isnae|aren't|are not|doesn't|does not"
    r"|disnae|won't|can't|cannot|cannae|shouldn't|is never|never|deserves|needs|has a right"
    r"|gets to|owes)\b(?!\s+\w+ing\b)",
    _I,
)
_INDEFINITE = compiled(r"(?:an?|any)\s", _I)
#: A clause of its own that instructs: "never discuss…", "don't ask…", "always…".
_RULE_CLAUSE = compiled(
    r"(?:^|[:;\u2014\u2013]\s*|\s-\s)(?:never|don'?t|do not|always|please don'?t)\s"
    r"[^:;\u2014\u2013]*$",
    _I,
)
#: A guess about anyone: "somebody'll recognise", "someone might see".
_GUESSED = compiled(
    r"(?:['\u2019]ll|\s+(?:will|would|might|could|may|can|is going to|gonna))\b", _I
)
_SOMEONE = compiled(r"(?:some|any)(?:one|body)\b", _I)
#: A person word as the modifier of a noun: "the inpatient ward", "patient safety".
_MODIFIER_OF = compiled(
    r"\s+(?:wards?|units?|services?|teams?|settings?|stays?|admissions?|safety"
    r"|experiences?|feedback|portal|records|population|leaflets?|survey"
    r"|charter|rights|advocacy|voice|satisfaction|load|base|list|lounge|areas?)\b",
    _I,
)
#: A span ending in a person noun ("the inpatient"), not a pronoun ("her").
_PERSON_END = compiled(r"(?:client|patient|user|parent|carer|family|student|member)s?$", _I)
_PRONOUN = compiled(r"(?:he|she|her|him|his|hers)\b", _I)
#: The author's teacher or colleague, with up to two words before the role.
_COLLEAGUE = compiled(
    r"\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:supervisor|mentor|colleague|professor|lecturer"
    r"|teacher|tutor|trainer|boss|manager|line manager|clinical lead|training director"
    r"|analyst|therapist)\b",
    _I,
)
#: A client before a pronoun: then the pronoun may be the client's.
_CLIENT = compiled(
    r"\b(?:client|patient|service user|mum|mom|dad|teen|kid|child|boy|girl|man|woman"
    r"|family|couple|referral|case)s?\b|\d\s?(?:am|pm)\b",
    _I,
)


def _unquoted(text: str, s: int, e: int) -> str:
    """text[s:e] with quoted words blanked, same length."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text[s:e])


def _speaks_as_i(text: str, s: int, e: int) -> bool:
    return _FIRST.search(_unquoted(text, s, e)) is not None


def _opening(text: str, s: int) -> int:
    """Where the words of the sentence starting at `s` begin."""
    return s + len(text[s:]) - len(text[s:].lstrip())


def nobody_told_of(text: str, start: int, end: int) -> bool:
    """Whether the person at text[start:end] is in a claim, a citation or a rule.

    Args:
        text: the draft (straight quotes).
        start: where the person's span starts.
        end: where it ends.

    Returns:
        True for one of the shapes in the module notes; False in a post that
        tells of a day of the author's.
    """
    if _PRONOUN.fullmatch(text, start, end):
        colleague = _COLLEAGUE.search(text, 0, start)
        if colleague is not None and _CLIENT.search(text, 0, start) is None:
            return True  # "My grad school supervisor used to say… thinking about her"
    s, e = sentence_bounds(text, start)
    if _ANCHOR.search(text, s, e) is None and not _OWN_SPAN.match(text, start):
        if _AUTHOR_TELLS.search(text, max(s, start - 60), start):
            return True  # "Oliver Sacks wrote about a man who…"
        if _TITLED_WORK.search(text, s, start):
            return True  # "In Yalom's 'Love's Executioner' the woman who… taught me"
        if _TITLE_OF.search(text, s, e) and not _speaks_as_i(text, s, e):
            return True  # "In the last episode of 'Shrinking', … his client Sean"
        if _WROTE_PUBLIC.match(text, end) or _RESEARCH.search(text, s, e):
            return True  # "The nurse who wrote that viral thread"; "the Harlow experiments"
    if _ANCHOR.search(text) is not None:
        return False
    if _MODIFIER_OF.match(text, end) and _PERSON_END.search(text, start, end):
        return True  # "the inpatient ward", not "her bed"
    opening = _opening(text, s)
    own = _speaks_as_i(text, s, e)
    if not own and (_CITATION.search(text) or _READ_WORK.search(text)):
        return True  # "Fraiberg (1975)… The mother who…"
    if _INDEFINITE.match(text, start) and _HABITUAL.search(text, max(s, start - 12), start):
        return True  # "I think of him whenever a veteran's family comes in"
    if not own and _QUANTIFIED.match(text, opening):
        return True  # "Not every crying baby means a struggling mum"
    if _QUANTIFIED.match(text) and not _speaks_as_i(text, 0, len(text)):
        return True  # "Not every…. Look at the relationship, not just the baby."
    if start == opening and _INDEFINITE.match(text, start) and _RULE_AFTER.match(text, end):
        return True  # "A patient isn't 'non-compliant' because…"
    clause = _RULE_CLAUSE.search(text, s, start)
    if clause is not None and not _speaks_as_i(text, clause.start(), e):
        return True  # "…one rule above all: never discuss a patient in the lift"
    # "Folks worry somebody'll recognize their truck": a guess about anyone
    return bool(_SOMEONE.match(text, start) and _GUESSED.match(text, end) and not own)
