"""A later post of a numbered thread that goes on telling one client's or family's story.

A clinician tells a case across a thread: the first post names the client
("1/ a family I see…"), and the later ones ("2/", "3/5", "(2/3)") go on
with pronouns and counts only, charting what happened:

- "2/ Today, for the first time, all three sat together…", "3/ Week 4 she
  mentioned she'd started…, week 8 she was back at…" (English);
- "2/ Hoy, por primera vez, los tres se sentaron…", "3/ En la semana 6 ella
  volvió a…" (Spanish, any country's).

So a post opening with a later thread number, on the professional account,
that tells a third person's past (she, he, they, both, the three of them,
nobody; ella, él, los tres, ambos, nadie) at a time of the therapy or the
day (today, for the first time, week 4, session 3; hoy, por primera vez,
semana 4) is a client story; so is one that tells what helped a third person
("2/ What helped most wasn't me. It was ... noticing she ...").

Quiet: threads of advice or psychoeducation (no past, no third person),
research and news threads (a study, a trial, the authors, a law), talks and
workshops (the people in them are an audience, not clients), stories
on screen or in books, and the author's own family ("my son", "mi hija").
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_patterns import IRREGULAR

#: A later post's number, opening it: "2/", "3/5", "(2/3)", "2)".
_LATER = compiled(r"\s*\(?(?:[2-9]|1\d)\s?(?:/\s?(?:\d{1,2})?\)?|\))\s")
#: A time of the therapy or of the day, English: "week 4", "session 3", "today".
_WHEN_EN = compiled(
    r"\b(?:(?:week|session|month) \d{1,2}|by (?:week|session|month) \w+|today|yesterday"
    r"|this (?:week|morning|afternoon)|for the first time|last (?:session|week))\b"
)
#: A third person acting in the past, English: "she mentioned", "all three sat".
_THEY_DID_EN = compiled(
    r"\b(?:she|he|they|both of them|the (?:two|three|four) of them|all (?:two|three|four)"
    r"|nobody|no one|neither of them)(?:'d| had| was| were)?"
    rf" (?:(?:finally|actually|just|even|still|also|never|not) )?(?:[a-z]{{3,}}ed|{IRREGULAR}"
    r"|was|were|had|did)\b"
)
#: A time of the therapy or of the day, Spanish: "semana 4", "hoy", "por primera vez".
_WHEN_ES = compiled(
    r"\b(?:(?:la )?(?:semana|sesión|mes) \d{1,2}|hoy(?! en día)|ayer|esta semana"
    r"|por primera vez|en la (?:última|primera|tercera|cuarta) sesión"
    r"|(?:\w+ )?(?:semanas|meses|años) después|un (?:mes|año) después)\b"
)
#: A third person acting in the past, Spanish: "los tres se sentaron", "ella volvió".
_THEY_DID_ES = compiled(
    r"\b(?:ella|él|ellos|ellas|ambos|ambas|nadie|(?:los|las) (?:dos|tres|cuatro|cinco))"
    r" (?:(?:se|le|les|lo|la|me|nos|no|ya|por fin) )*"
    r"(?:[a-záéíóúñ]{2,}(?:ó|aron|ieron|yeron)|dijo|hizo|vino|fue|tuvo|pudo|quiso|estuvo"
    r"|dijeron|hicieron|vinieron|fueron|tuvieron|pudieron|estuvieron)\b"
    # no subject, doing something to the author: "hoy me esperó en la puerta"
    r"|\b(?:me|nos) (?:lo |la )?(?!tocó\b|pasó\b)[a-záéíóúñ]{2,}ó\b"
)
#: What helped one person, told after the fact, and that person: "What helped most wasn't
#: me... she", "what worked in the end ... let him" (English).
_HELPED_EN = compiled(
    r"\bwhat (?:really |actually |finally |eventually )?(?:helped|worked|made the difference"
    r"|turned (?:it|things) around|got through)\b"
)
_THIRD_EN = compiled(r"\b(?:she|he|him|her|they|them|their)\b")
#: Research, news, screen and print, or the author's own family: not a client ("a first
#: episode" of an illness is no episode on screen).
_NOT_A_CASE = compiled(
    r"\b(?:study|studies|trial|researchers|authors|paper|cohort|sample|survey|film|movie|novel"
    r"|book|series|(?<!first )(?<!first-)(?<!psychotic )(?<!manic )(?<!depressive )episode"
    r"|government|minister|president|mayor|senator|law|workshop|talk"
    r"|conference|course|class|webinar|audience|attendees"
    r"|my (?:son|daughter|kids?|children|mum|mom|dad|husband|wife|partner|sister|brother"
    r"|grandma|grandpa|niece|nephew)"
    r"|estudio|ensayo|investigación|investigadores|autores|artículo|muestra|encuesta|película"
    r"|serie|libro|novela|gobierno|ministerio|ministr[oa]|president[ae]|alcald[ea]|senador[a]?"
    r"|ley|taller|charla|congreso|curso|clase|webinar|conferencia|jornadas?|seminario"
    r"|asistentes|público"
    r"|mis? (?:hij[oa]s?|mamá|papá|madre|padre|espos[oa]|marido|herman[oa]s?|abuel[oa]s?"
    r"|sobrin[oa]s?|niet[oa]s?|novi[oa]|pareja))\b"
)


def spans(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of a later thread post's story: a third person's past at a time of the therapy.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal ("" when they would move).
        professional: whether the draft is for the professional account.

    Returns:
        The span of the first such clause, or nothing.
    """
    if not professional or not text[:6].lstrip("( ")[:1].isdigit():
        return []
    low = folded or text.lower()
    if _LATER.match(low) is None or _NOT_A_CASE.search(low):
        return []
    helped = _HELPED_EN.search(low)
    if helped is not None and _THIRD_EN.search(low):
        return [helped.span()]  # "2/ What helped wasn't arguing... let him take it"
    for when, did in ((_WHEN_EN, _THEY_DID_EN), (_WHEN_ES, _THEY_DID_ES)):
        m = did.search(low)
        if m is not None and when.search(low):
            return [m.span()]
    return []
