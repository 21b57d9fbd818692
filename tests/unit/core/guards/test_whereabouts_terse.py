"""Terse day notes in lower case, placed meals and rides, and look-alikes that place no one."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        # held by the weather, or waiting in a terminal
        "fogged in at the lodge after the school visit. sessions by phone tomorrow.",
        "iced in again, third day at the roadhouse. the pie selection is thinning.",
        "weather delay number four. i know every seat in this terminal now.",
        "stuck in the departure lounge with a cold coffee and twelve unread notes.",
        "Long layover in Doha, catching up on notes and pretending to sleep.",
        "sitting by gate 14 with a sandwich, boarding in twenty.",
        "Kid in the seat behind me sang the whole way and the whole train joined in.",
        # a day off, a sport, a town for a week
        "took the morning off to walk the dog along the inlet. worth every minute.",
        "i'm taking friday off, back monday with a tan hopefully",
        "hiked the ridge trail before clinic, legs are jelly",
        "paddled the bay at first light. seals everywhere.",
        "in fairbanks all week for a suicide prevention training, video sessions only.",
        "in bozeman till thursday for the rural health summit.",
        # a venue all weekend, a road, a hired ride, a weekly sport, an office queue
        "daughter's swim meet at the aquatic center all weekend. chlorine is my perfume now.",
        "parks hwy north to fairbanks this morning, moose count: three.",
        "grabbed a tuk-tuk back from the market before the rain hit.",
        "hopped in a cab across town, late for my own supervision again.",
        "Squash every Monday night at the club by the river. Bring your own racquet.",
        "in line at the passport office again. number 93 of apparently infinity.",
        # a drink or a plate at a place, a ride named by its kind
        "Long black from the kiosk near the ferry terminal before a day of home visits.",
        "Cortado at the corner stand between my 9 and my 10.",
        "Pancit at the eatery across the road from the rural health unit, sulit.",
        "Tricycle from the terminal to the health centre, 40 pesos and a free sermon.",
        "Jeepney ride to the rural health unit, twenty minutes of karaoke.",
        "Karak at the canteen opposite the hospital, best two riyals I spend all day.",
    ],
)
def test_terse_day_notes_warn(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # someone else's day, advice, a policy
        "She even took the day off from her shift to come to the session with him.",
        "He finally took a cab home from the hospital after the crisis plan was done.",
        "Our weather hold policy: if flights are cancelled, sessions move to video.",
        "Taking a day off when you are burnt out is not selfish.",
        "Jogged my memory with an old paper on attachment this week.",
        "in meetings all week, replies will be slow",
        "Yoga every Tuesday evening at the clinic, free for current clients.",
        "The whole flight was a panic attack for her, and she still got on the next one.",
        "The whole bus system needs ramps before our wheelchair users can get to groups.",
        "Lost my whole train of thought mid-session today and named it out loud.",
        "in supervision this week we talked about endings.",
        "in denial all week about how tired i am. rest is a skill.",
        "At the bank, many clients feel shame about debt. Name it gently.",
        # psychoeducation on drinks and places
        "Latte art is a form of mindfulness for some people.",
        "A bus ride to the coast can be a good behavioural experiment for agoraphobia.",
        "Many clients find a latte from the kiosk is their one daily treat, and that is fine.",
        # a client's homework, a client's street, a thing made in the author's town
        "Homework for the week: one walk on the beach, no phone. Let's see.",
        "Homework this week: one walk along the river, phone left at home.",
        "Assigned: one swim at the lake before Friday. We'll see if he does it.",
        "My 4pm spent the weekend at the lake with his dad for the first time in years.",
        "A little one who lives on Harbour St told me her cat is her best friend.",
        "Our team built the app right here in Dunedin and it is free for schools.",
        "Made here in Wellington, this workbook is now in its third edition.",
        # an invitation to a place on the web
        "Started a small side blog on poetry, nothing to do with work. Come say hi.",
        "New podcast episode is out today, come say hello in the comments.",
    ],
)
def test_others_advice_and_pride_pass(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


def test_arriving_here_and_a_cancelled_slot_still_warn(findings) -> None:
    for text in (
        "I made it here in one piece, Denver is cold and the conference starts at 9.",
        "My 4pm cancelled so I spent the afternoon at the beach.",
    ):
        assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


def test_friend_and_neighbour_homes_warn(findings) -> None:
    for text in (
        "Potluck at my neighbour's tonight, I'm bringing the lasagne.",
        "Board games at my neighbor's this evening, wish me luck.",
    ):
        assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text
    text = "My neighbour's dog barked at every delivery today."
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False)
