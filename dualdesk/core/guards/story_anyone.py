"""People who are nobody in particular, or a teaching case, by the words around them.

- Anyone's relative: "somebody's kid, somebody's dad" counts the dead or the served,
  it tells no one's story.
- The author in an aside: "(says the woman who never takes lunch)", "said the man who
  ...": the idiom laughs at the writer.
- A case the author teaches with: "the case I pull out when students ask".
- A sample question in quotes, in a post that narrates nothing outside its quotes.
- A post that opens by addressing a whole group ("To every trainee who...", "To all
  the new grads:"): a case in it is anyone's, when the sentence speaks to them
  (`story_frames.Frames`).
- A bare noun in a list of bare words: "Sleep, exams, money, family, faith." names
  things that weigh on anyone, not one family.
- "Someone" after a condition or the reader's act: "whether someone attends", "if
  someone asks", "a checklist you read at someone".
"""

from __future__ import annotations

import re

from dualdesk.core.guards import staff_named
from dualdesk.core.guards import story_filters_quoted as sq
from dualdesk.core.guards import story_narration as nr
from dualdesk.core.guards.alternation_trie import compiled

#: What makes "someone" anyone from before: a condition ("whether someone attends", "if
#: someone asks") or the reader acting on them ("a checklist you read at someone").
_CONDITIONED = compiled(
    r"\b(?:whether|if|unless|in case|you(?:'re| are| can| can't| cannot| should| shouldn't)?"
    r"\s+(?!(?:[a-z]+ed|told|said|gave|took|sent|made|got|met|saw|left|brought|taught|found)\b)"
    r"[a-z]{2,}(?:\s+(?:at|to|with|on|for|over))?)\s+\Z",
    re.IGNORECASE,
)
#: A group of people, then what they did to "someone": "adults who lost someone", a kind.
_KIND_WHO = compiled(
    r"\b(?:people|adults|parents|those|children|kids|teens|families|men|women|folks|survivors"
    r"|carers|caregivers|widows|students|veterans|anyone)\s+(?:who|that)\s+(?:have\s+|had\s+)?"
    r"[a-z]{2,}\s+\Z",
    re.IGNORECASE,
)
#: Right before a person: anyone's. "somebody's kid", "everyone's mum".
_ANYONES = compiled(r"\b(?:(?:some|any|every|no)(?:one|body)|no one)'s\s*$", re.IGNORECASE)
_ANYONES_OPENING = compiled(r"(?:(?:some|any|every|no)(?:one|body)|no one)'s\s", re.IGNORECASE)
#: Right before a person who is the author: "says the woman who", "said the guy who".
_SAYS_THE = compiled(r"\b(?:says|said)(?: the)?\s+$", re.IGNORECASE)
_THE = compiled(r"the\s", re.IGNORECASE)
_WHO = compiled(r"\s+who\b", re.IGNORECASE)
#: A post that opens by addressing a whole group: "To every trainee", "To all the new grads".
TO_EVERY = compiled(
    r"\W*to (?:every|all|any)(?: (?:the|my|of|our|you))*(?: [\w'-]+){1,2}?\b(?=[\s,:])",
    re.IGNORECASE,
)


def nobody_here(text: str, start: int, end: int) -> bool:
    """Whether the person at text[start:end] is anyone's relative or the author in an aside.

    Args:
        text: the draft, plain.
        start: where the person's span starts (a determiner in it is looked through).
        end: where it ends.

    Returns:
        True after "somebody's" and the like, or for "says the <person> who".
    """
    low = max(0, start - 16)
    if "'" in text[low:end] and (
        _ANYONES.search(text, low, start) or _ANYONES_OPENING.match(text, start, end)
    ):
        return True
    if "sa" not in text[low:start].lower():
        return False  # no "says" or "said" before the person
    said = _SAYS_THE.search(text, low, start)
    if said is None or not (_WHO.match(text, end) or _WHO.search(text, start, end)):
        return False
    return said.group().rstrip().endswith(("the", "The")) or bool(_THE.match(text, start))


