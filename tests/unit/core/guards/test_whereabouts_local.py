"""The whereabouts guard on outings told in local words, and on places that are a client's."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

# One kind per group, in wordings of our own.
LOCAL_OUTINGS = [
    # an errand run or dash named by its shop, said first
    ("Trader Joe's run between clients, the flower aisle got me.", "run between"),
    ("Bánh mì dash before my 2pm. Worth the queue.", "dash before"),
    ("Coffee run to the roastery on the corner, back in ten.", "run to"),
    # a treat after work
    ("Gelato after work: pistachio, obviously.", "after work"),
    ("Pho after clinic with the team, best broth in town.", "after clinic"),
    # a greeting from somewhere, in other languages
    ("Bonjour from the market! Buying far too many peaches.", "Bonjour from the"),
    ("Aloha from a very windy lanai, emails tomorrow.", "Aloha from a"),
    # a shop in a named place, said first; a named place between sessions
    ("At Target in Kapolei hunting for a fidget for the waiting room.", "At Target in Kapolei"),
    ("Churros at El Moro between appointments. No regrets.", "between appointments"),
    ("At the kiosk grabbing a phone card before group.", "At the kiosk grabbing"),
    # a named road or line at the commute hour, a jam on a named road
    ("I-95 at 6am is not for the faint of heart.", "I-95 at 6am is"),
    ("Forty minutes in a jam on Mombasa Road this morning.", "jam on Mombasa Road"),
    ("Stuck on the green line again, running late for my 9.", "Stuck on the green line"),
    # kin in other languages, their celebrations, even when past
    ("Brunch w/ my nonna after mass, she packed me leftovers.", "w/ my nonna"),
    ("Dîner chez mes parents ce soir, then emails.", "chez mes"),
    ("Sister's mehndi in Leicester on Saturday, hands already itching.", "Sister's mehndi"),
    ("Lolo's 90th fiesta yesterday and I am still full.", "Lolo's 90th fiesta"),
    # late work in any clock notation; lists of errands; one's own appointment
    ("Still writing reports at 23h30. Tomorrow starts at 8.", "at 23h30"),
    ("still answering emails at 11:15pm, send tea", "at 11:15pm"),
    ("Bank, then pharmacy, then the dry cleaners. Glamorous lunch hour.", "Bank, then pharmacy"),
    ("Optician on Queen Street this afternoon, so replies are slow.", "Optician"),
    ("I'm in the office Mon/Wed only from next month.", "in the office Mon"),
    # small hours in words; a morning spent with others; a day's gathering at a place of worship
    ("Quarter past three in the morning and the baby monitor is silent.", "in the morning"),
    ("Spent the afternoon helping my brother move a piano.", "Spent the afternoon helping"),
    ("Friday iftar at the mosque, then home to write reports.", "Friday iftar at the mosque"),
    # hitting a place; an event at a named place; a named café between sessions
    ("Finally hit the flea market, found a rug for the therapy room.", "hit the flea market"),
    ("At the Statehouse for the vote. Snacks packed.", "At the Statehouse for the vote"),
    ("Noodles at Mei's between sessions, the broth fixes everything.", "between sessions"),
    # one's own detour
    ("Bridge is out, so I took the long way round past the quarry.", "took the long way round"),
]

CLIENTS_PLACES_AND_LOOKALIKES = [
    # a place inside quoted speech is the speaker's, not the author's
    '"They will send me back to Lagos," he said, laughing. He was not joking.',
    "'Miss, my mum says I'm going to the farm if I fail.' He is fourteen.",
    # a lone relative after "the" is the client's ("with the mum")
    "I sat with the mum for a while after the session; she had not slept.",
    # someone else's return, someone else's home
    "Her partner, whose brother got back from Kabul last month, joined the session.",
    "He finally has a room at his supported flat on Albert Road. Huge.",
    # a life stage, a call ending, a general statement, a handle
    "Many students are away from home for the first time; first time away from home is hard.",
    "Just got off the phone with a grandmother who has been waiting six weeks.",
    "Going to AA doesn't mean you have failed at anything.",
    "Book club chat lives elsewhere: find me at @another_handle.",
    "She drew herself standing on the road between two houses.",
    # work between sessions, not an outing; a dry run before a talk
    "It's about practice between sessions, not homework grades.",
    "Dry run before the conference talk, slides still rough.",
    "Notes between sessions are where boundaries go to die.",
    # a run, a stop or a trip in teaching, not an errand
    "Stop for a moment and notice your breath.",
    "A trip to the ER is not a failure of therapy.",
    "Your run before work counts as self-care too.",
    "Test run before the workshop went fine, thanks all.",
    "Recovery often takes the long way round, and that is fine.",
    # a client's relative's occasion
    "My 2pm flies home for her lola's 40th-day prayers next week.",
]


@pytest.mark.parametrize(("text", "phrase"), LOCAL_OUTINGS)
def test_outings_in_local_words_warn(findings, text: str, phrase: str) -> None:
    found = findings(text, rule=Rule.WHEREABOUTS, backstop=False)
    assert found, text
    assert any(phrase.lower() in text[f.start : f.end].lower() for f in found), found


@pytest.mark.parametrize("text", CLIENTS_PLACES_AND_LOOKALIKES)
def test_clients_places_and_lookalikes_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text
