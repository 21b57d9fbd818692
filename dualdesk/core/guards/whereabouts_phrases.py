"""The phrases of the whereabouts guard: travel, leave, company, "I'm at the ...".

`whereabouts` reads a draft with these and with the readers of its other
modules; the phrases live here so the guard's own module holds only the
reading. The alternatives of PHRASES that begin with the same letter are
merged (`alternation_trie`); one that opens with look-behinds cannot be, and
splits the merge in two. So a check on what comes before a word is written
after the word, as a look-behind that covers the word too.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

#: (Under IGNORECASE "[a-z]" is any letter; written lower-case so the pattern can be folded.)
PHRASES = compiled(
    r"(?=\w)\b(?:on (?:(?:paternity|maternity|parental|medical|sick|family|bereavement"
    r"|study) )?leave"
    r"|on (?:vacation|holiday|sabbatical|retreat|a trip|a cruise|my honeymoon"
    r"|(?<!standing on )(?<!lying on )(?<!sitting on )(?<!playing on )(?<!walking on )the road"
    r"|my way (?:to|home|back)|my (?:lunch|morning|evening) (?:walk|run|break))"
    r"|\b(?:at|in) the airport\b|\bat (?:the|my|our) (?:hotel|airbnb|resort)\b|\bat the beach\b"
    r"|\b(?:walk(?:ing|ed)|running|ran|jog(?:ging|ged)|hik(?:ing|ed)|bik(?:ing|ed)|cycl(?:ing|ed)"
    r"|swimming|swam|paddl(?:ing|ed)|stroll(?:ing|ed))\s+"
    r"(?:(?:my|the|our) (?:dog|pup|kids)|(?:along|by|around|through|on|at) the (?:harbou?r"
    r"|beach|lake|river|park|trail|coast|shore|water|waterfront|boardwalk|pier))\b"
    r"|\bby the pool\b|\b(?:stuck|sitting) in traffic\b|\brunning late\b"
    r"|\b(?:working|writing|sitting|reading|relaxing|hanging out) (?:from|at|in) (?:the|a|my)"
    r" (?:coffee shop|caf[eé]|library|park|beach|airport|hotel|bar|pub|backyard|garden|cabin)\b"
    r"|\b(?:lunch|dinner|brunch|breakfast|drinks) (?:at|with) (?:the|my|a|our) (?!clients?\b)"
    r"|vacationing|out of (?:the )?(?:office|town|the country|state)|\booo\b"
    r"|away (?:until|till|through)\b"
    # (not a life stage: "first time away from home", "living away from home")
    # (the look-behinds follow "away", so the alternative begins with its word like the others)
    r"|away(?<!time away)(?<!first away)(?<!living away)(?<!being away) from (?:the office"
    r"|my desk|work|clinic"
    r"|home|the practice"
    r"|\d|next|this|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?:my|our) (?:flight|trip|vacation|holiday|layover|hotel|road trip|commute|airbnb|b&b"
    r"|hostel|motel|holiday let|caravan|campsite|tent)"
    r"|(?:my|our) (?:[\w:.'-]+ )?(?:train|bus|coach|ferry|plane|tram)\b(?! of\b)"
    r"|(?:(?:^|just|finally|i|we|i've|we've)\s+)(?:landed|touched down|checked in(?:to)?)\b"
    r"(?! on (?:was|is|were|are|it|that|this|together)\b)"  # "the thought we landed on was"
    r"|\blanded in [a-z]|jet ?lag(?:ged)?"
    # boarding a plane, not "ED boarding" (patients waiting for a bed)
    r"|\bboarding\b(?:(?<=now boarding)|(?<=just boarding)|(?<=finally boarding)| (?:now|soon"
    r"|pass(?:es)?|gate|group|call|time|the (?:plane|flight|train|ferry|bus))\b)"
    r"|(?:see|catch|meet) (?:you|y'all|everyone|folks)(?: all)? (?:in|at) [a-z]|live from"
    r"|\binsomnia club\b|\b(?:home|out|off) sick\b|\bsick day\b|\bat gate [a-z]?\d+"
    r"|\b(?:currently|right now) (?:sitting|standing|waiting|stuck|parked|lying|relaxing)"
    r"(?! on (?:it|this|that)\b)"
    r" (?:at|in|on)\b|\b(?:sessions?|appointments?) (?:moved|cancell?ed|rescheduled) (?:to|until"
    r"|for)\b"
    r"|\bon the (?:train|plane|bus|ferry|flight|road) (?:to|from|back)\b"
    r"|\b(?:while|when) i(?:'m| am)? (?:visit(?:ing)?|travel(?:l?ing)?|away|abroad|overseas)\b"
    r"|greetings from|hello from|(?:checking in|writing|posting|tweeting|reporting) from\b"
    r"|\bairport\b|this week (?:i'?m|i am) in\b|in town (?:for|this)"
    r"|here in (?!(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b)(?!(?:eastern|western|northern|southern|central|rural)\b)[a-z]"
    # a month dates a change, it places no one; "here in rural Ohio" is the community served
    r"|(?:^|(?<=[.!?]\s)|\b(?:my|our|on a|for a|having a|had a) )date night"
    r"|family (?:vacation|trip)"
    r"|girls'? trip|guys'? trip"
    # (the work of therapy is no company: "how do you work with the family")
    r"|(?:with(?<!work with)(?<!works with)(?<!worked with)(?<!working with)|w/)"
    r"\s+(?:my\s+|the\s+(?=(?:kids|family|fam|dog|pup|in-laws|twins|grandkids"
    r"|cousins|friends|girls|boys)\b(?!['’]s)))"  # not "with the family's roles"
    r"(?:husband|wife|partner|boyfriend|girlfriend|fianc[ée]e?|kids|family|fam|mom|mum|mam"
    r"|mammy|da|nan|granny|gran|dad|parents|sister|brother|daughter"
    r"|son|in-laws|dog|pup|bestie|bff|niece|nephew|cousins?|aunt|auntie|uncle|grandma|grandpa"
    r"|grandkids|grandchildren|twins|daddy|mommy|momma|mama|papa|pops|hubby|wifey"
    r"|friends)\b(?!\s+(?:who|whose|that|which)\b)"
    r"|(?:i'?m|i am|we'?re|we are) (?:hiking|camping|skiing|surfing|kayaking|traveling"
    r"|travelling|packing|flying|driving|boarding|sailing|sunbathing|road-?tripping)\b"
    r"|(?:just|finally) (?:got back from|got home from|returned from|back from)\b)",
    re.IGNORECASE,
)
#: "I'm at the ...": a place only when the sentence says it is now (NOW_WORDS).
AT_EVENT = compiled(
    r"\b(?:i'?m|i am|we'?re|we are)\s+(?:at|in)\s+(?:my|our|the)\s+(?!(?:limit|best|worst|wit"
    r"|capacity|lowest|happiest|core|heart|element|own)\b)[\w'’-]+(?:\s+[\w'’-]+)?",
    re.IGNORECASE,
)
#: Words that make a remark about now.
NOW_WORDS = compiled(
    r"\b(?:tonight|today|this (?:morning|afternoon|evening|weekend|week)|right now|currently"
    r"|tomorrow)\b",
    re.IGNORECASE,
)
