"""The clinical guard on a Taglish story with no one named, and Tagalog's "may".

"may" and an actor-focus verb, then "sa akin" ("may nagtanong sakin…"),
with the words quoted or a word of the work; a client's words to the author
("'Doc, pwede po…'") opening the post and answered as to a child, or in a
post about the work; an elder by honorific and name ("Mang Ben") in a post
about the work. Habits, strangers, public places, a neighbour's compliment
and errands pass. Tagalog's "may" (there is, has) is no English modal
making the sentence general.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

STORIES = [
    # someone unnamed who did something to the author, with a quote or the work
    "kahapon may tumawag sakin sa clinic, umiiyak, tapos hindi na nagpakilala. nag-aalala ako.",
    "may nagtanong sa akin after session 'babalik pa po ba kayo next week?' syempre naman.",
    "may yumakap saken bago umuwi, 'salamat po talaga.' yun lang, buo na araw ko.",
    # a client's words opening the post, answered as to a child or in a post about the work
    "\u201cSir, okay lang po ba kung hindi muna ako magsalita?\u201d Oo naman, iho. Dito tayo.",
    "'Doc, babalik pa po ba yung boses?' Tinanong ako nito sa ward kanina. Wala akong sagot.",
    # the words quoted later in a post about the work
    "After the check-up her lola said 'Doc, salamat po, nakakakain na siya ulit.' Panalo.",
    # an elder by honorific and name, in a post about the work
    "Mang Ben from bed 4 finally ate his whole breakfast today sa ward. Small wins, duty mode.",
]

QUIET = [
    # no quote and no work: anyone
    "may nagsabi sakin na masarap daw yung bagong kape sa kanto. tara?",
    # the practice's admin
    "may nag-message sakin today asking for therapy rates. DM lang po for the rate card!",
    "may nagtanong sakin kung paano mag-apply sa clinic namin as intern. Check our page po!",
    # a stranger named around the quote
    "'Ma'am, saan po kayo bababa?' tanong ng jeep driver. sa Cubao lang po, kuya.",
    "kanina may nagsabi sakin sa mall 'ang cute po ng baby niyo.' proud mama ako.",
    # a client-sounding quote with no answer to a child and no work in the post
    "'Ate, pabili po ng yelo.' Summer na talaga.",
    # anyone's question, asked as a habit
    "Patients often ask me, 'Doc, normal lang po ba 'to?' Yes. Let's talk about it in session.",
    # an elder by name with no work in the post
    "Aling Nena's turon is still the best sa buong barangay. Walang kupas.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_taglish_story_with_no_one_named_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", QUIET)
def test_taglish_strangers_and_errands_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


def test_a_po_quote_said_up_to_the_author_is_flagged_on_personal(findings) -> None:
    text = "kagabi may nag-chat sakin 'salamat po sa lahat, buhay pa ako dahil sa inyo.' iyak ako."
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)


@pytest.mark.parametrize(
    "text",
    [
        "a patient's mom (yung laging may dalang bulaklak) cried in the hallway today. ang bigat.",
        "a client's dad, na may sakit din pala, waited outside the whole session kanina.",
    ],
)
def test_tagalog_may_is_no_english_modal(findings, text: str) -> None:
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "A patient's mom may feel guilty about the diagnosis; that's normal.",
        "A client's partner may bring up old fights in session. Normal yan.",
        "A patient's mom may nag you about visiting hours, be kind.",
    ],
)
def test_english_may_still_makes_a_sentence_general(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
