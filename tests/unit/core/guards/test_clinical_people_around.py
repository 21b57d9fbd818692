"""The clinical guard on the author's schedule and on the teachers and colleagues in a post."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: A client slot named only as what the author is late for or waits on: a timetable.
SCHEDULE_ONLY = [
    "Bus broke down on the ring road, going to be late for my 10am. Apologies all round.",
    "Cold noodles at my desk, five minutes before my next client. Living the dream.",
    "Stuck at the level crossing again, barely in time for my 3pm.",
]

#: The same slot as the subject of what happened is a story about that client.
SLOT_STORIES = [
    "Running late for my 10am, and then she walked in sobbing about her brother.",
    "My 3pm finally told her father the truth. Huge.",
    "Ten minutes before my next client she texted to say she had relapsed.",
]


@pytest.mark.parametrize("text", SCHEDULE_ONLY)
def test_a_slot_the_author_is_late_for_is_a_timetable(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", SLOT_STORIES)
def test_a_slot_that_acts_is_a_client(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


#: "that woman" and "a nurse who described" when the person is a teacher, speaker or mentor.
TEACHERS = [
    "My old clinical tutor always said 'slow is fast.' She retired last spring. I still hear"
    " that woman in every intake.",
    "I often think of a talk I went to long ago by a hospice chaplain who described holding"
    " silence with dying men. Changed how I work.",
    "My first supervisor never rushed a pause. Twenty years on, I still copy that man.",
]

#: A demonstrative back to a client, or a speaker's client, is still a story.
NOT_TEACHERS = [
    "A client told me today she sleeps in her car. I can't stop thinking about that woman.",
    "The lad I saw this morning finally laughed. I'm so proud of that boy.",
]


@pytest.mark.parametrize("text", TEACHERS)
def test_a_teacher_or_speaker_is_not_a_client(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_TEACHERS)
def test_a_demonstrative_back_to_a_client_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


#: "a client keeps doing" tells of one person's ongoing behaviour; a count narrows a group.
ONGOING_OR_COUNTED = [
    "Consult q: a widowed client keeps setting the table for two. How do I raise it gently?",
    "Help wanted: an older patient keeps refusing the hearing aid we fitted. Any tricks?",
    "Three families I support told me this week they skip meals so the kids can eat.",
    "Two couples I see got engaged over the holidays. Love that for them.",
]

#: The same words as a rule about a kind of person, or a whole group, stay general.
GENERAL_HABITS = [
    "A teen keeps testing you because they need to know you will stay.",
    "A client keeps what feels safe; a client drops what feels judged.",
    "Most families I support skip meals at the end of the month. Fund the pantry.",
    "The people I see deserve a waiting room with a window.",
]


@pytest.mark.parametrize("text", ONGOING_OR_COUNTED)
def test_an_ongoing_case_or_a_counted_few_are_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL_HABITS)
def test_habits_of_a_kind_and_whole_groups_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


#: A name with a bracketed age and more details is a person introduced as a case.
BRACKETED_PROFILES = [
    "Over the moon for Tomasz (16, Leyton) - sat his exams after all. BIG.",
    "Shout out to Amara (14, year 9), who stood up for herself at lunch today!!",
]


@pytest.mark.parametrize("text", BRACKETED_PROFILES)
def test_a_name_with_a_bracketed_profile_is_a_case(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_cited_year_in_brackets_is_no_case(findings) -> None:
    text = "Bowlby (1969, Hogarth) is still worth reading for any new clinician."
    assert not findings(text, rule=Rule.CLINICAL, backstop=False)


#: A manner ("how I sit with people"), a house rule ("crying is welcome in session"), or a
#: list for a kind of reader ("Things I wish every parent knew:") is no story.
NO_STORY = [
    "That placement changed how I sit with grieving parents, and why I talk less now.",
    "Swearing is allowed in session. Expected, really. Bring whatever you have.",
    "Stuff I wish all carers knew: you can request a referral yourself, no GP letter needed.",
    "What I want new clients to know: you can ask for a different clinician, no offence.",
]

#: The same shapes around one person are a story.
STILL_A_STORY = [
    "The boy I sit with on Tuesdays finally drew his dad today.",
    "A client told me swearing was welcome in session at last. She laughed for ages.",
]


@pytest.mark.parametrize("text", NO_STORY)
def test_manners_rules_and_lists_for_readers_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", STILL_A_STORY)
def test_one_person_in_those_shapes_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


#: A consult that presents one person in apposition needs no past tense: the case is now.
PRESENTED_IN_A_CONSULT = [
    "Any selective mutism folks here? Teen client, lovely kid, silent in class, chatty at home.",
    "How do you all handle this? New patient, retired teacher, refuses group but wants daily 1:1.",
]

#: A list of words, or a kind of person in a question, is no case.
NOT_PRESENTED = [
    "Question for y'all: client, patient, service user... which word do you use and why?",
    "Does anyone have a good workbook for a teen with panic attacks?",
    "New clients, please read the welcome pack before the first session. Any questions?",
]


@pytest.mark.parametrize("text", PRESENTED_IN_A_CONSULT)
def test_a_person_presented_in_a_consult_is_a_case(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_PRESENTED)
def test_words_and_kinds_in_a_question_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


#: "the family" or "a wife" in a post that names the author's own relatives is their family.
OWN_FAMILY = [
    "Dinner at my aunt's after work. The family farm is up for sale and everyone is gutted.",
    "Flying home for my nephew's naming ceremony. The aunties will ask when I'm getting a wife.",
]

#: The same words in a post about the work are the client's family.
CLIENTS_FAMILY = [
    "Family session today: the family finally talked about the fire. Exhausted.",
    "Home visit this morning. The family finally let me see the room where he died.",
]


@pytest.mark.parametrize("text", OWN_FAMILY)
def test_the_family_beside_the_authors_relatives_is_theirs(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", CLIENTS_FAMILY)
def test_the_family_in_the_work_is_a_clients(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


#: On the personal account, an elder or a relative's title seen on a working rhythm is a client.
SEEN_ON_A_ROSTER = [
    "Uncle I see every fortnight brought me mangoes from his garden today. Melted.",
    "the nan we see weekly told me she finally slept through. made my whole week",
    "Auntie I see on Thursdays said I'm too thin. Again. Bless her.",
]

#: The same title seen at a feast or a service is family or a neighbour.
SEEN_AT_HOME = [
    "Uncle I see every Christmas brought his new girlfriend. Chaos, as always.",
    "Granny I see at church every Sunday told me I looked tired. Fair.",
]


@pytest.mark.parametrize("text", SEEN_ON_A_ROSTER)
def test_a_title_seen_on_a_working_rhythm_is_a_client(findings, text: str) -> None:
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", SEEN_AT_HOME)
def test_a_title_seen_at_a_feast_is_family(findings, text: str) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


#: A quotation and then "she asked" or "he whispered": a third person's words in the room.
TAGGED_AFTER = [
    "'Is it normal to miss him?' she asked, right at the end. Yes. Yes it is.",
    '"I have never told anyone this," he whispered. Then he told me everything.',
]

#: The same tag after family or a figure named in full is not a client's.
TAGGED_NOT_A_CLIENT = [
    "'You look exhausted,' she said. My mum never misses a thing. Early night.",
    "'Hope is a discipline,' she said. Mariame Kaba, still the best line on burnout.",
]


@pytest.mark.parametrize("text", TAGGED_AFTER)
def test_a_quote_tagged_by_a_third_person_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", TAGGED_NOT_A_CLIENT)
def test_a_quote_tagged_by_family_or_a_figure_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


#: A person described and then owned ("..., that's me"): the author, not a client.
THAT_IS_ME = [
    "Notes day at the library today. Woman with four coffee cups by the window, that's me.",
    "Marking reports on the train this morning. Guy with the red pen in carriage 3? That was me.",
]

#: "that's me" about the author beside a client's story still leaves the story.
ME_AND_A_CLIENT = [
    "A teen told me today he wants to be a therapist 'like you'. Gulp, that's me.",
]


@pytest.mark.parametrize("text", THAT_IS_ME)
def test_a_person_owned_as_the_author_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", ME_AND_A_CLIENT)
def test_the_author_beside_a_client_is_still_a_story(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
