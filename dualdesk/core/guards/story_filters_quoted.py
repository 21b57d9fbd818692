"""Filters of the structural clinical check for quoted, screen and public people.

`story_filters.py` holds what makes a mention of a person not a story in
general; these are the tables about whose words and whose story a sentence
tells: quoted speech (a client's words are not the author's), a film or
show (its people are characters), a saying someone used to say (its people
are types), a year in one person's life (no historical event), the author's
own working day ("today"), and a present-tense definition. Every pattern is
bounded, so matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE

#: Quoted speech, blanked out before looking for the author's own family: a client's words
#: ("about my dad") are not the author's.
QUOTED = compiled(r"(?:^|(?<=[\s:,]))[\"'][^\"'\n]{1,200}[\"']")

#: A post about a screen or print story: its people are characters ("rewatched One Flew Over the
#: Cuckoo's Nest", "the new prison drama", "K-dramas have taught...").
FICTION = compiled(
    r"\b(?:k-?dramas?|(?:tv|prison|medical|hospital|crime|police|period|legal|new|bbc|itv"
    r"|netflix|hit) (?:drama|show|series)|films?|movies?|sitcoms?|novels?|documentar(?:y|ies)"
    r"|netflix|re-?watch(?:ed|ing)?|binge-?watch\w*|box ?set"
    # an illness's "first episode of psychosis", "a manic episode of..." is no TV episode
    r"|(?<!first )(?<!first-)(?<!psychotic )(?<!manic )(?<!depressive )(?<!mixed )episode"
    r" (?:of|with)|on (?:that|the"
    r"|this) show|(?:tv|television|on-?screen) (?:[\w-]+ )?(?:therapist|psychiatrist|psychologist"
    r"|shrink|counsell?or|doctor|nurse|clinician|show|series|character)s?)\b",
    _I,
)
#: A maxim someone used to say: the people inside its quotation are types, not clients.
SAYING = compiled(
    r"\b(?:used to|would|always|liked to|loved to) (?:say|tell (?:us|me|them))\b|\bsaying\b"
    r"|\bonce (?:said|told (?:me|us))\b|\btold (?:me|us) once\b"
    r"|\bmantra\b|\bmotto\b",
    _I,
)
#: A quotation of a saying, which may hold sentences of its own.
QUOTED_SAYING = compiled(r"[\"\u201c][^\"\u201c\u201d\n]{1,300}[\"\u201d]")
#: Words that make a sentence public ("the news", "history", a year) in a person's own sense:
#: "someone I see got the news", "a long history of ligatures", "the history screams masking",
#: "they met in 1968", "since 1987", "his death in 1971": a year in one life is no historical
#: event.
PRIVATE_SENSE = compiled(
    r"\b(?:(?:got|get|gets|getting|had|received|broke|breaking|given|heard) the news"
    r"|(?:a|no|long|known|family|past|previous|prior|medical|psychiatric|forensic|trauma"
    r"|documented|recent|developmental|social|drug|drinking) history|the history(?! of)"
    r"|(?:met|married|wed|born|died|divorced|widowed|retired|emigrated|arrived|moved)(?: \w+){0,3}"
    r" in 1[5-9]\d\d(?: or 1[5-9]\d\d)?|(?:since|up|back in|until) 1[5-9]\d\d"
    r"|(?:death|passing|loss|wedding|marriage|divorce|birth|funeral|accident|arrest|miscarriage"
    r"|stillbirth|assault|attack|overdose)(?: \w+){0,2} in 1[5-9]\d\d)\b",
    _I,
)
#: A day of the author's own work: a post that speaks of a film and of "today" tells of both.
TODAY = compiled(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|yesterday)\b", _I)
#: A present "is", "are" or "doesn't mean" and no narration in the sentence: a definition.
COPULA = compiled(
    r"\b(?:is|are|isn't|aren't|(?:does not|doesn't|do not|don't) mean)\b"
    r"(?!\s+(?:now\s+|still\s+|finally\s+|currently\s+|already\s+)?"
    r"(?:\w+ing|on|in|at|out|back|home|off|away|with|doing|getting|going)\b)",
    _I,
)
