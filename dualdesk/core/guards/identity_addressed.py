"""The author's job said to them as "you", in other languages, for `identity_link`.

`identity_told.py` reads the English "she asked 'aren't you the psychologist?'".
Relatives and strangers say it in their own grammar too, and a writer quotes
it without a verb of saying: Tagalog's "ikaw yung psychologist diba?",
"ikaw ba ang doktor ng anak ko?", Spanish's "¿tú eres la psicóloga?",
French's "t'es le psy, non ?". A quote opening with the second person and its
"the" before a job noun is someone naming the author's work.
"""

from __future__ import annotations

from dualdesk.core.guards.identity_told import JOB

#: "you ... the" in other languages: Tagalog, Spanish, Portuguese, French.
_YOU_THE = (
    r"(?:ikaw|ikaw ba|ikaw pala|ikaw na|ikaw din) (?:yung|'yung|ang|ung)"
    r"|(?:t[uú] )?eres (?:el|la|un|una)|(?:voc[eê]|tu) [eé] (?:o|a|um|uma)"
    r"|(?:t'es|tu es|vous [eê]tes) (?:le|la|un|une)"
)
_JOB_ABROAD = (
    r"(?:psy|psic[oó]log[oa]|psiquiatra|psychologue|psychiatre|doktor|doctora?|terapeuta"
    r"|th[eé]rapeute|consejer[oa]|sikologo|sikolohista)"
)

ADDRESSED_VOICES = (
    (
        ("ikaw", "eres ", "t'es ", "tu es ", "vous \u00eates", "voc\u00ea ", "tu \u00e9 "),
        r"[\"'\u201c\u2018\u00bf]\s?(?:[\w,]+ ){0,3}?"
        rf"(?:{_YOU_THE}) (?:[\w-]+ ){{0,2}}?(?:{JOB}|{_JOB_ABROAD})\b(?!'s| \w+'s)",
    ),
)
