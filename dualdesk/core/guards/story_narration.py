"""How a client story is told: narration, quoted speech and a masked client.

The words that make a passage a story rather than a topic ("today", "said",
a past tense, the clinician's own reaction), kept apart from the people
(`story_patterns`) so each module stays short.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_patterns import IRREGULAR

_I = re.IGNORECASE

#: A masked client: "(anon, with permission)".
MASKED = compiled(
    r"\((?:anon(?:ymi[sz]ed)?|shared|details changed)?,?\s*(?:with (?:their |her |his )?"
    r"permission|anon(?:ymi[sz]ed)?)\)",
    _I,
)


#: Narration: a time, a past event, speech, the clinician's own reaction.
NARRATION = compiled(
    r"(?=\w)\b(?:today|tonight|this (?:morning|afternoon|evening|week)|yesterday|earlier|last"
    r" (?:night|week|session|time)|just now|finally|again|on (?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day|(?:this|last|on) (?:mon|tues|wednes|thurs|fri)|turns? up|turned up|shows? up"
    r"|says|said|told|asked|tells|asks|texted|emailed|brought|sent|hugged|cried|laughed"
    r"|[a-z]{3,}ed (?:me|us)|this month|keeps?|kept|has decided|decided|threw|walked|came"
    rf"|\w{{3,}}ed|{IRREGULAR}|was|had|(?:has|have) just"
    r"|made|went|gave|took|saw|lost|broke|won|sat|stood|ran|drew|wrote|left|fell|felt"
    r"|made my (?:day|week)|heartbroken|gutted|chuffed|proud|can'?t stop thinking|can'?t get"
    r"|out of my head|still shaking|replaying|crying|in tears|tearful|grinning|beaming"
    r"|sitting with|sat with|sitting across|been seeing|started seeing|i've seen|didn't"
    r"|(?:i|we)(?:'ve| have)? (?:serve|served|visit|visited|care for|cared for|look after"
    r"|looked after)"
    r"|(?:given|gave) (?:consent|permission)|consent to share|permission to share|this arvo"
    r"|died|passed away|this weekend|last weekend|tomorrow|next week|re:|hardest|toughest|rough"
    r"|(?:hard|tough|difficult|big|honest) conversation"
    r"|brutal|heavy|sits heavy|stayed|on my mind|vent(?=:)|in a row|(?:long|hard|heavy|tough"
    r"|sad|big|strange|weird) (?:day|week|shift|night))\b",
    _I,
)
#: Quoted speech: "said 'I think…'" narrates too, as does any quotation after a colon.
QUOTE = compiled(r"(?:^|(?<=[\s:,]))[\"']\s*[A-Z]|:\s*[\"']")
#: Words that do not narrate even though they end in -ed.
NOT_PAST = compiled(
    r"^(?:need|feed|seed|speed|bed|red|shed|indeed|embed|proceed|exceed|succeed|tired"
    r"|interested|scared|worried|excited|supported|related|based|used|named|called|married"
    r"|divorced|licensed|trained|informed|skilled|qualified|talented|gifted|aged|advanced"
    r"|limited|unlimited|evidence-based|trauma-informed|biased|balanced|needed|required"
    r"|recommended|suggested|expected|involved|concerned|considered|untreated|undiagnosed"
    r"|diagnosed|detailed|dedicated|experienced|specialised|specialized|registered|certified"
    r"|unsupported|isolated|underused|underrated|overrated|missed|centered|centred|focused"
    r"|focussed|led|driven|informed|identified)$",
    _I,
)
