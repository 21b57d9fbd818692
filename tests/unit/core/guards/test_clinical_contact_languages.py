"""The clinical guard on client stories told in Pidgin or Singlish grammar.

The bare verb ("she tell me say") and "wey" ("who/whom") carry the story
where English would write "told me" and "a client I see"; requests, "they
tell me" and the author's own family use the same words and name no client.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

#: A person the author sees, or who tells the author, in the grammar of the language.
STORIES = [
    "The girl wey I don follow since March finally sing for group today. Chai, I nearly cry.",
    "Dis oga wey I dey counsel for months just drop the bottle. One week now.",
    "My client come tell me say e don find work. Small small we go reach there.",
    "The auntie just tell me her son never call for two years already. Sian.",
]

#: The same words in a request, of news, or of the author's own people.
NOT_STORIES = [
    "If your client no talk, make she tell me when she ready. No pressure.",
    "They tell me NEPA go bring light by 6. We dey wait.",
    "My mama tell me say I must chop before I go work. Yes ma.",
    "Did he tell me the venue for the CPD talk? I no remember.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_story_in_pidgin_or_singlish_grammar_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_STORIES)
def test_requests_news_and_own_family_in_that_grammar_are_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
