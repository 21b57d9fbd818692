"""A capitalised word in the author's own Spanish aside: a thing the author ate, a road home.

Spanish marks a person who is the object of a verb with "a" ("ver a Marta",
"llamando a Luis"); a thing or a brand takes none ("comer Doritos",
"bebiendo Coca-Cola", "escuchando Extremoduro"). So in a sentence whose
subject is the author ("Y yo aquí, comiendo Doritos a medianoche") with no
one else in it, a capitalised word right after an infinitive or a gerund
is the author's thing, not a client's name or town. A name after "a", or
a sentence about someone else ("su", "ella", "le"), is still read. So is a
road between "de" and "a casa" ("una hora de Periférico a casa"): the
author's way home.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

#: An infinitive or a gerund, with enclitics ("comer", "juzgándome", "viéndola"), just before.
_VERB_BEFORE = compiled(
    r"(?i:\b[a-záéíóúñ]{2,}(?:ar|er|ir|ando|iendo|yendo|ándo|iéndo)(?:me|te|se|lo|la|le|nos)?)"
    r"(?:\s+(?i:un|una|unos|unas|el|la|los|las|mi|mis))?\s+$"
)
#: The author as subject.
_I = compiled(r"\b(?i:yo)\b")
#: Someone else in the sentence: a third person, a client, a relative.
_SOMEONE = compiled(
    r"\b(?i:él|ella|ellos|ellas|su|sus|le|les|paciente|consultante|cliente|usuari[oa]"
    r"|señora?|chic[oa]|niñ[oa]|madre|padre|hij[oa]|herman[oa])\b"
)


#: The author's road home around the run: "de Periférico a casa", "por Insurgentes hasta casa".
_FROM = compiled(r"\b(?i:de|del|desde|por)\s+$")
_HOME = compiled(r"[^\s]*\s+(?i:a|hasta|hacia|para) casa\b")


def own_thing(text: str, start: int, end: int) -> bool:
    """Whether the capitalised run is a thing in the author's own Spanish aside, or their road.

    Args:
        text: the draft, plain.
        start: where the capitalised run starts.
        end: where it ends.
    """
    if _FROM.search(text, max(0, start - 8), start) and _HOME.match(text, end):
        return True  # "una hora de Periférico a casa": the author's way home
    s, e = sentence_bounds(text, start)
    return (
        _VERB_BEFORE.search(text, max(s, start - 24), start) is not None
        and _I.search(text, s, e) is not None
        and _SOMEONE.search(text, s, e) is None
    )