#: A case the author teaches with: "the case I pull out when students ask", "a case we
#: use with every cohort". (Not "present": a patient presented at rounds is a real one.)
_TEACHING_CASE = compiled(
    r"(?:the|a|my) (?:case|vignette)s? (?:that )?(?:I|we) (?:\w+ ){0,2}?"
    r"(?:teach|use|pull out|show|cite|quote|bring up|reach for|go back to)\w*\b[^.!?\n]{0,40}?"
    r"\b(?:students?|trainees?|residents?|class|cohorts?|lectures?|teaching|interns?"
    r"|registrars?|juniors?)\b",
    re.IGNORECASE,
)


def teaching_case(text: str, start: int) -> bool:
    """Whether the person at `start` opens "the case I pull out when students ask"."""
    if "case" not in text[start : start + 12] and "vignette" not in text[start : start + 16]:
        return False
    return _TEACHING_CASE.match(text, start) is not None


#: A quotation that is a question: "'why does he go silent'", "'Who in the family worries?'".
_QUOTED_QUESTION = compiled(
    r"[\"'](?:(?:who|whom|whose|why|what|how|when|where|which|does|do|did|is|are|can|could"
    r"|would|will)\b[^\"'\n]*|[^\"'\n]*\?)[\"']",
    re.IGNORECASE,
)


#: A dash after a quotation: the words are attributed to whoever follows.
_ATTRIBUTED = compiled(r"\s*[\u2014\u2013-]")


def sample_question(text: str, unquoted: str, start: int) -> bool:
    """Whether `start` is inside a quoted question in a post that narrates nothing outside quotes.

    "Circular questions work: 'Who in the family worries most when Dad goes quiet?'" offers
    a question to ask anyone; a session retold has narration outside its quotes.
    """
    if unquoted[start : start + 1] != " ":
        return False  # not inside a quotation
    for q in sq.QUOTED.finditer(text):
        if q.start() < start < q.end():
            if _ATTRIBUTED.match(text, q.end()):
                return False  # "'Can I keep it?' - Tomas, 12": a client's words, tagged
            return bool(_QUOTED_QUESTION.fullmatch(q.group())) and not _narrates(unquoted)
    return False


def _narrates(unquoted: str) -> bool:
    """Whether text outside quotations narrates (an -ed word that is past tense, "told")."""
    return any(not nr.NOT_PAST.match(m.group()) for m in nr.NARRATION.finditer(unquoted))


def no_one_told_of(text: str, unquoted: str, start: int, end: int) -> bool:
    """Whether the person at text[start:end] is no client by any shape of this module.

    Args:
        text: the draft, plain.
        unquoted: the draft with quotations blanked (`story_frames.Frames.unquoted`).
        start: where the person's span starts.
        end: where it ends.

    Returns:
        True for anyone's relative, the author in an aside, a teaching case, a sample
        question, or a colleague named beside their job (`staff_named`).
    """
    return (
        nobody_here(text, start, end)
        or teaching_case(text, start)
        or sample_question(text, unquoted, start)
        or staff_named.beside_job(text, end)
    )


def anyone_before(text: str, start: int) -> bool:
    """Whether the words before a bare "someone" at `start` make it anyone at all.

    "if you know someone", or "for adults who lost someone": a kind of people's someone.
    """
    return (
        _CONDITIONED.search(text, max(0, start - 30), start) is not None
        or _KIND_WHO.search(text, max(0, start - 40), start) is not None
    )


#: Two bare words listed with commas, right before a clause start: "Sleep, exams, money, ".
_LISTED_BEFORE = compiled(r"(?:^|[,.:;!?]\s*)[\w'-]+,\s*[\w'-]+,\s*$")


def listed(text: str, start: int, said: str) -> bool:
    """Whether a bare noun with its comma (`said`, at `start`) is one item in a list of words."""
    if not said.endswith(", ") or " " in said[:-2]:
        return False
    return _LISTED_BEFORE.search(text, max(0, start - 40), start) is not None
