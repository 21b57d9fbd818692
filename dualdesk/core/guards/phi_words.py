"""Words that open or fill a sentence capitalised without being anyone's name.

`phi_story.py` reads capitalised words in a client story as names or places.
What is not one is known by a closed list or by its shape: these lists hold
the capitalised common words (kin words used as names, holidays, faith
words, public programmes, languages), the closed classes that open a
sentence (pronouns, determiners, numbers, conjunctions, adverbs, greetings)
and the roles and things that act in a story ("Judge gave him six months",
"Referral bounced"). Word endings mark the common nouns no list holds.
"""

from __future__ import annotations

import re

from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.phi_countries import COUNTRIES, PLACE_NOT_SMALL
from dualdesk.core.guards.phi_services import SERVICES

#: Capitalised words that are not a person's name or a place, lower-cased.
_COMMON = """
    mom mum mam ma dad da papa pa nana nan nanna gran granny grandma grandad granda grandpa
    grandmother grandfather auntie aunty uncle sis bro baby god jesus christ lord allah
    heaven bible scripture church mass christmas xmas easter thanksgiving halloween hanukkah
    diwali eid ramadan passover lent advent new year years eve day mother father mothers
    fathers valentine valentines memorial labor veterans independence juneteenth boxing
    medicare medicaid tricare social security disability english spanish french irish
    american british black white latino latina latinx asian native indigenous catholic
    christian muslim jewish hindu buddhist protestant baptist methodist lutheran
    internet zoom facetime google netflix facebook instagram snapchat twitter discord
    roblox minecraft fortnite lego xbox playstation nintendo spotify amazon walmart target
    costco uber lyft starbucks mcdonalds ok okay oh ah wow lol omg yes no please thanks
    thank sorry hello hi hey bye goodnight goodbye congrats happy merry ps re fyi
    hospice hospital clinic therapy group team office unit ward services service school
    university college state county city north south east west northern southern eastern
    western central highway interstate route road street avenue doc doctor nurse miss sir mr
    mrs ms mx
    madam aunty tita tito lola lolo mamaw papaw mamma pappa abuela abuelo bubbe zaide
    hashem shabbos shabbat pesach torah tehillim quran qur koran namaz salah inshallah
    alhamdulillah baruch amen army navy marine marines air force guard reserve
    english spanish french german italian portuguese dutch greek polish russian ukrainian
    arabic farsi persian dari pashto urdu hindi punjabi bengali tamil telugu kannada
    malayalam gujarati marathi tagalog filipino korean japanese chinese mandarin cantonese
    vietnamese thai khmer hmong somali amharic swahili yoruba igbo hausa turkish kurdish
    hebrew yiddish welsh gaelic scots creole patois asl bsl sign deaf deafblind
    african caribbean mexican cuban haitian nigerian ghanaian kenyan syrian afghan iraqi
    iranian brazilian colombian indian pakistani bangladeshi chinese vietnamese americans
    canadian australian scottish welsh dominican puerto rican jamaican navajo kiwi aussie
    brit yank pakeha maori pasifika
"""
COMMON = frozenset(_COMMON.split())
#: Closed classes that open a sentence, lower-cased: pronouns, determiners, numbers,
#: conjunctions, prepositions, adverbs, greetings and times.
_CLOSED = """
    i me we us you he him she her they them it its my our your his their mine ours yours theirs
    hers this that these those there here what which who whom whose when where why how whoever
    a an the some any no every each all both either neither none another other others such
    same few many much more most less least lots several enough plenty one two three four five
    six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty
    ninety hundred first second third fourth fifth last next half whole and but or nor so yet
    for if unless because since though although while whilst once until till as than then
    after before during between without within within about above across against along
    among around at by down from in into near of off on onto out over past through to toward
    towards under up upon with not never always often sometimes usually still just only even
    also too very really quite rather almost nearly already again ever soon later now today
    tonight yesterday
    meanwhile anyway anyhow besides instead otherwise perhaps maybe probably apparently
    honestly seriously literally actually basically clearly sadly happily luckily hopefully
    finally eventually suddenly somehow somewhere everywhere nowhere anywhere yes yeah yep nope
    nah aye oh ah wow well hmm hey hi hello thanks ok okay sure right fine true good bad great
    big small little tiny huge long short old young new proud glad sorry tough rough hard
    best worst proper dead
    someone somebody anyone anybody everyone everybody nobody nothing something anything
    everything
"""
FUNCTION_WORDS = frozenset(_CLOSED.split())
#: Times that open a sentence ("Tomorrow is...") but may also follow a place ("Leeds tomorrow").
_TIMES = "tomorrow morning afternoon evening night week weekend month year"
CLOSED = FUNCTION_WORDS | frozenset(_TIMES.split())
#: Roles and things that act in a story: the subject of "X told me" or "X bounced back".
_ROLES = """
    judge gaffer boss commander sergeant officer cop police teacher principal head coach
    doctor gp nurse psychiatrist psychologist consultant registrar worker caseworker pharmacy
    pharmacist chaplain priest pastor vicar imam rabbi lawyer solicitor attorney probation
    parole detective paramedic midwife warden guard ranger landlord employer manager
    supervisor colleague mentor friend mate neighbour
    neighbor partner boyfriend girlfriend fiance fiancee spouse stepdad stepmum stepmom sibling
    twin twins cousin niece nephew aunt senior junior freshman sophomore resident inmate
    consumer admin reception receptionist security staff team group family whanau kiddo
    client patient pt kid referral signal insurance insurer paperwork court tribunal board
    council school college uni ward unit clinic hospital service services system office room
    home house phone call email letter text message inbox session appointment appt intake
    meeting lesson quote question advice update note irony caseload dog cat baby gut heart
    brain body mind policy protocol guidance guideline guidelines procedure rule rules law
    management commissioning
"""
ROLES = frozenset(_ROLES.split()) | SERVICES
#: A role by its word: a person noun ("Kid told me"), a relative, a resident, a member.
PERSON_WORD = compiled(
    rf"(?:{pp.PERSON_NOUN}|parent|carer|caregiver|resident|relative|member|neighbou?r|dude|chap"
    r"|gent|gentleman|elder|regular|newcomer|participant)s?$"
)
#: Endings of common nouns and adjectives, never of a first name: "Grief" aside, "Exposure",
#: "Supervision", "Safeguarding", "Worried", "Hardest", "Details".
NOUN_END = compiled(
    r"(?<=[a-z]{2})(?:ing|tion|sion|ment|ness|ity|ism|ist|ance|ence|ship|hood|ogy|ics|ful"
    r"|less|ous|ible|ure)$|[a-z]{3}(?:ive|ed|ee|iest|[^r]est)$|[^aiuos'e]s$|[a-z]body$"
)

