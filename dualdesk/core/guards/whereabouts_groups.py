"""A group as a sentence's subject, for the whereabouts guard: the remark is the group's.

Crisis-line notices and advice speak of what a kind of person does: "Loads of
new parents find typing at 3am easier than ringing", "Most carers are up at
night", "Plenty of folk walk the dog to clear their head". A quantifier and a
plural noun and a verb open the sentence, so the time or the place in it is
the group's, not the author's. Nights, days and weeks are no group ("Most
nights I…"), and a noun followed by a place is a scene ("Lots of roadworks on
the A64"). Advice addressed to a group ("Parents: if your teen stops eating
with the family…") and an open letter ("To the dad sitting in the car park:
we see you") are about the reader's day, not the author's.

The caller (`whereabouts_generic.Ownership`) asks only about a sentence
without "I" in it.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

#: A quantifier, up to two describing words, then a plural noun or a people word.
_GROUP = compiled(
    r"\W*(?:loads|lots|plenty|many|most|some|a lot|a few|few|all|half|heaps|tons|so many"
    r"|a majority|the majority|more and more|too many)(?: of)?(?: (?:the|our|your|these))?"
    r" (?:[\w-]+ ){0,2}?(?!(?:nights|days|mornings|evenings|weeks|weekends|times|years"
    r"|months|hours)\b)(?:[a-z]+s|people|folk|men|women|children|weans|bairns)"
    # then a verb, not a place: "Lots of roadworks on the A64" is the author's road
    r" (?!(?:on|in|at|of|to|for|from|by|near|around|round|along|with|and|or|outside)\b)[a-z]",
    re.IGNORECASE,
)


#: A group addressed, then a condition on the reader's own: "Parents: if your teen…".
_ADDRESSED = compiled(
    r"\W*(?:[A-Z][a-z]+s|Folks?|Everyone|Everybody|Friends|Colleagues|Y'all)[:,]\s+"
    r"(?:if|when|whenever|once|before|after) (?:your|you)\b"
)


#: An open letter to a kind of reader: "To the dad sitting in the car park…: we see you".
_LETTER = compiled(
    r"\W*To (?:the|every|all the|any) [^.!?\n:]{1,80}[:\u2014\u2013,]\s+[^.!?\n]*"
    r"\b(?:you|your|we|we've|we're|come|please)\b"
)


#: "-bound" after an abstract noun: no trip ("Culture-bound doesn't mean rare").
_ABSTRACT_BOUND = compiled(
    r"(?:culture|duty|honou?r|time|rule|muscle|spell|tradition|text|status|class|shame|guilt"
    r"|fear|law|norm|gender|context|language|age|data)[- ]bound",
    re.IGNORECASE,
)


def abstract_bound(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is "Culture-bound" or the like: a quality, not a trip."""
    return _ABSTRACT_BOUND.fullmatch(text, start, end) is not None


def group_subject(text: str, start: int) -> bool:
    """Whether the sentence starting at `start` opens with a group as its subject.

    Args:
        text: the draft.
        start: where the sentence's words start.

    Returns:
        True for "Loads of new parents find…", "Most carers are…", and a group
        addressed with a condition of the reader's ("Parents: if your teen…"),
        an open letter to a kind of reader ("To the mum on the night feed: you…").
    """
    return any(p.match(text, start) is not None for p in (_GROUP, _ADDRESSED, _LETTER))
