"""One cheap test per language family, asked before any of its readers.

The clinical rule reads a draft again in English when it may be in Scots,
Hawaii Pidgin or Jamaican Patois (`story_scots`, `story_pidgin`,
`story_patois`), and runs three Tagalog readers (`story_taglish`,
`story_taglish_said`, `story_taglish_told`). Each reader gates itself on a
few words of its language, but on an English draft every one of them is
still entered to find that out. A family gate asks once for every word any
of its readers' own gates asks for, so a draft it rules out is one each
reader would have turned away: the readers' findings are unchanged, and an
English draft pays one lower-casing and a few substring tests per family.
"""

from __future__ import annotations

from dualdesk.core.guards import story_scots, story_taglish, story_taglish_told

#: What the Pidgin and Patois gates ask first, lower-cased (the article "da", the pronoun
#: "mi"; either may open the post too), and the words only Scots uses.
_SPOKEN = (" da ", " mi ", *story_scots.KEYS)
#: Every word the three Tagalog readers' gates ask for: "ni" as the speaker's marker
#: (`story_taglish_said`), the grammar words of `story_taglish`, "sakin" and the like,
#: "po" before a space or a mark, and "aling" or "mang" before a name
#: (`story_taglish_told`).
_TAGALOG = (
    " ni ",
    *story_taglish.KEYS,
    *story_taglish_told.TO_ME_WORDS,
    *story_taglish_told.PO_KEYS,
    "aling ",
    "mang ",
)


def spoken_english(folded: str) -> bool:
    """Whether a draft may be in Scots, Hawaii Pidgin or Patois, and is worth reading again.

    Args:
        folded: the draft lower-cased.

    Returns:
        False only when none of the three readings would rewrite the draft.
    """
    for key in _SPOKEN:  # a plain loop: cheaper than any(...) over a generator
        if key in folded:
            return True
    return folded.startswith(("da ", "mi "))


def tagalog(folded: str) -> bool:
    """Whether a draft may be in Tagalog or Taglish, for the Tagalog story readers.

    Args:
        folded: the draft lower-cased.

    Returns:
        False only when none of the Tagalog readers could find a story in the draft.
    """
    for key in _TAGALOG:
        if key in folded:
            break
    else:
        return False
    return True
