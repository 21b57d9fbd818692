"""The phi guard on identifiers set in the grammar of someone's life story."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: A person presented by their life: each post, and the identifier it must report.
LIVES = [
    # a first name with an apposition: past work, a condition, the author's tie
    ("Rosalind, ex-ward sister, told me off for the state of my shoes today.", "Rosalind"),
    (
        "Morning round: Desmond, a retired plumber, fixed the day room tap before breakfast.",
        "Desmond",
    ),
    ("Mavis, frontotemporal dementia, still beats the whole unit at dominoes.", "Mavis"),
    ("Cyril, who we visit on Thursdays, asked for his wedding photos again.", "Cyril"),
    # an age past 89 opening the sentence
    ("Ninety-six, former seamstress, and she threaded my needle in one go.", "Ninety-six"),
    ("91, widower, came in with nothing but his slippers and a bus pass.", "91"),
    # a past job with its place
    ("A former miner from Featherstone, and his lungs are telling the story now.", "Featherstone"),
    ("She was the retired postmistress of Heptonstall, knew every family by name.", "Heptonstall"),
    # where someone lives, by a third-person verb
    ("New referral: lives alone off 47th & Cottage Grove, no family visiting.", "47th & Cottage"),
    ("He sleeps rough near Piccadilly most nights and came in soaked through.", "Piccadilly"),
    # where someone works, or worked for years
    ("pt is a line cook at the Pilsen Tap on Cermak and fretted about his shift.", "Pilsen"),
    (
        "Thirty years as a fitter at Cammell Laird and his hands still shake when he talks.",
        "Cammell",
    ),
    # a day someone's state began
    ("The lad who's been waiting since 2/3 for a bed finally got one tonight.", "2/3"),
    ("She's been sleeping in her car since 12 January and nobody noticed.", "12 January"),
    # Tagalog: a person's name article, and where someone is from
    ("Nakakatuwa si Marites, yung Grade 7 na taga-Malanday, nag-open up na today.", "Marites"),
]


@pytest.mark.parametrize(("text", "span"), LIVES)
def test_an_identifier_in_the_shape_of_a_life_fires(findings, text: str, span: str) -> None:
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert any(text[f.start : f.end].startswith(span) for f in found), (text, found)


#: Colleagues, the author's own life, public figures, lists and Tagalog titles.
NOT_LIVES = [
    # apposition that is a list, a place or an exclamation, or a colleague's
    "Fall, head injury, and then months of rehab: the usual story on our ward.",
    "Brenda, retired professor and my old supervisor, is speaking at the conference.",
    "Honestly, dementia care, more than anything, needs time.",
    # ages in counts or bands
    "Ninety, maybe a hundred people came to the carers' evening. Thank you all.",
    # a past job that is the author's or the author's family's
    "I'm a former nurse from Wigan, now a psychiatrist, and I still miss the night shifts.",
    "My uncle, a retired docker, lives off 5th & Dock Road and will not move.",
    # where the author or their family lives, or a colleague works
    "My sister lives off 5th & Main and I stay with her when I'm in town.",
    "Twenty years at Maudsley taught me more than any textbook did.",
    "Our new registrar spent ten years at Salford Royal. Dr Shah, welcome to the team.",
    "Meet me at the Starbucks on Clark before the training, I'll be in a red coat.",
    # dates of the practice, not of a person
    "Dr Okoye has been with the team since 4/2. Welcome aboard!",
    # Tagalog: the author from a place, a titled colleague, no story
    "Taga-Cebu ako pero dito na ako nag-work sa Manila for ten years.",
    "Salamat kay Ma'am Reyes sa training kahapon, ang dami kong natutunan.",
    "Basahin niyo po yung libro ni Freud, classic talaga.",
]


@pytest.mark.parametrize("text", NOT_LIVES)
def test_colleagues_the_authors_life_and_counts_pass(findings, text: str) -> None:
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert not found, [text[f.start : f.end] for f in found]


def test_a_name_with_a_past_job_fires_on_the_personal_account_too(findings) -> None:
    text = "Visited Harold today, ex-railwayman. Harold, ex-railwayman, knew every timetable."
    found = findings(text, Role.PERSONAL, rule=Rule.PHI, backstop=False)
    assert "Harold" in [text[f.start : f.end] for f in found]
