"""The clinical guard on a story told in Tagalog or Taglish.

A counsellor writing Taglish singles out one person with Tagalog's grammar
words ("yung student", "isang bata", "may Grade 8 ako", "estudyante ko") and
tells the event with Tagalog aspect or time words ("nag-disclose",
"umiyak", "tinanong ko", "kanina"). Advice in a general frame ("pag may…",
"kung…"), plural people, the author's own family, fiction and posts with no
person at all must pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: Professional Taglish posts that tell of one student or client.
STORIES = [
    "Yung estudyante ko kahapon, tahimik lang buong session tapos biglang umiyak. Ang hirap 😞",
    "Kanina may isang bata na lumapit sa office, nanginginig pa. Sinamahan ko muna siya.",
    "May kliyente ako na ayaw na raw pumasok sa trabaho. Any tips po for a first step?",
    "Grade 6 girl, laging nasa clinic tuwing recess. Lumabas pala na takot siya sa CR 😢",
    "Pasyente ko nag-text ng thank you after six months. Grabe, iyak ako sa lobby 🥹",
]

#: Taglish posts with the same words where nobody in particular is meant.
GENERAL = [
    "Paalala po: pag may student na biglang tumahimik, kausapin muna bago mag-refer 💛",
    "Mga anak, hindi kayo nag-iisa. Pwede kayong pumunta sa guidance anytime po.",
    "Kung yung bata ay umiiyak tuwing exam, hindi po iyon kaartehan. Anxiety siya.",
    "Yung mom ko nagluto ng sinigang kanina, ang sarap po talaga 🍲",
    "Ang bata pa ng field natin sa Pilipinas, pero ang dami na nating nagawa po!",
    "Yung student council namin nag-organize ng fun run kanina, ang saya po!",
    "Yung mga bata nag-perform kanina sa recognition day, proud Ate po ako 🥹",
    "Nag-attend ako ng webinar kanina about sa school refusal. Ang ganda po ng slides 📚",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_taglish_story_about_one_person_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_taglish_advice_family_and_no_person_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_personal_post_tells_of_someone_seen_at_work(findings) -> None:
    story = "yung isang bata sa work kanina, tinanong ako kung babalik pa ako bukas 🥺"
    errand = "yung jeep driver kanina nagpatugtog ng OPM, ang saya ng commute ko 🎶"
    assert findings(story, Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), story
    assert not findings(errand, Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), errand


def test_english_posts_never_reach_the_tagalog_shapes(findings) -> None:
    english = "Grade 9 boy scouts may join the camp; a member umpire will judge the games."
    assert not findings(english, rule=Rule.CLINICAL, backstop=False), english


#: A noun ending in a vowel carries Tagalog's linker "-ng" before what describes it.
LINKED = [
    "yung pasyenteng lagi kong kasama tuwing Huwebes, nag-drawing ng bahay kanina",
    "isang kliyenteng bago, umiyak sa waiting room kanina",
    "yung estudyanteng tahimik sa likod, biglang nagtaas ng kamay kanina",
]
#: The linker where the person is the author, or anyone.
LINKED_GENERAL = [
    "Yung batang ako dati, hindi makapaniwala na psychologist na ako ngayon 🥹",
    "Ang batang masaya ay batang may oras maglaro. Laro muna po, mga magulang!",
    "Pag may batang umiiyak sa klase, huwag po agad pagalitan. Kausapin muna.",
]


@pytest.mark.parametrize("text", LINKED)
def test_a_person_with_the_linker_ng_is_still_one_person(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
    assert findings(text, Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", LINKED_GENERAL)
def test_the_linker_on_the_author_or_anyone_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


#: A session post where the one who spoke is marked with "ni" and named by role.
SAID_IN_SESSION = [
    "Parent consult kahapon, tanong ni nanay kung normal ba na hindi pa nagsasalita si bunso.",
    "Tapos na ang session, tinanong ako ni bata kung babalik pa ba ako next week 🥹",
    'Intake this morning: sagot ni client "okay lang po ako" pero nanginginig ang kamay.',
]
#: "ni" on the author's own family (capitalised, or with "ko") or on a named speaker.
SAID_BY_OWN_OR_SPEAKER = [
    "Pagkatapos ng session ko, sabi ni nanay ko kumain muna daw ako bago matulog 😂",
    "After ng therapy session ko, sabi ni Nanay mag-rest muna ako. Love you Ma 💛",
    "Ang sabi ni Dr. Cruz sa seminar kanina, assessment muna bago label. Tama po!",
]


@pytest.mark.parametrize("text", SAID_IN_SESSION)
def test_a_speaker_marked_ni_in_a_session_post_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", SAID_BY_OWN_OR_SPEAKER)
def test_ni_on_own_family_or_a_speaker_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
