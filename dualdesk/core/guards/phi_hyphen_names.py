"""`phi`: a given name romanised in hyphenated syllables ("Ji-woo", "Mei-ling"), or honoured.

Korean given names, and Chinese ones as Taiwan and Hong Kong write them, are
two syllables joined by a hyphen, the second in small letters. The
capitalised-run readers take "Ji" for a word of its own, so such a name went
unread. The shape is checked syllable by syllable: each part an optional
initial consonant (or "ch", "sh", "zh", "kk", "ss"...), an optional glide,
one to three vowels and an optional final "n", "ng", "m", "k", "l", "p",
"t" or "r". English hyphenated words rarely fit both parts ("Follow-up",
"Self-care", "Check-in" do not); the ones that do ("Co-op", "Wi-fi", "So-so")
are listed or repeat a part. The name must act in its sentence (a verb
after it, perhaps with an adverb: "Ji-woo FINALLY told"), or stand inside a
sentence not after an article in a post about someone ("I told Min-jun
that he..."); the user's own name ("Ha-eun") is theirs.
"""

from __future__ import annotations

from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Hits, sentence_bounds
from dualdesk.core.guards.phi_places import is_own

Span = tuple[int, int, str, str]

#: A capitalised syllable, a hyphen, a small one: the candidates.
_CANDIDATE = compiled(
    r"(?<![\w'-])(?P<first>(?P<named>[A-Z][a-z]{1,14})(?=-(?:san|chan|kun|sama|ssi|nim|ji)\b)"
    r"|[A-Z][a-z]{1,5})-(?P<second>[a-z]{2,6})(?![\w-])"
)
#: One romanised syllable (Revised Romanisation, Wade-Giles and pinyin alike).
_SYLLABLE = compiled(
    r"(?:kk|tt|pp|ss|jj|ch|sh|zh|th|ts|[bcdfghjklmnpqrstwxz])?[yw]?(?:[aeiou]{1,3})"
    r"(?:ng|n|m|k|l|p|t|r)?"
)
#: English and loan words that fit the syllables: never a name.
_WORDS = frozenset(
    {"co-op", "re-do", "go-to", "no-go", "hi-fi", "wi-fi", "sci-fi", "ta-da", "re-run",
     "re-sit", "re-test", "re-read", "de-ice", "re-up", "no-no", "uh-oh", "oh-no", "un-do",
     "pre-op", "post-op", "to-do", "to-go", "hip-hop", "tik-tok", "ping-pong", "chit-chat",
     "tip-top", "zig-zag", "ding-dong", "hush-hush", "pom-pom", "tut-tut", "yo-yo", "la-la",
     "so-so", "ho-ho", "bo-ho", "ju-jitsu", "kung-fu", "ra-ra", "ha-ha", "boo-hoo", "pee-wee",
     "see-saw", "wee-wee", "tee-hee", "lie-in", "set-up", "pop-up", "sit-in", "top-up",
     "run-in", "hang-out", "shut-in", "hot-pot", "fun-run", "sing-song", "hen-do", "stag-do",
     "tin-pot", "pit-stop", "sun-up", "pin-up", "put-up", "cop-out", "hold-up", "sell-out"}
)  # fmt: skip
#: After the name: perhaps an adverb (any case), then a verb of someone acting or speaking.
_ACTS = compiled(
    r"\s+(?:(?:[A-Za-z]+(?:ly|LY)|just|JUST|then|also|still|now|even|never|always)\s+)?"
    r"(?:told|said|asked|says|tells|asks|cried|came|went|got|made|brought|showed|wrote|drew"
    r"|left|sat|ran|took|gave|is|was|has|had|did|does|can|could|will|would|finally"
    r"|[a-z]{2,}ed)\b"
)
#: Before a name inside a sentence: an article or a possessive makes it a thing or a brand.
_ARTICLE = compiled(r"(?:^|\W)(?i:the|a|an|our|my|this|that)\s+$")
_KIND = "a name or initial"
_ADVICE = "Remove the name or initial."


def _syllables(word: str) -> bool:
    return _SYLLABLE.fullmatch(word) is not None


def hyphen_names(text: str, public: Hits, own: frozenset[str]) -> list[Span]:
    """Spans of hyphenated romanised given names in a post about someone.

    Args:
        text: the draft, plain.
        public: where the draft speaks of public or historical things.
        own: lower-cased words of the user's own names.

    Returns:
        (start, end, kind, advice) spans of the names.
    """
    if "-" not in text:
        return []
    found: list[Span] = []
    for m in _CANDIDATE.finditer(text):
        first, second = m.group("first").lower(), m.group("second")
        if first == second or f"{first}-{second}" in _WORDS:
            continue
        honoured = m.group("named") is not None  # "Tanaka-san", "Kim-ssi", "Sharma-ji"
        if not (honoured or (_syllables(first) and _syllables(second))):
            continue
        if is_own(m.group(), own) or (honoured and is_own(m.group("named"), own)):
            continue
        s, e = sentence_bounds(text, m.start())
        opens = not text[s : m.start()].strip(" \"'(\u201c\u2018*-")
        if opens and not _ACTS.match(text, m.end()):
            continue  # "Re-entry was smooth": a word opening a sentence, not a name
        if not opens and (
            _ARTICLE.search(text, max(s, m.start() - 8), m.start())
            or not pp.THIRD_PERSON.search(text)
        ):
            continue  # "the Co-op", or no one spoken about: a thing's name
        if public.within(s, e):
            continue
        found.append((*m.span(), _KIND, _ADVICE))
    return found
