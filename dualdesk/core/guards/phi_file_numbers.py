"""`phi`: a person referred to by a file or reference number in a structured shape.

"File 24-0871 finally got her detox bed", "IPU bed 6, file HP-26-0917",
"ref no. KB/2291/07", "her file number at the hospital is 2024/118832": a
number that files one person's record is a record number under Safe Harbor,
even when the writer uses it to avoid a name. The shape gives it away, not
the service's vocabulary: a filing word ("file", "ref", "referral"; "case"
and "record" are read with the other record words), perhaps where the file
is kept, then a number built of parts joined by "-" or "/", or letters
joined to digits, with five digits or more. A span of years ("2024-25",
"2023/2024") is no record.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled

Span = tuple[int, int, str, str]

#: A filing word and its number. Lower case: it runs on the lower-cased draft.
FILED = compiled(
    r"\b(?:file|ref|reference|referral)\.?"
    r"(?:\s+(?:no\.?|number|num|#))?(?:\s+(?:at|with|for|in|on) (?:the )?[a-z]+)?"
    r"(?:\s+(?:is|was|reads))?\s*[:#]?\s*"
    r"(?P<num>(?:[a-z]{1,4}[-/]?)?\d{2,8}(?:[-/]\d{1,8}){1,3}(?![\w/-])"
    r"|[a-z]{1,4}[-/]?\d{5,10}(?![\w/-]))"
)
#: A span of years: "2024-25", "2023/2024".
_YEARS = compiled(r"(?:19|20)\d\d[-/](?:\d\d|(?:19|20)\d\d)")
#: What must be in the lower-cased draft for `FILED` to be tried.
_HINTS = ("file", "ref")


def file_numbers(folded: str) -> list[Span]:
    """Spans of a file or reference number with five digits or more, not a span of years.

    Args:
        folded: the draft, lower-cased (offsets equal to the draft's).

    Returns:
        (start, end, kind, advice) spans of such numbers.
    """
    if not any(hint in folded for hint in _HINTS):
        return []
    found: list[Span] = []
    for m in FILED.finditer(folded):
        num = m.group("num")
        if sum(c.isdigit() for c in num) < 5 or _YEARS.fullmatch(num):
            continue
        found.append((*m.span("num"), "a record or account number", "Remove the number."))
    return found
