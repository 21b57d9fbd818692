"""`phi`: a personal identity number built on its holder's date of birth, written bare.

Many countries number their people by the day they were born, then a serial
(and sometimes a check character): Sweden's personnummer "19440317-2286" or
"440317-2286" ("+" once the holder is 100), Denmark's CPR "170344-2286",
Finland's henkilötunnus "170344-228K" (with "-", "+" or "A"), Norway's
fødselsnummer "17034422861", Korea's resident number "440317-2286113",
China's resident identity number (eighteen digits with the birth date from
the seventh), and thirteen digits: South Africa's ID number "7203150842089"
(YYMMDD, four of serial, citizenship, a digit, a Luhn check; also written
"720315 0842 089"), Romania's CNP (the holder's sex and century, then
YYMMDD) and the former Yugoslavia's JMBG (DDMM and the year's last
three). Writers paste them without saying what they are, so the shape alone
is read: a real calendar date in the first digits (year-month-day or
day-month-year) and the serial's length that goes with it. A date range
("20240101-20240131") or a phone number fails the date or the serial's
length; the user's own number ("my personnummer") is theirs to share.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

Span = tuple[int, int, str, str]

#: The candidates: six or eight digits, a separator, a serial; one run of 11, 12, 13 or 18;
#: or thirteen in South Africa's groups of six, four and three ("720315 0842 089").
_CANDIDATE = compiled(
    r"(?<![\w+/.,-])(?:(?P<date>(?:19|20)?\d{6})(?P<sep>[-+aA])(?P<serial>\d{3}[\dA-Za-z]|\d{7})"
    r"|(?P<run>\d{11,13}|\d{17}[\dXx])|(?P<sa>\d{6} \d{4} \d{2} ?\d))(?![\w/-]|[.,]\d)"
)
#: Before the number: the user's own ("my personnummer", "our org number").
_OWN_BEFORE = compiled(r"\b(?i:my|our)\s+(?:[\w-]+\s+){0,2}$")
_KIND = "a personal identity number"
_ADVICE = "Remove the number: it gives the person's birth date and who they are."


def _date(year: int, month: int, day: int) -> bool:
    """Whether year, month and day make a day of the calendar (leap years not checked)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31) and year >= 0


def _six(digits: str) -> bool:
    """Whether six digits are a date as YYMMDD or DDMMYY."""
    a, b, c = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    return _date(a, b, c) or _date(c, b, a)


def _luhn(digits: str) -> bool:
    """Whether a run of digits passes the Luhn check (its last digit checks the others)."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _thirteen(run: str) -> bool:
    """Whether thirteen digits are a South African ID, a Romanian CNP or a JMBG."""
    if _date(int(run[:2]), int(run[2:4]), int(run[4:6])) and (
        _luhn(run) or (run[10] in "012" and run[11] in "89")
    ):
        return True  # South Africa: YYMMDD, serial, citizenship (0-2), 8 or 9, a Luhn check
    if run[0] in "12345678" and _date(int(run[1:3]), int(run[3:5]), int(run[5:7])):
        return run[7:9] <= "52"  # Romania: sex and century, YYMMDD, a county code up to 52
    return run[4] in "09" and _date(int(run[4:7]), int(run[2:4]), int(run[:2]))  # JMBG


def _dated(m: re.Match[str]) -> bool:
    """Whether a candidate's digits open with a date and end with a serial that fits it."""
    run = m.group("run") or (m.group("sa") or "").replace(" ", "") or None
    if run is not None and len(run) == 13:
        return _thirteen(run)
    if run is not None:
        if len(run) == 18:  # China: six digits of region, then YYYYMMDD
            return run[6:8] in ("19", "20") and _date(
                int(run[6:10]), int(run[10:12]), int(run[12:14])
            )
        if len(run) == 12:  # YYYYMMDD and four
            return run[:2] in ("19", "20") and _date(int(run[:4]), int(run[4:6]), int(run[6:8]))
        # Norway: DDMMYY and five; a run opening with 0 is more likely a phone number
        return run[0] != "0" and _date(int(run[4:6]), int(run[2:4]), int(run[:2]))
    date, serial = m.group("date"), m.group("serial")
    if len(date) == 8:
        if not _date(int(date[:4]), int(date[4:6]), int(date[6:8])):
            return False
    elif not _six(date):
        return False
    if len(serial) == 7:  # Korea: the serial opens with the holder's sex and century
        return len(date) == 6 and serial[0] in "12345678"
    return serial[:3].isdigit()


def birth_numbers(text: str) -> list[Span]:
    """Spans of personal identity numbers that open with their holder's birth date.

    Args:
        text: the draft, plain.

    Returns:
        (start, end, kind, advice) spans.
    """
    if sum(map(text.count, "0123456789")) < 9:
        return []
    found: list[Span] = []
    for m in _CANDIDATE.finditer(text):
        if not _dated(m):
            continue
        if _OWN_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        found.append((*m.span(), _KIND, _ADVICE))
    return found
