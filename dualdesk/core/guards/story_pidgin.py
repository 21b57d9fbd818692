"""A client story in Hawaii Pidgin, read through its English grammar words.

Hawaii Pidgin tells the same stories as English with its own articles and
demonstratives: "da" for "the", "dis"/"dat" for "this"/"that", "one" for "a"
before a noun, "dis kine" for "this kind", and the past marker "wen" ("she wen
tell me" for "she told me"). The English readings miss "da girl dis afternoon
who cried" only because of those words, so a post written in Pidgin is read a
second time with them put back into English, and what that reading finds is
mapped back onto the author's own text (`spoken_english`). The story is then judged by the same
rules as any English post (colleagues, fiction and advice still pass).

Only a post with Pidgin's own article is read again, so English posts cost a
substring check.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.spoken_english import Rewrite, as_english

#: Pidgin's article before a lower-case word or a number ("da girl", "da 8th grader"):
#: not "da Vinci", and not a line of Portuguese or Italian ("da casa" is rare in English
#: posts, and is only read again, never flagged for the word itself).
_ARTICLE = compiled(r"(?-i:\b[Dd]a) (?=[a-z0-9])")


def reading(text: str) -> Rewrite | None:
    """The English reading of a Pidgin post, or None when it has no Pidgin article."""
    if (" da " not in text and not text.startswith("Da ")) or not _ARTICLE.search(text):
        return None
    return as_english(text)
