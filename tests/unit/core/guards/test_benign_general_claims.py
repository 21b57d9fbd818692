"""The clinical guard on people in cited works, general claims, rules and a mentor's saying.

A clinician quoting the literature, teaching, or remembering training speaks
of people who are no client of theirs; a story of the author's day about a
client still warns.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        # a cited work: the person is the paper's or the film's
        "Bowlby (1951) still floors me. The boy who stopped crying for his mother in hospital "
        "because nobody came. Required reading.",
        "Robertson, 1952: 'A Two-Year-Old Goes to Hospital'. The little girl who stops "
        "protesting and goes quiet. Every ward nurse should watch it.",
        "Main & Solomon (1990) changed how I see a freeze. The child who walked backwards "
        "towards her mother is in every lecture.",
        "In Gawande's 'Being Mortal' the woman who chose to go home taught me more about "
        "endings than any ward round did.",
        "Irvin Yalom describes a client who wanted him to be her father. Still the most "
        "honest book about therapy.",
        # a character in a show named by its title
        "In the final episode of 'In Treatment', Paul crosses every line with his patient "
        "Laura. Gripping TV, awful practice.",
        # research and public writing
        "In the classic Harlow experiments, infant monkeys chose the cloth mother over the "
        "wire one with milk. Comfort matters in session too.",
        # a habit, not an event
        "I still tear up whenever a teenager tells me they finally slept through the night.",
        # a work being reread, named by its title
        "Rereading Stern's 'The Interpersonal World of the Infant' again. This time it is "
        "the chapter on a mother who mirrors her baby's kicks.",
        "Re-reading Judith Herman's Trauma and Recovery for the study group. The woman who "
        "could only speak in fragments is on every page.",
        # a claim about every or no member of a kind, then advice
        "Not every crying toddler means a struggling parent. Watch the pair together, not "
        "just the child in session.",
        "A teen who refuses every group activity but lights up in art class isn't lazy. "
        "Ask what the session feels like from their chair.",
        # a rule given as an instruction in a clause of its own
        "In my first job we had one rule for the clinic: never discuss a client in the lift.",
        "On placement the rule was simple: never talk about a patient on the bus home.",
        # a guess about anyone
        "Clients in small towns worry somebody'll see their car parked outside the practice. "
        "Telehealth helps.",
        # a person word as a noun's modifier
        "Years on the inpatient unit taught me more than any textbook did.",
        # a rule about a kind of person; the author's mentor, spoken of as "him"
        "A patient isn't 'non-engaged' because they missed a session they had no bus fare "
        "for. Fix the access.",
        "My old clinical supervisor always said 'stay curious, not certain'. I still miss him "
        "this week of all weeks.",
    ],
)
def test_no_client_in_a_general_post(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # a citation, but the author's own client today
        "Reread Bowlby (1969) tonight. The boy I assessed today would not let his mum out of "
        "his sight for the whole session.",
        # a book's title, but the author's own client
        "Reading Yalom's 'The Gift of Therapy' when my client texted to say she finally got "
        "the job.",
        # an author, but the author's own client today
        "Judith Herman wrote about a client I saw today, or so it felt.",
        # a book, but the author's own client in the next sentence
        "Finished Gabor Mate's The Myth of Normal. A teen I work with asked me about it and "
        "now we read it together.",
        # a message to one relative, not an open letter to a kind
        "To the daughter who rang the clinic about her dad's fall: got it, calling you back "
        "at 9am.",
        "A client who shared a video of her dog made my whole week, honestly.",
        # "Every time" is no kind of person
        "A client walked out ten minutes in today. Every time he comes he gets closer to staying.",
        # an instruction, but about the author's own client today
        "Not every session goes to plan: a client walked out on me ten minutes in today.",
    ],
)
def test_a_client_in_the_same_shapes_still_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.CLINICAL, backstop=False), text
