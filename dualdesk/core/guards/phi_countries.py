"""Countries, regions and US states: places no smaller than a state.

Safe Harbor asks for places smaller than a state to be left out; a
country or a continent is not one ("a 16-year-old from Afghanistan"). The
names are as they are written in English posts, lower-cased, with common
short forms ("the congo", "the philippines", "drc").
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_NAMES = """
afghanistan, albania, algeria, andorra, angola, antigua, argentina, armenia, australia, austria,
azerbaijan, bahamas, the bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin,
bhutan, bolivia, bosnia, botswana, brazil, brunei, bulgaria, burkina faso, burundi, cambodia,
cameroon, canada, cape verde, chad, chile, china, colombia, comoros, congo, the congo, drc,
costa rica, croatia, cuba, cyprus, czechia, czech republic, denmark, djibouti, dominica,
dominican republic, the dominican republic, east timor, ecuador, egypt, el salvador, eritrea,
estonia, eswatini, ethiopia, fiji, finland, france, gabon, gambia, the gambia, germany,
ghana, greece, grenada, guatemala, guinea, guyana, haiti, honduras, hungary, iceland, india,
indonesia, iran, iraq, ireland, israel, italy, ivory coast, jamaica, japan, jordan, kazakhstan,
kenya, kiribati, kosovo, kuwait, kyrgyzstan, laos, latvia, lebanon, lesotho, liberia, libya,
liechtenstein, lithuania, luxembourg, madagascar, malawi, malaysia, maldives, mali, malta,
mauritania, mauritius, mexico, micronesia, moldova, monaco, mongolia, montenegro, morocco,
mozambique, myanmar, burma, namibia, nauru, nepal, netherlands, the netherlands, holland,
new zealand, aotearoa, nicaragua, niger, nigeria, north korea, north macedonia, macedonia,
norway, oman, pakistan, palau, palestine, gaza, panama, papua new guinea, paraguay, peru,
philippines, the philippines, poland, portugal, qatar, romania, russia, rwanda, samoa,
san marino, saudi arabia, senegal, serbia, seychelles, sierra leone, singapore, slovakia,
slovenia, somalia, somaliland, south africa, south korea, korea, south sudan, spain, sri lanka,
sudan, suriname, sweden, switzerland, syria, taiwan, tajikistan, tanzania, thailand, togo, tonga,
trinidad, tobago, tunisia, turkey, türkiye, turkmenistan, tuvalu, uganda, ukraine,
united arab emirates, uae, the uae, united kingdom, the united kingdom, great britain,
britain, united states, the united states, the states, uruguay, uzbekistan, vanuatu,
venezuela, vietnam, yemen, zambia, zimbabwe, puerto rico, greenland, hong kong, macau,
scotland, wales, england, northern ireland, the caribbean, the balkans, the middle east,
latin america, south america, north america, central america, the gulf,
west africa, east africa, southern africa, north africa, central asia, south asia,
southeast asia, eastern europe, western europe, scandinavia, oceania, siberia,
estados unidos, los estados unidos, eeuu, ee.uu., españa, méxico, perú, canadá, panamá,
brasil, alemania, francia, italia, inglaterra, japón, suiza, el norte
"""
COUNTRIES = frozenset(name.strip() for name in _NAMES.split(","))
#: US states, large countries and words that follow "in" or "from" without being a place.
PLACE_NOT_SMALL = compiled(
    r"^(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida"
    r"|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland"
    r"|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada"
    r"|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma"
    r"|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah"
    r"|vermont|virginia|washington|west virginia|wisconsin|wyoming|america|the us|usa"
    r"|canada|mexico|england|scotland|wales|ireland|australia|europe|asia|africa|india|china"
    r"|japan|germany|france|spain|italy|the uk|uk|therapy|treatment|rehab|school|college"
    r"|work|church|here|there|home|and|the|january|february|march|april|may|june|july|august"
    r"|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|spring|summer|fall|autumn|winter)$",
    re.IGNORECASE,
)
