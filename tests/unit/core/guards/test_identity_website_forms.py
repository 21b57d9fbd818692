"""The practice's website names the professional identity however it is written.

Found by hand: with the marker "riverpractice.org", a personal post with
"riverpractice.org" was blocked but "www.riverpractice.org",
"https://www.riverpractice.org/blog" and "info@riverpractice.org" went
through with no identity finding at all (`dualdesk check` exit 0). The
profile here already stores the marker as "https://www.doecounseling.com/",
the way a person pastes it from the browser.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity


@pytest.mark.parametrize(
    "text",
    [
        "new recipe up, see www.doecounseling.com for nothing",
        "link: https://www.doecounseling.com/blog",
        "link: http://www.doecounseling.com",
        "WWW.DOECOUNSELING.COM is where I work lol",
        "write to info@doecounseling.com if you want the recipe",
    ],
)
def test_a_personal_post_with_the_practice_website_is_blocked(findings, text) -> None:
    found = findings(text, Role.PERSONAL, Rule.IDENTITY_LINK)
    assert any(
        f.severity is Severity.BLOCK and "doecounseling" in text[f.start : f.end].lower()
        for f in found
    ), f"no blocking identity_link finding for {text!r}: {found}"
