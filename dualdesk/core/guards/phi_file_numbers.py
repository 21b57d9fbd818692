"""`phi`: a person referred to by a file or reference number in a structured shape.

"File 24-0871 finally got her detox bed", "IPU bed 6, file HP-26-0917",
"ref no. KB/2291/07", "our ref AB-CD-2026-0412", "her file number at the
hospital is 2024/118832": a number that files one person's record is a
record number under Safe Harbor, even when the writer uses it to avoid a
name ("al expediente 2025-1142", "ficha 31-0077"). The shape gives it away, not
the service's vocabulary: a filing word ("file", "ref", "referral"; "case"
and "record" are read with the other record words), perhaps where the file
is kept, then a number built of parts joined by "-" or "/", or letters
joined to digits, with five digits or more (four behind letters: "HL-2291").
A span of years ("2024-25", "2023/2024") is no record. Without a filing
word, capitals joined to digits after "about" or "re" in a post about
casework ("on hold to CAMHS about DGR7734") is a client's code as well.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]

#: A filing word and its number. Lower case: it runs on the lower-cased draft.
FILED = compiled(
    r"\b(?:file|ref|reference|referral|expediente|exp|ficha|folio|dossier)\.?"
    r"(?:\s+(?:no\.?|number|num|#))?(?:\s+(?:at|with|for|in|on) (?:the )?[a-z]+)?"
    r"(?:\s+(?:is|was|reads))?\s*[:#]?\s*"
    r"(?P<num>(?:[a-z]{1,4}[-/]){0,2}(?:[a-z]{1,4}[-/]?)?\d{2,8}(?:[-/]\d{1,8}){1,3}(?![\w/-])"
    r"|[a-z]{1,4}[-/]?\d{4,10}(?![\w/-]))"
)
#: A bare code of capitals joined to digits, said of a case: "on hold about DGR7734",
#: "re: KT-20931". Upper case: a flight or a product is read by the words around it.
CODED = compiled(
    r"\b(?i:about|re:?|regarding|chasing|for|on|closed|discharged|transferred)\s+"
    r"(?!(?:ISO|IEC|RFC|CVE|ICD|DSM|COVID|SARS|ISBN|ISSN|IEEE|NIST|SOC|PCI)-?\d)"  # standards
    r"(?P<num>[A-Z]{2,4}-?\d{4,8})(?![\w/-])"
)
#: The shape of such a code anywhere: the cheap test before the others.
_CODE_SHAPE = compiled(r"[A-Z]{2}-?\d{4}")
#: Words of casework: a coded name is a client's only in a post about cases.
_CASEWORK = compiled(
    r"\b(?:caseload|case|cases|client|patient|referral|file|bed|admission|discharge|chart"
    r"|camhs|cmht|crisis team|ward|safety plan|notes)\b"
)
#: A span of years: "2024-25", "2023/2024".
_YEARS = compiled(r"(?:19|20)\d\d[-/](?:\d\d|(?:19|20)\d\d)")
_LETTERS = "abcdefghijklmnopqrstuvwxyz-/"
#: What must be in the lower-cased draft for `FILED` to be tried.
_HINTS = ("file", "ref", "exp", "ficha", "folio", "dossier")


def file_numbers(folded: str) -> list[Span]:
    """Spans of a file or reference number with five digits or more, not a span of years.

    Args:
        folded: the draft, lower-cased (offsets equal to the draft's).

    Returns:
        (start, end, kind, advice) spans of such numbers.
    """
    if not holds_any(folded, _HINTS):
        return []
    found: list[Span] = []
    for m in FILED.finditer(folded):
        num = m.group("num")
        digits = sum(c.isdigit() for c in num)
        if (
            digits < 4
            or (digits == 4 and not num[0].isalpha())
            or _YEARS.fullmatch(num.lstrip(_LETTERS))
        ):
            continue  # four digits only behind letters ("hl-2291"): "file 2291" may be a year's
        found.append((*m.span("num"), "a record or account number", "Remove the number."))
    return found


def coded_cases(text: str, folded: str) -> list[Span]:
    """Spans of a client named by a bare code in a post about casework ("about DGR7734").

    Args:
        text: the draft, plain.
        folded: `text` lower-cased with the same offsets, or "".

    Returns:
        (start, end, kind, advice) spans of such codes.
    """
    if not folded or _CODE_SHAPE.search(text) is None or not _CASEWORK.search(folded):
        return []
    return [
        (*m.span("num"), "a record or account number", "Remove the code.")
        for m in CODED.finditer(text)
        if not _YEARS.search(m.group("num"))
    ]
