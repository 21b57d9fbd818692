"""The whereabouts guard on commutes by route, stops in the day, clock hours and sick days."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards.whereabouts_meal_places import meal_places


def _warns(findings, text: str) -> bool:
    return bool(findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False))


@pytest.mark.parametrize(
    "text",
    [
        # a numbered line or route ridden, or at a clock time
        "Stuck on line 4 for twenty minutes, the signal fault strikes again.",
        "the 38 bus at 7:50 is a full-contact sport and I have lost a button",
        "Catching the 6:40 to York, slides half-finished on my knee.",
        # a road number opening the sentence, then a movement
        "On the A9 before sunrise heading north to the outreach clinic. Flask of tea.",
        # a named service or vessel, or a ride over a named bridge
        "Writing notes on the Manly ferry, the harbour being ridiculous as usual.",
        "Taking the TGV to Lyon on Friday for the family therapy congress.",
        "biking in across Tower Bridge at 7 with frozen fingers, worth it",
        # the author's service gone wrong
        "the 73 broke down outside the library so I'm jogging the rest, sorry 9am",
        "Signal failure at Wynyard again. Walking from here, see you all eventually.",
    ],
)
def test_commute_by_route_warns(findings, text) -> None:
    assert _warns(findings, text), text


@pytest.mark.parametrize(
    "text",
    [
        # someone else's route, a date, a count, a model walked through, a road as an address
        "She takes line 4 every day and the crowding sets off her panic.",
        "On 14 June we open the new perinatal service in the east wing.",
        "On 3 occasions last year the referral came back unread.",
        "Walking across Bowlby's attachment theory in one lecture is too fast.",
        "The old mill on Route 7 is now a peer recovery centre, go and see it.",
        "Her bus was cancelled twice, so we moved her sessions to video.",
    ],
)
def test_others_routes_and_dates_pass(findings, text) -> None:
    assert not _warns(findings, text), text


@pytest.mark.parametrize(
    "text",
    [
        # food with the author's vehicle or desk
        "Cheese sarnie in the van between home visits, radio on, windows steamed.",
        "9:00 intake. 12:40: me, eating noodles at my desk. 14:00 more intakes.",
        # a shop run at a named shop, a wander round a named place
        "quick Lidl shop at 9pm and the self-checkout hates me personally",
        "Doing the shopping at the Parkway before the kids' tea.",
        "Had a mooch round the Grainger Market on my lunch, bought far too much cheese.",
        # a small place near a named place, a gym in a district with a routine time
        "best pho in the city is the tiny place near Chinatown station, fight me",
        "Tuesday = bouldering gym in Leith after work, my one quiet hour.",
    ],
)
def test_stops_in_the_day_warn(findings, text) -> None:
    assert _warns(findings, text), text


@pytest.mark.parametrize(
    "text",
    [
        # a client's meal or shop, advice, and "a little place" that is no place
        "She eats her lunch in the car so nobody on the ward sees her cry.",
        "Tip for new grads: please eat something that isn't a biscuit between visits.",
        "There is a little place in every anxious kid that wants to be brave.",
        "Her weekly Tesco shop at 8pm is the only hour she gets alone.",
    ],
)
def test_others_stops_and_advice_pass(findings, text) -> None:
    assert not _warns(findings, text), text


@pytest.mark.parametrize(
    "text",
    [
        # a 24-hour small hour opening a sentence, then the author awake
        "02:47 and my head is still writing tomorrow's report.",
        "Long week.\n01:15, still up, still thinking about that assessment.",
        # the author home with their own sick child now
        "My youngest has a temperature so I'm home today, replies on Monday.",
        "Vabbar idag, so the neuropsych reports wait until Thursday.",
    ],
)
def test_clock_hours_and_sick_days_warn(findings, text) -> None:
    assert _warns(findings, text), text


@pytest.mark.parametrize(
    "text",
    [
        # a clock time inside a sentence, a client's child, a child's past illness
        "The 02:00 feed is the hardest one, say so to new parents.",
        "Our text line is staffed 00:00 to 08:00 by trained volunteers.",
        "Her son has a fever today so the home visit moves to Friday.",
        "My son had flu last winter and it taught me a lot about waiting rooms.",
    ],
)
def test_others_hours_and_illness_pass(findings, text) -> None:
    assert not _warns(findings, text), text


@pytest.mark.parametrize(
    "text",
    [
        # a meal fragment with no subject, placed, then a when or the end of its clause
        "Noodles at the little stall on Kingsland Road after a long assessment day.",
        "Fish tacos at Rosa's between intakes. Worth the heartburn.",
        "Pasty on the harbour in St Ives, a gull eyeing me up.",
        "Soup in the staff canteen before the 2pm MDT, finally warm.",
    ],
)
def test_placed_meals_warn(findings, text) -> None:
    assert _warns(findings, text), text


@pytest.mark.parametrize(
    "text",
    [
        # a film title, advice with a pronoun, someone else's meal, a general habit
        "Breakfast at Tiffany's is the film my whole caseload seems to quote this year.",
        "Lunch at your desk is not a break, it is more work with crumbs.",
        "Her lunch at the canteen was the first meal she had kept down in weeks.",
        "Skipping breakfast on ward rounds is how burnout starts.",
        "Our client said coffee at Gail's after group was the best part of her week.",
    ],
)
def test_others_meals_and_titles_are_not_placed_meals(text) -> None:
    assert not meal_places(text, text.lower()), text
