"""The phi guard on Safe Harbor kinds: places tied to a person, names, phones, ages in words."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


def _spans(findings, text: str) -> list[str]:
    return [text[f.start : f.end] for f in findings(text, rule=Rule.PHI, backstop=False)]


#: (text, identifier) for each Safe Harbor kind these tables add.
IDENTIFIERS = [
    # a place said before the person it describes
    ("Good news about the Kirkstall teen I mentioned: she's back at college.", "Kirkstall"),
    # a student by year, a soldier by rank, tied to a place
    ("A sophomore at Westbrook told me she hasn't slept since finals.", "Westbrook"),
    ("Sgt from Fort Lupton in group today, first time he spoke.", "Fort Lupton"),
    # a school in another language, in a bracket, and a place name with accents
    ("Little T. (école in Montréal-Nord) spoke in group, and her dad cried.", "Montréal-Nord"),
    # a venue with its town, in a sentence about someone
    ("Her dad is back volunteering at St. Brendan's in Eastleigh, huge step.", "Eastleigh"),
    ("He's been swimming at Kingfisher Leisure Centre in Redruth again.", "Redruth"),
    # a first name as the person a session was with
    ("Second session with Delphine today and she laughed twice.", "Delphine"),
    # a first name in a shout-out with the person's consent or a milestone
    ("Shoutout to Rangi (she said I can use her name) for 60 days clean.", "Rangi"),
    # a first name with the person's leave to be named
    ("Big day for Tomasz (he said I could use his name): a month back at work.", "Tomasz"),
    ("Aroha, who asked me to share this, finished her last group tonight.", "Aroha"),
    # national phone numbers with a trunk zero
    ("Please text my client back on 07911 123456, her old number is dead.", "07911 123456"),
    ("His new mobile is 0412 345 678 if the ward needs him.", "0412 345 678"),
    # ages over 89 in words
    ("My oldest client, ninety-four this spring, still beats me at crosswords.", "ninety-four"),
    ("She turned a hundred and two last week and asked for whisky.", "turned a hundred and two"),
]

NOT_IDENTIFIERS = [
    # a country is not smaller than a state; an unspecified person or a group has no place
    "A teenager from Eritrea taught me more about hope than any textbook.",
    "Policy written by someone in Ottawa who has never met a rural client.",
    "We see clients at Pride events every year; boundaries still apply.",
    # an adjective of kind, faith, nation or a book title before a person noun
    "Working with a Deaf teen taught me to slow everything down.",
    "When a Nigerian mum says her son is fine, ask twice.",
    "Reading The Anxious Teen by Sarah Hale again, still great.",
    "The Welsh lad upstairs plays rugby, and my TikTok teen knows every dance.",
    # a venue with its town and no one tied to it, or the author's own talk
    "Speaking at Grand Rounds in Leicester next month, slides to follow.",
    "Our team ran a workshop at Riverside Library in Frome, thanks all.",
    # colleagues in supervision and titled people in a session
    "Supervision session with Ingrid today, she caught what I missed.",
    "Great session with Dr Okafor on trauma-informed schools.",
    "Ran a session with Year 9 on exam stress, they were brilliant.",
    # a place before a kind of work, and students or soldiers as a group
    "I still lean on a Milan family therapy model when I work with teens.",
    "Freshers at Keele: the counselling service is free and she'll see you fast.",
    "Dr Lee (she asked me to share her slides) gave the best talk of the day.",
    # organisations' lines and numbers that are not phones
    "Samaritans helpline: 0330 094 5717, any time, day or night.",
    "Freephone 0800 111 4567 for the crisis team.",
    "Call us on 020 7946 0958 to book a first appointment.",
    "Our new number is 0161 496 0000 for bookings, lines open at nine.",
    "Our ninety minute sessions are now sixty.",
    "She ran ninety miles last month for the charity, what a woman.",
]


@pytest.mark.parametrize(("text", "span"), IDENTIFIERS)
def test_safe_harbor_kinds_fire(findings, text: str, span: str) -> None:
    assert any(span in found for found in _spans(findings, text)), text


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
@pytest.mark.parametrize("role", list(Role))
def test_countries_groups_kinds_colleagues_and_helplines_pass(findings, text, role) -> None:
    assert not findings(text, role, Rule.PHI, backstop=False), text