#: A sentence about a colleague, not a client: the name in it is a co-worker's. Not the
#: colleague's case ("my supervisee's client", "a trainee's case"): its names are the client's.
COLLEAGUE = compiled(
    # "llevé a supervisión a la familia X": the case taken to supervision, not the supervisor
    r"\b(?i:supervis\w*(?! a (?:la|el|un|una|mi)\b)"
    r"|colleague\w*|co-?worker\w*|mentor\w*|consultation|intern|trainee"
    r"|co-?therapist|co-?facilitat\w*|manager|my team)\b"
    r"(?!['\u2019]s\s+(?:[\w-]+\s+)?(?i:client|patient|pt|case)\b)"
)
#: The author with others, speaking generally: "we", "us", "our".
US = compiled(r"\b(?i:we|we're|we've|us|our)\b")


def not_a_name(word: str, own: frozenset[str]) -> bool:
    """Whether a capitalised word opening a sentence is a known word, not a person's name.

    Args:
        word: the word as written ("Hemi", "Judge", "Tyler's").
        own: lower-cased words of the user's own names and markers.

    Returns:
        True for closed-class words, roles, kin, common words and common-noun endings.
    """
    low = word.lower().split("'", 1)[0]
    if low in CLOSED or low in ROLES or low in COMMON or low in own:
        return True
    return bool(pp.NOT_NAMES.match(low) or PERSON_WORD.match(low) or NOUN_END.search(low))


def known_word(word: str, own: frozenset[str]) -> bool:
    """Whether a capitalised word is known not to be a name: `not_a_name`, a country, a state."""
    low = word.lower()
    return not_a_name(word, own) or low in COUNTRIES or PLACE_NOT_SMALL.match(low) is not None


def written_in_lower_case(text: str, word: str) -> bool:
    """Whether the post also writes `word` in lower case: a common word, not a name."""
    low = word.lower()
    return re.search(rf"(?<![\w'])(?-i:{re.escape(low)})(?![\w])", text) is not None
