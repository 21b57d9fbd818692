"""The clinical guard: stories about one client fire, clinical topics do not."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity

STORIES = [
    "Had a client today who finally said the words out loud.",
    "My 2pm cancelled again. Starting to wonder if it's me.",
    "A teen I work with drew me a picture of her worry monster.",
    "So proud of my client, she got the job!",
    "How would you handle a client who texts you every night?",
    "In session today a kiddo asked me if I have a mom.",
    "One of my patients told me I'm the only person she trusts.",
    "Third no-show this week from the same person.",
    "A young man I've been seeing stopped answering my calls.",
    "Client J. told me he's been sleeping in his car.",
    "Yesterday a retired teacher told me she finally feels safe at home.",
    "Had to file a CPS report today. Worst part of the job.",
    "My patient (let's call him Tom) finally called his brother.",
]

TOPICS = [
    "Clients often ask me how long therapy takes. It depends.",
    "A diagnosis is a tool for treatment, not a summary of who you are.",
    "If you're struggling tonight, call or text 988. You don't have to be in crisis.",
    "Be patient with yourself. Healing isn't linear.",
    "Client-centered care means the person in the room sets the pace.",
    "New research suggests patients with chronic pain benefit from ACT.",
    "What happens in a first therapy session? Mostly talking.",
    "Our no-show policy is on the website: 24 hours' notice, please.",
    "My email client crashed and took my drafts with it.",
    "When a client cries in session, she may feel ashamed. Normalise it.",
    "my therapist said she was proud of me today",
    "gym session this morning nearly killed me",
    "A colleague told me about a great new book on grief.",
    "My supervisor once told me to rest more. Still learning.",
]


def test_the_rule_reads_patient_as_an_adjective(findings) -> None:
    # The learned model reads this as a story (a known false alarm in test_learned.py).
    assert not findings(
        "Be patient with her, she said, and I was.", rule=Rule.CLINICAL, backstop=False
    )


@pytest.mark.parametrize("text", STORIES)
def test_a_story_about_one_client_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL), text


@pytest.mark.parametrize("text", TOPICS)
def test_clinical_topics_and_other_senses_of_the_words_pass(findings, text: str) -> None:
    # The rules alone: the learned model's own false alarms are in test_learned.py.
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_fires_on_the_personal_account_too(findings) -> None:
    assert findings("had a client scream at me today", Role.PERSONAL, Rule.CLINICAL)


def test_span_covers_the_narrating_phrase(findings) -> None:
    text = "Long week. My 2pm cancelled again."
    (finding,) = findings(text, rule=Rule.CLINICAL)
    assert text[finding.start : finding.end] == "My 2pm"
    assert finding.severity is Severity.WARN
    assert "client" in finding.message and "general" in finding.advice


# "Someone", "the person", "an individual": the most general words for a person single
# no one out unless the post ties them to the work ("on our waiting list", "I see").
BARE_PERSON_STORIES = [
    "Someone on our waiting list rang this morning to say she'd found a bed elsewhere.",
    "Walked somebody through their first exposure ladder today and they laughed at the end.",
    "Vicar's daughter came in last week, terrified her dad would find out. We moved to video.",
]
BARE_PERSON_TOPICS = [
    "Worried about somebody else's drinking? Family support lines ran all through the holidays.",
    "A label in somebody's chart follows them for years, long after it stopped being true.",
    "One line in somebody's clinic notes followed them for years after the diagnosis changed.",
    "Nobody taught me this in training: the individual in front of you decided to come back.",
]


@pytest.mark.parametrize("text", BARE_PERSON_STORIES)
def test_someone_tied_to_the_work_is_a_client(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", BARE_PERSON_TOPICS)
def test_someone_in_general_is_nobody_in_particular(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_bare_someone_on_the_personal_account_needs_the_work_in_its_sentence(findings) -> None:
    text = (
        "trad session ran till 2, fiddle arm is dead. someone tell me the name of that last reel"
    )
    assert not findings(text, Role.PERSONAL, Rule.CLINICAL, backstop=False)


# A relative clause of the work ("I sit with", "I meet with", "I've been supporting") is the
# clinical setting itself, so it counts on the personal account too.
SERVED_ON_PERSONAL = [
    "A lad I've been sitting with since spring rang to say he's three months dry. Bawled.",
    "Somebody I sit with on Thursdays got results nobody should get. Long bath, early night.",
    "Hard week. One of the families I meet with is losing the farm and I can't do a thing.",
]


@pytest.mark.parametrize("text", SERVED_ON_PERSONAL)
def test_someone_i_sit_with_is_a_client_on_the_personal_account(findings, text: str) -> None:
    assert findings(text, Role.PERSONAL, Rule.CLINICAL, backstop=False), text


def test_visiting_family_is_not_the_work(findings) -> None:
    text = "No sessions 2-9 Jan while I visit family in Lagos, back on the 10th."
    assert not findings(text, rule=Rule.CLINICAL, backstop=False)


# Consent, masking and attribution betray a real case, whatever the story looks like.
ATTRIBUTED = [
    "Shared with permission: she walked into the exam hall on her own. On her OWN.",
    "'I thought you'd give up on me.' Said to me yesterday, and I can't stop thinking about it.",
    "Composite: a dad of three, drinking in secret since the redundancy, terrified of his GP.",
]


@pytest.mark.parametrize("text", ATTRIBUTED)
def test_consent_and_attribution_mark_a_real_case(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_composite_vignettes_as_a_teaching_tool_pass(findings) -> None:
    text = "Composite case vignettes make the best teaching material for new trainees."
    assert not findings(text, rule=Rule.CLINICAL, backstop=False)


# "We serve", "I work with" tie one person to the work, but a whole group is everyone.
GROUPS_IN_GENERAL = [
    "If a new mum tells you she's frightened of her thoughts, get her seen today, not next week.",
    "The communities I work with have been failed by every service before mine.",
    "The veterans we serve have carried more than most of us ever will.",
]
ONE_OF_A_GROUP = [
    "A widow we serve asks for her husband's hymn at every visit. Arranging it with the chaplain.",
    "Three of the teens I see at the drop-in got into college this week. Three!",
]


@pytest.mark.parametrize("text", GROUPS_IN_GENERAL)
def test_groups_and_advice_about_next_week_are_general(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", ONE_OF_A_GROUP)
def test_one_person_we_serve_is_a_client(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


# Teaching: an opening such as "PSA:" or "Trainees:", an imperative ("Use", "Write",
# "Worth asking"), or a general clause after a colon or dash ("Trainees: when you...").
TEACHING = [
    "Trainees: when you write 'refused meds' in a teen's notes, ask what the kid was refusing.",
    "Worth asking which 'home' the old man actually meant when he said he wanted to go there.",
    "Ubuntu in one line \u2014 a child is raised by everyone who showed up for them.",
    "PSA for new staff: 'challenging behaviour' in the notes tells me nothing. What did the "
    "resident say? Write that.",
]
# "Ask me" and "tell me" are not advice: the story after them still counts.
NOT_ADVICE = [
    "tell me why the kid who finally opened up today had to be my last session before leave.",
    "ask me how the 9am went. a dad who swore he'd never come back sat through the whole hour.",
]


@pytest.mark.parametrize("text", TEACHING)
def test_teaching_openings_imperatives_and_general_clauses_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_ADVICE)
def test_ask_me_and_tell_me_are_not_advice(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


# The author's own supervisors and mentors, with words between "my" and the role.
OWN_MENTORS = [
    "My first placement supervisor told me she cried in the car after sessions for a whole year.",
    "My wonderful old supervisor told me once she still reads her own notes aloud. Still true.",
]
# Words that look like a client but name a thing, an author, an animal doctor or a schedule.
NOT_A_CLIENT = [
    "Books that helped me this year: anything by C.S. Lewis, and J.K. Rowling's early essays.",
    "Finally redid our intake form. It asked every family their income twice.",
    "Dropped the cat at the vet's this morning, so sessions start at 11 today.",
    "Case consultation is worth every penny. Find a peer group, even on Zoom.",
    'A "no-show" in a rural practice might mean the road flooded. Build grace into the policy.',
    "Running today's sessions from the library again because the power is out.",
]


@pytest.mark.parametrize("text", OWN_MENTORS)
def test_my_old_supervisor_is_not_a_client(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_A_CLIENT)
def test_things_authors_vets_and_schedules_are_not_clients(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_no_show_of_one_client_still_counts(findings) -> None:
    text = "Third no-show this week from the same lad. Trying not to take it personally."
    assert findings(text, rule=Rule.CLINICAL, backstop=False)


# A case seen through supervision, one of my (long-term) service users, a person "I'm
# treating" in a question to colleagues: each is one client.
CASES_IN_OTHER_WORDS = [
    "Supervisee brought a heavy one: a dad hiding his debts from the family, asking us to help.",
    "Q for DBT colleagues: woman I'm treating, self-harm down but skipping skills group. Ideas?",
    "One of my long-term service users walked into the job centre alone today.",
]


@pytest.mark.parametrize("text", CASES_IN_OTHER_WORDS)
def test_supervision_cases_and_current_clients_are_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_one_of_my_oldest_friends_is_not_a_client(findings) -> None:
    text = "One of my oldest friends is retraining as a nurse and I could not be prouder."
    assert not findings(text, rule=Rule.CLINICAL, backstop=False)


def test_speaking_as_a_psychologist_sets_a_personal_post_in_the_work(findings) -> None:
    story = "as a psychologist I should have words but a lad I saw today asked if it was his fault"
    assert findings(story, Role.PERSONAL, Rule.CLINICAL, backstop=False)
    small_talk = "a bloke at the pub asked what I do, I said psychologist and he went very quiet"
    assert not findings(small_talk, Role.PERSONAL, Rule.CLINICAL, backstop=False)


# "He" or "she" narrating after a conjunction, comma or colon tells of someone not named;
# a person named in full ("Gabor Maté") is the one meant, not a client.
PRONOUN_CLAUSES = [
    "Signal dropped just as she got to the hard part. Rang her back, she picked up and went on.",
    "no bc he apologised for 'taking up my time' by crying about his dog. sir. that is grief.",
    "update on J (the one with the exam panic): she sat the whole paper. the WHOLE paper.",
]
NAMED_IN_FULL = [
    "Listened to Gabor Mat\u00e9 on the drive, and he said addiction is a response to pain.",
    "Bessel van der Kolk's book is a classic, but he wrote it for clinicians, not clients.",
]


@pytest.mark.parametrize("text", PRONOUN_CLAUSES)
def test_he_or_she_narrating_mid_sentence_is_a_story(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NAMED_IN_FULL)
def test_he_or_she_after_a_full_name_is_that_person(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


# One of a group singled out, an age opening a post, a client described by a trade.
ONE_OF_THEM = [
    "14, school refusal since September, got through the gate on Monday with her nan.",
    "Heading home still hearing one of the grannies: 'nobody visits anymore.'",
    "Vets group this week: a retired trucker brought photos of his rig, talked about the crash.",
]
NOT_ONE_OF_THEM = [
    "One of the nurses said the night shift was brutal this week.",
    "One of the things I learned in training was to sit with silence.",
    "5, maybe 6 sessions is typical for a single-episode phobia.",
]


@pytest.mark.parametrize("text", ONE_OF_THEM)
def test_one_of_the_grannies_an_opening_age_and_a_trade_are_one_person(findings, text) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_ONE_OF_THEM)
def test_staff_things_and_counts_are_not_one_person(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


# A clinical task done with someone, words said to the author, a message to one client.
CARE_EVENTS = [
    "We made a crisis plan together that hour. Still here this morning.",
    "did my first capacity assessment solo today. plan in place, follow-up booked.",
    "Best thing anyone said to me this week: 'you're the first person who didn't flinch.'",
    "Maya from Riverton, if you ever read this: so proud of you. I just sat beside you.",
]
NOT_CARE_EVENTS = [
    "I wrote a safety plan template for the clinic this week, happy to share.",
    "Thank you to everyone who taught me this job. You did the hard work of training me.",
]


@pytest.mark.parametrize("text", CARE_EVENTS)
def test_tasks_done_with_a_client_and_words_to_one_are_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_CARE_EVENTS)
def test_templates_and_thanks_to_teachers_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


# "Must" or "should" inside a client's quoted words are theirs: the sentence still narrates.
QUOTED_MODALS = [
    "A lad I see told me today 'you should just give up on me.' Not a chance.",
    "You sit across from someone who's relapsed again and she says 'you must be sick of me.'",
]


@pytest.mark.parametrize("text", QUOTED_MODALS)
def test_modals_inside_quoted_speech_do_not_make_a_story_general(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_modal_outside_the_quote_still_does(findings) -> None:
    text = (
        "Clients should never have to prove they deserve care, even when a teen says 'I'm fine.'"
    )
    assert not findings(text, rule=Rule.CLINICAL, backstop=False)


def test_he_or_she_after_an_animal_is_the_animal(findings) -> None:
    text = "Took the dog to the vet this morning and she sulked all day. Emails will be slow."
    assert not findings(text, rule=Rule.CLINICAL, backstop=False)


def test_every_word_for_a_grandparent_is_a_person(findings) -> None:
    text = (
        "still thinking about the grandad from this morning who asked if his wife would know him"
    )
    assert findings(text, rule=Rule.CLINICAL, backstop=False)
